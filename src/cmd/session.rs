//! `redops session list` / `session kill`: trading sessions, one hash per user
//! (`sessions:user:{user}`), one field per session id, value JSON
//! `{session_id, device_type, ip_address, created_at, last_active}`.

use crate::cli::session::{FilterArgs, ListArgs, SessionCommand};
use crate::client::{
    Client, Feature, Node, Prefetch, Reply, ScanOptions, is_wrongtype, reply_int, ttl_ms,
};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::keyspace::KeyTemplate;
use crate::output::{add_row, ago, bytes_cell, cell, human_ms, put_bytes, shorten, show_bytes};
use comfy_table::{Cell, Table};
use futures_util::StreamExt;
use ipnet::IpNet;
use redis::Value as RValue;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::net::IpAddr;
use std::time::Duration;

/// Compare-then-delete for the sessions of one hash. ARGV holds (field, value) pairs as they
/// were read and shown; a field is deleted only while its value is byte-identical to that.
/// Returns one code per pair: 1 deleted, 0 value changed (kept), -1 field gone.
/// Fields not named in ARGV (sessions created after the read) are never touched.
pub const COMPARE_THEN_HDEL: &str = r"
local out = {}
for i = 1, #ARGV, 2 do
  local v = redis.call('HGET', KEYS[1], ARGV[i])
  if v == false then
    out[#out + 1] = -1
  elseif v == ARGV[i + 1] then
    redis.call('HDEL', KEYS[1], ARGV[i])
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out
";

/// Sessions listed as skipped (cannot be judged) at most; the rest are counted.
pub(crate) const SKIPPED_SHOWN: usize = 1_000;

/// A session value decoded as far as it goes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionValue {
    /// The application's JSON object, when the value is one (every field it stored).
    pub object: Option<Map<String, Value>>,
    pub device_type: Option<String>,
    pub ip_address: Option<String>,
    pub created_at: Option<f64>,
    pub last_active: Option<f64>,
    /// What is wrong with the value when it is not the expected JSON.
    pub error: Option<String>,
}

/// Decodes a session value; never fails: what cannot be read is named in `error`.
pub fn parse_session_value(raw: &[u8], field: &[u8]) -> SessionValue {
    let object = match serde_json::from_slice::<Value>(raw) {
        Ok(Value::Object(m)) => m,
        Ok(other) => {
            return SessionValue {
                error: Some(format!(
                    "value is JSON {} but not an object",
                    json_kind(&other)
                )),
                ..Default::default()
            };
        }
        Err(e) => {
            return SessionValue {
                error: Some(format!("value is not JSON: {e}")),
                ..Default::default()
            };
        }
    };
    let mut problems = Vec::new();
    let text = |name: &str, problems: &mut Vec<String>| match object.get(name) {
        Some(Value::String(s)) => Some(s.clone()),
        None | Some(Value::Null) => {
            problems.push(format!("missing {name}"));
            None
        }
        Some(_) => {
            problems.push(format!("{name} is not a string"));
            None
        }
    };
    let time = |name: &str, problems: &mut Vec<String>| match object.get(name) {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) if s.trim().parse::<f64>().is_ok() => s.trim().parse().ok(),
        None | Some(Value::Null) => {
            problems.push(format!("missing {name}"));
            None
        }
        Some(_) => {
            problems.push(format!("{name} is not a Unix time"));
            None
        }
    };
    let device_type = text("device_type", &mut problems);
    let ip_address = text("ip_address", &mut problems);
    let created_at = time("created_at", &mut problems);
    let last_active = time("last_active", &mut problems);
    match object.get("session_id") {
        Some(Value::String(s)) if s.as_bytes() == field => {}
        Some(Value::String(s)) => problems.push(format!(
            "session_id in the value ({s}) differs from the field ({})",
            show_bytes(field)
        )),
        None | Some(Value::Null) => problems.push("missing session_id".into()),
        Some(_) => problems.push("session_id is not a string".into()),
    }
    SessionValue {
        object: Some(object),
        device_type,
        ip_address,
        created_at,
        last_active,
        error: (!problems.is_empty()).then(|| problems.join("; ")),
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// One session as read from Redis: the hash field, its raw value and what it decodes to.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: Vec<u8>,
    pub key: Vec<u8>,
    /// The session id: the hash field (what `kill` deletes).
    pub id: Vec<u8>,
    pub raw: Vec<u8>,
    pub value: SessionValue,
    /// The hash's remaining TTL; `None` when it never expires.
    pub ttl_ms: Option<i64>,
    /// The session field's own remaining TTL (`HPEXPIRE`, Redis 7.4+); `None` when it has none
    /// (always, on servers without per-field TTLs).
    pub field_ttl_ms: Option<i64>,
}

/// Field names redops itself puts in a session's JSON; an application field of the same name
/// is not repeated.
const OWN_FIELDS: [&str; 6] = [
    "user_id",
    "session_id",
    "ttl_ms",
    "field_ttl_ms",
    "error",
    "value",
];
const KNOWN_FIELDS: [&str; 4] = ["device_type", "ip_address", "created_at", "last_active"];

impl Session {
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        put_bytes(&mut m, "user_id", &self.user);
        put_bytes(&mut m, "session_id", &self.id);
        let obj = self.value.object.as_ref();
        for name in KNOWN_FIELDS {
            let v = obj
                .and_then(|o| o.get(name))
                .cloned()
                .unwrap_or(Value::Null);
            m.insert(name.into(), v);
        }
        if let Some(o) = obj {
            for (k, v) in o {
                if !KNOWN_FIELDS.contains(&k.as_str())
                    && !OWN_FIELDS.contains(&k.as_str())
                    && !m.contains_key(k)
                {
                    m.insert(k.clone(), v.clone());
                }
            }
        }
        m.insert("ttl_ms".into(), json!(self.ttl_ms));
        m.insert("field_ttl_ms".into(), json!(self.field_ttl_ms));
        if let Some(e) = &self.value.error {
            put_bytes(&mut m, "value", &self.raw);
            m.insert("error".into(), json!(e));
        }
        Value::Object(m)
    }
}

/// What one key under the session pattern turned out to be.
pub enum KeyRead {
    Hash {
        key: Vec<u8>,
        ttl_ms: Option<i64>,
        /// Sessions in the hash, including those a pre-filter left out of `sessions`.
        total: usize,
        sessions: Vec<Session>,
        /// The first (or only) part of the hash: a huge hash is handed on in parts, one per
        /// `HSCAN` page, so it is never held whole.
        first: bool,
    },
    /// A key of another type under the pattern: reported and skipped.
    WrongType { key: Vec<u8>, user: Vec<u8> },
}

fn user_of(t: &KeyTemplate, key: &[u8]) -> Vec<u8> {
    t.extract_one(key, "user").unwrap_or_else(|| key.to_vec())
}

/// Field/value pairs of an `HGETALL` reply (RESP2 flat array or RESP3 map).
fn hash_pairs(v: RValue) -> Option<Vec<(Vec<u8>, Vec<u8>)>> {
    let bytes = |v: RValue| match v {
        RValue::BulkString(b) => Some(b),
        RValue::SimpleString(s) => Some(s.into_bytes()),
        _ => None,
    };
    match v {
        RValue::Array(items) => {
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
        RValue::Map(pairs) => pairs
            .into_iter()
            .map(|(f, v)| Some((bytes(f)?, bytes(v)?)))
            .collect(),
        RValue::Nil => Some(Vec::new()),
        _ => None,
    }
}

/// Fields a session hash is read with per `HSCAN` page: a small hash (listpack) comes whole in
/// the first page; a big one is read in pages, so no single reply (and no server output
/// buffer) holds a million sessions at once, and the server is never blocked by one HGETALL.
const HASH_PAGE: usize = 1000;

/// The HSCAN COUNT of the pages after the first of a session hash: under a latency budget,
/// as many fields as fit in half of it (about 1.5 µs of server time a field with its value,
/// measured on a 1,000,000-field hash: a 10,000-field page costs about 8 ms); 10,000 when off.
pub(crate) fn hash_page_count(client: &Client) -> usize {
    super::session_kill::read_page(client.pacing().budget())
}

/// The HSCAN COUNT of a session hash's first page: [`HASH_PAGE`], or less when the latency
/// budget allows less (a small hash still comes whole: a listpack ignores COUNT).
fn first_page_count(budget: Option<std::time::Duration>) -> usize {
    super::session_kill::read_page(budget).min(HASH_PAGE)
}

/// On servers with per-field TTLs (Redis 7.4+): one `HSCAN` page and the `HPTTL` of the
/// fields on it, as `{cursor, items, ttls}`, in one read-only script, so the field TTLs come in
/// the same round trip as the fields (the field names are not known before). Both commands
/// are O(page): the script is as short as the `HSCAN` it replaces. `HPTTL` takes the fields
/// 1000 at a time (Lua's `unpack` has a limit of a few thousand values).
const HSCAN_WITH_FIELD_TTLS: &str = r"
local page = redis.call('HSCAN', KEYS[1], ARGV[1], 'COUNT', ARGV[2])
local items = page[2]
local fields = {}
for i = 1, #items, 2 do
  fields[#fields + 1] = items[i]
end
local ttls = {}
for i = 1, #fields, 1000 do
  local last = math.min(i + 999, #fields)
  local part = redis.call('HPTTL', KEYS[1], 'FIELDS', last - i + 1, unpack(fields, i, last))
  for _, t in ipairs(part) do
    ttls[#ttls + 1] = t
  end
end
return {page[1], items, ttls}
";

/// Whether a read with [`HSCAN_WITH_FIELD_TTLS`] was refused: the ACL user may not run
/// `EVAL_RO`, or scripting is disabled (some managed services). The read is then made with a
/// plain `HSCAN`, without the fields' TTLs.
fn script_refused(r: &Reply) -> bool {
    // "Unknown Redis command called from script": HPTTL on a server without it, whose version
    // was unknown (INFO server refused to the user).
    matches!(r, Err(e) if e.code() == Some("NOPERM")
        || e.to_string().contains("no permissions")
        || e.to_string().to_lowercase().contains("unknown command")
        || e.to_string().to_lowercase().contains("unknown redis command"))
}

/// Whether session reads ask for the fields' own TTLs: on servers that have them, until the
/// first read with them is refused (then a warning says they are not shown).
struct FieldTtls(std::sync::atomic::AtomicBool);

impl FieldTtls {
    fn new(client: &Client) -> FieldTtls {
        FieldTtls(std::sync::atomic::AtomicBool::new(
            client.has(Feature::HashFieldTtl),
        ))
    }
    fn on(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
    /// After a refused read: off from now on, with one warning.
    fn refused(&self, ctx: &Ctx, why: &str) {
        if self.0.swap(false, std::sync::atomic::Ordering::Relaxed) {
            ctx.out.warn(&format!(
                "the sessions' own TTLs (HPTTL) are not shown: reading them with the fields \
                 (EVAL_RO) was refused ({why}); field_ttl_ms is null"
            ));
        }
    }
}

/// Sends one batch of session reads built by `build(field_ttls)`; when the reads with field
/// TTLs are refused, sends it again without them (one more round trip, once).
async fn send_reads(
    ctx: &Ctx,
    client: &Client,
    node: Option<&Node>,
    ttls: &FieldTtls,
    build: &dyn Fn(bool) -> Vec<redis::Cmd>,
    what: &str,
) -> Result<(Vec<Reply>, bool)> {
    let send = |cmds: Vec<redis::Cmd>| async move {
        match node {
            Some(n) => client.batch_on(n, &cmds, what).await,
            None => client.batch(&cmds, what).await,
        }
    };
    let on = ttls.on();
    let replies = send(build(on)).await?;
    if let Some(Err(e)) = replies.iter().find(|r| on && script_refused(r)) {
        ttls.refused(ctx, e.code().unwrap_or("error"));
        return Ok((send(build(false)).await?, false));
    }
    Ok((replies, on))
}

/// One page of a session hash from `cursor`: plain `HSCAN`, or with the fields' TTLs (see
/// [`HSCAN_WITH_FIELD_TTLS`]) when `field_ttls`.
fn hash_page(key: &[u8], cursor: &[u8], count: usize, field_ttls: bool) -> redis::Cmd {
    if field_ttls {
        return redis::cmd("EVAL_RO")
            .arg(HSCAN_WITH_FIELD_TTLS)
            .arg(1)
            .arg(key)
            .arg(cursor)
            .arg(count)
            .clone();
    }
    redis::cmd("HSCAN")
        .arg(key)
        .arg(cursor)
        .arg("COUNT")
        .arg(count)
        .clone()
}

/// The first page of a session hash (read on by `UserHash::next_page` or `read_big_hash`).
fn first_page(key: &[u8], field_ttls: bool, count: usize) -> redis::Cmd {
    hash_page(key, b"0", count, field_ttls)
}

/// Cursor, flat field/value items, and (from [`HSCAN_WITH_FIELD_TTLS`]) the fields' TTLs.
type HashPage = (Vec<u8>, Vec<RValue>, Vec<Option<i64>>);

/// Cursor, flat field/value items, and (from [`HSCAN_WITH_FIELD_TTLS`]) the fields' `HPTTL`
/// answers of an `HSCAN` page.
fn hscan_parts(v: RValue) -> Option<HashPage> {
    let RValue::Array(mut parts) = v else {
        return None;
    };
    let ttls = match parts.len() {
        2 => Vec::new(),
        3 => match parts.pop()? {
            RValue::Array(t) => t
                .iter()
                .map(|x| ttl_ms(reply_int(&Ok(x.clone()))?))
                .collect(),
            _ => return None,
        },
        _ => return None,
    };
    let items = match parts.pop()? {
        RValue::Array(items) => items,
        RValue::Map(pairs) => pairs.into_iter().flat_map(|(f, v)| [f, v]).collect(),
        _ => return None,
    };
    let cursor = match parts.pop()? {
        RValue::BulkString(b) => b,
        RValue::SimpleString(s) => s.into_bytes(),
        RValue::Int(i) => i.to_string().into_bytes(),
        _ => return None,
    };
    Some((cursor, items, ttls))
}

/// Counts the fields of a session hash from its first `HSCAN` page (with the fields' TTLs), and
/// how many of them have a TTL of their own: nothing more to read for a small hash; further
/// pages, one round trip each, for a big one, counted page by page and never held whole (a
/// field seen twice while Redis rehashes is counted once). `Err` is the server's refusal.
async fn count_field_ttls(
    client: &Client,
    node: &Node,
    key: &[u8],
    first: Reply,
) -> Result<std::result::Result<(u64, u64), redis::RedisError>> {
    let what = format!("reading session field TTLs of {}", show_bytes(key));
    let unexpected = || Error::data(format!("{what}: unexpected HSCAN reply"));
    let v = match first {
        Ok(v) => v,
        Err(e) => return Ok(Err(e)),
    };
    let (mut cursor, mut items, mut ttls) = hscan_parts(v).ok_or_else(unexpected)?;
    let paged = cursor != b"0";
    let mut seen: std::collections::HashSet<u64> = Default::default();
    let (mut fields, mut with_ttl) = (0u64, 0u64);
    loop {
        let mut it = std::mem::take(&mut items).into_iter();
        let mut page_ttls = std::mem::take(&mut ttls).into_iter();
        while let (Some(f), Some(_)) = (it.next(), it.next()) {
            let ttl = page_ttls.next().flatten();
            if paged {
                let name = match &f {
                    RValue::BulkString(b) => fingerprint(b),
                    _ => 0,
                };
                if !seen.insert(name) {
                    continue;
                }
            }
            fields += 1;
            if ttl.is_some() {
                with_ttl += 1;
            }
        }
        if cursor == b"0" {
            return Ok(Ok((fields, with_ttl)));
        }
        let cmd = hash_page(key, &cursor, hash_page_count(client), true);
        let page = client.batch_on(node, &[cmd], &what).await?;
        let page = match page.into_iter().next().unwrap_or(Ok(RValue::Nil)) {
            Ok(v) => v,
            Err(e) => return Ok(Err(e)),
        };
        (cursor, items, ttls) = hscan_parts(page).ok_or_else(unexpected)?;
    }
}

/// For session hashes on one node (ones without a TTL of their own, for `check`): how many
/// fields each has, and how many of those have no TTL either (per-field TTLs, Redis 7.4+).
/// One pipelined round trip for all of them (more pages only for a big hash); `None` when
/// this user may not read them (`EVAL_RO` refused).
pub async fn fields_without_ttl(
    client: &Client,
    node: &Node,
    keys: &[Vec<u8>],
) -> Result<Option<Vec<(u64, u64)>>> {
    let count = first_page_count(client.pacing().budget());
    let cmds: Vec<redis::Cmd> = keys.iter().map(|k| first_page(k, true, count)).collect();
    let replies = client
        .batch_on(node, &cmds, "reading session field TTLs")
        .await?;
    if replies.iter().any(script_refused) {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(keys.len());
    for (k, first) in keys.iter().zip(replies) {
        let (fields, with_ttl) = count_field_ttls(client, node, k, first)
            .await?
            .unwrap_or((0, 0));
        out.push((fields, fields.saturating_sub(with_ttl)));
    }
    Ok(Some(out))
}

/// Turns the `HGETALL` and `PTTL` replies of one key into sessions; `None` when the key is gone.
/// Values for which `skip` is true are counted in `total` but not decoded (a fast pre-filter).
fn read_key(
    t: &KeyTemplate,
    key: Vec<u8>,
    (hgetall, field_ttls): (Reply, Vec<Option<i64>>),
    pttl: &Reply,
    skip: &dyn Fn(&[u8]) -> bool,
) -> Result<Option<KeyRead>> {
    let user = user_of(t, &key);
    if is_wrongtype(&hgetall) {
        return Ok(Some(KeyRead::WrongType { key, user }));
    }
    let v = match hgetall {
        Ok(v) => v,
        Err(e) => {
            return Err(Error::data(format!(
                "reading sessions of {}: {e}",
                show_bytes(&key)
            )));
        }
    };
    let pairs = hash_pairs(v).ok_or_else(|| {
        Error::data(format!(
            "reading sessions of {}: unexpected HGETALL reply",
            show_bytes(&key)
        ))
    })?;
    if pairs.is_empty() {
        return Ok(None); // gone between SCAN and HGETALL, or never there
    }
    let ttl = ttl_ms(reply_int(pttl).unwrap_or(-1));
    let total = pairs.len();
    let sessions = pairs
        .into_iter()
        .enumerate()
        .filter(|(_, (_, raw))| !skip(raw))
        .map(|(i, (id, raw))| Session {
            user: user.clone(),
            key: key.clone(),
            value: parse_session_value(&raw, &id),
            id,
            raw,
            ttl_ms: ttl,
            field_ttl_ms: field_ttls.get(i).copied().flatten(),
        })
        .collect();
    Ok(Some(KeyRead::Hash {
        key,
        ttl_ms: ttl,
        total,
        sessions,
        first: true,
    }))
}

pub(crate) fn wrong_type_json(key: &[u8], user: &[u8]) -> Value {
    let mut m = Map::new();
    put_bytes(&mut m, "user_id", user);
    put_bytes(&mut m, "key", key);
    m.insert(
        "error".into(),
        json!("not a hash (WRONGTYPE): not a sessions key; skipped"),
    );
    Value::Object(m)
}

pub(crate) fn warn_wrong_type(ctx: &Ctx, key: &[u8]) {
    ctx.out.warn(&format!(
        "{} is under the sessions pattern but is not a hash (WRONGTYPE); skipped",
        show_bytes(key)
    ));
}

/// The session filters of `list` and `kill`, all of which must hold.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub ip: Option<IpNet>,
    pub device: Option<String>,
    pub idle_over: Option<Duration>,
    pub active_within: Option<Duration>,
}

/// Whether a session matches a filter.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Match,
    NoMatch,
    /// The value lacks what the filter looks at (a malformed value): neither in nor out.
    Undecided(String),
}

impl Filter {
    pub(crate) fn from_args(f: &FilterArgs) -> Filter {
        Filter {
            ip: f.ip,
            device: f.device.clone(),
            ..Default::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ip.is_none()
            && self.device.is_none()
            && self.idle_over.is_none()
            && self.active_within.is_none()
    }

    fn needs_clock(&self) -> bool {
        self.idle_over.is_some() || self.active_within.is_some()
    }

    /// Judges a session value; `now` is the server's clock in Unix seconds.
    pub fn judge(&self, v: &SessionValue, now: f64) -> Verdict {
        self.judge_fields(
            v.ip_address.as_deref(),
            v.device_type.as_deref(),
            v.last_active,
            now,
        )
    }

    /// True only when the raw value surely fails the filter: a fast look at just the fields
    /// the filter needs, without decoding the rest. Anything unusual (not an object, a field of
    /// another type) gives false, and the full decoding and [`Filter::judge`] decide.
    pub fn surely_rejects(&self, raw: &[u8], now: f64) -> bool {
        #[derive(serde::Deserialize)]
        struct Peek<'a> {
            #[serde(borrow, default)]
            ip_address: Option<std::borrow::Cow<'a, str>>,
            #[serde(borrow, default)]
            device_type: Option<std::borrow::Cow<'a, str>>,
            #[serde(default)]
            last_active: Option<f64>,
        }
        if self.is_empty() {
            return false;
        }
        match serde_json::from_slice::<Peek>(raw) {
            Ok(p) => {
                self.judge_fields(
                    p.ip_address.as_deref(),
                    p.device_type.as_deref(),
                    p.last_active,
                    now,
                ) == Verdict::NoMatch
            }
            Err(_) => false,
        }
    }

    fn judge_fields(
        &self,
        ip_address: Option<&str>,
        device_type: Option<&str>,
        last_active: Option<f64>,
        now: f64,
    ) -> Verdict {
        let mut undecided = Vec::new();
        if let Some(net) = &self.ip {
            match ip_address.and_then(|s| s.trim().parse::<IpAddr>().ok()) {
                Some(addr) if net.contains(&addr.to_canonical()) => {}
                Some(_) => return Verdict::NoMatch,
                None => undecided.push("ip_address is missing or not an IP address"),
            }
        }
        if let Some(d) = &self.device {
            match device_type {
                Some(t) if t.eq_ignore_ascii_case(d) => {}
                Some(_) => return Verdict::NoMatch,
                None => undecided.push("device_type is missing"),
            }
        }
        if self.needs_clock() {
            match last_active {
                Some(last) => {
                    let idle = now - last;
                    if let Some(d) = self.idle_over
                        && idle <= d.as_secs_f64()
                    {
                        return Verdict::NoMatch;
                    }
                    if let Some(d) = self.active_within
                        && idle > d.as_secs_f64()
                    {
                        return Verdict::NoMatch;
                    }
                }
                None => undecided.push("last_active is missing"),
            }
        }
        if undecided.is_empty() {
            Verdict::Match
        } else {
            Verdict::Undecided(undecided.join("; "))
        }
    }
}

/// Newest `last_active` first; sessions without one last; then by user and id.
pub fn sort_sessions(sessions: &mut [Session]) {
    sessions.sort_by(|a, b| {
        let la = a.value.last_active.unwrap_or(f64::NEG_INFINITY);
        let lb = b.value.last_active.unwrap_or(f64::NEG_INFINITY);
        lb.total_cmp(&la)
            .then_with(|| a.user.cmp(&b.user))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Counts for `session list --summary`.
#[derive(Debug, Default)]
pub struct Summary {
    pub users: u64,
    pub sessions: u64,
    pub by_device: BTreeMap<String, u64>,
    pub limit: Option<u64>,
    pub users_over_limit: u64,
    pub max_sessions_per_user: u64,
    pub hashes_without_ttl: u64,
    pub malformed_values: u64,
    pub wrong_type_keys: u64,
    /// The current hash's user is counted in `users` (its later parts do not count again).
    user_counted: bool,
}

impl Summary {
    /// Adds one user's hash: `matching` are the sessions the filters kept, `total` all of them.
    pub fn add_user(&mut self, matching: &[&Session], total: usize, ttl_ms: Option<i64>) {
        self.add_part(matching, total, ttl_ms, true);
    }

    /// Adds one part of a user's hash (a huge hash comes in pages); `first` for its first part.
    pub fn add_part(
        &mut self,
        matching: &[&Session],
        total: usize,
        ttl_ms: Option<i64>,
        first: bool,
    ) {
        if first {
            self.user_counted = false;
        } else {
            self.add_sessions(matching);
            return;
        }
        if ttl_ms.is_none() {
            self.hashes_without_ttl += 1;
        }
        if let Some(limit) = self.limit
            && total as u64 > limit
        {
            self.users_over_limit += 1;
        }
        self.max_sessions_per_user = self.max_sessions_per_user.max(total as u64);
        self.add_sessions(matching);
    }

    fn add_sessions(&mut self, matching: &[&Session]) {
        if matching.is_empty() {
            return;
        }
        if !self.user_counted {
            self.users += 1;
            self.user_counted = true;
        }
        for s in matching {
            self.sessions += 1;
            if s.value.error.is_some() {
                self.malformed_values += 1;
            }
            let device = s
                .value
                .device_type
                .clone()
                .unwrap_or_else(|| "(unknown)".into());
            *self.by_device.entry(device).or_default() += 1;
        }
    }

    pub fn to_json(&self) -> Value {
        json!({
            "users": self.users,
            "sessions": self.sessions,
            "by_device": self.by_device,
            "limit": self.limit,
            "users_over_limit": self.limit.map(|_| self.users_over_limit),
            "max_sessions_per_user": self.max_sessions_per_user,
            "hashes_without_ttl": self.hashes_without_ttl,
            "malformed_values": self.malformed_values,
            "wrong_type_keys": self.wrong_type_keys,
        })
    }
}

pub async fn run(cmd: SessionCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        SessionCommand::List(a) if a.user.is_some() => list_user(a, ctx).await,
        SessionCommand::List(a) => list_all(a, ctx).await,
        SessionCommand::Kill(a) => super::session_kill::kill(a, ctx).await,
    }
}

fn list_filter(a: &ListArgs) -> Filter {
    Filter {
        idle_over: a.idle_over,
        active_within: a.active_within,
        ..Filter::from_args(&a.filter)
    }
}

pub(crate) fn local_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// The server clock from a `TIME` reply.
fn time_reply(r: &Reply) -> Option<f64> {
    match r {
        Ok(RValue::Array(v)) if v.len() == 2 => {
            let secs = reply_int(&Ok(v[0].clone()))?;
            let micros = reply_int(&Ok(v[1].clone()))?;
            Some(secs as f64 + micros as f64 / 1e6)
        }
        _ => None,
    }
}

/// One user's session hash, read page by page (`HSCAN`, with the fields' own TTLs on servers
/// that have them): a hash of a million sessions is never held whole, only the page at hand
/// (and an 8-byte fingerprint per field, to drop a field that HSCAN returns twice while Redis
/// resizes the hash).
pub(crate) struct UserHash {
    pub(crate) key: Vec<u8>,
    user: Vec<u8>,
    ttl_ms: Option<i64>,
    /// The server clock when the hash was first read (Unix seconds).
    pub(crate) now: f64,
    /// The first page (items and the fields' TTLs), not yet handed out.
    first: Option<(Vec<RValue>, Vec<Option<i64>>)>,
    /// The HSCAN cursor; `b"0"` once the last page was read.
    cursor: Vec<u8>,
    /// The pages are read with the fields' TTLs ([`HSCAN_WITH_FIELD_TTLS`]).
    field_ttls: bool,
    seen: std::collections::HashSet<u64>,
    /// Fields handed out so far.
    fields: usize,
    /// `HSCAN COUNT` of the pages after the first (`session kill` sizes it to the budget).
    pub(crate) page_count: usize,
}

/// Opens one user's hash: the first page (with the fields' TTLs), PTTL and (with `with_time`)
/// TIME in one round trip. Exit 4 when the user has no sessions, 6 when the key is not a hash.
/// The first reads of one user's session hash: its first page (with the fields' own TTLs or
/// without), its TTL, and the server's clock when `with_time`.
fn user_reads(key: &[u8], field_ttls: bool, with_time: bool, count: usize) -> Vec<redis::Cmd> {
    let mut cmds = vec![
        first_page(key, field_ttls, count),
        redis::cmd("PTTL").arg(key).clone(),
    ];
    if with_time {
        cmds.push(redis::cmd("TIME"));
    }
    cmds
}

/// Connects with the first reads of `user`'s sessions in the set-up round trip: the plain
/// form (without the fields' own TTLs), the one every server without per-field TTLs is read
/// with. Which form the command sends depends on the server's version, unknown until the
/// set-up answers; sending the other form too would run a script that fails on every older
/// server, so on a server with per-field TTLs (Redis 7.4+, Valkey 9+) the read with them is
/// a second round trip and the plain page read with the set-up goes unused.
async fn connect_for_user(ctx: &Ctx, user: &str, with_time: bool) -> Result<Client> {
    let key = ctx
        .settings
        .keyspace
        .sessions
        .render(&[("user", user.as_bytes())]);
    let count = first_page_count(ctx.settings.latency_budget);
    let reads = Prefetch::default().batch(&user_reads(&key, false, with_time, count));
    ctx.connect_reading(reads).await
}

pub(crate) async fn open_user(
    client: &Client,
    ctx: &Ctx,
    user: &str,
    with_time: bool,
) -> Result<UserHash> {
    let t = &ctx.settings.keyspace.sessions;
    let key = t.render(&[("user", user.as_bytes())]);
    let shown = show_bytes(&key);
    // The same COUNT as the reads sent with the set-up (the client's budget is the setting's).
    let count = first_page_count(client.pacing().budget());
    let build = |field_ttls: bool| user_reads(&key, field_ttls, with_time, count);
    let (replies, field_ttls) = send_reads(
        ctx,
        client,
        None,
        &FieldTtls::new(client),
        &build,
        &format!("reading sessions of user {user} ({shown})"),
    )
    .await?;
    let now = replies
        .get(2)
        .and_then(time_reply)
        .unwrap_or_else(local_now);
    let mut replies = replies.into_iter();
    let (Some(h), Some(p)) = (replies.next(), replies.next()) else {
        return Err(Error::internal("short reply to a session read"));
    };
    if is_wrongtype(&h) {
        return Err(Error::data(format!(
            "{shown} is not a hash (WRONGTYPE): it does not hold sessions"
        ))
        .hint("check it with `redis-cli TYPE <key>`; redops expects one hash per user"));
    }
    let h = h.map_err(|e| Error::redis(e, &format!("reading sessions of {shown}")))?;
    let (cursor, items, ttls) = hscan_parts(h).ok_or_else(|| {
        Error::data(format!(
            "reading sessions of {shown}: unexpected HSCAN reply"
        ))
    })?;
    if cursor == b"0" && items.is_empty() {
        return Err(
            Error::not_found(format!("user {user} has no sessions (no key {shown})"))
                .hint("`redops session list` lists sessions across the platform"),
        );
    }
    Ok(UserHash {
        user: user_of(t, &key),
        key,
        ttl_ms: ttl_ms(reply_int(&p).unwrap_or(-1)),
        now,
        first: Some((items, ttls)),
        cursor,
        field_ttls,
        seen: Default::default(),
        fields: 0,
        page_count: hash_page_count(client),
    })
}

impl UserHash {
    /// The next page of sessions, decoded, each with its field's TTL; `None` after the last.
    pub(crate) async fn next_page(&mut self, client: &Client) -> Result<Option<Vec<Session>>> {
        let (items, ttls) = match self.first.take() {
            Some(page) => page,
            None if self.cursor == b"0" => return Ok(None),
            None => {
                let cmd = hash_page(&self.key, &self.cursor, self.page_count, self.field_ttls);
                let what = format!("reading sessions of {}", show_bytes(&self.key));
                let reply = client.batch(&[cmd], &what).await?;
                let page = reply
                    .into_iter()
                    .next()
                    .unwrap_or(Ok(RValue::Nil))
                    .map_err(|e| Error::redis(e, &what))?;
                let (cursor, items, ttls) = hscan_parts(page)
                    .ok_or_else(|| Error::data(format!("{what}: unexpected HSCAN reply")))?;
                self.cursor = cursor;
                (items, ttls)
            }
        };
        // A hash that fits one page cannot repeat a field; only a paged one is fingerprinted.
        let paged = self.cursor != b"0" || !self.seen.is_empty();
        let mut out = Vec::with_capacity(items.len() / 2);
        let mut it = items.into_iter();
        let mut ttls = ttls.into_iter();
        while let (Some(f), Some(v)) = (it.next(), it.next()) {
            let field_ttl = ttls.next().flatten();
            let (RValue::BulkString(id), RValue::BulkString(raw)) = (f, v) else {
                continue;
            };
            if paged && !self.seen.insert(fingerprint(&id)) {
                continue;
            }
            self.fields += 1;
            out.push(Session {
                user: self.user.clone(),
                key: self.key.clone(),
                value: parse_session_value(&raw, &id),
                id,
                raw,
                ttl_ms: self.ttl_ms,
                field_ttl_ms: field_ttl,
            });
        }
        Ok(Some(out))
    }
}

/// A 64-bit fingerprint of a field name (to recognise a field HSCAN returns twice).
fn fingerprint(b: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    b.hash(&mut h);
    h.finish()
}

/// Up to this many matching sessions are sorted (newest activity first) before they are
/// shown; beyond it, JSON and NDJSON are written page by page in scan order, so memory stays
/// bounded by the page whatever the size of the hash.
const SORTED_MAX: usize = 10_000;
/// Rows a session table shows at most: the most recently active; a count says how many more.
pub(crate) const TABLE_ROWS: usize = 1_000;

/// Where the sessions of a listing go as they are read: held and sorted while few, then
/// streamed (JSON, NDJSON) or cut to the newest [`TABLE_ROWS`] (table).
struct SessionSink<'a> {
    ctx: &'a Ctx,
    held: Vec<Session>,
    /// JSON/NDJSON output started (the list was too long to sort).
    streaming: bool,
    /// Items written so far (JSON: to place the commas).
    written: usize,
    /// Sessions matched in all.
    matched: usize,
    /// Matching sessions whose field has no TTL of its own.
    without_field_ttl: usize,
    /// Malformed values among the matching sessions.
    malformed: usize,
    /// Table rows were dropped (only the newest kept).
    cut: bool,
    /// JSON items that follow the sessions (keys of another type under the pattern).
    extra: Vec<Value>,
}

impl<'a> SessionSink<'a> {
    fn new(ctx: &'a Ctx) -> Self {
        SessionSink {
            ctx,
            held: Vec::new(),
            streaming: false,
            written: 0,
            matched: 0,
            without_field_ttl: 0,
            malformed: 0,
            cut: false,
            extra: Vec::new(),
        }
    }

    fn push(&mut self, s: Session) {
        self.matched += 1;
        if s.field_ttl_ms.is_none() {
            self.without_field_ttl += 1;
        }
        if s.value.error.is_some() {
            self.malformed += 1;
        }
        self.held.push(s);
    }

    /// After each page: stream or cut what is held once it is more than can be sorted.
    fn flush_page(&mut self) -> Result<()> {
        if self.held.len() <= SORTED_MAX && !self.streaming {
            return Ok(());
        }
        match self.ctx.out.format {
            crate::cli::OutputFormat::Table => {
                sort_sessions(&mut self.held);
                self.held.truncate(TABLE_ROWS);
                self.cut = true;
            }
            crate::cli::OutputFormat::Json | crate::cli::OutputFormat::Ndjson => {
                let json = self.ctx.out.format == crate::cli::OutputFormat::Json;
                let mut text = String::new();
                if json && !self.streaming {
                    text.push('[');
                }
                self.streaming = true;
                for s in self.held.drain(..) {
                    let line = serde_json::to_string(&self.ctx.out.cap(s.to_json()))
                        .map_err(|e| Error::internal(format!("could not render JSON: {e}")))?;
                    if json {
                        text.push_str(if self.written == 0 { "\n  " } else { ",\n  " });
                    }
                    text.push_str(&line);
                    if !json {
                        text.push('\n');
                    }
                    self.written += 1;
                }
                self.ctx.out.print(&text)?;
            }
        }
        Ok(())
    }

    /// Writes what is left: a sorted list, the end of a streamed one, or the table.
    fn finish(mut self, now: f64) -> Result<()> {
        if self.streaming {
            self.flush_page()?;
            if self.ctx.out.format == crate::cli::OutputFormat::Json {
                let mut text = String::new();
                for item in &self.extra {
                    let line = serde_json::to_string(&*self.ctx.out.cap_ref(item))
                        .map_err(|e| Error::internal(format!("could not render JSON: {e}")))?;
                    text.push_str(if self.written == 0 { "\n  " } else { ",\n  " });
                    self.written += 1;
                    text.push_str(&line);
                }
                text.push_str("\n]\n");
                self.ctx.out.print(&text)?;
            }
            return Ok(());
        }
        sort_sessions(&mut self.held);
        if self.held.len() > TABLE_ROWS && self.ctx.out.is_table() {
            self.held.truncate(TABLE_ROWS);
            self.cut = true;
        }
        let items: Vec<Value> = if self.ctx.out.is_table() {
            Vec::new()
        } else {
            let mut items: Vec<Value> = self.held.iter().map(Session::to_json).collect();
            items.append(&mut self.extra);
            items
        };
        if self.ctx.out.is_table() && self.held.is_empty() {
            self.ctx.out.hint("no sessions match");
            return Ok(());
        }
        self.ctx
            .out
            .list(&items, || session_table(self.ctx, &self.held, now))?;
        hint_malformed(self.ctx, self.malformed);
        if self.cut {
            self.ctx.out.hint(&format!(
                "showing the {} most recently active of {} matching sessions; `-o ndjson` lists every one",
                self.held.len(),
                self.matched
            ));
        }
        Ok(())
    }
}

async fn list_user(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let user = args.user.clone().unwrap_or_default();
    let filter = list_filter(&args);
    let with_time = ctx.out.is_table() || filter.needs_clock();
    let client = connect_for_user(ctx, &user, with_time).await?;
    let mut hash = open_user(&client, ctx, &user, with_time).await?;
    let now = hash.now;
    let mut sink = SessionSink::new(ctx);
    while let Some(page) = hash.next_page(&client).await? {
        for s in page {
            if filter.judge(&s.value, now) != Verdict::NoMatch {
                sink.push(s);
            }
        }
        sink.flush_page()?;
    }
    if sink.matched == 0 {
        return Err(if hash.fields == 0 {
            Error::not_found(format!(
                "user {user} has no sessions (no key {})",
                show_bytes(&hash.key)
            ))
        } else {
            Error::not_found(format!(
                "none of user {user}'s {} session(s) match the filters",
                hash.fields
            ))
        });
    }
    let (matched, forever) = (sink.matched, sink.without_field_ttl);
    sink.finish(now)?;
    if ctx.out.is_table() && hash.ttl_ms.is_none() && forever > 0 {
        ctx.out.hint(&format!(
            "{} has no TTL: {} never expire on their own",
            show_bytes(&hash.key),
            if forever == matched {
                "these sessions".to_string()
            } else {
                format!("the {forever} sessions without a TTL of their own")
            }
        ));
    }
    Ok(())
}

pub(crate) fn session_table(ctx: &Ctx, sessions: &[Session], now: f64) -> Table {
    let mut t = ctx.out.new_table(&[
        "user",
        "session",
        "device",
        "ip",
        "created",
        "last active",
        "ttl",
    ]);
    let when = |x: Option<f64>| x.map(|v| ago(v, now)).unwrap_or_else(|| "?".into());
    for s in sessions {
        let ttl = match (s.ttl_ms, s.field_ttl_ms) {
            (None, None) => ctx.out.alert_cell("NO TTL"),
            (Some(ms), None) => cell(human_ms(ms)),
            (None, Some(f)) => cell(format!("{} (field)", human_ms(f))),
            (Some(ms), Some(f)) => cell(format!("{} (field), hash {}", human_ms(f), human_ms(ms))),
        };
        let id = cell(shorten(&show_bytes(&s.id), 14));
        if let Some(e) = &s.value.error
            && s.value.object.is_none()
        {
            add_row(
                &mut t,
                vec![
                    bytes_cell(&s.user),
                    id,
                    ctx.out.warn_cell(short_problem("malformed", e)),
                    cell("-"),
                    cell("-"),
                    cell("-"),
                    ttl,
                ],
            );
            continue;
        }
        let device = s.value.device_type.clone().unwrap_or_else(|| "?".into());
        let device = match &s.value.error {
            Some(e) => ctx.out.warn_cell(short_problem(&device, e)),
            None => cell(device),
        };
        add_row(
            &mut t,
            vec![
                bytes_cell(&s.user),
                id,
                device,
                cell(s.value.ip_address.clone().unwrap_or_else(|| "?".into())),
                cell(when(s.value.created_at)),
                cell(when(s.value.last_active)),
                ttl,
            ],
        );
    }
    t
}

/// Under a session table: how many values were malformed, and where to see them whole.
fn hint_malformed(ctx: &Ctx, n: usize) {
    if ctx.out.is_table() && n > 0 {
        ctx.out.hint(&format!(
            "{n} session value(s) are malformed: `-o json` shows each whole, with what is wrong"
        ));
    }
}

/// Widest the device column gets for a malformed value: the problem's first clause, so one bad
/// value does not widen the column for every row (the whole value and problem are in `-o json`).
const PROBLEM_CELL_MAX: usize = 32;

/// `what (first clause of the problem)`, at most [`PROBLEM_CELL_MAX`] characters.
fn short_problem(what: &str, problem: &str) -> String {
    let first = problem
        .split([':', ';'])
        .next()
        .unwrap_or(problem)
        .trim_start_matches("value is ");
    shorten(&format!("{what} ({first})"), PROBLEM_CELL_MAX)
}

/// What the first `HSCAN` page of a key found: the whole hash (with the fields' TTLs), or the
/// start of a big one.
enum FirstRead {
    Whole(Vec<u8>, (Reply, Vec<Option<i64>>), Reply),
    Big {
        key: Vec<u8>,
        page: (Vec<RValue>, Vec<Option<i64>>),
        cursor: Vec<u8>,
        pttl: Reply,
        field_ttls: bool,
    },
}

/// The first page of a big session hash and where to read on from.
struct BigHash<'a> {
    node: &'a Node,
    key: Vec<u8>,
    page: (Vec<RValue>, Vec<Option<i64>>),
    cursor: Vec<u8>,
    pttl: Reply,
    field_ttls: bool,
}

/// Reads a big session hash on from its first page, one `HSCAN` page (with the fields' TTLs
/// when the first had them) at a time on its node, handing each page to `on_key` as one part
/// (`first` on the first): memory stays bounded by the page. Returns `true` when interrupted.
async fn read_big_hash(
    ctx: &Ctx,
    client: &Client,
    big: BigHash<'_>,
    skip: &dyn Fn(&[u8]) -> bool,
    on_key: &mut impl FnMut(KeyRead) -> Result<()>,
) -> Result<bool> {
    let BigHash {
        node,
        key,
        page: (mut items, mut ttls),
        mut cursor,
        pttl,
        field_ttls,
    } = big;
    let t = &ctx.settings.keyspace.sessions;
    let user = user_of(t, &key);
    let ttl = ttl_ms(reply_int(&pttl).unwrap_or(-1));
    let what = format!("reading sessions of {}", show_bytes(&key));
    let hlen = client
        .batch_on(node, &[redis::cmd("HLEN").arg(&key).clone()], &what)
        .await?;
    let total = hlen
        .first()
        .and_then(reply_int)
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0);
    let mut seen: std::collections::HashSet<u64> = Default::default();
    let mut first = true;
    loop {
        let mut sessions = Vec::new();
        let mut it = std::mem::take(&mut items).into_iter();
        let mut page_ttls = std::mem::take(&mut ttls).into_iter();
        while let (Some(f), Some(v)) = (it.next(), it.next()) {
            let field_ttl = page_ttls.next().flatten();
            let (RValue::BulkString(id), RValue::BulkString(raw)) = (f, v) else {
                continue;
            };
            if !seen.insert(fingerprint(&id)) || skip(&raw) {
                continue;
            }
            sessions.push(Session {
                user: user.clone(),
                key: key.clone(),
                value: parse_session_value(&raw, &id),
                id,
                raw,
                ttl_ms: ttl,
                field_ttl_ms: field_ttl,
            });
        }
        on_key(KeyRead::Hash {
            key: key.clone(),
            ttl_ms: ttl,
            total,
            sessions,
            first,
        })?;
        first = false;
        if cursor == b"0" {
            return Ok(false);
        }
        if ctx.is_interrupted() {
            return Ok(true);
        }
        let cmd = hash_page(&key, &cursor, hash_page_count(client), field_ttls);
        let page = client
            .batch_on(node, &[cmd], &what)
            .await?
            .into_iter()
            .next()
            .unwrap_or(Ok(RValue::Nil))
            .map_err(|e| Error::redis(e, &what))?;
        (cursor, items, ttls) = hscan_parts(page)
            .ok_or_else(|| Error::data(format!("{what}: unexpected HSCAN reply")))?;
    }
}

/// Scans every primary for session hashes and reads each batch of keys in one pipeline
/// (the first `HSCAN` page, with the fields' TTLs, + `PTTL` per key), a few batches in flight
/// at once. Calls `on_key` for each key found; a big hash (rare) is read on page by page and
/// handed on in parts, never held whole. Values `skip` is true for are counted but not
/// decoded. Returns what the scan covered.
pub(crate) async fn scan_sessions(
    ctx: &Ctx,
    client: &Client,
    scan: &crate::cli::ScanArgs,
    skip: &dyn Fn(&[u8]) -> bool,
    mut on_key: impl FnMut(KeyRead) -> Result<()>,
) -> Result<super::Coverage> {
    let t = &ctx.settings.keyspace.sessions;
    let mut keyscan = super::KeyScan::start(
        ctx,
        client,
        &ScanOptions {
            pattern: Some(t.glob(&[], false)),
            ..super::scan_options(scan)
        },
    )
    .await;
    let ttls = FieldTtls::new(client);
    let ttls = &ttls;
    let first_count = first_page_count(client.pacing().budget());
    {
        let reads = keyscan
            .batches(ctx)
            .map(|batch| async move {
                let batch = batch?;
                let build = |field_ttls: bool| -> Vec<redis::Cmd> {
                    batch
                        .keys
                        .iter()
                        .flat_map(|k| {
                            [
                                first_page(k, field_ttls, first_count),
                                redis::cmd("PTTL").arg(k).clone(),
                            ]
                        })
                        .collect()
                };
                let (replies, field_ttls) = send_reads(
                    ctx,
                    client,
                    Some(&batch.node),
                    ttls,
                    &build,
                    "reading sessions",
                )
                .await?;
                // A small hash came whole with its first page; a big one (rare) is read on in
                // pages by the loop below, one part at a time, never held whole.
                let mut out = Vec::with_capacity(batch.keys.len());
                let mut it = replies.into_iter();
                for k in batch.keys {
                    let (Some(h), Some(p)) = (it.next(), it.next()) else {
                        break;
                    };
                    let first = match h {
                        Ok(v) => match hscan_parts(v) {
                            Some((cursor, items, page_ttls)) if cursor != b"0" => {
                                out.push(FirstRead::Big {
                                    key: k,
                                    page: (items, page_ttls),
                                    cursor,
                                    pttl: p,
                                    field_ttls,
                                });
                                continue;
                            }
                            Some((_, items, page_ttls)) => (Ok(RValue::Array(items)), page_ttls),
                            None => {
                                return Err(Error::data(format!(
                                    "reading sessions of {}: unexpected HSCAN reply",
                                    show_bytes(&k)
                                )));
                            }
                        },
                        Err(e) => (Err(e), Vec::new()),
                    };
                    out.push(FirstRead::Whole(k, first, p));
                }
                Ok::<_, Error>((batch.node, out))
            })
            .buffer_unordered(client.pacing().reads_in_flight(client.nodes().len(), 4));
        tokio::pin!(reads);
        'reads: loop {
            let next = tokio::select! {
                n = reads.next() => n,
                _ = ctx.cancelled() => break,
            };
            let Some(read) = next else { break };
            let (node, reads) = read?;
            for r in reads {
                match r {
                    FirstRead::Whole(key, h, p) => {
                        if let Some(k) = read_key(t, key, h, &p, skip)? {
                            on_key(k)?;
                        }
                    }
                    FirstRead::Big {
                        key,
                        page,
                        cursor,
                        pttl,
                        field_ttls,
                    } => {
                        let big = BigHash {
                            node: &node,
                            key,
                            page,
                            cursor,
                            pttl,
                            field_ttls,
                        };
                        if read_big_hash(ctx, client, big, skip, &mut on_key).await? {
                            break 'reads;
                        }
                    }
                }
            }
        }
    }
    Ok(keyscan.finish(ctx, client).await)
}

async fn list_all(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let filter = list_filter(&args);
    let client = ctx.connect().await?;
    let now = if (ctx.out.is_table() && !args.summary) || filter.needs_clock() {
        client.server_time().await?
    } else {
        local_now()
    };
    let streaming = ctx.out.format == crate::cli::OutputFormat::Ndjson;
    let mut summary = Summary {
        limit: args.over_limit,
        ..Default::default()
    };
    // Sessions for a table or a JSON document: sorted while few, then streamed or cut.
    let mut sink = SessionSink::new(ctx);
    let mut wrong_keys: Vec<Vec<u8>> = Vec::new();
    // ndjson lines, written out in blocks rather than one write a session.
    let mut pending = String::new();
    let skip = |raw: &[u8]| filter.surely_rejects(raw, now);
    let coverage = scan_sessions(ctx, &client, &args.scan, &skip, |read| match read {
        KeyRead::WrongType { key, user } => {
            summary.wrong_type_keys += 1;
            let item = wrong_type_json(&key, &user);
            wrong_keys.push(key);
            if args.summary {
                Ok(())
            } else if streaming {
                push_line(ctx, &mut pending, &item)
            } else {
                sink.extra.push(item);
                Ok(())
            }
        }
        KeyRead::Hash {
            ttl_ms,
            total,
            sessions,
            first,
            ..
        } => {
            if !args.summary
                && let Some(limit) = args.over_limit
                && total as u64 <= limit
            {
                return Ok(());
            }
            let matching: Vec<Session> = sessions
                .into_iter()
                .filter(|s| filter.judge(&s.value, now) != Verdict::NoMatch)
                .collect();
            if args.summary {
                summary.add_part(&matching.iter().collect::<Vec<_>>(), total, ttl_ms, first);
                return Ok(());
            }
            if streaming {
                for s in &matching {
                    push_line(ctx, &mut pending, &s.to_json())?;
                }
            } else {
                for s in matching {
                    sink.push(s);
                }
                sink.flush_page()?;
            }
            Ok(())
        }
    })
    .await;
    let coverage = match coverage {
        Ok(c) => c,
        // Sessions already streamed to stdout are not the whole answer: say so (a JSON
        // document is left unterminated, so that no parser takes it for a whole one).
        Err(e) if streaming || sink.streaming => {
            return Err(e.hint(
                "partial: the sessions already written to stdout are only those read before \
                 this error; the listing is incomplete",
            ));
        }
        Err(e) => return Err(e),
    };
    ctx.out.print(&pending)?;
    for k in &wrong_keys {
        warn_wrong_type(ctx, k);
    }
    if args.summary {
        if ctx.out.is_table() {
            ctx.out.table(summary_table(ctx, &summary))?;
        } else {
            let mut doc = summary.to_json();
            coverage.put_replicas(&mut doc);
            ctx.out.json(&doc)?;
        }
    } else if !streaming {
        sink.finish(now)?;
    }
    coverage.conclude(ctx)
}

/// Adds one ndjson line to `pending`, writing the block out once it is large.
fn push_line(ctx: &Ctx, pending: &mut String, item: &Value) -> Result<()> {
    let line = serde_json::to_string(&*ctx.out.cap_ref(item))
        .map_err(|e| Error::internal(format!("could not render JSON: {e}")))?;
    pending.push_str(&line);
    pending.push('\n');
    if pending.len() >= 64 * 1024 {
        ctx.out.print(pending)?;
        pending.clear();
    }
    Ok(())
}

fn summary_table(ctx: &Ctx, s: &Summary) -> Table {
    let mut t = ctx.out.new_table(&["", "count"]);
    let mut row = |name: String, v: Cell| {
        add_row(&mut t, vec![cell(name), v]);
    };
    row("users".into(), cell(s.users));
    row("sessions".into(), cell(s.sessions));
    for (d, n) in &s.by_device {
        row(format!("  on {d}"), cell(n));
    }
    if let Some(l) = s.limit {
        let c = if s.users_over_limit > 0 {
            ctx.out.warn_cell(s.users_over_limit.to_string())
        } else {
            cell(0)
        };
        row(format!("users over {l} sessions"), c);
    }
    row(
        "most sessions of one user".into(),
        cell(s.max_sessions_per_user),
    );
    let c = if s.hashes_without_ttl > 0 {
        ctx.out.alert_cell(s.hashes_without_ttl.to_string())
    } else {
        cell(0)
    };
    row("hashes without TTL".into(), c);
    row("malformed values".into(), cell(s.malformed_values));
    row("keys of another type".into(), cell(s.wrong_type_keys));
    t
}

/// A session that will not be ended, and why.
pub(crate) fn skipped_json(s: &Session, reason: &str) -> Value {
    let mut v = s.to_json();
    if let Value::Object(m) = &mut v {
        m.insert("reason".into(), json!(reason));
    }
    v
}

pub(crate) fn print_skipped_table(ctx: &Ctx, skipped: &[Value]) -> Result<()> {
    if skipped.is_empty() {
        return Ok(());
    }
    let mut t = ctx
        .out
        .new_table(&["user", "session / key", "skipped because"]);
    for s in skipped {
        let get = |n: &str| s.get(n).and_then(Value::as_str).unwrap_or("-").to_owned();
        let what = s
            .get("session_id")
            .or_else(|| s.get("key"))
            .and_then(Value::as_str)
            .unwrap_or("-")
            .to_owned();
        add_row(
            &mut t,
            vec![
                cell(get("user_id")),
                cell(what),
                ctx.out.warn_cell(get("reason")),
            ],
        );
    }
    ctx.out.table(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good(id: &str, ip: &str, device: &str, last: f64) -> Vec<u8> {
        json!({"session_id": id, "device_type": device, "ip_address": ip,
               "created_at": 1_700_000_000, "last_active": last})
        .to_string()
        .into_bytes()
    }

    #[test]
    fn parses_application_values_and_names_what_is_wrong() {
        let v = parse_session_value(&good("s1", "10.1.2.3", "web", 1.7e9), b"s1");
        assert_eq!(v.error, None);
        assert_eq!(v.device_type.as_deref(), Some("web"));
        assert_eq!(v.last_active, Some(1.7e9));

        let v = parse_session_value(b"not json{", b"s1");
        assert!(v.error.unwrap().contains("not JSON"));
        let v = parse_session_value(b"[1]", b"s1");
        assert!(v.error.unwrap().contains("not an object"));
        let v = parse_session_value(br#"{"session_id":"s2","device_type":"web"}"#, b"s1");
        let e = v.error.unwrap();
        assert!(e.contains("missing ip_address"), "{e}");
        assert!(e.contains("differs from the field"), "{e}");
        let v = parse_session_value(
            br#"{"session_id":"s1","device_type":"web","ip_address":"1.2.3.4","created_at":"17","last_active":1}"#,
            b"s1",
        );
        assert_eq!(v.error, None, "a numeric string is a Unix time");
        assert_eq!(v.created_at, Some(17.0));
    }

    #[test]
    fn json_keeps_extra_application_fields_and_the_raw_value_of_bad_ones() {
        let mut raw: Value = serde_json::from_slice(&good("s1", "1.2.3.4", "web", 5.0)).unwrap();
        raw["tier"] = json!("gold");
        let raw = raw.to_string().into_bytes();
        let s = Session {
            user: b"42".to_vec(),
            key: b"sessions:user:42".to_vec(),
            id: b"s1".to_vec(),
            value: parse_session_value(&raw, b"s1"),
            raw,
            ttl_ms: None,
            field_ttl_ms: None,
        };
        let j = s.to_json();
        assert_eq!(j["user_id"], "42");
        assert_eq!(j["tier"], "gold");
        assert_eq!(j["ttl_ms"], Value::Null);
        assert!(j.get("error").is_none());

        let bad = Session {
            raw: b"\xffgarbage".to_vec(),
            value: parse_session_value(b"\xffgarbage", b"s1"),
            ..s
        };
        let j = bad.to_json();
        assert_eq!(j["value_hex"], "ff67617262616765");
        assert!(j["error"].as_str().unwrap().contains("not JSON"));
    }

    #[test]
    fn filters_match_cidr_device_and_idle_time() {
        let now = 10_000.0;
        let v = parse_session_value(&good("s", "10.1.200.7", "Mobile", now - 600.0), b"s");
        let f =
            |ip: Option<&str>, dev: Option<&str>, idle: Option<u64>, within: Option<u64>| Filter {
                ip: ip.map(|s| crate::cli::session::parse_ip_filter(s).unwrap()),
                device: dev.map(str::to_owned),
                idle_over: idle.map(Duration::from_secs),
                active_within: within.map(Duration::from_secs),
            };
        assert_eq!(
            f(Some("10.1.0.0/16"), None, None, None).judge(&v, now),
            Verdict::Match
        );
        assert_eq!(
            f(Some("10.2.0.0/16"), None, None, None).judge(&v, now),
            Verdict::NoMatch
        );
        assert_eq!(
            f(Some("10.1.200.7"), Some("mobile"), None, None).judge(&v, now),
            Verdict::Match
        );
        assert_eq!(
            f(None, Some("web"), None, None).judge(&v, now),
            Verdict::NoMatch
        );
        assert_eq!(
            f(None, None, Some(300), None).judge(&v, now),
            Verdict::Match
        );
        assert_eq!(
            f(None, None, Some(900), None).judge(&v, now),
            Verdict::NoMatch
        );
        assert_eq!(
            f(None, None, None, Some(900)).judge(&v, now),
            Verdict::Match
        );
        assert_eq!(
            f(None, None, None, Some(300)).judge(&v, now),
            Verdict::NoMatch
        );
        let bad = parse_session_value(b"nope", b"s");
        assert!(matches!(
            f(Some("10.0.0.0/8"), None, None, None).judge(&bad, now),
            Verdict::Undecided(_)
        ));
        assert_eq!(Filter::default().judge(&bad, now), Verdict::Match);
        let v6 = parse_session_value(&good("s", "::ffff:10.1.0.9", "web", now), b"s");
        assert_eq!(
            f(Some("10.1.0.0/16"), None, None, None).judge(&v6, now),
            Verdict::Match
        );
    }

    #[test]
    fn the_fast_prefilter_only_rejects_what_the_full_judge_rejects() {
        let now = 10_000.0;
        let filters = [
            Filter {
                ip: crate::cli::session::parse_ip_filter("10.1.0.0/16").ok(),
                ..Default::default()
            },
            Filter {
                device: Some("web".into()),
                idle_over: Some(Duration::from_secs(60)),
                ..Default::default()
            },
            Filter {
                active_within: Some(Duration::from_secs(60)),
                ..Default::default()
            },
        ];
        let values: Vec<Vec<u8>> = vec![
            good("s", "10.1.2.3", "web", now - 600.0),
            good("s", "10.2.2.3", "mobile", now),
            good("s", "not-an-ip", "WEB", now - 30.0),
            br#"{"session_id":"s","ip_address":7,"device_type":"web","last_active":"9000"}"#
                .to_vec(),
            br#"{"ip_address":"10.2.0.1","ip_address":"10.1.0.1"}"#.to_vec(),
            b"[]".to_vec(),
            b"garbage".to_vec(),
            b"{}".to_vec(),
        ];
        for f in &filters {
            for raw in &values {
                let full = f.judge(&parse_session_value(raw, b"s"), now);
                if f.surely_rejects(raw, now) {
                    assert_eq!(
                        full,
                        Verdict::NoMatch,
                        "{f:?} {}",
                        String::from_utf8_lossy(raw)
                    );
                }
            }
        }
        assert!(
            filters[0].surely_rejects(&values[1], now),
            "the common case is fast"
        );
        assert!(!Filter::default().surely_rejects(&values[1], now));
    }

    #[test]
    fn newest_activity_first() {
        let mk = |id: &str, last: Option<f64>| Session {
            user: b"u".to_vec(),
            key: b"k".to_vec(),
            id: id.into(),
            raw: Vec::new(),
            value: SessionValue {
                last_active: last,
                ..Default::default()
            },
            ttl_ms: None,
            field_ttl_ms: None,
        };
        let mut v = vec![mk("a", Some(1.0)), mk("b", None), mk("c", Some(3.0))];
        sort_sessions(&mut v);
        let ids: Vec<_> = v.iter().map(|s| s.id.clone()).collect();
        assert_eq!(ids, [b"c".to_vec(), b"a".to_vec(), b"b".to_vec()]);
    }
}
