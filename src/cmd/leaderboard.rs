//! `redops leaderboard top / rank / list`: copy-trading leaderboards (sorted sets
//! `leaderboard:{period}:{YYYY-MM}`, member = trader id, highest score first) joined with
//! trader metadata (`trader:meta:{trader}`, JSON `{name, avatar, followers}`, often missing).
//!
//! Scores are read as the text Redis sends and kept: a score that a JSON double cannot carry
//! honestly (`inf`, `-inf`, or beyond 2^53 where neighbouring integers merge) gets a
//! `score_text` field with Redis's exact text.

use crate::cli::leaderboard::{BoardArgs, LeaderboardCommand, ListArgs, RankArgs, TopArgs};
use crate::client::{
    Client, Prefetch, Reply, ScanOptions, is_wrongtype, reply_bytes, reply_int, ttl_ms,
};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{
    add_row, bytes_cell, cell, human_ms, parse_hex, put_bytes, shorten, show_bytes,
};
use redis::Value as RedisValue;
use serde_json::{Map, Value, json};

/// 2^53: from here on, a double no longer tells neighbouring integers apart (2^53 + 1 is
/// stored as 2^53), so a number there may not be the one the application wrote.
const EXACT_LIMIT: f64 = 9_007_199_254_740_992.0;

pub async fn run(cmd: LeaderboardCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        LeaderboardCommand::Top(a) => top(a, ctx).await,
        LeaderboardCommand::Rank(a) => rank(a, ctx).await,
        LeaderboardCommand::List(a) => list(a, ctx).await,
    }
}

// ---------------------------------------------------------------------------------------------
// Domain rules: scores, percentile, ties, the current month.

/// A score as Redis sent it (`text`) and as a number (`value`).
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub value: f64,
    pub text: String,
}

impl Score {
    /// Parses Redis's score text (`1.5`, `0.10000000000000001`, `1e+20`, `inf`, `-inf`).
    pub fn parse(text: &str) -> Option<Score> {
        let value: f64 = text.trim().parse().ok()?;
        if value.is_nan() {
            return None;
        }
        Some(Score {
            value,
            text: text.trim().to_owned(),
        })
    }

    fn from_value(v: &RedisValue) -> Option<Score> {
        match v {
            RedisValue::BulkString(b) => Score::parse(std::str::from_utf8(b).ok()?),
            RedisValue::SimpleString(s) => Score::parse(s),
            RedisValue::Int(i) => Score::parse(&i.to_string()),
            RedisValue::Double(d) if d.is_infinite() => {
                Score::parse(if *d > 0.0 { "inf" } else { "-inf" })
            }
            RedisValue::Double(d) => Score::parse(&d.to_string()),
            _ => None,
        }
    }

    /// Whether a JSON number carries this score without loss for any consumer: finite and a
    /// safe integer magnitude (below 2^53, like JavaScript's `Number.MAX_SAFE_INTEGER`).
    pub fn exact_in_json(&self) -> bool {
        self.value.is_finite() && self.value.abs() < EXACT_LIMIT
    }

    /// `score` (a number, or `null` when infinite) and, when that is not the whole truth,
    /// `score_text` with Redis's exact text.
    pub fn put_json(&self, m: &mut Map<String, Value>, name: &str) {
        let n = if self.value.is_finite() {
            json!(self.value)
        } else {
            Value::Null
        };
        m.insert(name.to_owned(), n);
        if !self.exact_in_json() {
            m.insert(format!("{name}_text"), json!(self.text));
        }
    }

    /// For a table: integers as integers, others to 2 decimals (trailing zeros dropped);
    /// infinite and beyond-2^53 scores exactly as Redis sent them.
    pub fn for_table(&self) -> String {
        if !self.exact_in_json() {
            return self.text.clone();
        }
        if self.value.fract() == 0.0 {
            return format!("{:.0}", self.value);
        }
        let s = format!("{:.2}", self.value);
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s == "-0" { "0".into() } else { s.to_owned() }
    }
}

/// `round((1 - (rank - 1) / total) * 100, 1)`: the top trader (rank 1) is 100.0.
pub fn percentile(rank: u64, total: u64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let p = (1.0 - (rank.saturating_sub(1)) as f64 / total as f64) * 100.0;
    (p * 10.0).round() / 10.0
}

/// Marks each row whose score equals its neighbour's (above or below) as tied.
pub fn tie_flags(scores: &[f64]) -> Vec<bool> {
    (0..scores.len())
        .map(|i| {
            (i > 0 && scores[i - 1] == scores[i])
                || (i + 1 < scores.len() && scores[i + 1] == scores[i])
        })
        .collect()
}

/// The UTC month (`YYYY-MM`) of a Unix time in seconds.
pub fn month_of(unix_secs: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = unix_secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}")
}

/// The current month, UTC, from the system clock.
pub fn current_month() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    month_of(now)
}

// ---------------------------------------------------------------------------------------------
// Rows and metadata.

/// A trader's display metadata, as found in `trader:meta:{trader}`.
#[derive(Debug, Clone)]
pub enum Meta {
    Found(Map<String, Value>),
    Missing,
    /// Present but unusable: not JSON, not an object, or not a string key.
    Bad(String),
}

impl Meta {
    pub fn parse(raw: Option<&[u8]>) -> Meta {
        let Some(raw) = raw else { return Meta::Missing };
        match serde_json::from_slice::<Value>(raw) {
            Ok(Value::Object(m)) => Meta::Found(m),
            Ok(_) => Meta::Bad("not a JSON object".into()),
            Err(_) => Meta::Bad("not valid JSON".into()),
        }
    }

    fn status(&self) -> &'static str {
        match self {
            Meta::Found(_) => "ok",
            Meta::Missing => "missing",
            Meta::Bad(_) => "bad",
        }
    }
}

/// One line of a board.
#[derive(Debug, Clone)]
pub struct BoardRow {
    /// 1-based position from the top, as Redis orders the board.
    pub rank: u64,
    pub member: Vec<u8>,
    pub score: Score,
    /// `None` when metadata was not read (`--no-meta`).
    pub meta: Option<Meta>,
    /// Same score as the row above or below (only computed by `rank --around`).
    pub tied: Option<bool>,
    pub target: bool,
}

impl BoardRow {
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("rank".into(), json!(self.rank));
        put_bytes(&mut m, "member", &self.member);
        self.score.put_json(&mut m, "score");
        if let Some(meta) = &self.meta {
            let v = match meta {
                Meta::Found(o) => Value::Object(o.clone()),
                _ => Value::Null,
            };
            m.insert("meta".into(), v);
            m.insert("meta_status".into(), json!(meta.status()));
            if let Meta::Bad(why) = meta {
                m.insert("meta_error".into(), json!(why));
            }
        }
        if let Some(t) = self.tied {
            m.insert("tied".into(), json!(t));
            m.insert("target".into(), json!(self.target));
        }
        Value::Object(m)
    }
}

/// Reads a `WITHSCORES` reply: a flat `[member, score, ...]` (RESP2) or `[[member, score]]` (RESP3).
pub fn parse_scored(reply: &Reply, what: &str) -> Result<Vec<(Vec<u8>, Score)>> {
    let items = match reply {
        Ok(RedisValue::Array(items)) => items,
        Ok(RedisValue::Nil) => return Ok(Vec::new()),
        Ok(other) => {
            return Err(Error::data(format!("{what}: unexpected reply {other:?}")));
        }
        Err(e) => return Err(Error::redis(e.clone(), what)),
    };
    let bad = |i: usize| Error::data(format!("{what}: score #{i} is not a number"));
    let mut out = Vec::with_capacity(items.len() / 2);
    if items.iter().all(|v| matches!(v, RedisValue::Array(_))) {
        for (i, pair) in items.iter().enumerate() {
            let RedisValue::Array(p) = pair else { continue };
            let member = p
                .first()
                .and_then(|v| reply_bytes(&Ok(v.clone())))
                .ok_or_else(|| bad(i))?;
            let score = p.get(1).and_then(Score::from_value).ok_or_else(|| bad(i))?;
            out.push((member, score));
        }
    } else {
        for (i, pair) in items.chunks(2).enumerate() {
            let member = pair
                .first()
                .and_then(|v| reply_bytes(&Ok(v.clone())))
                .ok_or_else(|| bad(i))?;
            let score = pair
                .get(1)
                .and_then(Score::from_value)
                .ok_or_else(|| bad(i))?;
            out.push((member, score));
        }
    }
    Ok(out)
}

/// Round trip: every row's metadata at once (on a cluster, concurrently to each owner node).
async fn read_meta(ctx: &Ctx, client: &Client, rows: &mut [BoardRow]) -> Result<()> {
    let cmds: Vec<redis::Cmd> = rows
        .iter()
        .map(|r| {
            let key = ctx
                .settings
                .keyspace
                .trader_meta
                .render(&[("trader", &r.member)]);
            redis::cmd("GET").arg(key).clone()
        })
        .collect();
    let replies = client.batch(&cmds, "reading trader metadata").await?;
    for (row, reply) in rows.iter_mut().zip(replies.iter()) {
        row.meta = Some(if is_wrongtype(reply) {
            Meta::Bad("not a string".into())
        } else {
            Meta::parse(reply_bytes(reply).as_deref())
        });
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Boards.

/// The board key the operator chose (and its display form).
fn board_key(ctx: &Ctx, b: &BoardArgs) -> Vec<u8> {
    if let Some(k) = &b.key {
        return k.clone().into_bytes();
    }
    let month = b.month.clone().unwrap_or_else(current_month);
    ctx.settings
        .keyspace
        .leaderboard
        .render(&[("period", b.period.as_bytes()), ("month", month.as_bytes())])
}

/// Exit 4 when the board does not exist, 6 when it is not a sorted set.
fn check_board_type(reply: Option<&Reply>, shown: &str) -> Result<()> {
    let kind = reply.and_then(reply_bytes).unwrap_or_default();
    match kind.as_slice() {
        b"zset" => Ok(()),
        b"none" => Err(Error::not_found(format!("{shown} does not exist"))
            .hint("`redops leaderboard list` shows the boards that exist; choose one with --month, --period or --key")),
        other => Err(Error::data(format!(
            "{shown} is a {}, not a leaderboard (a sorted set)",
            show_bytes(other)
        ))
        .hint("check the key; leaderboards are sorted sets leaderboard:{period}:{YYYY-MM}")),
    }
}

fn warn_beyond_exact(ctx: &Ctx, rows: &[BoardRow]) {
    if rows
        .iter()
        .any(|r| r.score.value.is_finite() && !r.score.exact_in_json())
    {
        ctx.out.warn("some scores are at or beyond 2^53: Redis stores scores as doubles, so neighbouring integers there cannot be told apart; the exact text Redis holds is shown (score_text in JSON)");
    }
}

async fn top(args: TopArgs, ctx: &Ctx) -> Result<()> {
    let key = board_key(ctx, &args.board);
    let shown = show_bytes(&key);
    let stop = args.offset.saturating_add(args.count - 1);
    // Round trip 1 (with the connection set-up, on a standalone server): type (to tell a
    // missing board from a wrong type), size and the range.
    let cmds = [
        redis::cmd("TYPE").arg(&key).clone(),
        redis::cmd("ZCARD").arg(&key).clone(),
        redis::cmd("ZREVRANGE")
            .arg(&key)
            .arg(args.offset)
            .arg(stop)
            .arg("WITHSCORES")
            .clone(),
    ];
    let client = ctx
        .connect_reading(Prefetch::default().batch(&cmds))
        .await?;
    let what = format!("reading {shown}");
    let replies = client.batch(&cmds, &what).await?;
    check_board_type(replies.first(), &shown)?;
    let total = replies.get(1).and_then(reply_int).unwrap_or(0).max(0) as u64;
    let range = replies
        .get(2)
        .ok_or_else(|| Error::internal(format!("{what}: no reply to ZREVRANGE")))?;
    let mut rows: Vec<BoardRow> = parse_scored(range, &what)?
        .into_iter()
        .enumerate()
        .map(|(i, (member, score))| BoardRow {
            rank: args.offset + i as u64 + 1,
            member,
            score,
            meta: None,
            tied: None,
            target: false,
        })
        .collect();
    // Round trip 2: every metadata read at once.
    if !args.no_meta && !rows.is_empty() {
        read_meta(ctx, &client, &mut rows).await?;
    }
    warn_beyond_exact(ctx, &rows);
    if ctx.out.is_table() {
        if rows.is_empty() {
            ctx.out.hint(&format!(
                "{shown} has {total} traders; nothing at offset {}",
                args.offset
            ));
            return Ok(());
        }
        ctx.out.table(rows_table(ctx, &rows, !args.no_meta))?;
        ctx.out.hint(&format!(
            "{shown}: ranks {}-{} of {total}",
            args.offset + 1,
            args.offset + rows.len() as u64
        ));
        Ok(())
    } else {
        let items: Vec<Value> = rows.iter().map(BoardRow::to_json).collect();
        ctx.out.list(&items, || unreachable!("not a table"))
    }
}

fn rows_table(ctx: &Ctx, rows: &[BoardRow], with_meta: bool) -> comfy_table::Table {
    let mut header = vec!["rank", "trader", "score"];
    if with_meta {
        header.extend(["name", "followers"]);
    }
    let mut t = ctx.out.new_table(&header);
    for r in rows {
        let rank = match (r.target, r.tied) {
            (true, Some(true)) => format!("▶ {} (tie)", r.rank),
            (true, _) => format!("▶ {}", r.rank),
            (false, Some(true)) => format!("{} (tie)", r.rank),
            _ => r.rank.to_string(),
        };
        let mut cells = vec![cell(rank), bytes_cell(&r.member), cell(r.score.for_table())];
        if with_meta {
            match &r.meta {
                Some(Meta::Found(m)) => {
                    cells.push(cell(shorten(&field_text(m.get("name")), 40)));
                    cells.push(cell(field_text(m.get("followers"))));
                }
                Some(Meta::Bad(why)) => {
                    cells.push(ctx.out.alert_cell(format!("bad metadata: {why}")));
                    cells.push(cell("-"));
                }
                Some(Meta::Missing) | None => {
                    cells.push(ctx.out.warn_cell("no metadata"));
                    cells.push(cell("-"));
                }
            }
        }
        add_row(&mut t, cells);
    }
    t
}

fn field_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "-".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

async fn rank(args: RankArgs, ctx: &Ctx) -> Result<()> {
    let member = match (&args.member, &args.member_hex) {
        (Some(m), _) => m.clone().into_bytes(),
        (None, Some(h)) => parse_hex(h).map_err(|e| Error::usage(format!("--member-hex: {e}")))?,
        (None, None) => return Err(Error::usage("give MEMBER or --member-hex")),
    };
    let key = board_key(ctx, &args.board);
    let shown = show_bytes(&key);
    let shown_member = show_bytes(&member);
    let what = format!("reading {shown_member} on {shown}");
    // Round trip 1 (with the connection set-up, on a standalone server): everything the
    // plain form needs.
    let cmds = [
        redis::cmd("TYPE").arg(&key).clone(),
        redis::cmd("ZREVRANK").arg(&key).arg(&member).clone(),
        redis::cmd("ZSCORE").arg(&key).arg(&member).clone(),
        redis::cmd("ZCARD").arg(&key).clone(),
    ];
    let client = ctx
        .connect_reading(Prefetch::default().batch(&cmds))
        .await?;
    let replies = client.batch(&cmds, &what).await?;
    check_board_type(replies.first(), &shown)?;
    let (Some(pos), Some(score)) = (
        replies.get(1).and_then(reply_int),
        replies
            .get(2)
            .and_then(|r| r.as_ref().ok())
            .and_then(Score::from_value),
    ) else {
        return Err(
            Error::not_found(format!("{shown_member} is not on {shown}")).hint(format!(
                "`redops leaderboard top --key {shown}` shows who is"
            )),
        );
    };
    let total = replies.get(3).and_then(reply_int).unwrap_or(0).max(0) as u64;
    let rank = pos.max(0) as u64 + 1;
    let mut out = Map::new();
    put_bytes(&mut out, "key", &key);
    put_bytes(&mut out, "member", &member);
    out.insert("rank".into(), json!(rank));
    score.put_json(&mut out, "score");
    out.insert("total".into(), json!(total));
    out.insert("percentile".into(), json!(percentile(rank, total)));

    let mut window = Vec::new();
    if let Some(n) = args.around {
        window = read_around(ctx, &client, &key, &member, pos.max(0) as u64, n).await?;
        if !window.iter().any(|r| r.target) {
            ctx.out.warn(&format!(
                "{shown_member} moved on the board between the reads; the neighbours shown are around its old rank {rank}"
            ));
        }
        out.insert(
            "around".into(),
            Value::Array(window.iter().map(BoardRow::to_json).collect()),
        );
    }
    if ctx.out.is_table() {
        ctx.out.say(&format!(
            "{shown_member} on {shown}: rank {rank} of {total}, score {}, percentile {:.1}\n",
            score.for_table(),
            percentile(rank, total)
        ))?;
        if !window.is_empty() {
            warn_beyond_exact(ctx, &window);
            ctx.out.table(rows_table(ctx, &window, true))?;
        }
        Ok(())
    } else {
        ctx.out.json(&Value::Object(out))
    }
}

/// Two round trips: the window (one extra row each side, to see ties at the edges), then its
/// metadata.
async fn read_around(
    ctx: &Ctx,
    client: &Client,
    key: &[u8],
    member: &[u8],
    pos: u64,
    n: u64,
) -> Result<Vec<BoardRow>> {
    let first = pos.saturating_sub(n);
    let fetch_from = first.saturating_sub(1);
    let last = pos + n;
    let what = format!("reading the traders around {}", show_bytes(member));
    let cmd = redis::cmd("ZREVRANGE")
        .arg(key)
        .arg(fetch_from)
        .arg(last + 1)
        .arg("WITHSCORES")
        .clone();
    let replies = client.batch(std::slice::from_ref(&cmd), &what).await?;
    let reply = replies
        .first()
        .ok_or_else(|| Error::internal(format!("{what}: no reply")))?;
    let fetched = parse_scored(reply, &what)?;
    let ties = tie_flags(&fetched.iter().map(|(_, s)| s.value).collect::<Vec<_>>());
    let mut rows: Vec<BoardRow> = fetched
        .into_iter()
        .zip(ties)
        .enumerate()
        .map(|(i, ((m, score), tied))| BoardRow {
            rank: fetch_from + i as u64 + 1,
            target: m == member,
            member: m,
            score,
            meta: None,
            tied: Some(tied),
        })
        .filter(|r| r.rank > first && r.rank <= last + 1)
        .collect();
    if !rows.is_empty() {
        read_meta(ctx, client, &mut rows).await?;
    }
    Ok(rows)
}

// ---------------------------------------------------------------------------------------------
// list

/// A board found by `list`.
#[derive(Debug, Clone)]
pub struct BoardSummary {
    pub key: Vec<u8>,
    pub period: Option<Vec<u8>>,
    pub month: Option<Vec<u8>>,
    pub members: u64,
    pub lowest: Option<Score>,
    pub highest: Option<Score>,
    pub ttl_ms: Option<i64>,
    /// A month before the current one, and no TTL: it stays until someone deletes it.
    pub stale: bool,
}

impl BoardSummary {
    fn to_json(&self) -> Value {
        let mut m = Map::new();
        put_bytes(&mut m, "key", &self.key);
        match &self.period {
            Some(p) => put_bytes(&mut m, "period", p),
            None => {
                m.insert("period".into(), Value::Null);
            }
        }
        match &self.month {
            Some(p) => put_bytes(&mut m, "month", p),
            None => {
                m.insert("month".into(), Value::Null);
            }
        }
        m.insert("members".into(), json!(self.members));
        for (name, s) in [
            ("lowest_score", &self.lowest),
            ("highest_score", &self.highest),
        ] {
            match s {
                Some(s) => s.put_json(&mut m, name),
                None => {
                    m.insert(name.into(), Value::Null);
                }
            }
        }
        m.insert("ttl_ms".into(), json!(self.ttl_ms));
        m.insert("stale".into(), json!(self.stale));
        Value::Object(m)
    }
}

/// Whether a board of `month` with no TTL is left over from the past.
pub fn is_stale(month: Option<&[u8]>, ttl_ms: Option<i64>, current: &str) -> bool {
    ttl_ms.is_none()
        && month
            .and_then(|m| std::str::from_utf8(m).ok())
            .is_some_and(|m| crate::cli::leaderboard::parse_month(m).is_ok() && m < current)
}

async fn list(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let tpl = &ctx.settings.keyspace.leaderboard;
    let glob = match &args.period {
        Some(p) => tpl.glob(&[("period", p.as_bytes())], false),
        None => tpl.glob(&[], false),
    };
    let current = current_month();
    let client = ctx.connect().await?;
    let mut scan = super::KeyScan::start(
        ctx,
        &client,
        &ScanOptions {
            pattern: Some(glob),
            ..super::scan_options(&args.scan)
        },
    )
    .await;
    let mut boards = Vec::new();
    let mut odd: Vec<(Vec<u8>, String)> = Vec::new();
    while let Some(batch) = scan.next(ctx).await? {
        let cmds: Vec<redis::Cmd> = batch
            .keys
            .iter()
            .flat_map(|k| {
                [
                    redis::cmd("ZCARD").arg(k).clone(),
                    redis::cmd("ZRANGE")
                        .arg(k)
                        .arg(0)
                        .arg(0)
                        .arg("WITHSCORES")
                        .clone(),
                    redis::cmd("ZRANGE")
                        .arg(k)
                        .arg(-1)
                        .arg(-1)
                        .arg("WITHSCORES")
                        .clone(),
                    redis::cmd("PTTL").arg(k).clone(),
                ]
            })
            .collect();
        let replies = client
            .batch_on(&batch.node, &cmds, "reading leaderboards")
            .await?;
        for (key, r) in batch.keys.into_iter().zip(replies.chunks(4)) {
            if r.first().is_some_and(is_wrongtype) {
                odd.push((key, "is not a sorted set (WRONGTYPE)".into()));
                continue;
            }
            let members = r.first().and_then(reply_int).unwrap_or(0);
            if members <= 0 {
                continue; // deleted between SCAN and the reads
            }
            let end = |i: usize| {
                r.get(i)
                    .and_then(|x| parse_scored(x, "reading a board's score range").ok())
                    .and_then(|v| v.into_iter().next())
                    .map(|(_, s)| s)
            };
            let ttl = ttl_ms(r.get(3).and_then(reply_int).unwrap_or(-1));
            let period = tpl.extract_one(&key, "period");
            let month = tpl.extract_one(&key, "month");
            boards.push(BoardSummary {
                stale: is_stale(month.as_deref(), ttl, &current),
                key,
                period,
                month,
                members: members as u64,
                lowest: end(1),
                highest: end(2),
                ttl_ms: ttl,
            });
        }
    }
    let coverage = scan.finish(ctx, &client).await;
    boards.sort_by(|a, b| a.key.cmp(&b.key));
    odd.sort();
    if ctx.out.is_table() {
        if boards.is_empty() && odd.is_empty() {
            ctx.out.hint("no leaderboards found");
        } else {
            let mut t = ctx
                .out
                .new_table(&["board", "traders", "highest", "lowest", "ttl"]);
            for b in &boards {
                let ttl = match (b.ttl_ms, b.stale) {
                    (Some(ms), _) => cell(human_ms(ms)),
                    (None, true) => ctx.out.alert_cell("no TTL: past month, kept forever"),
                    (None, false) => cell("no TTL"),
                };
                let score =
                    |s: &Option<Score>| s.as_ref().map(Score::for_table).unwrap_or("-".into());
                add_row(
                    &mut t,
                    vec![
                        bytes_cell(&b.key),
                        cell(b.members),
                        cell(score(&b.highest)),
                        cell(score(&b.lowest)),
                        ttl,
                    ],
                );
            }
            for (k, why) in &odd {
                add_row(
                    &mut t,
                    vec![
                        cell(show_bytes(k)),
                        ctx.out.warn_cell(format!("not a leaderboard: {why}")),
                        cell("-"),
                        cell("-"),
                        cell("-"),
                    ],
                );
            }
            ctx.out.table(t)?;
        }
    } else {
        let mut items: Vec<Value> = boards.iter().map(BoardSummary::to_json).collect();
        items.extend(odd.iter().map(|(k, why)| {
            let mut m = Map::new();
            put_bytes(&mut m, "key", k);
            m.insert("error".into(), json!(why));
            Value::Object(m)
        }));
        ctx.out.list(&items, || unreachable!("not a table"))?;
    }
    for (k, why) in &odd {
        ctx.out.warn(&format!(
            "{} is under the leaderboard pattern but {why}; skipped",
            show_bytes(k)
        ));
    }
    coverage.conclude(ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentile_top_is_100_and_rounds_to_one_decimal() {
        assert_eq!(percentile(1, 100_000), 100.0);
        assert_eq!(percentile(100_000, 100_000), 0.0);
        assert_eq!(percentile(1, 1), 100.0);
        assert_eq!(percentile(2, 3), 66.7);
        assert_eq!(percentile(3, 3), 33.3);
        assert_eq!(percentile(51, 200), 75.0);
        assert_eq!(percentile(5001, 100_000), 95.0);
        assert_eq!(percentile(1, 0), 0.0);
    }

    #[test]
    fn month_of_unix_time() {
        assert_eq!(month_of(0), "1970-01");
        assert_eq!(month_of(1_709_251_199), "2024-02"); // 2024-02-29 23:59:59
        assert_eq!(month_of(1_709_251_200), "2024-03");
        assert_eq!(month_of(1_798_761_599), "2026-12"); // 2026-12-31 23:59:59
        assert_eq!(month_of(1_798_761_600), "2027-01");
        assert_eq!(current_month().len(), 7);
    }

    #[test]
    fn scores_keep_redis_text_when_json_cannot() {
        let s = Score::parse("0.10000000000000001").unwrap();
        assert!(s.exact_in_json());
        assert_eq!(s.for_table(), "0.1");
        let mut m = Map::new();
        s.put_json(&mut m, "score");
        assert_eq!(m["score"], json!(0.1));
        assert!(!m.contains_key("score_text"));

        let inf = Score::parse("-inf").unwrap();
        let mut m = Map::new();
        inf.put_json(&mut m, "score");
        assert_eq!(m["score"], Value::Null);
        assert_eq!(m["score_text"], "-inf");
        assert_eq!(inf.for_table(), "-inf");

        let big = Score::parse("9007199254740994").unwrap();
        assert!(!big.exact_in_json());
        assert_eq!(big.for_table(), "9007199254740994");
        assert!(!Score::parse("9007199254740992").unwrap().exact_in_json());
        assert!(Score::parse("9007199254740991").unwrap().exact_in_json());
        assert!(Score::parse("-9007199254740991").unwrap().exact_in_json());
        assert_eq!(Score::parse("12").unwrap().for_table(), "12");
        assert_eq!(Score::parse("12.345").unwrap().for_table(), "12.35");
        assert_eq!(Score::parse("-0.001").unwrap().for_table(), "0");
        assert!(Score::parse("nan").is_none());
        assert!(Score::parse("abc").is_none());
    }

    #[test]
    fn ties_are_equal_neighbours() {
        assert_eq!(
            tie_flags(&[5.0, 4.0, 4.0, 3.0, 2.0, 2.0]),
            [false, true, true, false, true, true]
        );
        assert!(tie_flags(&[]).is_empty());
    }

    #[test]
    fn metadata_states() {
        assert!(matches!(Meta::parse(None), Meta::Missing));
        assert!(matches!(
            Meta::parse(Some(b"{\"name\":\"A\"}")),
            Meta::Found(_)
        ));
        assert!(matches!(Meta::parse(Some(b"{oops")), Meta::Bad(_)));
        assert!(matches!(Meta::parse(Some(b"[1,2]")), Meta::Bad(_)));
    }

    #[test]
    fn stale_boards_are_past_months_without_ttl() {
        assert!(is_stale(Some(b"2026-09"), None, "2026-11"));
        assert!(!is_stale(Some(b"2026-09"), Some(5), "2026-11"));
        assert!(!is_stale(Some(b"2026-11"), None, "2026-11"));
        assert!(!is_stale(Some(b"alltime"), None, "2026-11"));
    }
}
