//! `redops memory bigkeys` / `memory usage` / `memory policy`: where the memory goes.
//!
//! bigkeys reads each SCAN batch with ONE call on the node that returned it: a read-only Lua
//! script (EVALSHA, loaded once per node) that returns type, MEMORY USAGE, PTTL and the element
//! count of every key of the batch. Measured against two pipelines per batch (TYPE + MEMORY
//! USAGE + PTTL, then the length command for each type) it is faster (docs/memory.md);
//! the pipelines remain as the fallback when scripting is refused (ACL, managed Redis).

use crate::cli::memory::{BigkeysArgs, MemoryCommand, ReadMethod, UsageArgs};
use crate::client::budget::Work;
use crate::client::{Client, Node, Reply, ScanOptions, reply_bytes, reply_int, ttl_ms};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{
    add_row, bytes_cell, cell, human_bytes, human_duration, human_ms, put_bytes, show_bytes,
};
use comfy_table::Cell;
use futures_util::StreamExt;
use redis::{Cmd, Value};
use serde_json::{Map, Value as Json, json};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

pub async fn run(cmd: MemoryCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        MemoryCommand::Bigkeys(a) => bigkeys(a, ctx).await,
        MemoryCommand::Usage(a) => usage(a, ctx).await,
        MemoryCommand::Policy => policy(ctx).await,
    }
}

// ---------------------------------------------------------------------------------------------
// Reading keys: type, bytes, elements, TTL (and encoding for `memory usage`).

/// Reads the keys given in KEYS (when any) or in ARGV[3..]. ARGV[1] = MEMORY USAGE SAMPLES
/// (-1: the server's default), ARGV[2] = 1 to add OBJECT ENCODING. Returns, per key, a flat
/// `type, bytes, pttl, elements[, encoding]`; a key that does not exist has type `none`. The
/// script is atomic, so a key cannot vanish between its TYPE and its MEMORY USAGE. ARGV[2] =
/// `n` skips the length reads (elements -1): `--no-touch` on a server without CLIENT NO-TOUCH,
/// where they would update the keys' LRU/LFU data (TYPE, MEMORY USAGE, PTTL do not).
const READ_KEYS_LUA: &str = r"
local samples = tonumber(ARGV[1])
local with_enc = ARGV[2] == '1'
local no_len = ARGV[2] == 'n'
local keys, first = KEYS, 1
if #keys == 0 then keys, first = ARGV, 3 end
local len = {string='STRLEN', list='LLEN', set='SCARD', zset='ZCARD', hash='HLEN', stream='XLEN'}
local call = redis.call
local out, n = {}, 0
for i = first, #keys do
  local k = keys[i]
  local t = call('TYPE', k).ok
  if t == 'none' then
    out[n+1], out[n+2], out[n+3], out[n+4] = t, -1, -2, 0
    n = n + 4
    if with_enc then n = n + 1; out[n] = '' end
  else
    local m
    if samples >= 0 then m = call('MEMORY', 'USAGE', k, 'SAMPLES', samples)
    else m = call('MEMORY', 'USAGE', k) end
    local c = len[t]
    out[n+1], out[n+2], out[n+3] = t, m or -1, call('PTTL', k)
    if no_len then out[n+4] = -1 else out[n+4] = c and call(c, k) or 0 end
    n = n + 4
    if with_enc then n = n + 1; out[n] = call('OBJECT', 'ENCODING', k) or '' end
  end
end
return out
";

/// Redis 7 flags: keys passed in ARGV may live in several slots of this node, and the script
/// never writes (so it may run on a replica).
const LUA_FLAGS: &str = "#!lua flags=no-writes,allow-cross-slot-keys\n";

/// What redops read about one key.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyInfo {
    pub key: Vec<u8>,
    pub kind: String,
    pub bytes: u64,
    /// Length (strings: bytes of the value) or cardinality.
    pub elements: u64,
    pub ttl_ms: Option<i64>,
    pub encoding: Option<String>,
    /// Bytes of the key's record in an RDB snapshot (`--rdb`); `None` when read live.
    pub serialized_bytes: Option<u64>,
}

impl KeyInfo {
    fn to_json(&self) -> Json {
        let mut m = Map::new();
        put_bytes(&mut m, "key", &self.key);
        m.insert("type".into(), json!(self.kind));
        m.insert("bytes".into(), json!(self.bytes));
        m.insert("elements".into(), json!(self.elements));
        m.insert("ttl_ms".into(), json!(self.ttl_ms));
        if let Some(e) = &self.encoding {
            m.insert("encoding".into(), json!(e));
        }
        if let Some(s) = self.serialized_bytes {
            m.insert("serialized_bytes".into(), json!(s));
        }
        Json::Object(m)
    }
}

/// The length command for a type (`None` for module types, whose size is not known).
fn length_command(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "STRLEN",
        "list" => "LLEN",
        "set" => "SCARD",
        "zset" => "ZCARD",
        "hash" => "HLEN",
        "stream" => "XLEN",
        _ => return None,
    })
}

fn memory_usage_cmd(key: &[u8], samples: Option<u32>) -> Cmd {
    let mut c = redis::cmd("MEMORY");
    c.arg("USAGE").arg(key);
    if let Some(s) = samples {
        c.arg("SAMPLES").arg(s);
    }
    c
}

/// Where a read goes: the node a scan batch came from, or each key's own node.
#[derive(Clone, Copy)]
enum Via<'a> {
    Node(&'a Node),
    Routed,
}

async fn send(client: &Client, via: Via<'_>, cmds: &[Cmd], what: &str) -> Result<Vec<Reply>> {
    match via {
        Via::Node(n) => client.batch_on(n, cmds, what).await,
        Via::Routed => client.batch(cmds, what).await,
    }
}

/// Parses the script's flat reply; `None` for keys that vanished (type none / no memory).
fn parse_script_reply(
    keys: Vec<Vec<u8>>,
    v: &Value,
    with_enc: bool,
) -> Result<Vec<Option<KeyInfo>>> {
    let stride = if with_enc { 5 } else { 4 };
    let Value::Array(items) = v else {
        return Err(Error::internal(format!(
            "unexpected reply from the key-reading script: {v:?}"
        )));
    };
    if items.len() != keys.len() * stride {
        return Err(Error::internal(format!(
            "the key-reading script returned {} values for {} keys",
            items.len(),
            keys.len()
        )));
    }
    let mut out = Vec::with_capacity(keys.len());
    for (key, f) in keys.into_iter().zip(items.chunks(stride)) {
        let r = |i: usize| -> Reply { Ok(f[i].clone()) };
        let kind = reply_bytes(&r(0)).unwrap_or_default();
        let bytes = reply_int(&r(1)).unwrap_or(-1);
        if kind == b"none" || bytes < 0 {
            out.push(None);
            continue;
        }
        out.push(Some(KeyInfo {
            key,
            kind: String::from_utf8_lossy(&kind).into_owned(),
            bytes: bytes as u64,
            elements: reply_int(&r(3)).unwrap_or(0).max(0) as u64,
            ttl_ms: ttl_ms(reply_int(&r(2)).unwrap_or(-1)),
            encoding: with_enc.then(|| {
                String::from_utf8_lossy(&reply_bytes(&r(4)).unwrap_or_default()).into_owned()
            }),
            serialized_bytes: None,
        }));
    }
    Ok(out)
}

/// Two pipelines: TYPE + MEMORY USAGE + PTTL (+ OBJECT ENCODING), then the length commands.
/// Keys that vanish in between keep the first answers and get 0 elements.
async fn read_keys_pipelined(
    client: &Client,
    via: Via<'_>,
    keys: Vec<Vec<u8>>,
    samples: Option<u32>,
    with_enc: bool,
) -> Result<Vec<Option<KeyInfo>>> {
    read_keys_pipelined_with(client, via, keys, samples, with_enc, false).await
}

/// [`read_keys_pipelined`]; `skip_lengths`: without the length reads (elements left 0, for
/// the caller to show as unknown).
async fn read_keys_pipelined_with(
    client: &Client,
    via: Via<'_>,
    keys: Vec<Vec<u8>>,
    samples: Option<u32>,
    with_enc: bool,
    skip_lengths: bool,
) -> Result<Vec<Option<KeyInfo>>> {
    let stride = if with_enc { 4 } else { 3 };
    let mut cmds = Vec::with_capacity(keys.len() * stride);
    for k in &keys {
        cmds.push(redis::cmd("TYPE").arg(k).clone());
        cmds.push(memory_usage_cmd(k, samples));
        cmds.push(redis::cmd("PTTL").arg(k).clone());
        if with_enc {
            cmds.push(redis::cmd("OBJECT").arg("ENCODING").arg(k).clone());
        }
    }
    let replies = send(client, via, &cmds, "reading key types and memory").await?;
    let mut infos: Vec<Option<KeyInfo>> = Vec::with_capacity(keys.len());
    for (key, r) in keys.into_iter().zip(replies.chunks(stride)) {
        let kind = reply_bytes(&r[0]).unwrap_or_default();
        let bytes = reply_int(&r[1]);
        match (kind.as_slice(), bytes) {
            (b"none", _) | (_, None) => infos.push(None),
            (_, Some(b)) => infos.push(Some(KeyInfo {
                key,
                kind: String::from_utf8_lossy(&kind).into_owned(),
                bytes: b.max(0) as u64,
                elements: 0,
                ttl_ms: ttl_ms(reply_int(&r[2]).unwrap_or(-1)),
                encoding: with_enc.then(|| {
                    String::from_utf8_lossy(&reply_bytes(&r[3]).unwrap_or_default()).into_owned()
                }),
                serialized_bytes: None,
            })),
        }
    }
    if skip_lengths {
        return Ok(infos);
    }
    let mut idx = Vec::new();
    let mut len_cmds = Vec::new();
    for (i, info) in infos.iter().enumerate() {
        if let Some(info) = info
            && let Some(c) = length_command(&info.kind)
        {
            idx.push(i);
            len_cmds.push(redis::cmd(c).arg(&info.key).clone());
        }
    }
    let lens = send(client, via, &len_cmds, "reading element counts").await?;
    for (i, r) in idx.into_iter().zip(lens) {
        if let Some(Some(info)) = infos.get_mut(i) {
            info.elements = reply_int(&r).unwrap_or(0).max(0) as u64;
        }
    }
    Ok(infos)
}

/// Reads scan batches: the Lua script per node (EVALSHA), or the pipelines when scripting is
/// refused.
struct KeyReader<'a> {
    client: &'a Client,
    samples: Option<u32>,
    script: String,
    sha: String,
    use_script: AtomicBool,
    /// Set once a batch was read without its length reads (`--no-touch` on a server without
    /// CLIENT NO-TOUCH): element counts are then unknown.
    skipped_lengths: AtomicBool,
}

impl<'a> KeyReader<'a> {
    /// Loads the script on every scanned node (one round trip), with the Redis 7 flags when the
    /// server knows them; falls back to pipelines when it is refused.
    async fn new(
        ctx: &Ctx,
        client: &'a Client,
        nodes: &[Node],
        samples: Option<u32>,
        method: ReadMethod,
    ) -> Result<KeyReader<'a>> {
        let mut reader = KeyReader {
            client,
            samples,
            script: String::new(),
            sha: String::new(),
            use_script: AtomicBool::new(false),
            skipped_lengths: AtomicBool::new(false),
        };
        if method == ReadMethod::Pipeline {
            return Ok(reader);
        }
        let mut refusal = String::new();
        for script in [
            format!("{LUA_FLAGS}{READ_KEYS_LUA}"),
            READ_KEYS_LUA.to_owned(),
        ] {
            let mut load = redis::cmd("SCRIPT");
            load.arg("LOAD").arg(&script);
            let loads = nodes
                .iter()
                .map(|n| client.query_node::<String>(n, &load, "loading the key-reading script"));
            let answers: Result<Vec<String>> = futures_util::future::join_all(loads)
                .await
                .into_iter()
                .collect();
            match answers {
                Ok(answers) => {
                    let sha = answers.into_iter().next().unwrap_or_default();
                    reader.script = script;
                    reader.sha = sha;
                    reader.use_script.store(true, Ordering::Relaxed);
                    return Ok(reader);
                }
                Err(e) if e.code == crate::error::ExitCode::Connection => return Err(e),
                Err(e) => refusal = e.message,
            }
        }
        ctx.out.hint(&format!(
            "scripting is not available ({refusal}); reading keys with two pipelines per batch instead"
        ));
        Ok(reader)
    }

    async fn read(&self, node: &Node, keys: Vec<Vec<u8>>) -> Result<Vec<Option<KeyInfo>>> {
        // Length reads touch keys where CLIENT NO-TOUCH is not on: skipped with --no-touch,
        // else named in the report.
        let skip_lengths =
            !self.client.reads_leave_no_trace(node) && self.client.touch_log().refusing();
        if skip_lengths {
            self.skipped_lengths.store(true, Ordering::Relaxed);
        }
        let infos = self.read_keys(node, keys, skip_lengths).await?;
        if !skip_lengths && !self.client.reads_leave_no_trace(node) {
            let mut names: Vec<&str> = infos
                .iter()
                .flatten()
                .filter_map(|i| length_command(&i.kind))
                .collect();
            names.sort_unstable();
            names.dedup();
            self.client.note_script_reads(node, &names);
        }
        Ok(infos)
    }

    async fn read_keys(
        &self,
        node: &Node,
        keys: Vec<Vec<u8>>,
        skip_lengths: bool,
    ) -> Result<Vec<Option<KeyInfo>>> {
        if !self.use_script.load(Ordering::Relaxed) {
            // The client layer sizes the pipelines by the latency budget.
            return self.read_pipelined(node, keys, skip_lengths).await;
        }
        // Script calls: as many keys per call as the latency budget allows (1,000 when off).
        let pacing = self.client.pacing();
        let mut out = Vec::with_capacity(keys.len());
        let mut rest = keys;
        let mut calls = 0;
        while !rest.is_empty() {
            pacing.wait(&node.addr).await;
            let n = pacing.size(&node.addr, Work::Script).min(rest.len());
            let tail = rest.split_off(n);
            let started = Instant::now();
            out.extend(self.read_script(node, rest, skip_lengths).await?);
            pacing.record(&node.addr, Work::Script, n, started.elapsed());
            rest = tail;
            calls += 1;
        }
        if calls > 1 {
            pacing.split_read();
        }
        Ok(out)
    }

    /// `keys` read with pipelines of plain commands (sized by the client's latency budget).
    async fn read_pipelined(
        &self,
        node: &Node,
        keys: Vec<Vec<u8>>,
        skip_lengths: bool,
    ) -> Result<Vec<Option<KeyInfo>>> {
        read_keys_pipelined_with(
            self.client,
            Via::Node(node),
            keys,
            self.samples,
            false,
            skip_lengths,
        )
        .await
    }

    /// One EVALSHA over `keys` (with pipelines when the script cannot answer).
    async fn read_script(
        &self,
        node: &Node,
        keys: Vec<Vec<u8>>,
        skip_lengths: bool,
    ) -> Result<Vec<Option<KeyInfo>>> {
        let samples = self.samples.map_or(-1, i64::from);
        let mut eval = redis::cmd("EVALSHA");
        eval.arg(&self.sha)
            .arg(0)
            .arg(samples)
            .arg(if skip_lengths { "n" } else { "0" });
        for k in &keys {
            eval.arg(k);
        }
        let what = format!("reading keys on {}", node.addr);
        let reply = self
            .client
            .batch_on(node, std::slice::from_ref(&eval), &what)
            .await?;
        match reply.into_iter().next() {
            Some(Ok(v)) => parse_script_reply(keys, &v, false),
            Some(Err(e)) if e.code() == Some("NOSCRIPT") => {
                // The server's script cache was flushed: load it again on this node, once.
                let mut load = redis::cmd("SCRIPT");
                load.arg("LOAD").arg(&self.script);
                let _: String = self.client.query_node(node, &load, &what).await?;
                let reply = self
                    .client
                    .batch_on(node, std::slice::from_ref(&eval), &what)
                    .await?;
                match reply.into_iter().next() {
                    Some(Ok(v)) => parse_script_reply(keys, &v, false),
                    _ => self.read_pipelined(node, keys, skip_lengths).await,
                }
            }
            // A key that moved during a resharding, a busy script, an ACL: this batch with
            // pipelines (which follow redirects).
            _ => self.read_pipelined(node, keys, skip_lengths).await,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Key groups.

/// Whether a key segment is an identifier (folded into `*` in a key group): numbers (also
/// `1700000000.5`), hex of 8+ digits, UUIDs, dates (`2026-11`, `2026-11-26`), and binary.
pub fn is_id_like(seg: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(seg) else {
        return !seg.is_empty();
    };
    if s.is_empty() {
        return false;
    }
    let b = s.as_bytes();
    // Numbers: digits with at most one '.', optionally negative.
    let digits = s.strip_prefix('-').unwrap_or(s);
    if !digits.is_empty()
        && digits.bytes().all(|c| c.is_ascii_digit() || c == b'.')
        && digits.bytes().filter(|&c| c == b'.').count() <= 1
        && digits.bytes().any(|c| c.is_ascii_digit())
        && !digits.starts_with('.')
        && !digits.ends_with('.')
    {
        return true;
    }
    if b.len() >= 8 && b.iter().all(u8::is_ascii_hexdigit) {
        return true;
    }
    // UUID 8-4-4-4-12.
    if b.len() == 36 {
        let ok = s.split('-').map(str::len).eq([8, 4, 4, 4, 12])
            && s.bytes().all(|c| c == b'-' || c.is_ascii_hexdigit());
        if ok {
            return true;
        }
    }
    // Dates: YYYY-MM, YYYY-MM-DD (also with '_' or '/' as separators, not split on).
    let parts: Vec<&str> = s.split(['-', '_']).collect();
    let is_num = |p: &str, n: usize| p.len() == n && p.bytes().all(|c| c.is_ascii_digit());
    matches!(parts.as_slice(), [y, m] if is_num(y, 4) && is_num(m, 2))
        || matches!(parts.as_slice(), [y, m, d] if is_num(y, 4) && is_num(m, 2) && is_num(d, 2))
}

/// Folds a key into its group: `:`-separated segments that are identifiers become `*`
/// (`sessions:user:42` -> `sessions:user:*`); a hash tag `{42}` becomes `{*}`.
pub fn key_pattern(key: &[u8]) -> String {
    let mut out = String::with_capacity(key.len());
    for (i, seg) in key.split(|&c| c == b':').enumerate() {
        if i > 0 {
            out.push(':');
        }
        if is_id_like(seg) {
            out.push('*');
        } else if seg.len() > 2
            && seg.first() == Some(&b'{')
            && seg.last() == Some(&b'}')
            && is_id_like(&seg[1..seg.len() - 1])
        {
            out.push_str("{*}");
        } else {
            out.push_str(&show_bytes(seg));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Size distribution.

/// A log-bucketed histogram of sizes: exact below 128, then 64 buckets per power of two
/// (under 1.6% error), a few KiB whatever the number of keys.
#[derive(Debug, Clone, Default)]
pub struct SizeHistogram {
    counts: Vec<u64>,
    total: u64,
    max: u64,
}

const LINEAR: u64 = 128;
const SUB: u64 = 64;

fn bucket_of(v: u64) -> usize {
    if v < LINEAR {
        return v as usize;
    }
    let shift = 64 - v.leading_zeros() as u64 - 7; // v >> shift is in [64, 128)
    (LINEAR + (shift - 1) * SUB + ((v >> shift) - SUB)) as usize
}

/// The largest value that falls in bucket `b`.
fn bucket_high(b: usize) -> u64 {
    let b = b as u64;
    if b < LINEAR {
        return b;
    }
    let shift = (b - LINEAR) / SUB + 1;
    let mant = (b - LINEAR) % SUB + SUB;
    u64::try_from(((mant as u128 + 1) << shift) - 1).unwrap_or(u64::MAX)
}

impl SizeHistogram {
    pub fn add(&mut self, v: u64) {
        let b = bucket_of(v);
        if self.counts.len() <= b {
            self.counts.resize(b + 1, 0);
        }
        self.counts[b] += 1;
        self.total += 1;
        self.max = self.max.max(v);
    }

    pub fn count(&self) -> u64 {
        self.total
    }

    pub fn max(&self) -> u64 {
        self.max
    }

    /// The value at quantile `q` (0..=1): the top of its bucket, never above the maximum seen.
    pub fn quantile(&self, q: f64) -> u64 {
        if self.total == 0 {
            return 0;
        }
        let rank = ((q * self.total as f64).ceil() as u64).clamp(1, self.total);
        let mut seen = 0;
        for (b, &c) in self.counts.iter().enumerate() {
            seen += c;
            if seen >= rank {
                return bucket_high(b).min(self.max);
            }
        }
        self.max
    }
}

// ---------------------------------------------------------------------------------------------
// The report.

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeStats {
    pub keys: u64,
    pub bytes: u64,
    pub elements: u64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupStats {
    pub keys: u64,
    pub bytes: u64,
    pub no_ttl: u64,
}

/// A key in the top-N heap, ordered by bytes then key.
#[derive(Debug, Clone, PartialEq, Eq)]
struct BigKey {
    bytes: u64,
    key: Vec<u8>,
    kind: String,
    elements: u64,
    ttl_ms: Option<i64>,
    serialized_bytes: Option<u64>,
}

impl Ord for BigKey {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.bytes.cmp(&o.bytes).then_with(|| o.key.cmp(&self.key))
    }
}

impl PartialOrd for BigKey {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

/// The group that absorbs new patterns once [`MemoryTally::max_groups`] are tracked.
pub const OTHER_GROUP: &str = "(other)";

/// Everything bigkeys accumulates, in memory bounded by top-N, the group limit and the
/// histogram (not by the number of keys).
#[derive(Debug)]
pub struct MemoryTally {
    pub keys: u64,
    pub bytes: u64,
    pub no_ttl: u64,
    pub types: BTreeMap<String, TypeStats>,
    pub groups: HashMap<String, GroupStats>,
    pub other: GroupStats,
    pub max_groups: usize,
    pub sizes: SizeHistogram,
    top: BinaryHeap<Reverse<BigKey>>,
    top_n: usize,
}

impl MemoryTally {
    pub fn new(top_n: usize, max_groups: usize) -> Self {
        MemoryTally {
            keys: 0,
            bytes: 0,
            no_ttl: 0,
            types: BTreeMap::new(),
            groups: HashMap::new(),
            other: GroupStats::default(),
            max_groups,
            sizes: SizeHistogram::default(),
            top: BinaryHeap::new(),
            top_n,
        }
    }

    pub fn add(&mut self, k: KeyInfo) {
        self.keys += 1;
        self.bytes += k.bytes;
        let no_ttl = k.ttl_ms.is_none();
        self.no_ttl += u64::from(no_ttl);
        self.sizes.add(k.bytes);
        // get_mut first: no String allocation per key for a type already seen.
        let t = match self.types.get_mut(&k.kind) {
            Some(t) => t,
            None => self.types.entry(k.kind.clone()).or_default(),
        };
        t.keys += 1;
        t.bytes += k.bytes;
        t.elements += k.elements;

        let pattern = key_pattern(&k.key);
        let tracked = self.groups.len() < self.max_groups || self.groups.contains_key(&pattern);
        let g = if tracked {
            self.groups.entry(pattern).or_default()
        } else {
            &mut self.other
        };
        g.keys += 1;
        g.bytes += k.bytes;
        g.no_ttl += u64::from(no_ttl);

        if self.top_n == 0 {
            return;
        }
        let fits = self.top.len() < self.top_n
            || self.top.peek().is_some_and(|Reverse(min)| {
                (k.bytes, std::cmp::Reverse(&k.key)) > (min.bytes, std::cmp::Reverse(&min.key))
            });
        if fits {
            self.top.push(Reverse(BigKey {
                bytes: k.bytes,
                key: k.key,
                kind: k.kind,
                elements: k.elements,
                ttl_ms: k.ttl_ms,
                serialized_bytes: k.serialized_bytes,
            }));
            if self.top.len() > self.top_n {
                self.top.pop();
            }
        }
    }

    /// The biggest keys, biggest first.
    fn top(&self) -> Vec<BigKey> {
        let mut v: Vec<BigKey> = self.top.iter().map(|Reverse(b)| b.clone()).collect();
        v.sort_by(|a, b| b.cmp(a));
        v
    }

    /// Types by bytes, biggest first.
    pub fn types_by_bytes(&self) -> Vec<(&str, &TypeStats)> {
        let mut v: Vec<_> = self.types.iter().map(|(k, s)| (k.as_str(), s)).collect();
        v.sort_by(|a, b| b.1.bytes.cmp(&a.1.bytes).then(a.0.cmp(b.0)));
        v
    }

    /// The `limit` biggest groups by bytes, the rest (and whatever did not fit in the tracked
    /// groups) folded into [`OTHER_GROUP`] at the end.
    pub fn groups_by_bytes(&self, limit: usize) -> Vec<(String, GroupStats)> {
        let mut v: Vec<(&String, &GroupStats)> = self.groups.iter().collect();
        v.sort_by(|a, b| b.1.bytes.cmp(&a.1.bytes).then(a.0.cmp(b.0)));
        let mut other = self.other.clone();
        let mut out = Vec::new();
        for (i, (p, g)) in v.into_iter().enumerate() {
            if i < limit {
                out.push((p.clone(), g.clone()));
            } else {
                other.keys += g.keys;
                other.bytes += g.bytes;
                other.no_ttl += g.no_ttl;
            }
        }
        if other.keys > 0 {
            out.push((OTHER_GROUP.to_owned(), other));
        }
        out
    }
}

fn share(part: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        (part as f64 / total as f64 * 10_000.0).round() / 10_000.0
    }
}

fn percent(part: u64, total: u64) -> String {
    format!("{:.1}%", share(part, total) * 100.0)
}

// ---------------------------------------------------------------------------------------------
// memory bigkeys

/// Tracked key groups before new patterns go to "(other)": bounds memory on keyspaces whose
/// names do not fold well (e.g. ids that are plain words).
pub(crate) const MAX_TRACKED_GROUPS: usize = 1000;

async fn bigkeys(args: BigkeysArgs, ctx: &Ctx) -> Result<()> {
    if args.rdb.is_some() || args.rdb_sync {
        return super::memory_rdb::bigkeys(args, ctx).await;
    }
    if let Some(p) = &args.pattern {
        crate::keyspace::check_glob(p).map_err(|e| Error::usage(format!("--pattern: {e}")))?;
    }
    let started = Instant::now();
    let client = ctx.connect().await?;
    let picked = if args.scan.replicas {
        super::pick_replicas(ctx, &client).await
    } else {
        super::ScanNodes {
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
    let reader = KeyReader::new(ctx, &client, &nodes, args.samples, method).await?;
    let bar = progress_bar(ctx, &client, &args).await;

    let opts = ScanOptions {
        pattern: args.pattern.as_ref().map(|p| p.clone().into_bytes()),
        key_type: args.key_type.clone(),
        ..super::scan_options(&args.scan)
    };
    let keyscan = if args.scan.replicas {
        super::KeyScan::start_picked(ctx, &client, &picked, &opts).await
    } else {
        super::KeyScan::start_on(ctx, &client, &nodes, &opts).await
    };
    let mut keyscan = keyscan.without_progress();
    let mut tally = MemoryTally::new(args.top, MAX_TRACKED_GROUPS);
    let mut scanned: u64 = 0;
    let mut vanished: u64 = 0;
    {
        // Reads of two batches per node in flight: the server works while the client parses.
        // Under a latency budget, one per node (beside the scan): gaps for the application.
        let in_flight = client
            .pacing()
            .reads_in_flight(nodes.len(), 2 * nodes.len().max(1));
        let reader_ref = &reader;
        let reads = keyscan
            .batches(ctx)
            .map(|b| async move {
                let b = b?;
                let n = b.keys.len() as u64;
                reader_ref
                    .read(&b.node, b.keys)
                    .await
                    .map(|infos| (n, infos))
            })
            .buffer_unordered(in_flight);
        let mut reads = std::pin::pin!(reads);
        loop {
            let next = tokio::select! {
                r = reads.next() => r,
                _ = ctx.cancelled() => None,
            };
            let Some(r) = next else { break };
            let (n, infos) = r?;
            scanned += n;
            for info in infos {
                match info {
                    Some(i) => tally.add(i),
                    None => vanished += 1, // deleted or expired between SCAN and the read
                }
            }
            if let Some(b) = &bar {
                b.inc(n);
            }
        }
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let coverage = keyscan.finish(ctx, &client).await;
    let elapsed = started.elapsed();
    let report = Report {
        tally: &tally,
        scanned,
        vanished,
        coverage: &coverage,
        elapsed,
        read_from: nodes.iter().map(|n| n.addr.clone()).collect(),
        groups: args.groups,
        snapshots: Vec::new(),
        elements_unknown: reader.skipped_lengths.load(Ordering::Relaxed),
    };
    if ctx.out.is_table() {
        report.render(ctx)?;
    } else {
        ctx.out.json(&report.to_json())?;
    }
    coverage.conclude(ctx)
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

/// The bigkeys report, from a scan or from RDB snapshots (`memory_rdb`).
pub(crate) struct Report<'a> {
    pub tally: &'a MemoryTally,
    pub scanned: u64,
    pub vanished: u64,
    pub coverage: &'a super::Coverage,
    pub elapsed: Duration,
    /// The nodes scanned (primaries, or replicas with --replicas), or the snapshots' sources.
    pub read_from: Vec<String>,
    pub groups: usize,
    /// What each RDB snapshot read says about itself (JSON `snapshots`, only when read from
    /// snapshots), and its one-line summary for the table.
    pub snapshots: Vec<(Json, String)>,
    /// Element counts were not read (`--no-touch` on a server without CLIENT NO-TOUCH): shown
    /// as unknown (JSON null), never as 0.
    pub elements_unknown: bool,
}

impl Report<'_> {
    pub(crate) fn to_json(&self) -> Json {
        let t = self.tally;
        let elements = |n: u64| {
            if self.elements_unknown {
                Json::Null
            } else {
                json!(n)
            }
        };
        let types: Vec<Json> = t
            .types_by_bytes()
            .into_iter()
            .map(|(k, s)| {
                json!({"type": k, "keys": s.keys, "bytes": s.bytes, "elements": elements(s.elements),
                       "share": share(s.bytes, t.bytes)})
            })
            .collect();
        let top: Vec<Json> = t
            .top()
            .into_iter()
            .map(|b| {
                let mut m = Map::new();
                put_bytes(&mut m, "key", &b.key);
                m.insert("type".into(), json!(b.kind));
                m.insert("bytes".into(), json!(b.bytes));
                m.insert("elements".into(), elements(b.elements));
                m.insert("ttl_ms".into(), json!(b.ttl_ms));
                if let Some(s) = b.serialized_bytes {
                    m.insert("serialized_bytes".into(), json!(s));
                }
                Json::Object(m)
            })
            .collect();
        let groups: Vec<Json> = t
            .groups_by_bytes(self.groups)
            .into_iter()
            .map(|(p, g)| {
                json!({"pattern": p, "keys": g.keys, "bytes": g.bytes, "no_ttl": g.no_ttl,
                       "share": share(g.bytes, t.bytes)})
            })
            .collect();
        let mut report = json!({
            "scanned": self.scanned,
            "keys": t.keys,
            "vanished": self.vanished,
            "bytes": t.bytes,
            "partial": self.coverage.partial(),
            "missed": self.coverage.missed_json(),
            "nodes": self.read_from.len(),
            "read_from": self.read_from,
            "elapsed_ms": self.elapsed.as_millis() as u64,
            "no_ttl": t.no_ttl,
            "types": types,
            "top": top,
            "groups": groups,
            "percentiles": {
                "p50": t.sizes.quantile(0.50),
                "p90": t.sizes.quantile(0.90),
                "p99": t.sizes.quantile(0.99),
                "max": t.sizes.max(),
            },
        });
        if !self.snapshots.is_empty()
            && let Some(m) = report.as_object_mut()
        {
            let s: Vec<Json> = self.snapshots.iter().map(|(j, _)| j.clone()).collect();
            m.insert("snapshots".into(), Json::Array(s));
        }
        if let Some(m) = report.as_object_mut() {
            m.insert("elements_known".into(), json!(!self.elements_unknown));
        }
        self.coverage.put_replicas(&mut report);
        report
    }

    pub(crate) fn render(&self, ctx: &Ctx) -> Result<()> {
        let t = self.tally;
        let mut text = format!(
            "{}{} keys, {} on {} node{} in {}; {} without TTL ({})",
            if self.coverage.partial() {
                "PARTIAL: "
            } else {
                ""
            },
            t.keys,
            human_bytes(t.bytes),
            self.read_from.len(),
            if self.read_from.len() == 1 { "" } else { "s" },
            human_duration(self.elapsed),
            t.no_ttl,
            percent(t.no_ttl, t.keys),
        );
        if self.vanished > 0 {
            text.push_str(&format!("; {} vanished while scanning", self.vanished));
        }
        for (_, line) in &self.snapshots {
            text.push('\n');
            text.push_str(line);
        }
        if self.elements_unknown {
            text.push_str(
                "\nelements: unknown (--no-touch: on this server the length reads would update \
                 the keys' LRU/LFU data, so they were skipped)",
            );
        }
        let elements = |n: u64| {
            if self.elements_unknown {
                "unknown".to_owned()
            } else {
                n.to_string()
            }
        };
        ctx.out.say(&format!("{text}\n\n"))?;
        if t.keys == 0 {
            ctx.out.hint("no keys matched");
            return Ok(());
        }

        let mut types = ctx
            .out
            .new_table(&["type", "keys", "memory", "share", "elements"]);
        for (k, s) in t.types_by_bytes() {
            add_row(
                &mut types,
                vec![
                    cell(k),
                    cell(s.keys),
                    cell(human_bytes(s.bytes)),
                    cell(percent(s.bytes, t.bytes)),
                    cell(elements(s.elements)),
                ],
            );
        }
        ctx.out.table(types)?;

        let mut top = ctx
            .out
            .new_table(&["biggest keys", "type", "memory", "elements", "ttl"]);
        for b in t.top() {
            add_row(
                &mut top,
                vec![
                    bytes_cell(&b.key),
                    cell(&b.kind),
                    cell(human_bytes(b.bytes)),
                    cell(elements(b.elements)),
                    ttl_cell(ctx, b.ttl_ms),
                ],
            );
        }
        ctx.out.table(top)?;

        let mut groups = ctx
            .out
            .new_table(&["key group", "keys", "memory", "share", "no ttl"]);
        for (p, g) in t.groups_by_bytes(self.groups) {
            let no_ttl = if g.no_ttl > 0 {
                ctx.out
                    .warn_cell(format!("{} ({})", g.no_ttl, percent(g.no_ttl, g.keys)))
            } else {
                cell(0)
            };
            add_row(
                &mut groups,
                vec![
                    cell(p),
                    cell(g.keys),
                    cell(human_bytes(g.bytes)),
                    cell(percent(g.bytes, t.bytes)),
                    no_ttl,
                ],
            );
        }
        ctx.out.table(groups)?;
        ctx.out.say(&format!(
            "bytes per key: p50 {}, p90 {}, p99 {}, max {}\n",
            human_bytes(t.sizes.quantile(0.5)),
            human_bytes(t.sizes.quantile(0.9)),
            human_bytes(t.sizes.quantile(0.99)),
            human_bytes(t.sizes.max()),
        ))
    }
}

fn ttl_cell(ctx: &Ctx, ttl: Option<i64>) -> Cell {
    match ttl {
        None => ctx.out.warn_cell("no TTL"),
        Some(ms) => cell(human_ms(ms)),
    }
}

// ---------------------------------------------------------------------------------------------
// memory usage

async fn usage(args: UsageArgs, ctx: &Ctx) -> Result<()> {
    let client = ctx.connect().await?;
    let keys: Vec<Vec<u8>> = args.keys.iter().map(|k| k.clone().into_bytes()).collect();
    let samples = args.samples.map_or(-1, i64::from);
    // One EVAL per key (routed by its key on a cluster), all in one round trip.
    let cmds: Vec<Cmd> = keys
        .iter()
        .map(|k| {
            redis::cmd("EVAL")
                .arg(READ_KEYS_LUA)
                .arg(1)
                .arg(k)
                .arg(samples)
                .arg(1)
                .clone()
        })
        .collect();
    let replies = client.batch(&cmds, "measuring keys").await?;
    let infos: Vec<Option<KeyInfo>> = if replies.iter().all(|r| r.is_ok()) {
        let mut out = Vec::with_capacity(keys.len());
        for (k, r) in keys.iter().zip(&replies) {
            let v = r.as_ref().map_err(|e| Error::internal(e.to_string()))?;
            out.extend(parse_script_reply(vec![k.clone()], v, true)?);
        }
        out
    } else {
        // Scripting refused (ACL, managed Redis): plain commands, two round trips.
        read_keys_pipelined(&client, Via::Routed, keys.clone(), args.samples, true).await?
    };
    // The script's length read (HLEN, ZCARD, ...) touches the key where NO-TOUCH is not on.
    if let Some(node) = client
        .nodes()
        .iter()
        .find(|n| !client.reads_leave_no_trace(n))
    {
        let mut names: Vec<&str> = infos
            .iter()
            .flatten()
            .filter_map(|i| length_command(&i.kind))
            .collect();
        names.sort_unstable();
        names.dedup();
        client.note_script_reads(node, &names);
    }
    let missing: Vec<&Vec<u8>> = keys
        .iter()
        .zip(&infos)
        .filter(|(_, i)| i.is_none())
        .map(|(k, _)| k)
        .collect();
    let found: Vec<&KeyInfo> = infos.iter().flatten().collect();
    if ctx.out.is_table() {
        if !found.is_empty() {
            let mut t = ctx
                .out
                .new_table(&["key", "type", "memory", "elements", "ttl", "encoding"]);
            for i in &found {
                add_row(
                    &mut t,
                    vec![
                        bytes_cell(&i.key),
                        cell(&i.kind),
                        cell(human_bytes(i.bytes)),
                        cell(i.elements),
                        ttl_cell(ctx, i.ttl_ms),
                        cell(i.encoding.as_deref().unwrap_or("")),
                    ],
                );
            }
            ctx.out.table(t)?;
        }
    } else {
        let mut items: Vec<Json> = Vec::with_capacity(keys.len());
        for (k, i) in keys.iter().zip(&infos) {
            match i {
                Some(i) => items.push(i.to_json()),
                None => {
                    let mut m = Map::new();
                    put_bytes(&mut m, "key", k);
                    m.insert("exists".into(), json!(false));
                    items.push(Json::Object(m));
                }
            }
        }
        ctx.out.list(&items, || unreachable!("not a table"))?;
    }
    for k in &missing {
        ctx.out.warn(&format!("{} does not exist", show_bytes(k)));
    }
    if found.is_empty() {
        return Err(Error::not_found(if keys.len() == 1 {
            format!("{} does not exist", show_bytes(&keys[0]))
        } else {
            format!("none of the {} keys exists", keys.len())
        })
        .hint("`redops memory bigkeys --pattern GLOB` finds keys by pattern"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// memory policy

/// The eviction settings and counters of one node.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NodeMemory {
    pub node: String,
    pub maxmemory: u64,
    pub policy: String,
    pub used_memory: u64,
    pub used_memory_rss: u64,
    pub used_memory_peak: u64,
    pub fragmentation: Option<f64>,
    pub evicted_keys: u64,
    pub expired_keys: u64,
    pub lfu_log_factor: Option<i64>,
    pub lfu_decay_time: Option<i64>,
    pub maxmemory_samples: Option<i64>,
}

/// What is wrong with a node's memory settings for this workload, and why (shared with
/// `check`). The fintech keyspace is cache-like (sessions, rate-limit windows, leaderboards):
/// under memory pressure it should drop the least used keys rather than refuse writes.
pub fn policy_warnings(maxmemory: u64, policy: &str) -> Vec<String> {
    let mut w = Vec::new();
    if maxmemory == 0 {
        w.push(
            "maxmemory is not set: Redis grows until the machine runs out of memory (the OOM \
             killer or swapping), and no eviction policy ever applies; set maxmemory to about \
             75% of the RAM available to Redis"
                .to_owned(),
        );
    }
    let why = match policy {
        "allkeys-lfu" | "allkeys-lru" => None,
        "noeviction" => Some(
            "when memory is full, writes fail with OOM errors (new sessions, rate-limit entries, \
             lock acquisitions) instead of evicting cold keys",
        ),
        p if p.starts_with("volatile-") => Some(
            "only keys with a TTL can be evicted: keys without one (leaderboards, trader \
             metadata, rate-limit sets never given a TTL) pin memory, and once the volatile keys \
             are gone writes fail with OOM errors",
        ),
        "allkeys-random" => Some(
            "evicts keys at random, hot sessions as readily as cold ones; allkeys-lfu keeps the \
             frequently used keys",
        ),
        "" => Some("the eviction policy could not be read"),
        _ => Some("it is not an allkeys LFU/LRU policy"),
    };
    if let Some(why) = why {
        w.push(format!(
            "maxmemory-policy is {}: {why}; the recommendation for this workload is allkeys-lfu",
            if policy.is_empty() { "unknown" } else { policy }
        ));
    }
    w
}

/// Reads one node's memory state from INFO and the CONFIG GET pairs (maxmemory*, lfu-*).
pub fn parse_node_memory(node: &str, info: &str, config: &[(String, String)]) -> NodeMemory {
    use super::info_field;
    let num = |f: &str| {
        info_field(info, f)
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or(0)
    };
    let cfg = |name: &str| {
        config
            .iter()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.parse::<i64>().ok())
    };
    let maxmemory = config
        .iter()
        .find(|(k, _)| k == "maxmemory")
        .and_then(|(_, v)| v.parse::<u64>().ok())
        .unwrap_or_else(|| num("maxmemory"));
    let policy = config
        .iter()
        .find(|(k, _)| k == "maxmemory-policy")
        .map(|(_, v)| v.clone())
        .or_else(|| info_field(info, "maxmemory_policy").map(|v| v.trim().to_owned()))
        .unwrap_or_default();
    NodeMemory {
        node: node.to_owned(),
        maxmemory,
        policy,
        used_memory: num("used_memory"),
        used_memory_rss: num("used_memory_rss"),
        used_memory_peak: num("used_memory_peak"),
        fragmentation: info_field(info, "mem_fragmentation_ratio")
            .and_then(|v| v.trim().parse().ok()),
        evicted_keys: num("evicted_keys"),
        expired_keys: num("expired_keys"),
        lfu_log_factor: cfg("lfu-log-factor"),
        lfu_decay_time: cfg("lfu-decay-time"),
        maxmemory_samples: cfg("maxmemory-samples"),
    }
}

/// A CONFIG GET reply (a flat array on RESP2, a map on RESP3) as pairs.
fn config_pairs(r: &Reply) -> Vec<(String, String)> {
    match r {
        Ok(Value::Array(items)) => items
            .chunks(2)
            .filter_map(|p| {
                let k = reply_bytes(&Ok(p.first()?.clone()))?;
                let v = reply_bytes(&Ok(p.get(1)?.clone()))?;
                Some((
                    String::from_utf8_lossy(&k).into_owned(),
                    String::from_utf8_lossy(&v).into_owned(),
                ))
            })
            .collect(),
        Ok(Value::Map(items)) => items
            .iter()
            .filter_map(|(k, v)| {
                let k = reply_bytes(&Ok(k.clone()))?;
                let v = reply_bytes(&Ok(v.clone()))?;
                Some((
                    String::from_utf8_lossy(&k).into_owned(),
                    String::from_utf8_lossy(&v).into_owned(),
                ))
            })
            .collect(),
        _ => Vec::new(),
    }
}

async fn policy(ctx: &Ctx) -> Result<()> {
    let client = ctx.connect().await?;
    let cmds = [
        redis::cmd("INFO"),
        redis::cmd("CONFIG").arg("GET").arg("maxmemory*").clone(),
        redis::cmd("CONFIG").arg("GET").arg("lfu-*").clone(),
    ];
    // One pipeline per primary, all at once.
    let futs = client.nodes().iter().map(|n| {
        let cmds = &cmds;
        let client = &client;
        async move {
            let what = format!("reading memory settings of {}", n.addr);
            client
                .batch_on(n, cmds, &what)
                .await
                .map(|r| (n.addr.clone(), r))
        }
    });
    let mut nodes = Vec::new();
    let mut config_refused = false;
    for r in futures_util::future::join_all(futs).await {
        let (addr, replies) = r?;
        let info = match replies.first() {
            Some(Ok(v)) => redis::from_redis_value_ref::<String>(v).unwrap_or_default(),
            Some(Err(e)) => {
                return Err(Error::redis(e.clone(), &format!("reading INFO of {addr}")));
            }
            None => String::new(),
        };
        let mut config = Vec::new();
        for r in replies.iter().skip(1) {
            if r.is_err() {
                config_refused = true;
            }
            config.extend(config_pairs(r));
        }
        nodes.push(parse_node_memory(&addr, &info, &config));
    }
    let many = nodes.len() > 1;
    let mut warnings = Vec::new();
    for n in &nodes {
        for w in policy_warnings(n.maxmemory, &n.policy) {
            warnings.push(if many { format!("{}: {w}", n.node) } else { w });
        }
    }
    if ctx.out.is_table() {
        let mut t = ctx.out.new_table(&[
            "node",
            "maxmemory",
            "policy",
            "used",
            "rss",
            "fragmentation",
            "evicted keys",
            "expired keys",
            "lfu log factor / decay (min)",
        ]);
        for n in &nodes {
            let maxmem = if n.maxmemory == 0 {
                ctx.out.alert_cell("unset")
            } else {
                cell(human_bytes(n.maxmemory))
            };
            let pol = if policy_warnings(u64::MAX, &n.policy).is_empty() {
                cell(&n.policy)
            } else {
                ctx.out.warn_cell(&n.policy)
            };
            let opt = |v: Option<i64>| v.map_or("?".to_owned(), |x| x.to_string());
            add_row(
                &mut t,
                vec![
                    cell(&n.node),
                    maxmem,
                    pol,
                    cell(human_bytes(n.used_memory)),
                    cell(human_bytes(n.used_memory_rss)),
                    cell(n.fragmentation.map_or("?".into(), |f| format!("{f:.2}"))),
                    cell(n.evicted_keys),
                    cell(n.expired_keys),
                    cell(format!(
                        "{} / {}",
                        opt(n.lfu_log_factor),
                        opt(n.lfu_decay_time)
                    )),
                ],
            );
        }
        ctx.out.table(t)?;
    } else {
        let items: Vec<Json> = nodes
            .iter()
            .map(|n| {
                json!({
                    "node": n.node,
                    "maxmemory": n.maxmemory,
                    "maxmemory_policy": n.policy,
                    "maxmemory_samples": n.maxmemory_samples,
                    "used_memory": n.used_memory,
                    "used_memory_rss": n.used_memory_rss,
                    "used_memory_peak": n.used_memory_peak,
                    "fragmentation_ratio": n.fragmentation,
                    "evicted_keys": n.evicted_keys,
                    "expired_keys": n.expired_keys,
                    "lfu_log_factor": n.lfu_log_factor,
                    "lfu_decay_time": n.lfu_decay_time,
                })
            })
            .collect();
        ctx.out
            .json(&json!({"nodes": items, "warnings": warnings}))?;
    }
    for w in &warnings {
        ctx.out.warn(w);
    }
    if config_refused {
        ctx.out.hint(
            "CONFIG GET was refused (ACL or a managed Redis): maxmemory and the policy come from INFO, the LFU settings are unknown",
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_realistic_keys_into_groups() {
        let cases = [
            ("sessions:user:42", "sessions:user:*"),
            ("ratelimit:deposit:user:1001", "ratelimit:deposit:user:*"),
            ("leaderboard:monthly:2026-11", "leaderboard:monthly:*"),
            ("leaderboard:daily:2026-11-26", "leaderboard:daily:*"),
            ("trader:meta:7", "trader:meta:*"),
            ("lock:withdrawal:42", "lock:withdrawal:*"),
            ("cache:quote:1700000000.5", "cache:quote:*"),
            ("tx:9f86d081884c7d65", "tx:*"),
            (
                "order:550e8400-e29b-41d4-a716-446655440000:status",
                "order:*:status",
            ),
            ("user:{123}:profile", "user:{*}:profile"),
            ("queue:payments", "queue:payments"),
            ("plain", "plain"),
            ("cafe", "cafe"), // short hex words stay
            ("a::b", "a::b"),
            ("v:1.2.3", "v:1.2.3"),
            ("bin:\u{0}\u{1}", "bin:\u{0}\u{1}"),
        ];
        for (k, want) in cases {
            assert_eq!(key_pattern(k.as_bytes()), want, "{k}");
        }
        assert_eq!(key_pattern(b"raw:\xff\xfe:x"), "raw:*:x");
        assert!(is_id_like(b"-12"));
        assert!(!is_id_like(b"."));
        assert!(!is_id_like(b"12."));
        assert!(!is_id_like(b"deposit"));
        assert!(!is_id_like(b"2026-1"));
    }

    #[test]
    fn histogram_percentiles_are_close_and_bounded() {
        let mut h = SizeHistogram::default();
        for v in 1..=10_000u64 {
            h.add(v);
        }
        assert_eq!(h.count(), 10_000);
        assert_eq!(h.max(), 10_000);
        for (q, exact) in [(0.5, 5_000.0), (0.9, 9_000.0), (0.99, 9_900.0)] {
            let got = h.quantile(q) as f64;
            assert!(
                got >= exact && got <= exact * 1.02,
                "q{q}: {got} vs {exact}"
            );
        }
        assert_eq!(h.quantile(1.0), 10_000);
        // Exact below 128, and never above the max seen.
        let mut s = SizeHistogram::default();
        for v in [50, 60, 70] {
            s.add(v);
        }
        assert_eq!(s.quantile(0.5), 60);
        assert_eq!(s.quantile(0.99), 70);
        let mut big = SizeHistogram::default();
        big.add(u64::MAX);
        big.add(1 << 40);
        assert_eq!(big.quantile(1.0), u64::MAX);
        assert!(big.counts.len() < 4000, "{}", big.counts.len());
        assert_eq!(SizeHistogram::default().quantile(0.5), 0);
        // Every value falls in a bucket whose top is >= it.
        for v in [127u64, 128, 129, 255, 256, 1000, 65_535, 1 << 33] {
            assert!(bucket_high(bucket_of(v)) >= v, "{v}");
            assert!(
                bucket_high(bucket_of(v)) as f64 <= v as f64 * 1.016 + 1.0,
                "{v}"
            );
        }
    }

    fn info(key: &str, kind: &str, bytes: u64, ttl: Option<i64>) -> KeyInfo {
        KeyInfo {
            key: key.as_bytes().to_vec(),
            kind: kind.into(),
            bytes,
            elements: 2,
            ttl_ms: ttl,
            encoding: None,
            serialized_bytes: None,
        }
    }

    #[test]
    fn tally_counts_types_groups_ttl_and_top() {
        let mut t = MemoryTally::new(2, 1000);
        t.add(info("sessions:user:1", "hash", 100, Some(1000)));
        t.add(info("sessions:user:2", "hash", 300, None));
        t.add(info("ratelimit:deposit:user:1", "zset", 200, None));
        t.add(info("trader:meta:1", "string", 50, Some(5)));
        assert_eq!((t.keys, t.bytes, t.no_ttl), (4, 650, 2));
        assert_eq!(
            t.types["hash"],
            TypeStats {
                keys: 2,
                bytes: 400,
                elements: 4
            }
        );
        let top: Vec<_> = t.top().into_iter().map(|b| b.bytes).collect();
        assert_eq!(top, [300, 200]);
        let g = t.groups_by_bytes(10);
        assert_eq!(g[0].0, "sessions:user:*");
        assert_eq!(
            g[0].1,
            GroupStats {
                keys: 2,
                bytes: 400,
                no_ttl: 1
            }
        );
        // Limiting the listed groups folds the rest into "(other)".
        let g = t.groups_by_bytes(1);
        assert_eq!(g.len(), 2);
        assert_eq!(g[1].0, OTHER_GROUP);
        assert_eq!(g[1].1.keys, 2);
        assert_eq!(g[1].1.bytes, 250);
        assert_eq!(t.types_by_bytes()[0].0, "hash");
    }

    #[test]
    fn tracked_groups_are_bounded() {
        let mut t = MemoryTally::new(0, 3);
        for i in 0..100 {
            t.add(info(&format!("kind{i}:1"), "string", 10, None));
        }
        t.add(info("kind0:2", "string", 10, None));
        assert_eq!(t.groups.len(), 3);
        assert_eq!(t.groups["kind0:*"].keys, 2);
        assert_eq!(t.other.keys, 97);
        let g = t.groups_by_bytes(100);
        assert_eq!(g.iter().map(|(_, g)| g.keys).sum::<u64>(), 101);
        assert!(t.top().is_empty());
    }

    #[test]
    fn keys_that_vanished_before_the_read_are_skipped() {
        let bulk = |s: &str| Value::BulkString(s.as_bytes().to_vec());
        let reply = Value::Array(vec![
            bulk("hash"),
            Value::Int(120),
            Value::Int(-1),
            Value::Int(3),
            bulk("none"),
            Value::Int(-1),
            Value::Int(-2),
            Value::Int(0),
            bulk("zset"),
            Value::Int(90),
            Value::Int(5000),
            Value::Int(2),
        ]);
        let keys = vec![b"a".to_vec(), b"gone".to_vec(), b"c".to_vec()];
        let got = parse_script_reply(keys, &reply, false).expect("parses");
        assert_eq!(got.len(), 3);
        assert!(got[1].is_none());
        let a = got[0].as_ref().expect("a");
        assert_eq!(
            (a.kind.as_str(), a.bytes, a.elements, a.ttl_ms),
            ("hash", 120, 3, None)
        );
        let c = got[2].as_ref().expect("c");
        assert_eq!((c.bytes, c.elements, c.ttl_ms), (90, 2, Some(5000)));
        // A reply of the wrong length is an internal error, not a silent miscount.
        assert!(parse_script_reply(vec![b"a".to_vec()], &reply, false).is_err());
    }

    #[test]
    fn policy_judgement() {
        assert!(policy_warnings(1 << 30, "allkeys-lfu").is_empty());
        assert!(policy_warnings(1 << 30, "allkeys-lru").is_empty());
        let w = policy_warnings(0, "noeviction");
        assert_eq!(w.len(), 2);
        assert!(w[0].contains("maxmemory is not set"));
        assert!(w[1].contains("writes fail") && w[1].contains("allkeys-lfu"));
        let w = policy_warnings(1 << 30, "volatile-lru");
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("only keys with a TTL"));
        assert_eq!(policy_warnings(1 << 30, "allkeys-random").len(), 1);
    }

    #[test]
    fn parses_node_memory() {
        let info = "# Memory\r\nused_memory:1048576\r\nused_memory_rss:2097152\r\nmaxmemory:0\r\nmaxmemory_policy:noeviction\r\nmem_fragmentation_ratio:2.00\r\n# Stats\r\nexpired_keys:7\r\nevicted_keys:3\r\n";
        let cfg = vec![
            ("maxmemory".to_owned(), "1073741824".to_owned()),
            ("maxmemory-policy".to_owned(), "allkeys-lfu".to_owned()),
            ("lfu-log-factor".to_owned(), "10".to_owned()),
            ("lfu-decay-time".to_owned(), "1".to_owned()),
        ];
        let n = parse_node_memory("n1", info, &cfg);
        assert_eq!(n.maxmemory, 1 << 30);
        assert_eq!(n.policy, "allkeys-lfu");
        assert_eq!(n.used_memory, 1 << 20);
        assert_eq!(n.fragmentation, Some(2.0));
        assert_eq!((n.evicted_keys, n.expired_keys), (3, 7));
        assert_eq!((n.lfu_log_factor, n.lfu_decay_time), (Some(10), Some(1)));
        // Without CONFIG (refused), INFO still gives maxmemory and the policy.
        let n = parse_node_memory("n1", info, &[]);
        assert_eq!((n.maxmemory, n.policy.as_str()), (0, "noeviction"));
        assert_eq!(n.lfu_log_factor, None);
    }
}
