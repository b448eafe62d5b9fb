use clap::Args;
use std::path::PathBuf;

/// Arguments of `redops demo`.
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

    /// Also start a replica and three sentinels, and take the tour through Sentinel
    ///
    /// Every stop then runs against redis+sentinel://.../redops-demo, and one more stop shows
    /// `sentinel status`. Starting and settling the sentinels adds a few seconds, which is why
    /// the default tour does without them. (Not --sentinel: that global flag names a sentinel.)
    #[arg(long)]
    pub with_sentinel: bool,
}
