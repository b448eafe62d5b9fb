use clap::{Args, Subcommand};
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum SentinelCommand {
    /// Whether Sentinel itself is healthy: each primary, its replicas, what each sentinel reports
    ///
    /// For each monitored primary (MASTER, the URL's master, or every one the sentinels
    /// monitor): its address and flags, its replicas with lag and link state, every sentinel
    /// with the primary address and config epoch it reports, CKQUORUM, and the time since the
    /// last failover. Exit 1 when the sentinels disagree on the primary or the epoch, when the
    /// quorum or a failover majority cannot be reached, or when the primary or a replica is
    /// down; 3 when no sentinel answers. Never writes.
    Status(StatusArgs),
    /// Fail the primary over to a replica (SENTINEL FAILOVER), and wait for the new primary
    ///
    /// Reads the current primary and CKQUORUM (refused, exit 5, when the quorum cannot be
    /// reached), shows what will happen, asks for confirmation (or --yes), writes an audit line,
    /// then asks a sentinel to fail over and waits (up to --wait) until the sentinels name a new
    /// primary that reports itself primary. Exit 3 when none appears in time (the failover's
    /// outcome is then unknown).
    Failover(FailoverArgs),
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The name the sentinels monitor the primary under (default: the URL's or --master; without
    /// either, every primary the sentinels monitor)
    #[arg(id = "master_name", value_name = "MASTER")]
    pub master: Option<String>,
}

#[derive(Debug, Args)]
pub struct FailoverArgs {
    /// The name the sentinels monitor the primary under
    #[arg(id = "master_name", value_name = "MASTER")]
    pub master: String,

    /// How long to wait for the new primary (500ms, 30s, 2m)
    #[arg(long, value_name = "DUR", default_value = "30s", value_parser = crate::cli::parse_duration)]
    pub wait: Duration,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}
