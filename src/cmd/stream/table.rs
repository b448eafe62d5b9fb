//! The pending-entries table that `pending --detail`, `reclaim` and `ack` show.

use super::model::{Fields, Payload, PendingEntry};
use crate::output::{Output, add_row, bytes_cell, cell, human_ms, show_bytes};
use comfy_table::Cell;

/// An extra table column: its header and how to fill it.
pub type ExtraColumn<'a> = (&'a str, &'a dyn Fn(&PendingEntry) -> Cell);

pub fn entries_table(
    out: &Output,
    entries: &[PendingEntry],
    extra: Option<ExtraColumn>,
) -> comfy_table::Table {
    let payload = entries.iter().any(|e| e.payload != Payload::NotRead);
    let mut header = vec!["id", "consumer", "idle", "deliveries"];
    if payload {
        header.push("fields");
    }
    if let Some((h, _)) = extra {
        header.push(h);
    }
    let mut t = out.new_table(&header);
    for e in entries {
        let mut row = vec![
            cell(&e.id),
            bytes_cell(&e.consumer),
            cell(human_ms(e.idle_ms as i64)),
            cell(e.deliveries),
        ];
        if payload {
            row.push(match &e.payload {
                Payload::Fields(f) => cell(fields_text(f)),
                Payload::Deleted => out.alert_cell("deleted from the stream"),
                Payload::NotRead => cell(""),
            });
        }
        if let Some((_, f)) = extra {
            row.push(f(e));
        }
        add_row(&mut t, row);
    }
    t
}

/// Fields for a table cell: `payload={...} dispatched_at=...`.
fn fields_text(f: &Fields) -> String {
    f.iter()
        .map(|(k, v)| format!("{}={}", show_bytes(k), show_bytes(v)))
        .collect::<Vec<_>>()
        .join(" ")
}
