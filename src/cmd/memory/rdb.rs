//! `memory bigkeys --rdb FILE` and `--rdb-sync`: the bigkeys report from RDB snapshots, with no
//! command per key. Each key of the snapshot (see `crate::rdb`) becomes the same `KeyInfo` a
//! live scan produces and goes into the same `MemoryTally`, so both reports are built, rendered
//! and serialised by one type (`report::BigkeysReport`), which carries each snapshot's
//! [`super::snapshot::SnapshotReport`].

use super::bigkeys::BigkeysArgs;
use super::report::{BigkeysReport, ReportParts};
use super::snapshot::{Filter, Snapshot, analyse};
use super::tally::{MAX_TRACKED_GROUPS, MemoryTally};
use crate::client::walk::{Coverage, ScanNodes, pick_replicas};
use crate::context::Ctx;
use crate::error::{Error, ExitCode, Result};
use crate::output::show_bytes;
use crate::rdb::RdbError;
use crate::rdb::replica::{self, SyncTarget};
use redis::{ConnectionAddr, IntoConnectionInfo};
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// `memory bigkeys --rdb FILE` (a backup, or `-`) or `--rdb-sync` (a snapshot streamed from
/// each scanned server): every snapshot read into one tally, then the bigkeys report.
pub async fn run(args: BigkeysArgs, ctx: &Ctx) -> Result<()> {
    if let Some(p) = &args.pattern {
        crate::keyspace::check_glob(p).map_err(|e| Error::usage(format!("--pattern: {e}")))?;
    }
    let started = Instant::now();
    let filter = Filter {
        pattern: args.pattern.as_ref().map(|p| p.clone().into_bytes()),
        kind: args.key_type.clone(),
    };
    let stop: Arc<AtomicBool> = ctx.interrupted.clone();
    let mut tally = MemoryTally::new(args.top, MAX_TRACKED_GROUPS);
    let mut snaps = Vec::new();
    // --replicas with --rdb-sync: the replicas the snapshots come from, and the primaries
    // without one (missed: never forked in their replica's place).
    let mut replicas_picked: Option<ScanNodes> = None;
    if let Some(path) = &args.rdb {
        let label = path.display().to_string();
        let input: Box<dyn Read + Send> = if label == "-" {
            Box::new(std::io::stdin())
        } else {
            Box::new(std::fs::File::open(path).map_err(|e| {
                Error::usage(format!("--rdb {label}: {e}"))
                    .hint("give the path of an RDB file (dump.rdb), or - to read standard input")
            })?)
        };
        let snap = Snapshot {
            source: if label == "-" { "stdin".into() } else { label },
            ..Snapshot::default()
        };
        let f = filter.clone();
        let s = stop.clone();
        // `--cluster` says the file comes from a cluster node (it changes Redis 7.0/7.2's
        // per-key overhead; the file itself does not say).
        let cluster = ctx.settings.connect.cluster == Some(true);
        let (t, snap) = tokio::task::spawn_blocking(move || {
            let snap = analyse(input, cluster, snap, &f, &mut tally, &s);
            (tally, snap)
        })
        .await
        .map_err(|e| Error::internal(format!("the snapshot reader stopped: {e}")))?;
        tally = t;
        snaps.push(snap);
    } else {
        let (targets, cluster, picked) = sync_targets(&args, ctx).await?;
        replicas_picked = picked;
        for target in targets {
            let f = filter.clone();
            let s = stop.clone();
            let addr = target.addr.clone();
            let (t, snap) = tokio::task::spawn_blocking(move || {
                let mut snap = Snapshot {
                    source: addr.clone(),
                    ..Snapshot::default()
                };
                match replica::open(&target) {
                    Ok(stream) => {
                        snap.framing = Some(stream.framing.clone());
                        let snap = analyse(stream.reader, cluster, snap, &f, &mut tally, &s);
                        Ok((tally, snap))
                    }
                    Err(e) => Err(e),
                }
            })
            .await
            .map_err(|e| Error::internal(format!("the snapshot reader stopped: {e}")))?
            .map_err(|e| {
                if e.refused {
                    Error::refused(format!("asking for a snapshot: {}", e.message)).hint(
                        "the ACL user needs the SYNC permission (+sync); or read a backup with --rdb FILE",
                    )
                } else {
                    Error::connection(format!("streaming the snapshot: {}", e.message))
                }
            })?;
            tally = t;
            let stop_now = snap.error.is_some() || snap.interrupted;
            snaps.push(snap);
            if stop_now {
                break;
            }
        }
    }

    let interrupted = snaps.iter().any(|s| s.interrupted);
    let failed = snaps.iter().find_map(|s| s.error.as_ref().map(|e| (s, e)));
    if let Some((s, e)) = failed
        && !ctx.settings.allow_partial
    {
        return Err(snapshot_error(s, e));
    }
    let mut coverage = Coverage {
        interrupted,
        missed: failed
            .iter()
            .map(|(s, e)| snapshot_error(s, e).message)
            .collect(),
        replicas: None,
    };
    if let Some(p) = replicas_picked {
        coverage.missed.extend(p.missed);
        coverage.replicas = Some(p.replicas);
    }
    let report = BigkeysReport::new(ReportParts {
        tally: &tally,
        scanned: snaps.iter().map(|s| s.records).sum(),
        vanished: 0,
        coverage: &coverage,
        elapsed: started.elapsed(),
        read_from: snaps.iter().map(|s| s.source.clone()).collect(),
        groups: args.groups,
        snapshots: snaps.iter().map(Snapshot::report).collect(),
        elements_unknown: false,
    });
    ctx.out.emit(&report)?;
    if let Some((s, e)) = failed {
        ctx.out.warn(&format!(
            "{} (--allow-partial: the report above covers what was read before it, marked partial)",
            snapshot_error(s, e).message
        ));
    }
    if interrupted {
        ctx.out
            .warn("interrupted: the report above covers only the keys read so far (partial)");
        return Err(Error::interrupted());
    }
    if coverage.replicas.is_some() {
        // --replicas: primaries without a replica were not read (exit 3 unless
        // --allow-partial); the replicas' lag after the report. (A failed snapshot was
        // accepted above with --allow-partial.)
        return Coverage {
            missed: coverage.missed[usize::from(failed.is_some())..].to_vec(),
            ..coverage.clone()
        }
        .conclude(ctx);
    }
    Ok(())
}

/// Exit 6 naming the offset and the last key read.
fn snapshot_error(s: &Snapshot, e: &RdbError) -> Error {
    let last = match &e.last_key {
        Some(k) => format!("the last key read was {}", show_bytes(k)),
        None => "no key was read before it".to_owned(),
    };
    let what = if e.truncated {
        "is truncated"
    } else {
        "cannot be read"
    };
    let mut err = Error::new(
        ExitCode::Data,
        format!(
            "the snapshot {} {what}: {} at byte {}; {last}",
            s.source, e.message, e.offset
        ),
    );
    if e.message.contains("not supported") {
        err = err.hint("analyse it live with `redops memory bigkeys`, or with a newer redops");
    } else {
        err = err.hint("--allow-partial prints the report of the keys read before this point");
    }
    err
}

/// The servers to ask for a snapshot (each primary, or a replica of each with --replicas),
/// after checking that a fork will not starve them of memory.
async fn sync_targets(
    args: &BigkeysArgs,
    ctx: &Ctx,
) -> Result<(Vec<SyncTarget>, bool, Option<ScanNodes>)> {
    let opts = &ctx.settings.connect;
    let info = opts
        .url
        .as_str()
        .into_connection_info()
        .map_err(|e| Error::usage(format!("the URL does not parse: {e}")))?;
    let unix = match info.addr() {
        ConnectionAddr::TcpTls { .. } => {
            return Err(Error::usage(
                "--rdb-sync does not speak TLS yet: the snapshot would have to cross the network in clear",
            )
            .hint("take the snapshot on the server (`redis-cli --tls ... --rdb FILE`) and read it with --rdb FILE"));
        }
        ConnectionAddr::Unix(_) => true,
        _ => false,
    };
    let settings = info.redis_settings();
    let password = settings
        .password()
        .map(str::to_owned)
        .or_else(|| opts.password.clone());
    let username = settings.username().map(str::to_owned);

    let client = ctx.connect().await?;
    let picked = if args.scan.replicas {
        Some(pick_replicas(ctx, &client).await)
    } else {
        None
    };
    let nodes: Vec<crate::client::Node> = match &picked {
        Some(p) => p.nodes.clone(),
        None => client.nodes().to_vec(),
    };
    let info_cmd = [redis::cmd("INFO").arg("memory").clone()];
    let mut risks = Vec::new();
    for n in &nodes {
        let what = format!("reading INFO memory of {}", n.addr);
        let replies = client.batch_on(n, &info_cmd, &what).await?;
        let text = match replies.into_iter().next() {
            Some(Ok(v)) => redis::from_redis_value_ref::<String>(&v).unwrap_or_default(),
            Some(Err(e)) => return Err(Error::redis(e, &what)),
            None => String::new(),
        };
        if let Some(r) = replica::fork_risk(&n.addr, &text) {
            risks.push(r);
        }
    }
    if !risks.is_empty() {
        if ctx.settings.yes {
            for r in &risks {
                ctx.out.warn(&format!("{r} (going ahead: --yes)"));
            }
        } else {
            let mut e = Error::refused(format!("not asking for a snapshot: {}", risks.join("; ")))
                .hint("pass --yes to take the snapshot anyway");
            if !args.scan.replicas {
                e = e.hint("--replicas takes it from a replica instead of the primary");
            }
            return Err(e.hint("or analyse a backup with --rdb FILE"));
        }
    }
    let read_timeout = opts.timeout.max(Duration::from_secs(60));
    let targets = nodes
        .iter()
        .map(|n| SyncTarget {
            addr: n.addr.clone(),
            unix,
            username: username.clone(),
            password: password.clone(),
            connect_timeout: opts.connect_timeout,
            read_timeout,
        })
        .collect();
    Ok((targets, client.is_cluster(), picked))
}
