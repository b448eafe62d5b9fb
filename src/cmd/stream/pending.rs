//! `redops stream pending STREAM -g GROUP`: the pending summary, and with `--detail` the
//! entries themselves, streamed page by page.

use super::filter::{PendingFilter, PendingQuery};
use super::model::{Payload, PendingEntry, PendingSummary};
use super::read::{open_group, read_pending_pages};
use super::table::entries_table;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{JsonStyle, NamedBytes, Output, Report, add_row, cell, show_bytes};
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct PendingArgs {
    /// The stream (key)
    pub stream: String,

    /// The consumer group
    #[arg(short, long, value_name = "GROUP")]
    pub group: String,

    /// List the entries (id, consumer, idle, deliveries), not only the summary
    #[arg(long)]
    pub detail: bool,

    /// Include each entry's fields (implies --detail)
    #[arg(long)]
    pub payload: bool,

    #[command(flatten)]
    pub filter: PendingFilter,

    /// Pending entries read per XPENDING call
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub page_size: u64,
}

/// Pending entries a table shows at most (the oldest); a count says how many more matched.
const PENDING_TABLE_ROWS: usize = 1_000;

pub async fn run(args: PendingArgs, ctx: &Ctx) -> Result<()> {
    let stream = args.stream.as_bytes();
    let group = args.group.as_bytes();
    let detail = args.detail || args.payload || args.filter.any();
    let client = ctx.connect().await?;
    // Round trip 1: existence, groups and the summary.
    let (summary, _) = open_group(&client, stream, group, Vec::new()).await?;
    let report = PendingReport::new(stream, group, &summary);
    let q = PendingQuery::from_filter(&args.filter, args.page_size, args.payload);
    let mut read = Tally::default();
    let mut partial = false;
    if !detail {
        ctx.out.emit(&report)?;
    } else if ctx.out.is_table() {
        ctx.out.emit(&report)?;
        // Only the oldest rows are kept for the table; the rest are counted.
        let mut entries = Vec::new();
        if summary.count > 0 {
            partial = read_pending_pages(ctx, &client, stream, group, &q, |page| {
                for e in page {
                    read.count(&e);
                    if entries.len() < PENDING_TABLE_ROWS {
                        entries.push(e);
                    }
                }
                Ok(())
            })
            .await?;
        }
        if entries.is_empty() {
            ctx.out.hint("no pending entries match");
        } else {
            ctx.out.table(entries_table(&ctx.out, &entries, None))?;
            if read.matched > entries.len() {
                ctx.out.hint(&format!(
                    "showing the oldest {} of {} matching entries; `-o ndjson` lists every one",
                    entries.len(),
                    read.matched
                ));
            }
        }
    } else {
        // The same document as the summary, written page by page: its fields, then "entries"
        // (so that memory stays bounded however many entries are pending).
        let mut doc = ctx.out.stream_doc(JsonStyle::PRETTY_FIELDS);
        doc.fields(&report)?;
        doc.list("entries")?;
        doc.flush()?;
        if summary.count > 0 {
            partial = read_pending_pages(ctx, &client, stream, group, &q, |page| {
                for e in &page {
                    read.count(e);
                    doc.item(&e.report())?;
                }
                doc.flush()
            })
            .await?;
        }
        doc.end_list();
        doc.finish()?;
    }
    if read.deleted > 0 {
        let deleted = read.deleted;
        ctx.out.warn(&format!(
            "{deleted} pending entr{} deleted from the stream: no worker can process {}; acknowledge {} with `redops stream ack`",
            if deleted == 1 { "y was" } else { "ies were" },
            if deleted == 1 { "it" } else { "them" },
            if deleted == 1 { "it" } else { "them" },
        ));
    }
    if partial {
        ctx.out.warn("interrupted: the list above is partial");
        return Err(Error::interrupted());
    }
    Ok(())
}

/// The entries read: how many matched, and how many of them were deleted from the stream.
#[derive(Debug, Default)]
struct Tally {
    matched: usize,
    deleted: usize,
}

impl Tally {
    fn count(&mut self, e: &PendingEntry) {
        self.matched += 1;
        if e.payload == Payload::Deleted {
            self.deleted += 1;
        }
    }
}

/// The summary: `{stream, group, count, min_id, max_id, consumers: [{name, pending}]}`; with
/// `--detail`, the same document gets `"entries"` last.
#[derive(Debug, Serialize)]
pub struct PendingReport {
    #[serde(flatten)]
    pub stream: NamedBytes,
    #[serde(flatten)]
    pub group: NamedBytes,
    pub count: u64,
    pub min_id: Option<String>,
    pub max_id: Option<String>,
    pub consumers: Vec<PendingConsumer>,
}

/// A consumer and how many entries are pending on it.
#[derive(Debug, Serialize)]
pub struct PendingConsumer {
    #[serde(flatten)]
    pub name: NamedBytes,
    pub pending: u64,
}

impl PendingReport {
    fn new(stream: &[u8], group: &[u8], s: &PendingSummary) -> Self {
        PendingReport {
            stream: NamedBytes::new("stream", stream),
            group: NamedBytes::new("group", group),
            count: s.count,
            min_id: s.min_id.clone(),
            max_id: s.max_id.clone(),
            consumers: s
                .consumers
                .iter()
                .map(|(name, n)| PendingConsumer {
                    name: NamedBytes::new("name", name.clone()),
                    pending: *n,
                })
                .collect(),
        }
    }
}

impl Report for PendingReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        let mut text = format!(
            "{} group {}: {} pending",
            show_bytes(&self.stream.bytes),
            show_bytes(&self.group.bytes),
            self.count
        );
        if let (Some(a), Some(b)) = (&self.min_id, &self.max_id) {
            text.push_str(&format!(" (ids {a} .. {b})"));
        }
        out.say(&(text + "\n"))?;
        if !self.consumers.is_empty() {
            let mut t = out.new_table(&["consumer", "pending"]);
            for c in &self.consumers {
                add_row(
                    &mut t,
                    vec![cell(show_bytes(&c.name.bytes)), cell(c.pending)],
                );
            }
            out.table(t)?;
        }
        Ok(())
    }
}
