//! `redops audit show`: the recorded actions, newest last, each with its outcome; a log of any
//! size is shown in bounded memory (two passes a line at a time, items written as they are
//! read).

use super::{open_log, read_error};
use crate::audit_log::{self, Line, Outcome, Phase, Status};
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{JsonStyle, add_text_row, ago};
use crate::safety;
use clap::Args;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::time::Duration;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Only actions newer than this (e.g. 1h, 30m)
    #[arg(long, value_name = "DUR", value_parser = crate::cli::parse_duration)]
    pub since: Option<Duration>,

    #[command(flatten)]
    pub audit: crate::cli::AuditLogArgs,
}

/// One action as `audit show` prints it: its intent line as recorded (without `phase`), and
/// its outcome as recorded (`null` when none was), or what its chunk lines prove.
#[derive(Debug, Serialize)]
struct ShownAction {
    #[serde(flatten)]
    intent: Map<String, Value>,
    outcome: Option<Value>,
}

fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

pub(super) fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let now = now();
    let path = safety::audit_path(ctx);
    let read_err = |e: std::io::Error| read_error(ctx, e);
    // Two passes a line at a time, so a log of any size is shown in bounded memory: first
    // where each action's outcome line is, then each intent with its outcome read back.
    let mut outcomes: HashMap<String, u64> = HashMap::new();
    // How many chunks each chunked action sent: an action without an outcome line but with
    // chunks was interrupted in the middle.
    let mut chunks: HashMap<String, u64> = HashMap::new();
    if let Some(file) = open_log(ctx)? {
        audit_log::for_each_line(file, |_, offset, _, line| {
            if let Line::Json(v) = line
                && let Some(id) = v.get("id").and_then(Value::as_str)
            {
                match Phase::of(&v) {
                    Some(Phase::Outcome) => {
                        outcomes.insert(id.to_owned(), offset);
                    }
                    Some(Phase::Chunk) => *chunks.entry(id.to_owned()).or_default() += 1,
                    _ => {}
                }
            }
            true
        })
        .map_err(read_err)?;
    }
    if let Some(w) = audit_log::loose_permissions(&path) {
        ctx.out.warn(&w);
    }
    let (Some(file), Some(mut seek)) = (open_log(ctx)?, open_log(ctx)?) else {
        if ctx.out.is_table() {
            ctx.out.hint(&format!("no actions in {}", path.display()));
            return Ok(());
        }
        return ctx.out.emit_list::<ShownAction>(&[], || Ok(()));
    };
    let status = |o: &Option<Value>| {
        o.as_ref()
            .and_then(|o| Outcome::from_json(o).ok())
            .map_or_else(
                || "no outcome recorded".to_owned(),
                |o| o.status.to_string(),
            )
    };
    let mut table = ctx.out.is_table().then(|| {
        ctx.out
            .new_table(&["id", "when", "user", "command", "what", "outcome"])
    });
    let mut rows = 0usize;
    let mut list = ctx.out.stream_list(JsonStyle::PRETTY_ITEMS);
    let mut failed: Option<crate::error::Error> = None;
    audit_log::for_each_line(file, |n, _, _, line| {
        let intent = match line {
            Line::Bad { torn, error } => {
                ctx.out
                    .warn(&audit_log::bad_line_warning(&path, n, torn, &error));
                return true;
            }
            Line::Json(v)
                if matches!(
                    Phase::of(&v),
                    Some(Phase::Outcome | Phase::Chunk | Phase::Part | Phase::PartOutcome)
                ) =>
            {
                return true;
            }
            Line::Json(Value::Object(m)) => m,
            Line::Json(_) => return true,
        };
        if let Some(d) = args.since
            && !intent
                .get("time")
                .and_then(Value::as_f64)
                .is_some_and(|t| t >= now - d.as_secs_f64())
        {
            return true;
        }
        let outcome = intent
            .get("id")
            .and_then(Value::as_str)
            .and_then(|id| outcomes.get(id))
            .and_then(|off| audit_log::read_line_at(&mut seek, *off).ok().flatten())
            .and_then(|o| o.get("outcome").cloned())
            .or_else(|| {
                let id = intent.get("id").and_then(Value::as_str)?;
                chunks.get(id).map(|n| {
                    Outcome::new(Status::Interrupted)
                        .with("chunks", *n)
                        .to_json()
                })
            });
        if let Some(t) = &mut table {
            let g = |k: &str| {
                intent
                    .get(k)
                    .and_then(Value::as_str)
                    .unwrap_or("-")
                    .to_owned()
            };
            let when = intent
                .get("time")
                .and_then(Value::as_f64)
                .map(|t| ago(t, now))
                .unwrap_or_else(|| "-".into());
            add_text_row(
                t,
                vec![
                    g("id"),
                    when,
                    g("user"),
                    g("command"),
                    g("summary"),
                    status(&outcome),
                ],
            );
            rows += 1;
            return true;
        }
        let mut intent = intent;
        intent.remove("phase");
        let r = list.item(&ShownAction { intent, outcome });
        rows += 1;
        match r {
            Ok(()) => true,
            Err(e) => {
                failed = Some(e);
                false
            }
        }
    })
    .map_err(read_err)?;
    if let Some(e) = failed {
        return Err(e);
    }
    match table {
        Some(_) if rows == 0 => {
            ctx.out.hint(&format!("no actions in {}", path.display()));
            Ok(())
        }
        Some(t) => ctx.out.table(t),
        None => list.finish(),
    }
}
