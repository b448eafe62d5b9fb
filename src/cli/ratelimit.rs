use clap::{Args, Subcommand};
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum RatelimitCommand {
    /// Show one user's sliding window as the limiter's next attempt would see it, changing nothing
    ///
    /// Reads ratelimit:{CATEGORY}:user:{USER} (or --key) in one round trip, together with the
    /// server's clock (TIME), and answers: entries in the window, stale entries still stored,
    /// limit, remaining attempts, whether the next attempt would be allowed, retry-after, the
    /// oldest and newest entry in the window, and the key's TTL. Nothing is removed or added.
    /// A key that does not exist is a user with full quota; a key of another type is exit 6.
    /// Scores that are not plausible Unix seconds (milliseconds, say) are counted as the
    /// application counts them, and flagged.
    Probe(ProbeArgs),
    /// Users of one category closest to or over their limit right now, across every primary
    ///
    /// Scans every primary for ratelimit:{CATEGORY}:user:*, reads each scan batch in one
    /// pipeline (ZCOUNT of the window, the oldest entry in it, ZCARD, PTTL), and lists users by
    /// entries in the window, highest first. Also reports rate-limit keys without a TTL (they
    /// grow forever) and keys under the pattern that are not sorted sets.
    Top(TopArgs),
    /// Clear one user's window for a category (a customer blocked by a bug)
    ///
    /// Reads the members and scores (round trip 1), shows them, asks for confirmation (or
    /// --yes), writes them to the audit log, then removes exactly the members that were read,
    /// each only if its score is unchanged, one atomic Lua script per chunk (sized to stay
    /// inside --latency-budget, each chunk named in the audit log before it is sent). Entries
    /// the application adds in between are kept; the key itself is never deleted with DEL. A
    /// refusal part-way (WRONGTYPE: exit 6; NOPERM, READONLY: exit 5) still reports and audits
    /// what was removed and what was not attempted.
    Reset(ResetArgs),
}

/// Which rate-limit key: a category and a user, or the key itself.
#[derive(Debug, Args)]
pub struct Target {
    /// Endpoint category, e.g. deposit, withdrawal, kyc_check, card_token
    #[arg(
        long,
        value_name = "CAT",
        required_unless_present = "key",
        requires = "user"
    )]
    pub category: Option<String>,

    /// User id, as in ratelimit:{CATEGORY}:user:{USER}
    #[arg(long, value_name = "ID", requires = "category")]
    pub user: Option<String>,

    /// The rate-limit key itself, instead of --category and --user
    ///
    /// When the key follows the rate-limit pattern, its category picks the policy.
    #[arg(long, value_name = "KEY", conflicts_with_all = ["category", "user"])]
    pub key: Option<String>,
}

/// Overrides of the category's policy (the limiter's limit and window).
#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Attempts allowed per window, instead of the category's policy
    ///
    /// Defaults: deposit 30, withdrawal 10, kyc_check 5, card_token 20, any other category 60.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,

    /// Window length, instead of the category's policy (500ms, 2s, 1m)
    ///
    /// Default: 60s for every built-in category.
    #[arg(long, value_name = "DUR", value_parser = parse_window)]
    pub window: Option<Duration>,
}

#[derive(Debug, Args)]
pub struct ProbeArgs {
    #[command(flatten)]
    pub target: Target,

    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Args)]
pub struct TopArgs {
    /// Endpoint category whose users to rank, e.g. withdrawal
    #[arg(long, value_name = "CAT")]
    pub category: String,

    /// How many users to show
    #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub count: u64,

    #[command(flatten)]
    pub policy: PolicyArgs,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    #[command(flatten)]
    pub target: Target,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

/// A window length: 1ms (the finest a limiter's millisecond scores tell apart) to 100 years.
pub fn parse_window(s: &str) -> Result<Duration, String> {
    let d = crate::cli::parse_duration(s)?;
    if d.is_zero() {
        return Err(format!(
            "window '{s}' is zero; a sliding window needs a length, e.g. 1s, 60s"
        ));
    }
    crate::cli::parse_duration_in(s, Duration::from_millis(1), crate::cli::MAX_DURATION)
}
