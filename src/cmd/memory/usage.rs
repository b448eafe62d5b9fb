//! `redops memory usage KEY...`: type, bytes, elements, TTL and encoding of the named keys, in
//! one round trip.

use super::read::{KeyInfo, Via, length_commands, parse_script_reply, read_keys_pipelined};
use super::report::ttl_cell;
use crate::client::scripts::READ_KEYS;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{NamedBytes, add_row, bytes_cell, cell, human_bytes, show_bytes};
use clap::Args;
use redis::Cmd;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// The keys to measure
    #[arg(required = true, value_name = "KEY")]
    pub keys: Vec<String>,

    /// MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server's, 5)
    #[arg(long, value_name = "N")]
    pub samples: Option<u32>,
}

/// One named key in the JSON list: what was measured, or that it does not exist.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum UsageItem {
    Found(KeyUsage),
    Missing {
        #[serde(flatten)]
        key: NamedBytes,
        exists: bool,
    },
}

/// What `memory usage` measured of one key.
#[derive(Debug, Serialize)]
pub struct KeyUsage {
    #[serde(flatten)]
    pub key: NamedBytes,
    #[serde(rename = "type")]
    pub kind: String,
    pub bytes: u64,
    pub elements: u64,
    pub ttl_ms: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serialized_bytes: Option<u64>,
}

impl From<KeyInfo> for KeyUsage {
    fn from(i: KeyInfo) -> Self {
        KeyUsage {
            key: NamedBytes::new("key", i.key),
            kind: i.kind,
            bytes: i.bytes,
            elements: i.elements,
            ttl_ms: i.ttl_ms,
            encoding: i.encoding,
            serialized_bytes: i.serialized_bytes,
        }
    }
}

pub async fn run(args: UsageArgs, ctx: &Ctx) -> Result<()> {
    let client = ctx.connect().await?;
    let keys: Vec<Vec<u8>> = args.keys.iter().map(|k| k.clone().into_bytes()).collect();
    let samples = args.samples.map_or(-1, i64::from).to_string();
    // One EVAL per key (routed by its key on a cluster), all in one round trip.
    let cmds: Vec<Cmd> = keys
        .iter()
        .map(|k| READ_KEYS.eval(&[k], &[samples.as_bytes(), b"1"]))
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
        read_keys_pipelined(
            &client,
            Via::Routed,
            keys.clone(),
            args.samples,
            true,
            false,
        )
        .await?
    };
    // The script's length read (HLEN, ZCARD, ...) touches the key where NO-TOUCH is not on.
    if let Some(node) = client
        .nodes()
        .iter()
        .find(|n| !client.reads_leave_no_trace(n))
    {
        client.note_script_reads(node, &length_commands(&infos));
    }
    let items: Vec<UsageItem> = keys
        .iter()
        .zip(infos)
        .map(|(k, i)| match i {
            Some(i) => UsageItem::Found(i.into()),
            None => UsageItem::Missing {
                key: NamedBytes::new("key", k.clone()),
                exists: false,
            },
        })
        .collect();
    let found: Vec<&KeyUsage> = items
        .iter()
        .filter_map(|i| match i {
            UsageItem::Found(u) => Some(u),
            UsageItem::Missing { .. } => None,
        })
        .collect();
    ctx.out.emit_list(&items, || {
        if found.is_empty() {
            return Ok(());
        }
        let mut t = ctx
            .out
            .new_table(&["key", "type", "memory", "elements", "ttl", "encoding"]);
        for i in &found {
            add_row(
                &mut t,
                vec![
                    bytes_cell(&i.key.bytes),
                    cell(&i.kind),
                    cell(human_bytes(i.bytes)),
                    cell(i.elements),
                    ttl_cell(&ctx.out, i.ttl_ms),
                    cell(i.encoding.as_deref().unwrap_or("")),
                ],
            );
        }
        ctx.out.table(t)
    })?;
    for i in &items {
        if let UsageItem::Missing { key, .. } = i {
            ctx.out
                .warn(&format!("{} does not exist", show_bytes(&key.bytes)));
        }
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
