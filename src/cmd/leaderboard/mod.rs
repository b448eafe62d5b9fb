//! `redops leaderboard top / rank / list`: copy-trading leaderboards (sorted sets
//! `leaderboard:{period}:{YYYY-MM}`, member = trader id, highest score first) joined with
//! trader metadata (`trader:meta:{trader}`, JSON `{name, avatar, followers}`, often missing).
//!
//! - [`model`]: scores as Redis sent them, percentile, ties, months, metadata, a board's rows;
//! - [`board`]: which board a leaf reads, its type check and its rows' metadata;
//! - one file per leaf: [`top`], [`rank`], [`list`], each with its `Args` and its report.

pub mod board;
pub mod list;
pub mod model;
pub mod rank;
pub mod top;

pub use model::current_month;

use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum LeaderboardCommand {
    /// The top traders of a board with their name and followers, in two round trips
    ///
    /// Reads the ranks with ZREVRANGE (round trip 1), then every trader's metadata
    /// (trader:meta:{trader}) at once (round trip 2; on a cluster the reads go to their nodes
    /// concurrently). A trader whose metadata is missing or not valid JSON is shown as such.
    /// Exit 4 when the board does not exist, 6 when the key is not a sorted set.
    Top(top::TopArgs),
    /// One trader's rank, score and percentile on a board, in one round trip
    ///
    /// percentile = round((1 - (rank - 1) / total) * 100, 1): the top trader is 100.0.
    /// Exit 4 when the board does not exist or the trader is not on it, 6 when the key is not
    /// a sorted set. --around N also lists the N traders above and below with their metadata
    /// (two more round trips); equal scores are marked as ties, in the order Redis ranks them.
    Rank(rank::RankArgs),
    /// Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL
    ///
    /// Scans every primary; per batch of keys one pipeline of ZCARD, the lowest and highest
    /// score, and PTTL. Boards of past months without a TTL are flagged: they stay forever.
    List(list::ListArgs),
}

pub async fn run(cmd: LeaderboardCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        LeaderboardCommand::Top(a) => top::run(a, ctx).await,
        LeaderboardCommand::Rank(a) => rank::run(a, ctx).await,
        LeaderboardCommand::List(a) => list::run(a, ctx).await,
    }
}
