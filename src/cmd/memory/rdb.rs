//! `memory bigkeys --rdb FILE` and `--rdb-sync`: the bigkeys report from RDB snapshots, with no
//! command per key. Each key of the snapshot (see `crate::rdb`) becomes the same `KeyInfo` a
//! live scan produces and goes into the same `MemoryTally`, so both reports are built, rendered
//! and serialised by one type (`report::BigkeysReport`), which carries each snapshot's
//! [`SnapshotReport`].

use super::bigkeys::BigkeysArgs;
use super::read::KeyInfo;
use super::report::{BigkeysReport, ReportParts};
use super::tally::{MAX_TRACKED_GROUPS, MemoryTally};
use crate::client::reply::local_now_ms;
use crate::client::walk::{Coverage, ScanNodes, pick_replicas};
use crate::context::Ctx;
use crate::error::{Error, ExitCode, Result};
use crate::output::{NamedBytes, human_bytes, show_bytes};
use crate::rdb::replica::{self, Framing, SyncTarget};
use crate::rdb::{RdbError, RdbReader};
use redis::{ConnectionAddr, IntoConnectionInfo};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Which keys count (`--pattern`, `--type`), as the live scan's MATCH and TYPE would.
#[derive(Clone)]
struct Filter {
    pattern: Option<Vec<u8>>,
    kind: Option<String>,
}

impl Filter {
    fn keeps(&self, key: &[u8], kind: &str) -> bool {
        self.pattern
            .as_deref()
            .is_none_or(|p| crate::cmd::check::glob_match(p, key))
            && self
                .kind
                .as_deref()
                .is_none_or(|k| k.eq_ignore_ascii_case(kind))
    }
}

/// What one snapshot said about itself while it was read.
#[derive(Default)]
struct Snapshot {
    source: String,
    framing: Option<Framing>,
    version: u32,
    written_by: Option<String>,
    estimated_for: String,
    snapshot_time: Option<i64>,
    bytes_read: u64,
    records: u64,
    counted: u64,
    expired: u64,
    serialized: BTreeMap<String, u64>,
    databases: BTreeMap<u64, u64>,
    fields_with_ttl: u64,
    stream_groups: u64,
    stream_pending: u64,
    stream_consumers: u64,
    module_values: u64,
    module_aux: u64,
    functions: u64,
    checksum_ok: Option<bool>,
    error: Option<RdbError>,
    interrupted: bool,
}

impl Snapshot {
    fn notes(&self) -> Vec<String> {
        let mut n = Vec::new();
        if self.expired > 0 {
            n.push(format!(
                "{} keys had expired when the snapshot was taken: not counted",
                self.expired
            ));
        }
        if self.module_values > 0 {
            n.push(format!(
                "{} module values: counted with their serialized size as bytes, 0 elements",
                self.module_values
            ));
        }
        if self.module_aux > 0 {
            n.push(format!("{} module aux records skipped", self.module_aux));
        }
        if self.functions > 0 {
            n.push(format!("{} function libraries skipped", self.functions));
        }
        if self.checksum_ok.is_none() && self.error.is_none() && !self.interrupted {
            n.push("the file has no checksum (rdbchecksum no): not verified".into());
        }
        n
    }

    /// What the report says about this snapshot (JSON `snapshots`; the table shows its line).
    fn report(&self) -> SnapshotReport {
        SnapshotReport {
            source: self.source.clone(),
            transfer: match self.framing {
                None => "file",
                Some(Framing::Diskless) => "sync-diskless",
                Some(Framing::Length(_)) => "sync-disk",
            },
            rdb_version: self.version,
            written_by: self.written_by.clone(),
            estimated_for: self.estimated_for.clone(),
            snapshot_time: self.snapshot_time,
            bytes_read: self.bytes_read,
            records: self.records,
            keys: self.counted,
            expired: self.expired,
            serialized_bytes: self.serialized.values().sum(),
            types: self
                .serialized
                .iter()
                .map(|(t, b)| SerializedType {
                    kind: t.clone(),
                    serialized_bytes: *b,
                })
                .collect(),
            databases: self
                .databases
                .iter()
                .map(|(db, keys)| DbKeys {
                    db: *db,
                    keys: *keys,
                })
                .collect(),
            hash_fields_with_ttl: self.fields_with_ttl,
            streams: StreamCounts {
                groups: self.stream_groups,
                pending: self.stream_pending,
                consumers: self.stream_consumers,
            },
            checksum: match self.checksum_ok {
                Some(true) => "ok",
                Some(false) => "mismatch",
                None => "not checked",
            },
            notes: self.notes(),
            error: self.error.as_ref().map(|e| SnapshotFailure {
                offset: e.offset,
                message: e.message.clone(),
                truncated: e.truncated,
                last_key: OptBytes {
                    name: "last_key",
                    bytes: e.last_key.clone(),
                },
            }),
            line: self.line(),
        }
    }

    fn line(&self) -> String {
        let mut s = format!(
            "snapshot {}: RDB {}{}, {} read, {} serialized",
            self.source,
            self.version,
            self.written_by
                .as_deref()
                .map(|w| format!(" written by {w}"))
                .unwrap_or_default(),
            human_bytes(self.bytes_read),
            human_bytes(self.serialized.values().sum()),
        );
        s.push_str(match self.checksum_ok {
            Some(true) => ", checksum ok",
            Some(false) => ", checksum MISMATCH",
            None => "",
        });
        s.push_str(&format!(
            "; bytes estimate MEMORY USAGE on {}",
            self.estimated_for
        ));
        for n in self.notes() {
            s.push_str("; ");
            s.push_str(&n);
        }
        s
    }
}

/// What one snapshot said about itself, in the bigkeys report (JSON: the fields in this order).
#[derive(Debug, Serialize)]
pub struct SnapshotReport {
    pub source: String,
    /// `file`, `sync-diskless` or `sync-disk`.
    pub transfer: &'static str,
    pub rdb_version: u32,
    pub written_by: Option<String>,
    pub estimated_for: String,
    pub snapshot_time: Option<i64>,
    pub bytes_read: u64,
    pub records: u64,
    pub keys: u64,
    pub expired: u64,
    pub serialized_bytes: u64,
    pub types: Vec<SerializedType>,
    pub databases: Vec<DbKeys>,
    pub hash_fields_with_ttl: u64,
    pub streams: StreamCounts,
    /// `ok`, `mismatch` or `not checked`.
    pub checksum: &'static str,
    pub notes: Vec<String>,
    /// Where the snapshot could not be read (null when it was read to the end).
    pub error: Option<SnapshotFailure>,
    /// The one-line summary the table shows.
    #[serde(skip)]
    pub line: String,
}

#[derive(Debug, Serialize)]
pub struct SerializedType {
    #[serde(rename = "type")]
    pub kind: String,
    pub serialized_bytes: u64,
}

#[derive(Debug, Serialize)]
pub struct DbKeys {
    pub db: u64,
    pub keys: u64,
}

#[derive(Debug, Serialize)]
pub struct StreamCounts {
    pub groups: u64,
    pub pending: u64,
    pub consumers: u64,
}

/// Where a snapshot could not be read.
#[derive(Debug, Serialize)]
pub struct SnapshotFailure {
    pub offset: u64,
    pub message: String,
    pub truncated: bool,
    #[serde(flatten)]
    pub last_key: OptBytes,
}

/// Bytes that may be unknown, flattened into a report: `name: null` when unknown, else as
/// [`NamedBytes`] (`name`, plus `name_hex` when not UTF-8).
#[derive(Debug)]
pub struct OptBytes {
    pub name: &'static str,
    pub bytes: Option<Vec<u8>>,
}

impl Serialize for OptBytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.bytes {
            Some(b) => NamedBytes::new(self.name, b.clone()).serialize(s),
            None => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry(self.name, &())?;
                m.end()
            }
        }
    }
}

/// Reads one snapshot into the tally, key by key. Stops at the first error (kept in the
/// result with its offset and last key), or when `stop` is set (Ctrl-C).
fn analyse(
    input: impl Read,
    cluster: bool,
    mut snap: Snapshot,
    filter: &Filter,
    tally: &mut MemoryTally,
    stop: &AtomicBool,
) -> Snapshot {
    let mut r = match RdbReader::new(input) {
        Ok(r) => r,
        Err(e) => {
            snap.error = Some(e);
            return snap;
        }
    };
    snap.version = r.version;
    r.set_cluster(cluster);
    let mut at_ms: Option<i64> = None;
    loop {
        if snap.records.is_multiple_of(4096) && stop.load(Ordering::Relaxed) {
            snap.interrupted = true;
            break;
        }
        let rec = match r.next_key() {
            Ok(Some(rec)) => rec,
            Ok(None) => break,
            Err(e) => {
                snap.error = Some(e);
                break;
            }
        };
        snap.records += 1;
        // TTLs are relative to when the snapshot was taken (its `ctime`), as PTTL was then.
        let at = *at_ms.get_or_insert_with(|| {
            r.aux_field("ctime")
                .and_then(|c| c.trim().parse::<i64>().ok())
                .map_or_else(local_now_ms, |s| s * 1000)
        });
        let ttl_ms = match rec.expire_at_ms {
            Some(e) if e <= at => {
                snap.expired += 1;
                continue;
            }
            Some(e) => Some(e - at),
            None => None,
        };
        if !filter.keeps(&rec.key, &rec.kind) {
            continue;
        }
        snap.counted += 1;
        *snap.databases.entry(rec.db).or_default() += 1;
        match snap.serialized.get_mut(&rec.kind) {
            Some(b) => *b += rec.serialized_bytes,
            None => {
                snap.serialized
                    .insert(rec.kind.clone(), rec.serialized_bytes);
            }
        }
        snap.fields_with_ttl += rec.fields_with_ttl;
        if let Some(s) = &rec.stream {
            snap.stream_groups += s.groups;
            snap.stream_pending += s.pending;
            snap.stream_consumers += s.consumers;
        }
        tally.add(KeyInfo {
            key: rec.key,
            kind: rec.kind,
            bytes: rec.memory_bytes,
            elements: rec.elements,
            ttl_ms,
            encoding: None,
            serialized_bytes: Some(rec.serialized_bytes),
        });
    }
    snap.snapshot_time = at_ms.map(|m| m / 1000).or_else(|| {
        r.aux_field("ctime")
            .and_then(|c| c.trim().parse::<i64>().ok())
    });
    snap.written_by = match (r.aux_field("valkey-ver"), r.aux_field("redis-ver")) {
        (Some(v), _) => Some(format!("valkey {v}")),
        (None, Some(v)) => Some(format!("redis {v}")),
        _ => None,
    };
    snap.estimated_for = r.estimated_for();
    snap.bytes_read = r.offset();
    snap.module_values = r.notes.module_values;
    snap.module_aux = r.notes.module_aux;
    snap.functions = r.notes.functions;
    snap.checksum_ok = r.notes.checksum_ok;
    snap
}

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
