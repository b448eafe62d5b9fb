//! Reply decoders: the one place that reads what Redis answered, in both protocol shapes
//! (RESP2 flat arrays, RESP3 maps/sets/doubles). A command never matches on `redis::Value`
//! itself: it asks for pairs, scored members, the server's clock, `XINFO` groups and
//! consumers, an `HSCAN` page or `INFO` fields here. A malformed reply is an error (or `None`
//! where the caller's rule is "skip it"), never a panic.
//!
//! Also here: the local clock ("now" on this machine), so that it is computed one way.

use super::Reply;
use crate::error::{Error, Result};
use redis::Value;
use std::time::Duration;

// ---------------------------------------------------------------------------------------------
// Single values
// ---------------------------------------------------------------------------------------------

/// Reads a reply as bytes (`None` for nil, an error, or an aggregate).
pub fn reply_bytes(r: &Reply) -> Option<Vec<u8>> {
    r.as_ref().ok().and_then(value_bytes)
}

/// Reads an integer reply (an integer, or a string that holds one).
pub fn reply_int(r: &Reply) -> Option<i64> {
    r.as_ref().ok().and_then(value_int)
}

/// A value as bytes: bulk and simple strings, `OK`, integers (as their decimal text).
pub fn value_bytes(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::BulkString(b) => Some(b.clone()),
        Value::SimpleString(s) => Some(s.clone().into_bytes()),
        Value::Okay => Some(b"OK".to_vec()),
        Value::Int(i) => Some(i.to_string().into_bytes()),
        _ => None,
    }
}

/// A value as an integer: an integer, or a bulk/simple string that parses as one.
pub fn value_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::BulkString(b) => std::str::from_utf8(b).ok()?.parse().ok(),
        Value::SimpleString(s) => s.parse().ok(),
        _ => None,
    }
}

/// A value as text ([`value_bytes`], invalid UTF-8 replaced).
pub fn value_str(v: &Value) -> Option<String> {
    value_bytes(v).map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// The elements of an array (RESP2/RESP3) or a set (RESP3); empty for anything else.
pub fn items(v: &Value) -> &[Value] {
    match v {
        Value::Array(a) | Value::Set(a) => a,
        _ => &[],
    }
}

/// A TTL reply (`PTTL`) as the contract's `ttl_ms`: `None` when the key has no expiry.
/// `-2` (key gone) is also `None`; callers that care check existence separately.
pub fn ttl_ms(pttl: i64) -> Option<i64> {
    if pttl < 0 { None } else { Some(pttl) }
}

/// Whether a reply is the server's `WRONGTYPE` error.
pub fn is_wrongtype(r: &Reply) -> bool {
    matches!(r, Err(e) if e.code() == Some("WRONGTYPE"))
}

/// Whether an error means the reply was lost (timeout, dropped connection, I/O).
pub(crate) fn is_lost(e: &redis::RedisError) -> bool {
    e.is_timeout() || e.is_connection_dropped() || e.is_io_error()
}

/// Whether a reply of [`super::Client::write_batch`] was lost: the write may or may not have
/// happened.
pub fn is_outcome_unknown(r: &Reply) -> bool {
    matches!(r, Err(e) if is_lost(e) || (e.is_cluster_error() && e.code().is_none()))
}

// ---------------------------------------------------------------------------------------------
// Pairs: a flat `[name, value, name, value, ...]` (RESP2) or a map (RESP3)
// ---------------------------------------------------------------------------------------------

/// Named fields of a reply (`XINFO`, `SENTINEL MASTER`, `CONFIG GET`): a flat array of
/// `name, value` (RESP2) or a map (RESP3). Names are read as text; a name that is not a
/// string, and a trailing name without a value, are left out. Anything else (nil, a set, a
/// string) has no fields.
pub fn fields(v: &Value) -> Vec<(String, Value)> {
    match v {
        Value::Map(m) => m
            .iter()
            .filter_map(|(k, v)| Some((value_str(k)?, v.clone())))
            .collect(),
        _ => items_of_array(v)
            .chunks(2)
            .filter_map(|c| Some((value_str(c.first()?)?, c.get(1)?.clone())))
            .collect(),
    }
}

/// The value of `name` in [`fields`].
pub fn field<'a>(pairs: &'a [(String, Value)], name: &str) -> Option<&'a Value> {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// Pairs of text (`CONFIG GET`, `SENTINEL MASTER`): names and values read as text (invalid
/// UTF-8 replaced); a pair whose name or value is not a string is left out, as is a trailing
/// name. Anything but an array or map (nil, an error) is no pairs.
pub fn string_pairs(v: &Value) -> Vec<(String, String)> {
    fields(v)
        .into_iter()
        .filter_map(|(k, v)| Some((k, value_str(&v)?)))
        .collect()
}

/// [`string_pairs`] of a reply (an error is no pairs): `CONFIG GET`.
pub fn config_pairs(r: &Reply) -> Vec<(String, String)> {
    r.as_ref().map(string_pairs).unwrap_or_default()
}

/// Pairs of bytes (a stream entry's fields), from a flat array or a map: a pair whose name or
/// value is not a string is left out, as is a trailing name.
pub fn byte_pairs(v: &Value) -> Vec<(Vec<u8>, Vec<u8>)> {
    let pair = |k: &Value, v: &Value| Some((value_bytes(k)?, value_bytes(v)?));
    match v {
        Value::Map(m) => m.iter().filter_map(|(k, v)| pair(k, v)).collect(),
        _ => items_of_array(v)
            .chunks(2)
            .filter_map(|c| pair(c.first()?, c.get(1)?))
            .collect(),
    }
}

/// Field/value pairs of an `HGETALL` reply (RESP2 flat array or RESP3 map), strictly: `None`
/// when a field or value is not a bulk/simple string or the array has an odd length (the
/// reply is then not a hash's); nil is no pairs. Takes the reply by value: a big hash is not
/// copied.
pub fn hash_pairs(v: Value) -> Option<Vec<(Vec<u8>, Vec<u8>)>> {
    let bytes = |v: Value| match v {
        Value::BulkString(b) => Some(b),
        Value::SimpleString(s) => Some(s.into_bytes()),
        _ => None,
    };
    match v {
        Value::Array(items) => {
            if items.len() % 2 != 0 {
                return None;
            }
            let mut out = Vec::with_capacity(items.len() / 2);
            let mut it = items.into_iter();
            while let (Some(f), Some(v)) = (it.next(), it.next()) {
                out.push((bytes(f)?, bytes(v)?));
            }
            Some(out)
        }
        Value::Map(pairs) => pairs
            .into_iter()
            .map(|(f, v)| Some((bytes(f)?, bytes(v)?)))
            .collect(),
        Value::Nil => Some(Vec::new()),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// HSCAN pages
// ---------------------------------------------------------------------------------------------

/// One page of an `HSCAN` (or of a script that returns `{cursor, items, ttls}`).
#[derive(Debug, Clone, PartialEq)]
pub struct HashPage {
    /// The cursor to send next; `b"0"` after the last page.
    pub cursor: Vec<u8>,
    /// Flat `field, value, field, value, ...` items (a RESP3 map is flattened).
    pub items: Vec<Value>,
    /// The fields' own TTLs (`HPTTL` answers) when the page came with them: `None` for a
    /// field without one; empty for a plain `HSCAN`.
    pub ttls: Vec<Option<i64>>,
}

impl HashPage {
    /// The page's fields in order, each as `(field, value, its own TTL)`: a pair whose field or
    /// value is not a bulk string is left out (with its TTL), as is a trailing field.
    pub fn entries(self) -> impl Iterator<Item = (Vec<u8>, Vec<u8>, Option<i64>)> {
        let mut items = self.items.into_iter();
        let mut ttls = self.ttls.into_iter();
        std::iter::from_fn(move || {
            loop {
                let (field, value) = (items.next()?, items.next()?);
                let ttl = ttls.next().flatten();
                if let (Value::BulkString(f), Value::BulkString(v)) = (field, value) {
                    return Some((f, v, ttl));
                }
            }
        })
    }
}

/// Reads an `HSCAN` page: `[cursor, items]`, or `[cursor, items, ttls]` from a script that
/// adds the fields' `HPTTL`. `None` for any other shape.
pub fn hscan_page(v: Value) -> Option<HashPage> {
    let Value::Array(mut parts) = v else {
        return None;
    };
    let ttls = match parts.len() {
        2 => Vec::new(),
        3 => match parts.pop()? {
            Value::Array(t) => t.iter().map(|x| ttl_ms(value_int(x)?)).collect(),
            _ => return None,
        },
        _ => return None,
    };
    let items = match parts.pop()? {
        Value::Array(items) => items,
        Value::Map(pairs) => pairs.into_iter().flat_map(|(f, v)| [f, v]).collect(),
        _ => return None,
    };
    let cursor = match parts.pop()? {
        Value::BulkString(b) => b,
        Value::SimpleString(s) => s.into_bytes(),
        Value::Int(i) => i.to_string().into_bytes(),
        _ => return None,
    };
    Some(HashPage {
        cursor,
        items,
        ttls,
    })
}

// ---------------------------------------------------------------------------------------------
// Scored members (`WITHSCORES`)
// ---------------------------------------------------------------------------------------------

/// A sorted-set member with its score: the text Redis printed (kept whole, for the audit log
/// and for scores a JSON number cannot carry) and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub member: Vec<u8>,
    /// The score as Redis wrote it (`1.5`, `1e+20`, `inf`, `-inf`); a RESP3 double is written
    /// as Rust prints it (`inf`, `-inf`, `NaN`, shortest round-trip digits).
    pub score_text: String,
    /// The parsed score. `inf`/`-inf` are kept; so is NaN (a caller that cannot use it rejects
    /// it); a huge score keeps its exact text in `score_text`.
    pub score: f64,
}

/// A score value: a RESP3 double, an integer, or the text of a RESP2 bulk/simple string.
fn score_of(v: &Value) -> Option<(String, f64)> {
    match v {
        Value::Double(d) => Some((format!("{d}"), *d)),
        Value::Int(i) => Some((i.to_string(), *i as f64)),
        Value::BulkString(b) => {
            let text = std::str::from_utf8(b).ok()?.to_owned();
            let parsed = text.trim().parse::<f64>().ok()?;
            Some((text, parsed))
        }
        Value::SimpleString(s) => Some((s.clone(), s.trim().parse::<f64>().ok()?)),
        _ => None,
    }
}

/// A single score reply (`ZSCORE`, `ZINCRBY`): the text Redis wrote and its value, as in
/// [`Scored`]. `None` for nil (no such member) and for anything that is not a score.
pub fn score_value(v: &Value) -> Option<(String, f64)> {
    score_of(v)
}

/// Reads a `WITHSCORES` reply (`ZRANGE`, `ZRANGEBYSCORE`, `ZPOPMIN`, ...): a flat
/// `[member, score, ...]` (RESP2) or `[[member, score], ...]` (RESP3). `what` names the read in
/// errors: a reply that is not an array is "unexpected reply", a member or score that cannot
/// be read is "score #i is not a number" (i counted from 0, the first such pair).
pub fn scored(v: &Value, what: &str) -> Result<Vec<Scored>> {
    scored_where(v, what, |_| true)
}

/// [`scored`], with a score `valid` refuses counted as one that cannot be read (e.g. NaN for
/// a leaderboard: `|s| !s.score.is_nan()`).
pub fn scored_where(v: &Value, what: &str, valid: impl Fn(&Scored) -> bool) -> Result<Vec<Scored>> {
    let Value::Array(items) = v else {
        return Err(Error::data(format!("{what}: unexpected reply {v:?}")));
    };
    let bad = |i: usize| Error::data(format!("{what}: score #{i} is not a number"));
    let one = |i: usize, member: Option<&Value>, score: Option<&Value>| {
        let member = member.and_then(value_bytes).ok_or_else(|| bad(i))?;
        let (score_text, score) = score.and_then(score_of).ok_or_else(|| bad(i))?;
        let s = Scored {
            member,
            score_text,
            score,
        };
        if valid(&s) { Ok(s) } else { Err(bad(i)) }
    };
    if items.iter().all(|v| matches!(v, Value::Array(_))) {
        items
            .iter()
            .enumerate()
            .map(|(i, pair)| {
                let p = items_of_array(pair);
                one(i, p.first(), p.get(1))
            })
            .collect()
    } else {
        items
            .chunks(2)
            .enumerate()
            .map(|(i, pair)| one(i, pair.first(), pair.get(1)))
            .collect()
    }
}

fn items_of_array(v: &Value) -> &[Value] {
    match v {
        Value::Array(a) => a,
        _ => &[],
    }
}

/// [`scored_where`] of a reply: a server error is that error (with `what`); nil is no
/// members.
pub fn scored_reply(r: &Reply, what: &str, valid: impl Fn(&Scored) -> bool) -> Result<Vec<Scored>> {
    match r {
        Ok(Value::Nil) => Ok(Vec::new()),
        Ok(v) => scored_where(v, what, valid),
        Err(e) => Err(Error::redis(e.clone(), what)),
    }
}

// ---------------------------------------------------------------------------------------------
// Clocks
// ---------------------------------------------------------------------------------------------

/// A `TIME` reply as Unix seconds with microseconds. A server error is that error (a refusal
/// by the ACL is exit 5, which callers may answer with [`local_now`]); another shape is
/// "unexpected reply".
pub fn server_time(r: &Reply) -> Result<f64> {
    const WHAT: &str = "reading the server clock";
    let v = r.as_ref().map_err(|e| Error::redis(e.clone(), WHAT))?;
    match v {
        Value::Array(parts) if parts.len() == 2 => {
            if let (Some(secs), Some(micros)) = (value_int(&parts[0]), value_int(&parts[1])) {
                return Ok(secs as f64 + micros as f64 / 1e6);
            }
        }
        _ => {}
    }
    Err(Error::data(format!("{WHAT}: unexpected reply: {v:?}")))
}

/// This machine's clock since the Unix epoch (zero if the clock is set before 1970). Every
/// "now" redops computes locally comes from here: as seconds ([`local_now`]), milliseconds
/// (`unix_now().as_millis()`), whole seconds or nanoseconds.
pub fn unix_now() -> Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

/// [`unix_now`] as Unix seconds with a fraction.
pub fn local_now() -> f64 {
    unix_now().as_secs_f64()
}

/// [`unix_now`] as Unix milliseconds.
pub fn local_now_ms() -> i64 {
    i64::try_from(unix_now().as_millis()).unwrap_or(i64::MAX)
}

// ---------------------------------------------------------------------------------------------
// XINFO GROUPS / XINFO CONSUMERS
// ---------------------------------------------------------------------------------------------

/// One consumer group as `XINFO GROUPS` reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupInfo {
    pub name: Vec<u8>,
    pub consumers: u64,
    pub pending: u64,
    pub last_delivered_id: String,
    /// `None` when the server reports nil (it cannot tell after some deletions/trims) or has
    /// no such field (before Redis 7.0).
    pub entries_read: Option<i64>,
    pub lag: Option<i64>,
}

/// One consumer as `XINFO CONSUMERS` reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsumerInfo {
    pub name: Vec<u8>,
    pub pending: u64,
    /// Since the consumer was last seen (any read or claim, even one that got nothing).
    pub idle_ms: u64,
    /// Since its last successful read or claim (`inactive`, Redis 7.2+; `None` before, and
    /// when it never read successfully).
    pub inactive_ms: Option<u64>,
    /// Not in the reply (always `None` from [`xinfo_consumers`]): the idle time of one of its
    /// pending entries that has waited longer than a threshold (`XPENDING ... IDLE`), for the
    /// callers that look.
    pub stuck_entry_idle_ms: Option<u64>,
}

/// Reads `XINFO GROUPS` (an array of flat lists or maps). A group without a name makes the
/// reply unexpected (an error); missing counters are 0, missing `entries-read`/`lag` `None`.
pub fn xinfo_groups(v: &Value) -> Result<Vec<GroupInfo>> {
    items(v)
        .iter()
        .map(|g| {
            let p = fields(g);
            let name = field(&p, "name")
                .and_then(value_bytes)
                .ok_or_else(|| Error::data("unexpected reply to XINFO GROUPS"))?;
            let int = |n: &str| field(&p, n).and_then(value_int);
            Ok(GroupInfo {
                name,
                consumers: int("consumers").unwrap_or(0).max(0) as u64,
                pending: int("pending").unwrap_or(0).max(0) as u64,
                last_delivered_id: field(&p, "last-delivered-id")
                    .and_then(value_str)
                    .unwrap_or_default(),
                entries_read: int("entries-read"),
                lag: int("lag"),
            })
        })
        .collect()
}

/// Reads `XINFO CONSUMERS`: a consumer without a name is left out.
pub fn xinfo_consumers(v: &Value) -> Vec<ConsumerInfo> {
    items(v)
        .iter()
        .filter_map(|c| {
            let p = fields(c);
            let int = |n: &str| field(&p, n).and_then(value_int);
            Some(ConsumerInfo {
                name: field(&p, "name").and_then(value_bytes)?,
                pending: int("pending").unwrap_or(0).max(0) as u64,
                idle_ms: int("idle").unwrap_or(0).max(0) as u64,
                // -1 when it never read successfully.
                inactive_ms: int("inactive").filter(|i| *i >= 0).map(|i| i as u64),
                stuck_entry_idle_ms: None,
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// XPENDING / XRANGE, and scripts that answer (id, outcome, detail) triples
// ---------------------------------------------------------------------------------------------

/// The `XPENDING key group` summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PendingSummary {
    pub count: u64,
    pub min_id: Option<String>,
    pub max_id: Option<String>,
    /// Each consumer holding entries, with how many.
    pub consumers: Vec<(Vec<u8>, u64)>,
}

/// Reads the `XPENDING key group` summary: `[count, min-id, max-id, [[consumer, n], ...]]`
/// (nil ids and consumers when nothing is pending). No count makes the reply unexpected.
pub fn xpending_summary(v: &Value) -> Result<PendingSummary> {
    let all = items(v);
    let count = all
        .first()
        .and_then(value_int)
        .ok_or_else(|| Error::data("unexpected reply to XPENDING"))?;
    let consumers = all
        .get(3)
        .map(items)
        .unwrap_or(&[])
        .iter()
        .filter_map(|c| {
            let pair = items(c);
            Some((
                value_bytes(pair.first()?)?,
                pair.get(1).and_then(value_int).unwrap_or(0).max(0) as u64,
            ))
        })
        .collect();
    Ok(PendingSummary {
        count: count.max(0) as u64,
        min_id: all.get(1).and_then(value_str),
        max_id: all.get(2).and_then(value_str),
        consumers,
    })
}

/// One entry of the extended `XPENDING` reply: delivered to `consumer`, not acknowledged.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingInfo {
    pub id: String,
    pub consumer: Vec<u8>,
    /// Since it was last delivered.
    pub idle_ms: u64,
    pub deliveries: u64,
}

/// Reads the extended `XPENDING` reply, `[[id, consumer, idle_ms, deliveries], ...]`. An
/// entry missing one of the four makes the reply unexpected; nil is no entries.
pub fn xpending_entries(v: &Value) -> Result<Vec<PendingInfo>> {
    items(v)
        .iter()
        .map(|e| {
            let e = items(e);
            let bad = || Error::data("unexpected reply to XPENDING (extended form)");
            Ok(PendingInfo {
                id: e.first().and_then(value_str).ok_or_else(bad)?,
                consumer: e.get(1).and_then(value_bytes).ok_or_else(bad)?,
                idle_ms: e.get(2).and_then(value_int).ok_or_else(bad)?.max(0) as u64,
                deliveries: e.get(3).and_then(value_int).ok_or_else(bad)?.max(0) as u64,
            })
        })
        .collect()
}

/// A stream entry: its id and its field/value pairs (in stream order, repeated names and
/// binary kept).
#[derive(Debug, Clone, PartialEq)]
pub struct StreamEntry {
    pub id: String,
    pub fields: Vec<(Vec<u8>, Vec<u8>)>,
}

/// Reads an `XRANGE` reply. An entry without an id is left out.
pub fn xrange_entries(v: &Value) -> Vec<StreamEntry> {
    items(v)
        .iter()
        .filter_map(|e| {
            let e = items(e);
            Some(StreamEntry {
                id: e.first().and_then(value_str)?,
                fields: e.get(1).map(byte_pairs).unwrap_or_default(),
            })
        })
        .collect()
}

/// Reads a script's flat reply of `(id, outcome, detail)` triples (`stream ack`,
/// `stream reclaim`); an element that is not a string is read as empty. A length that is not a
/// multiple of three is an internal error naming `script`.
pub fn string_triples(v: &Value, script: &str) -> Result<Vec<(String, String, String)>> {
    let all = items(v);
    if !all.len().is_multiple_of(3) {
        return Err(Error::internal(format!(
            "unexpected reply from the {script} script"
        )));
    }
    Ok(all
        .chunks(3)
        .map(|t| {
            let s = |i: usize| t.get(i).and_then(value_str).unwrap_or_default();
            (s(0), s(1), s(2))
        })
        .collect())
}

// ---------------------------------------------------------------------------------------------
// INFO
// ---------------------------------------------------------------------------------------------

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

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(s: &str) -> Value {
        Value::BulkString(s.as_bytes().to_vec())
    }

    /// A server error as the server sends it (`-CODE message`).
    fn err(code: &str) -> Reply {
        match redis::parse_redis_value(format!("-{code} refused\r\n").as_bytes()) {
            Ok(Value::ServerError(e)) => Err(e.into()),
            other => panic!("not a server error: {other:?}"),
        }
    }

    /// Every decoder on every value shape: none panics.
    fn odd_values() -> Vec<Value> {
        vec![
            Value::Nil,
            Value::Int(-3),
            bulk("x"),
            Value::BulkString(vec![0xff, 0xfe]),
            Value::SimpleString("s".into()),
            Value::Okay,
            Value::Double(f64::NAN),
            Value::Boolean(true),
            Value::Array(vec![]),
            Value::Array(vec![bulk("only-a-name")]),
            Value::Array(vec![Value::Nil, Value::Array(vec![Value::Nil])]),
            Value::Array(vec![Value::Array(vec![]), Value::Array(vec![bulk("m")])]),
            Value::Array(vec![bulk("0"), Value::Int(5), Value::Nil]),
            Value::Map(vec![(Value::Nil, Value::Nil)]),
            Value::Set(vec![bulk("a")]),
        ]
    }

    #[test]
    fn malformed_replies_never_panic() {
        for v in odd_values() {
            let r: Reply = Ok(v.clone());
            let _ = (reply_bytes(&r), reply_int(&r), value_str(&v), items(&v));
            let _ = (
                fields(&v),
                string_pairs(&v),
                byte_pairs(&v),
                config_pairs(&r),
            );
            let _ = (hash_pairs(v.clone()), hscan_page(v.clone()));
            let _ = (
                scored(&v, "w"),
                scored_reply(&r, "w", |s| !s.score.is_nan()),
                server_time(&r),
            );
            let _ = (xinfo_groups(&v), xinfo_consumers(&v));
            let _ = (
                xpending_summary(&v),
                xpending_entries(&v),
                xrange_entries(&v),
            );
            let _ = string_triples(&v, "s");
        }
    }

    #[test]
    fn single_scores() {
        assert_eq!(score_value(&bulk("1.5")), Some(("1.5".into(), 1.5)));
        assert_eq!(
            score_value(&Value::Double(2.25)),
            Some(("2.25".into(), 2.25))
        );
        assert_eq!(
            score_value(&Value::Double(f64::NEG_INFINITY)),
            Some(("-inf".into(), f64::NEG_INFINITY))
        );
        assert_eq!(score_value(&Value::Int(7)), Some(("7".into(), 7.0)));
        assert_eq!(score_value(&Value::Nil), None);
        assert_eq!(score_value(&bulk("x")), None);
    }

    #[test]
    fn single_values() {
        assert_eq!(reply_bytes(&Ok(Value::Okay)), Some(b"OK".to_vec()));
        assert_eq!(reply_bytes(&Ok(Value::Int(7))), Some(b"7".to_vec()));
        assert_eq!(reply_bytes(&Ok(Value::Nil)), None);
        assert_eq!(reply_bytes(&err("WRONGTYPE")), None);
        assert_eq!(reply_int(&Ok(bulk("-12"))), Some(-12));
        assert_eq!(reply_int(&Ok(Value::SimpleString("3".into()))), Some(3));
        assert_eq!(reply_int(&Ok(bulk("1.5"))), None);
        assert_eq!(ttl_ms(-1), None);
        assert_eq!(ttl_ms(-2), None);
        assert_eq!(ttl_ms(0), Some(0));
        assert!(is_wrongtype(&err("WRONGTYPE")));
        assert!(!is_wrongtype(&err("NOPERM")));
        assert!(!is_outcome_unknown(&err("WRONGTYPE")));
        assert_eq!(items(&Value::Set(vec![Value::Int(1)])).len(), 1);
        assert!(items(&bulk("x")).is_empty());
    }

    #[test]
    fn fields_read_resp2_and_resp3_alike() {
        let resp2 = Value::Array(vec![
            bulk("name"),
            bulk("g1"),
            bulk("lag"),
            Value::Int(3),
            bulk("dangling"),
        ]);
        let resp3 = Value::Map(vec![
            (bulk("name"), bulk("g1")),
            (Value::SimpleString("lag".into()), Value::Int(3)),
            (Value::Array(vec![]), Value::Int(9)),
        ]);
        for v in [&resp2, &resp3] {
            let p = fields(v);
            assert_eq!(p.len(), 2, "{v:?}");
            assert_eq!(field(&p, "name"), Some(&bulk("g1")));
            assert_eq!(field(&p, "lag"), Some(&Value::Int(3)));
            assert_eq!(field(&p, "nope"), None);
        }
    }

    #[test]
    fn string_and_byte_pairs() {
        let resp2 = Value::Array(vec![
            bulk("maxmemory"),
            bulk("0"),
            bulk("odd"),
            Value::Array(vec![]),
            bulk("binary"),
            Value::BulkString(vec![b'a', 0xff]),
        ]);
        assert_eq!(
            string_pairs(&resp2),
            vec![
                ("maxmemory".to_string(), "0".to_string()),
                ("binary".to_string(), "a\u{fffd}".to_string())
            ]
        );
        let resp3 = Value::Map(vec![(bulk("maxmemory-policy"), bulk("allkeys-lru"))]);
        assert_eq!(
            config_pairs(&Ok(resp3)),
            vec![("maxmemory-policy".to_string(), "allkeys-lru".to_string())]
        );
        assert!(config_pairs(&err("NOPERM")).is_empty());
        assert!(string_pairs(&Value::Nil).is_empty());
        assert_eq!(
            byte_pairs(&Value::Array(vec![
                bulk("f"),
                Value::BulkString(vec![0xff])
            ])),
            vec![(b"f".to_vec(), vec![0xff])]
        );
        assert_eq!(
            byte_pairs(&Value::Map(vec![(bulk("f"), bulk("v"))])),
            vec![(b"f".to_vec(), b"v".to_vec())]
        );
    }

    #[test]
    fn hash_pairs_are_strict() {
        let resp2 = Value::Array(vec![bulk("s1"), bulk("{}"), bulk("s2"), bulk("x")]);
        let resp3 = Value::Map(vec![(bulk("s1"), bulk("{}")), (bulk("s2"), bulk("x"))]);
        let want = vec![
            (b"s1".to_vec(), b"{}".to_vec()),
            (b"s2".to_vec(), b"x".to_vec()),
        ];
        assert_eq!(hash_pairs(resp2), Some(want.clone()));
        assert_eq!(hash_pairs(resp3), Some(want));
        assert_eq!(hash_pairs(Value::Nil), Some(vec![]));
        assert_eq!(hash_pairs(Value::Array(vec![bulk("odd")])), None);
        assert_eq!(
            hash_pairs(Value::Array(vec![bulk("f"), Value::Int(1)])),
            None
        );
        assert_eq!(hash_pairs(Value::Int(1)), None);
    }

    #[test]
    fn hscan_pages_with_and_without_field_ttls() {
        let plain = Value::Array(vec![bulk("17"), Value::Array(vec![bulk("f"), bulk("v")])]);
        assert_eq!(
            hscan_page(plain),
            Some(HashPage {
                cursor: b"17".to_vec(),
                items: vec![bulk("f"), bulk("v")],
                ttls: vec![],
            })
        );
        // From the script: an integer cursor, a RESP3 map of items, HPTTL answers.
        let scripted = Value::Array(vec![
            Value::Int(0),
            Value::Map(vec![(bulk("f"), bulk("v")), (bulk("g"), bulk("w"))]),
            Value::Array(vec![Value::Int(-1), Value::Int(1500)]),
        ]);
        let page = hscan_page(scripted).unwrap();
        assert_eq!(page.cursor, b"0");
        assert_eq!(page.items, vec![bulk("f"), bulk("v"), bulk("g"), bulk("w")]);
        assert_eq!(page.ttls, vec![None, Some(1500)]);
        assert_eq!(
            page.clone().entries().collect::<Vec<_>>(),
            vec![
                (b"f".to_vec(), b"v".to_vec(), None),
                (b"g".to_vec(), b"w".to_vec(), Some(1500))
            ]
        );
        // A pair that is not two bulk strings is left out with its TTL; a trailing field too.
        let odd = HashPage {
            cursor: b"0".to_vec(),
            items: vec![Value::Nil, bulk("x"), bulk("f"), bulk("v"), bulk("t")],
            ttls: vec![Some(1), Some(2), Some(3)],
        };
        assert_eq!(
            odd.entries().collect::<Vec<_>>(),
            vec![(b"f".to_vec(), b"v".to_vec(), Some(2))]
        );
        assert_eq!(hscan_page(Value::Array(vec![bulk("0")])), None);
        assert_eq!(
            hscan_page(Value::Array(vec![Value::Nil, Value::Array(vec![])])),
            None
        );
        assert_eq!(
            hscan_page(Value::Array(vec![
                bulk("0"),
                Value::Array(vec![]),
                bulk("x")
            ])),
            None
        );
    }

    #[test]
    fn scored_members_resp2_and_resp3() {
        let resp2 = Value::Array(vec![
            bulk("alice"),
            bulk("1.5"),
            bulk("bob"),
            bulk("inf"),
            bulk("carol"),
            bulk("1e+20"),
        ]);
        let resp3 = Value::Array(vec![
            Value::Array(vec![bulk("alice"), Value::Double(1.5)]),
            Value::Array(vec![bulk("bob"), Value::Double(f64::INFINITY)]),
            Value::Array(vec![bulk("carol"), Value::Double(1e20)]),
        ]);
        let a = scored(&resp2, "w").unwrap();
        let b = scored(&resp3, "w").unwrap();
        assert_eq!(a.len(), 3);
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.member, y.member);
            assert_eq!(x.score, y.score);
        }
        assert_eq!(a[1].score_text, "inf");
        assert_eq!(b[1].score_text, "inf");
        assert_eq!(a[2].score_text, "1e+20", "RESP2 keeps Redis's text");
        assert_eq!(b[2].score_text, "100000000000000000000");
        let neg = scored(
            &Value::Array(vec![Value::Array(vec![
                bulk("m"),
                Value::Double(f64::NEG_INFINITY),
            ])]),
            "w",
        )
        .unwrap();
        assert_eq!(neg[0].score_text, "-inf");
        // NaN is kept (callers that cannot use it reject it); integers read as scores.
        let nan = scored(&Value::Array(vec![bulk("m"), bulk("nan")]), "w").unwrap();
        assert!(nan[0].score.is_nan());
        let int = scored(&Value::Array(vec![bulk("m"), Value::Int(7)]), "w").unwrap();
        assert_eq!((int[0].score_text.as_str(), int[0].score), ("7", 7.0));
        assert!(scored(&Value::Array(vec![]), "w").unwrap().is_empty());
    }

    #[test]
    fn scored_errors_name_the_read_and_the_pair() {
        let e = scored(&Value::Array(vec![bulk("m"), bulk("x")]), "reading b").unwrap_err();
        assert_eq!(e.message, "reading b: score #0 is not a number");
        let e = scored(
            &Value::Array(vec![bulk("m"), bulk("1"), bulk("dangling")]),
            "reading b",
        )
        .unwrap_err();
        assert_eq!(e.message, "reading b: score #1 is not a number");
        let e = scored(&Value::Int(3), "reading b").unwrap_err();
        assert!(
            e.message.starts_with("reading b: unexpected reply"),
            "{e:?}"
        );
        assert!(scored(&Value::Nil, "w").is_err());
        assert!(
            scored_reply(&Ok(Value::Nil), "w", |_| true)
                .unwrap()
                .is_empty()
        );
        assert!(scored_reply(&err("WRONGTYPE"), "w", |_| true).is_err());
        let no_nan = |s: &Scored| !s.score.is_nan();
        let e = scored_reply(&Ok(Value::Array(vec![bulk("m"), bulk("nan")])), "w", no_nan);
        assert_eq!(e.unwrap_err().message, "w: score #0 is not a number");
    }

    #[test]
    fn server_time_of_a_time_reply() {
        let resp = Value::Array(vec![bulk("1700000000"), bulk("250000")]);
        assert_eq!(server_time(&Ok(resp)).unwrap(), 1_700_000_000.25);
        let ints = Value::Array(vec![Value::Int(1), Value::Int(500_000)]);
        assert_eq!(server_time(&Ok(ints)).unwrap(), 1.5);
        assert!(server_time(&Ok(Value::Array(vec![bulk("1")]))).is_err());
        assert!(server_time(&Ok(Value::Nil)).is_err());
        let refused = server_time(&err("NOPERM")).unwrap_err();
        assert_eq!(refused.code, crate::error::ExitCode::Refused);
        assert!(local_now() > 1_600_000_000.0);
        assert!(local_now_ms() > 1_600_000_000_000);
    }

    #[test]
    fn xinfo_groups_and_consumers_resp2_and_resp3() {
        let g2 = Value::Array(vec![Value::Array(vec![
            bulk("name"),
            bulk("workers"),
            bulk("consumers"),
            Value::Int(2),
            bulk("pending"),
            Value::Int(5),
            bulk("last-delivered-id"),
            bulk("1-0"),
            bulk("entries-read"),
            Value::Nil,
            bulk("lag"),
            Value::Int(4),
        ])]);
        let g3 = Value::Array(vec![Value::Map(vec![
            (bulk("name"), bulk("workers")),
            (bulk("consumers"), Value::Int(2)),
            (bulk("pending"), Value::Int(5)),
            (bulk("last-delivered-id"), bulk("1-0")),
            (bulk("entries-read"), Value::Nil),
            (bulk("lag"), Value::Int(4)),
        ])]);
        let want = vec![GroupInfo {
            name: b"workers".to_vec(),
            consumers: 2,
            pending: 5,
            last_delivered_id: "1-0".into(),
            entries_read: None,
            lag: Some(4),
        }];
        assert_eq!(xinfo_groups(&g2).unwrap(), want);
        assert_eq!(xinfo_groups(&g3).unwrap(), want);
        let nameless = Value::Array(vec![Value::Array(vec![bulk("pending"), Value::Int(1)])]);
        assert!(xinfo_groups(&nameless).is_err());
        assert!(xinfo_groups(&Value::Nil).unwrap().is_empty());

        let c2 = Value::Array(vec![
            Value::Array(vec![
                bulk("name"),
                bulk("c1"),
                bulk("pending"),
                Value::Int(3),
                bulk("idle"),
                Value::Int(10),
                bulk("inactive"),
                Value::Int(-1),
            ]),
            Value::Array(vec![bulk("pending"), Value::Int(1)]),
        ]);
        let c3 = Value::Array(vec![Value::Map(vec![
            (bulk("name"), bulk("c1")),
            (bulk("pending"), Value::Int(3)),
            (bulk("idle"), Value::Int(10)),
            (bulk("inactive"), Value::Int(-1)),
        ])]);
        let want = vec![ConsumerInfo {
            name: b"c1".to_vec(),
            pending: 3,
            idle_ms: 10,
            inactive_ms: None,
            stuck_entry_idle_ms: None,
        }];
        assert_eq!(xinfo_consumers(&c2), want);
        assert_eq!(xinfo_consumers(&c3), want);
    }

    #[test]
    fn xpending_xrange_and_script_triples() {
        let s = xpending_summary(&Value::Array(vec![
            Value::Int(3),
            bulk("1-0"),
            bulk("3-0"),
            Value::Array(vec![Value::Array(vec![bulk("w1"), bulk("3")])]),
        ]))
        .unwrap();
        assert_eq!(
            s,
            PendingSummary {
                count: 3,
                min_id: Some("1-0".into()),
                max_id: Some("3-0".into()),
                consumers: vec![(b"w1".to_vec(), 3)],
            }
        );
        let none = [Value::Int(0), Value::Nil, Value::Nil, Value::Nil];
        assert_eq!(
            xpending_summary(&Value::Array(none.to_vec())).unwrap(),
            PendingSummary::default()
        );
        assert!(xpending_summary(&Value::Nil).is_err());

        let e = xpending_entries(&Value::Array(vec![Value::Array(vec![
            bulk("1-0"),
            bulk("w1"),
            Value::Int(500),
            Value::Int(2),
        ])]))
        .unwrap();
        assert_eq!(
            e,
            vec![PendingInfo {
                id: "1-0".into(),
                consumer: b"w1".to_vec(),
                idle_ms: 500,
                deliveries: 2,
            }]
        );
        let short = Value::Array(vec![Value::Array(vec![bulk("1-0")])]);
        assert!(xpending_entries(&short).is_err());
        assert!(xpending_entries(&Value::Array(vec![])).unwrap().is_empty());

        assert!(xrange_entries(&Value::Array(vec![])).is_empty());
        let r = Value::Array(vec![Value::Array(vec![
            bulk("1-0"),
            Value::Array(vec![bulk("payload"), bulk("{}"), bulk("n"), Value::Int(17)]),
        ])]);
        assert_eq!(
            xrange_entries(&r),
            vec![StreamEntry {
                id: "1-0".into(),
                fields: vec![
                    (b"payload".to_vec(), b"{}".to_vec()),
                    (b"n".to_vec(), b"17".to_vec())
                ]
            }]
        );

        let t = Value::Array(vec![bulk("1-0"), bulk("skipped"), bulk("why")]);
        assert_eq!(
            string_triples(&t, "ack").unwrap(),
            vec![("1-0".into(), "skipped".into(), "why".into())]
        );
        let odd = Value::Array(vec![bulk("1-0"), bulk("skipped")]);
        assert_eq!(
            string_triples(&odd, "ack").unwrap_err().message,
            "unexpected reply from the ack script"
        );
    }

    #[test]
    fn info_fields_skip_headers() {
        let info = "# Memory\r\nused_memory:1024\r\nmaxmemory_policy:noeviction\r\n";
        assert_eq!(info_field(info, "used_memory"), Some("1024"));
        assert_eq!(info_field(info, "maxmemory_policy"), Some("noeviction"));
        assert_eq!(info_field(info, "# Memory"), None);
        assert_eq!(info_fields(info).count(), 2);
    }
}
