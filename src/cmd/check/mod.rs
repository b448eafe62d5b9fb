//! `redops check`: a smoke check a CI pipeline can trust. Read-only: it never writes to Redis.
//!
//! One leaf command: its [`CheckArgs`] and [`run`] here, with the report ([`CheckReport`]);
//! the thresholds and their defaults in `thresholds.rs`, the checks of the server's
//! configuration in `server.rs`, the checks that walk the keyspace in `scanning.rs`, the JUnit
//! XML in `junit.rs`.

mod junit;
mod scanning;
mod server;
mod thresholds;

pub use thresholds::CheckFormat;

use junit::junit;
use thresholds::Thresholds;

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Output, Report, add_row, cell, text_cell};
use clap::Args;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::time::Duration;

/// Thresholds and choices of `redops check`. Each may also come from `--checks FILE` or the
/// profile's `[profiles.NAME.check]` table; a flag wins.
#[derive(Debug, Args, Default)]
pub struct CheckArgs {
    /// TOML file with thresholds and which checks to run (same keys as the flags, snake_case)
    #[arg(long, value_name = "FILE")]
    pub checks: Option<PathBuf>,

    /// Write the result as JUnit XML (one testcase per check) instead of a table or JSON
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<CheckFormat>,

    /// Treat warnings as failures (exit 1)
    #[arg(long)]
    pub strict: bool,

    /// Fail when the round trip to Redis takes longer (default 50ms)
    #[arg(long, value_name = "DUR", value_parser = crate::cli::parse_duration)]
    pub max_rtt: Option<Duration>,

    /// Expected topology: standalone or cluster (default: either)
    #[arg(long, value_enum, value_name = "MODE")]
    pub expect: Option<crate::config::ExpectedMode>,

    /// An allowed maxmemory-policy; repeat for several (default allkeys-lfu)
    #[arg(long = "allowed-policy", value_name = "POLICY")]
    pub allowed_policies: Vec<String>,

    /// Fail when used memory exceeds this percentage of maxmemory (default 90)
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u8).range(thresholds::MEMORY_PERCENT_RANGE))]
    pub max_memory_percent: Option<u8>,

    /// Fail when a lock has more than this TTL left (default 5m)
    #[arg(long, value_name = "DUR", value_parser = crate::cli::parse_duration)]
    pub max_lock_ttl: Option<Duration>,

    /// Fail when a stream entry has been pending longer than this (default 5m)
    #[arg(long, value_name = "DUR", value_parser = crate::cli::parse_duration)]
    pub max_pending_idle: Option<Duration>,

    /// Fail when a consumer group lags more entries than this behind its stream (default 1000)
    #[arg(long, value_name = "N")]
    pub max_lag: Option<u64>,

    /// Glob of dead-letter streams (default '*dead*')
    #[arg(long, value_name = "GLOB")]
    pub dead_letter_pattern: Option<String>,

    /// Fail when a dead-letter stream holds more entries than this (default 0)
    #[arg(long, value_name = "N")]
    pub max_dead_letter: Option<u64>,

    /// Look at only N keys per node in the scanning checks (default: every key); a check that
    /// passed on a sample reports "pass (sampled)"
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(thresholds::SAMPLE_RANGE))]
    pub sample: Option<u64>,

    /// Scan every key (the default; overrides --sample and `sample` from a checks file or profile)
    #[arg(long)]
    pub full: bool,

    /// Also look for big keys (scans with MEMORY USAGE; opt-in)
    #[arg(long)]
    pub bigkeys: bool,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,

    /// With --bigkeys: fail for a key larger than this many bytes (default 10485760)
    #[arg(long, value_name = "BYTES")]
    pub max_key_bytes: Option<u64>,

    /// Skip a check by name; repeat for several
    #[arg(long, value_name = "NAME")]
    pub skip: Vec<String>,

    #[command(flatten)]
    pub audit: crate::cli::AuditLogArgs,
}

pub async fn run(args: CheckArgs, ctx: &Ctx) -> Result<()> {
    let file = match &args.checks {
        Some(p) => Some(crate::config::CheckConfig::read(p)?),
        None => ctx.settings.check.clone(),
    };
    let th = Thresholds::resolve(&args, file.as_ref())?;
    let client = ctx.connect().await?; // unreachable, auth and TLS failures: exit 3
    let mut results = vec![CheckResult::new(
        "reachable",
        Status::Pass,
        json!(client.target),
        json!(null),
        format!("connected and authenticated: {}", client.server_summary()),
    )];
    results.push(server::check_rtt(&client, &th).await?);
    results.extend(server::check_nodes(&client, &th).await?);
    if let Some(link) = client.sentinel() {
        results.push(server::check_sentinel(ctx, &link.master).await?);
    }
    let coverage = match scanning::check_keyspace(ctx, &client, &th, &args.scan).await {
        Ok((keyspace, coverage)) => {
            results.extend(keyspace);
            coverage
        }
        // The keyspace could not be read (a primary down, the cluster refusing reads): the
        // report still comes out, with that as a failed check, and the exit code is 3.
        Err(e) if e.code == crate::error::ExitCode::Connection => {
            let why = std::iter::once(e.message.clone())
                .chain(e.hints.iter().cloned())
                .collect::<Vec<_>>()
                .join("; ");
            results.push(CheckResult::new(
                "keyspace_scan",
                Status::Fail,
                json!(null),
                json!("every key read"),
                format!("the scanning checks could not run: {why}"),
            ));
            crate::client::walk::Coverage {
                interrupted: false,
                missed: vec![why],
                replicas: None,
            }
        }
        Err(e) => return Err(e),
    };
    results.extend(server::check_audit_log(ctx));
    results.retain(|r| !th.skip.iter().any(|s| s == r.name));

    let report = CheckReport {
        status: overall_status(&results, th.strict),
        server: client.server_summary(),
        checks: results,
        replicas: coverage.replicas.clone(),
    };
    match args.format {
        Some(CheckFormat::Junit) => ctx.out.print(&junit(&report.checks, th.strict)?)?,
        None => ctx.out.emit(&report)?,
    }
    // A scan that missed part of the keyspace: exit 3 after the report, unless --allow-partial.
    coverage.conclude(ctx)?;
    if report.status == Status::Fail {
        let failed: Vec<&str> = report
            .checks
            .iter()
            .filter(|r| r.status == Status::Fail || (th.strict && r.status == Status::Warn))
            .map(|r| r.name)
            .collect();
        return Err(Error::problem(format!(
            "check failed: {}",
            failed.join(", ")
        )));
    }
    Ok(())
}

/// Every check's name (what `--skip` and `skip = [...]` accept).
pub const CHECK_NAMES: &[&str] = &[
    "reachable",
    "rtt",
    "topology",
    "maxmemory",
    "maxmemory_policy",
    "memory_usage",
    "locks_without_ttl",
    "lock_ttl",
    "pending_idle",
    "consumer_lag",
    "dead_letter",
    "sessions_ttl",
    "ratelimit_ttl",
    "big_keys",
    "keyspace_scan",
];

/// What `redops check -o json` prints: the overall status, the server, every check, and (with
/// `--replicas`) the replicas read.
#[derive(Debug, serde::Serialize)]
pub struct CheckReport {
    pub status: Status,
    pub server: String,
    pub checks: Vec<CheckResult>,
    /// `--replicas`: the replicas read instead of their primaries, with their lag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<Vec<crate::client::walk::ReplicaRead>>,
}

impl Report for CheckReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        let mut t = out.new_table(&["check", "status", "observed", "threshold", "message"]);
        for r in &self.checks {
            let status = match r.status {
                Status::Pass => cell("pass"),
                Status::PassSampled => cell("pass (sampled)"),
                Status::Warn => out.warn_cell("WARN"),
                Status::Fail => out.alert_cell("FAIL"),
            };
            add_row(
                &mut t,
                vec![
                    cell(r.name),
                    status,
                    cell(plain(&r.observed)),
                    cell(plain(&r.threshold)),
                    text_cell(&r.message),
                ],
            );
        }
        out.table(t)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    /// Nothing wrong in what was looked at, but that was a sample (`--sample N`) or the part
    /// of the keyspace a partial scan reached: never shown as a plain pass.
    PassSampled,
    Warn,
    Fail,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::PassSampled => "pass_sampled",
            Status::Warn => "warn",
            Status::Fail => "fail",
        }
    }
}

/// The outcome of one check: what was seen against what was allowed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CheckResult {
    pub name: &'static str,
    pub status: Status,
    pub observed: Value,
    pub threshold: Value,
    pub message: String,
}

impl CheckResult {
    fn new(
        name: &'static str,
        status: Status,
        observed: Value,
        threshold: Value,
        message: impl Into<String>,
    ) -> Self {
        CheckResult {
            name,
            status,
            observed,
            threshold,
            message: message.into(),
        }
    }
}

/// Fail if any check failed (or warned, with `strict`), else warn if any warned, else pass.
pub fn overall_status(results: &[CheckResult], strict: bool) -> Status {
    let worst = results
        .iter()
        .map(|r| r.status)
        .max()
        .unwrap_or(Status::Pass);
    if strict && worst == Status::Warn {
        Status::Fail
    } else {
        worst
    }
}

/// An observed value or threshold as a table cell or JUnit text shows it.
fn plain(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overall_status_and_strict() {
        let r = |s| CheckResult::new("x", s, json!(1), json!(0), "");
        assert_eq!(
            overall_status(&[r(Status::Pass), r(Status::Warn)], false),
            Status::Warn
        );
        assert_eq!(
            overall_status(&[r(Status::Pass), r(Status::Warn)], true),
            Status::Fail
        );
        assert_eq!(
            overall_status(&[r(Status::Pass), r(Status::Fail)], false),
            Status::Fail
        );
        assert_eq!(overall_status(&[], false), Status::Pass);
    }

    /// The JSON names of the statuses are what `as_str` (JUnit's `redops.status`) says.
    #[test]
    fn status_serializes_as_its_name() {
        for s in [
            Status::Pass,
            Status::PassSampled,
            Status::Warn,
            Status::Fail,
        ] {
            assert_eq!(json!(s), json!(s.as_str()));
        }
    }
}
