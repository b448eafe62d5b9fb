//! `redops memory bigkeys`: a walk of every primary (or one replica of each) through the
//! scan-and-read engine ([`crate::client::walk`]), each batch read with ONE call on the node
//! that returned it (see [`super::read`]), folded into the [`MemoryTally`] and printed as the
//! [`BigkeysReport`]. With `--rdb`/`--rdb-sync` the same report comes from snapshots instead
//! ([`super::rdb`]).

use super::read::{KeyInfo, KeyReader};
use super::report::{BigkeysReport, ReportParts};
use super::tally::{MAX_TRACKED_GROUPS, MemoryTally};
use crate::client::walk::{ScanNodes, Step, Walk, pick_replicas};
use crate::client::{Client, ScanBatch, ScanOptions};
use crate::context::Ctx;
use crate::error::{Error, Result};
use clap::{Args, ValueEnum};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

#[derive(Debug, Args)]
pub struct BigkeysArgs {
    /// Only keys matching this glob (SCAN MATCH), e.g. 'sessions:*'
    #[arg(long, value_name = "GLOB")]
    pub pattern: Option<String>,

    /// Only keys of this type (SCAN TYPE): string, hash, list, set, zset, stream
    #[arg(long = "type", value_name = "T")]
    pub key_type: Option<String>,

    /// How many of the biggest keys to list (--count, as in the other commands that list)
    #[arg(long, visible_alias = "count", value_name = "N", default_value_t = 10)]
    pub top: usize,

    /// How many key groups to list; the rest are folded into one "(other)" row
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub groups: usize,

    /// MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server's, 5)
    #[arg(long, value_name = "N")]
    pub samples: Option<u32>,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,

    /// How keys are read: Lua script calls, or two pipelines per batch (default: pipeline under
    /// a latency budget, lua with --latency-budget off)
    ///
    /// `lua` needs the fewest round trips; under a latency budget each script call is sized to
    /// fit it, but the cost of a call varies with the keys it meets, so `pipeline` (small
    /// commands, each far inside any budget) is the default there. Where scripting is not
    /// allowed redops falls back to pipelines by itself.
    #[arg(long, value_enum)]
    pub read_method: Option<ReadMethod>,

    /// Read this RDB snapshot instead of a server (`-` for standard input)
    ///
    /// RDB versions 1 to 12: Redis 2.x to 8.0, Valkey 7 and 8. No server is contacted. Bytes are
    /// an estimate of MEMORY USAGE on the server that wrote the file (by type and encoding; the
    /// JSON also gives each key's serialized size). Keys whose TTL had passed when the snapshot
    /// was taken are not counted (the report's snapshot notes say how many). A corrupt,
    /// truncated or unknown-version file is exit 6, naming the byte offset and the last key
    /// read; --allow-partial prints the report of what was read before it.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["replicas", "rdb_sync", "samples"])]
    pub rdb: Option<std::path::PathBuf>,

    /// Stream a fresh snapshot from each scanned server over the replication protocol
    ///
    /// As `redis-cli --rdb` does (REPLCONF, then SYNC), and analysed as it arrives, without
    /// writing it to disk here. The server pays one snapshot: a fork (and, unless it replicates
    /// diskless, writing the file to its own disk); redops sends it no command per key: no
    /// SCAN, no MEMORY USAGE. With --replicas, the snapshot comes from a replica of each
    /// primary (a primary without one is missed, not forked).
    /// Because a fork can need up to the dataset's size again in memory while writes go on
    /// (copy-on-write), redops refuses (exit 5) when the server's resident memory leaves too
    /// little headroom on its machine, unless --yes is given. Needs the SYNC permission
    /// (`+sync`); not over TLS.
    #[arg(long, alias = "rdb-from-replica", conflicts_with = "samples")]
    pub rdb_sync: bool,

    /// With --rdb-sync: take the snapshot even when the server's memory headroom looks too
    /// small for the fork
    #[arg(short = 'y', long, requires = "rdb_sync")]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReadMethod {
    /// One EVALSHA per batch
    Lua,
    /// TYPE + MEMORY USAGE + PTTL, then the length commands: two pipelines per batch
    Pipeline,
}

/// The live bigkeys: scan, read each batch, tally, report (`--rdb`/`--rdb-sync` go to
/// [`super::rdb::run`]).
pub async fn run(args: BigkeysArgs, ctx: &Ctx) -> Result<()> {
    if let Some(p) = &args.pattern {
        crate::keyspace::check_glob(p).map_err(|e| Error::usage(format!("--pattern: {e}")))?;
    }
    let started = Instant::now();
    let client = ctx.connect().await?;
    let picked = if args.scan.replicas {
        pick_replicas(ctx, &client).await
    } else {
        ScanNodes {
            nodes: client.nodes().to_vec(),
            ..Default::default()
        }
    };
    let nodes = picked.nodes.clone();
    let method = args
        .read_method
        .unwrap_or(match ctx.settings.latency_budget {
            Some(_) => ReadMethod::Pipeline,
            None => ReadMethod::Lua,
        });
    let reader = KeyReader::new(
        ctx,
        &client,
        &nodes,
        args.samples,
        method == ReadMethod::Lua,
    )
    .await?;
    let bar = progress_bar(ctx, &client, &args).await;

    let opts = ScanOptions {
        pattern: args.pattern.as_ref().map(|p| p.clone().into_bytes()),
        key_type: args.key_type.clone(),
        ..crate::cmd::scan_options(&args.scan)
    };
    let reader = &reader;
    let walked = Walk::new(ctx, &client, opts)
        .on(picked)
        // Reads of two batches per node in flight: the server works while the client parses.
        // Under a latency budget, one per node (beside the scan): gaps for the application.
        .in_flight(2 * nodes.len().max(1))
        .own_progress(bar.clone())
        .run(
            Read {
                tally: MemoryTally::new(args.top, MAX_TRACKED_GROUPS),
                scanned: 0,
                vanished: 0,
            },
            |b: ScanBatch| async move {
                let n = b.keys.len() as u64;
                reader.read(&b.node, b.keys).await.map(|infos| (n, infos))
            },
            async |r: &mut Read, (n, infos): (u64, Vec<Option<KeyInfo>>)| {
                r.scanned += n;
                for info in infos {
                    match info {
                        Some(i) => r.tally.add(i),
                        None => r.vanished += 1, // deleted or expired between SCAN and the read
                    }
                }
                if let Some(b) = &bar {
                    b.inc(n);
                }
                Ok(Step::Go)
            },
        )
        .await?;
    let read = walked.value;
    let report = BigkeysReport::new(ReportParts {
        tally: &read.tally,
        scanned: read.scanned,
        vanished: read.vanished,
        coverage: &walked.coverage,
        elapsed: started.elapsed(),
        read_from: nodes.iter().map(|n| n.addr.clone()).collect(),
        groups: args.groups,
        snapshots: Vec::new(),
        elements_unknown: reader.skipped_lengths(),
    });
    ctx.out.emit(&report)?;
    walked.coverage.conclude(ctx)
}

/// What the walk folds: the tally, the keys SCAN returned, and those gone before their read.
struct Read {
    tally: MemoryTally,
    scanned: u64,
    vanished: u64,
}

async fn progress_bar(
    ctx: &Ctx,
    client: &Client,
    args: &BigkeysArgs,
) -> Option<indicatif::ProgressBar> {
    if ctx.out.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    // With a filter, DBSIZE is not the number of keys the scan will return: no ETA then.
    let filtered = args.pattern.is_some() || args.key_type.is_some();
    let bar = if filtered {
        let b = ProgressBar::new_spinner();
        b.set_style(
            ProgressStyle::with_template("{spinner} {pos} keys read, {rate}, {elapsed}")
                .ok()?
                .with_key("rate", rate),
        );
        b
    } else {
        let total = client.dbsize().await.ok()?;
        let b = ProgressBar::new(total);
        b.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} keys, {rate}, ETA {eta}")
                .ok()?
                .with_key("rate", rate),
        );
        b
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}

/// The progress bar's `{rate}`: whole keys a second.
fn rate(state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write) {
    let _ = write!(w, "{:.0} keys/s", state.per_sec());
}
