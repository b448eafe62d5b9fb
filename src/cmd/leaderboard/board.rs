//! Which board a leaf reads (`--period`/`--month` or `--key`), its type check, and the
//! metadata read of its rows.

use super::model::{BoardRow, Meta, current_month, parse_month, parse_period};
use crate::client::{Client, Reply, is_wrongtype, reply_bytes};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::show_bytes;
use clap::Args;

/// Which board: leaderboard:{period}:{month}, or any sorted set with --key.
#[derive(Debug, Clone, Args)]
pub struct BoardArgs {
    /// Board period, the {period} of leaderboard:{period}:{month}
    #[arg(long, value_name = "P", default_value = "monthly", value_parser = parse_period)]
    pub period: String,

    /// Board month as YYYY-MM (default: the current month, UTC)
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
    pub month: Option<String>,

    /// Read this sorted set instead of leaderboard:{period}:{month}
    #[arg(long, value_name = "KEY", conflicts_with_all = ["period", "month"])]
    pub key: Option<String>,
}

/// The board key the operator chose.
pub fn board_key(ctx: &Ctx, b: &BoardArgs) -> Vec<u8> {
    if let Some(k) = &b.key {
        return k.clone().into_bytes();
    }
    let month = b.month.clone().unwrap_or_else(current_month);
    ctx.settings
        .keyspace
        .leaderboard
        .render(&[("period", b.period.as_bytes()), ("month", month.as_bytes())])
}

/// Exit 4 when the board does not exist, 6 when it is not a sorted set.
pub fn check_board_type(reply: Option<&Reply>, shown: &str) -> Result<()> {
    let kind = reply.and_then(reply_bytes).unwrap_or_default();
    match kind.as_slice() {
        b"zset" => Ok(()),
        b"none" => Err(Error::not_found(format!("{shown} does not exist"))
            .hint("`redops leaderboard list` shows the boards that exist; choose one with --month, --period or --key")),
        other => Err(Error::data(format!(
            "{shown} is a {}, not a leaderboard (a sorted set)",
            show_bytes(other)
        ))
        .hint("check the key; leaderboards are sorted sets leaderboard:{period}:{YYYY-MM}")),
    }
}

/// Round trip: every row's metadata at once (on a cluster, concurrently to each owner node).
pub async fn read_meta(ctx: &Ctx, client: &Client, rows: &mut [BoardRow]) -> Result<()> {
    let cmds: Vec<redis::Cmd> = rows
        .iter()
        .map(|r| {
            let key = ctx
                .settings
                .keyspace
                .trader_meta
                .render(&[("trader", &r.member.bytes)]);
            redis::cmd("GET").arg(key).clone()
        })
        .collect();
    let replies = client.batch(&cmds, "reading trader metadata").await?;
    for (row, reply) in rows.iter_mut().zip(replies.iter()) {
        row.meta = Some(if is_wrongtype(reply) {
            Meta::Bad("not a string".into())
        } else {
            Meta::parse(reply_bytes(reply).as_deref())
        });
    }
    Ok(())
}
