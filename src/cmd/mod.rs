//! The commands: a folder per group (`src/cmd/<group>/`: its subcommand enum and dispatch in
//! `mod.rs`, a file per leaf command with its `Args` beside its `run`), a file for a group of
//! one command (`ping.rs`, `completions.rs`), and here the flat dispatch from
//! [`crate::cli::Command`] to each group's `run`.

pub mod audit;
pub mod check;
pub mod completions;
pub mod config;
pub mod demo;
pub mod leaderboard;
pub mod lock;
pub mod memory;
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
        Command::Completions(a) => completions::run(a, ctx),
    }
}

/// Runs a command to its end (what `main` calls): on a two-thread runtime, where Ctrl-C lets
/// the command stop and print what it has (scans end partial) within a grace period; then
/// the note on reads that touched keys' LRU/LFU data, and with `REDOPS_TRACE_ROUND_TRIPS` the
/// round trips and pacing on stderr. Background tasks (a scan still running on another node)
/// are not waited for.
pub fn run_to_end(command: Command, ctx: &Ctx) -> Result<()> {
    use std::sync::atomic::Ordering;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            crate::error::Error::internal(format!("cannot start the async runtime: {e}"))
        })?;
    let result = runtime.block_on(async {
        let work = run(command, ctx);
        tokio::pin!(work);
        tokio::select! {
            biased;
            r = &mut work => r,
            _ = tokio::signal::ctrl_c() => {
                // Let scans stop and print what they have; give up after a grace period.
                ctx.interrupted.store(true, Ordering::Relaxed);
                match tokio::time::timeout(std::time::Duration::from_secs(2), &mut work).await {
                    Ok(Err(e)) => Err(e),
                    _ => Err(crate::error::Error::interrupted()),
                }
            }
        }
    });
    // Reads that touched keys on a server without CLIENT NO-TOUCH, under an LRU/LFU policy.
    if let Some(note) = runtime.block_on(touch_report(ctx)) {
        ctx.out.warn(&note);
    }
    if std::env::var_os("REDOPS_TRACE_ROUND_TRIPS").is_some() {
        eprintln!(
            "redops: round trips after connection set-up: {}",
            ctx.total_round_trips()
        );
        eprintln!(
            "redops: round trips in all, connection set-up included: {}",
            ctx.wire_round_trips()
        );
        let p = ctx.pace_stats();
        eprintln!(
            "redops: latency budget: {} SCAN calls, largest COUNT {}, {} calls over the budget, {} probes, {} back-offs, {} reads split",
            p.scans, p.max_scan_count, p.over_budget, p.probes, p.backoffs, p.split_reads
        );
    }
    runtime.shutdown_background();
    result
}

use crate::client::walk::WalkEnv;

/// What the engine needs from a command's context: its warnings, Ctrl-C, `--quiet`,
/// `--allow-partial`, and where a line beside the report goes.
impl WalkEnv for Ctx {
    fn warn(&self, text: &str) {
        self.out.warn(text);
    }

    fn is_interrupted(&self) -> bool {
        Ctx::is_interrupted(self)
    }

    fn quiet(&self) -> bool {
        self.out.quiet
    }

    fn allow_partial(&self) -> bool {
        self.settings.allow_partial
    }

    fn note(&self, text: &str) -> Result<()> {
        if self.out.is_table() {
            self.out.say(&format!("{text}\n"))
        } else {
            eprintln!("{}", crate::output::safe_message(text));
            Ok(())
        }
    }
}

/// The shared scan options from a command's `--scan-count`, `--max-rate`, `--sleep` and
/// `--replicas`.
pub fn scan_options(scan: &crate::cli::ScanArgs) -> crate::client::ScanOptions {
    crate::client::ScanOptions {
        count: scan.throttle.scan_count,
        max_rate: scan.throttle.max_rate,
        sleep: scan.throttle.sleep,
        replicas: scan.replicas,
        ..Default::default()
    }
}

// --- reads that touch keys (issue 17) ---

/// After a command: when it read keys with commands that update their LRU/LFU data (on a
/// server without CLIENT NO-TOUCH), and the eviction policy uses that data, a note naming
/// them. `None` when nothing touched a key, or the policy ignores access data.
pub async fn touch_report(ctx: &Ctx) -> Option<String> {
    let logs = ctx.touch_logs.lock().ok()?.clone();
    let mut reads: Vec<String> = logs.iter().flat_map(|l| l.reads()).collect();
    reads.sort();
    reads.dedup();
    if reads.is_empty() {
        return None;
    }
    let node = logs.iter().find_map(|l| l.node())?;
    let reads = reads.join(", ");
    let server = node.caps.describe();
    if node.no_touch {
        // The command's first reads, sent with the connection set-up before NO-TOUCH.
        return match &node.eviction_policy {
            Ok(p) if !crate::client::policy_uses_access_data(p) => None,
            policy => Some(format!(
                "the first reads went out with the connection set-up, before CLIENT NO-TOUCH \
                 (a NO-TOUCH read of a key in a migrating slot crashes Redis 8.0-8.2 and Valkey \
                 8.1 cluster nodes, and the server was not yet known to be standalone): {reads} \
                 {} the LRU/LFU data of the keys they read on {}{}",
                if policy.is_ok() {
                    "updated"
                } else {
                    "may have updated"
                },
                node.addr,
                match policy {
                    Ok(p) => format!(" (maxmemory-policy {p})"),
                    Err(why) => format!(" (its maxmemory-policy could not be read: {why})"),
                }
            )),
        };
    }
    // Why this connection read without NO-TOUCH: the server lacks it, or redops kept it off
    // (a connection that writes; a cluster of servers that NO-TOUCH can crash).
    let why_not = if node.caps.has(crate::client::Feature::ClientNoTouch) {
        format!(
            "redops does not turn CLIENT NO-TOUCH on for {server} on {} here: on a connection \
             that writes, or on a cluster node of a version that a NO-TOUCH client can crash \
             (Redis 8.0-8.2, Valkey 8.1)",
            node.addr
        )
    } else {
        format!("{server} on {} has no CLIENT NO-TOUCH", node.addr)
    };
    match &node.eviction_policy {
        Ok(p) if !crate::client::policy_uses_access_data(p) => None,
        Ok(p) => Some(format!(
            "these reads updated the LRU/LFU data of the keys they read (maxmemory-policy {p}; \
             {why_not}): {reads}; the eviction policy now sees those keys as recently used. \
             --no-touch skips them (what they tell is then unknown)"
        )),
        Err(why) => Some(format!(
            "these reads may have updated the LRU/LFU data of the keys they read ({why_not}; its \
             maxmemory-policy could not be read: {why}): {reads}. --no-touch skips them (what \
             they tell is then unknown)"
        )),
    }
}
