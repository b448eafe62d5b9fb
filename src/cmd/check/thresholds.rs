//! The thresholds of `redops check`, merged once: flag > `--checks FILE` or the profile's
//! `[profiles.NAME.check]` table > default. Each default is written once, in
//! [`Thresholds::default`]; the flags' help names it, and a test keeps the two in step.

use super::{CHECK_NAMES, CheckArgs};
use crate::config::{CheckConfig, ExpectedMode};
use crate::error::{Error, Result};
use clap::ValueEnum;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// JUnit XML, for CI systems that render test reports
    Junit,
}

/// Every threshold, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    pub strict: bool,
    pub max_rtt: Duration,
    pub expect: Option<ExpectedMode>,
    pub allowed_policies: Vec<String>,
    pub max_memory_percent: u8,
    pub max_lock_ttl: Duration,
    pub max_pending_idle: Duration,
    pub max_lag: u64,
    pub dead_letter_pattern: String,
    pub max_dead_letter: u64,
    /// Keys to visit per node for the scanning checks; `None` (the default) scans every key.
    pub sample: Option<u64>,
    pub bigkeys: bool,
    pub max_key_bytes: u64,
    pub skip: Vec<String>,
}

/// The defaults: the only place each is written (the flags' help repeats them in words).
impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            strict: false,
            max_rtt: Duration::from_millis(50),
            expect: None,
            allowed_policies: vec!["allkeys-lfu".into()],
            max_memory_percent: 90,
            max_lock_ttl: Duration::from_secs(300),
            max_pending_idle: Duration::from_secs(300),
            max_lag: 1000,
            dead_letter_pattern: "*dead*".into(),
            max_dead_letter: 0,
            sample: None,
            bigkeys: false,
            max_key_bytes: 10 * 1024 * 1024,
            skip: Vec::new(),
        }
    }
}

/// The values `max_memory_percent` may take, from the flag (clap checks it) or a checks file or
/// profile (checked in [`Thresholds::resolve`]).
pub const MEMORY_PERCENT_RANGE: std::ops::RangeInclusive<i64> = 1..=100;
/// The values `sample` may take, likewise: a sample of no key could never fail a check.
pub const SAMPLE_RANGE: std::ops::RangeFrom<u64> = 1..;

impl Thresholds {
    /// Each threshold from its flag, else the checks file (or profile), else its default.
    pub fn resolve(args: &CheckArgs, file: Option<&CheckConfig>) -> Result<Thresholds> {
        let f = file.cloned().unwrap_or_default();
        let d = Thresholds::default();
        // The ranges clap enforces on the flags hold for the file's values too.
        if let Some(p) = f.max_memory_percent
            && !MEMORY_PERCENT_RANGE.contains(&i64::from(p))
        {
            return Err(Error::usage(format!(
                "check setting max_memory_percent: {p} is not in {}..={}",
                MEMORY_PERCENT_RANGE.start(),
                MEMORY_PERCENT_RANGE.end()
            )));
        }
        if let Some(n) = f.sample
            && !SAMPLE_RANGE.contains(&n)
        {
            return Err(Error::usage(format!(
                "check setting sample: {n} keys would look at nothing; use 1 or more, or full = true"
            )));
        }
        // A duration from the file is parsed only when no flag overrides it.
        let dur = |flag: Option<Duration>, from_file: &Option<String>, name: &str| match (
            flag, from_file,
        ) {
            (Some(d), _) => Ok(Some(d)),
            (None, Some(s)) => crate::cli::parse_duration(s)
                .map(Some)
                .map_err(|e| Error::usage(format!("check setting {name}: {e}"))),
            (None, None) => Ok(None),
        };
        let mut skip = f.skip.clone().unwrap_or_default();
        skip.extend(args.skip.iter().cloned());
        for s in &skip {
            if !CHECK_NAMES.contains(&s.as_str()) {
                return Err(Error::usage(format!("unknown check '{s}' to skip"))
                    .hint(format!("checks: {}", CHECK_NAMES.join(", "))));
            }
        }
        Ok(Thresholds {
            strict: args.strict || f.strict.unwrap_or(d.strict),
            max_rtt: dur(args.max_rtt, &f.max_rtt, "max_rtt")?.unwrap_or(d.max_rtt),
            expect: args.expect.or(f.expect).or(d.expect),
            allowed_policies: match (&args.allowed_policies[..], f.allowed_policies) {
                ([], None) => d.allowed_policies,
                ([], Some(p)) => p,
                (flags, _) => flags.to_vec(),
            },
            max_memory_percent: args
                .max_memory_percent
                .or(f.max_memory_percent)
                .unwrap_or(d.max_memory_percent),
            max_lock_ttl: dur(args.max_lock_ttl, &f.max_lock_ttl, "max_lock_ttl")?
                .unwrap_or(d.max_lock_ttl),
            max_pending_idle: dur(
                args.max_pending_idle,
                &f.max_pending_idle,
                "max_pending_idle",
            )?
            .unwrap_or(d.max_pending_idle),
            max_lag: args.max_lag.or(f.max_lag).unwrap_or(d.max_lag),
            dead_letter_pattern: args
                .dead_letter_pattern
                .clone()
                .or(f.dead_letter_pattern)
                .unwrap_or(d.dead_letter_pattern),
            max_dead_letter: args
                .max_dead_letter
                .or(f.max_dead_letter)
                .unwrap_or(d.max_dead_letter),
            // A full scan unless a sample is asked for; --full (or full = true) overrides a
            // sample from the checks file or profile.
            sample: match (args.full, args.sample, f.full, f.sample) {
                (true, _, _, _) => None,
                (false, Some(n), _, _) => Some(n),
                (false, None, Some(true), _) => None,
                (false, None, _, s) => s.or(d.sample),
            },
            bigkeys: args.bigkeys || f.bigkeys.unwrap_or(d.bigkeys),
            max_key_bytes: args
                .max_key_bytes
                .or(f.max_key_bytes)
                .unwrap_or(d.max_key_bytes),
            skip,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The default each flag's help names is the one [`Thresholds::default`] applies.
    #[test]
    fn the_help_names_the_defaults_the_code_applies() {
        let d = Thresholds::default();
        let root = crate::cli::Cli::command();
        let check = root.find_subcommand("check").expect("check");
        let help = |long: &str| {
            check
                .get_arguments()
                .find(|a| a.get_long() == Some(long))
                .and_then(|a| a.get_help())
                .map(|h| h.to_string())
                .unwrap_or_else(|| panic!("--{long} has no help"))
        };
        let dur = crate::output::exact_duration;
        for (long, default) in [
            ("max-rtt", dur(d.max_rtt)),
            ("allowed-policy", d.allowed_policies.join(", ")),
            ("max-memory-percent", d.max_memory_percent.to_string()),
            ("max-lock-ttl", dur(d.max_lock_ttl)),
            ("max-pending-idle", dur(d.max_pending_idle)),
            ("max-lag", d.max_lag.to_string()),
            (
                "dead-letter-pattern",
                format!("'{}'", d.dead_letter_pattern),
            ),
            ("max-dead-letter", d.max_dead_letter.to_string()),
            ("max-key-bytes", d.max_key_bytes.to_string()),
        ] {
            let text = help(long);
            assert!(
                text.contains(&format!("(default {default})")),
                "--{long}: {text}"
            );
        }
        assert!(help("expect").contains("(default: either)") && d.expect.is_none());
        assert!(help("sample").contains("(default: every key)") && d.sample.is_none());
    }

    #[test]
    fn a_flag_wins_over_the_file_and_the_file_over_the_default() {
        let file = CheckConfig {
            max_rtt: Some("1s".into()),
            max_lag: Some(7),
            allowed_policies: Some(vec!["noeviction".into()]),
            sample: Some(10),
            skip: Some(vec!["rtt".into()]),
            ..CheckConfig::default()
        };
        let args = CheckArgs {
            max_lag: Some(9),
            skip: vec!["topology".into()],
            ..CheckArgs::default()
        };
        let th = Thresholds::resolve(&args, Some(&file)).expect("resolves");
        assert_eq!(th.max_rtt, Duration::from_secs(1));
        assert_eq!(th.max_lag, 9);
        assert_eq!(th.allowed_policies, ["noeviction"]);
        assert_eq!(th.sample, Some(10));
        assert_eq!(th.skip, ["rtt", "topology"]);
        assert_eq!(th.max_lock_ttl, Thresholds::default().max_lock_ttl);
        let full = CheckArgs {
            full: true,
            ..CheckArgs::default()
        };
        assert_eq!(
            Thresholds::resolve(&full, Some(&file)).expect("ok").sample,
            None
        );
        assert_eq!(
            Thresholds::resolve(&CheckArgs::default(), None).expect("ok"),
            Thresholds::default()
        );
        // A bad duration in the file is an error, unless a flag overrides it.
        let bad = CheckConfig {
            max_rtt: Some("soon".into()),
            ..CheckConfig::default()
        };
        let e = Thresholds::resolve(&CheckArgs::default(), Some(&bad)).expect_err("bad");
        assert!(
            e.message.starts_with("check setting max_rtt: "),
            "{}",
            e.message
        );
        let flag = CheckArgs {
            max_rtt: Some(Duration::from_millis(5)),
            ..CheckArgs::default()
        };
        assert!(Thresholds::resolve(&flag, Some(&bad)).is_ok());
    }

    #[test]
    fn a_file_value_outside_the_flags_range_is_refused() {
        let args = CheckArgs::default();
        for (file, says) in [
            (
                CheckConfig {
                    max_memory_percent: Some(0),
                    ..Default::default()
                },
                "max_memory_percent: 0 is not in 1..=100",
            ),
            (
                CheckConfig {
                    max_memory_percent: Some(250),
                    ..Default::default()
                },
                "max_memory_percent: 250",
            ),
            (
                CheckConfig {
                    sample: Some(0),
                    ..Default::default()
                },
                "sample: 0 keys",
            ),
        ] {
            let e = Thresholds::resolve(&args, Some(&file)).expect_err("refused");
            assert_eq!(e.code, crate::error::ExitCode::Usage);
            assert!(e.message.contains(says), "{}", e.message);
        }
        let ok = CheckConfig {
            max_memory_percent: Some(100),
            sample: Some(1),
            ..Default::default()
        };
        assert!(Thresholds::resolve(&args, Some(&ok)).is_ok());
    }
}
