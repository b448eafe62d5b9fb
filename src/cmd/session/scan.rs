//! The platform-wide walk: every session hash under the pattern, read batch by batch as the
//! scan finds them (a big hash page by page), handed on as [`KeyRead`]s. Shared by `list`
//! (without `--user`) and `kill` (by IP range or device).

use super::read::{
    FieldTtls, fingerprint, first_page, first_page_count, hash_page, hash_page_count, hash_pairs,
    hscan_parts, send_reads, user_of,
};
use super::value::{Session, parse_session_value};
use crate::client::{Client, Node, Reply, ScanOptions, is_wrongtype, reply_int, ttl_ms};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::keyspace::KeyTemplate;
use crate::output::show_bytes;
use futures_util::StreamExt;
use redis::Value as RValue;

/// What one key under the session pattern turned out to be.
pub(super) enum KeyRead {
    Hash {
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
        ttl_ms: ttl,
        total,
        sessions,
        first: true,
    }))
}

pub(super) fn warn_wrong_type(ctx: &Ctx, key: &[u8]) {
    ctx.out.warn(&format!(
        "{} is under the sessions pattern but is not a hash (WRONGTYPE); skipped",
        show_bytes(key)
    ));
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
pub(super) async fn scan_sessions(
    ctx: &Ctx,
    client: &Client,
    scan: &crate::cli::ScanArgs,
    skip: &dyn Fn(&[u8]) -> bool,
    mut on_key: impl FnMut(KeyRead) -> Result<()>,
) -> Result<crate::cmd::Coverage> {
    let t = &ctx.settings.keyspace.sessions;
    let mut keyscan = crate::cmd::KeyScan::start(
        ctx,
        client,
        &ScanOptions {
            pattern: Some(t.glob(&[], false)),
            ..crate::cmd::scan_options(scan)
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
