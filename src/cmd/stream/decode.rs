//! The replies the stream commands read: XINFO GROUPS / CONSUMERS, XPENDING (summary and
//! extended form), XRANGE of one entry, and the scripts' (id, outcome, detail) triples.

use super::model::{ConsumerInfo, GroupInfo, Payload, PendingEntry, PendingSummary};
use crate::client::{reply_bytes, reply_int};
use crate::error::{Error, Result};
use redis::Value;

pub fn v_bytes(v: &Value) -> Option<Vec<u8>> {
    reply_bytes(&Ok(v.clone()))
}

pub fn v_int(v: &Value) -> Option<i64> {
    reply_int(&Ok(v.clone()))
}

pub fn v_str(v: &Value) -> Option<String> {
    v_bytes(v).map(|b| String::from_utf8_lossy(&b).into_owned())
}

pub fn v_items(v: &Value) -> &[Value] {
    match v {
        Value::Array(a) | Value::Set(a) => a,
        _ => &[],
    }
}

/// A flat `[name, value, name, value, ...]` reply (RESP2) or a map (RESP3) as pairs.
fn v_pairs(v: &Value) -> Vec<(String, Value)> {
    match v {
        Value::Map(m) => m
            .iter()
            .filter_map(|(k, v)| Some((v_str(k)?, v.clone())))
            .collect(),
        _ => v_items(v)
            .chunks(2)
            .filter_map(|c| Some((v_str(c.first()?)?, c.get(1)?.clone())))
            .collect(),
    }
}

fn field<'a>(pairs: &'a [(String, Value)], name: &str) -> Option<&'a Value> {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

fn unexpected(what: &str) -> Error {
    Error::data(format!("unexpected reply to {what}"))
}

pub fn parse_groups(v: &Value) -> Result<Vec<GroupInfo>> {
    v_items(v)
        .iter()
        .map(|g| {
            let p = v_pairs(g);
            let name = field(&p, "name")
                .and_then(v_bytes)
                .ok_or_else(|| unexpected("XINFO GROUPS"))?;
            let int = |n: &str| field(&p, n).and_then(v_int);
            Ok(GroupInfo {
                name,
                consumers: int("consumers").unwrap_or(0).max(0) as u64,
                pending: int("pending").unwrap_or(0).max(0) as u64,
                last_delivered_id: field(&p, "last-delivered-id")
                    .and_then(v_str)
                    .unwrap_or_default(),
                entries_read: int("entries-read"),
                lag: int("lag"),
            })
        })
        .collect()
}

pub fn parse_consumers(v: &Value) -> Vec<ConsumerInfo> {
    v_items(v)
        .iter()
        .filter_map(|c| {
            let p = v_pairs(c);
            Some(ConsumerInfo {
                name: field(&p, "name").and_then(v_bytes)?,
                pending: field(&p, "pending").and_then(v_int).unwrap_or(0).max(0) as u64,
                idle_ms: field(&p, "idle").and_then(v_int).unwrap_or(0).max(0) as u64,
                // -1 when it never read successfully.
                inactive_ms: field(&p, "inactive")
                    .and_then(v_int)
                    .filter(|i| *i >= 0)
                    .map(|i| i as u64),
                stuck_entry_idle_ms: None,
            })
        })
        .collect()
}

pub fn parse_summary(v: &Value) -> Result<PendingSummary> {
    let items = v_items(v);
    let count = items
        .first()
        .and_then(v_int)
        .ok_or_else(|| unexpected("XPENDING"))?;
    let consumers = items
        .get(3)
        .map(v_items)
        .unwrap_or(&[])
        .iter()
        .filter_map(|c| {
            let pair = v_items(c);
            Some((
                v_bytes(pair.first()?)?,
                pair.get(1).and_then(v_int).unwrap_or(0).max(0) as u64,
            ))
        })
        .collect();
    Ok(PendingSummary {
        count: count.max(0) as u64,
        min_id: items.get(1).and_then(v_str),
        max_id: items.get(2).and_then(v_str),
        consumers,
    })
}

/// The extended `XPENDING` reply: `[[id, consumer, idle_ms, deliveries], ...]`.
pub fn parse_pending_entries(v: &Value) -> Result<Vec<PendingEntry>> {
    v_items(v)
        .iter()
        .map(|e| {
            let e = v_items(e);
            let bad = || unexpected("XPENDING (extended form)");
            Ok(PendingEntry {
                id: e.first().and_then(v_str).ok_or_else(bad)?,
                consumer: e.get(1).and_then(v_bytes).ok_or_else(bad)?,
                idle_ms: e.get(2).and_then(v_int).ok_or_else(bad)?.max(0) as u64,
                deliveries: e.get(3).and_then(v_int).ok_or_else(bad)?.max(0) as u64,
                payload: Payload::NotRead,
            })
        })
        .collect()
}

/// The idle time of the first entry of an extended `XPENDING` reply
/// (`[[id, consumer, idle_ms, deliveries]]`), `None` when it is empty (`[]`).
pub fn first_entry_idle_ms(v: &Value) -> Option<i64> {
    let first = v_items(v).first()?.clone();
    v_items(&first).get(2).and_then(v_int)
}

/// An `XRANGE id id` reply: the entry's fields, or `Deleted` when the range is empty.
pub fn parse_entry_fields(v: &Value) -> Payload {
    let Some(entry) = v_items(v).first() else {
        return Payload::Deleted;
    };
    let kv = v_items(entry).get(1).map(v_items).unwrap_or(&[]);
    Payload::Fields(
        kv.chunks(2)
            .filter_map(|c| Some((v_bytes(c.first()?)?, v_bytes(c.get(1)?)?)))
            .collect(),
    )
}

/// A script's flat reply of (id, outcome, detail) triples.
pub fn script_triples(v: &Value, script: &str) -> Result<Vec<(String, String, String)>> {
    let items = v_items(v);
    if !items.len().is_multiple_of(3) {
        return Err(Error::internal(format!(
            "unexpected reply from the {script} script"
        )));
    }
    Ok(items
        .chunks(3)
        .map(|t| {
            let s = |i: usize| t.get(i).and_then(v_str).unwrap_or_default();
            (s(0), s(1), s(2))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(s: &str) -> Value {
        Value::BulkString(s.as_bytes().to_vec())
    }

    #[test]
    fn groups_parse_with_unknown_lag() {
        let v = Value::Array(vec![Value::Array(vec![
            bulk("name"),
            bulk("workers"),
            bulk("consumers"),
            Value::Int(2),
            bulk("pending"),
            Value::Int(40),
            bulk("last-delivered-id"),
            bulk("5-0"),
            bulk("entries-read"),
            Value::Nil,
            bulk("lag"),
            Value::Nil,
        ])]);
        let g = parse_groups(&v).expect("groups");
        assert_eq!(g[0].name, b"workers");
        assert_eq!((g[0].consumers, g[0].pending), (2, 40));
        assert_eq!((g[0].entries_read, g[0].lag), (None, None));
    }

    #[test]
    fn consumers_parse_with_and_without_inactive() {
        let v = Value::Array(vec![
            Value::Array(vec![
                bulk("name"),
                bulk("worker-dead"),
                bulk("pending"),
                Value::Int(40),
                bulk("idle"),
                Value::Int(905),
                bulk("inactive"),
                Value::Int(6_600_000),
            ]),
            Value::Array(vec![
                bulk("name"),
                bulk("worker-new"),
                bulk("pending"),
                Value::Int(0),
                bulk("idle"),
                Value::Int(10),
                bulk("inactive"),
                Value::Int(-1),
            ]),
            // Redis < 7.2: no inactive field.
            Value::Array(vec![
                bulk("name"),
                bulk("worker-old"),
                bulk("pending"),
                Value::Int(1),
                bulk("idle"),
                Value::Int(10),
            ]),
        ]);
        let c = parse_consumers(&v);
        assert_eq!(c[0].inactive_ms, Some(6_600_000));
        assert!(c[0].is_dead(300_000), "polls but has not read for 1 h 50 m");
        assert_eq!(c[1].inactive_ms, None, "-1: never read");
        assert_eq!(c[2].inactive_ms, None);
        assert!(!c[2].is_dead(300_000));
    }

    #[test]
    fn pending_summary_and_entries_parse() {
        let v = Value::Array(vec![
            Value::Int(3),
            bulk("1-0"),
            bulk("3-0"),
            Value::Array(vec![Value::Array(vec![bulk("w1"), bulk("3")])]),
        ]);
        let s = parse_summary(&v).expect("summary");
        assert_eq!(s.count, 3);
        assert_eq!(s.min_id.as_deref(), Some("1-0"));
        assert_eq!(s.consumers, vec![(b"w1".to_vec(), 3)]);
        let empty = parse_summary(&Value::Array(vec![
            Value::Int(0),
            Value::Nil,
            Value::Nil,
            Value::Nil,
        ]))
        .expect("empty");
        assert_eq!(empty.min_id, None);
        let e = parse_pending_entries(&Value::Array(vec![Value::Array(vec![
            bulk("1-0"),
            bulk("w1"),
            Value::Int(500),
            Value::Int(2),
        ])]))
        .expect("entries");
        assert_eq!(e[0].deliveries, 2);
        assert!(
            parse_pending_entries(&Value::Array(vec![Value::Array(vec![bulk("1-0")])])).is_err()
        );
    }

    #[test]
    fn entry_fields_or_deleted() {
        assert_eq!(parse_entry_fields(&Value::Array(vec![])), Payload::Deleted);
        let v = Value::Array(vec![Value::Array(vec![
            bulk("1-0"),
            Value::Array(vec![
                bulk("payload"),
                bulk("{}"),
                bulk("dispatched_at"),
                bulk("17"),
            ]),
        ])]);
        assert_eq!(
            parse_entry_fields(&v),
            Payload::Fields(vec![
                (b"payload".to_vec(), b"{}".to_vec()),
                (b"dispatched_at".to_vec(), b"17".to_vec())
            ])
        );
    }
}
