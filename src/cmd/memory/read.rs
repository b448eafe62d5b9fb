//! Reading keys: type, bytes, elements, TTL (and encoding for `memory usage`), with one call
//! of the [`READ_KEYS`] script per batch (EVALSHA, loaded once per node) or, where scripting is
//! refused, two pipelines of plain commands. Shared by `bigkeys` (scan batches) and `usage`
//! (named keys).
//!
//! The script is faster than the pipelines (docs/memory.md); the pipelines remain as the
//! fallback when scripting is refused (ACL, managed Redis).

use crate::client::budget::Work;
use crate::client::scripts::{READ_KEYS, READ_KEYS_FLAGS, Script};
use crate::client::{Client, Node, Reply, reply_bytes, reply_int, ttl_ms};
use crate::context::Ctx;
use crate::error::{Error, Result};
use redis::{Cmd, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

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

/// The length command for a type (`None` for module types, whose size is not known).
pub(super) fn length_command(kind: &str) -> Option<&'static str> {
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

/// The length commands the reads of `infos` sent, sorted, each once (to name the reads that
/// touched keys where CLIENT NO-TOUCH is not on).
pub(super) fn length_commands(infos: &[Option<KeyInfo>]) -> Vec<&'static str> {
    let mut names: Vec<&str> = infos
        .iter()
        .flatten()
        .filter_map(|i| length_command(&i.kind))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
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
pub(super) enum Via<'a> {
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
pub(super) fn parse_script_reply(
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
/// Keys that vanish in between keep the first answers and get 0 elements. `skip_lengths`:
/// without the length reads (elements left 0, for the caller to show as unknown).
pub(super) async fn read_keys_pipelined(
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
pub(super) struct KeyReader<'a> {
    client: &'a Client,
    samples: Option<u32>,
    /// The script loaded on the scanned nodes (with its flags, or plain), when one was.
    script: Option<Script>,
    /// Set once a batch was read without its length reads (`--no-touch` on a server without
    /// CLIENT NO-TOUCH): element counts are then unknown.
    skipped_lengths: AtomicBool,
}

impl<'a> KeyReader<'a> {
    /// With `script`, loads the script on every scanned node (one round trip), with the Redis 7
    /// flags when the server knows them; falls back to pipelines when it is refused. Without
    /// it, pipelines only.
    pub(super) async fn new(
        ctx: &Ctx,
        client: &'a Client,
        nodes: &[Node],
        samples: Option<u32>,
        script: bool,
    ) -> Result<KeyReader<'a>> {
        let mut reader = KeyReader {
            client,
            samples,
            script: None,
            skipped_lengths: AtomicBool::new(false),
        };
        if !script {
            return Ok(reader);
        }
        let mut refusal = String::new();
        for script in [READ_KEYS.with_flags(READ_KEYS_FLAGS), READ_KEYS.clone()] {
            match client
                .load_script(&script, nodes, "loading the key-reading script")
                .await
            {
                Ok(()) => {
                    reader.script = Some(script);
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

    /// Whether a batch was read without its length reads: element counts are unknown.
    pub(super) fn skipped_lengths(&self) -> bool {
        self.skipped_lengths.load(Ordering::Relaxed)
    }

    pub(super) async fn read(
        &self,
        node: &Node,
        keys: Vec<Vec<u8>>,
    ) -> Result<Vec<Option<KeyInfo>>> {
        // Length reads touch keys where CLIENT NO-TOUCH is not on: skipped with --no-touch,
        // else named in the report.
        let skip_lengths =
            !self.client.reads_leave_no_trace(node) && self.client.touch_log().refusing();
        if skip_lengths {
            self.skipped_lengths.store(true, Ordering::Relaxed);
        }
        let infos = self.read_keys(node, keys, skip_lengths).await?;
        if !skip_lengths && !self.client.reads_leave_no_trace(node) {
            self.client
                .note_script_reads(node, &length_commands(&infos));
        }
        Ok(infos)
    }

    async fn read_keys(
        &self,
        node: &Node,
        keys: Vec<Vec<u8>>,
        skip_lengths: bool,
    ) -> Result<Vec<Option<KeyInfo>>> {
        let Some(script) = &self.script else {
            // The client layer sizes the pipelines by the latency budget.
            return self.read_pipelined(node, keys, skip_lengths).await;
        };
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
            out.extend(self.read_script(script, node, rest, skip_lengths).await?);
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
        read_keys_pipelined(
            self.client,
            Via::Node(node),
            keys,
            self.samples,
            false,
            skip_lengths,
        )
        .await
    }

    /// One EVALSHA over `keys` (loaded again on the node when its script cache was flushed;
    /// with pipelines when the script cannot answer).
    async fn read_script(
        &self,
        script: &Script,
        node: &Node,
        keys: Vec<Vec<u8>>,
        skip_lengths: bool,
    ) -> Result<Vec<Option<KeyInfo>>> {
        let samples = self.samples.map_or(-1, i64::from).to_string();
        let mut args: Vec<&[u8]> = Vec::with_capacity(keys.len() + 2);
        args.push(samples.as_bytes());
        args.push(if skip_lengths { b"n" } else { b"0" });
        args.extend(keys.iter().map(Vec::as_slice));
        let what = format!("reading keys on {}", node.addr);
        match self
            .client
            .evalsha_on(node, script, &[], &args, &what)
            .await?
        {
            Ok(v) => parse_script_reply(keys, &v, false),
            // A key that moved during a resharding, a busy script, an ACL: this batch with
            // pipelines (which follow redirects).
            Err(_) => self.read_pipelined(node, keys, skip_lengths).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
