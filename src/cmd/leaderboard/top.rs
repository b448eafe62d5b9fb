//! `redops leaderboard top`: the top traders of a board with their metadata.

use super::board::{BoardArgs, board_key, check_board_type, read_meta};
use super::model::{BoardRow, board_rows, rows_table, warn_beyond_exact};
use crate::client::{Prefetch, reply_int};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::show_bytes;
use clap::Args;

#[derive(Debug, Args)]
pub struct TopArgs {
    #[command(flatten)]
    pub board: BoardArgs,

    /// How many traders to show
    #[arg(long, value_name = "N", default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub count: u64,

    /// Skip this many traders from the top (--offset 50 shows ranks 51..)
    #[arg(long, value_name = "K", default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=1_000_000_000_000))]
    pub offset: u64,

    /// Do not read trader metadata (one round trip instead of two)
    #[arg(long)]
    pub no_meta: bool,
}

pub async fn run(args: TopArgs, ctx: &Ctx) -> Result<()> {
    let key = board_key(ctx, &args.board);
    let shown = show_bytes(&key);
    let stop = args.offset.saturating_add(args.count - 1);
    // Round trip 1 (with the connection set-up, on a standalone server): type (to tell a
    // missing board from a wrong type), size and the range.
    let cmds = [
        redis::cmd("TYPE").arg(&key).clone(),
        redis::cmd("ZCARD").arg(&key).clone(),
        redis::cmd("ZREVRANGE")
            .arg(&key)
            .arg(args.offset)
            .arg(stop)
            .arg("WITHSCORES")
            .clone(),
    ];
    let client = ctx
        .connect_reading(Prefetch::default().batch(&cmds))
        .await?;
    let what = format!("reading {shown}");
    let replies = client.batch(&cmds, &what).await?;
    check_board_type(replies.first(), &shown)?;
    let total = replies.get(1).and_then(reply_int).unwrap_or(0).max(0) as u64;
    let range = replies
        .get(2)
        .ok_or_else(|| Error::internal(format!("{what}: no reply to ZREVRANGE")))?;
    let mut rows: Vec<BoardRow> = board_rows(range, &what)?
        .into_iter()
        .enumerate()
        .map(|(i, (member, score))| BoardRow::new(args.offset + i as u64 + 1, member, score))
        .collect();
    // Round trip 2: every metadata read at once.
    if !args.no_meta && !rows.is_empty() {
        read_meta(ctx, &client, &mut rows).await?;
    }
    warn_beyond_exact(&ctx.out, &rows);
    ctx.out.emit_list(&rows, || {
        if rows.is_empty() {
            ctx.out.hint(&format!(
                "{shown} has {total} traders; nothing at offset {}",
                args.offset
            ));
            return Ok(());
        }
        ctx.out.table(rows_table(&ctx.out, &rows, !args.no_meta))?;
        ctx.out.hint(&format!(
            "{shown}: ranks {}-{} of {total}",
            args.offset + 1,
            args.offset + rows.len() as u64
        ));
        Ok(())
    })
}
