//! One module per subcommand group, each with `async fn run(args, ctx)`.

pub mod audit;
pub mod check;
pub mod config;
pub mod demo;
pub mod leaderboard;
pub mod lock;
pub mod memory;
pub mod ping;
pub mod ratelimit;
pub mod session;
pub mod stream;

use crate::cli::Command;
use crate::context::Ctx;
use crate::error::Result;

pub async fn run(command: Command, ctx: &Ctx) -> Result<()> {
    match command {
        Command::Ping => ping::run(ctx).await,
        Command::Lock(c) => lock::run(c, ctx).await,
        Command::Check(a) => check::run(a, ctx).await,
        Command::Config(c) => config::run(c, ctx),
        Command::Audit(c) => audit::run(c, ctx).await,
        Command::Leaderboard(c) => leaderboard::run(c, ctx).await,
        Command::Stream(c) => stream::run(c, ctx).await,
        Command::Demo(a) => demo::run(a, ctx).await,
        Command::Session(c) => session::run(c, ctx).await,
        Command::Ratelimit(c) => ratelimit::run(c, ctx).await,
        Command::Memory(c) => memory::run(c, ctx).await,
        Command::Completions { shell } => {
            ctx.out
                .print(&String::from_utf8_lossy(&crate::generate::completion(
                    shell,
                )))
        }
    }
}

/// Warns when a scan cannot see every key (a cluster primary is down); returns whether it
/// is incomplete, for reports that carry a `partial` flag.
pub fn warn_scan_gap(ctx: &Ctx, client: &crate::client::Client) -> bool {
    match client.scan_gap() {
        Some(gap) => {
            ctx.out.warn(&format!("this scan is {gap}"));
            true
        }
        None => false,
    }
}

/// Parses an `INFO` reply into (field, value) pairs.
pub fn info_fields(info: &str) -> impl Iterator<Item = (&str, &str)> {
    info.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.trim_end().split_once(':'))
}

/// One field of an `INFO` reply.
pub fn info_field<'a>(info: &'a str, name: &str) -> Option<&'a str> {
    info_fields(info).find(|(k, _)| *k == name).map(|(_, v)| v)
}
