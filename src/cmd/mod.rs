//! One module per subcommand group, each with `async fn run(args, ctx)`.

pub mod audit;
pub mod check;
pub mod config;
pub mod demo;
pub mod leaderboard;
pub mod lock;
pub mod memory;
pub mod memory_rdb;
pub mod ping;
pub mod ratelimit;
pub mod sentinel;
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
        Command::Sentinel(c) => sentinel::run(c, ctx).await,
        Command::Completions { shell } => {
            ctx.out
                .print(&String::from_utf8_lossy(&crate::generate::completion(
                    shell,
                )))
        }
    }
}

/// The next batch of a scan, or `None` when the scan is over or the operator pressed Ctrl-C
/// (then `*partial` is set, so that the report can say it covers only what was scanned).
pub async fn next_batch(
    ctx: &Ctx,
    scan: &mut tokio::sync::mpsc::Receiver<Result<crate::client::ScanBatch>>,
    partial: &mut bool,
) -> Result<Option<crate::client::ScanBatch>> {
    tokio::select! {
        b = scan.recv() => b.transpose(),
        _ = ctx.cancelled() => {
            *partial = true;
            Ok(None)
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

/// The cluster's slot map (`None` when standalone, or when this user may not read it: then
/// a warning says the scan cannot tell whether slots moved).
pub async fn slot_map(
    ctx: &crate::context::Ctx,
    client: &crate::client::Client,
) -> Option<(String, bool)> {
    match client.slot_map().await {
        Ok(m) => m,
        Err(e) => {
            ctx.out.warn(&format!(
                "could not read the slot map ({}): a slot migrated during the scan would go unnoticed",
                e.message
            ));
            None
        }
    }
}

/// True (with a warning) when the slot map changed during the scan or a slot was being
/// migrated: keys may have been counted twice or missed, so the report is incomplete.
pub async fn slot_map_moved(
    ctx: &crate::context::Ctx,
    client: &crate::client::Client,
    before: Option<(String, bool)>,
) -> bool {
    let Some((before, migrating_before)) = before else {
        return false;
    };
    let Some((after, migrating_after)) = slot_map(ctx, client).await else {
        return false;
    };
    if before != after || migrating_before || migrating_after {
        ctx.out.warn(
            "incomplete: the slot map changed during the scan (a slot was migrated or a primary \
             failed over): keys may be counted twice or missed; run it again once the cluster is stable",
        );
        return true;
    }
    false
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

/// The shared scan options from a command's `--scan-count`, `--max-rate` and `--sleep`.
pub fn scan_options(scan: &crate::cli::ScanArgs) -> crate::client::ScanOptions {
    crate::client::ScanOptions {
        count: scan.scan_count,
        max_rate: scan.max_rate,
        sleep: scan.sleep,
        ..Default::default()
    }
}
