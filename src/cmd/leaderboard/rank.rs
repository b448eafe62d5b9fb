//! `redops leaderboard rank`: one trader's rank, score and percentile on a board, and with
//! `--around` the traders above and below.

use super::board::{BoardArgs, board_key, check_board_type, read_meta};
use super::model::{
    BoardRow, Score, Tie, board_rows, percentile, rows_table, score_json, tie_flags,
    warn_beyond_exact,
};
use crate::client::reply::score_value;
use crate::client::{Client, Prefetch, reply_int};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{NamedBytes, Output, Report, parse_hex, show_bytes};
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct RankArgs {
    /// The trader id (the board's member)
    #[arg(required_unless_present = "member_hex")]
    pub member: Option<String>,

    /// Like MEMBER, for a member that is not UTF-8, given as hex
    #[arg(long, value_name = "HEX", conflicts_with = "member")]
    pub member_hex: Option<String>,

    #[command(flatten)]
    pub board: BoardArgs,

    /// Also show the N traders above and below, with their metadata
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub around: Option<u64>,
}

pub async fn run(args: RankArgs, ctx: &Ctx) -> Result<()> {
    let member = match (&args.member, &args.member_hex) {
        (Some(m), _) => m.clone().into_bytes(),
        (None, Some(h)) => parse_hex(h).map_err(|e| Error::usage(format!("--member-hex: {e}")))?,
        (None, None) => return Err(Error::usage("give MEMBER or --member-hex")),
    };
    let key = board_key(ctx, &args.board);
    let shown = show_bytes(&key);
    let shown_member = show_bytes(&member);
    let what = format!("reading {shown_member} on {shown}");
    // Round trip 1 (with the connection set-up, on a standalone server): everything the
    // plain form needs.
    let cmds = [
        redis::cmd("TYPE").arg(&key).clone(),
        redis::cmd("ZREVRANK").arg(&key).arg(&member).clone(),
        redis::cmd("ZSCORE").arg(&key).arg(&member).clone(),
        redis::cmd("ZCARD").arg(&key).clone(),
    ];
    let client = ctx
        .connect_reading(Prefetch::default().batch(&cmds))
        .await?;
    let replies = client.batch(&cmds, &what).await?;
    check_board_type(replies.first(), &shown)?;
    let (Some(pos), Some(score)) = (
        replies.get(1).and_then(reply_int),
        replies
            .get(2)
            .and_then(|r| r.as_ref().ok())
            .and_then(score_value)
            .and_then(Score::decoded),
    ) else {
        return Err(
            Error::not_found(format!("{shown_member} is not on {shown}")).hint(format!(
                "`redops leaderboard top --key {shown}` shows who is"
            )),
        );
    };
    let total = replies.get(3).and_then(reply_int).unwrap_or(0).max(0) as u64;
    let rank = pos.max(0) as u64 + 1;
    let mut around = None;
    if let Some(n) = args.around {
        let window = read_around(ctx, &client, &key, &member, pos.max(0) as u64, n).await?;
        if !window.iter().any(|r| r.tie.is_some_and(|t| t.target)) {
            ctx.out.warn(&format!(
                "{shown_member} moved on the board between the reads; the neighbours shown are around its old rank {rank}"
            ));
        }
        around = Some(window);
    }
    ctx.out.emit(&RankReport {
        key: NamedBytes::new("key", key),
        member: NamedBytes::new("member", member),
        rank,
        score,
        total,
        percentile: percentile(rank, total),
        around,
    })
}

/// What `rank` reports: the trader's place on the board (and its neighbours with `--around`).
#[derive(Debug, Serialize)]
pub struct RankReport {
    #[serde(flatten)]
    pub key: NamedBytes,
    #[serde(flatten)]
    pub member: NamedBytes,
    pub rank: u64,
    #[serde(flatten, serialize_with = "score_json")]
    pub score: Score,
    pub total: u64,
    pub percentile: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub around: Option<Vec<BoardRow>>,
}

impl Report for RankReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        out.say(&format!(
            "{} on {}: rank {} of {}, score {}, percentile {:.1}\n",
            show_bytes(&self.member.bytes),
            show_bytes(&self.key.bytes),
            self.rank,
            self.total,
            self.score.for_table(),
            self.percentile
        ))?;
        if let Some(window) = self.around.as_deref().filter(|w| !w.is_empty()) {
            warn_beyond_exact(out, window);
            out.table(rows_table(out, window, true))?;
        }
        Ok(())
    }
}

/// Two round trips: the window (one extra row each side, to see ties at the edges), then its
/// metadata.
async fn read_around(
    ctx: &Ctx,
    client: &Client,
    key: &[u8],
    member: &[u8],
    pos: u64,
    n: u64,
) -> Result<Vec<BoardRow>> {
    let first = pos.saturating_sub(n);
    let fetch_from = first.saturating_sub(1);
    let last = pos + n;
    let what = format!("reading the traders around {}", show_bytes(member));
    let cmd = redis::cmd("ZREVRANGE")
        .arg(key)
        .arg(fetch_from)
        .arg(last + 1)
        .arg("WITHSCORES")
        .clone();
    let replies = client.batch(std::slice::from_ref(&cmd), &what).await?;
    let reply = replies
        .first()
        .ok_or_else(|| Error::internal(format!("{what}: no reply")))?;
    let fetched = board_rows(reply, &what)?;
    let ties = tie_flags(&fetched.iter().map(|(_, s)| s.value).collect::<Vec<_>>());
    let mut rows: Vec<BoardRow> = fetched
        .into_iter()
        .zip(ties)
        .enumerate()
        .map(|(i, ((m, score), tied))| BoardRow {
            tie: Some(Tie {
                tied,
                target: m == member,
            }),
            ..BoardRow::new(fetch_from + i as u64 + 1, m, score)
        })
        .filter(|r| r.rank > first && r.rank <= last + 1)
        .collect();
    if !rows.is_empty() {
        read_meta(ctx, client, &mut rows).await?;
    }
    Ok(rows)
}
