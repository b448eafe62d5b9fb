//! `redops ratelimit probe` / `top` / `reset`: the platform's sliding-window limiter
//! (`ratelimit:{category}:user:{user}`, a sorted set of `"{ts}:{rand}"` members scored by Unix
//! seconds), seen exactly as the application's next attempt would see it.
//!
//! The application's attempt: remove entries with score `<= now - window`, count the rest,
//! allow when the count is below the limit (then add one), and when refused answer
//! `retry_after = ceil(oldest_in_window + window - now)` seconds. [`window_state`] is that
//! arithmetic, without the writes.

use crate::cli::ratelimit::{PolicyArgs, ProbeArgs, RatelimitCommand, ResetArgs, Target, TopArgs};
use crate::client::{
    Client, Prefetch, Reply, ScanOptions, is_wrongtype, reply_bytes, reply_int, ttl_ms,
};
use crate::context::Ctx;
use crate::error::{Error, ExitCode, Result};
use crate::output::{
    add_row, ago, bytes_cell, cell, human_duration, human_ms, put_bytes, put_opt_bytes, show_bytes,
};
use crate::safety::{self, Gate, Plan, PriorItem};
use comfy_table::Cell;
use redis::Value as RValue;
use serde_json::{Map, Value, json};
use std::time::Duration;

/// A limiter policy: at most `limit` attempts in any sliding `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub limit: u64,
    pub window: Duration,
}

/// The platform's default policy for a category (the CLI contract's table). The one place
/// these numbers live: a profile overrides them per platform (`platform_policy`), flags per command.
pub fn policy_for(category: &[u8]) -> Policy {
    let minute = Duration::from_secs(60);
    let limit = match category {
        b"deposit" => 30,
        b"withdrawal" => 10,
        b"kyc_check" => 5,
        b"card_token" => 20,
        _ => 60,
    };
    Policy {
        limit,
        window: minute,
    }
}

/// The platform's policy for a category: the profile's `[profiles.NAME.ratelimit.CAT]` when
/// it has one, else the default table.
pub fn platform_policy(ctx: &Ctx, category: &[u8]) -> Policy {
    std::str::from_utf8(category)
        .ok()
        .and_then(|c| ctx.settings.ratelimit_policies.get(c))
        .map(|p| Policy {
            limit: p.limit,
            window: p.window,
        })
        .unwrap_or_else(|| policy_for(category))
}

/// A base policy with `--limit` / `--window` applied.
fn effective_policy(base: Policy, args: &PolicyArgs) -> Policy {
    Policy {
        limit: args.limit.unwrap_or(base.limit),
        window: args.window.unwrap_or(base.window),
    }
}

/// Scores outside this range are not plausible Unix times in seconds (2001..5138): a
/// millisecond timestamp (about 1.7e12), a counter, 0, or ±inf.
pub const PLAUSIBLE_SECS: std::ops::RangeInclusive<f64> = 1e9..=1e11;

pub fn is_plausible(score: f64) -> bool {
    score.is_finite() && PLAUSIBLE_SECS.contains(&score)
}

/// What the application's next attempt would decide, given the entries in the window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    /// Further attempts that would be allowed now: `max(0, limit - count)`.
    pub remaining: u64,
    /// Whether the next attempt would be allowed (`count < limit`).
    pub allowed: bool,
    /// Seconds until an attempt would be allowed, as the application computes it when it
    /// refuses: `ceil(oldest + window - now)`. `Some(0)` when allowed now; `None` when it
    /// cannot be computed (the oldest entry in the window is unknown or not finite).
    pub retry_after_secs: Option<u64>,
}

pub fn verdict(count: u64, oldest: Option<f64>, now: f64, window_secs: f64, limit: u64) -> Verdict {
    let allowed = count < limit;
    let retry_after_secs = if allowed {
        Some(0)
    } else {
        oldest
            .map(|o| (o + window_secs - now).ceil())
            .filter(|r| r.is_finite())
            .map(|r| r.max(0.0) as u64)
    };
    Verdict {
        remaining: limit.saturating_sub(count),
        allowed,
        retry_after_secs,
    }
}

/// One user's window at one instant of the server's clock.
#[derive(Debug, Clone, PartialEq)]
pub struct WindowState {
    /// Entries in the window (`score > now - window`): what the application counts.
    pub count: u64,
    /// Entries still stored that the application would remove first (`score <= now - window`).
    pub stale: u64,
    /// Entries whose score is not a plausible Unix time in seconds (counted in `count` or
    /// `stale` exactly as the application would, and flagged).
    pub implausible: u64,
    /// Implausible entries inside the window (e.g. millisecond scores: never leave it).
    pub implausible_in_window: u64,
    pub verdict: Verdict,
    pub oldest: Option<f64>,
    pub newest: Option<f64>,
}

/// The sliding-window arithmetic of the application, read-only. `scores` in any order.
/// An entry exactly on the boundary (`score == now - window`) is stale, as the application
/// removes `<= now - window`.
pub fn window_state(scores: &[f64], now: f64, window_secs: f64, limit: u64) -> WindowState {
    let boundary = now - window_secs;
    let mut count = 0;
    let mut stale = 0;
    let mut implausible = 0;
    let mut implausible_in_window = 0;
    let mut oldest: Option<f64> = None;
    let mut newest: Option<f64> = None;
    for &s in scores {
        let plausible = is_plausible(s);
        if !plausible {
            implausible += 1;
        }
        // NaN cannot be a sorted-set score; treat it as the application's ZREMRANGEBYSCORE
        // would never match it: in the window.
        if s <= boundary {
            stale += 1;
            continue;
        }
        count += 1;
        if !plausible {
            implausible_in_window += 1;
        }
        oldest = Some(oldest.map_or(s, |o| o.min(s)));
        newest = Some(newest.map_or(s, |n| n.max(s)));
    }
    WindowState {
        count,
        stale,
        implausible,
        implausible_in_window,
        verdict: verdict(count, oldest, now, window_secs, limit),
        oldest,
        newest,
    }
}

/// A sorted-set member with its score as Redis printed it (kept for the audit log) and parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub member: Vec<u8>,
    pub score_text: String,
    pub score: f64,
}

/// Reads a `WITHSCORES` reply: flat `[member, score, ...]` (RESP2) or `[[member, score], ...]`
/// (RESP3). `None` when the reply has another shape.
pub fn parse_scored(v: &RValue) -> Option<Vec<Entry>> {
    fn bytes(v: &RValue) -> Option<Vec<u8>> {
        match v {
            RValue::BulkString(b) => Some(b.clone()),
            RValue::SimpleString(s) => Some(s.clone().into_bytes()),
            _ => None,
        }
    }
    fn score(v: &RValue) -> Option<(String, f64)> {
        match v {
            RValue::Double(d) => Some((format!("{d}"), *d)),
            RValue::Int(i) => Some((i.to_string(), *i as f64)),
            other => {
                let text = String::from_utf8(bytes(other)?).ok()?;
                let parsed = text.parse::<f64>().ok()?;
                Some((text, parsed))
            }
        }
    }
    let RValue::Array(items) = v else {
        return None;
    };
    let mut out = Vec::new();
    if items.iter().all(|i| matches!(i, RValue::Array(_))) {
        for pair in items {
            let RValue::Array(p) = pair else { return None };
            let (member, (score_text, score)) = (bytes(p.first()?)?, score(p.get(1)?)?);
            out.push(Entry {
                member,
                score_text,
                score,
            });
        }
    } else {
        for pair in items.chunks(2) {
            let (member, (score_text, score)) = (bytes(pair.first()?)?, score(pair.get(1)?)?);
            out.push(Entry {
                member,
                score_text,
                score,
            });
        }
    }
    Some(out)
}

fn parse_scored_reply(r: &Reply, key: &[u8]) -> Result<Vec<Entry>> {
    match r {
        Ok(v) => parse_scored(v).ok_or_else(|| {
            Error::data(format!(
                "{}: a member's score could not be read as a number",
                show_bytes(key)
            ))
        }),
        Err(e) => Err(Error::redis(
            e.clone(),
            &format!("reading {}", show_bytes(key)),
        )),
    }
}

/// The local clock, for an ACL user that may not run `TIME`.
fn local_clock(ctx: &Ctx) -> f64 {
    ctx.out.warn(
        "this user may not run TIME: windows are judged by this machine's clock instead of the server's",
    );
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// The server clock, or the local one (with a warning) when `TIME` is refused by the ACL.
async fn clock(ctx: &Ctx, client: &Client) -> Result<f64> {
    match client.server_time().await {
        Err(e) if e.code == ExitCode::Refused => Ok(local_clock(ctx)),
        r => r,
    }
}

/// A `TIME` reply read in a pipeline, or the local clock when the ACL refused it.
fn parse_time_or_local(ctx: &Ctx, r: &Reply) -> Result<f64> {
    match parse_time(r) {
        Err(e) if e.code == ExitCode::Refused => Ok(local_clock(ctx)),
        r => r,
    }
}

/// `TIME` reply as Unix seconds with microseconds (the same arithmetic as `Client::server_time`).
fn parse_time(r: &Reply) -> Result<f64> {
    let v = r
        .as_ref()
        .map_err(|e| Error::redis(e.clone(), "reading the server clock"))?;
    let (secs, micros): (u64, u64) = redis::from_redis_value_ref(v)
        .map_err(|e| Error::data(format!("reading the server clock: unexpected reply: {e}")))?;
    Ok(secs as f64 + micros as f64 / 1e6)
}

/// The key a command is about, with its category and user when it follows the pattern.
struct RateKey {
    key: Vec<u8>,
    category: Option<Vec<u8>>,
    user: Option<Vec<u8>>,
}

fn resolve(ctx: &Ctx, t: &Target) -> RateKey {
    let tpl = &ctx.settings.keyspace.ratelimit;
    match (&t.key, &t.category, &t.user) {
        (Some(k), _, _) => {
            let key = k.clone().into_bytes();
            RateKey {
                category: tpl.extract_one(&key, "category"),
                user: tpl.extract_one(&key, "user"),
                key,
            }
        }
        (None, c, u) => {
            let category = c.clone().unwrap_or_default().into_bytes();
            let user = u.clone().unwrap_or_default().into_bytes();
            RateKey {
                key: tpl.render(&[("category", &category), ("user", &user)]),
                category: Some(category),
                user: Some(user),
            }
        }
    }
}

impl RateKey {
    fn put(&self, m: &mut Map<String, Value>) {
        put_bytes(m, "key", &self.key);
        put_opt_bytes(m, "category", self.category.as_deref());
        put_opt_bytes(m, "user", self.user.as_deref());
    }
}

pub async fn run(cmd: RatelimitCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        RatelimitCommand::Probe(a) => probe(a, ctx).await,
        RatelimitCommand::Top(a) => top(a, ctx).await,
        RatelimitCommand::Reset(a) => reset(a, ctx).await,
    }
}

fn wrong_type(key: &[u8], kind: &[u8]) -> Error {
    Error::data(format!(
        "{} is a {}, not a rate-limit window (a sorted set)",
        show_bytes(key),
        show_bytes(kind)
    ))
    .hint("check the key pattern; redops expects ratelimit:{category}:user:{user} sorted sets scored by Unix seconds")
}

fn window_ms(p: &Policy) -> u64 {
    p.window.as_millis() as u64
}

fn implausible_warning(ctx: &Ctx, key: &[u8], s: &WindowState) {
    if s.implausible == 0 {
        return;
    }
    let mut text = format!(
        "{}: {} entr{} with a score that is not a Unix time in seconds (milliseconds?)",
        show_bytes(key),
        s.implausible,
        if s.implausible == 1 { "y" } else { "ies" }
    );
    if s.implausible_in_window > 0 {
        text.push_str(&format!(
            "; {} of them count in every window and are never removed by the limiter, so they hold the user's quota until reset (`redops ratelimit reset`)",
            s.implausible_in_window
        ));
    }
    ctx.out.warn(&text);
}

/// Read at most this many of the highest-scored members. The window's entries are the highest
/// scores, so for any set up to this size, or whose window fits in it, the answer is exact.
fn probe_read_cap(limit: u64) -> u64 {
    limit.saturating_mul(2).clamp(1000, 100_000)
}

async fn probe(args: ProbeArgs, ctx: &Ctx) -> Result<()> {
    let rk = resolve(ctx, &args.target);
    let policy = effective_policy(
        platform_policy(ctx, rk.category.as_deref().unwrap_or_default()),
        &args.policy,
    );
    if rk.category.is_none() && (args.policy.limit.is_none() || args.policy.window.is_none()) {
        ctx.out.hint(&format!(
            "{} does not follow the pattern {}: using the default policy ({} per {}); pass --limit and --window to set it",
            show_bytes(&rk.key),
            ctx.settings.keyspace.ratelimit,
            policy.limit,
            human_duration(policy.window)
        ));
    }
    let window_secs = policy.window.as_secs_f64();
    let cap = probe_read_cap(policy.limit);
    let key = &rk.key;
    // The one round trip (connection set-up included, on a standalone server): clock, type,
    // size, the newest `cap` entries, TTL. Read-only.
    let cmds = vec![
        redis::cmd("TIME"),
        redis::cmd("TYPE").arg(key).clone(),
        redis::cmd("ZCARD").arg(key).clone(),
        redis::cmd("ZRANGE")
            .arg(key)
            .arg(-(cap as i64))
            .arg(-1)
            .arg("WITHSCORES")
            .clone(),
        redis::cmd("PTTL").arg(key).clone(),
    ];
    let client = ctx
        .connect_reading(Prefetch::default().batch(&cmds))
        .await?;
    let replies = client
        .batch(&cmds, &format!("reading {}", show_bytes(key)))
        .await?;
    let reply = |i: usize| replies.get(i).cloned().unwrap_or(Ok(RValue::Nil));
    let now = parse_time_or_local(ctx, &reply(0))?;
    let kind = reply_bytes(&reply(1)).unwrap_or_default();
    let exists = match kind.as_slice() {
        b"zset" => true,
        b"none" => false,
        other => return Err(wrong_type(key, other)),
    };
    let (entries, total) = if exists {
        (
            parse_scored_reply(&reply(3), key)?,
            reply_int(&reply(2)).unwrap_or(0).max(0) as u64,
        )
    } else {
        (Vec::new(), 0)
    };
    let scores: Vec<f64> = entries.iter().map(|e| e.score).collect();
    let mut state = window_state(&scores, now, window_secs, policy.limit);
    // Entries not read are all lower than the ones read: stale when some read entry is stale.
    let unread = total.saturating_sub(entries.len() as u64);
    let mut truncated = false;
    if unread > 0 {
        if state.stale > 0 {
            state.stale += unread;
        } else {
            // The whole read is in the window and more is below: the count is at least this,
            // far over the limit; the oldest entry in the window was not read.
            truncated = true;
            state.oldest = None;
            state.verdict = verdict(state.count, None, now, window_secs, policy.limit);
        }
    }
    let ttl = if exists {
        ttl_ms(reply_int(&reply(4)).unwrap_or(-1))
    } else {
        None
    };

    if ctx.out.is_table() {
        render_probe(ctx, &rk, &policy, &state, now, exists, ttl, truncated)?;
    } else {
        let mut m = Map::new();
        rk.put(&mut m);
        m.insert("limit".into(), json!(policy.limit));
        m.insert("window_ms".into(), json!(window_ms(&policy)));
        m.insert("count".into(), json!(state.count));
        m.insert("stale".into(), json!(state.stale));
        m.insert("remaining".into(), json!(state.verdict.remaining));
        m.insert("allowed".into(), json!(state.verdict.allowed));
        m.insert(
            "retry_after_secs".into(),
            json!(state.verdict.retry_after_secs),
        );
        m.insert("oldest".into(), json!(state.oldest));
        m.insert("newest".into(), json!(state.newest));
        m.insert("ttl_ms".into(), json!(ttl));
        m.insert("implausible".into(), json!(state.implausible));
        m.insert("exists".into(), json!(exists));
        m.insert("now".into(), json!(now));
        m.insert("truncated".into(), json!(truncated));
        ctx.out.json(&Value::Object(m))?;
    }
    implausible_warning(ctx, key, &state);
    if truncated {
        ctx.out.warn(&format!(
            "{} holds {total} entries; only the newest {cap} were read and all are in the window: count is a lower bound, retry-after unknown",
            show_bytes(key)
        ));
    }
    if exists && ttl.is_none() {
        ctx.out.warn(&format!(
            "{} has no TTL: stale entries are only removed by the next attempt; an idle user's key stays forever",
            show_bytes(key)
        ));
    }
    Ok(())
}

fn time_cell(t: Option<f64>, now: f64) -> String {
    match t {
        Some(t) if is_plausible(t) => format!("{t} ({})", ago(t, now)),
        Some(t) => format!("{t} (not Unix seconds)"),
        None => "-".into(),
    }
}

#[allow(clippy::too_many_arguments)]
fn render_probe(
    ctx: &Ctx,
    rk: &RateKey,
    policy: &Policy,
    s: &WindowState,
    now: f64,
    exists: bool,
    ttl: Option<i64>,
    truncated: bool,
) -> Result<()> {
    let mut t = ctx
        .out
        .new_table(&["window", "as the next attempt sees it"]);
    let v = &s.verdict;
    let next = if v.allowed {
        cell(format!("allowed ({} remaining)", v.remaining))
    } else {
        let retry = v
            .retry_after_secs
            .map(|r| format!("retry after {r}s"))
            .unwrap_or_else(|| "retry-after unknown".into());
        ctx.out.alert_cell(format!("REFUSED: {retry}"))
    };
    let count = if truncated {
        format!("at least {}", s.count)
    } else {
        s.count.to_string()
    };
    let ttl_cell = match (exists, ttl) {
        (false, _) => cell("- (no key: full quota)"),
        (true, None) => ctx.out.alert_cell("NO TTL: never expires"),
        (true, Some(ms)) => cell(human_ms(ms)),
    };
    let rows: Vec<(&str, Cell)> = vec![
        ("key", bytes_cell(&rk.key)),
        (
            "policy",
            cell(format!(
                "{} per {}",
                policy.limit,
                human_duration(policy.window)
            )),
        ),
        ("in window", cell(format!("{count} of {}", policy.limit))),
        ("next attempt", next),
        ("stale (still stored)", cell(s.stale.to_string())),
        ("oldest in window", cell(time_cell(s.oldest, now))),
        ("newest in window", cell(time_cell(s.newest, now))),
        ("ttl", ttl_cell),
        ("server time", cell(format!("{now}"))),
    ];
    for (name, value) in rows {
        add_row(&mut t, vec![cell(name), value]);
    }
    if s.implausible > 0 {
        add_row(
            &mut t,
            vec![
                cell("implausible scores"),
                ctx.out.warn_cell(s.implausible.to_string()),
            ],
        );
    }
    ctx.out.table(t)
}

/// One user's row in `top`.
struct UserRow {
    key: Vec<u8>,
    user: Vec<u8>,
    count: u64,
    stale: u64,
    implausible: u64,
    oldest: Option<f64>,
    ttl_ms: Option<i64>,
    verdict: Verdict,
}

impl UserRow {
    fn to_json(&self, policy: &Policy) -> Value {
        let mut m = Map::new();
        put_bytes(&mut m, "key", &self.key);
        put_bytes(&mut m, "user", &self.user);
        m.insert("count".into(), json!(self.count));
        m.insert("limit".into(), json!(policy.limit));
        m.insert("remaining".into(), json!(self.verdict.remaining));
        m.insert("allowed".into(), json!(self.verdict.allowed));
        m.insert(
            "retry_after_secs".into(),
            json!(self.verdict.retry_after_secs),
        );
        m.insert("stale".into(), json!(self.stale));
        m.insert("oldest".into(), json!(self.oldest));
        m.insert("ttl_ms".into(), json!(self.ttl_ms));
        m.insert("implausible".into(), json!(self.implausible));
        Value::Object(m)
    }
}

/// Highest count first; among equals the longest wait, then by key.
fn sort_rows(rows: &mut [UserRow]) {
    rows.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| b.verdict.retry_after_secs.cmp(&a.verdict.retry_after_secs))
            .then_with(|| a.key.cmp(&b.key))
    });
}

/// At most this many keys without a TTL are listed (all are counted).
const NO_TTL_LISTED: usize = 100;

async fn top(args: TopArgs, ctx: &Ctx) -> Result<()> {
    let category = args.category.clone().into_bytes();
    let policy = effective_policy(platform_policy(ctx, &category), &args.policy);
    let window_secs = policy.window.as_secs_f64();
    let tpl = &ctx.settings.keyspace.ratelimit;
    let glob = tpl.glob(&[("category", &category)], false);
    let client = ctx.connect().await?;
    // One clock reading for the whole scan: the ranking is as of this instant.
    let now = clock(ctx, &client).await?;
    let lower = format!("({}", now - window_secs);
    let ms_bound = format!("({}", PLAUSIBLE_SECS.end());
    let low_bound = format!("({}", PLAUSIBLE_SECS.start());
    let mut scan = super::KeyScan::start(
        ctx,
        &client,
        &ScanOptions {
            pattern: Some(glob.clone()),
            ..super::scan_options(&args.scan)
        },
    )
    .await;
    let mut rows = Vec::new();
    let mut no_ttl: Vec<Vec<u8>> = Vec::new();
    let mut no_ttl_count = 0u64;
    let mut not_zset: Vec<Vec<u8>> = Vec::new();
    let mut matched = 0u64;
    const PER_KEY: usize = 6;
    while let Some(batch) = scan.next(ctx).await? {
        let cmds: Vec<redis::Cmd> = batch
            .keys
            .iter()
            .flat_map(|k| {
                [
                    redis::cmd("ZCOUNT").arg(k).arg(&lower).arg("+inf").clone(),
                    redis::cmd("ZRANGEBYSCORE")
                        .arg(k)
                        .arg(&lower)
                        .arg("+inf")
                        .arg("WITHSCORES")
                        .arg("LIMIT")
                        .arg(0)
                        .arg(1)
                        .clone(),
                    redis::cmd("ZCARD").arg(k).clone(),
                    redis::cmd("PTTL").arg(k).clone(),
                    redis::cmd("ZCOUNT")
                        .arg(k)
                        .arg(&ms_bound)
                        .arg("+inf")
                        .clone(),
                    redis::cmd("ZCOUNT")
                        .arg(k)
                        .arg("-inf")
                        .arg(&low_bound)
                        .clone(),
                ]
            })
            .collect();
        let replies = client
            .batch_on(&batch.node, &cmds, "reading rate-limit windows")
            .await?;
        for (key, r) in batch.keys.into_iter().zip(replies.chunks(PER_KEY)) {
            matched += 1;
            if r.len() < PER_KEY {
                continue;
            }
            if is_wrongtype(&r[0]) {
                not_zset.push(key);
                continue;
            }
            let total = reply_int(&r[2]).unwrap_or(0).max(0) as u64;
            if total == 0 {
                continue; // removed between SCAN and the read
            }
            let count = reply_int(&r[0]).unwrap_or(0).max(0) as u64;
            let oldest = r[1]
                .as_ref()
                .ok()
                .and_then(parse_scored)
                .and_then(|e| e.first().map(|e| e.score));
            let ttl = ttl_ms(reply_int(&r[3]).unwrap_or(-1));
            if ttl.is_none() {
                no_ttl_count += 1;
                if no_ttl.len() < NO_TTL_LISTED {
                    no_ttl.push(key.clone());
                }
            }
            let implausible =
                (reply_int(&r[4]).unwrap_or(0) + reply_int(&r[5]).unwrap_or(0)).max(0) as u64;
            rows.push(UserRow {
                user: tpl.extract_one(&key, "user").unwrap_or_else(|| key.clone()),
                key,
                count,
                stale: total.saturating_sub(count),
                implausible,
                oldest,
                ttl_ms: ttl,
                verdict: verdict(count, oldest, now, window_secs, policy.limit),
            });
        }
    }
    let coverage = scan.finish(ctx, &client).await;
    sort_rows(&mut rows);
    let users = rows.len();
    rows.truncate(args.count as usize);
    no_ttl.sort();
    not_zset.sort();

    if ctx.out.is_table() {
        if rows.is_empty() && matched == 0 {
            ctx.out.hint(&format!(
                "no key matches {}{} (the whole keyspace was scanned): no user of category '{}' \
                 has a rate-limit window{}",
                show_bytes(&glob),
                ctx.settings.db_note(),
                args.category,
                known_categories_hint(ctx, &category)
            ));
        } else if rows.is_empty() {
            ctx.out.hint(&format!(
                "{matched} rate-limit key(s) of category '{}' match, none holds entries",
                args.category
            ));
        } else {
            render_top(ctx, &rows, &policy, now)?;
        }
        ctx.out.hint(&format!(
            "{users} users with entries; policy {} per {}; as of server time {now}",
            policy.limit,
            human_duration(policy.window)
        ));
    } else {
        let mut doc = json!({
            "category": args.category,
            "limit": policy.limit,
            "window_ms": window_ms(&policy),
            "now": now,
            "users_total": users,
            "users": rows.iter().map(|r| r.to_json(&policy)).collect::<Vec<_>>(),
            "without_ttl_count": no_ttl_count,
            "without_ttl": no_ttl.iter().map(|k| show_bytes(k)).collect::<Vec<_>>(),
            "not_sorted_sets": not_zset.iter().map(|k| show_bytes(k)).collect::<Vec<_>>(),
            "keys_matched": matched,
            "partial": coverage.partial(),
            "missed": coverage.missed_json(),
        });
        coverage.put_replicas(&mut doc);
        ctx.out.json(&doc)?;
    }
    if no_ttl_count > 0 {
        let shown: Vec<String> = no_ttl.iter().take(10).map(|k| show_bytes(k)).collect();
        ctx.out.warn(&format!(
            "{no_ttl_count} rate-limit key(s) have no TTL and grow forever: {}{}",
            shown.join(", "),
            if no_ttl_count as usize > shown.len() {
                ", ..."
            } else {
                ""
            }
        ));
    }
    for k in &not_zset {
        ctx.out.warn(&format!(
            "{} is under the rate-limit pattern but is not a sorted set; skipped",
            show_bytes(k)
        ));
    }
    coverage.conclude(ctx)
}

/// ", categories with a policy: deposit, ..." when `category` is not one of them (a typo?).
fn known_categories_hint(ctx: &Ctx, category: &[u8]) -> String {
    let mut known: Vec<String> = ["deposit", "withdrawal", "kyc_check", "card_token", "other"]
        .iter()
        .map(|c| (*c).to_owned())
        .chain(ctx.settings.ratelimit_policies.keys().cloned())
        .collect();
    known.sort();
    known.dedup();
    if known.iter().any(|k| k.as_bytes() == category) {
        String::new()
    } else {
        format!(
            "; '{}' is not a category with a policy (known: {})",
            String::from_utf8_lossy(category),
            known.join(", ")
        )
    }
}

fn render_top(ctx: &Ctx, rows: &[UserRow], policy: &Policy, now: f64) -> Result<()> {
    let mut t = ctx.out.new_table(&[
        "user",
        "in window",
        "next attempt",
        "stale",
        "oldest in window",
        "ttl",
    ]);
    for r in rows {
        let next = if r.verdict.allowed {
            cell(format!("allowed ({} left)", r.verdict.remaining))
        } else {
            ctx.out.alert_cell(match r.verdict.retry_after_secs {
                Some(s) => format!("REFUSED: retry after {s}s"),
                None => "REFUSED".into(),
            })
        };
        let ttl = match r.ttl_ms {
            None => ctx.out.alert_cell("NO TTL"),
            Some(ms) => cell(human_ms(ms)),
        };
        let mut count = format!("{} / {}", r.count, policy.limit);
        if r.implausible > 0 {
            count.push_str(&format!(" ({} implausible)", r.implausible));
        }
        add_row(
            &mut t,
            vec![
                bytes_cell(&r.user),
                cell(count),
                next,
                cell(r.stale.to_string()),
                cell(r.oldest.map(|o| ago(o, now)).unwrap_or_else(|| "-".into())),
                ttl,
            ],
        );
    }
    ctx.out.table(t)
}

/// Removes exactly the members that were read, each only while its score is unchanged; entries
/// added since stay. Returns one flag per member: 1 removed, 0 skipped (changed or gone); a
/// command the server refuses (WRONGTYPE after the key changed type, NOPERM, READONLY) ends the
/// reply with its error message, and the members after it are not attempted.
/// A sorted set left empty disappears on its own; the key is never DELeted.
pub const CONDITIONAL_REMOVE: &str = r"
local out = {}
local function failed(r)
  return type(r) == 'table' and r.err ~= nil
end
for i = 1, #ARGV, 2 do
  local s = redis.pcall('ZSCORE', KEYS[1], ARGV[i])
  if failed(s) then
    out[#out + 1] = s.err
    return out
  end
  local same = false
  if s then
    if s == ARGV[i + 1] then
      same = true
    else
      local a, b = tonumber(s), tonumber(ARGV[i + 1])
      same = a ~= nil and a == b
    end
  end
  if same then
    local r = redis.pcall('ZREM', KEYS[1], ARGV[i])
    if failed(r) then
      out[#out + 1] = r.err
      return out
    end
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out
";

/// What a reset did to one member it read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    Removed,
    /// Changed or gone since it was read: left alone.
    Skipped,
    /// The run stopped before this member's chunk was sent (or at this member): still there.
    NotAttempted,
    /// Sent in a chunk whose reply was lost.
    Unknown,
}

impl Fate {
    fn name(self) -> &'static str {
        match self {
            Fate::Removed => "removed",
            Fate::Skipped => "skipped",
            Fate::NotAttempted => "not_attempted",
            Fate::Unknown => "unknown",
        }
    }
}

/// Members one reset reads and removes at most; a larger set needs more runs.
const RESET_MAX: i64 = 10_000;

fn entries_json(entries: &[Entry], removed: Option<&[Fate]>) -> Vec<Value> {
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut m = Map::new();
            put_bytes(&mut m, "member", &e.member);
            m.insert("score".into(), json!(e.score_text));
            if let Some(r) = removed {
                let fate = r.get(i).copied().unwrap_or(Fate::NotAttempted);
                m.insert("removed".into(), json!(fate == Fate::Removed));
                m.insert("outcome".into(), json!(fate.name()));
            }
            Value::Object(m)
        })
        .collect()
}

async fn reset(args: ResetArgs, ctx: &Ctx) -> Result<()> {
    const COMMAND: &str = "ratelimit reset";
    safety::preflight(ctx, COMMAND)?;
    let rk = resolve(ctx, &args.target);
    let key = rk.key.clone();
    let shown = show_bytes(&key);
    let policy = platform_policy(ctx, rk.category.as_deref().unwrap_or_default());
    let client = ctx.connect_for_writes().await?;

    // Round trip 1: what the operator is shown and what the removal is conditional on.
    let cmds = vec![
        redis::cmd("TIME"),
        redis::cmd("TYPE").arg(&key).clone(),
        redis::cmd("ZCARD").arg(&key).clone(),
        redis::cmd("ZRANGE")
            .arg(&key)
            .arg(0)
            .arg(RESET_MAX - 1)
            .arg("WITHSCORES")
            .clone(),
        redis::cmd("PTTL").arg(&key).clone(),
    ];
    let replies = client.batch(&cmds, &format!("reading {shown}")).await?;
    let reply = |i: usize| replies.get(i).cloned().unwrap_or(Ok(RValue::Nil));
    let now = parse_time_or_local(ctx, &reply(0))?;
    let kind = reply_bytes(&reply(1)).unwrap_or_default();
    match kind.as_slice() {
        b"zset" => {}
        b"none" => {
            return Err(Error::not_found(format!(
                "{shown} does not exist: the user has a full quota, nothing to reset"
            ))
            .hint("`redops ratelimit probe` shows a user's window"));
        }
        other => return Err(wrong_type(&key, other)),
    }
    let total = reply_int(&reply(2)).unwrap_or(0).max(0) as u64;
    let entries = parse_scored_reply(&reply(3), &key)?;
    let key_ttl_ms = crate::client::ttl_ms(reply_int(&reply(4)).unwrap_or(-1));
    let scores: Vec<f64> = entries.iter().map(|e| e.score).collect();
    let state = window_state(&scores, now, policy.window.as_secs_f64(), policy.limit);
    let left = total.saturating_sub(entries.len() as u64);
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "remove {} entr{} from {shown} ({} in the current window, {} stale){}",
            entries.len(),
            if entries.len() == 1 { "y" } else { "ies" },
            state.count,
            state.stale,
            if left > 0 {
                format!("; {left} more are left for another run")
            } else {
                String::new()
            }
        ),
        items: entries
            .iter()
            .map(|e| PriorItem::ZsetMember {
                key: key.clone(),
                member: e.member.clone(),
                score: e.score_text.clone(),
                key_ttl_ms,
            })
            .collect(),
        context: {
            let mut m = Map::new();
            rk.put(&mut m);
            m.insert("server_time".into(), json!(now));
            Value::Object(m)
        },
    };
    let report = |fates: Option<&[Fate]>, dry_run: bool| {
        let mut m = Map::new();
        rk.put(&mut m);
        m.insert("read".into(), json!(entries.len()));
        let count = |f: Fate| fates.map_or(0, |r| r.iter().filter(|x| **x == f).count());
        let n_removed = count(Fate::Removed);
        if dry_run {
            // Nothing was removed: say what would be, and that every entry is still there.
            m.insert("would_remove".into(), json!(entries.len()));
            m.insert("removed".into(), json!(null));
            m.insert("skipped".into(), json!(null));
        } else {
            m.insert("removed".into(), json!(n_removed));
            m.insert("skipped".into(), json!(count(Fate::Skipped)));
            m.insert("not_attempted".into(), json!(count(Fate::NotAttempted)));
            m.insert("unknown".into(), json!(count(Fate::Unknown)));
        }
        m.insert("left".into(), json!(left));
        m.insert(
            "remaining".into(),
            json!(total.saturating_sub(n_removed as u64)),
        );
        m.insert("members".into(), json!(entries_json(&entries, fates)));
        if dry_run {
            m.insert("dry_run".into(), json!(true));
        }
        Value::Object(m)
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => {
            return if ctx.out.is_table() {
                ctx.out.say(&format!("dry run: would {}\n", plan.summary))?;
                render_members(ctx, &entries, None, now)
            } else {
                ctx.out.json(&report(None, true))
            };
        }
        Gate::Proceed(id) => id,
    };

    // Remove exactly what was read, each member only while its score is unchanged: one
    // atomic script per chunk, each chunk sized to the latency budget and named in the audit
    // trail before it is sent.
    let mut fates = vec![Fate::NotAttempted; entries.len()];
    let mut chunker = safety::Chunker::new(ctx.settings.latency_budget, RESET_CHUNK_MAX);
    if chunker.is_chunked(entries.len()) {
        chunker.measure_network(&client, &key).await;
    }
    let mut stop: Option<Error> = None;
    let (mut from, mut seq) = (0usize, 0usize);
    let mut previous_applied: Vec<usize> = Vec::new();
    while from < entries.len() && stop.is_none() {
        let n = chunker.next_len(entries.len() - from);
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
        let mut argv: Vec<&[u8]> = Vec::with_capacity(n * 2);
        for e in &entries[from..from + n] {
            argv.push(&e.member);
            argv.push(e.score_text.as_bytes());
        }
        let started = std::time::Instant::now();
        let outcome = client
            .write_script(
                CONDITIONAL_REMOVE,
                &[&key],
                &argv,
                &format!("resetting {shown}"),
            )
            .await;
        chunker.observe(n, started.elapsed());
        previous_applied.clear();
        match outcome {
            Ok(RValue::Array(v)) if v.len() <= n => {
                for (i, x) in v.iter().enumerate() {
                    match x {
                        RValue::Int(1) => {
                            fates[from + i] = Fate::Removed;
                            previous_applied.push(from + i);
                        }
                        RValue::Int(_) => fates[from + i] = Fate::Skipped,
                        other => {
                            let err = reply_bytes(&Ok(other.clone()))
                                .map(|b| String::from_utf8_lossy(&b).into_owned())
                                .unwrap_or_else(|| format!("{other:?}"));
                            stop = Some(Error::server_refusal(
                                &err,
                                &format!(
                                    "removing member {} of {shown}",
                                    show_bytes(&entries[from + i].member)
                                ),
                            ));
                        }
                    }
                }
                if stop.is_none() && v.len() < n {
                    stop = Some(Error::internal(format!(
                        "the reset script for {shown} answered for {} of {n} members",
                        v.len()
                    )));
                }
            }
            Ok(other) => {
                for f in &mut fates[from..from + n] {
                    *f = Fate::Unknown;
                }
                stop = Some(Error::internal(format!(
                    "unexpected reply from the reset script for {shown}: {other:?}"
                )));
            }
            Err(e) => {
                if safety::failure_status(&e) == "unknown" {
                    for f in &mut fates[from..from + n] {
                        *f = Fate::Unknown;
                    }
                }
                stop = Some(e);
            }
        }
        from += n;
    }
    let count = |f: Fate| fates.iter().filter(|x| **x == f).count();
    let (removed, skipped) = (count(Fate::Removed), count(Fate::Skipped));
    let (not_attempted, unknown) = (count(Fate::NotAttempted), count(Fate::Unknown));
    let mut done = Map::new();
    done.insert(
        "status".into(),
        json!(match (&stop, unknown) {
            (None, _) => "reset",
            (Some(_), 0) => "failed",
            (Some(_), _) => "unknown",
        }),
    );
    done.insert(
        "removed".into(),
        safety::removed_json(
            plan.items
                .iter()
                .zip(&fates)
                .filter(|(_, f)| **f == Fate::Removed)
                .map(|(i, _)| i),
        ),
    );
    done.insert("skipped".into(), json!(skipped));
    done.insert("not_attempted".into(), json!(not_attempted));
    done.insert("unknown".into(), json!(unknown));
    done.insert("chunks".into(), json!(seq));
    if let Some(e) = &stop {
        done.insert("error".into(), json!(e.message));
    }
    safety::record_outcome(ctx, &id, Value::Object(done));
    if ctx.out.is_table() {
        let mut text = format!(
            "removed {removed} entr{} from {shown}; {skipped} skipped (changed or already gone since read)",
            if removed == 1 { "y" } else { "ies" }
        );
        if stop.is_some() {
            text.push_str(&format!(
                "; {not_attempted} not attempted; {unknown} with an unknown outcome"
            ));
        }
        ctx.out.say(&format!("{text}\n"))?;
    } else {
        ctx.out.json(&report(Some(&fates), false))?;
    }
    if let Some(e) = stop {
        return Err(e.hint(format!(
            "the reset stopped there: {removed} entr{} removed before it (reported above and in the audit log, restorable with `redops audit restore {id}`), {not_attempted} not attempted{}",
            if removed == 1 { "y was" } else { "ies were" },
            if unknown > 0 {
                format!(", {unknown} whose outcome is unknown (look with `redops ratelimit probe`)")
            } else {
                String::new()
            }
        )));
    }
    if left > 0 {
        ctx.out.warn(&format!(
            "{shown} held {total} entries; only the lowest-scored {} were read and removed: run reset again",
            entries.len()
        ));
    }
    if removed == 0 && skipped > 0 {
        // Every entry changed or left since it was read: nothing was done, never exit 0.
        return Err(Error::refused(format!(
            "nothing was removed from {shown}: every entry read changed or was gone by the time of the removal"
        ))
        .hint("the application is writing to this window right now; look again with `redops ratelimit probe`"));
    }
    Ok(())
}

/// The most members one reset script removes without a latency budget (`--latency-budget off`).
const RESET_CHUNK_MAX: usize = 1_000;

fn render_members(ctx: &Ctx, entries: &[Entry], removed: Option<&[Fate]>, now: f64) -> Result<()> {
    let mut headers = vec!["member", "score", "age"];
    if removed.is_some() {
        headers.push("removed");
    }
    let mut t = ctx.out.new_table(&headers);
    for (i, e) in entries.iter().enumerate() {
        let mut row = vec![
            bytes_cell(&e.member),
            cell(&e.score_text),
            if is_plausible(e.score) {
                cell(ago(e.score, now))
            } else {
                ctx.out.warn_cell("implausible score")
            },
        ];
        if let Some(r) = removed {
            row.push(cell(
                match r.get(i).copied().unwrap_or(Fate::NotAttempted) {
                    Fate::Removed => "yes",
                    Fate::Skipped => "no",
                    Fate::NotAttempted => "not attempted",
                    Fate::Unknown => "unknown",
                },
            ));
        }
        add_row(&mut t, row);
    }
    ctx.out.table(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: f64 = 1_764_146_069.123_456;

    #[test]
    fn policies_follow_the_contract() {
        let l = |c: &str| policy_for(c.as_bytes()).limit;
        assert_eq!(
            (
                l("deposit"),
                l("withdrawal"),
                l("kyc_check"),
                l("card_token"),
                l("x")
            ),
            (30, 10, 5, 20, 60)
        );
        assert_eq!(policy_for(b"deposit").window, Duration::from_secs(60));
        let over = PolicyArgs {
            limit: Some(3),
            window: Some(Duration::from_secs(2)),
        };
        assert_eq!(
            effective_policy(policy_for(b"deposit"), &over),
            Policy {
                limit: 3,
                window: Duration::from_secs(2)
            }
        );
    }

    #[test]
    fn empty_window_is_full_quota() {
        let s = window_state(&[], NOW, 60.0, 10);
        assert_eq!(s.count, 0);
        assert_eq!(s.verdict.remaining, 10);
        assert!(s.verdict.allowed);
        assert_eq!(s.verdict.retry_after_secs, Some(0));
        assert_eq!((s.oldest, s.newest), (None, None));
    }

    #[test]
    fn entry_exactly_on_the_boundary_is_stale() {
        let boundary = NOW - 60.0;
        let s = window_state(&[boundary, boundary + 1e-6], NOW, 60.0, 10);
        assert_eq!((s.count, s.stale), (1, 1));
        assert_eq!(s.oldest, Some(boundary + 1e-6));
    }

    #[test]
    fn at_below_and_over_the_limit() {
        let scores: Vec<f64> = (0..10).map(|i| NOW - 50.5 + i as f64).collect();
        let below = window_state(&scores[..9], NOW, 60.0, 10);
        assert!(below.verdict.allowed);
        assert_eq!(below.verdict.remaining, 1);
        let at = window_state(&scores, NOW, 60.0, 10);
        assert!(!at.verdict.allowed);
        assert_eq!(at.verdict.remaining, 0);
        // oldest = now - 50.5 -> leaves the window in 9.5 s -> ceil = 10.
        assert_eq!(at.verdict.retry_after_secs, Some(10));
        assert_eq!(at.oldest, Some(NOW - 50.5));
        assert_eq!(at.newest, Some(NOW - 41.5));
        let mut more = scores.clone();
        more.push(NOW - 1.0);
        let over = window_state(&more, NOW, 60.0, 10);
        assert_eq!(over.verdict.remaining, 0);
        assert_eq!(over.verdict.retry_after_secs, Some(10));
    }

    #[test]
    fn stale_entries_do_not_count() {
        let s = window_state(&[NOW - 120.0, NOW - 61.0, NOW - 59.0], NOW, 60.0, 1);
        assert_eq!((s.count, s.stale), (1, 2));
        assert!(!s.verdict.allowed);
        assert_eq!(s.verdict.retry_after_secs, Some(1));
    }

    #[test]
    fn millisecond_scores_are_counted_like_the_application_and_flagged() {
        let ms = NOW * 1000.0;
        let s = window_state(&[ms, NOW - 10.0, 5.0], NOW, 60.0, 2);
        assert_eq!((s.count, s.stale), (2, 1));
        assert_eq!((s.implausible, s.implausible_in_window), (2, 1));
        assert!(!s.verdict.allowed);
        assert_eq!(s.newest, Some(ms));
        let inf = window_state(&[f64::INFINITY], NOW, 60.0, 1);
        assert_eq!(inf.count, 1);
        assert_eq!(
            inf.verdict.retry_after_secs, None,
            "never leaves the window"
        );
        assert!(!is_plausible(f64::NAN));
        assert!(is_plausible(NOW));
    }

    #[test]
    fn sub_second_windows() {
        let s = window_state(&[NOW - 0.4, NOW - 0.6], NOW, 0.5, 1);
        assert_eq!((s.count, s.stale), (1, 1));
        assert_eq!(s.verdict.retry_after_secs, Some(1));
    }

    #[test]
    fn withscores_replies_in_both_protocols() {
        let b = |s: &str| RValue::BulkString(s.as_bytes().to_vec());
        let resp2 = RValue::Array(vec![b("a"), b("1.5"), b("b"), b("inf")]);
        let e = parse_scored(&resp2).expect("resp2");
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].score_text, "1.5");
        assert_eq!(e[1].score, f64::INFINITY);
        let resp3 = RValue::Array(vec![RValue::Array(vec![b("a"), RValue::Double(2.25)])]);
        let e = parse_scored(&resp3).expect("resp3");
        assert_eq!((e[0].member.as_slice(), e[0].score), (&b"a"[..], 2.25));
        assert!(parse_scored(&RValue::Array(vec![b("a"), b("x")])).is_none());
        assert_eq!(parse_scored(&RValue::Array(vec![])), Some(vec![]));
    }
}
