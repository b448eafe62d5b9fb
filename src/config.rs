//! The profiles file: named targets (url, password env var, TLS files, cluster mode,
//! read_only, key templates, rate-limit policies), TOML at `$XDG_CONFIG_HOME/redops/config.toml`
//! or `--config PATH` / `REDOPS_CONFIG`.
//!
//! ```toml
//! [profiles.staging]
//! url = "rediss://ops@redis.staging.internal:6380"
//! password_env = "STAGING_REDIS_PASSWORD"   # redops never stores a password itself
//! tls_ca = "certs/ca.pem"                   # relative to this file
//! read_only = false
//! timeout = "2s"
//!
//! [profiles.staging.keyspace]
//! sessions = "app1:sess:{user}"
//! lock = "lock:{{{resource}}}"              # {{ }} are literal braces: a cluster hash tag
//!
//! [profiles.staging.ratelimit.withdrawal]
//! limit = 5
//! window = "60s"
//! ```

use crate::error::{Error, Result};
use crate::keyspace::{self, KeyTemplate, Keyspace};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;
use toml::Spanned;

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub url: Option<Spanned<String>>,
    /// Name of the environment variable that holds the password.
    pub password_env: Option<String>,
    pub tls_ca: Option<PathBuf>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub cluster: Option<bool>,
    #[serde(default)]
    pub read_only: bool,
    pub timeout: Option<Spanned<String>>,
    pub connect_timeout: Option<Spanned<String>>,
    /// `--latency-budget` for this target: a duration, or `"off"`.
    pub latency_budget: Option<Spanned<String>>,
    pub audit_log: Option<PathBuf>,
    /// Ship each audit line to syslog too (as `--audit-syslog`).
    #[serde(default)]
    pub audit_syslog: bool,
    /// `"syslog"`: a change whose audit line cannot be shipped to syslog is refused.
    pub audit_required: Option<AuditRequired>,
    /// A production target: output is redacted unless the profile says `redact = false`.
    #[serde(default)]
    pub production: bool,
    /// Mask personal data in every output (as `--redact`).
    pub redact: Option<bool>,
    /// Sentinel: `sentinels = ["h1:26379", ...]` and `master = "NAME"` instead of `url`; the
    /// sentinels' own user, password env var and TLS files, apart from the data nodes'.
    pub sentinels: Option<Vec<String>>,
    pub master: Option<String>,
    pub sentinel_user: Option<String>,
    pub sentinel_password_env: Option<String>,
    pub sentinel_tls: Option<bool>,
    pub sentinel_tls_ca: Option<PathBuf>,
    pub sentinel_tls_cert: Option<PathBuf>,
    pub sentinel_tls_key: Option<PathBuf>,
    #[serde(default)]
    pub keyspace: KeyspaceConfig,
    /// Rate-limit policy per endpoint category.
    #[serde(default)]
    pub ratelimit: BTreeMap<String, PolicyConfig>,
    /// Thresholds and choices of `redops check`.
    pub check: Option<CheckConfig>,
}

/// Where an audit line must reach before a change is made (besides the local log).
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum AuditRequired {
    Syslog,
}

/// `redops check --expect`: the topology the target must have. Its names are serde's, the same
/// in a checks file and on the command line (the flag's values are [`ExpectedMode::name`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExpectedMode {
    Standalone,
    Cluster,
}

impl ExpectedMode {
    pub const ALL: [ExpectedMode; 2] = [ExpectedMode::Standalone, ExpectedMode::Cluster];

    /// The name a checks file and `--expect` give it.
    pub fn name(self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(name)) => name,
            _ => format!("{self:?}"),
        }
    }
}

/// `redops check` settings, from `--checks FILE` or a profile's `[profiles.NAME.check]`: the
/// same names as its flags; merged with them, and their defaults applied, in
/// `cmd::check::Thresholds::resolve`.
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct CheckConfig {
    pub strict: Option<bool>,
    pub max_rtt: Option<String>,
    pub expect: Option<ExpectedMode>,
    pub allowed_policies: Option<Vec<String>>,
    pub max_memory_percent: Option<u8>,
    pub max_lock_ttl: Option<String>,
    pub max_pending_idle: Option<String>,
    pub max_lag: Option<u64>,
    pub dead_letter_pattern: Option<String>,
    pub max_dead_letter: Option<u64>,
    pub sample: Option<u64>,
    pub full: Option<bool>,
    pub bigkeys: Option<bool>,
    pub max_key_bytes: Option<u64>,
    pub skip: Option<Vec<String>>,
}

impl CheckConfig {
    /// Reads a `--checks FILE`: the same keys at the top level.
    pub fn read(path: &Path) -> Result<CheckConfig> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::usage(format!(
                "cannot read the checks file {}: {e}",
                path.display()
            ))
        })?;
        toml::from_str(&text).map_err(|e| {
            let line = e.span().map(|s| line_of(&text, s.start)).unwrap_or(0);
            Error::usage(format!("{}:{line}: {}", path.display(), e.message()))
        })
    }
}

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct KeyspaceConfig {
    pub sessions: Option<Spanned<String>>,
    pub ratelimit: Option<Spanned<String>>,
    pub leaderboard: Option<Spanned<String>>,
    pub trader_meta: Option<Spanned<String>>,
    pub lock: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct PolicyConfig {
    pub limit: u64,
    pub window: Spanned<String>,
}

/// A rate-limit policy: `limit` attempts per `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RatePolicy {
    pub limit: u64,
    pub window: Duration,
}

/// The default config file location.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("redops").join("config.toml"))
}

/// A loaded file, kept with its text so that errors can name the line.
pub struct Loaded {
    pub path: PathBuf,
    text: String,
    pub file: ConfigFile,
}

impl Loaded {
    pub fn read(path: &Path) -> Result<Loaded> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::usage(format!(
                "cannot read the config file {}: {e}",
                path.display()
            ))
            .hint("create it, or point --config / REDOPS_CONFIG at the right file")
        })?;
        let file: ConfigFile = toml::from_str(&text).map_err(|e| {
            let line = e.span().map(|s| line_of(&text, s.start)).unwrap_or(0);
            Error::usage(format!("{}:{line}: {}", path.display(), e.message()))
        })?;
        Ok(Loaded {
            path: path.to_owned(),
            text,
            file,
        })
    }

    /// `path:line: message` for a value at `span`.
    pub fn error_at(&self, span: std::ops::Range<usize>, message: &str) -> Error {
        Error::usage(format!(
            "{}:{}: {message}",
            self.path.display(),
            line_of(&self.text, span.start)
        ))
    }

    pub fn profile(&self, name: &str) -> Result<&Profile> {
        self.file.profiles.get(name).ok_or_else(|| {
            let known: Vec<&str> = self.file.profiles.keys().map(String::as_str).collect();
            Error::usage(format!("no profile '{name}' in {}", self.path.display())).hint(
                if known.is_empty() {
                    "the file defines no [profiles.NAME] table".to_string()
                } else {
                    format!("known profiles: {}", known.join(", "))
                },
            )
        })
    }

    /// Resolves a path from the file relative to the file's directory.
    pub fn resolve_path(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_owned()
        } else {
            self.path.parent().unwrap_or(Path::new(".")).join(p)
        }
    }

    pub fn latency_budget(&self, v: &Spanned<String>) -> Result<Option<Duration>> {
        crate::time::parse_latency_budget(v.get_ref())
            .map(|b| b.0)
            .map_err(|e| self.error_at(v.span(), &format!("latency_budget: {e}")))
    }

    pub fn duration(&self, v: &Spanned<String>, what: &str) -> Result<Duration> {
        crate::time::parse_duration(v.get_ref())
            .map_err(|e| self.error_at(v.span(), &format!("{what}: {e}")))
    }

    /// The profile's key templates over the defaults, each validated.
    pub fn keyspace(&self, p: &Profile) -> Result<Keyspace> {
        let mut ks = Keyspace::default();
        let k = &p.keyspace;
        let parse = |value: &Option<Spanned<String>>,
                     (_, allowed): (&str, &[&str]),
                     name: &str,
                     slot: &mut KeyTemplate|
         -> Result<()> {
            if let Some(v) = value {
                *slot = KeyTemplate::parse(v.get_ref(), allowed)
                    .map_err(|e| self.error_at(v.span(), &format!("{name}: {e}")))?;
            }
            Ok(())
        };
        parse(
            &k.sessions,
            keyspace::SESSIONS,
            "keyspace.sessions",
            &mut ks.sessions,
        )?;
        parse(
            &k.ratelimit,
            keyspace::RATELIMIT,
            "keyspace.ratelimit",
            &mut ks.ratelimit,
        )?;
        parse(
            &k.leaderboard,
            keyspace::LEADERBOARD,
            "keyspace.leaderboard",
            &mut ks.leaderboard,
        )?;
        parse(
            &k.trader_meta,
            keyspace::TRADER_META,
            "keyspace.trader_meta",
            &mut ks.trader_meta,
        )?;
        parse(&k.lock, keyspace::LOCK, "keyspace.lock", &mut ks.lock)?;
        Ok(ks)
    }

    pub fn policies(&self, p: &Profile) -> Result<BTreeMap<String, RatePolicy>> {
        let mut out = BTreeMap::new();
        for (cat, pc) in &p.ratelimit {
            let window = self.duration(&pc.window, &format!("ratelimit.{cat}.window"))?;
            if pc.limit == 0 || window.is_zero() {
                return Err(self.error_at(
                    pc.window.span(),
                    &format!("ratelimit.{cat}: limit and window must be positive"),
                ));
            }
            out.insert(
                cat.clone(),
                RatePolicy {
                    limit: pc.limit,
                    window,
                },
            );
        }
        Ok(out)
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Loaded> {
        let dir = tempfile::tempdir().expect("tmp");
        let p = dir.path().join("c.toml");
        std::fs::write(&p, text).expect("write");
        Loaded::read(&p)
    }

    #[test]
    fn parses_profiles_and_validates_templates_with_line_numbers() {
        let l = load("[profiles.a]\nurl = \"redis://h:1\"\nread_only = true\n[profiles.a.keyspace]\nlock = \"app:lock:{{{resource}}}\"\n").expect("ok");
        let p = l.profile("a").expect("profile");
        assert!(p.read_only);
        let ks = l.keyspace(p).expect("keyspace");
        assert_eq!(ks.lock.render(&[("resource", b"x")]), b"app:lock:{x}");
        assert!(l.profile("b").is_err());

        let bad = load(
            "[profiles.a]\nurl = \"redis://h\"\n\n[profiles.a.keyspace]\nsessions = \"s:{usr}\"\n",
        )
        .expect("parses");
        let e = bad
            .keyspace(bad.profile("a").expect("a"))
            .expect_err("bad template");
        assert!(
            e.message.contains(":5:") && e.message.contains("{usr}"),
            "{}",
            e.message
        );

        let e = load("[profiles.a]\nurl = 3\n").err().expect("type error");
        assert!(e.message.contains(":2:"), "{}", e.message);
        let e = load("[profiles.a]\nnope = 1\n")
            .err()
            .expect("unknown field");
        assert!(e.message.contains("nope"), "{}", e.message);
    }

    #[test]
    fn policies_and_durations() {
        let l =
            load("[profiles.a.ratelimit.withdrawal]\nlimit = 5\nwindow = \"30s\"\n").expect("ok");
        let p = l.policies(l.profile("a").expect("a")).expect("policies");
        assert_eq!(
            p["withdrawal"],
            RatePolicy {
                limit: 5,
                window: Duration::from_secs(30)
            }
        );
        let l =
            load("[profiles.a.ratelimit.withdrawal]\nlimit = 5\nwindow = \"soon\"\n").expect("ok");
        assert!(l.policies(l.profile("a").expect("a")).is_err());
    }
}
