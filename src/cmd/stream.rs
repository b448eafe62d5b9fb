//! `redops stream groups / pending / reclaim / ack`: transaction queues on Redis Streams.
//!
//! Producers `XADD` entries, workers `XREADGROUP` and `XACK`; an entry a worker took and never
//! acknowledged stays pending on it until someone claims it. These commands show the groups
//! and their pending entries (read-only, never creating a stream or group), and move or
//! acknowledge stuck entries through the safety path, atomically.

use crate::cli::stream::{
    AckArgs, GroupsArgs, PendingArgs, PendingFilter, ReclaimArgs, StreamCommand,
};
use crate::client::{Client, Feature, Node, Reply, ScanOptions, reply_bytes, reply_int};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{add_row, bytes_cell, cell, human_ms, put_bytes, show_bytes};
use crate::safety::{self, Gate, Plan, PriorItem};
use comfy_table::Cell;
use redis::{Cmd, Value};
use serde_json::{Map, json};
use std::fmt;

/// Field/value pairs of a stream entry, in stream order.
pub type Fields = Vec<(Vec<u8>, Vec<u8>)>;

pub async fn run(cmd: StreamCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        StreamCommand::Groups(a) => groups(a, ctx).await,
        StreamCommand::Pending(a) => pending(a, ctx).await,
        StreamCommand::Reclaim(a) => reclaim(a, ctx).await,
        StreamCommand::Ack(a) => ack(a, ctx).await,
    }
}

// ---------------------------------------------------------------------------------------------
// Domain: stream ids, pending entries, groups and consumers
// ---------------------------------------------------------------------------------------------

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

impl PendingEntry {
    pub fn to_json(&self) -> serde_json::Value {
        let mut m = Map::new();
        m.insert("id".into(), json!(self.id));
        put_bytes(&mut m, "consumer", &self.consumer);
        m.insert("idle_ms".into(), json!(self.idle_ms));
        m.insert("deliveries".into(), json!(self.deliveries));
        match &self.payload {
            Payload::NotRead => {}
            Payload::Deleted => {
                m.insert("deleted".into(), json!(true));
                m.insert("fields".into(), serde_json::Value::Null);
            }
            Payload::Fields(f) => {
                m.insert("deleted".into(), json!(false));
                m.insert("fields".into(), fields_json(f));
            }
        }
        serde_json::Value::Object(m)
    }

    fn prior(&self, stream: &[u8], group: &[u8], stream_ttl_ms: Option<i64>) -> PriorItem {
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

/// Fields as a JSON list of `{field, value}` (lossless: repeated names and binary kept).
fn fields_json(f: &Fields) -> serde_json::Value {
    serde_json::Value::Array(
        f.iter()
            .map(|(k, v)| {
                let mut p = Map::new();
                put_bytes(&mut p, "field", k);
                put_bytes(&mut p, "value", v);
                serde_json::Value::Object(p)
            })
            .collect(),
    )
}

/// Fields for a table cell: `payload={...} dispatched_at=...`.
fn fields_text(f: &Fields) -> String {
    f.iter()
        .map(|(k, v)| format!("{}={}", show_bytes(k), show_bytes(v)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `XPENDING key group` summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PendingSummary {
    pub count: u64,
    pub min_id: Option<String>,
    pub max_id: Option<String>,
    pub consumers: Vec<(Vec<u8>, u64)>,
}

/// One consumer group as `XINFO GROUPS` reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupInfo {
    pub name: Vec<u8>,
    pub consumers: u64,
    pub pending: u64,
    pub last_delivered_id: String,
    /// `None` when the server reports nil (it cannot tell after some deletions/trims).
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
    /// Since its last successful read or claim (`inactive`, Redis 7.2+; `None` before).
    pub inactive_ms: Option<u64>,
    /// The idle time of one of its pending entries that has waited longer than the threshold
    /// (`XPENDING ... IDLE`), when one was found.
    pub stuck_entry_idle_ms: Option<u64>,
}

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
    fn needs_entry_check(&self, dead_after_ms: u64) -> bool {
        self.pending > 0 && !self.is_dead(dead_after_ms)
    }
}

// ---------------------------------------------------------------------------------------------
// Reply parsing
// ---------------------------------------------------------------------------------------------

fn v_bytes(v: &Value) -> Option<Vec<u8>> {
    reply_bytes(&Ok(v.clone()))
}

fn v_int(v: &Value) -> Option<i64> {
    reply_int(&Ok(v.clone()))
}

fn v_str(v: &Value) -> Option<String> {
    v_bytes(v).map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn v_items(v: &Value) -> &[Value] {
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

// ---------------------------------------------------------------------------------------------
// Reads shared by the commands
// ---------------------------------------------------------------------------------------------

fn xpending_summary(stream: &[u8], group: &[u8]) -> Cmd {
    redis::cmd("XPENDING").arg(stream).arg(group).clone()
}

fn xrange_one(stream: &[u8], id: &str) -> Cmd {
    redis::cmd("XRANGE").arg(stream).arg(id).arg(id).clone()
}

/// `XPENDING key group IDLE ms start end count [consumer]`.
fn xpending_range(
    stream: &[u8],
    group: &[u8],
    min_idle_ms: u64,
    start: &str,
    end: &str,
    count: u64,
    consumer: Option<&[u8]>,
) -> Cmd {
    let mut c = redis::cmd("XPENDING");
    c.arg(stream)
        .arg(group)
        .arg("IDLE")
        .arg(min_idle_ms)
        .arg(start)
        .arg(end)
        .arg(count);
    if let Some(con) = consumer {
        c.arg(con);
    }
    c
}

/// A stream and group that exist, with the pending summary, read in one round trip.
/// Exit 4 when the stream or the group is missing (nothing is ever created), 6 when the key is
/// not a stream. `extra` commands ride along in the same round trip; their replies are returned.
/// The groups of a stream from the replies to `TYPE` and `XINFO GROUPS` (in that order): exit 4
/// when the stream does not exist (nothing is ever created), 6 when the key is not a stream.
fn stream_groups(stream: &[u8], replies: &[Reply]) -> Result<Vec<GroupInfo>> {
    let s = show_bytes(stream);
    let kind = replies.first().and_then(reply_bytes).unwrap_or_default();
    match kind.as_slice() {
        b"stream" => {}
        b"none" => {
            return Err(Error::not_found(format!("stream {s} does not exist"))
                .hint("`redops stream groups` without a stream lists every stream with groups"));
        }
        other => {
            return Err(Error::data(format!(
                "{s} is a {}, not a stream",
                show_bytes(other)
            )));
        }
    }
    match replies.get(1) {
        Some(Ok(v)) => parse_groups(v),
        Some(Err(e)) => Err(Error::redis(
            e.clone(),
            &format!("reading the groups of {s}"),
        )),
        None => Ok(Vec::new()),
    }
}

async fn open_group(
    client: &Client,
    stream: &[u8],
    group: &[u8],
    extra: Vec<Cmd>,
) -> Result<(PendingSummary, Vec<Reply>)> {
    let s = show_bytes(stream);
    let g = show_bytes(group);
    let mut cmds = vec![
        redis::cmd("TYPE").arg(stream).clone(),
        redis::cmd("XINFO").arg("GROUPS").arg(stream).clone(),
        xpending_summary(stream, group),
    ];
    cmds.extend(extra);
    let mut replies = client.batch(&cmds, &format!("reading stream {s}")).await?;
    let rest = replies.split_off(3.min(replies.len()));
    let groups = stream_groups(stream, &replies)?;
    if !groups.iter().any(|x| x.name == group) {
        let names: Vec<String> = groups.iter().map(|x| show_bytes(&x.name)).collect();
        let known = if names.is_empty() {
            "it has no consumer groups".to_owned()
        } else {
            format!("its groups: {}", names.join(", "))
        };
        return Err(
            Error::not_found(format!("stream {s} has no consumer group {g} ({known})")).hint(
                format!("`redops stream groups {s}` shows the groups and their consumers"),
            ),
        );
    }
    let summary = match replies.get(2) {
        Some(Ok(v)) => parse_summary(v)?,
        Some(Err(e)) => {
            return Err(Error::redis(
                e.clone(),
                &format!("reading the pending entries of {s} group {g}"),
            ));
        }
        None => PendingSummary::default(),
    };
    Ok((summary, rest))
}

/// Which pending entries to read, page by page.
struct PendingQuery<'a> {
    consumer: Option<&'a [u8]>,
    min_idle_ms: u64,
    min_deliveries: Option<u64>,
    limit: Option<u64>,
    page_size: u64,
    payload: bool,
}

impl<'a> PendingQuery<'a> {
    fn from_filter(f: &'a PendingFilter, page_size: u64, payload: bool) -> Self {
        PendingQuery {
            consumer: f.consumer.as_deref().map(str::as_bytes),
            min_idle_ms: f.min_idle.map(|d| d.as_millis() as u64).unwrap_or(0),
            min_deliveries: f.min_deliveries,
            limit: f.count,
            page_size,
            payload,
        }
    }
}

/// Reads matching pending entries oldest first, one XPENDING page at a time (an exclusive start
/// id continues where the last page ended), plus one pipelined XRANGE per page when fields are
/// wanted. Stops at the limit, so `--count 10` of 100,000 pending entries reads one small page.
/// Returns the entries and whether the read was interrupted.
async fn read_pending(
    ctx: &Ctx,
    client: &Client,
    stream: &[u8],
    group: &[u8],
    q: &PendingQuery<'_>,
) -> Result<(Vec<PendingEntry>, bool)> {
    let mut out: Vec<PendingEntry> = Vec::new();
    let partial = read_pending_pages(ctx, client, stream, group, q, |page| {
        out.extend(page);
        Ok(())
    })
    .await?;
    Ok((out, partial))
}

/// Reads the pending entries a query selects page by page (XPENDING, plus XRANGE of each entry
/// with `payload`), handing each page to `on_page`: memory stays bounded by the page however
/// many entries are pending. Returns `true` when interrupted (what was handed out is partial).
async fn read_pending_pages(
    ctx: &Ctx,
    client: &Client,
    stream: &[u8],
    group: &[u8],
    q: &PendingQuery<'_>,
    mut on_page: impl FnMut(Vec<PendingEntry>) -> Result<()>,
) -> Result<bool> {
    let what = format!(
        "reading the pending entries of {} group {}",
        show_bytes(stream),
        show_bytes(group)
    );
    let mut handed = 0u64;
    let mut start = "-".to_owned();
    loop {
        if ctx.is_interrupted() {
            return Ok(true);
        }
        let remaining = q.limit.map(|l| l.saturating_sub(handed));
        if remaining == Some(0) {
            break;
        }
        // With a client-side filter a page may keep few entries: read full pages then.
        let want = match (remaining, q.min_deliveries) {
            (Some(r), None) => r.min(q.page_size),
            _ => q.page_size,
        };
        let cmd = xpending_range(stream, group, q.min_idle_ms, &start, "+", want, q.consumer);
        let page: Value = client.query(&cmd, &what).await?;
        let mut page = parse_pending_entries(&page)?;
        let full = page.len() as u64 >= want;
        if let Some(last) = page.last() {
            start = format!("({}", last.id);
        }
        if let Some(min) = q.min_deliveries {
            page.retain(|e| e.deliveries >= min);
        }
        if let Some(r) = remaining {
            page.truncate(r as usize);
        }
        if q.payload {
            read_fields(client, stream, &mut page).await?;
        }
        handed += page.len() as u64;
        on_page(page)?;
        if !full {
            break;
        }
    }
    Ok(false)
}

/// Reads the fields of the given entries: one `XRANGE id id` each, in one pipeline.
async fn read_fields(client: &Client, stream: &[u8], entries: &mut [PendingEntry]) -> Result<()> {
    let cmds: Vec<Cmd> = entries.iter().map(|e| xrange_one(stream, &e.id)).collect();
    let replies = client
        .batch(&cmds, &format!("reading entries of {}", show_bytes(stream)))
        .await?;
    for (e, r) in entries.iter_mut().zip(replies) {
        e.payload = match r {
            Ok(v) => parse_entry_fields(&v),
            Err(err) => return Err(Error::redis(err, "reading a stream entry")),
        };
    }
    Ok(())
}

/// The pending state and fields of exactly the ids given, in one round trip. Returns the
/// pending entries (idle at least `min_idle_ms`) and the ids that are not.
async fn read_ids(
    client: &Client,
    stream: &[u8],
    group: &[u8],
    ids: &[String],
    min_idle_ms: u64,
) -> Result<(Vec<PendingEntry>, Vec<String>)> {
    let cmds: Vec<Cmd> = ids
        .iter()
        .flat_map(|id| {
            [
                xpending_range(stream, group, min_idle_ms, id, id, 1, None),
                xrange_one(stream, id),
            ]
        })
        .collect();
    let replies = client
        .batch(&cmds, &format!("reading entries of {}", show_bytes(stream)))
        .await?;
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for (id, pair) in ids.iter().zip(replies.chunks(2)) {
        let entry = match pair.first() {
            Some(Ok(v)) => parse_pending_entries(v)?.into_iter().next(),
            Some(Err(e)) => return Err(Error::redis(e.clone(), "reading a pending entry")),
            None => None,
        };
        match entry {
            Some(mut e) => {
                e.payload = match pair.get(1) {
                    Some(Ok(v)) => parse_entry_fields(v),
                    _ => Payload::Deleted,
                };
                found.push(e);
            }
            None => missing.push(id.clone()),
        }
    }
    Ok((found, missing))
}

/// An extra table column: its header and how to fill it.
type ExtraColumn<'a> = (&'a str, &'a dyn Fn(&PendingEntry) -> Cell);

fn entries_table(
    ctx: &Ctx,
    entries: &[PendingEntry],
    extra: Option<ExtraColumn>,
) -> comfy_table::Table {
    let payload = entries.iter().any(|e| e.payload != Payload::NotRead);
    let mut header = vec!["id", "consumer", "idle", "deliveries"];
    if payload {
        header.push("fields");
    }
    if let Some((h, _)) = extra {
        header.push(h);
    }
    let mut t = ctx.out.new_table(&header);
    for e in entries {
        let mut row = vec![
            cell(&e.id),
            bytes_cell(&e.consumer),
            cell(human_ms(e.idle_ms as i64)),
            cell(e.deliveries),
        ];
        if payload {
            row.push(match &e.payload {
                Payload::Fields(f) => cell(fields_text(f)),
                Payload::Deleted => ctx.out.alert_cell("deleted from the stream"),
                Payload::NotRead => cell(""),
            });
        }
        if let Some((_, f)) = extra {
            row.push(f(e));
        }
        add_row(&mut t, row);
    }
    t
}

// ---------------------------------------------------------------------------------------------
// stream groups
// ---------------------------------------------------------------------------------------------

/// A group with its consumers, as shown by `stream groups`.
struct GroupReport {
    stream: Vec<u8>,
    group: GroupInfo,
    consumers: Vec<ConsumerInfo>,
    /// The node the stream was scanned on (a replica with --replicas): its later reads go
    /// there too. `None`: routed by key (a stream named on the command line).
    node: Option<crate::client::Node>,
}

impl GroupReport {
    fn to_json(&self, dead_after_ms: u64) -> serde_json::Value {
        let mut m = Map::new();
        put_bytes(&mut m, "stream", &self.stream);
        put_bytes(&mut m, "group", &self.group.name);
        m.insert("consumer_count".into(), json!(self.group.consumers));
        m.insert("pending".into(), json!(self.group.pending));
        m.insert(
            "last_delivered_id".into(),
            json!(self.group.last_delivered_id),
        );
        m.insert("entries_read".into(), json!(self.group.entries_read));
        m.insert("lag".into(), json!(self.group.lag));
        m.insert(
            "dead_consumers".into(),
            json!(
                self.consumers
                    .iter()
                    .filter(|c| c.is_dead(dead_after_ms))
                    .count()
            ),
        );
        let cs: Vec<serde_json::Value> = self
            .consumers
            .iter()
            .map(|c| {
                let mut o = Map::new();
                put_bytes(&mut o, "name", &c.name);
                o.insert("pending".into(), json!(c.pending));
                o.insert("idle_ms".into(), json!(c.idle_ms));
                o.insert("inactive_ms".into(), json!(c.inactive_ms));
                o.insert("stuck_entry_idle_ms".into(), json!(c.stuck_entry_idle_ms));
                o.insert("dead".into(), json!(c.is_dead(dead_after_ms)));
                serde_json::Value::Object(o)
            })
            .collect();
        m.insert("consumers".into(), json!(cs));
        serde_json::Value::Object(m)
    }
}

fn xinfo_consumers(stream: &[u8], group: &[u8]) -> Cmd {
    redis::cmd("XINFO")
        .arg("CONSUMERS")
        .arg(stream)
        .arg(group)
        .clone()
}

async fn groups(args: GroupsArgs, ctx: &Ctx) -> Result<()> {
    let client = ctx.connect().await?;
    let dead_after_ms = args.dead_after.as_millis() as u64;
    let mut reports = Vec::new();
    let mut coverage = super::Coverage::default();
    match &args.stream {
        Some(stream) => {
            let stream = stream.as_bytes();
            let s = show_bytes(stream);
            // Round trip 1: TYPE + XINFO GROUPS (never creates anything).
            let replies = client
                .batch(
                    &[
                        redis::cmd("TYPE").arg(stream).clone(),
                        redis::cmd("XINFO").arg("GROUPS").arg(stream).clone(),
                    ],
                    &format!("reading stream {s}"),
                )
                .await?;
            let groups = stream_groups(stream, &replies)?;
            // Round trip 2: the consumers of every group at once.
            let cmds: Vec<Cmd> = groups
                .iter()
                .map(|g| xinfo_consumers(stream, &g.name))
                .collect();
            let consumers = client
                .batch(&cmds, &format!("reading the consumers of {s}"))
                .await?;
            for (g, c) in groups.into_iter().zip(consumers) {
                reports.push(GroupReport {
                    stream: stream.to_vec(),
                    consumers: c.as_ref().map(parse_consumers).unwrap_or_default(),
                    group: g,
                    node: None,
                });
            }
        }
        None => {
            let mut scan = super::KeyScan::start(
                ctx,
                &client,
                &ScanOptions {
                    key_type: Some("stream".into()),
                    ..super::scan_options(&args.scan)
                },
            )
            .await;
            while let Some(batch) = scan.next(ctx).await? {
                reports.extend(groups_on_node(&client, &batch.node, &batch.keys).await?);
            }
            coverage = scan.finish(ctx, &client).await;
            reports.sort_by(|a, b| (&a.stream, &a.group.name).cmp(&(&b.stream, &b.group.name)));
        }
    }
    mark_stuck(&client, &mut reports, dead_after_ms).await?;
    if ctx.out.is_table() {
        if reports.is_empty() {
            ctx.out.hint("no consumer groups found");
        } else {
            render_groups(ctx, &reports, dead_after_ms)?;
            if let Err(e) = client.require(Feature::StreamLag, "consumer-group lag") {
                ctx.out
                    .warn(&format!("entries read and lag are unknown: {}", e.message));
            }
        }
    } else {
        let items: Vec<serde_json::Value> =
            reports.iter().map(|r| r.to_json(dead_after_ms)).collect();
        ctx.out.list(&items, || unreachable!("not a table"))?;
    }
    let dead: usize = reports
        .iter()
        .map(|r| {
            r.consumers
                .iter()
                .filter(|c| c.is_dead(dead_after_ms))
                .count()
        })
        .sum();
    if dead > 0 && ctx.out.is_table() {
        ctx.out.hint(&format!(
            "{dead} consumer(s) hold pending entries that waited longer than {} (or are idle that long themselves); see them with `redops stream pending STREAM --group G --consumer C`, move them with `redops stream reclaim`",
            human_ms(dead_after_ms as i64)
        ));
    }
    coverage.conclude(ctx)?;
    if args.fail_if_dead && dead > 0 {
        return Err(Error::problem(format!(
            "{dead} dead consumer(s): holding pending entries that waited longer than {} (or idle that long themselves)",
            human_ms(dead_after_ms as i64)
        )));
    }
    Ok(())
}

/// The groups and consumers of the streams one SCAN call returned: two pipelines on that node.
async fn groups_on_node(
    client: &Client,
    node: &Node,
    keys: &[Vec<u8>],
) -> Result<Vec<GroupReport>> {
    let cmds: Vec<Cmd> = keys
        .iter()
        .map(|k| redis::cmd("XINFO").arg("GROUPS").arg(k).clone())
        .collect();
    let replies = client
        .batch_on(node, &cmds, "reading consumer groups")
        .await?;
    let mut found: Vec<(Vec<u8>, GroupInfo)> = Vec::new();
    for (k, r) in keys.iter().zip(replies) {
        // A stream deleted since the scan answers with an error: skip it.
        if let Ok(v) = r {
            for g in parse_groups(&v)? {
                found.push((k.clone(), g));
            }
        }
    }
    let cmds: Vec<Cmd> = found
        .iter()
        .map(|(k, g)| xinfo_consumers(k, &g.name))
        .collect();
    let consumers = client.batch_on(node, &cmds, "reading consumers").await?;
    Ok(found
        .into_iter()
        .zip(consumers)
        .map(|((stream, group), c)| GroupReport {
            stream,
            group,
            consumers: c.as_ref().map(parse_consumers).unwrap_or_default(),
            node: Some(node.clone()),
        })
        .collect())
}

/// For each consumer that holds entries but was seen recently, whether one of its entries has
/// waited longer than the threshold: `XPENDING stream group IDLE ms - + 1 consumer`, all in one
/// round trip (none when every such consumer is already known to be stuck or holds nothing).
/// The entry checks of the streams scanned on one node: (node, (report, consumer), XPENDING).
type NodeReads = (Option<crate::client::Node>, Vec<(usize, usize)>, Vec<Cmd>);

async fn mark_stuck(
    client: &Client,
    reports: &mut [GroupReport],
    dead_after_ms: u64,
) -> Result<()> {
    // Grouped by the node each stream was scanned on (None: routed by key), so that a
    // --replicas scan reads the replica here too; the groups are read concurrently.
    let mut by_node: Vec<NodeReads> = Vec::new();
    for (ri, r) in reports.iter().enumerate() {
        let addr = r.node.as_ref().map(|n| n.addr.clone());
        let at = match by_node
            .iter()
            .position(|(n, _, _)| n.as_ref().map(|n| n.addr.clone()) == addr)
        {
            Some(i) => i,
            None => {
                by_node.push((r.node.clone(), Vec::new(), Vec::new()));
                by_node.len() - 1
            }
        };
        let (_, who, cmds) = &mut by_node[at];
        for (ci, c) in r.consumers.iter().enumerate() {
            if c.needs_entry_check(dead_after_ms) {
                who.push((ri, ci));
                cmds.push(
                    redis::cmd("XPENDING")
                        .arg(&r.stream)
                        .arg(&r.group.name)
                        .arg("IDLE")
                        .arg(dead_after_ms)
                        .arg("-")
                        .arg("+")
                        .arg(1)
                        .arg(&c.name)
                        .clone(),
                );
            }
        }
    }
    let what = "reading how long pending entries have waited";
    let reads = by_node
        .into_iter()
        .filter(|(_, _, cmds)| !cmds.is_empty())
        .map(|(node, who, cmds)| async move {
            let replies = match &node {
                Some(n) => client.batch_on(n, &cmds, what).await?,
                None => client.batch(&cmds, what).await?,
            };
            Ok::<_, Error>((who, replies))
        });
    let mut answers = Vec::new();
    for r in futures_util::future::join_all(reads).await {
        answers.push(r?);
    }
    for ((ri, ci), reply) in answers
        .into_iter()
        .flat_map(|(who, replies)| who.into_iter().zip(replies))
    {
        // [[id, consumer, idle_ms, deliveries]] or [] when none waited that long.
        let idle = reply.ok().and_then(|v| {
            let first = v_items(&v).first()?.clone();
            v_items(&first).get(2).and_then(v_int)
        });
        if let Some(idle) = idle {
            reports[ri].consumers[ci].stuck_entry_idle_ms = Some(idle.max(0) as u64);
        }
    }
    Ok(())
}

fn render_groups(ctx: &Ctx, reports: &[GroupReport], dead_after_ms: u64) -> Result<()> {
    let unknown = |x: Option<i64>| x.map(|n| n.to_string()).unwrap_or_else(|| "unknown".into());
    let mut t = ctx.out.new_table(&[
        "stream",
        "group",
        "consumers",
        "pending",
        "last delivered",
        "entries read",
        "lag",
    ]);
    for r in reports {
        add_row(
            &mut t,
            vec![
                bytes_cell(&r.stream),
                bytes_cell(&r.group.name),
                cell(r.group.consumers),
                cell(r.group.pending),
                cell(&r.group.last_delivered_id),
                cell(unknown(r.group.entries_read)),
                cell(unknown(r.group.lag)),
            ],
        );
    }
    ctx.out.table(t)?;
    let mut t = ctx
        .out
        .new_table(&["stream", "group", "consumer", "pending", "idle", "status"]);
    let mut any = false;
    for r in reports {
        for c in &r.consumers {
            any = true;
            let status = if c.is_dead(dead_after_ms) && c.idle_ms > dead_after_ms {
                ctx.out
                    .alert_cell(format!("DEAD: idle, holding {} entries", c.pending))
            } else if c.is_dead(dead_after_ms) {
                let waited = c
                    .stuck_entry_idle_ms
                    .into_iter()
                    .chain(c.inactive_ms)
                    .max()
                    .unwrap_or(0);
                ctx.out.alert_cell(format!(
                    "STUCK: polls, but holds {} entries (one waiting {})",
                    c.pending,
                    human_ms(waited as i64)
                ))
            } else if c.pending > 0 {
                cell("working")
            } else {
                cell("idle")
            };
            add_row(
                &mut t,
                vec![
                    bytes_cell(&r.stream),
                    bytes_cell(&r.group.name),
                    bytes_cell(&c.name),
                    cell(c.pending),
                    cell(human_ms(c.idle_ms as i64)),
                    status,
                ],
            );
        }
    }
    if any { ctx.out.table(t) } else { Ok(()) }
}

// ---------------------------------------------------------------------------------------------
// stream pending
// ---------------------------------------------------------------------------------------------

fn summary_json(stream: &[u8], group: &[u8], s: &PendingSummary) -> Map<String, serde_json::Value> {
    let mut m = Map::new();
    put_bytes(&mut m, "stream", stream);
    put_bytes(&mut m, "group", group);
    m.insert("count".into(), json!(s.count));
    m.insert("min_id".into(), json!(s.min_id));
    m.insert("max_id".into(), json!(s.max_id));
    let cs: Vec<serde_json::Value> = s
        .consumers
        .iter()
        .map(|(name, n)| {
            let mut o = Map::new();
            put_bytes(&mut o, "name", name);
            o.insert("pending".into(), json!(n));
            serde_json::Value::Object(o)
        })
        .collect();
    m.insert("consumers".into(), json!(cs));
    m
}

/// Pending entries a table shows at most (the oldest); a count says how many more matched.
const PENDING_TABLE_ROWS: usize = 1_000;

async fn pending(args: PendingArgs, ctx: &Ctx) -> Result<()> {
    let stream = args.stream.as_bytes();
    let group = args.group.as_bytes();
    let detail = args.detail || args.payload || args.filter.any();
    let client = ctx.connect().await?;
    // Round trip 1: existence, groups and the summary.
    let (summary, _) = open_group(&client, stream, group, Vec::new()).await?;
    let mut entries = Vec::new();
    let mut partial = false;
    let mut matched = 0usize;
    let mut deleted = 0usize;
    if ctx.out.is_table() {
        let mut text = format!(
            "{} group {}: {} pending",
            show_bytes(stream),
            show_bytes(group),
            summary.count
        );
        if let (Some(a), Some(b)) = (&summary.min_id, &summary.max_id) {
            text.push_str(&format!(" (ids {a} .. {b})"));
        }
        ctx.out.say(&(text + "\n"))?;
        if !summary.consumers.is_empty() {
            let mut t = ctx.out.new_table(&["consumer", "pending"]);
            for (c, n) in &summary.consumers {
                add_row(&mut t, vec![cell(show_bytes(c)), cell(n)]);
            }
            ctx.out.table(t)?;
        }
        if detail && summary.count > 0 {
            let q = PendingQuery::from_filter(&args.filter, args.page_size, args.payload);
            // Only the oldest rows are kept for the table; the rest are counted.
            partial = read_pending_pages(ctx, &client, stream, group, &q, |page| {
                for e in page {
                    matched += 1;
                    if e.payload == Payload::Deleted {
                        deleted += 1;
                    }
                    if entries.len() < PENDING_TABLE_ROWS {
                        entries.push(e);
                    }
                }
                Ok(())
            })
            .await?;
        }
        if detail {
            if entries.is_empty() {
                ctx.out.hint("no pending entries match");
            } else {
                ctx.out.table(entries_table(ctx, &entries, None))?;
                if matched > entries.len() {
                    ctx.out.hint(&format!(
                        "showing the oldest {} of {matched} matching entries; `-o ndjson` lists every one",
                        entries.len()
                    ));
                }
            }
        }
    } else {
        let m = serde_json::Value::Object(summary_json(stream, group, &summary));
        if !detail {
            ctx.out.json(&m)?;
        } else {
            // The same document, written page by page: the summary's fields, then "entries".
            let m = ctx.out.cap(m);
            let head = match ctx.out.format {
                crate::cli::OutputFormat::Ndjson => serde_json::to_string(&m),
                _ => serde_json::to_string_pretty(&m),
            }
            .map_err(|e| Error::internal(format!("could not render JSON: {e}")))?;
            let pretty = ctx.out.format != crate::cli::OutputFormat::Ndjson;
            let head = head
                .trim_end()
                .strip_suffix('}')
                .unwrap_or(&head)
                .trim_end();
            ctx.out.print(&format!(
                "{head},{}\"entries\":[",
                if pretty { "\n  " } else { "" }
            ))?;
            if summary.count > 0 {
                let q = PendingQuery::from_filter(&args.filter, args.page_size, args.payload);
                let mut chunk = String::new();
                partial = read_pending_pages(ctx, &client, stream, group, &q, |page| {
                    chunk.clear();
                    for e in page {
                        if e.payload == Payload::Deleted {
                            deleted += 1;
                        }
                        let item = serde_json::to_string(&ctx.out.cap(e.to_json()))
                            .map_err(|e| Error::internal(format!("could not render JSON: {e}")))?;
                        if matched > 0 {
                            chunk.push(',');
                        }
                        if pretty {
                            chunk.push_str("\n    ");
                        }
                        chunk.push_str(&item);
                        matched += 1;
                    }
                    ctx.out.print(&chunk)
                })
                .await?;
            }
            ctx.out.print(if pretty && matched > 0 {
                "\n  ]\n}\n"
            } else if pretty {
                "]\n}\n"
            } else {
                "]}\n"
            })?;
        }
    }
    if deleted > 0 {
        ctx.out.warn(&format!(
            "{deleted} pending entr{} deleted from the stream: no worker can process {}; acknowledge {} with `redops stream ack`",
            if deleted == 1 { "y was" } else { "ies were" },
            if deleted == 1 { "it" } else { "them" },
            if deleted == 1 { "it" } else { "them" },
        ));
    }
    if partial {
        ctx.out.warn("interrupted: the list above is partial");
        return Err(Error::interrupted());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// stream reclaim
// ---------------------------------------------------------------------------------------------

/// Claims or dead-letters each entry, atomically per call.
/// KEYS[1] = stream, KEYS[2] = dead-letter stream (only with ARGV[4] > 0).
/// ARGV = group, to, min_idle_ms, max_deliveries (0 = no dead-letter), then (id, consumer seen)
/// pairs. An entry is touched only while it is still pending on the consumer the operator saw
/// and still idle at least min_idle_ms. Returns flat triples (id, outcome, detail).
pub const RECLAIM: &str = r"
local stream, group, to, min_idle = KEYS[1], ARGV[1], ARGV[2], ARGV[3]
local maxd = tonumber(ARGV[4])
local out = {}
local function put(id, what, detail)
  out[#out + 1] = id; out[#out + 1] = what; out[#out + 1] = detail
end
-- A write the server refuses (OOM at maxmemory, WRONGTYPE when the dead-letter key changed
-- type) stops the page here: what was done before it is reported, not lost in an error.
local function write(...)
  local r = redis.pcall(...)
  if type(r) == 'table' and r.err then return nil, r.err end
  return r
end
for i = 5, #ARGV, 2 do
  local id, seen = ARGV[i], ARGV[i + 1]
  local p = redis.call('XPENDING', stream, group, 'IDLE', min_idle, id, id, 1)
  if #p == 0 then
    put(id, 'skipped', 'no longer pending, or delivered again recently')
  elseif p[1][2] ~= seen then
    put(id, 'skipped', 'now pending on consumer ' .. p[1][2])
  else
    local deliveries = p[1][4]
    local e = redis.call('XRANGE', stream, id, id)
    if #e == 0 then
      local _, err = write('XACK', stream, group, id)
      if err then put(id, 'error', err); break end
      put(id, 'deleted', '')
    elseif maxd > 0 and deliveries >= maxd and #e[1][2] > 7000 then
      -- unpack() cannot pass that many values: leave it pending rather than half-handle it.
      put(id, 'skipped', 'too many fields to dead-letter in one script; left pending')
    elseif maxd > 0 and deliveries >= maxd then
      local args = {}
      for _, x in ipairs(e[1][2]) do args[#args + 1] = x end
      for _, x in ipairs({'original_id', id, 'original_stream', stream, 'original_group', group,
                          'original_consumer', seen, 'deliveries', tostring(deliveries)}) do
        args[#args + 1] = x
      end
      local new_id, err = write('XADD', KEYS[2], '*', unpack(args))
      if err then put(id, 'error', err); break end
      local _, err2 = write('XACK', stream, group, id)
      if err2 then put(id, 'copied', new_id); put(id, 'error', err2); break end
      put(id, 'dead_lettered', new_id)
    else
      local c, err = write('XCLAIM', stream, group, to, min_idle, id)
      if err then put(id, 'error', err); break end
      if #c == 0 then put(id, 'skipped', 'not claimed') else put(id, 'claimed', '') end
    end
  end
end
return out
";

/// What reclaim will do with an entry, as far as the operator can tell before the script runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReclaimAction {
    Claim,
    DeadLetter,
    /// Deleted from the stream while pending: acknowledged (nothing left to process).
    AckDeleted,
}

impl ReclaimAction {
    pub fn of(e: &PendingEntry, max_deliveries: Option<u64>) -> ReclaimAction {
        if e.payload == Payload::Deleted {
            ReclaimAction::AckDeleted
        } else if max_deliveries.is_some_and(|m| e.deliveries >= m) {
            ReclaimAction::DeadLetter
        } else {
            ReclaimAction::Claim
        }
    }
    fn name(self) -> &'static str {
        match self {
            ReclaimAction::Claim => "claim",
            ReclaimAction::DeadLetter => "dead_letter",
            ReclaimAction::AckDeleted => "ack_deleted",
        }
    }
}

/// The outcome of reclaiming one entry, as the script reported it.
#[derive(Debug, Default)]
struct ReclaimOutcome {
    claimed: Vec<String>,
    dead_lettered: Vec<(String, String)>,
    deleted: Vec<String>,
    skipped: Vec<(String, String)>,
    /// Copied to the dead-letter stream (id, dead-letter id) but not acknowledged: still
    /// pending, so a later run would copy it again.
    copied: Vec<(String, String)>,
    /// The write the server refused (the entry id and its error); the run stopped there.
    failed: Option<(String, String)>,
}

impl ReclaimOutcome {
    fn absorb(&mut self, v: &Value) -> Result<()> {
        for (id, what, detail) in script_triples(v, "reclaim")? {
            match what.as_str() {
                "claimed" => self.claimed.push(id),
                "dead_lettered" => self.dead_lettered.push((id, detail)),
                "deleted" => self.deleted.push(id),
                "copied" => self.copied.push((id, detail)),
                "error" => self.failed = Some((id, detail)),
                _ => self.skipped.push((id, detail)),
            }
        }
        Ok(())
    }

    /// How many entries the script changed (claimed, dead-lettered, acknowledged, copied).
    fn changed(&self) -> usize {
        self.claimed.len() + self.dead_lettered.len() + self.deleted.len() + self.copied.len()
    }

    /// Entries taken out of the group: dead-lettered, or deleted from the stream and
    /// acknowledged. (Claimed ones are still pending, on another consumer.)
    fn removed(&self, plan: &Plan) -> serde_json::Value {
        removed_entries(
            plan,
            self.dead_lettered
                .iter()
                .map(|(id, _)| id)
                .chain(&self.deleted),
        )
    }

    fn to_json(&self) -> Map<String, serde_json::Value> {
        let mut m = Map::new();
        m.insert("claimed".into(), json!(self.claimed));
        m.insert(
            "dead_lettered".into(),
            json!(
                self.dead_lettered
                    .iter()
                    .map(|(id, dl)| json!({"id": id, "dead_letter_id": dl}))
                    .collect::<Vec<_>>()
            ),
        );
        m.insert("deleted".into(), json!(self.deleted));
        m.insert("skipped".into(), skipped_json(&self.skipped));
        if !self.copied.is_empty() {
            m.insert(
                "copied_not_acknowledged".into(),
                json!(
                    self.copied
                        .iter()
                        .map(|(id, dl)| json!({"id": id, "dead_letter_id": dl}))
                        .collect::<Vec<_>>()
                ),
            );
        }
        if let Some((id, err)) = &self.failed {
            m.insert("failed".into(), json!({"id": id, "error": err}));
        }
        m
    }
}

/// Without --count, one reclaim or ack handles at most this many entries, oldest first, so that
/// its memory, its prompt and its audit line stay bounded; the rest is left for the next run.
pub const MAX_PER_RUN: u64 = 10_000;

/// How many pending entries a reclaim or ack reads: `--count`, or one more than
/// [`MAX_PER_RUN`] (to tell whether more match).
fn run_limit(count: Option<u64>) -> u64 {
    count.unwrap_or(MAX_PER_RUN + 1)
}

/// Cuts what a reclaim or ack without `--count` read to [`MAX_PER_RUN`]; whether more matched.
fn cap_run(entries: &mut Vec<PendingEntry>, count: Option<u64>) -> bool {
    if count.is_none() && entries.len() as u64 > MAX_PER_RUN {
        entries.truncate(MAX_PER_RUN as usize);
        true
    } else {
        false
    }
}

fn more_note(more: bool) -> String {
    if more {
        format!(
            " (the oldest {MAX_PER_RUN}: more match, and are left for another run; --count N sets the batch)"
        )
    } else {
        String::new()
    }
}

/// The prior items (of the plan) of the entries with these ids: what an outcome line lists as
/// removed, for `audit restore`.
fn removed_entries<'a>(
    plan: &Plan,
    ids: impl IntoIterator<Item = &'a String>,
) -> serde_json::Value {
    let ids: std::collections::HashSet<&str> = ids.into_iter().map(String::as_str).collect();
    safety::removed_json(
        plan.items.iter().filter(
            |i| matches!(i, PriorItem::StreamEntry { id, .. } if ids.contains(id.as_str())),
        ),
    )
}

/// A script's flat reply of (id, outcome, detail) triples.
fn script_triples(v: &Value, script: &str) -> Result<Vec<(String, String, String)>> {
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

/// Skipped entries as JSON: `[{id, reason}]`.
fn skipped_json(skipped: &[(String, String)]) -> serde_json::Value {
    json!(
        skipped
            .iter()
            .map(|(id, why)| json!({"id": id, "reason": why}))
            .collect::<Vec<_>>()
    )
}

async fn reclaim(args: ReclaimArgs, ctx: &Ctx) -> Result<()> {
    const COMMAND: &str = "stream reclaim";
    safety::preflight(ctx, COMMAND)?;
    let stream = args.stream.as_bytes();
    let group = args.group.as_bytes();
    let to = args.to.as_bytes();
    let s = show_bytes(stream);
    let g = show_bytes(group);
    let ids = parse_ids(&args.ids)?;
    let min_idle_ms = args.min_idle.as_millis() as u64;
    let dead_letter = args.dead_letter.as_deref().map(str::as_bytes);
    if dead_letter == Some(stream) {
        return Err(Error::usage(
            "--dead-letter names the stream being reclaimed; give a separate dead-letter stream",
        ));
    }
    let client = ctx.connect_for_writes().await?;
    if let Some(dl) = dead_letter
        && client.is_cluster()
        && redis::cluster_routing::Slot::for_key(dl)
            != redis::cluster_routing::Slot::for_key(stream)
    {
        return Err(Error::usage(format!(
            "the dead-letter stream {} is in another cluster slot than {s}: copying an entry and acknowledging it must be one atomic script, which needs both keys in one slot",
            show_bytes(dl)
        ))
        .hint(format!(
            "use a hash tag so both hash alike, e.g. --dead-letter '{}' (and name new queues like '{{tx}}' / '{{tx}}:dead')",
            dead_letter_suggestion(stream)
        )));
    }

    // Round trip 1: the stream, the group, its consumers, and the dead-letter key's type.
    // (and the stream's TTL, which the audit line keeps for `audit restore`).
    let mut extra = vec![xinfo_consumers(stream, group)];
    if let Some(dl) = dead_letter {
        extra.push(redis::cmd("TYPE").arg(dl).clone());
    }
    extra.push(redis::cmd("PTTL").arg(stream).clone());
    let (_, extra) = open_group(&client, stream, group, extra).await?;
    let stream_ttl_ms = crate::client::ttl_ms(extra.last().and_then(reply_int).unwrap_or(-1));
    let consumers = extra
        .first()
        .and_then(|r| r.as_ref().ok())
        .map(parse_consumers)
        .unwrap_or_default();
    if !consumers.iter().any(|c| c.name == to) {
        ctx.out.warn(&format!(
            "group {g} has no consumer named {}: claimed entries wait until a worker with that name reads its own pending entries (XREADGROUP ... 0)",
            show_bytes(to)
        ));
    }
    if let (Some(dl), Some(t)) = (dead_letter, extra.get(1)) {
        let kind = reply_bytes(t).unwrap_or_default();
        if kind != b"stream" && kind != b"none" {
            return Err(Error::data(format!(
                "the dead-letter key {} is a {}, not a stream",
                show_bytes(dl),
                show_bytes(&kind)
            )));
        }
    }

    // The candidates, with their fields (round trip 2, or one pair per page).
    let mut skipped_before: Vec<(String, String)> = Vec::new();
    let (mut entries, partial) = if ids.is_empty() {
        let q = PendingQuery {
            consumer: args.from.as_deref().map(str::as_bytes),
            min_idle_ms,
            min_deliveries: None,
            limit: Some(run_limit(args.count)),
            page_size: args.page_size,
            payload: true,
        };
        read_pending(ctx, &client, stream, group, &q).await?
    } else {
        let (found, missing) = read_ids(&client, stream, group, &ids, min_idle_ms).await?;
        for id in missing {
            skipped_before.push((
                id,
                format!(
                    "not pending in group {g}, or idle less than {}",
                    human_ms(min_idle_ms as i64)
                ),
            ));
        }
        (found, false)
    };
    if partial {
        return Err(Error::interrupted());
    }
    if let Some(from) = &args.from {
        entries.retain(|e| {
            let keep = e.consumer == from.as_bytes();
            if !keep {
                skipped_before.push((
                    e.id.clone(),
                    format!("pending on {}, not on {from}", show_bytes(&e.consumer)),
                ));
            }
            keep
        });
    }
    if let Some(c) = args.count {
        entries.truncate(c as usize);
    }
    let more = ids.is_empty() && cap_run(&mut entries, args.count);
    let action = |e: &PendingEntry| {
        ReclaimAction::of(e, args.max_deliveries.filter(|_| dead_letter.is_some()))
    };
    let n_dl = entries
        .iter()
        .filter(|e| action(e) == ReclaimAction::DeadLetter)
        .count();
    let n_del = entries
        .iter()
        .filter(|e| action(e) == ReclaimAction::AckDeleted)
        .count();
    let n_claim = entries.len() - n_dl - n_del;

    let report = |outcome: Option<&ReclaimOutcome>, dry_run: bool| {
        let mut m = Map::new();
        put_bytes(&mut m, "stream", stream);
        put_bytes(&mut m, "group", group);
        put_bytes(&mut m, "to", to);
        match dead_letter {
            Some(dl) => put_bytes(&mut m, "dead_letter", dl),
            None => {
                m.insert("dead_letter".into(), serde_json::Value::Null);
            }
        }
        if dry_run {
            m.insert("dry_run".into(), json!(true));
        }
        m.insert("more".into(), json!(more));
        m.insert(
            "entries".into(),
            json!(
                entries
                    .iter()
                    .map(|e| {
                        let mut v = e.to_json();
                        if let serde_json::Value::Object(o) = &mut v {
                            o.insert("action".into(), json!(action(e).name()));
                        }
                        v
                    })
                    .collect::<Vec<_>>()
            ),
        );
        let mut out = outcome.map(ReclaimOutcome::to_json).unwrap_or_default();
        if let Some(serde_json::Value::Array(a)) = out.get_mut("skipped") {
            for (id, why) in &skipped_before {
                a.push(json!({"id": id, "reason": why}));
            }
        } else if outcome.is_none() && !skipped_before.is_empty() {
            out.insert("skipped".into(), skipped_json(&skipped_before));
        }
        m.extend(out);
        serde_json::Value::Object(m)
    };

    if ctx.out.is_table() && !entries.is_empty() {
        let act = |e: &PendingEntry| cell(action(e).name());
        ctx.out
            .table(entries_table(ctx, &entries, Some(("action", &act))))?;
    }
    for (id, why) in &skipped_before {
        ctx.out.warn(&format!("{id}: {why}; left alone"));
    }
    if entries.is_empty() {
        if ctx.out.is_table() {
            ctx.out
                .print("no pending entries match: nothing to reclaim\n")?;
        } else {
            ctx.out.json(&report(None, ctx.settings.dry_run))?;
        }
        // Nothing done is not a success: exit 4, like a filter matching nothing elsewhere.
        return Err(Error::not_found(format!(
            "nothing was reclaimed: no pending entry of {s} group {g} matches"
        ))
        .hint("`redops stream pending` shows what is pending and how long it has waited"));
    }

    let mut summary = format!(
        "reclaim {} pending entr{} of {s} group {g}: {n_claim} to consumer {}",
        entries.len(),
        if entries.len() == 1 { "y" } else { "ies" },
        show_bytes(to)
    );
    if let Some(dl) = dead_letter {
        summary.push_str(&format!(
            ", {n_dl} to dead-letter stream {}",
            show_bytes(dl)
        ));
    }
    if n_del > 0 {
        summary.push_str(&format!(", {n_del} deleted from the stream acknowledged"));
    }
    summary.push_str(&more_note(more));
    let plan = Plan {
        command: COMMAND,
        summary,
        items: entries
            .iter()
            .map(|e| e.prior(stream, group, stream_ttl_ms))
            .collect(),
        context: json!({
            "group": show_bytes(group),
            "to": show_bytes(to),
            "min_idle_ms": min_idle_ms,
            "from": args.from,
            "dead_letter": dead_letter.map(show_bytes),
            "max_deliveries": args.max_deliveries,
        }),
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => return safety::report_dry_run_with(ctx, &plan, || report(None, true)),
        Gate::Proceed(id) => id,
    };

    // One atomic script per page.
    let min_idle_arg = min_idle_ms.to_string();
    let maxd_arg = args
        .max_deliveries
        .filter(|_| dead_letter.is_some())
        .unwrap_or(0)
        .to_string();
    let mut keys: Vec<&[u8]> = vec![stream];
    if let Some(dl) = dead_letter {
        keys.push(dl);
    }
    let mut outcome = ReclaimOutcome::default();
    let mut not_attempted = 0usize;
    for page in entries.chunks(args.page_size as usize) {
        if outcome.failed.is_some() {
            not_attempted += page.len();
            continue;
        }
        let mut argv: Vec<&[u8]> = vec![group, to, min_idle_arg.as_bytes(), maxd_arg.as_bytes()];
        for e in page {
            argv.push(e.id.as_bytes());
            argv.push(&e.consumer);
        }
        let r = client
            .write_script(RECLAIM, &keys, &argv, &format!("reclaiming entries of {s}"))
            .await;
        match r {
            Ok(v) => {
                let before = outcome.changed() + outcome.skipped.len();
                outcome.absorb(&v)?;
                if outcome.failed.is_some() {
                    // The failed entry and the rest of its page were left as they were.
                    let after = outcome.changed() + outcome.skipped.len();
                    not_attempted += page.len().saturating_sub(after - before);
                }
            }
            Err(e) => {
                let mut done = outcome.to_json();
                done.insert("status".into(), json!(safety::failure_status(&e)));
                done.insert("removed".into(), outcome.removed(&plan));
                done.insert("error".into(), json!(e.message));
                safety::record_outcome(ctx, &id, serde_json::Value::Object(done));
                return Err(e);
            }
        }
    }
    let mut done = outcome.to_json();
    done.insert(
        "status".into(),
        json!(if outcome.failed.is_some() {
            "failed"
        } else {
            "done"
        }),
    );
    if outcome.failed.is_some() {
        done.insert("not_attempted".into(), json!(not_attempted));
    }
    done.insert("removed".into(), outcome.removed(&plan));
    safety::record_outcome(ctx, &id, serde_json::Value::Object(done));

    if ctx.out.is_table() {
        let mut text = format!("claimed {} to {}", outcome.claimed.len(), show_bytes(to));
        if let Some(dl) = dead_letter {
            text.push_str(&format!(
                ", dead-lettered {} to {}",
                outcome.dead_lettered.len(),
                show_bytes(dl)
            ));
        }
        text.push_str(&format!(
            ", acknowledged {} deleted from the stream, skipped {}\n",
            outcome.deleted.len(),
            outcome.skipped.len()
        ));
        ctx.out.say(&text)?;
        for (id, why) in &outcome.skipped {
            ctx.out.warn(&format!("{id}: {why}; left alone"));
        }
        for (id, dl) in &outcome.copied {
            ctx.out.warn(&format!(
                "{id}: copied to the dead-letter stream as {dl} but not acknowledged: still pending"
            ));
        }
        if more {
            ctx.out.hint(&format!(
                "more entries match than the {MAX_PER_RUN} handled in one run: run the same command again"
            ));
        }
    } else {
        let mut r = report(Some(&outcome), false);
        if let Some(o) = r.as_object_mut()
            && outcome.failed.is_some()
        {
            o.insert("not_attempted".into(), json!(not_attempted));
        }
        ctx.out.json(&r)?;
    }
    if let Some((entry, err)) = &outcome.failed {
        return Err(Error::server_refusal(
            err,
            &format!("reclaiming entry {entry} of {s}"),
        )
        .hint(format!(
            "the run stopped there: {} entr{} changed before it (reported above and in the audit log), {not_attempted} left as they were",
            outcome.changed(),
            if outcome.changed() == 1 { "y was" } else { "ies were" }
        )));
    }
    if outcome.claimed.is_empty()
        && outcome.dead_lettered.is_empty()
        && outcome.deleted.is_empty()
        && !outcome.skipped.is_empty()
    {
        // Every entry was left alone: nothing was done, never exit 0.
        return Err(Error::refused(format!(
            "nothing was reclaimed from {s}: every entry changed since it was read (see above)"
        ))
        .hint("run `redops stream pending` to see what is pending now"));
    }
    Ok(())
}

/// A dead-letter name in the same cluster slot as `stream`: `{stream}:dead`, or, when the
/// stream already has a hash tag, the stream's name with `:dead` appended.
pub fn dead_letter_suggestion(stream: &[u8]) -> String {
    let s = show_bytes(stream);
    let tagged = s
        .find('{')
        .and_then(|o| s[o + 1..].find('}').map(|c| c > 0))
        .unwrap_or(false);
    if tagged {
        format!("{s}:dead")
    } else {
        format!("{{{s}}}:dead")
    }
}

// ---------------------------------------------------------------------------------------------
// stream ack
// ---------------------------------------------------------------------------------------------

async fn ack(args: AckArgs, ctx: &Ctx) -> Result<()> {
    const COMMAND: &str = "stream ack";
    safety::preflight(ctx, COMMAND)?;
    let stream = args.stream.as_bytes();
    let group = args.group.as_bytes();
    let s = show_bytes(stream);
    let g = show_bytes(group);
    let ids = parse_ids(&args.ids)?;
    if ids.is_empty() && !args.filter.any() {
        return Err(Error::usage(
            "say which entries to acknowledge: ID..., --consumer C, --min-idle DUR, --min-deliveries N or --count N",
        )
        .hint(format!("`redops stream pending {s} --group {g} --detail` lists them")));
    }
    let client = ctx.connect_for_writes().await?;
    // Round trip 1: the stream and the group exist, and the stream's TTL (kept in the audit
    // line, for `audit restore`).
    let (_, extra) = open_group(
        &client,
        stream,
        group,
        vec![redis::cmd("PTTL").arg(stream).clone()],
    )
    .await?;
    let stream_ttl_ms = crate::client::ttl_ms(extra.first().and_then(reply_int).unwrap_or(-1));
    // The entries and their fields (the audit line keeps them, so they can be re-added).
    let (mut entries, not_pending, partial) = if ids.is_empty() {
        let mut q = PendingQuery::from_filter(&args.filter, args.page_size, true);
        q.limit = Some(run_limit(args.filter.count));
        let (e, p) = read_pending(ctx, &client, stream, group, &q).await?;
        (e, Vec::new(), p)
    } else {
        let (e, m) = read_ids(&client, stream, group, &ids, 0).await?;
        (e, m, false)
    };
    if partial {
        return Err(Error::interrupted());
    }
    let more = ids.is_empty() && cap_run(&mut entries, args.filter.count);
    let requested = if ids.is_empty() {
        entries.len()
    } else {
        ids.len()
    };
    let report = |outcome: Option<&AckOutcome>, dry_run: bool| {
        let mut m = Map::new();
        put_bytes(&mut m, "stream", stream);
        put_bytes(&mut m, "group", group);
        if dry_run {
            m.insert("dry_run".into(), json!(true));
        }
        m.insert("requested".into(), json!(requested));
        m.insert(
            "acknowledged".into(),
            json!(outcome.map_or(0, |o| o.acknowledged.len())),
        );
        m.insert("not_pending".into(), json!(not_pending));
        m.insert(
            "skipped".into(),
            outcome.map_or(json!([]), |o| skipped_json(&o.skipped)),
        );
        if let Some(o) = outcome {
            // A run that stopped early says exactly where, and what it left.
            if let Some((id, err)) = &o.failed {
                m.insert("failed".into(), json!({"id": id, "error": err}));
            }
            m.insert("not_attempted".into(), json!(o.not_attempted));
            m.insert("unknown".into(), json!(o.unknown));
        }
        m.insert("more".into(), json!(more));
        m.insert(
            "entries".into(),
            json!(
                entries
                    .iter()
                    .map(PendingEntry::to_json)
                    .collect::<Vec<_>>()
            ),
        );
        serde_json::Value::Object(m)
    };
    if ctx.out.is_table() && !entries.is_empty() {
        ctx.out.table(entries_table(ctx, &entries, None))?;
    }
    if !not_pending.is_empty() {
        ctx.out.hint(&format!(
            "not pending (already acknowledged, or never delivered): {}",
            not_pending.join(", ")
        ));
    }
    if entries.is_empty() {
        if ctx.out.is_table() {
            ctx.out.say(&format!(
                "requested {requested}, acknowledged 0: nothing is pending\n"
            ))?;
        } else {
            ctx.out.json(&report(None, ctx.settings.dry_run))?;
        }
        // Nothing to acknowledge is not a success (exit 4, like a filter matching nothing).
        return Err(Error::not_found(format!(
            "nothing was acknowledged: no entry of {s} group {g} matches (none is pending)"
        ))
        .hint("`redops stream pending` shows what is pending"));
    }
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "acknowledge {} pending entr{} of {s} group {g}{}",
            entries.len(),
            if entries.len() == 1 { "y" } else { "ies" },
            more_note(more)
        ),
        items: entries
            .iter()
            .map(|e| e.prior(stream, group, stream_ttl_ms))
            .collect(),
        context: json!({
            "group": show_bytes(group),
            "consumer": args.filter.consumer,
            "min_idle_ms": args.filter.min_idle.map(|d| d.as_millis() as u64),
            "min_deliveries": args.filter.min_deliveries,
            "count": args.filter.count,
        }),
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => return safety::report_dry_run_with(ctx, &plan, || report(None, true)),
        Gate::Proceed(id) => id,
    };
    // XACK of exactly the entries that were read and shown, each only while it is still
    // pending on the consumer the operator saw with the delivery count they saw: one atomic
    // script per chunk, each chunk sized to the latency budget and named in the audit trail
    // before it is sent.
    let index_of: std::collections::HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut outcome = AckOutcome::default();
    let mut chunker = safety::Chunker::new(ctx.settings.latency_budget, args.page_size as usize);
    if chunker.is_chunked(entries.len()) {
        chunker.measure_network(&client, stream).await;
    }
    let mut stop: Option<Error> = None;
    let (mut from, mut seq) = (0usize, 0usize);
    let mut previous_applied: Vec<usize> = Vec::new();
    while from < entries.len() && outcome.failed.is_none() {
        let n = chunker.next_len(entries.len() - from);
        let chunk = &entries[from..from + n];
        seq += 1;
        if let Err(e) = safety::record_chunk(
            ctx,
            &id,
            seq,
            from..from + n,
            entries.len(),
            &previous_applied,
        ) {
            stop = Some(e);
            break;
        }
        let mut argv: Vec<Vec<u8>> = vec![group.to_vec()];
        for e in chunk {
            argv.push(e.id.clone().into_bytes());
            argv.push(e.consumer.clone());
            argv.push(e.deliveries.to_string().into_bytes());
        }
        let argv: Vec<&[u8]> = argv.iter().map(Vec::as_slice).collect();
        let started = std::time::Instant::now();
        let r = client
            .write_script(
                ACK,
                &[stream],
                &argv,
                &format!("acknowledging entries of {s}"),
            )
            .await;
        chunker.observe(n, started.elapsed());
        let before = outcome.acknowledged.len();
        match r.and_then(|v| outcome.absorb(&v)) {
            Ok(()) => {}
            Err(e) => {
                if safety::failure_status(&e) == "unknown" {
                    // Sent, but whether it was applied is not known.
                    outcome.unknown = chunk.iter().map(|e| e.id.clone()).collect();
                }
                stop = Some(e);
                break;
            }
        }
        previous_applied = outcome.acknowledged[before..]
            .iter()
            .filter_map(|a| index_of.get(a.as_str()).copied())
            .collect();
        from += n;
    }
    outcome.not_attempted = outcome.untouched(&entries);
    let acked = outcome.acknowledged.len();
    let mut done = outcome.to_json();
    let status = if !outcome.unknown.is_empty() {
        "unknown"
    } else if stop.is_some() || outcome.failed.is_some() {
        "failed"
    } else {
        "done"
    };
    done.insert("status".into(), json!(status));
    if let Some(e) = &stop {
        done.insert("error".into(), json!(e.message));
    }
    done.insert(
        "removed".into(),
        removed_entries(&plan, &outcome.acknowledged),
    );
    done.insert("requested".into(), json!(requested));
    done.insert("chunks".into(), json!(seq));
    safety::record_outcome(ctx, &id, serde_json::Value::Object(done));
    if ctx.out.is_table() {
        ctx.out.say(&format!(
            "requested {requested}, acknowledged {acked}{}\n",
            if acked < requested
                && outcome.skipped.is_empty()
                && stop.is_none()
                && outcome.failed.is_none()
            {
                " (the others were no longer pending)"
            } else {
                ""
            }
        ))?;
        for (id, why) in &outcome.skipped {
            ctx.out.warn(&format!("{id}: {why}; left pending"));
        }
        if more {
            ctx.out.hint(&format!(
                "more entries match than the {MAX_PER_RUN} handled in one run: run the same command again"
            ));
        }
    } else {
        ctx.out.json(&report(Some(&outcome), false))?;
    }
    let stopped = |e: Error| {
        let mut e = e.hint(format!(
            "the run stopped there: {acked} entr{} acknowledged before it (reported above and in the audit log), {} not attempted{}",
            if acked == 1 { "y was" } else { "ies were" },
            outcome.not_attempted.len(),
            if outcome.unknown.is_empty() {
                String::new()
            } else {
                format!(
                    ", {} whose outcome is unknown (check them with `redops stream pending`)",
                    outcome.unknown.len()
                )
            }
        ));
        if !outcome.not_attempted.is_empty() {
            e = e.hint("the entries not attempted are still pending: run the same command again once the cause is fixed");
        }
        e
    };
    if let Some(e) = stop {
        return Err(stopped(e));
    }
    if let Some((entry, err)) = &outcome.failed {
        return Err(stopped(Error::server_refusal(
            err,
            &format!("acknowledging entry {entry} of {s}"),
        )));
    }
    if acked == 0 && requested > 0 {
        // Nothing was acknowledged: never exit 0.
        return Err(if outcome.skipped.is_empty() {
            Error::not_found(format!(
                "nothing was acknowledged: none of the {requested} entries is pending any more"
            ))
        } else {
            Error::refused(
                "nothing was acknowledged: every entry changed since it was read (see above)",
            )
        }
        .hint("run `redops stream pending` to see what is pending now"));
    }
    Ok(())
}

/// Acknowledges each entry only while it is still pending on the consumer the operator saw,
/// delivered as many times as they saw: an entry a worker was handed again, or that another
/// consumer claimed, since the read is left pending. KEYS[1] = stream; ARGV = group, then
/// (id, consumer seen, deliveries seen) triples. Returns flat triples (id, outcome, detail).
pub const ACK: &str = r"
local stream, group = KEYS[1], ARGV[1]
local out = {}
local function put(id, what, detail)
  out[#out + 1] = id; out[#out + 1] = what; out[#out + 1] = detail
end
local function failed(r)
  return type(r) == 'table' and r.err ~= nil
end
for i = 2, #ARGV, 3 do
  local id, seen, deliveries = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  local p = redis.pcall('XPENDING', stream, group, id, id, 1)
  if failed(p) then
    put(id, 'error', p.err)
    return out
  end
  if #p == 0 then
    put(id, 'skipped', 'no longer pending')
  elseif p[1][2] ~= seen then
    put(id, 'skipped', 'now pending on consumer ' .. p[1][2])
  elseif p[1][4] ~= deliveries then
    put(id, 'skipped', 'delivered again since it was read (' .. p[1][4] .. ' deliveries now)')
  else
    local r = redis.pcall('XACK', stream, group, id)
    if failed(r) then
      put(id, 'error', r.err)
      return out
    end
    put(id, 'acknowledged', '')
  end
end
return out
";

/// What the ack script did, entry by entry, and what a run that stopped early left alone.
#[derive(Debug, Default)]
struct AckOutcome {
    acknowledged: Vec<String>,
    skipped: Vec<(String, String)>,
    /// The write the server refused (the entry id and its error); the run stopped there.
    failed: Option<(String, String)>,
    /// Sent in a chunk whose reply was lost: maybe acknowledged, maybe not.
    unknown: Vec<String>,
    /// Never sent (after a refusal or a lost reply): still pending as they were.
    not_attempted: Vec<String>,
}

impl AckOutcome {
    fn absorb(&mut self, v: &Value) -> Result<()> {
        for (id, what, detail) in script_triples(v, "ack")? {
            match what.as_str() {
                "acknowledged" => self.acknowledged.push(id),
                "error" => self.failed = Some((id, detail)),
                _ => self.skipped.push((id, detail)),
            }
        }
        Ok(())
    }

    /// The ids of `entries` that no script touched (in their order).
    fn untouched(&self, entries: &[PendingEntry]) -> Vec<String> {
        let mut seen: std::collections::HashSet<&str> = self
            .acknowledged
            .iter()
            .chain(&self.unknown)
            .map(String::as_str)
            .collect();
        seen.extend(self.skipped.iter().map(|(id, _)| id.as_str()));
        seen.extend(self.failed.iter().map(|(id, _)| id.as_str()));
        entries
            .iter()
            .filter(|e| !seen.contains(e.id.as_str()))
            .map(|e| e.id.clone())
            .collect()
    }

    fn to_json(&self) -> Map<String, serde_json::Value> {
        let mut m = Map::new();
        m.insert("acknowledged".into(), json!(self.acknowledged));
        m.insert("skipped".into(), skipped_json(&self.skipped));
        if let Some((id, err)) = &self.failed {
            m.insert("failed".into(), json!({"id": id, "error": err}));
        }
        m.insert("not_attempted".into(), json!(self.not_attempted));
        m.insert("unknown".into(), json!(self.unknown));
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(s: &str) -> Value {
        Value::BulkString(s.as_bytes().to_vec())
    }

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

    #[test]
    fn reclaim_actions() {
        let e = |deliveries, payload| PendingEntry {
            id: "1-0".into(),
            consumer: b"w".to_vec(),
            idle_ms: 0,
            deliveries,
            payload,
        };
        let f = Payload::Fields(vec![]);
        assert_eq!(
            ReclaimAction::of(&e(5, f.clone()), Some(5)),
            ReclaimAction::DeadLetter
        );
        assert_eq!(
            ReclaimAction::of(&e(4, f.clone()), Some(5)),
            ReclaimAction::Claim
        );
        assert_eq!(ReclaimAction::of(&e(9, f), None), ReclaimAction::Claim);
        assert_eq!(
            ReclaimAction::of(&e(9, Payload::Deleted), Some(5)),
            ReclaimAction::AckDeleted
        );
    }

    #[test]
    fn dead_letter_names_share_the_slot() {
        use redis::cluster_routing::Slot;
        for s in ["tx", "{tx}", "queue:{payments}:in"] {
            let dl = dead_letter_suggestion(s.as_bytes());
            assert_eq!(
                Slot::for_key(dl.as_bytes()),
                Slot::for_key(s.as_bytes()),
                "{s} -> {dl}"
            );
        }
        assert_eq!(dead_letter_suggestion(b"tx"), "{tx}:dead");
    }
}
