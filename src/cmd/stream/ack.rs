//! `redops stream ack STREAM -g GROUP [ID...]`: acknowledge exactly the pending entries shown,
//! each only while it is still pending as it was seen, in chunks inside the latency budget.

use super::filter::{PendingFilter, PendingQuery};
use super::model::{EntryReport, PendingEntry, parse_ids};
use super::read::{open_group, read_ids, read_pending};
use super::table::entries_table;
use super::write::{
    Failed, Skipped, cap_run, entries_outcome, more_hint, more_note, removed_items, run_limit,
};
use crate::audit_log::{Outcome, Status};
use crate::client::reply::string_triples;
use crate::client::reply_int;
use crate::client::scripts::STREAM_ACK;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{NamedBytes, Output, Report, show_bytes};
use crate::safety::{self, Gate, Plan};
use clap::Args;
use redis::Value;
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Args)]
pub struct AckArgs {
    /// The stream (key)
    pub stream: String,

    /// The consumer group
    #[arg(short, long, value_name = "GROUP")]
    pub group: String,

    /// Exactly these entry ids
    #[arg(value_name = "ID", conflicts_with_all = ["consumer", "min_idle", "min_deliveries", "count"])]
    pub ids: Vec<String>,

    #[command(flatten)]
    pub filter: PendingFilter,

    /// Pending entries read per XPENDING call, and the most acknowledged by one script
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub page_size: u64,

    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

pub async fn run(args: AckArgs, ctx: &Ctx) -> Result<()> {
    const COMMAND: &str = "stream ack";
    safety::preflight(ctx, COMMAND)?;
    let stream = args.stream.as_bytes();
    let group = args.group.as_bytes();
    let s = show_bytes(stream);
    let g = show_bytes(group);
    let ids = parse_ids(&args.ids)?;
    if ids.is_empty() && !args.filter.any() {
        return Err(Error::usage(
            "say which entries to acknowledge: ID..., --consumer C, --min-idle DUR, --min-deliveries N or --count N",
        )
        .hint(format!("`redops stream pending {s} --group {g} --detail` lists them")));
    }
    let client = ctx.connect_for_writes().await?;
    // Round trip 1: the stream and the group exist, and the stream's TTL (kept in the audit
    // line, for `audit restore`).
    let (_, extra) = open_group(
        &client,
        stream,
        group,
        vec![redis::cmd("PTTL").arg(stream).clone()],
    )
    .await?;
    let stream_ttl_ms = crate::client::ttl_ms(extra.first().and_then(reply_int).unwrap_or(-1));
    // The entries and their fields (the audit line keeps them, so they can be re-added).
    let (mut entries, not_pending, partial) = if ids.is_empty() {
        let mut q = PendingQuery::from_filter(&args.filter, args.page_size, true);
        q.limit = Some(run_limit(args.filter.count));
        let (e, p) = read_pending(ctx, &client, stream, group, &q).await?;
        (e, Vec::new(), p)
    } else {
        let (e, m) = read_ids(&client, stream, group, &ids, 0).await?;
        (e, m, false)
    };
    if partial {
        return Err(Error::interrupted());
    }
    let more = ids.is_empty() && cap_run(&mut entries, args.filter.count);
    let requested = if ids.is_empty() {
        entries.len()
    } else {
        ids.len()
    };
    let report = |outcome: Option<&AckOutcome>, dry_run: bool, stage: AckStage| AckReport {
        stream: NamedBytes::new("stream", stream),
        group: NamedBytes::new("group", group),
        dry_run,
        requested,
        acknowledged: outcome.map_or(0, |o| o.acknowledged.len()),
        not_pending: not_pending.clone(),
        skipped: outcome.map_or(Vec::new(), |o| o.skipped.clone()),
        failed: outcome.and_then(|o| o.failed.clone()),
        not_attempted: outcome.map(|o| o.not_attempted.clone()),
        unknown: outcome.map(|o| o.unknown.clone()),
        more,
        entries: entries.iter().map(PendingEntry::report).collect(),
        stage,
    };
    if ctx.out.is_table() && !entries.is_empty() {
        ctx.out.table(entries_table(&ctx.out, &entries, None))?;
    }
    if !not_pending.is_empty() {
        ctx.out.hint(&format!(
            "not pending (already acknowledged, or never delivered): {}",
            not_pending.join(", ")
        ));
    }
    if entries.is_empty() {
        ctx.out.emit(&report(
            None,
            ctx.settings.dry_run,
            AckStage::NothingPending,
        ))?;
        // Nothing to acknowledge is not a success (exit 4, like a filter matching nothing).
        return Err(Error::not_found(format!(
            "nothing was acknowledged: no entry of {s} group {g} matches (none is pending)"
        ))
        .hint("`redops stream pending` shows what is pending"));
    }
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "acknowledge {} pending entr{} of {s} group {g}{}",
            entries.len(),
            if entries.len() == 1 { "y" } else { "ies" },
            more_note(more)
        ),
        items: entries
            .iter()
            .map(|e| e.prior(stream, group, stream_ttl_ms))
            .collect(),
        context: json!({
            "group": show_bytes(group),
            "consumer": args.filter.consumer,
            "min_idle_ms": args.filter.min_idle.map(|d| d.as_millis() as u64),
            "min_deliveries": args.filter.min_deliveries,
            "count": args.filter.count,
        }),
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => {
            return safety::report_dry_run(
                ctx,
                &plan,
                &report(None, true, AckStage::NothingPending),
            );
        }
        Gate::Proceed(id) => id,
    };
    // XACK of exactly the entries that were read and shown, each only while it is still
    // pending on the consumer the operator saw with the delivery count they saw: one atomic
    // script per chunk, each chunk sized to the latency budget and named in the audit trail
    // before it is sent.
    let index_of: std::collections::HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut outcome = AckOutcome::default();
    let mut chunks = safety::Chunks::new(
        ctx,
        &id,
        &client,
        stream,
        args.page_size as usize,
        entries.len(),
    )
    .await;
    let mut stop: Option<Error> = None;
    while outcome.failed.is_none() {
        let chunk = match chunks.next_chunk() {
            None => break,
            Some(Ok(range)) => &entries[range],
            Some(Err(e)) => {
                stop = Some(e);
                break;
            }
        };
        let mut argv: Vec<Vec<u8>> = vec![group.to_vec()];
        for e in chunk {
            argv.push(e.id.clone().into_bytes());
            argv.push(e.consumer.clone());
            argv.push(e.deliveries.to_string().into_bytes());
        }
        let argv: Vec<&[u8]> = argv.iter().map(Vec::as_slice).collect();
        let started = std::time::Instant::now();
        let r = STREAM_ACK
            .write(
                &client,
                &[stream],
                &argv,
                &format!("acknowledging entries of {s}"),
            )
            .await;
        let took = started.elapsed();
        let before = outcome.acknowledged.len();
        match r.and_then(|v| outcome.absorb(&v)) {
            Ok(()) => {}
            Err(e) => {
                if safety::write_failure_status(&e) == Status::Unknown {
                    // Sent, but whether it was applied is not known.
                    outcome.unknown = chunk.iter().map(|e| e.id.clone()).collect();
                }
                stop = Some(e);
                break;
            }
        }
        let applied = outcome.acknowledged[before..]
            .iter()
            .filter_map(|a| index_of.get(a.as_str()).copied())
            .collect();
        chunks.sent(took, applied);
    }
    outcome.not_attempted = outcome.untouched(&entries);
    let acked = outcome.acknowledged.len();
    let status = if !outcome.unknown.is_empty() {
        Status::Unknown
    } else if stop.is_some() || outcome.failed.is_some() {
        Status::Failed
    } else {
        Status::Done
    };
    let done = outcome.audit(&plan, status, stop.as_ref(), requested, chunks.count())?;
    safety::record_outcome(ctx, &id, done);
    ctx.out.emit(&report(
        Some(&outcome),
        false,
        AckStage::Ran {
            stopped: stop.is_some(),
        },
    ))?;
    let stopped = |e: Error| {
        let mut e = e.hint(format!(
            "the run stopped there: {acked} entr{} acknowledged before it (reported above and in the audit log), {} not attempted{}",
            if acked == 1 { "y was" } else { "ies were" },
            outcome.not_attempted.len(),
            if outcome.unknown.is_empty() {
                String::new()
            } else {
                format!(
                    ", {} whose outcome is unknown (check them with `redops stream pending`)",
                    outcome.unknown.len()
                )
            }
        ));
        if !outcome.not_attempted.is_empty() {
            e = e.hint("the entries not attempted are still pending: run the same command again once the cause is fixed");
        }
        e
    };
    if let Some(e) = stop {
        return Err(stopped(e));
    }
    if let Some(f) = &outcome.failed {
        return Err(stopped(Error::server_refusal(
            &f.error,
            &format!("acknowledging entry {} of {s}", f.id),
        )));
    }
    if acked == 0 && requested > 0 {
        // Nothing was acknowledged: never exit 0.
        return Err(if outcome.skipped.is_empty() {
            Error::not_found(format!(
                "nothing was acknowledged: none of the {requested} entries is pending any more"
            ))
        } else {
            Error::refused(
                "nothing was acknowledged: every entry changed since it was read (see above)",
            )
        }
        .hint("run `redops stream pending` to see what is pending now"));
    }
    Ok(())
}

/// What the ack script did, entry by entry, and what a run that stopped early left alone. Its
/// JSON begins the audit outcome line (then `status`, `error`, `removed`, `requested`,
/// `chunks`).
#[derive(Debug, Default, Serialize)]
struct AckOutcome {
    acknowledged: Vec<String>,
    skipped: Vec<Skipped>,
    /// The write the server refused (the entry id and its error); the run stopped there.
    #[serde(skip_serializing_if = "Option::is_none")]
    failed: Option<Failed>,
    /// Never sent (after a refusal or a lost reply): still pending as they were.
    not_attempted: Vec<String>,
    /// Sent in a chunk whose reply was lost: maybe acknowledged, maybe not.
    unknown: Vec<String>,
}

impl AckOutcome {
    fn absorb(&mut self, v: &Value) -> Result<()> {
        for (id, what, detail) in string_triples(v, "ack")? {
            match what.as_str() {
                "acknowledged" => self.acknowledged.push(id),
                "error" => self.failed = Some(Failed { id, error: detail }),
                _ => self.skipped.push(Skipped::new(id, detail)),
            }
        }
        Ok(())
    }

    /// Its audit outcome line: what became of each entry, then `status`, the `error` that
    /// stopped the run, `removed` (the acknowledged entries, for `audit restore`), `requested`
    /// and `chunks` (how many were sent).
    fn audit(
        &self,
        plan: &Plan,
        status: Status,
        error: Option<&Error>,
        requested: usize,
        chunks: usize,
    ) -> Result<Outcome> {
        let mut done = entries_outcome(self, status)?;
        if let Some(e) = error {
            done = done.error(e.message.clone());
        }
        Ok(done
            .removed(removed_items(plan, &self.acknowledged))
            .with("requested", requested)
            .with("chunks", chunks))
    }

    /// The ids of `entries` that no script touched (in their order).
    fn untouched(&self, entries: &[PendingEntry]) -> Vec<String> {
        let mut seen: std::collections::HashSet<&str> = self
            .acknowledged
            .iter()
            .chain(&self.unknown)
            .map(String::as_str)
            .collect();
        seen.extend(self.skipped.iter().map(|s| s.id.as_str()));
        seen.extend(self.failed.iter().map(|f| f.id.as_str()));
        entries
            .iter()
            .filter(|e| !seen.contains(e.id.as_str()))
            .map(|e| e.id.clone())
            .collect()
    }
}

/// Where an ack report stands, for its table (the JSON says it with its fields).
#[derive(Debug, Clone, Copy)]
enum AckStage {
    /// Nothing was pending (or a dry run): nothing was sent.
    NothingPending,
    /// The scripts ran; `stopped`: an error ended the run early.
    Ran { stopped: bool },
}

/// What `stream ack` reports: what was asked, what was acknowledged, skipped, failed or not
/// attempted, and the entries read.
#[derive(Debug, Serialize)]
struct AckReport {
    #[serde(flatten)]
    stream: NamedBytes,
    #[serde(flatten)]
    group: NamedBytes,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    dry_run: bool,
    requested: usize,
    acknowledged: usize,
    not_pending: Vec<String>,
    skipped: Vec<Skipped>,
    /// A run that stopped early says exactly where, and what it left.
    #[serde(skip_serializing_if = "Option::is_none")]
    failed: Option<Failed>,
    #[serde(skip_serializing_if = "Option::is_none")]
    not_attempted: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unknown: Option<Vec<String>>,
    more: bool,
    entries: Vec<EntryReport>,
    #[serde(skip)]
    stage: AckStage,
}

impl Report for AckReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        let requested = self.requested;
        let acked = self.acknowledged;
        match self.stage {
            AckStage::NothingPending => out.say(&format!(
                "requested {requested}, acknowledged 0: nothing is pending\n"
            )),
            AckStage::Ran { stopped } => {
                out.say(&format!(
                    "requested {requested}, acknowledged {acked}{}\n",
                    if acked < requested
                        && self.skipped.is_empty()
                        && !stopped
                        && self.failed.is_none()
                    {
                        " (the others were no longer pending)"
                    } else {
                        ""
                    }
                ))?;
                for s in &self.skipped {
                    out.warn(&format!("{}: {}; left pending", s.id, s.reason));
                }
                more_hint(out, self.more);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit_log::PriorItem;
    use serde_json::json;

    fn plan(ids: &[&str]) -> Plan {
        let items = ids
            .iter()
            .map(|id| PriorItem::StreamEntry {
                stream: b"tx".to_vec(),
                id: (*id).to_owned(),
                fields: Some(vec![(b"payload".to_vec(), b"{}".to_vec())]),
                group: b"g".to_vec(),
                consumer: b"w".to_vec(),
                deliveries: 1,
                stream_ttl_ms: None,
            })
            .collect();
        Plan {
            command: "stream ack",
            summary: String::new(),
            items,
            context: json!({}),
        }
    }

    /// The outcome line as it was assembled field by field before the typed `Outcome` (the
    /// line `audit restore` reads): the typed one must give exactly these bytes.
    #[test]
    fn audit_outcomes_are_the_lines_they_were() {
        let plan = plan(&["1-0", "2-0", "3-0", "4-0"]);
        let stopped = AckOutcome {
            acknowledged: vec!["1-0".into()],
            skipped: vec![Skipped::new("2-0", "no longer pending")],
            failed: Some(Failed {
                id: "3-0".into(),
                error: "READONLY".into(),
            }),
            not_attempted: vec!["4-0".into()],
            unknown: vec![],
        };
        let by_hand = json!({
            "acknowledged": ["1-0"],
            "skipped": [{"id": "2-0", "reason": "no longer pending"}],
            "failed": {"id": "3-0", "error": "READONLY"},
            "not_attempted": ["4-0"],
            "unknown": [],
            "status": "failed",
            "error": "refused",
            "removed": [plan.items[0].to_json()],
            "requested": 4,
            "chunks": 2,
        });
        let typed = stopped
            .audit(
                &plan,
                Status::Failed,
                Some(&Error::refused("refused")),
                4,
                2,
            )
            .expect("outcome");
        assert_eq!(typed.to_json().to_string(), by_hand.to_string());

        let done = AckOutcome {
            acknowledged: vec!["1-0".into(), "2-0".into()],
            ..AckOutcome::default()
        };
        let by_hand = json!({
            "acknowledged": ["1-0", "2-0"],
            "skipped": [],
            "not_attempted": [],
            "unknown": [],
            "status": "done",
            "removed": [plan.items[0].to_json(), plan.items[1].to_json()],
            "requested": 2,
            "chunks": 1,
        });
        let typed = done
            .audit(&plan, Status::Done, None, 2, 1)
            .expect("outcome");
        assert_eq!(typed.to_json().to_string(), by_hand.to_string());
        // Read back as `audit restore` reads it: the same line again.
        let read = Outcome::from_json(&typed.to_json()).expect("read back");
        assert_eq!(read.to_json().to_string(), by_hand.to_string());
    }
}
