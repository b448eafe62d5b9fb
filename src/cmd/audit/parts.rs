//! `redops audit restore` of an action audited in parts (a large `session kill`): its prior
//! values are in its `part` lines and what became of each item in its `part_outcome` lines.

use super::restore::{
    Action, ListedItem, OUTCOME_UNKNOWN, RESTORE_BATCH, RestoreArgs, SKIPPED_LISTED,
    require_field_ttl, restore_cmd, restore_status, skipped_lines,
};
use super::{open_log, read_error};
use crate::audit_log::{self, Line, Outcome, Phase, Skipped};
use crate::client::reply_int;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{DryRunFlag, JsonStyle, to_json};
use crate::safety::{self, Gate, Plan, PriorItem};
use serde_json::{Value, json};
use std::io::Write;

const COMMAND: &str = "audit restore";

/// One part of an action audited in parts: where its lines are, and what became of each item.
struct PartRef {
    node: String,
    part: u64,
    offset: u64,
    /// The part's results (one byte per item: `1` removed, `?` unknown, ...); `None` when no
    /// outcome was recorded for it (redops stopped while it was being sent).
    results: Option<Vec<u8>>,
}

/// Why an item of a part is not put back, from its result character.
fn part_reason(result: Option<u8>) -> &'static str {
    match result {
        None => {
            "no outcome was recorded for its part (redops stopped while it was being sent), so whether it was removed is unknown: check its current state by hand"
        }
        Some(b'?') => {
            "the action's outcome is unknown for it (sent, no reply), so whether it was removed is unknown: check its current state by hand"
        }
        Some(b's') => "the action did not remove this (it was not sent)",
        Some(_) => {
            "the action did not remove this (it had changed or gone since it was read, or was refused)"
        }
    }
}

/// `audit restore` of an action audited in parts (a large `session kill`): the log is read
/// twice a line at a time (where the parts are, then each part), and each part is put back in
/// batches; memory is bounded by a part, whatever the size of the action.
pub(super) async fn restore(args: &RestoreArgs, ctx: &Ctx, action: &Action) -> Result<()> {
    let read_err = |e: std::io::Error| read_error(ctx, e);
    let mut parts: Vec<PartRef> = Vec::new();
    let mut with_field_ttl = false;
    if let Some(file) = open_log(ctx)? {
        audit_log::for_each_line(file, |_, offset, _, line| {
            let Line::Json(v) = line else { return true };
            if v.get("id").and_then(Value::as_str) != Some(args.id.as_str()) {
                return true;
            }
            let node = v
                .get("node")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let part = v.get("part").and_then(Value::as_u64).unwrap_or(0);
            match Phase::of(&v) {
                Some(Phase::Part) => {
                    with_field_ttl |= v.get("prior").and_then(Value::as_array).is_some_and(|a| {
                        a.iter()
                            .any(|i| i.get("field_ttl_ms").is_some_and(|t| !t.is_null()))
                    });
                    parts.push(PartRef {
                        node,
                        part,
                        offset,
                        results: None,
                    });
                }
                Some(Phase::PartOutcome) => {
                    if let Some(p) = parts
                        .iter_mut()
                        .rev()
                        .find(|p| p.node == node && p.part == part)
                    {
                        p.results = v
                            .get("results")
                            .and_then(Value::as_str)
                            .map(|r| r.as_bytes().to_vec());
                    }
                }
                _ => {}
            }
            true
        })
        .map_err(read_err)?;
    }
    let to_put_back: usize = parts
        .iter()
        .filter_map(|p| p.results.as_ref())
        .map(|r| r.iter().filter(|c| **c == b'1').count())
        .sum();
    let command = action
        .intent
        .get("command")
        .and_then(Value::as_str)
        .unwrap_or("?");
    if to_put_back == 0 {
        let why = if parts.iter().any(|p| p.results.is_none()) {
            part_reason(None)
        } else if parts
            .iter()
            .any(|p| p.results.as_ref().is_some_and(|r| r.contains(&b'?')))
        {
            part_reason(Some(b'?'))
        } else {
            "the action removed nothing"
        };
        return Err(Error::not_found(format!(
            "audit action {} has nothing left to put back: {why}",
            args.id
        ))
        .hint(format!(
            "`redops audit show -o json` has its outcome (id {}); its prior values are in its `part` lines",
            args.id
        )));
    }
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "put back {to_put_back} item(s) removed by `{command}` (audit id {}, {} part(s)), without overwriting anything present now",
            args.id,
            parts.len()
        ),
        items: Vec::new(),
        context: json!({ "restores": args.id, "items": to_put_back, "parts": parts.len() }),
    };
    let gate = safety::gate(ctx, &plan).await?;
    let dry_run = matches!(gate, Gate::DryRun);
    let client = if dry_run {
        None
    } else {
        Some(ctx.connect_for_writes().await?)
    };
    let rid = match &gate {
        Gate::Proceed(id) => Some(id.clone()),
        Gate::DryRun => None,
    };
    if let (Some(client), Some(rid)) = (&client, &rid)
        && with_field_ttl
    {
        // The refusal of a restore by parts has no `put_back`.
        require_field_ttl(ctx, client, &args.id, rid, |o| o)?;
    }
    // Restored items are written out as they are put back; skipped ones wait in a temp file
    // (0600, unlinked) until the restored list is closed.
    let mut skipped_spool = std::io::BufWriter::new(tempfile::tempfile().map_err(|e| {
        Error::refused(format!(
            "cannot create a temporary file: {e}; nothing was put back"
        ))
    })?);
    let mut doc = (!ctx.out.is_table()).then(|| ctx.out.stream_doc(JsonStyle::ITEM_LINES));
    if let Some(d) = &mut doc {
        if dry_run {
            d.fields(&DryRunFlag { dry_run: true })?;
        }
        d.list("restored")?;
    }
    let (mut restored, mut skipped, mut unknown) = (0usize, 0usize, 0usize);
    let mut table_skipped: Vec<ListedItem> = Vec::new();
    let mut stopped: Option<Error> = None;
    let mut log = open_log(ctx)?.ok_or_else(|| Error::usage("the audit log is gone"))?;
    let mut skip = |item: &PriorItem, reason: &str, table: &mut Vec<ListedItem>| -> Result<()> {
        skipped += 1;
        let v = ListedItem::skipped(item, reason);
        if table.len() < SKIPPED_LISTED {
            table.push(v.clone());
        }
        serde_json::to_writer(&mut skipped_spool, &v)
            .map_err(std::io::Error::other)
            .and_then(|()| skipped_spool.write_all(b"\n"))
            .map_err(|e| Error::refused(format!("cannot write a temporary file: {e}")))
    };
    for p in &parts {
        let line = audit_log::read_line_at(&mut log, p.offset)
            .map_err(read_err)?
            .ok_or_else(|| {
                Error::data(format!(
                    "audit action {}: part {} on {} cannot be read",
                    args.id, p.part, p.node
                ))
            })?;
        let items = PriorItem::list_of(&line)
            .map_err(|e| Error::data(format!("audit action {}: {e}", args.id)))?;
        let mut todo: Vec<&PriorItem> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let r = p
                .results
                .as_ref()
                .map(|r| r.get(i).copied().unwrap_or(b's'));
            if r == Some(b'1') && stopped.is_none() {
                todo.push(item);
            } else if r == Some(b'1') {
                skip(
                    item,
                    "not sent: the restore stopped before it (see the error)",
                    &mut table_skipped,
                )?;
            } else {
                skip(item, part_reason(r), &mut table_skipped)?;
            }
        }
        for batch in todo.chunks(RESTORE_BATCH) {
            let Some(client) = &client else {
                for item in batch {
                    restored += 1;
                    if let Some(d) = &mut doc {
                        d.item(&to_json(&ListedItem::restored(item))?)?;
                    }
                }
                continue;
            };
            if stopped.is_some() || ctx.is_interrupted() {
                for item in batch {
                    skip(
                        item,
                        "not sent: the restore stopped before it",
                        &mut table_skipped,
                    )?;
                }
                continue;
            }
            let cmds: Vec<redis::Cmd> = batch
                .iter()
                .filter_map(|i| restore_cmd(i, None).ok())
                .collect();
            if cmds.len() != batch.len() {
                return Err(Error::internal(
                    "a session restore command could not be built",
                ));
            }
            match client
                .write_batch(&cmds, &format!("restoring audit id {}", args.id))
                .await
            {
                Err(e) => {
                    let lost = e.code == crate::error::ExitCode::Connection;
                    for item in batch {
                        if lost {
                            unknown += 1;
                            skip(
                                item,
                                &format!("{OUTCOME_UNKNOWN}: {}", e.message),
                                &mut table_skipped,
                            )?;
                        } else {
                            skip(item, &e.message, &mut table_skipped)?;
                        }
                    }
                    stopped = Some(e);
                }
                Ok(replies) => {
                    for (item, reply) in batch.iter().zip(replies) {
                        match &reply {
                            Ok(_) if reply_int(&reply).unwrap_or(0) > 0 => {
                                restored += 1;
                                if let Some(d) = &mut doc {
                                    d.item(&to_json(&ListedItem::restored(item))?)?;
                                }
                            }
                            Ok(_) => {
                                skip(item, "already present: left as it is", &mut table_skipped)?
                            }
                            Err(e) if crate::client::is_outcome_unknown(&reply) => {
                                unknown += 1;
                                skip(item, &format!("{OUTCOME_UNKNOWN}: {e}"), &mut table_skipped)?;
                            }
                            Err(e) => skip(item, &e.to_string(), &mut table_skipped)?,
                        }
                    }
                }
            }
        }
    }
    if let Some(rid) = &rid {
        safety::record_outcome(
            ctx,
            rid,
            Outcome::new(restore_status(restored, skipped))
                .with("restored", restored)
                .skipped(Skipped::Count(skipped as u64))
                .with("unknown", unknown)
                .with("parts", parts.len()),
        );
    }
    match &mut doc {
        Some(d) => {
            d.end_list();
            d.list("skipped")?;
            skipped_spool
                .flush()
                .map_err(|e| Error::refused(format!("cannot write a temporary file: {e}")))?;
            let mut f = skipped_spool
                .into_inner()
                .map_err(|e| Error::refused(format!("cannot write a temporary file: {e}")))?;
            use std::io::{BufRead, Seek};
            f.seek(std::io::SeekFrom::Start(0))
                .map_err(|e| Error::refused(format!("cannot read a temporary file: {e}")))?;
            for line in std::io::BufReader::new(f).lines() {
                let line =
                    line.map_err(|e| Error::refused(format!("cannot read a temporary file: {e}")))?;
                if let Ok(v) = serde_json::from_str::<Value>(&line) {
                    d.item(&v)?;
                }
            }
            d.end_list();
        }
        None => {
            let verb = if dry_run { "would restore" } else { "restored" };
            ctx.out.say(&format!(
                "{verb} {restored} item(s), skipped {skipped}\n{}",
                skipped_lines(&table_skipped)
            ))?;
            if skipped > table_skipped.len() {
                ctx.out.say(&format!(
                    "and {} more skipped (-o json lists them all)\n",
                    skipped - table_skipped.len()
                ))?;
            }
        }
    }
    if let Some(d) = doc {
        d.finish()?;
    }
    if let Some(e) = stopped {
        return Err(e.hint(format!(
            "{restored} item(s) were put back before it; `redops audit restore {}` again puts back the rest (what is present is left as it is)",
            args.id
        )));
    }
    if restored == 0 {
        let message = format!(
            "nothing was restored from audit id {}: every item was skipped",
            args.id
        );
        return Err(if unknown > 0 {
            Error::connection(message).hint("check the keys' state before trying again; redops does not retry a write it cannot confirm")
        } else {
            Error::refused(message).hint("the items are already present (restored before?) or were refused; `redops audit show` lists what was done")
        });
    }
    Ok(())
}
