//! `redops ratelimit top`: the users of one category closest to or over their limit, across
//! every primary.

use super::model::{PolicyArgs, effective_policy, platform_policy, server_or_local};
use super::window::{PLAUSIBLE_SECS, Verdict, verdict};
use crate::client::reply::scored;
use crate::client::walk::{ReplicaRead, Walk, Walked};
use crate::client::{ScanOptions, is_wrongtype, reply_int, ttl_ms};
use crate::cmd::scan_options;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{
    NamedBytes, Output, Report, add_row, ago, bytes_cell, cell, human_duration, human_ms,
    show_bytes,
};
use clap::Args;
use serde::Serialize;
use std::time::Duration;

#[derive(Debug, Args)]
pub struct TopArgs {
    /// Endpoint category whose users to rank, e.g. withdrawal
    #[arg(long, value_name = "CAT")]
    pub category: String,

    /// How many users to show
    #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub count: u64,

    #[command(flatten)]
    pub policy: PolicyArgs,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

/// At most this many keys without a TTL are listed (all are counted).
const NO_TTL_LISTED: usize = 100;

/// What the walk gathers.
#[derive(Default)]
struct Found {
    rows: Vec<UserRow>,
    /// Keys without a TTL (the first [`NO_TTL_LISTED`]) and how many there are.
    no_ttl: Vec<Vec<u8>>,
    no_ttl_count: u64,
    not_zset: Vec<Vec<u8>>,
    matched: u64,
}

pub async fn run(args: TopArgs, ctx: &Ctx) -> Result<()> {
    let category = args.category.clone().into_bytes();
    let policy = effective_policy(platform_policy(ctx, &category), &args.policy);
    let window_secs = policy.window.as_secs_f64();
    let tpl = &ctx.settings.keyspace.ratelimit;
    let glob = tpl.glob(&[("category", &category)], false);
    let client = ctx.connect().await?;
    // One clock reading for the whole scan: the ranking is as of this instant.
    let now = server_or_local(ctx, client.server_time().await)?;
    let lower = format!("({}", now - window_secs);
    let ms_bound = format!("({}", PLAUSIBLE_SECS.end());
    let low_bound = format!("({}", PLAUSIBLE_SECS.start());
    let opts = ScanOptions {
        pattern: Some(glob.clone()),
        ..scan_options(&args.scan)
    };
    // Per key, in one pipeline per SCAN batch: the window's count and oldest entry, the
    // set's size, its TTL, and the entries whose score is not Unix seconds.
    const PER_KEY: usize = 6;
    let Walked {
        value: mut found,
        coverage,
    } = Walk::new(ctx, &client, opts)
        .keys(
            Found::default(),
            "reading rate-limit windows",
            |k| {
                vec![
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
            },
            |found, key, r, _node| {
                found.matched += 1;
                if r.len() < PER_KEY {
                    return Ok(());
                }
                if is_wrongtype(&r[0]) {
                    found.not_zset.push(key);
                    return Ok(());
                }
                let total = reply_int(&r[2]).unwrap_or(0).max(0) as u64;
                if total == 0 {
                    return Ok(()); // removed between SCAN and the read
                }
                let count = reply_int(&r[0]).unwrap_or(0).max(0) as u64;
                let oldest = r[1]
                    .as_ref()
                    .ok()
                    .and_then(|v| scored(v, "reading the oldest entry in the window").ok())
                    .and_then(|e| e.first().map(|e| e.score));
                let ttl = ttl_ms(reply_int(&r[3]).unwrap_or(-1));
                if ttl.is_none() {
                    found.no_ttl_count += 1;
                    if found.no_ttl.len() < NO_TTL_LISTED {
                        found.no_ttl.push(key.clone());
                    }
                }
                let implausible =
                    (reply_int(&r[4]).unwrap_or(0) + reply_int(&r[5]).unwrap_or(0)).max(0) as u64;
                found.rows.push(UserRow {
                    user: NamedBytes::new(
                        "user",
                        tpl.extract_one(&key, "user").unwrap_or_else(|| key.clone()),
                    ),
                    key: NamedBytes::new("key", key),
                    count,
                    limit: policy.limit,
                    verdict: verdict(count, oldest, now, window_secs, policy.limit),
                    stale: total.saturating_sub(count),
                    oldest,
                    ttl_ms: ttl,
                    implausible,
                });
                Ok(())
            },
        )
        .await?;
    let mut rows = std::mem::take(&mut found.rows);
    sort_rows(&mut rows);
    let users = rows.len();
    rows.truncate(args.count as usize);
    let (mut no_ttl, mut not_zset) = (found.no_ttl, found.not_zset);
    no_ttl.sort();
    not_zset.sort();

    let report = TopReport {
        no_match_hint: format!(
            "no key matches {}{} (the whole keyspace was scanned): no user of category '{}' \
             has a rate-limit window{}",
            show_bytes(&glob),
            ctx.settings.db_note(),
            args.category,
            known_categories_hint(ctx, &category)
        ),
        category: args.category,
        limit: policy.limit,
        window_ms: policy.window_ms(),
        now,
        users_total: users,
        users: rows,
        without_ttl_count: found.no_ttl_count,
        without_ttl: no_ttl.iter().map(|k| show_bytes(k)).collect(),
        not_sorted_sets: not_zset.iter().map(|k| show_bytes(k)).collect(),
        keys_matched: found.matched,
        partial: coverage.partial(),
        missed: coverage.missed.clone(),
        replicas: coverage.replicas.clone(),
        window: policy.window,
    };
    ctx.out.emit(&report)?;
    let no_ttl_count = found.no_ttl_count;
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

/// One user's row in `top`.
#[derive(Debug, Serialize)]
pub struct UserRow {
    #[serde(flatten)]
    pub key: NamedBytes,
    #[serde(flatten)]
    pub user: NamedBytes,
    /// Entries in the window.
    pub count: u64,
    pub limit: u64,
    #[serde(flatten)]
    pub verdict: Verdict,
    pub stale: u64,
    /// The oldest entry in the window.
    pub oldest: Option<f64>,
    pub ttl_ms: Option<i64>,
    pub implausible: u64,
}

/// Highest count first; among equals the longest wait, then by key.
fn sort_rows(rows: &mut [UserRow]) {
    rows.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| b.verdict.retry_after_secs.cmp(&a.verdict.retry_after_secs))
            .then_with(|| a.key.bytes.cmp(&b.key.bytes))
    });
}

/// What `top` reports: the top users of the category, and the keys that need a look.
#[derive(Debug, Serialize)]
pub struct TopReport {
    pub category: String,
    pub limit: u64,
    pub window_ms: u64,
    /// The one clock reading the whole ranking is judged by.
    pub now: f64,
    /// Users with entries (before `--count`).
    pub users_total: usize,
    pub users: Vec<UserRow>,
    pub without_ttl_count: u64,
    /// The first of them (100 at most).
    pub without_ttl: Vec<String>,
    pub not_sorted_sets: Vec<String>,
    pub keys_matched: u64,
    pub partial: bool,
    pub missed: Vec<String>,
    /// `--replicas`: the replicas read, with their lag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<Vec<ReplicaRead>>,
    #[serde(skip)]
    pub window: Duration,
    /// For the table, when no key matched.
    #[serde(skip)]
    pub no_match_hint: String,
}

impl Report for TopReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        if self.users.is_empty() && self.keys_matched == 0 {
            out.hint(&self.no_match_hint);
        } else if self.users.is_empty() {
            out.hint(&format!(
                "{} rate-limit key(s) of category '{}' match, none holds entries",
                self.keys_matched, self.category
            ));
        } else {
            render_top(out, self)?;
        }
        out.hint(&format!(
            "{} users with entries; policy {} per {}; as of server time {}",
            self.users_total,
            self.limit,
            human_duration(self.window),
            self.now
        ));
        Ok(())
    }
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

fn render_top(out: &Output, report: &TopReport) -> Result<()> {
    let mut t = out.new_table(&[
        "user",
        "in window",
        "next attempt",
        "stale",
        "oldest in window",
        "ttl",
    ]);
    for r in &report.users {
        let next = if r.verdict.allowed {
            cell(format!("allowed ({} left)", r.verdict.remaining))
        } else {
            out.alert_cell(match r.verdict.retry_after_secs {
                Some(s) => format!("REFUSED: retry after {s}s"),
                None => "REFUSED".into(),
            })
        };
        let ttl = match r.ttl_ms {
            None => out.alert_cell("NO TTL"),
            Some(ms) => cell(human_ms(ms)),
        };
        let mut count = format!("{} / {}", r.count, r.limit);
        if r.implausible > 0 {
            count.push_str(&format!(" ({} implausible)", r.implausible));
        }
        add_row(
            &mut t,
            vec![
                bytes_cell(&r.user.bytes),
                cell(count),
                next,
                cell(r.stale.to_string()),
                cell(
                    r.oldest
                        .map(|o| ago(o, report.now))
                        .unwrap_or_else(|| "-".into()),
                ),
                ttl,
            ],
        );
    }
    out.table(t)
}
