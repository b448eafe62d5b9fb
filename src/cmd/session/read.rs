//! Reading session hashes: one user's hash page by page (`HSCAN`, with the fields' own TTLs on
//! servers that have them), the page sizes under the latency budget, and the decoding of the
//! replies. Shared by `list` (`--user`, and each hash the scan finds), `kill` and `check`.

use super::value::Session;
use crate::client::reply::{HashPage, hscan_page, local_now, server_time};
use crate::client::scripts::HSCAN_WITH_FIELD_TTLS;
use crate::client::{Client, Feature, Node, Prefetch, Reply, is_wrongtype, reply_int, ttl_ms};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::keyspace::KeyTemplate;
use crate::output::show_bytes;
use redis::Value as RValue;
use std::time::Duration;

pub(super) fn user_of(t: &KeyTemplate, key: &[u8]) -> Vec<u8> {
    t.extract_one(key, "user").unwrap_or_else(|| key.to_vec())
}

/// Fields a session hash is read with per `HSCAN` page: a small hash (listpack) comes whole in
/// the first page; a big one is read in pages, so no single reply (and no server output
/// buffer) holds a million sessions at once, and the server is never blocked by one HGETALL.
const HASH_PAGE: usize = 1000;

/// The HSCAN COUNT of the pages after the first of a session hash: under a latency budget,
/// as many fields as fit in half of it (about 1.5 µs of server time a field with its value,
/// measured on a 1,000,000-field hash: a 10,000-field page costs about 8 ms); 10,000 when off.
pub(super) fn hash_page_count(client: &Client) -> usize {
    read_page(client.pacing().budget())
}

/// The HSCAN COUNT of a session hash's first page: [`HASH_PAGE`], or less when the latency
/// budget allows less (a small hash still comes whole: a listpack ignores COUNT).
pub(super) fn first_page_count(budget: Option<std::time::Duration>) -> usize {
    read_page(budget).min(HASH_PAGE)
}

/// Whether a read with [`HSCAN_WITH_FIELD_TTLS`] was refused: the ACL user may not run
/// `EVAL_RO`, or scripting is disabled (some managed services). The read is then made with a
/// plain `HSCAN`, without the fields' TTLs.
pub(super) fn script_refused(r: &Reply) -> bool {
    // "Unknown Redis command called from script": HPTTL on a server without it, whose version
    // was unknown (INFO server refused to the user).
    matches!(r, Err(e) if e.code() == Some("NOPERM")
        || e.to_string().contains("no permissions")
        || e.to_string().to_lowercase().contains("unknown command")
        || e.to_string().to_lowercase().contains("unknown redis command"))
}

/// Whether session reads ask for the fields' own TTLs: on servers that have them, until the
/// first read with them is refused (then a warning says they are not shown).
pub(super) struct FieldTtls(std::sync::atomic::AtomicBool);

impl FieldTtls {
    pub(super) fn new(client: &Client) -> FieldTtls {
        FieldTtls(std::sync::atomic::AtomicBool::new(
            client.has(Feature::HashFieldTtl),
        ))
    }
    pub(super) fn on(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
    /// After a refused read: off from now on, with one warning.
    pub(super) fn refused(&self, ctx: &Ctx, why: &str) {
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
pub(super) async fn send_reads(
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
pub(super) fn hash_page(key: &[u8], cursor: &[u8], count: usize, field_ttls: bool) -> redis::Cmd {
    if field_ttls {
        return HSCAN_WITH_FIELD_TTLS.eval_ro(&[key], &[cursor, count.to_string().as_bytes()]);
    }
    redis::cmd("HSCAN")
        .arg(key)
        .arg(cursor)
        .arg("COUNT")
        .arg(count)
        .clone()
}

/// The first page of a session hash (read on by `UserHash::next_page` or `read_big_hash`).
pub(super) fn first_page(key: &[u8], field_ttls: bool, count: usize) -> redis::Cmd {
    hash_page(key, b"0", count, field_ttls)
}

/// Server time of an `HSCAN` page (with the fields' `HPTTL` on 7.4+) per field, with margin
/// (measured: 10,000 fields of a 1M-field hash took 7.8 ms on Redis 7.0).
const READ_NS_PER_FIELD: u64 = 1_500;

/// `HSCAN COUNT` of the pages of a huge hash `--user` reads: about half the latency budget
/// (333 at 1 ms), 10,000 with `off`.
pub fn read_page(budget: Option<Duration>) -> usize {
    match budget {
        None => 10_000,
        Some(d) => {
            usize::try_from((d.as_nanos() / 2).min(u128::from(u64::MAX)) as u64 / READ_NS_PER_FIELD)
                .unwrap_or(10_000)
                .clamp(10, 10_000)
        }
    }
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
    let mut page = hscan_page(v).ok_or_else(unexpected)?;
    let paged = page.cursor != b"0";
    let mut seen: std::collections::HashSet<u64> = Default::default();
    let (mut fields, mut with_ttl) = (0u64, 0u64);
    loop {
        let cursor = std::mem::take(&mut page.cursor);
        for (f, _, ttl) in page.entries() {
            if paged && !seen.insert(fingerprint(&f)) {
                continue;
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
        let next = client.batch_on(node, &[cmd], &what).await?;
        let next = match next.into_iter().next().unwrap_or(Ok(RValue::Nil)) {
            Ok(v) => v,
            Err(e) => return Ok(Err(e)),
        };
        page = hscan_page(next).ok_or_else(unexpected)?;
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

/// One user's session hash, read page by page (`HSCAN`, with the fields' own TTLs on servers
/// that have them): a hash of a million sessions is never held whole, only the page at hand
/// (and an 8-byte fingerprint per field, to drop a field that HSCAN returns twice while Redis
/// resizes the hash).
pub(super) struct UserHash {
    pub(super) key: Vec<u8>,
    user: Vec<u8>,
    pub(super) ttl_ms: Option<i64>,
    /// The server clock when the hash was first read (Unix seconds).
    pub(super) now: f64,
    /// The first page, not yet handed out.
    first: Option<HashPage>,
    /// The HSCAN cursor; `b"0"` once the last page was read.
    cursor: Vec<u8>,
    /// The pages are read with the fields' TTLs ([`HSCAN_WITH_FIELD_TTLS`]).
    field_ttls: bool,
    seen: std::collections::HashSet<u64>,
    /// Fields handed out so far.
    pub(super) fields: usize,
    /// `HSCAN COUNT` of the pages after the first (`session kill` sizes it to the budget).
    pub(super) page_count: usize,
}

/// The first reads of one user's session hash: its first page (with the fields' own TTLs or
/// without), its TTL, and the server's clock when `with_time`.
pub(super) fn user_reads(
    key: &[u8],
    field_ttls: bool,
    with_time: bool,
    count: usize,
) -> Vec<redis::Cmd> {
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
pub(super) async fn connect_for_user(ctx: &Ctx, user: &str, with_time: bool) -> Result<Client> {
    let key = ctx
        .settings
        .keyspace
        .sessions
        .render(&[("user", user.as_bytes())]);
    let count = first_page_count(ctx.settings.latency_budget);
    let reads = Prefetch::default().batch(&user_reads(&key, false, with_time, count));
    ctx.connect_reading(reads).await
}

/// Opens one user's hash: the first page (with the fields' TTLs), PTTL and (with `with_time`)
/// TIME in one round trip. Exit 4 when the user has no sessions, 6 when the key is not a hash.
pub(super) async fn open_user(
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
        .and_then(|r| server_time(r).ok())
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
    let first = hscan_page(h).ok_or_else(|| {
        Error::data(format!(
            "reading sessions of {shown}: unexpected HSCAN reply"
        ))
    })?;
    if first.cursor == b"0" && first.items.is_empty() {
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
        cursor: first.cursor.clone(),
        first: Some(first),
        field_ttls,
        seen: Default::default(),
        fields: 0,
        page_count: hash_page_count(client),
    })
}

impl UserHash {
    /// The next page of sessions, decoded, each with its field's TTL; `None` after the last.
    pub(super) async fn next_page(&mut self, client: &Client) -> Result<Option<Vec<Session>>> {
        let page = match self.first.take() {
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
                let page = hscan_page(page)
                    .ok_or_else(|| Error::data(format!("{what}: unexpected HSCAN reply")))?;
                self.cursor = page.cursor.clone();
                page
            }
        };
        // A hash that fits one page cannot repeat a field; only a paged one is fingerprinted.
        let paged = self.cursor != b"0" || !self.seen.is_empty();
        let mut out = Vec::with_capacity(page.items.len() / 2);
        for (id, raw, field_ttl) in page.entries() {
            if paged && !self.seen.insert(fingerprint(&id)) {
                continue;
            }
            self.fields += 1;
            out.push(Session::read(
                self.user.clone(),
                self.key.clone(),
                id,
                raw,
                self.ttl_ms,
                field_ttl,
            ));
        }
        Ok(Some(out))
    }
}

/// A 64-bit fingerprint of a field name (to recognise a field HSCAN returns twice).
pub(super) fn fingerprint(b: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    b.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_sizes_the_pages() {
        assert_eq!(read_page(Some(Duration::from_millis(1))), 333);
        assert_eq!(read_page(None), 10_000);
    }
}
