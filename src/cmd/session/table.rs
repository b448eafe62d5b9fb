//! The session table (`list`, and the sessions `kill` is about to end).

use super::value::Session;
use crate::context::Ctx;
use crate::output::{add_row, ago, bytes_cell, cell, human_ms, shorten, show_bytes};
use comfy_table::Table;

/// Rows a session table shows at most: the most recently active; a count says how many more.
pub(super) const TABLE_ROWS: usize = 1_000;

pub(super) fn session_table(ctx: &Ctx, sessions: &[Session], now: f64) -> Table {
    let mut t = ctx.out.new_table(&[
        "user",
        "session",
        "device",
        "ip",
        "created",
        "last active",
        "ttl",
    ]);
    let when = |x: Option<f64>| x.map(|v| ago(v, now)).unwrap_or_else(|| "?".into());
    for s in sessions {
        let ttl = match (s.ttl_ms, s.field_ttl_ms) {
            (None, None) => ctx.out.alert_cell("NO TTL"),
            (Some(ms), None) => cell(human_ms(ms)),
            (None, Some(f)) => cell(format!("{} (field)", human_ms(f))),
            (Some(ms), Some(f)) => cell(format!("{} (field), hash {}", human_ms(f), human_ms(ms))),
        };
        let id = cell(shorten(&show_bytes(&s.id), 14));
        if let Some(e) = &s.value.error
            && s.value.object.is_none()
        {
            add_row(
                &mut t,
                vec![
                    bytes_cell(&s.user),
                    id,
                    ctx.out.warn_cell(short_problem("malformed", e)),
                    cell("-"),
                    cell("-"),
                    cell("-"),
                    ttl,
                ],
            );
            continue;
        }
        let device = s.value.device_type.clone().unwrap_or_else(|| "?".into());
        let device = match &s.value.error {
            Some(e) => ctx.out.warn_cell(short_problem(&device, e)),
            None => cell(device),
        };
        add_row(
            &mut t,
            vec![
                bytes_cell(&s.user),
                id,
                device,
                cell(s.value.ip_address.clone().unwrap_or_else(|| "?".into())),
                cell(when(s.value.created_at)),
                cell(when(s.value.last_active)),
                ttl,
            ],
        );
    }
    t
}

/// Under a session table: how many values were malformed, and where to see them whole.
pub(super) fn hint_malformed(ctx: &Ctx, n: usize) {
    if ctx.out.is_table() && n > 0 {
        ctx.out.hint(&format!(
            "{n} session value(s) are malformed: `-o json` shows each whole, with what is wrong"
        ));
    }
}

/// Widest the device column gets for a malformed value: the problem's first clause, so one bad
/// value does not widen the column for every row (the whole value and problem are in `-o json`).
const PROBLEM_CELL_MAX: usize = 32;

/// `what (first clause of the problem)`, at most [`PROBLEM_CELL_MAX`] characters.
fn short_problem(what: &str, problem: &str) -> String {
    let first = problem
        .split([':', ';'])
        .next()
        .unwrap_or(problem)
        .trim_start_matches("value is ");
    shorten(&format!("{what} ({first})"), PROBLEM_CELL_MAX)
}
