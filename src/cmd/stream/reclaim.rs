//! `redops stream reclaim STREAM -g GROUP --to CONSUMER --min-idle DUR`: move idle pending
//! entries to a live consumer, or dead-letter the poisoned ones, atomically per page.

use super::filter::PendingQuery;
use super::model::{EntryReport, Payload, PendingEntry, parse_ids};
use super::read::{open_group, read_ids, read_pending, xinfo_consumers_of};
use super::table::entries_table;
use super::write::{
    Failed, Skipped, cap_run, entries_outcome, more_hint, more_note, removed_items, run_limit,
};
use crate::audit_log::{Outcome, Status};
use crate::cli::parse_duration;
use crate::client::reply::{string_triples, xinfo_consumers};
use crate::client::scripts::STREAM_RECLAIM;
use crate::client::{reply_bytes, reply_int};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{NamedBytes, NamedOptBytes, Output, Report, cell, human_ms, show_bytes};
use crate::safety::{self, Gate, Plan};
use clap::Args;
use redis::Value;
use serde::Serialize;
use serde_json::json;
use std::time::Duration;

#[derive(Debug, Args)]
pub struct ReclaimArgs {
    /// The stream (key)
    pub stream: String,

    /// The consumer group
    #[arg(short, long, value_name = "GROUP")]
    pub group: String,

    /// The live consumer that gets the entries
    #[arg(long, value_name = "CONSUMER")]
    pub to: String,

    /// Only entries idle at least this long (checked again, atomically, when claiming)
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub min_idle: Duration,

    /// Only entries pending on this (dead) consumer
    #[arg(long, value_name = "CONSUMER")]
    pub from: Option<String>,

    /// At most this many entries (oldest first). Without it, at most 10,000 per run: the rest
    /// are left for the next run, and the report says so
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Exactly these entry ids (each must be pending and idle at least --min-idle)
    #[arg(long = "id", value_name = "ID", num_args = 1..)]
    pub ids: Vec<String>,

    /// Dead-letter stream for entries delivered --max-deliveries times or more
    ///
    /// On a cluster it must hash to the same slot as STREAM (use a hash tag: for the stream
    /// `tx`, `{tx}:dead`), so that copy and acknowledgement are one atomic script.
    #[arg(long, value_name = "STREAM", requires = "max_deliveries")]
    pub dead_letter: Option<String>,

    /// Entries delivered this many times or more go to --dead-letter instead of --to
    #[arg(long, value_name = "N", requires = "dead_letter", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_deliveries: Option<u64>,

    /// Pending entries read per XPENDING call and claimed per script
    #[arg(long, value_name = "N", default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub page_size: u64,

    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

pub async fn run(args: ReclaimArgs, ctx: &Ctx) -> Result<()> {
    const COMMAND: &str = "stream reclaim";
    safety::preflight(ctx, COMMAND)?;
    let stream = args.stream.as_bytes();
    let group = args.group.as_bytes();
    let to = args.to.as_bytes();
    let s = show_bytes(stream);
    let g = show_bytes(group);
    let ids = parse_ids(&args.ids)?;
    let min_idle_ms = args.min_idle.as_millis() as u64;
    let dead_letter = args.dead_letter.as_deref().map(str::as_bytes);
    if dead_letter == Some(stream) {
        return Err(Error::usage(
            "--dead-letter names the stream being reclaimed; give a separate dead-letter stream",
        ));
    }
    let client = ctx.connect_for_writes().await?;
    if let Some(dl) = dead_letter
        && client.is_cluster()
        && redis::cluster_routing::Slot::for_key(dl)
            != redis::cluster_routing::Slot::for_key(stream)
    {
        return Err(Error::usage(format!(
            "the dead-letter stream {} is in another cluster slot than {s}: copying an entry and acknowledging it must be one atomic script, which needs both keys in one slot",
            show_bytes(dl)
        ))
        .hint(format!(
            "use a hash tag so both hash alike, e.g. --dead-letter '{}' (and name new queues like '{{tx}}' / '{{tx}}:dead')",
            dead_letter_suggestion(stream)
        )));
    }

    // Round trip 1: the stream, the group, its consumers, and the dead-letter key's type.
    // (and the stream's TTL, which the audit line keeps for `audit restore`).
    let mut extra = vec![xinfo_consumers_of(stream, group)];
    if let Some(dl) = dead_letter {
        extra.push(redis::cmd("TYPE").arg(dl).clone());
    }
    extra.push(redis::cmd("PTTL").arg(stream).clone());
    let (_, extra) = open_group(&client, stream, group, extra).await?;
    let stream_ttl_ms = crate::client::ttl_ms(extra.last().and_then(reply_int).unwrap_or(-1));
    let consumers = extra
        .first()
        .and_then(|r| r.as_ref().ok())
        .map(xinfo_consumers)
        .unwrap_or_default();
    if !consumers.iter().any(|c| c.name == to) {
        ctx.out.warn(&format!(
            "group {g} has no consumer named {}: claimed entries wait until a worker with that name reads its own pending entries (XREADGROUP ... 0)",
            show_bytes(to)
        ));
    }
    if let (Some(dl), Some(t)) = (dead_letter, extra.get(1)) {
        let kind = reply_bytes(t).unwrap_or_default();
        if kind != b"stream" && kind != b"none" {
            return Err(Error::data(format!(
                "the dead-letter key {} is a {}, not a stream",
                show_bytes(dl),
                show_bytes(&kind)
            )));
        }
    }

    // The candidates, with their fields (round trip 2, or one pair per page).
    let mut skipped_before: Vec<Skipped> = Vec::new();
    let (mut entries, partial) = if ids.is_empty() {
        let q = PendingQuery {
            consumer: args.from.as_deref().map(str::as_bytes),
            min_idle_ms,
            min_deliveries: None,
            limit: Some(run_limit(args.count)),
            page_size: args.page_size,
            payload: true,
        };
        read_pending(ctx, &client, stream, group, &q).await?
    } else {
        let (found, missing) = read_ids(&client, stream, group, &ids, min_idle_ms).await?;
        for id in missing {
            skipped_before.push(Skipped::new(
                id,
                format!(
                    "not pending in group {g}, or idle less than {}",
                    human_ms(min_idle_ms as i64)
                ),
            ));
        }
        (found, false)
    };
    if partial {
        return Err(Error::interrupted());
    }
    if let Some(from) = &args.from {
        entries.retain(|e| {
            let keep = e.consumer == from.as_bytes();
            if !keep {
                skipped_before.push(Skipped::new(
                    e.id.clone(),
                    format!("pending on {}, not on {from}", show_bytes(&e.consumer)),
                ));
            }
            keep
        });
    }
    if let Some(c) = args.count {
        entries.truncate(c as usize);
    }
    let more = ids.is_empty() && cap_run(&mut entries, args.count);
    let action = |e: &PendingEntry| {
        ReclaimAction::of(e, args.max_deliveries.filter(|_| dead_letter.is_some()))
    };
    let n_dl = entries
        .iter()
        .filter(|e| action(e) == ReclaimAction::DeadLetter)
        .count();
    let n_del = entries
        .iter()
        .filter(|e| action(e) == ReclaimAction::AckDeleted)
        .count();
    let n_claim = entries.len() - n_dl - n_del;

    let report = |outcome: Option<&ReclaimOutcome>, dry_run: bool, stage: ReclaimStage| {
        // The report's skipped entries: the script's, then those left out before it ran.
        let outcome = outcome.map(|o| {
            let mut o = o.clone();
            o.skipped.extend(skipped_before.iter().cloned());
            o
        });
        ReclaimReport {
            stream: NamedBytes::new("stream", stream),
            group: NamedBytes::new("group", group),
            to: NamedBytes::new("to", to),
            dead_letter: NamedOptBytes::new("dead_letter", dead_letter),
            dry_run,
            more,
            entries: entries
                .iter()
                .map(|e| ReclaimEntry {
                    entry: e.report(),
                    action: action(e).name(),
                })
                .collect(),
            skipped: match &outcome {
                None if !skipped_before.is_empty() => Some(skipped_before.clone()),
                _ => None,
            },
            outcome,
            not_attempted: None,
            stage,
        }
    };

    if ctx.out.is_table() && !entries.is_empty() {
        let act = |e: &PendingEntry| cell(action(e).name());
        ctx.out
            .table(entries_table(&ctx.out, &entries, Some(("action", &act))))?;
    }
    for s in &skipped_before {
        ctx.out.warn(&format!("{}: {}; left alone", s.id, s.reason));
    }
    if entries.is_empty() {
        ctx.out.emit(&report(
            None,
            ctx.settings.dry_run,
            ReclaimStage::NothingMatches,
        ))?;
        // Nothing done is not a success: exit 4, like a filter matching nothing elsewhere.
        return Err(Error::not_found(format!(
            "nothing was reclaimed: no pending entry of {s} group {g} matches"
        ))
        .hint("`redops stream pending` shows what is pending and how long it has waited"));
    }

    let mut summary = format!(
        "reclaim {} pending entr{} of {s} group {g}: {n_claim} to consumer {}",
        entries.len(),
        if entries.len() == 1 { "y" } else { "ies" },
        show_bytes(to)
    );
    if let Some(dl) = dead_letter {
        summary.push_str(&format!(
            ", {n_dl} to dead-letter stream {}",
            show_bytes(dl)
        ));
    }
    if n_del > 0 {
        summary.push_str(&format!(", {n_del} deleted from the stream acknowledged"));
    }
    summary.push_str(&more_note(more));
    let plan = Plan {
        command: COMMAND,
        summary,
        items: entries
            .iter()
            .map(|e| e.prior(stream, group, stream_ttl_ms))
            .collect(),
        context: json!({
            "group": show_bytes(group),
            "to": show_bytes(to),
            "min_idle_ms": min_idle_ms,
            "from": args.from,
            "dead_letter": dead_letter.map(show_bytes),
            "max_deliveries": args.max_deliveries,
        }),
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => {
            return safety::report_dry_run(
                ctx,
                &plan,
                &report(None, true, ReclaimStage::NothingMatches),
            );
        }
        Gate::Proceed(id) => id,
    };

    // One atomic script per page.
    let min_idle_arg = min_idle_ms.to_string();
    let maxd_arg = args
        .max_deliveries
        .filter(|_| dead_letter.is_some())
        .unwrap_or(0)
        .to_string();
    let mut keys: Vec<&[u8]> = vec![stream];
    if let Some(dl) = dead_letter {
        keys.push(dl);
    }
    let mut outcome = ReclaimOutcome::default();
    let mut not_attempted = 0usize;
    for page in entries.chunks(args.page_size as usize) {
        if outcome.failed.is_some() {
            not_attempted += page.len();
            continue;
        }
        let mut argv: Vec<&[u8]> = vec![group, to, min_idle_arg.as_bytes(), maxd_arg.as_bytes()];
        for e in page {
            argv.push(e.id.as_bytes());
            argv.push(&e.consumer);
        }
        let r = STREAM_RECLAIM
            .write(&client, &keys, &argv, &format!("reclaiming entries of {s}"))
            .await;
        match r {
            Ok(v) => {
                let before = outcome.changed() + outcome.skipped.len();
                outcome.absorb(&v)?;
                if outcome.failed.is_some() {
                    // The failed entry and the rest of its page were left as they were.
                    let after = outcome.changed() + outcome.skipped.len();
                    not_attempted += page.len().saturating_sub(after - before);
                }
            }
            Err(e) => {
                let status = safety::write_failure_status(&e);
                let done = outcome.audit(&plan, status, None, Some(&e))?;
                safety::record_outcome(ctx, &id, done);
                return Err(e);
            }
        }
    }
    let not_attempted = outcome.failed.as_ref().map(|_| not_attempted);
    let status = if outcome.failed.is_some() {
        Status::Failed
    } else {
        Status::Done
    };
    let done = outcome.audit(&plan, status, not_attempted, None)?;
    safety::record_outcome(ctx, &id, done);

    let mut r = report(
        Some(&outcome),
        false,
        ReclaimStage::Ran {
            skipped: outcome.skipped.len(),
        },
    );
    r.not_attempted = not_attempted;
    ctx.out.emit(&r)?;
    if let Some(f) = &outcome.failed {
        return Err(Error::server_refusal(
            &f.error,
            &format!("reclaiming entry {} of {s}", f.id),
        )
        .hint(format!(
            "the run stopped there: {} entr{} changed before it (reported above and in the audit log), {} left as they were",
            outcome.changed(),
            if outcome.changed() == 1 { "y was" } else { "ies were" },
            not_attempted.unwrap_or(0)
        )));
    }
    if outcome.claimed.is_empty()
        && outcome.dead_lettered.is_empty()
        && outcome.deleted.is_empty()
        && !outcome.skipped.is_empty()
    {
        // Every entry was left alone: nothing was done, never exit 0.
        return Err(Error::refused(format!(
            "nothing was reclaimed from {s}: every entry changed since it was read (see above)"
        ))
        .hint("run `redops stream pending` to see what is pending now"));
    }
    Ok(())
}

/// A dead-letter name in the same cluster slot as `stream`: `{stream}:dead`, or, when the
/// stream already has a hash tag, the stream's name with `:dead` appended.
pub fn dead_letter_suggestion(stream: &[u8]) -> String {
    let s = show_bytes(stream);
    let tagged = s
        .find('{')
        .and_then(|o| s[o + 1..].find('}').map(|c| c > 0))
        .unwrap_or(false);
    if tagged {
        format!("{s}:dead")
    } else {
        format!("{{{s}}}:dead")
    }
}

/// What reclaim will do with an entry, as far as the operator can tell before the script runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReclaimAction {
    Claim,
    DeadLetter,
    /// Deleted from the stream while pending: acknowledged (nothing left to process).
    AckDeleted,
}

impl ReclaimAction {
    pub fn of(e: &PendingEntry, max_deliveries: Option<u64>) -> ReclaimAction {
        if e.payload == Payload::Deleted {
            ReclaimAction::AckDeleted
        } else if max_deliveries.is_some_and(|m| e.deliveries >= m) {
            ReclaimAction::DeadLetter
        } else {
            ReclaimAction::Claim
        }
    }
    fn name(self) -> &'static str {
        match self {
            ReclaimAction::Claim => "claim",
            ReclaimAction::DeadLetter => "dead_letter",
            ReclaimAction::AckDeleted => "ack_deleted",
        }
    }
}

/// An entry copied to the dead-letter stream: `{id, dead_letter_id}`.
#[derive(Debug, Clone, Serialize)]
struct DeadLettered {
    id: String,
    dead_letter_id: String,
}

/// What the reclaim scripts did, entry by entry. Its JSON begins the audit outcome line (then
/// `status`, `not_attempted`, `removed`, `error`), and (with the entries skipped before the
/// scripts ran) the report's outcome fields.
#[derive(Debug, Default, Clone, Serialize)]
struct ReclaimOutcome {
    claimed: Vec<String>,
    dead_lettered: Vec<DeadLettered>,
    deleted: Vec<String>,
    skipped: Vec<Skipped>,
    /// Copied to the dead-letter stream but not acknowledged: still pending, so a later run
    /// would copy it again.
    #[serde(
        rename = "copied_not_acknowledged",
        skip_serializing_if = "Vec::is_empty"
    )]
    copied: Vec<DeadLettered>,
    /// The write the server refused (the entry id and its error); the run stopped there.
    #[serde(skip_serializing_if = "Option::is_none")]
    failed: Option<Failed>,
}

impl ReclaimOutcome {
    fn absorb(&mut self, v: &Value) -> Result<()> {
        for (id, what, detail) in string_triples(v, "reclaim")? {
            let dead_lettered = |id, dead_letter_id| DeadLettered { id, dead_letter_id };
            match what.as_str() {
                "claimed" => self.claimed.push(id),
                "dead_lettered" => self.dead_lettered.push(dead_lettered(id, detail)),
                "deleted" => self.deleted.push(id),
                "copied" => self.copied.push(dead_lettered(id, detail)),
                "error" => self.failed = Some(Failed { id, error: detail }),
                _ => self.skipped.push(Skipped::new(id, detail)),
            }
        }
        Ok(())
    }

    /// How many entries the script changed (claimed, dead-lettered, acknowledged, copied).
    fn changed(&self) -> usize {
        self.claimed.len() + self.dead_lettered.len() + self.deleted.len() + self.copied.len()
    }

    /// Its audit outcome line: what became of each entry, then `status`, `not_attempted`
    /// (after a refusal), `removed` (for `audit restore`: the entries taken out of the group,
    /// dead-lettered or deleted from the stream and acknowledged; claimed ones are still
    /// pending, on another consumer), and the `error` that stopped the run.
    fn audit(
        &self,
        plan: &Plan,
        status: Status,
        not_attempted: Option<usize>,
        error: Option<&Error>,
    ) -> Result<Outcome> {
        let mut done = entries_outcome(self, status)?;
        if let Some(n) = not_attempted {
            done = done.with("not_attempted", n);
        }
        let removed = self
            .dead_lettered
            .iter()
            .map(|d| &d.id)
            .chain(&self.deleted);
        done = done.removed(removed_items(plan, removed));
        if let Some(e) = error {
            done = done.error(e.message.clone());
        }
        Ok(done)
    }
}

/// A candidate entry in the report, with what reclaim does (or would do) with it.
#[derive(Debug, Serialize)]
struct ReclaimEntry {
    #[serde(flatten)]
    entry: EntryReport,
    action: &'static str,
}

/// Where a reclaim report stands, for its table (the JSON says it with its fields).
#[derive(Debug, Clone, Copy)]
enum ReclaimStage {
    /// No pending entry matched (or a dry run): nothing was sent.
    NothingMatches,
    /// The scripts ran; `skipped`: how many entries they left alone.
    Ran { skipped: usize },
}

/// What `stream reclaim` reports: where the entries go, the candidates, and (once the scripts
/// ran) what happened to each.
#[derive(Debug, Serialize)]
struct ReclaimReport {
    #[serde(flatten)]
    stream: NamedBytes,
    #[serde(flatten)]
    group: NamedBytes,
    #[serde(flatten)]
    to: NamedBytes,
    #[serde(flatten)]
    dead_letter: NamedOptBytes,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    dry_run: bool,
    more: bool,
    entries: Vec<ReclaimEntry>,
    /// Once the scripts ran: claimed, dead_lettered, deleted, skipped (the scripts', then
    /// those left out before), copied_not_acknowledged, failed.
    #[serde(flatten)]
    outcome: Option<ReclaimOutcome>,
    /// Before the scripts ran: the entries left out (not pending, not on --from).
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped: Option<Vec<Skipped>>,
    /// After a refusal: how many entries were left as they were.
    #[serde(skip_serializing_if = "Option::is_none")]
    not_attempted: Option<usize>,
    #[serde(skip)]
    stage: ReclaimStage,
}

impl Report for ReclaimReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        let ReclaimStage::Ran { skipped } = self.stage else {
            return out.print("no pending entries match: nothing to reclaim\n");
        };
        let Some(o) = &self.outcome else {
            return Ok(());
        };
        let mut text = format!(
            "claimed {} to {}",
            o.claimed.len(),
            show_bytes(&self.to.bytes)
        );
        if let Some(dl) = &self.dead_letter.bytes {
            text.push_str(&format!(
                ", dead-lettered {} to {}",
                o.dead_lettered.len(),
                show_bytes(dl)
            ));
        }
        text.push_str(&format!(
            ", acknowledged {} deleted from the stream, skipped {skipped}\n",
            o.deleted.len(),
        ));
        out.say(&text)?;
        // The script's skipped entries come first (the others were warned about before).
        for s in o.skipped.iter().take(skipped) {
            out.warn(&format!("{}: {}; left alone", s.id, s.reason));
        }
        for d in &o.copied {
            out.warn(&format!(
                "{}: copied to the dead-letter stream as {} but not acknowledged: still pending",
                d.id, d.dead_letter_id
            ));
        }
        more_hint(out, self.more);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reclaim_actions() {
        let e = |deliveries, payload| PendingEntry {
            id: "1-0".into(),
            consumer: b"w".to_vec(),
            idle_ms: 0,
            deliveries,
            payload,
        };
        let f = Payload::Fields(vec![]);
        assert_eq!(
            ReclaimAction::of(&e(5, f.clone()), Some(5)),
            ReclaimAction::DeadLetter
        );
        assert_eq!(
            ReclaimAction::of(&e(4, f.clone()), Some(5)),
            ReclaimAction::Claim
        );
        assert_eq!(ReclaimAction::of(&e(9, f), None), ReclaimAction::Claim);
        assert_eq!(
            ReclaimAction::of(&e(9, Payload::Deleted), Some(5)),
            ReclaimAction::AckDeleted
        );
    }

    /// The outcome lines as they were assembled field by field before the typed `Outcome`
    /// (the lines `audit restore` reads): the typed ones must give exactly these bytes.
    #[test]
    fn audit_outcomes_are_the_lines_they_were() {
        use crate::audit_log::PriorItem;
        use serde_json::json;
        let items: Vec<PriorItem> = ["1-0", "2-0", "3-0", "4-0"]
            .iter()
            .map(|id| PriorItem::StreamEntry {
                stream: b"tx".to_vec(),
                id: (*id).to_owned(),
                fields: Some(vec![(b"payload".to_vec(), b"{}".to_vec())]),
                group: b"g".to_vec(),
                consumer: b"w".to_vec(),
                deliveries: 9,
                stream_ttl_ms: Some(5_000),
            })
            .collect();
        let plan = Plan {
            command: "stream reclaim",
            summary: String::new(),
            items,
            context: json!({}),
        };
        let dl = |id: &str, to: &str| DeadLettered {
            id: id.into(),
            dead_letter_id: to.into(),
        };
        let o = ReclaimOutcome {
            claimed: vec!["1-0".into()],
            dead_lettered: vec![dl("2-0", "9-0")],
            deleted: vec!["3-0".into()],
            skipped: vec![Skipped::new("5-0", "now pending on consumer w2")],
            copied: vec![dl("4-0", "9-1")],
            failed: Some(Failed {
                id: "4-0".into(),
                error: "OOM".into(),
            }),
        };
        let fields = json!({
            "claimed": ["1-0"],
            "dead_lettered": [{"id": "2-0", "dead_letter_id": "9-0"}],
            "deleted": ["3-0"],
            "skipped": [{"id": "5-0", "reason": "now pending on consumer w2"}],
            "copied_not_acknowledged": [{"id": "4-0", "dead_letter_id": "9-1"}],
            "failed": {"id": "4-0", "error": "OOM"},
        });
        let with = |extra: serde_json::Value| {
            let mut m = fields.as_object().cloned().unwrap_or_default();
            m.extend(extra.as_object().cloned().unwrap_or_default());
            serde_json::Value::Object(m).to_string()
        };
        let removed = json!([plan.items[1].to_json(), plan.items[2].to_json()]);
        // Stopped by a refusal inside the script.
        let typed = o
            .audit(&plan, Status::Failed, Some(3), None)
            .expect("outcome");
        let by_hand = with(json!({"status": "failed", "not_attempted": 3, "removed": removed}));
        assert_eq!(typed.to_json().to_string(), by_hand);
        // The script's reply lost.
        let lost = Error::connection("lost");
        let typed = o
            .audit(&plan, Status::Unknown, None, Some(&lost))
            .expect("outcome");
        let by_hand = with(json!({"status": "unknown", "removed": removed, "error": "lost"}));
        assert_eq!(typed.to_json().to_string(), by_hand);
        // Read back as `audit restore` reads it: the same line again.
        let read = Outcome::from_json(&typed.to_json()).expect("read back");
        assert_eq!(read.to_json().to_string(), by_hand);
        assert_eq!(read.removed.map(|r| r.len()), Some(2));
    }

    #[test]
    fn dead_letter_names_share_the_slot() {
        use redis::cluster_routing::Slot;
        for s in ["tx", "{tx}", "queue:{payments}:in"] {
            let dl = dead_letter_suggestion(s.as_bytes());
            assert_eq!(
                Slot::for_key(dl.as_bytes()),
                Slot::for_key(s.as_bytes()),
                "{s} -> {dl}"
            );
        }
        assert_eq!(dead_letter_suggestion(b"tx"), "{tx}:dead");
    }
}
