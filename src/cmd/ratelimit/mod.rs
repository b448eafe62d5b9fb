//! `redops ratelimit probe` / `top` / `reset`: the platform's sliding-window limiter
//! (`ratelimit:{category}:user:{user}`, a sorted set of `"{ts}:{rand}"` members scored by Unix
//! seconds), seen exactly as the application's next attempt would see it.
//!
//! - [`window`]: the limiter's arithmetic (policy, window, verdict), without the writes;
//! - [`model`]: what the leaves share (which key, which policy, entries, clock);
//! - one file per leaf: [`probe`], [`top`], [`reset`], each with its `Args` and its report.

pub mod model;
pub mod probe;
pub mod reset;
pub mod top;
pub mod window;

/// The reset script's source (see [`crate::client::scripts::RATELIMIT_CONDITIONAL_REMOVE`]).
pub use crate::client::scripts::RATELIMIT_CONDITIONAL_REMOVE_SOURCE as CONDITIONAL_REMOVE;

use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

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
    Probe(probe::ProbeArgs),
    /// Users of one category closest to or over their limit right now, across every primary
    ///
    /// Scans every primary for ratelimit:{CATEGORY}:user:*, reads each scan batch in one
    /// pipeline (ZCOUNT of the window, the oldest entry in it, ZCARD, PTTL), and lists users by
    /// entries in the window, highest first. Also reports rate-limit keys without a TTL (they
    /// grow forever) and keys under the pattern that are not sorted sets.
    Top(top::TopArgs),
    /// Clear one user's window for a category (a customer blocked by a bug)
    ///
    /// Reads the members and scores (round trip 1), shows them, asks for confirmation (or
    /// --yes), writes them to the audit log, then removes exactly the members that were read,
    /// each only if its score is unchanged, one atomic Lua script per chunk (sized to stay
    /// inside --latency-budget, each chunk named in the audit log before it is sent). Entries
    /// the application adds in between are kept; the key itself is never deleted with DEL. A
    /// refusal part-way (WRONGTYPE: exit 6; NOPERM, READONLY: exit 5) still reports and audits
    /// what was removed and what was not attempted.
    Reset(reset::ResetArgs),
}

pub async fn run(cmd: RatelimitCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        RatelimitCommand::Probe(a) => probe::run(a, ctx).await,
        RatelimitCommand::Top(a) => top::run(a, ctx).await,
        RatelimitCommand::Reset(a) => reset::run(a, ctx).await,
    }
}
