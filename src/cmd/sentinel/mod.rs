//! `redops sentinel status` / `sentinel failover`: whether Sentinel itself is healthy, and a
//! confirmed, audited failover that waits for the new primary.

mod failover;
mod model;
mod status;

pub use failover::FailoverArgs;
pub(crate) use model::kv;
pub use model::{MasterStatus, master_status};
pub use status::StatusArgs;

use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SentinelCommand {
    /// Whether Sentinel itself is healthy: each primary, its replicas, what each sentinel reports
    ///
    /// For each monitored primary (MASTER, the URL's master, or every one the sentinels
    /// monitor): its address and flags, its replicas with lag and link state, every sentinel
    /// with the primary address and config epoch it reports, CKQUORUM, and the time since the
    /// last failover. Exit 1 when the sentinels disagree on the primary or the epoch, when the
    /// quorum or a failover majority cannot be reached, or when the primary or a replica is
    /// down; 3 when no sentinel answers. Never writes.
    Status(StatusArgs),
    /// Fail the primary over to a replica (SENTINEL FAILOVER), and wait for the new primary
    ///
    /// Reads the current primary and CKQUORUM (refused, exit 5, when the quorum cannot be
    /// reached), shows what will happen, asks for confirmation (or --yes), writes an audit line,
    /// then asks a sentinel to fail over and waits (up to --wait) until the sentinels name a new
    /// primary that reports itself primary. Exit 3 when none appears in time (the failover's
    /// outcome is then unknown).
    Failover(FailoverArgs),
}

pub async fn run(cmd: SentinelCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        SentinelCommand::Status(a) => status::run(a, ctx).await,
        SentinelCommand::Failover(a) => failover::run(a, ctx).await,
    }
}
