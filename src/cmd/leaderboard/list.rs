//! `redops leaderboard list`: every board that exists, with member counts, score range and TTL.

use super::model::{
    Score, board_rows, current_month, highest_score_json, lowest_score_json, parse_month,
    parse_period,
};
use crate::client::walk::{Walk, Walked};
use crate::client::{ScanOptions, is_wrongtype, reply_int, ttl_ms};
use crate::cmd::scan_options;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{NamedBytes, NamedOptBytes, add_row, bytes_cell, cell, human_ms, show_bytes};
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only boards of this period (e.g. monthly)
    #[arg(long, value_name = "P", value_parser = parse_period)]
    pub period: Option<String>,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

/// A board found by `list`.
#[derive(Debug, Clone, Serialize)]
pub struct BoardSummary {
    #[serde(flatten)]
    pub key: NamedBytes,
    /// The key's `{period}` (`null` when the key does not follow the pattern).
    #[serde(flatten)]
    pub period: NamedOptBytes,
    #[serde(flatten)]
    pub month: NamedOptBytes,
    pub members: u64,
    #[serde(flatten, serialize_with = "lowest_score_json")]
    pub lowest: Option<Score>,
    #[serde(flatten, serialize_with = "highest_score_json")]
    pub highest: Option<Score>,
    pub ttl_ms: Option<i64>,
    /// A month before the current one, and no TTL: it stays until someone deletes it.
    pub stale: bool,
}

/// A key under the leaderboard pattern that is not a board.
#[derive(Debug, Clone, Serialize)]
pub struct NotABoard {
    #[serde(flatten)]
    pub key: NamedBytes,
    /// Why it is not one.
    pub error: String,
}

/// One item of the list: the boards (by key), then the keys that are not boards.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum ListItem {
    Board(BoardSummary),
    NotABoard(NotABoard),
}

/// Whether a board of `month` with no TTL is left over from the past.
pub fn is_stale(month: Option<&[u8]>, ttl_ms: Option<i64>, current: &str) -> bool {
    ttl_ms.is_none()
        && month
            .and_then(|m| std::str::from_utf8(m).ok())
            .is_some_and(|m| parse_month(m).is_ok() && m < current)
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let tpl = &ctx.settings.keyspace.leaderboard;
    let glob = match &args.period {
        Some(p) => tpl.glob(&[("period", p.as_bytes())], false),
        None => tpl.glob(&[], false),
    };
    let current = current_month();
    let client = ctx.connect().await?;
    let opts = ScanOptions {
        pattern: Some(glob),
        ..scan_options(&args.scan)
    };
    // Per key, in one pipeline per SCAN batch: size, lowest and highest entry, TTL.
    let Walked {
        value: (mut boards, mut odd),
        coverage,
    } = Walk::new(ctx, &client, opts)
        .keys(
            (Vec::new(), Vec::<(Vec<u8>, String)>::new()),
            "reading leaderboards",
            |k| {
                vec![
                    redis::cmd("ZCARD").arg(k).clone(),
                    redis::cmd("ZRANGE")
                        .arg(k)
                        .arg(0)
                        .arg(0)
                        .arg("WITHSCORES")
                        .clone(),
                    redis::cmd("ZRANGE")
                        .arg(k)
                        .arg(-1)
                        .arg(-1)
                        .arg("WITHSCORES")
                        .clone(),
                    redis::cmd("PTTL").arg(k).clone(),
                ]
            },
            |(boards, odd), key, r, _node| {
                if r.first().is_some_and(is_wrongtype) {
                    odd.push((key, "is not a sorted set (WRONGTYPE)".into()));
                    return Ok(());
                }
                let members = r.first().and_then(reply_int).unwrap_or(0);
                if members <= 0 {
                    return Ok(()); // deleted between SCAN and the reads
                }
                let end = |i: usize| {
                    r.get(i)
                        .and_then(|x| board_rows(x, "reading a board's score range").ok())
                        .and_then(|v| v.into_iter().next())
                        .map(|(_, s)| s)
                };
                let ttl = ttl_ms(r.get(3).and_then(reply_int).unwrap_or(-1));
                let period = tpl.extract_one(&key, "period");
                let month = tpl.extract_one(&key, "month");
                boards.push(BoardSummary {
                    stale: is_stale(month.as_deref(), ttl, &current),
                    key: NamedBytes::new("key", key),
                    period: NamedOptBytes::new("period", period),
                    month: NamedOptBytes::new("month", month),
                    members: members as u64,
                    lowest: end(1),
                    highest: end(2),
                    ttl_ms: ttl,
                });
                Ok(())
            },
        )
        .await?;
    boards.sort_by(|a, b| a.key.bytes.cmp(&b.key.bytes));
    odd.sort();
    let items: Vec<ListItem> = boards
        .into_iter()
        .map(ListItem::Board)
        .chain(odd.iter().map(|(k, why)| {
            ListItem::NotABoard(NotABoard {
                key: NamedBytes::new("key", k.clone()),
                error: why.clone(),
            })
        }))
        .collect();
    ctx.out.emit_list(&items, || {
        if items.is_empty() {
            ctx.out.hint("no leaderboards found");
            return Ok(());
        }
        let mut t = ctx
            .out
            .new_table(&["board", "traders", "highest", "lowest", "ttl"]);
        for item in &items {
            match item {
                ListItem::Board(b) => {
                    let ttl = match (b.ttl_ms, b.stale) {
                        (Some(ms), _) => cell(human_ms(ms)),
                        (None, true) => ctx.out.alert_cell("no TTL: past month, kept forever"),
                        (None, false) => cell("no TTL"),
                    };
                    let score =
                        |s: &Option<Score>| s.as_ref().map(Score::for_table).unwrap_or("-".into());
                    add_row(
                        &mut t,
                        vec![
                            bytes_cell(&b.key.bytes),
                            cell(b.members),
                            cell(score(&b.highest)),
                            cell(score(&b.lowest)),
                            ttl,
                        ],
                    );
                }
                ListItem::NotABoard(o) => add_row(
                    &mut t,
                    vec![
                        cell(show_bytes(&o.key.bytes)),
                        ctx.out.warn_cell(format!("not a leaderboard: {}", o.error)),
                        cell("-"),
                        cell("-"),
                        cell("-"),
                    ],
                ),
            }
        }
        ctx.out.table(t)
    })?;
    for (k, why) in &odd {
        ctx.out.warn(&format!(
            "{} is under the leaderboard pattern but {why}; skipped",
            show_bytes(k)
        ));
    }
    coverage.conclude(ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_boards_are_past_months_without_ttl() {
        assert!(is_stale(Some(b"2026-09"), None, "2026-11"));
        assert!(!is_stale(Some(b"2026-09"), Some(5), "2026-11"));
        assert!(!is_stale(Some(b"2026-11"), None, "2026-11"));
        assert!(!is_stale(Some(b"alltime"), None, "2026-11"));
    }
}
