//! The platform-wide walk: every session hash under the pattern, read batch by batch as the
//! scan finds them (a big hash page by page), handed on as [`KeyRead`]s. Shared by `list`
//! (without `--user`) and `kill` (by IP range or device).

use super::read::{
    FieldTtls, fingerprint, first_page, first_page_count, hash_page, hash_page_count, send_reads,
    user_of,
};
use super::value::Session;
use crate::client::reply::{HashPage, hash_pairs, hscan_page};
use crate::client::walk::{Coverage, Step, Walk};
use crate::client::{Client, Node, Reply, ScanBatch, ScanOptions, is_wrongtype, reply_int, ttl_ms};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::keyspace::KeyTemplate;
use crate::output::show_bytes;
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
        .map(|(i, (id, raw))| {
            let field_ttl = field_ttls.get(i).copied().flatten();
            Session::read(user.clone(), key.clone(), id, raw, ttl, field_ttl)
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

/// What the first `HSCAN` page of a key found: the whole hash (its items, with the fields'
/// TTLs), or the start of a big one.
enum FirstRead {
    Whole {
        key: Vec<u8>,
        hash: Reply,
        field_ttls: Vec<Option<i64>>,
        pttl: Reply,
    },
    Big {
        key: Vec<u8>,
        page: HashPage,
        pttl: Reply,
        field_ttls: bool,
    },
}

/// The first page of a big session hash and where to read on from.
struct BigHash<'a> {
    node: &'a Node,
    key: Vec<u8>,
    page: HashPage,
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
        mut page,
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
        let cursor = std::mem::take(&mut page.cursor);
        for (id, raw, field_ttl) in page.entries() {
            if !seen.insert(fingerprint(&id)) || skip(&raw) {
                continue;
            }
            sessions.push(Session::read(
                user.clone(),
                key.clone(),
                id,
                raw,
                ttl,
                field_ttl,
            ));
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
        let next = client
            .batch_on(node, &[cmd], &what)
            .await?
            .into_iter()
            .next()
            .unwrap_or(Ok(RValue::Nil))
            .map_err(|e| Error::redis(e, &what))?;
        page = hscan_page(next)
            .ok_or_else(|| Error::data(format!("{what}: unexpected HSCAN reply")))?;
    }
}

/// Walks every primary for session hashes ([`Walk`]) and reads each batch of keys in one
/// pipeline (the first `HSCAN` page, with the fields' TTLs, + `PTTL` per key), a few batches
/// in flight at once. Calls `on_key` for each key found; a big hash (rare) is read on page by
/// page and handed on in parts, never held whole. Values `skip` is true for are counted but
/// not decoded. Returns what the scan covered.
pub(super) async fn scan_sessions(
    ctx: &Ctx,
    client: &Client,
    scan: &crate::cli::ScanArgs,
    skip: &dyn Fn(&[u8]) -> bool,
    on_key: impl FnMut(KeyRead) -> Result<()>,
) -> Result<Coverage> {
    let t = &ctx.settings.keyspace.sessions;
    let opts = ScanOptions {
        pattern: Some(t.glob(&[], false)),
        ..crate::cmd::scan_options(scan)
    };
    let ttls = FieldTtls::new(client);
    let ttls = &ttls;
    let first_count = first_page_count(client.pacing().budget());
    let read = move |batch: ScanBatch| async move {
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
        // A small hash came whole with its first page; a big one (rare) is read on in pages
        // by the fold, one part at a time, never held whole.
        let mut out = Vec::with_capacity(batch.keys.len());
        let mut it = replies.into_iter();
        for key in batch.keys {
            let (Some(h), Some(pttl)) = (it.next(), it.next()) else {
                break;
            };
            let (hash, page_ttls) = match h {
                Ok(v) => match hscan_page(v) {
                    Some(page) if page.cursor != b"0" => {
                        out.push(FirstRead::Big {
                            key,
                            page,
                            pttl,
                            field_ttls,
                        });
                        continue;
                    }
                    Some(page) => (Ok(RValue::Array(page.items)), page.ttls),
                    None => {
                        return Err(Error::data(format!(
                            "reading sessions of {}: unexpected HSCAN reply",
                            show_bytes(&key)
                        )));
                    }
                },
                Err(e) => (Err(e), Vec::new()),
            };
            out.push(FirstRead::Whole {
                key,
                hash,
                field_ttls: page_ttls,
                pttl,
            });
        }
        Ok((batch.node, out))
    };
    let walked = Walk::new(ctx, client, opts)
        .in_flight(4)
        .run(
            on_key,
            read,
            async |on_key, (node, reads): (Node, Vec<FirstRead>)| {
                for r in reads {
                    match r {
                        FirstRead::Whole {
                            key,
                            hash,
                            field_ttls,
                            pttl,
                        } => {
                            if let Some(k) = read_key(t, key, (hash, field_ttls), &pttl, skip)? {
                                on_key(k)?;
                            }
                        }
                        FirstRead::Big {
                            key,
                            page,
                            pttl,
                            field_ttls,
                        } => {
                            let big = BigHash {
                                node: &node,
                                key,
                                page,
                                pttl,
                                field_ttls,
                            };
                            if read_big_hash(ctx, client, big, skip, on_key).await? {
                                return Ok(Step::Stop);
                            }
                        }
                    }
                }
                Ok(Step::Go)
            },
        )
        .await?;
    Ok(walked.coverage)
}
