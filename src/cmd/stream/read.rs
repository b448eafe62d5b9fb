//! The reads the stream commands share: a stream and group that exist (never created), and
//! the pending entries a query selects, page by page, with their fields when asked.

use super::filter::PendingQuery;
use super::model::{GroupInfo, Payload, PendingEntry, PendingSummary};
use crate::client::reply::{xinfo_groups, xpending_entries, xpending_summary, xrange_entries};
use crate::client::{Client, Reply, reply_bytes};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::show_bytes;
use redis::{Cmd, Value};

fn xpending(stream: &[u8], group: &[u8]) -> Cmd {
    redis::cmd("XPENDING").arg(stream).arg(group).clone()
}

fn xrange_one(stream: &[u8], id: &str) -> Cmd {
    redis::cmd("XRANGE").arg(stream).arg(id).arg(id).clone()
}

/// `XPENDING key group IDLE ms start end count [consumer]`.
pub fn xpending_range(
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

pub fn xinfo_consumers_of(stream: &[u8], group: &[u8]) -> Cmd {
    redis::cmd("XINFO")
        .arg("CONSUMERS")
        .arg(stream)
        .arg(group)
        .clone()
}

/// `TYPE` and `XINFO GROUPS` of a stream: what [`stream_groups`] reads (never creates anything).
pub fn type_and_groups(stream: &[u8]) -> [Cmd; 2] {
    [
        redis::cmd("TYPE").arg(stream).clone(),
        redis::cmd("XINFO").arg("GROUPS").arg(stream).clone(),
    ]
}

/// The groups of a stream from the replies to `TYPE` and `XINFO GROUPS` (in that order): exit 4
/// when the stream does not exist (nothing is ever created), 6 when the key is not a stream.
pub fn stream_groups(stream: &[u8], replies: &[Reply]) -> Result<Vec<GroupInfo>> {
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
        Some(Ok(v)) => xinfo_groups(v),
        Some(Err(e)) => Err(Error::redis(
            e.clone(),
            &format!("reading the groups of {s}"),
        )),
        None => Ok(Vec::new()),
    }
}

/// A stream and group that exist, with the pending summary, read in one round trip.
/// Exit 4 when the stream or the group is missing (nothing is ever created), 6 when the key is
/// not a stream. `extra` commands ride along in the same round trip; their replies are returned.
pub async fn open_group(
    client: &Client,
    stream: &[u8],
    group: &[u8],
    extra: Vec<Cmd>,
) -> Result<(PendingSummary, Vec<Reply>)> {
    let s = show_bytes(stream);
    let g = show_bytes(group);
    let mut cmds = type_and_groups(stream).to_vec();
    cmds.push(xpending(stream, group));
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
        Some(Ok(v)) => xpending_summary(v)?,
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

/// Reads matching pending entries oldest first, one XPENDING page at a time (an exclusive start
/// id continues where the last page ended), plus one pipelined XRANGE per page when fields are
/// wanted. Stops at the limit, so `--count 10` of 100,000 pending entries reads one small page.
/// Returns the entries and whether the read was interrupted.
pub async fn read_pending(
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
pub async fn read_pending_pages(
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
        let mut page = pending_entries(&page)?;
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
            Ok(v) => Payload::of_range(xrange_entries(&v)),
            Err(err) => return Err(Error::redis(err, "reading a stream entry")),
        };
    }
    Ok(())
}

/// The pending state and fields of exactly the ids given, in one round trip. Returns the
/// pending entries (idle at least `min_idle_ms`) and the ids that are not.
pub async fn read_ids(
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
            Some(Ok(v)) => pending_entries(v)?.into_iter().next(),
            Some(Err(e)) => return Err(Error::redis(e.clone(), "reading a pending entry")),
            None => None,
        };
        match entry {
            Some(mut e) => {
                e.payload = match pair.get(1) {
                    Some(Ok(v)) => Payload::of_range(xrange_entries(v)),
                    _ => Payload::Deleted,
                };
                found.push(e);
            }
            None => missing.push(id.clone()),
        }
    }
    Ok((found, missing))
}

/// The entries of an extended `XPENDING` reply, their fields not read.
fn pending_entries(v: &Value) -> Result<Vec<PendingEntry>> {
    Ok(xpending_entries(v)?
        .into_iter()
        .map(PendingEntry::from)
        .collect())
}
