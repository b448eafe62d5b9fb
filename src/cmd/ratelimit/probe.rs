//! `redops ratelimit probe`: one user's window as the limiter's next attempt would see it.

use super::model::{
    PolicyArgs, RateKey, Target, effective_policy, entries, implausible_warning, platform_policy,
    server_or_local, wrong_type,
};
use super::window::{is_plausible, verdict, window_state};
use crate::client::reply::server_time;
use crate::client::{Prefetch, reply_bytes, reply_int, ttl_ms};
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{
    Output, Report, add_row, ago, bytes_cell, cell, human_duration, human_ms, show_bytes,
};
use clap::Args;
use comfy_table::Cell;
use redis::Value as RValue;
use serde::Serialize;
use std::time::Duration;

#[derive(Debug, Args)]
pub struct ProbeArgs {
    #[command(flatten)]
    pub target: Target,

    #[command(flatten)]
    pub policy: PolicyArgs,
}

/// Read at most this many of the highest-scored members. The window's entries are the highest
/// scores, so for any set up to this size, or whose window fits in it, the answer is exact.
fn probe_read_cap(limit: u64) -> u64 {
    limit.saturating_mul(2).clamp(1000, 100_000)
}

pub async fn run(args: ProbeArgs, ctx: &Ctx) -> Result<()> {
    let rk = RateKey::resolve(ctx, &args.target);
    let policy = effective_policy(
        platform_policy(ctx, rk.category().unwrap_or_default()),
        &args.policy,
    );
    if rk.category().is_none() && (args.policy.limit.is_none() || args.policy.window.is_none()) {
        ctx.out.hint(&format!(
            "{} does not follow the pattern {}: using the default policy ({} per {}); pass --limit and --window to set it",
            show_bytes(rk.key()),
            ctx.settings.keyspace.ratelimit,
            policy.limit,
            human_duration(policy.window)
        ));
    }
    let window_secs = policy.window.as_secs_f64();
    let cap = probe_read_cap(policy.limit);
    let key = rk.key();
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
    let now = server_or_local(ctx, server_time(&reply(0)))?;
    let kind = reply_bytes(&reply(1)).unwrap_or_default();
    let exists = match kind.as_slice() {
        b"zset" => true,
        b"none" => false,
        other => return Err(wrong_type(key, other)),
    };
    let (entries, total) = if exists {
        (
            entries(&reply(3), key)?,
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

    let report = ProbeReport {
        target: rk.clone(),
        limit: policy.limit,
        window_ms: policy.window_ms(),
        count: state.count,
        stale: state.stale,
        remaining: state.verdict.remaining,
        allowed: state.verdict.allowed,
        retry_after_secs: state.verdict.retry_after_secs,
        oldest: state.oldest,
        newest: state.newest,
        ttl_ms: ttl,
        implausible: state.implausible,
        exists,
        now,
        truncated,
        window: policy.window,
    };
    ctx.out.emit(&report)?;
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

/// What `probe` reports: the window as the next attempt would see it.
#[derive(Debug, Serialize)]
pub struct ProbeReport {
    #[serde(flatten)]
    pub target: RateKey,
    pub limit: u64,
    pub window_ms: u64,
    /// Entries in the window (a lower bound when `truncated`).
    pub count: u64,
    pub stale: u64,
    pub remaining: u64,
    pub allowed: bool,
    pub retry_after_secs: Option<u64>,
    pub oldest: Option<f64>,
    pub newest: Option<f64>,
    pub ttl_ms: Option<i64>,
    pub implausible: u64,
    pub exists: bool,
    /// The server's clock (or this machine's, when the ACL refuses TIME).
    pub now: f64,
    /// Only the newest entries were read, all in the window: `count` is a lower bound.
    pub truncated: bool,
    /// The policy's window (the table shows it; JSON has `window_ms`).
    #[serde(skip)]
    pub window: Duration,
}

fn time_cell(t: Option<f64>, now: f64) -> String {
    match t {
        Some(t) if is_plausible(t) => format!("{t} ({})", ago(t, now)),
        Some(t) => format!("{t} (not Unix seconds)"),
        None => "-".into(),
    }
}

impl Report for ProbeReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        let mut t = out.new_table(&["window", "as the next attempt sees it"]);
        let next = if self.allowed {
            cell(format!("allowed ({} remaining)", self.remaining))
        } else {
            let retry = self
                .retry_after_secs
                .map(|r| format!("retry after {r}s"))
                .unwrap_or_else(|| "retry-after unknown".into());
            out.alert_cell(format!("REFUSED: {retry}"))
        };
        let count = if self.truncated {
            format!("at least {}", self.count)
        } else {
            self.count.to_string()
        };
        let ttl_cell = match (self.exists, self.ttl_ms) {
            (false, _) => cell("- (no key: full quota)"),
            (true, None) => out.alert_cell("NO TTL: never expires"),
            (true, Some(ms)) => cell(human_ms(ms)),
        };
        let rows: Vec<(&str, Cell)> = vec![
            ("key", bytes_cell(self.target.key())),
            (
                "policy",
                cell(format!(
                    "{} per {}",
                    self.limit,
                    human_duration(self.window)
                )),
            ),
            ("in window", cell(format!("{count} of {}", self.limit))),
            ("next attempt", next),
            ("stale (still stored)", cell(self.stale.to_string())),
            ("oldest in window", cell(time_cell(self.oldest, self.now))),
            ("newest in window", cell(time_cell(self.newest, self.now))),
            ("ttl", ttl_cell),
            ("server time", cell(format!("{}", self.now))),
        ];
        for (name, value) in rows {
            add_row(&mut t, vec![cell(name), value]);
        }
        if self.implausible > 0 {
            add_row(
                &mut t,
                vec![
                    cell("implausible scores"),
                    out.warn_cell(self.implausible.to_string()),
                ],
            );
        }
        out.table(t)
    }
}
