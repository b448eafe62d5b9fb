use clap::Args;
use std::path::PathBuf;

/// Start a throwaway Redis, fill it with a realistic fintech keyspace, and tour redops on it
///
/// Starts a private redis-server on a free loopback port in a temporary directory (no
/// persistence), loads users with sessions, rate-limit windows, leaderboards with trader
/// metadata, locks (one without a TTL), transaction streams with a dead consumer and a
/// dead-letter stream, and cache keys, then runs each redops command on it and shows its output.
/// The server is stopped and its directory removed when the demo ends, fails or is interrupted.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Number of users to generate (at least 10)
    #[arg(long, value_name = "N", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(10..))]
    pub users: u64,

    /// Seed of the data generator: the same seed gives the same data
    #[arg(long, value_name = "N", default_value_t = 42)]
    pub seed: u64,

    /// The redis-server binary to run (default: redis-server on PATH)
    #[arg(long, value_name = "PATH")]
    pub redis_server: Option<PathBuf>,

    /// Skip the tour: leave the server running, print its URL, and wait for Ctrl-C
    ///
    /// Point any other redops command at the printed URL with -u. Ctrl-C stops the server and
    /// removes its directory.
    #[arg(long)]
    pub keep: bool,
}
