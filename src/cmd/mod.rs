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

// The scan-and-read engine lives in the client layer (`crate::client::walk`); these names stay
// here so that every command reaches it as before.
pub use crate::client::walk::{
    Coverage, KeyScan, ReplicaRead, ScanNodes, Step, Walk, WalkEnv, Walked, pick_replicas, slot_map,
};

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

pub use crate::client::reply::{info_field, info_fields};

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
