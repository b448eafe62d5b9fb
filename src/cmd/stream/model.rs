//! What the stream commands share: entry ids, pending entries and their fields, the pending
//! summary, groups and consumers; and how a pending entry looks in a JSON report.

use crate::client::reply::{PendingInfo, StreamEntry};
use crate::error::{Error, Result};
use crate::output::NamedBytes;
use crate::safety::PriorItem;
use serde::Serialize;
use std::fmt;

pub use crate::client::reply::{ConsumerInfo, GroupInfo, PendingSummary};

/// Field/value pairs of a stream entry, in stream order.
pub type Fields = Vec<(Vec<u8>, Vec<u8>)>;

/// A stream entry id, `<ms>-<seq>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct StreamId {
    pub ms: u64,
    pub seq: u64,
}

impl StreamId {
    /// Parses an id as an operator types it: `1700000000000-0`, or `1700000000000` (seq 0).
    pub fn parse(s: &str) -> std::result::Result<StreamId, String> {
        let t = s.trim();
        let (ms, seq) = match t.split_once('-') {
            Some((a, b)) => (a, b),
            None => (t, "0"),
        };
        let num = |x: &str| {
            if x.is_empty() || !x.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                x.parse::<u64>().ok()
            }
        };
        match (num(ms), num(seq)) {
            (Some(ms), Some(seq)) => Ok(StreamId { ms, seq }),
            _ => Err(format!(
                "'{s}' is not a stream entry id (expected <milliseconds>-<sequence>, e.g. 1700000000000-0)"
            )),
        }
    }
}

impl fmt::Display for StreamId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.ms, self.seq)
    }
}

/// Validates the ids the operator gave: exit 2 naming the first bad one. Duplicates are dropped.
pub fn parse_ids(ids: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(ids.len());
    for s in ids {
        let id = StreamId::parse(s).map_err(Error::usage)?.to_string();
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

/// An entry's fields as read with `XRANGE id id`.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// Not asked for.
    NotRead,
    /// Still pending, but deleted from the stream (XDEL, MAXLEN trimming).
    Deleted,
    Fields(Fields),
}

impl Payload {
    /// The payload of an entry from its `XRANGE id id` entries: `Deleted` when there are none.
    pub fn of_range(entries: Vec<StreamEntry>) -> Payload {
        match entries.into_iter().next() {
            Some(e) => Payload::Fields(e.fields),
            None => Payload::Deleted,
        }
    }

    fn fields(&self) -> Option<Fields> {
        match self {
            Payload::Fields(f) => Some(f.clone()),
            _ => None,
        }
    }
}

/// One entry delivered to a consumer and not acknowledged (`XPENDING` extended form).
#[derive(Debug, Clone, PartialEq)]
pub struct PendingEntry {
    pub id: String,
    pub consumer: Vec<u8>,
    pub idle_ms: u64,
    pub deliveries: u64,
    pub payload: Payload,
}

impl From<PendingInfo> for PendingEntry {
    /// An entry of the extended `XPENDING` reply, its fields not read.
    fn from(p: PendingInfo) -> Self {
        PendingEntry {
            id: p.id,
            consumer: p.consumer,
            idle_ms: p.idle_ms,
            deliveries: p.deliveries,
            payload: Payload::NotRead,
        }
    }
}

impl PendingEntry {
    /// The entry as JSON reports show it.
    pub fn report(&self) -> EntryReport {
        EntryReport {
            id: self.id.clone(),
            consumer: NamedBytes::new("consumer", self.consumer.clone()),
            idle_ms: self.idle_ms,
            deliveries: self.deliveries,
            payload: match &self.payload {
                Payload::NotRead => None,
                Payload::Deleted => Some(PayloadReport {
                    deleted: true,
                    fields: None,
                }),
                Payload::Fields(f) => Some(PayloadReport {
                    deleted: false,
                    fields: Some(f.iter().map(FieldReport::new).collect()),
                }),
            },
        }
    }

    /// What the audit line keeps of the entry, so that `audit restore` can put it back.
    pub fn prior(&self, stream: &[u8], group: &[u8], stream_ttl_ms: Option<i64>) -> PriorItem {
        PriorItem::StreamEntry {
            stream: stream.to_vec(),
            id: self.id.clone(),
            fields: self.payload.fields(),
            group: group.to_vec(),
            consumer: self.consumer.clone(),
            deliveries: self.deliveries,
            stream_ttl_ms,
        }
    }
}

/// A pending entry in a JSON report: `id`, `consumer`, `idle_ms`, `deliveries`, and, when its
/// fields were read, `deleted` and `fields`.
#[derive(Debug, Serialize)]
pub struct EntryReport {
    pub id: String,
    #[serde(flatten)]
    pub consumer: NamedBytes,
    pub idle_ms: u64,
    pub deliveries: u64,
    /// Absent when the fields were not asked for.
    #[serde(flatten)]
    pub payload: Option<PayloadReport>,
}

/// An entry's fields: `deleted: true, fields: null` when it was deleted from the stream while
/// pending.
#[derive(Debug, Serialize)]
pub struct PayloadReport {
    pub deleted: bool,
    pub fields: Option<Vec<FieldReport>>,
}

/// One field of an entry, `{field, value}` (lossless: repeated names and binary kept).
#[derive(Debug, Serialize)]
pub struct FieldReport {
    #[serde(flatten)]
    pub field: NamedBytes,
    #[serde(flatten)]
    pub value: NamedBytes,
}

impl FieldReport {
    fn new((k, v): &(Vec<u8>, Vec<u8>)) -> Self {
        FieldReport {
            field: NamedBytes::new("field", k.clone()),
            value: NamedBytes::new("value", v.clone()),
        }
    }
}

/// How `stream groups` judges a consumer (what `XINFO CONSUMERS` reports is in
/// [`crate::client::reply`]).
impl ConsumerInfo {
    /// Stuck (shown as dead): it holds pending entries and one of them has waited longer than
    /// the threshold, or the consumer itself has been idle or inactive that long. A consumer
    /// that keeps polling (its own idle time small) while its entries rot is stuck too.
    pub fn is_dead(&self, dead_after_ms: u64) -> bool {
        self.pending > 0
            && (self.idle_ms > dead_after_ms
                || self.inactive_ms.is_some_and(|i| i > dead_after_ms)
                || self.stuck_entry_idle_ms.is_some_and(|i| i > dead_after_ms))
    }

    /// Whether its pending entries still need a look (`XPENDING ... IDLE`) to tell.
    pub fn needs_entry_check(&self, dead_after_ms: u64) -> bool {
        self.pending > 0 && !self.is_dead(dead_after_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::put_bytes;
    use serde_json::{Map, Value, json};

    #[test]
    fn stream_ids_are_validated_and_normalised() {
        assert_eq!(StreamId::parse("1700-3"), Ok(StreamId { ms: 1700, seq: 3 }));
        assert_eq!(
            StreamId::parse("1700").map(|i| i.to_string()),
            Ok("1700-0".into())
        );
        for bad in ["", "-", "1-", "-1", "a-1", "1-2-3", "+", "(1-0", "1.5-0"] {
            assert!(StreamId::parse(bad).is_err(), "{bad}");
        }
        let e = parse_ids(&["1-0".into(), "nope".into()]).expect_err("bad id");
        assert!(e.message.contains("'nope'"), "{}", e.message);
        assert_eq!(
            parse_ids(&["1-0".into(), "1".into(), "2-1".into()]).expect("ids"),
            ["1-0", "2-1"]
        );
        assert!(StreamId { ms: 2, seq: 0 } > StreamId { ms: 1, seq: 9 });
    }

    #[test]
    fn entry_fields_or_deleted() {
        assert_eq!(Payload::of_range(Vec::new()), Payload::Deleted);
        let fields = vec![(b"payload".to_vec(), b"{}".to_vec())];
        let e = StreamEntry {
            id: "1-0".into(),
            fields: fields.clone(),
        };
        assert_eq!(Payload::of_range(vec![e]), Payload::Fields(fields));
    }

    #[test]
    fn a_consumer_is_dead_only_when_idle_and_holding_entries() {
        let c = |pending, idle_ms| ConsumerInfo {
            name: b"w".to_vec(),
            pending,
            idle_ms,
            inactive_ms: None,
            stuck_entry_idle_ms: None,
        };
        assert!(c(40, 3_600_000).is_dead(300_000));
        assert!(!c(0, 3_600_000).is_dead(300_000));
        assert!(!c(40, 1_000).is_dead(300_000));
        // Polling every second while holding an entry idle for 1 h 50 m: stuck.
        let polling = ConsumerInfo {
            stuck_entry_idle_ms: Some(6_600_000),
            ..c(40, 905)
        };
        assert!(polling.is_dead(300_000));
        assert!(!polling.needs_entry_check(300_000));
        assert!(c(40, 905).needs_entry_check(300_000));
        // Seen a second ago, but no successful read for an hour (Redis 7.2+): stuck.
        let inactive = ConsumerInfo {
            inactive_ms: Some(3_600_000),
            ..c(40, 905)
        };
        assert!(inactive.is_dead(300_000));
        assert!(
            !ConsumerInfo {
                inactive_ms: Some(3_600_000),
                ..c(0, 905)
            }
            .is_dead(300_000)
        );
    }

    /// The JSON an entry had when it was assembled field by field (`put_bytes`), for each
    /// payload state: the typed report must give exactly these bytes.
    fn entry_by_hand(e: &PendingEntry) -> Value {
        let mut m = Map::new();
        m.insert("id".into(), json!(e.id));
        put_bytes(&mut m, "consumer", &e.consumer);
        m.insert("idle_ms".into(), json!(e.idle_ms));
        m.insert("deliveries".into(), json!(e.deliveries));
        match &e.payload {
            Payload::NotRead => {}
            Payload::Deleted => {
                m.insert("deleted".into(), json!(true));
                m.insert("fields".into(), Value::Null);
            }
            Payload::Fields(f) => {
                m.insert("deleted".into(), json!(false));
                let fs: Vec<Value> = f
                    .iter()
                    .map(|(k, v)| {
                        let mut p = Map::new();
                        put_bytes(&mut p, "field", k);
                        put_bytes(&mut p, "value", v);
                        Value::Object(p)
                    })
                    .collect();
                m.insert("fields".into(), Value::Array(fs));
            }
        }
        Value::Object(m)
    }

    #[test]
    fn entry_reports_serialize_as_the_hand_built_json_did() {
        for consumer in [b"worker-1".to_vec(), vec![b'w', 0xff]] {
            for payload in [
                Payload::NotRead,
                Payload::Deleted,
                Payload::Fields(vec![
                    (b"payload".to_vec(), b"{}".to_vec()),
                    (vec![0xfe], b"x\\y".to_vec()),
                    (b"payload".to_vec(), vec![0x80]),
                ]),
            ] {
                let e = PendingEntry {
                    id: "1-0".into(),
                    consumer: consumer.clone(),
                    idle_ms: 5,
                    deliveries: 2,
                    payload,
                };
                let typed = crate::output::to_json(&e.report()).expect("json");
                assert_eq!(
                    serde_json::to_string(&typed).expect("text"),
                    serde_json::to_string(&entry_by_hand(&e)).expect("text")
                );
            }
        }
    }
}
