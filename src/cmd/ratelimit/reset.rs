//! `redops ratelimit reset`: clears one user's window, removing exactly the entries the
//! operator was shown, each only while its score is unchanged, in audited chunks.

use super::model::{RateKey, Target, entries, platform_policy, server_or_local, wrong_type};
use super::window::{is_plausible, window_state};
use crate::audit_log::{Outcome, Skipped, Status};
use crate::client::reply::{Scored, server_time};
use crate::client::scripts::RATELIMIT_CONDITIONAL_REMOVE;
use crate::client::{reply_bytes, reply_int};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{NamedBytes, Output, Report, add_row, ago, bytes_cell, cell, show_bytes};
use crate::safety::{self, Gate, Plan, PriorItem};
use clap::Args;
use redis::Value as RValue;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ResetArgs {
    #[command(flatten)]
    pub target: Target,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

/// What a reset did to one member it read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fate {
    Removed,
    /// Changed or gone since it was read: left alone.
    Skipped,
    /// The run stopped before this member's chunk was sent (or at this member): still there.
    NotAttempted,
    /// Sent in a chunk whose reply was lost.
    Unknown,
}

/// Members one reset reads and removes at most; a larger set needs more runs.
const RESET_MAX: i64 = 10_000;

/// The most members one reset script removes without a latency budget (`--latency-budget off`).
const RESET_CHUNK_MAX: usize = 1_000;

pub async fn run(args: ResetArgs, ctx: &Ctx) -> Result<()> {
    const COMMAND: &str = "ratelimit reset";
    safety::preflight(ctx, COMMAND)?;
    let rk = RateKey::resolve(ctx, &args.target);
    let key = rk.key().to_vec();
    let shown = show_bytes(&key);
    let policy = platform_policy(ctx, rk.category().unwrap_or_default());
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
    let now = server_or_local(ctx, server_time(&reply(0)))?;
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
    let entries = entries(&reply(3), &key)?;
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
        context: crate::output::to_json(&ResetContext {
            target: &rk,
            server_time: now,
        })?,
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => {
            let dry = ResetDryRun {
                target: rk,
                read: entries.len(),
                would_remove: entries.len(),
                removed: None,
                skipped: None,
                left,
                remaining: total,
                members: member_lines(&entries, None),
                dry_run: true,
                now,
            };
            safety::report_dry_run(ctx, &plan, &dry)?;
            // Below the plan's summary, a human also sees the entries it would remove.
            return if ctx.out.is_table() {
                dry.render_members(&ctx.out)
            } else {
                Ok(())
            };
        }
        Gate::Proceed(id) => id,
    };

    // Remove exactly what was read, each member only while its score is unchanged: one
    // atomic script per chunk, each chunk sized to the latency budget and named in the audit
    // trail before it is sent.
    let mut fates = vec![Fate::NotAttempted; entries.len()];
    let mut chunks =
        safety::Chunks::new(ctx, &id, &client, &key, RESET_CHUNK_MAX, entries.len()).await;
    let mut stop: Option<Error> = None;
    while stop.is_none() {
        let (from, n) = match chunks.next_chunk() {
            None => break,
            Some(Ok(range)) => (range.start, range.len()),
            Some(Err(e)) => {
                stop = Some(e);
                break;
            }
        };
        let mut argv: Vec<&[u8]> = Vec::with_capacity(n * 2);
        for e in &entries[from..from + n] {
            argv.push(&e.member);
            argv.push(e.score_text.as_bytes());
        }
        let started = std::time::Instant::now();
        let outcome = RATELIMIT_CONDITIONAL_REMOVE
            .write(&client, &[&key], &argv, &format!("resetting {shown}"))
            .await;
        let took = started.elapsed();
        let mut applied = Vec::new();
        match outcome {
            Ok(RValue::Array(v)) if v.len() <= n => {
                for (i, x) in v.iter().enumerate() {
                    match x {
                        RValue::Int(1) => {
                            fates[from + i] = Fate::Removed;
                            applied.push(from + i);
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
                if safety::write_failure_status(&e) == Status::Unknown {
                    for f in &mut fates[from..from + n] {
                        *f = Fate::Unknown;
                    }
                }
                stop = Some(e);
            }
        }
        chunks.sent(took, applied);
    }
    let count = |f: Fate| fates.iter().filter(|x| **x == f).count();
    let (removed, skipped) = (count(Fate::Removed), count(Fate::Skipped));
    let (not_attempted, unknown) = (count(Fate::NotAttempted), count(Fate::Unknown));
    let status = match (&stop, unknown) {
        (None, _) => Status::Reset,
        (Some(_), 0) => Status::Failed,
        (Some(_), _) => Status::Unknown,
    };
    let mut outcome = Outcome::new(status)
        .removed(
            plan.items
                .iter()
                .zip(&fates)
                .filter(|(_, f)| **f == Fate::Removed)
                .map(|(i, _)| i),
        )
        .skipped(Skipped::Count(skipped as u64))
        .with("not_attempted", not_attempted)
        .with("unknown", unknown)
        .with("chunks", chunks.count());
    if let Some(e) = &stop {
        outcome = outcome.error(e.message.clone());
    }
    safety::record_outcome(ctx, &id, outcome);
    ctx.out.emit(&ResetReport {
        target: rk,
        read: entries.len(),
        removed,
        skipped,
        not_attempted,
        unknown,
        left,
        remaining: total.saturating_sub(removed as u64),
        members: member_lines(&entries, Some(&fates)),
        stopped: stop.is_some(),
    })?;
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

/// The `context` of the audit intent line: the key and the clock the window was judged by.
#[derive(Serialize)]
struct ResetContext<'a> {
    #[serde(flatten)]
    target: &'a RateKey,
    server_time: f64,
}

/// One member in a reset report; after the run, what became of it.
#[derive(Debug, Serialize)]
pub struct MemberLine {
    #[serde(flatten)]
    pub member: NamedBytes,
    /// Redis's text of the score (the removal is conditional on it).
    pub score: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Fate>,
    /// The parsed score (the table's age column).
    #[serde(skip)]
    pub value: f64,
}

fn member_lines(entries: &[Scored], fates: Option<&[Fate]>) -> Vec<MemberLine> {
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let fate = fates.map(|r| r.get(i).copied().unwrap_or(Fate::NotAttempted));
            MemberLine {
                member: NamedBytes::new("member", e.member.clone()),
                score: e.score_text.clone(),
                removed: fate.map(|f| f == Fate::Removed),
                outcome: fate,
                value: e.score,
            }
        })
        .collect()
}

/// What `reset --dry-run` reports (through [`safety::report_dry_run`]): what would be
/// removed; nothing was.
#[derive(Debug, Serialize)]
pub struct ResetDryRun {
    #[serde(flatten)]
    pub target: RateKey,
    pub read: usize,
    pub would_remove: usize,
    /// Always `null`: nothing was removed.
    pub removed: Option<usize>,
    /// Always `null`: nothing was attempted.
    pub skipped: Option<usize>,
    /// Entries beyond what one reset reads, left for another run.
    pub left: u64,
    pub remaining: u64,
    pub members: Vec<MemberLine>,
    pub dry_run: bool,
    /// The clock the entries' ages are shown against.
    #[serde(skip)]
    pub now: f64,
}

impl ResetDryRun {
    /// The entries it would remove, with their age (the table below the dry run's summary).
    pub fn render_members(&self, out: &Output) -> Result<()> {
        let mut t = out.new_table(&["member", "score", "age"]);
        for m in &self.members {
            add_row(
                &mut t,
                vec![
                    bytes_cell(&m.member.bytes),
                    cell(&m.score),
                    if is_plausible(m.value) {
                        cell(ago(m.value, self.now))
                    } else {
                        out.warn_cell("implausible score")
                    },
                ],
            );
        }
        out.table(t)
    }
}

/// What `reset` reports: what became of each member it read.
#[derive(Debug, Serialize)]
pub struct ResetReport {
    #[serde(flatten)]
    pub target: RateKey,
    pub read: usize,
    pub removed: usize,
    pub skipped: usize,
    pub not_attempted: usize,
    pub unknown: usize,
    pub left: u64,
    /// Entries the key holds after the run (as far as this run knows).
    pub remaining: u64,
    pub members: Vec<MemberLine>,
    /// The run stopped part-way (the table then says what was not attempted).
    #[serde(skip)]
    pub stopped: bool,
}

impl Report for ResetReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        let mut text = format!(
            "removed {} entr{} from {}; {} skipped (changed or already gone since read)",
            self.removed,
            if self.removed == 1 { "y" } else { "ies" },
            show_bytes(self.target.key()),
            self.skipped
        );
        if self.stopped {
            text.push_str(&format!(
                "; {} not attempted; {} with an unknown outcome",
                self.not_attempted, self.unknown
            ));
        }
        out.say(&format!("{text}\n"))
    }
}
