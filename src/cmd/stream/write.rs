//! What the two writes (`reclaim`, `ack`) share: the cap on entries per run, the shapes of
//! their skipped and failed entries, and their audit outcome lines (what became of each entry,
//! the status, the `removed` list).

use super::model::PendingEntry;
use crate::audit_log::{Outcome, Status};
use crate::error::{Error, Result};
use crate::output::{Output, to_json};
use crate::safety::{Plan, PriorItem};
use serde::Serialize;

/// Without --count, one reclaim or ack handles at most this many entries, oldest first, so that
/// its memory, its prompt and its audit line stay bounded; the rest is left for the next run.
pub const MAX_PER_RUN: u64 = 10_000;

/// How many pending entries a reclaim or ack reads: `--count`, or one more than
/// [`MAX_PER_RUN`] (to tell whether more match).
pub fn run_limit(count: Option<u64>) -> u64 {
    count.unwrap_or(MAX_PER_RUN + 1)
}

/// Cuts what a reclaim or ack without `--count` read to [`MAX_PER_RUN`]; whether more matched.
pub fn cap_run(entries: &mut Vec<PendingEntry>, count: Option<u64>) -> bool {
    if count.is_none() && entries.len() as u64 > MAX_PER_RUN {
        entries.truncate(MAX_PER_RUN as usize);
        true
    } else {
        false
    }
}

/// What the plan's summary adds when more entries matched than one run handles.
pub fn more_note(more: bool) -> String {
    if more {
        format!(
            " (the oldest {MAX_PER_RUN}: more match, and are left for another run; --count N sets the batch)"
        )
    } else {
        String::new()
    }
}

/// After a run that handled [`MAX_PER_RUN`] entries while more matched: say to run it again.
pub fn more_hint(out: &Output, more: bool) {
    if more {
        out.hint(&format!(
            "more entries match than the {MAX_PER_RUN} handled in one run: run the same command again"
        ));
    }
}

/// The prior items (of the plan) of the entries with these ids: what an outcome line lists as
/// removed, for `audit restore`.
pub fn removed_items<'a, 'b>(
    plan: &'a Plan,
    ids: impl IntoIterator<Item = &'b String>,
) -> Vec<&'a PriorItem> {
    let ids: std::collections::HashSet<&str> = ids.into_iter().map(String::as_str).collect();
    plan.items
        .iter()
        .filter(|i| matches!(i, PriorItem::StreamEntry { id, .. } if ids.contains(id.as_str())))
        .collect()
}

/// The audit outcome of a write whose line begins with what became of each entry (`fields`:
/// the command's own outcome, serialized), then the status.
pub fn entries_outcome(fields: &impl Serialize, status: Status) -> Result<Outcome> {
    match to_json(fields)? {
        serde_json::Value::Object(m) => Ok(Outcome::after(m, status)),
        _ => Err(Error::internal("an outcome's fields are not a JSON object")),
    }
}

/// An entry left alone, and why: `{id, reason}`.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub id: String,
    pub reason: String,
}

impl Skipped {
    pub fn new(id: impl Into<String>, reason: impl Into<String>) -> Self {
        Skipped {
            id: id.into(),
            reason: reason.into(),
        }
    }
}

/// The write the server refused, which stopped the run: `{id, error}`.
#[derive(Debug, Clone, Serialize)]
pub struct Failed {
    pub id: String,
    pub error: String,
}
