//! One RDB snapshot read into the bigkeys tally (`memory bigkeys --rdb`/`--rdb-sync`): the
//! keys that count (`--pattern`, `--type`), what the snapshot says about itself, and its part of
//! the report ([`SnapshotReport`]).

use super::read::KeyInfo;
use super::tally::MemoryTally;
use crate::client::reply::local_now_ms;
use crate::output::{NamedOptBytes, human_bytes};
use crate::rdb::replica::Framing;
use crate::rdb::{RdbError, RdbReader};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};

/// Which keys count (`--pattern`, `--type`), as the live scan's MATCH and TYPE would.
#[derive(Clone)]
pub(super) struct Filter {
    pub pattern: Option<Vec<u8>>,
    pub kind: Option<String>,
}

impl Filter {
    fn keeps(&self, key: &[u8], kind: &str) -> bool {
        self.pattern
            .as_deref()
            .is_none_or(|p| crate::keyspace::glob_match(p, key))
            && self
                .kind
                .as_deref()
                .is_none_or(|k| k.eq_ignore_ascii_case(kind))
    }
}

/// What one snapshot said about itself while it was read.
#[derive(Default)]
pub(super) struct Snapshot {
    pub source: String,
    pub framing: Option<Framing>,
    pub version: u32,
    pub written_by: Option<String>,
    pub estimated_for: String,
    pub snapshot_time: Option<i64>,
    pub bytes_read: u64,
    pub records: u64,
    pub counted: u64,
    pub expired: u64,
    pub serialized: BTreeMap<String, u64>,
    pub databases: BTreeMap<u64, u64>,
    pub fields_with_ttl: u64,
    pub stream_groups: u64,
    pub stream_pending: u64,
    pub stream_consumers: u64,
    pub module_values: u64,
    pub module_aux: u64,
    pub functions: u64,
    pub checksum_ok: Option<bool>,
    pub error: Option<RdbError>,
    pub interrupted: bool,
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
    pub(super) fn report(&self) -> SnapshotReport {
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
                last_key: NamedOptBytes::new("last_key", e.last_key.clone()),
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
    pub last_key: NamedOptBytes,
}

/// Reads one snapshot into the tally, key by key. Stops at the first error (kept in the
/// result with its offset and last key), or when `stop` is set (Ctrl-C).
pub(super) fn analyse(
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
