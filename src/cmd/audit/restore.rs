//! `redops audit restore`: puts back what one audited action is known to have removed (its
//! outcome's `removed`), each item with a single write that never overwrites what is present
//! now; dry-runnable, confirmed and audited as every change. An action audited in parts (a
//! large `session kill`) is restored by [`super::parts`].

use super::{open_log, read_error};
use crate::audit_log::{self, Chunk, Line, Outcome, Phase, Skipped, Status};
use crate::client::scripts::{
    AUDIT_RESTORE_HASH_FIELD, AUDIT_RESTORE_STREAM_ENTRY, AUDIT_RESTORE_ZSET_MEMBER,
};
use crate::client::{Feature, reply_int};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Output, Report, show_bytes};
use crate::safety::{self, Gate, Plan, PriorItem};
use clap::Args;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The action's id, as `audit show` prints it
    pub id: String,

    /// Stream to re-add acknowledged or moved stream entries to (required for those)
    #[arg(long, value_name = "STREAM")]
    pub to_stream: Option<String>,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

/// An item of a restore's report: the prior item as the audit log holds it, its label
/// (`KEY field FIELD`, ...) and, for one not put back, why.
#[derive(Debug, Clone, Serialize)]
pub(super) struct ListedItem {
    #[serde(flatten)]
    pub item: PriorItem,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl ListedItem {
    pub fn restored(item: &PriorItem) -> ListedItem {
        ListedItem {
            item: item.clone(),
            label: item_label(item),
            reason: None,
        }
    }

    pub fn skipped(item: &PriorItem, reason: &str) -> ListedItem {
        ListedItem {
            reason: Some(reason.to_owned()),
            ..ListedItem::restored(item)
        }
    }
}

/// What `audit restore` reports: what was (or, in a dry run, would be) put back, and what was
/// skipped with the reason.
#[derive(Debug, Serialize)]
struct Restored {
    restored: Vec<ListedItem>,
    skipped: Vec<ListedItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dry_run: Option<bool>,
    /// A dry run: the plan's summary, for the table.
    #[serde(skip)]
    would: Option<String>,
}

impl Report for Restored {
    fn render_table(&self, out: &Output) -> Result<()> {
        match &self.would {
            Some(summary) => {
                let lines: Vec<String> = self
                    .restored
                    .iter()
                    .map(|i| format!("  {}", i.label))
                    .collect();
                out.say(&format!(
                    "dry run: would {summary}:\n{}\n{}",
                    lines.join("\n"),
                    skipped_lines(&self.skipped)
                ))
            }
            None => out.say(&format!(
                "restored {} item(s), skipped {}\n{}",
                self.restored.len(),
                self.skipped.len(),
                skipped_lines(&self.skipped)
            )),
        }
    }
}

pub(super) async fn run(args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    restore(args, ctx).await
}

/// One audited action: its intent line and, when recorded (and readable), its outcome.
pub(super) struct Action {
    pub intent: Value,
    outcome: Option<Outcome>,
    /// The `chunk` lines of a chunked change, in order (see [`safety::record_chunk`]).
    chunks: Vec<Chunk>,
}

impl Action {
    /// The outcome line, or, for a chunked change interrupted before it wrote one, what its
    /// chunk lines prove: the items each finished chunk applied (`status: "interrupted"`).
    fn outcome(&self, prior: &[PriorItem]) -> Option<Outcome> {
        if self.outcome.is_some() || self.chunks.is_empty() {
            return self.outcome.clone();
        }
        let removed = self
            .chunks
            .iter()
            .flat_map(|c| &c.previous_applied)
            .filter_map(|i| prior.get(*i));
        Some(
            Outcome::new(Status::Interrupted)
                .removed(removed)
                .with("chunks", self.chunks.len()),
        )
    }
}

/// The actions whose intent line `keep` selects, with their outcomes, read a line at a time:
/// memory grows with what is kept, not with the size of the log. A line that is not JSON (a
/// torn tail, a damaged line) is reported and skipped.
fn read_actions(ctx: &Ctx, keep: impl Fn(&Value) -> bool) -> Result<Vec<Action>> {
    let path = safety::audit_path(ctx);
    let Some(file) = open_log(ctx)? else {
        return Ok(Vec::new());
    };
    let mut actions: Vec<Action> = Vec::new();
    audit_log::for_each_line(file, |n, _, _, line| {
        match line {
            Line::Bad { torn, error } => ctx
                .out
                .warn(&audit_log::bad_line_warning(&path, n, torn, &error)),
            Line::Json(v) => match Phase::of(&v) {
                Some(Phase::Chunk) => {
                    if let Some(a) = actions
                        .iter_mut()
                        .rev()
                        .find(|a| a.intent.get("id") == v.get("id"))
                        && let Ok(c) = Chunk::deserialize(&v)
                    {
                        a.chunks.push(c);
                    }
                }
                // The parts of a large change: read by `restore_parts`, one at a time.
                Some(Phase::Part | Phase::PartOutcome) => {}
                Some(Phase::Outcome) => {
                    if let Some(a) = actions
                        .iter_mut()
                        .rev()
                        .find(|a| a.intent.get("id") == v.get("id"))
                    {
                        a.outcome = v.get("outcome").and_then(|o| Outcome::from_json(o).ok());
                    }
                }
                _ if keep(&v) => actions.push(Action {
                    intent: v,
                    outcome: None,
                    chunks: Vec::new(),
                }),
                _ => {}
            },
        }
        true
    })
    .map_err(|e| read_error(ctx, e))?;
    Ok(actions)
}

/// Splits an action's prior items into those its outcome line lists as removed, and the others
/// with the reason they are not put back.
fn removed_by(
    outcome: Option<&Outcome>,
    items: Vec<PriorItem>,
) -> (Vec<PriorItem>, Vec<(PriorItem, String)>) {
    let removed: &[PriorItem] = outcome
        .and_then(|o| o.removed.as_deref())
        .unwrap_or_default();
    let why = match outcome {
        None => "no outcome was recorded for this action (redops stopped before the reply came), so whether it removed this is unknown: check its current state by hand".to_owned(),
        Some(o) => match &o.status {
            Status::Interrupted => "redops stopped in the middle of this chunked action (no outcome line): its audit trail proves this was not removed by a finished chunk; it was in the chunk in flight or never sent: check its current state by hand".to_owned(),
            s if s.is_unknown() => "the action's outcome is unknown (its reply was lost or unexpected), so whether it removed this is unknown: check its current state by hand".to_owned(),
            s if o.removed.is_none() => format!(
                "the outcome ({s}) does not list what was removed (an audit line from an older redops): check its current state by hand"
            ),
            Status::Failed => "the action did not remove this (it had changed or gone since it was read, or the run stopped before it: see the outcome's not_attempted)".to_owned(),
            _ => "the action did not remove this (it had changed or gone since it was read, or was not sent: see the outcome)".to_owned(),
        },
    };
    let mut put_back = Vec::new();
    let mut not_removed = Vec::new();
    for item in items {
        if removed.contains(&item) {
            put_back.push(item);
        } else {
            not_removed.push((item, why.clone()));
        }
    }
    (put_back, not_removed)
}

/// How a restored item whose reply was lost is reported (and recognised).
pub(super) const OUTCOME_UNKNOWN: &str = "outcome unknown";

/// Splits the stream entries an earlier `audit restore` of action `id` re-added, or may have
/// (its outcome, or that item's, is unknown), from the items still to put back.
fn not_readded(
    actions: &[Action],
    id: &str,
    items: Vec<PriorItem>,
) -> (Vec<PriorItem>, Vec<(PriorItem, String)>) {
    let earlier: Vec<(&str, Option<&Vec<PriorItem>>)> = actions
        .iter()
        .filter(|a| {
            a.intent.get("command").and_then(Value::as_str) == Some("audit restore")
                && a.intent
                    .get("context")
                    .and_then(|c| c.get("restores"))
                    .and_then(Value::as_str)
                    == Some(id)
        })
        .map(|a| {
            let rid = a.intent.get("id").and_then(Value::as_str).unwrap_or("?");
            let put_back = a
                .outcome
                .as_ref()
                .filter(|o| o.status.is_restore_finished())
                .and_then(|o| o.put_back.as_ref());
            (rid, put_back)
        })
        .collect();
    let mut keep = Vec::new();
    let mut again = Vec::new();
    for item in items {
        if !matches!(item, PriorItem::StreamEntry { .. }) {
            keep.push(item);
            continue;
        }
        let why = earlier.iter().find_map(|(rid, put_back)| match put_back {
            Some(list) => list
                .contains(&item)
                .then(|| format!("already re-added by audit restore {rid}")),
            None => Some(format!(
                "audit restore {rid} of this action may have re-added it (its outcome is unknown): check the stream before adding it again"
            )),
        });
        match why {
            Some(why) => again.push((item, why)),
            None => keep.push(item),
        }
    }
    (keep, again)
}

/// `  skipped LABEL: REASON` lines for the table output.
pub(super) fn skipped_lines(skipped: &[ListedItem]) -> String {
    skipped
        .iter()
        .map(|s| {
            format!(
                "  skipped {}: {}\n",
                s.label,
                s.reason.as_deref().unwrap_or("?")
            )
        })
        .collect()
}

/// How one item is put back: a single write that never overwrites current state.
pub(super) fn restore_cmd(
    item: &PriorItem,
    to_stream: Option<&[u8]>,
) -> std::result::Result<redis::Cmd, String> {
    Ok(match item {
        PriorItem::String { key, value, ttl_ms } => {
            let mut c = redis::cmd("SET");
            c.arg(key).arg(value).arg("NX");
            if let Some(ms) = ttl_ms.filter(|ms| *ms > 0) {
                c.arg("PX").arg(ms);
            }
            c
        }
        PriorItem::HashField {
            key,
            field,
            value,
            key_ttl_ms,
            field_ttl_ms,
        } => {
            // HSETNX, the hash's TTL back if this re-created it without one, and the field's
            // own TTL (as much as it had left when it was removed): atomically.
            let ms = |t: &Option<i64>| {
                t.filter(|ms| *ms > 0)
                    .map(|ms| ms.to_string())
                    .unwrap_or_default()
            };
            let (key_ttl, field_ttl) = (ms(key_ttl_ms), ms(field_ttl_ms));
            AUDIT_RESTORE_HASH_FIELD.eval(
                &[key],
                &[field, value, key_ttl.as_bytes(), field_ttl.as_bytes()],
            )
        }
        PriorItem::ZsetMember {
            key,
            member,
            score,
            key_ttl_ms,
        } => {
            // ZADD NX, and the set's TTL back if this re-created it without one: atomically.
            let key_ttl = key_ttl_ms
                .filter(|ms| *ms > 0)
                .map(|ms| ms.to_string())
                .unwrap_or_default();
            AUDIT_RESTORE_ZSET_MEMBER.eval(&[key], &[score.as_bytes(), member, key_ttl.as_bytes()])
        }
        PriorItem::StreamEntry {
            fields: None, id, ..
        } => {
            return Err(format!(
                "entry {id} had been deleted from its stream; there are no fields to put back"
            ));
        }
        PriorItem::StreamEntry {
            fields: Some(fields),
            id,
            stream_ttl_ms,
            ..
        } => {
            let Some(to) = to_stream else {
                return Err(format!(
                    "entry {id} is a stream entry: pass --to-stream STREAM to re-add it"
                ));
            };
            if fields.is_empty() {
                return Err(format!(
                    "entry {id} has no fields; a stream entry cannot be added without one"
                ));
            }
            // XADD, and the TTL the stream had if the one it goes to has none: atomically.
            let ttl = stream_ttl_ms
                .filter(|ms| *ms > 0)
                .map(|ms| ms.to_string())
                .unwrap_or_default();
            let mut args: Vec<&[u8]> = vec![ttl.as_bytes()];
            for (f, v) in fields {
                args.push(f);
                args.push(v);
            }
            AUDIT_RESTORE_STREAM_ENTRY.eval(&[to], &args)
        }
    })
}

pub(super) fn item_label(item: &PriorItem) -> String {
    match item {
        PriorItem::String { key, .. } => show_bytes(key),
        PriorItem::HashField { key, field, .. } => {
            format!("{} field {}", show_bytes(key), show_bytes(field))
        }
        PriorItem::ZsetMember { key, member, .. } => {
            format!("{} member {}", show_bytes(key), show_bytes(member))
        }
        PriorItem::StreamEntry { stream, id, .. } => format!("{} entry {id}", show_bytes(stream)),
    }
}

const COMMAND: &str = "audit restore";

/// A restore's status, recorded as what happened: one that put nothing back is not "restored".
pub(super) fn restore_status(restored: usize, skipped: usize) -> Status {
    match (restored, skipped) {
        (0, _) => Status::NothingRestored,
        (_, 0) => Status::Restored,
        _ => Status::PartlyRestored,
    }
}
/// Restores sent per round trip (each one small script).
pub(super) const RESTORE_BATCH: usize = 1_000;
/// Skipped items a table lists at most (JSON lists them all).
pub(super) const SKIPPED_LISTED: usize = 1_000;

async fn restore(args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    safety::preflight(ctx, COMMAND)?;
    let _lock = if ctx.settings.dry_run {
        None
    } else {
        let path = safety::audit_path(ctx);
        Some(audit_log::lock_restores(&path).map_err(|e| {
            Error::refused(format!(
                "cannot lock the audit log {} for a restore: {e}; nothing was changed",
                path.display()
            ))
        })?)
    };
    restore_locked(args, ctx).await
}

async fn restore_locked(args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    // Only this action and the earlier restores of it are kept in memory.
    let actions = read_actions(ctx, |intent| {
        intent.get("id").and_then(Value::as_str) == Some(args.id.as_str())
            || intent
                .get("context")
                .and_then(|c| c.get("restores"))
                .and_then(Value::as_str)
                == Some(args.id.as_str())
    })?;
    let action = actions
        .iter()
        .find(|a| a.intent.get("id").and_then(Value::as_str) == Some(args.id.as_str()))
        .ok_or_else(|| {
            Error::not_found(format!(
                "no action with id {} in {}",
                args.id,
                safety::audit_path(ctx).display()
            ))
            .hint("`redops audit show` lists the ids")
        })?;
    if action
        .intent
        .get("context")
        .and_then(|c| c.get("audit_parts"))
        .and_then(Value::as_bool)
        == Some(true)
    {
        return super::parts::restore(&args, ctx, action).await;
    }
    let items = PriorItem::list_of(&action.intent)
        .map_err(|e| Error::data(format!("audit action {}: {e}", args.id)))?;
    if items.is_empty() {
        return Err(Error::not_found(format!(
            "audit action {} removed nothing; there is nothing to put back",
            args.id
        )));
    }
    // Only what the outcome line confirms was removed: an item the action skipped (changed
    // meanwhile), or whose removal is unknown, was not taken out by it; putting it back could
    // bring back a session that ended since, or duplicate a stream entry that is still pending.
    let outcome = action.outcome(&items);
    let (items, mut not_removed) = removed_by(outcome.as_ref(), items);
    // A stream entry is re-added as a new entry, which nothing makes idempotent: one that an
    // earlier restore of this action put back (or may have) is not added a second time.
    let (items, again) = not_readded(&actions, &args.id, items);
    not_removed.extend(again);
    if items.is_empty() {
        let mut why: Vec<&str> = Vec::new();
        for (_, w) in &not_removed {
            if !why.contains(&w.as_str()) {
                why.push(w);
            }
        }
        return Err(Error::not_found(format!(
            "audit action {} has nothing left to put back: {}",
            args.id,
            why.join("; ")
        ))
        .hint(format!(
            "`redops audit show -o json` has its prior values and outcome (id {})",
            args.id
        )));
    }
    let to_stream = args.to_stream.as_deref().map(str::as_bytes);
    if to_stream.is_none()
        && items.iter().any(|i| {
            matches!(
                i,
                PriorItem::StreamEntry {
                    fields: Some(_),
                    ..
                }
            )
        })
    {
        return Err(Error::usage(format!("audit action {} removed stream entries: pass --to-stream STREAM to re-add them", args.id))
            .hint("the original stream is named in each item's `stream` field (`redops audit show -o json`)"));
    }
    let cmds: Vec<std::result::Result<redis::Cmd, String>> =
        items.iter().map(|i| restore_cmd(i, to_stream)).collect();
    let command = action
        .intent
        .get("command")
        .and_then(Value::as_str)
        .unwrap_or("?");
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "put back {} item(s) removed by `{command}` (audit id {}), without overwriting anything present now",
            items.len(),
            args.id
        ),
        items: Vec::new(),
        context: json!({ "restores": args.id, "items": items.iter().map(PriorItem::to_json).collect::<Vec<_>>() }),
    };
    let not_removed: Vec<ListedItem> = not_removed
        .iter()
        .map(|(i, why)| ListedItem::skipped(i, why))
        .collect();
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => {
            return ctx.out.emit(&Restored {
                restored: items.iter().map(ListedItem::restored).collect(),
                skipped: not_removed,
                dry_run: Some(true),
                would: Some(plan.summary),
            });
        }
        Gate::Proceed(id) => id,
    };
    let client = ctx.connect_for_writes().await?;
    // A field that had its own TTL goes back with it, or not at all: never as a session that
    // no longer expires.
    if items.iter().any(|i| {
        matches!(
            i,
            PriorItem::HashField {
                field_ttl_ms: Some(_),
                ..
            }
        )
    }) {
        require_field_ttl(ctx, &client, &args.id, &id, |o| o.put_back(Vec::new()))?;
    }
    let futs = items.iter().zip(&cmds).map(|(item, cmd)| {
        let client = &client;
        async move {
            match cmd {
                Err(reason) => (item, Err(reason.clone())),
                Ok(cmd) => match client
                    .write(cmd, &format!("restoring {}", item_label(item)))
                    .await
                {
                    Ok(v) => {
                        let applied = match item {
                            PriorItem::String { .. } => !matches!(v, redis::Value::Nil),
                            PriorItem::StreamEntry { .. } => true,
                            _ => reply_int(&Ok(v)).unwrap_or(0) > 0,
                        };
                        (
                            item,
                            if applied {
                                Ok(())
                            } else {
                                Err("already present: left as it is".to_string())
                            },
                        )
                    }
                    Err(e) if e.code == crate::error::ExitCode::Connection => {
                        (item, Err(format!("{OUTCOME_UNKNOWN}: {}", e.message)))
                    }
                    Err(e) => (item, Err(e.message)),
                },
            }
        }
    });
    let results = futures_util::future::join_all(futs).await;
    let mut restored = Vec::new();
    let mut skipped = not_removed;
    // What this restore put back, or may have (a lost reply): a later restore of the same
    // action leaves these stream entries alone.
    let mut put_back = Vec::new();
    for (item, r) in results {
        match r {
            Ok(()) => {
                restored.push(ListedItem::restored(item));
                put_back.push(item.clone());
            }
            Err(reason) => {
                if reason.starts_with(OUTCOME_UNKNOWN) {
                    put_back.push(item.clone());
                }
                skipped.push(ListedItem::skipped(item, &reason));
            }
        }
    }
    // Recorded as what happened: a restore that put nothing back is not "restored".
    safety::record_outcome(
        ctx,
        &id,
        Outcome::new(restore_status(restored.len(), skipped.len()))
            .with("restored", restored.len())
            .skipped(Skipped::Count(skipped.len() as u64))
            .put_back(put_back),
    );
    let report = Restored {
        restored,
        skipped,
        dry_run: None,
        would: None,
    };
    ctx.out.emit(&report)?;
    if report.restored.is_empty() {
        // Nothing was put back: never exit 0. A lost reply is "outcome unknown" (3); items
        // already present or refused are a refusal (5).
        let unknown = report.skipped.iter().any(|s| {
            s.reason
                .as_deref()
                .is_some_and(|r| r.starts_with(OUTCOME_UNKNOWN))
        });
        let message = format!(
            "nothing was restored from audit id {}: every item was skipped",
            args.id
        );
        return Err(if unknown {
            Error::connection(message)
                .hint("check the keys' state before trying again; redops does not retry a write it cannot confirm")
        } else {
            Error::refused(message).hint(
                "the items are already present (restored before?) or were refused; `redops audit show` lists what was done",
            )
        });
    }
    Ok(())
}

/// Refuses to put back hash fields with their own TTL on a server without them (Redis < 7.4):
/// nothing is put back, and the restore `rid` of the action `action_id` is recorded as refused
/// (its outcome finished by `finish`).
pub(super) fn require_field_ttl(
    ctx: &Ctx,
    client: &crate::client::Client,
    action_id: &str,
    rid: &str,
    finish: impl FnOnce(Outcome) -> Outcome,
) -> Result<()> {
    let what = format!("putting back hash fields with their own TTL (audit id {action_id})");
    if let Err(e) = client.require(Feature::HashFieldTtl, &what) {
        safety::record_outcome(
            ctx,
            rid,
            finish(
                Outcome::new(Status::Refused)
                    .with("reason", e.message.clone())
                    .with("restored", 0),
            ),
        );
        return Err(e.hint("nothing was put back"));
    }
    Ok(())
}
