use clap::{Args, ValueEnum};
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
    pub expect: Option<ExpectedMode>,

    /// An allowed maxmemory-policy; repeat for several (default allkeys-lfu)
    #[arg(long = "allowed-policy", value_name = "POLICY")]
    pub allowed_policies: Vec<String>,

    /// Fail when used memory exceeds this percentage of maxmemory (default 90)
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u8).range(1..=100))]
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
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// JUnit XML, for CI systems that render test reports
    Junit,
}

/// A setting of the config file too: defined there (its flag syntax in `crate::cli`).
pub use crate::config::ExpectedMode;
