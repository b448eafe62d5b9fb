//! The bigkeys report, one type whether the keys came from a scan (`bigkeys`) or from RDB
//! snapshots (`rdb`): its JSON is the serialised struct, its table [`Report::render_table`].

use super::rdb::SnapshotReport;
use super::tally::MemoryTally;
use crate::client::walk::{Coverage, ReplicaRead};
use crate::error::Result;
use crate::output::{
    NamedBytes, Output, Report, add_row, bytes_cell, cell, human_bytes, human_duration, human_ms,
};
use comfy_table::Cell;
use serde::Serialize;
use std::time::Duration;

/// `part / total`, to four decimals (0 when there is no total): the JSON `share`.
pub(super) fn share(part: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        (part as f64 / total as f64 * 10_000.0).round() / 10_000.0
    }
}

/// A [`share`] as a percentage for a table, to one decimal.
pub(super) fn percent(part: u64, total: u64) -> String {
    percent_of(share(part, total))
}

fn percent_of(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// A TTL cell: highlighted "no TTL" when the key has none.
pub(super) fn ttl_cell(out: &Output, ttl: Option<i64>) -> Cell {
    match ttl {
        None => out.warn_cell("no TTL"),
        Some(ms) => cell(human_ms(ms)),
    }
}

/// Memory per type.
#[derive(Debug, Serialize)]
pub struct TypeRow {
    #[serde(rename = "type")]
    pub kind: String,
    pub keys: u64,
    pub bytes: u64,
    /// `None` (null) when element counts were not read.
    pub elements: Option<u64>,
    pub share: f64,
}

/// One of the biggest keys.
#[derive(Debug, Serialize)]
pub struct TopKey {
    #[serde(flatten)]
    pub key: NamedBytes,
    #[serde(rename = "type")]
    pub kind: String,
    pub bytes: u64,
    /// `None` (null) when element counts were not read.
    pub elements: Option<u64>,
    pub ttl_ms: Option<i64>,
    /// Bytes of the key's record in an RDB snapshot; absent when read live.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serialized_bytes: Option<u64>,
}

/// A key group (keys folded into a pattern).
#[derive(Debug, Serialize)]
pub struct GroupRow {
    pub pattern: String,
    pub keys: u64,
    pub bytes: u64,
    pub no_ttl: u64,
    pub share: f64,
}

/// Bytes per key.
#[derive(Debug, Serialize)]
pub struct Percentiles {
    pub p50: u64,
    pub p90: u64,
    pub p99: u64,
    pub max: u64,
}

/// What a bigkeys report is made of, before it is laid out.
pub(super) struct ReportParts<'a> {
    pub tally: &'a MemoryTally,
    pub scanned: u64,
    pub vanished: u64,
    pub coverage: &'a Coverage,
    pub elapsed: Duration,
    /// The nodes scanned (primaries, or replicas with --replicas), or the snapshots' sources.
    pub read_from: Vec<String>,
    /// How many key groups to list (`--groups`).
    pub groups: usize,
    /// What each RDB snapshot read says about itself (only when read from snapshots).
    pub snapshots: Vec<SnapshotReport>,
    /// Element counts were not read (`--no-touch` on a server without CLIENT NO-TOUCH): shown
    /// as unknown (JSON null), never as 0.
    pub elements_unknown: bool,
}

/// The bigkeys report (JSON: the fields in this order).
#[derive(Debug, Serialize)]
pub struct BigkeysReport {
    pub scanned: u64,
    pub keys: u64,
    pub vanished: u64,
    pub bytes: u64,
    pub partial: bool,
    pub missed: Vec<String>,
    pub nodes: usize,
    pub read_from: Vec<String>,
    pub elapsed_ms: u64,
    pub no_ttl: u64,
    pub types: Vec<TypeRow>,
    pub top: Vec<TopKey>,
    pub groups: Vec<GroupRow>,
    pub percentiles: Percentiles,
    /// Only when read from snapshots.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<SnapshotReport>,
    pub elements_known: bool,
    /// `--replicas`: the replicas read, with their lag (absent when the primaries were read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<Vec<ReplicaRead>>,
}

impl BigkeysReport {
    pub(super) fn new(p: ReportParts<'_>) -> Self {
        let t = p.tally;
        let known = !p.elements_unknown;
        BigkeysReport {
            scanned: p.scanned,
            keys: t.keys,
            vanished: p.vanished,
            bytes: t.bytes,
            partial: p.coverage.partial(),
            missed: p.coverage.missed.clone(),
            nodes: p.read_from.len(),
            read_from: p.read_from,
            elapsed_ms: p.elapsed.as_millis() as u64,
            no_ttl: t.no_ttl,
            types: t
                .types_by_bytes()
                .into_iter()
                .map(|(k, s)| TypeRow {
                    kind: k.to_owned(),
                    keys: s.keys,
                    bytes: s.bytes,
                    elements: known.then_some(s.elements),
                    share: share(s.bytes, t.bytes),
                })
                .collect(),
            top: t
                .top()
                .into_iter()
                .map(|b| TopKey {
                    key: NamedBytes::new("key", b.key),
                    kind: b.kind,
                    bytes: b.bytes,
                    elements: known.then_some(b.elements),
                    ttl_ms: b.ttl_ms,
                    serialized_bytes: b.serialized_bytes,
                })
                .collect(),
            groups: t
                .groups_by_bytes(p.groups)
                .into_iter()
                .map(|(pattern, g)| GroupRow {
                    pattern,
                    keys: g.keys,
                    bytes: g.bytes,
                    no_ttl: g.no_ttl,
                    share: share(g.bytes, t.bytes),
                })
                .collect(),
            percentiles: Percentiles {
                p50: t.sizes.quantile(0.50),
                p90: t.sizes.quantile(0.90),
                p99: t.sizes.quantile(0.99),
                max: t.sizes.max(),
            },
            snapshots: p.snapshots,
            elements_known: known,
            replicas: p.coverage.replicas.clone(),
        }
    }
}

impl Report for BigkeysReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        let mut text = format!(
            "{}{} keys, {} on {} node{} in {}; {} without TTL ({})",
            if self.partial { "PARTIAL: " } else { "" },
            self.keys,
            human_bytes(self.bytes),
            self.nodes,
            if self.nodes == 1 { "" } else { "s" },
            human_duration(Duration::from_millis(self.elapsed_ms)),
            self.no_ttl,
            percent(self.no_ttl, self.keys),
        );
        if self.vanished > 0 {
            text.push_str(&format!("; {} vanished while scanning", self.vanished));
        }
        for s in &self.snapshots {
            text.push('\n');
            text.push_str(&s.line);
        }
        if !self.elements_known {
            text.push_str(
                "\nelements: unknown (--no-touch: on this server the length reads would update \
                 the keys' LRU/LFU data, so they were skipped)",
            );
        }
        let elements = |n: Option<u64>| n.map_or_else(|| "unknown".to_owned(), |n| n.to_string());
        out.say(&format!("{text}\n\n"))?;
        if self.keys == 0 {
            out.hint("no keys matched");
            return Ok(());
        }

        let mut types = out.new_table(&["type", "keys", "memory", "share", "elements"]);
        for r in &self.types {
            add_row(
                &mut types,
                vec![
                    cell(&r.kind),
                    cell(r.keys),
                    cell(human_bytes(r.bytes)),
                    cell(percent_of(r.share)),
                    cell(elements(r.elements)),
                ],
            );
        }
        out.table(types)?;

        let mut top = out.new_table(&["biggest keys", "type", "memory", "elements", "ttl"]);
        for b in &self.top {
            add_row(
                &mut top,
                vec![
                    bytes_cell(&b.key.bytes),
                    cell(&b.kind),
                    cell(human_bytes(b.bytes)),
                    cell(elements(b.elements)),
                    ttl_cell(out, b.ttl_ms),
                ],
            );
        }
        out.table(top)?;

        let mut groups = out.new_table(&["key group", "keys", "memory", "share", "no ttl"]);
        for g in &self.groups {
            let no_ttl = if g.no_ttl > 0 {
                out.warn_cell(format!("{} ({})", g.no_ttl, percent(g.no_ttl, g.keys)))
            } else {
                cell(0)
            };
            add_row(
                &mut groups,
                vec![
                    cell(&g.pattern),
                    cell(g.keys),
                    cell(human_bytes(g.bytes)),
                    cell(percent_of(g.share)),
                    no_ttl,
                ],
            );
        }
        out.table(groups)?;
        let p = &self.percentiles;
        out.say(&format!(
            "bytes per key: p50 {}, p90 {}, p99 {}, max {}\n",
            human_bytes(p.p50),
            human_bytes(p.p90),
            human_bytes(p.p99),
            human_bytes(p.max),
        ))
    }
}
