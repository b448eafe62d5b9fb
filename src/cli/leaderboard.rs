use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum LeaderboardCommand {
    /// The top traders of a board with their name and followers, in two round trips
    ///
    /// Reads the ranks with ZREVRANGE (round trip 1), then every trader's metadata
    /// (trader:meta:{trader}) at once (round trip 2; on a cluster the reads go to their nodes
    /// concurrently). A trader whose metadata is missing or not valid JSON is shown as such.
    /// Exit 4 when the board does not exist, 6 when the key is not a sorted set.
    Top(TopArgs),
    /// One trader's rank, score and percentile on a board, in one round trip
    ///
    /// percentile = round((1 - (rank - 1) / total) * 100, 1): the top trader is 100.0.
    /// Exit 4 when the board does not exist or the trader is not on it, 6 when the key is not
    /// a sorted set. --around N also lists the N traders above and below with their metadata
    /// (two more round trips); equal scores are marked as ties, in the order Redis ranks them.
    Rank(RankArgs),
    /// Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL
    ///
    /// Scans every primary; per batch of keys one pipeline of ZCARD, the lowest and highest
    /// score, and PTTL. Boards of past months without a TTL are flagged: they stay forever.
    List(ListArgs),
}

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

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only boards of this period (e.g. monthly)
    #[arg(long, value_name = "P", value_parser = parse_period)]
    pub period: Option<String>,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

/// A board month: `YYYY-MM` with a month from 01 to 12.
pub fn parse_month(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let ok = b.len() == 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..].iter().all(u8::is_ascii_digit)
        && matches!(s[5..].parse::<u8>(), Ok(1..=12));
    if ok {
        Ok(s.to_owned())
    } else {
        Err(format!("'{s}' is not a month; use YYYY-MM, e.g. 2026-03"))
    }
}

/// A board period: non-empty, without ':' (which separates the parts of the key).
pub fn parse_period(s: &str) -> Result<String, String> {
    if s.is_empty() || s.contains(':') {
        Err(format!(
            "'{s}' is not a period; use e.g. monthly, weekly (no ':')"
        ))
    } else {
        Ok(s.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_validated() {
        assert_eq!(parse_month("2026-03").as_deref(), Ok("2026-03"));
        assert!(parse_month("2026-12").is_ok());
        for bad in [
            "2026-13",
            "2026-00",
            "2026-3",
            "26-03",
            "2026/03",
            "2026-03-01",
            "abcd-ef",
            "",
        ] {
            assert!(parse_month(bad).is_err(), "{bad}");
        }
        assert!(parse_period("weekly").is_ok());
        assert!(parse_period("").is_err());
        assert!(parse_period("a:b").is_err());
    }
}
