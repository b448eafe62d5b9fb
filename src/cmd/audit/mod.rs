//! `redops audit`: the audit log of destructive actions (see [`crate::audit_log`]).
//!
//! - `audit show` ([`show`]): the recorded actions with their outcomes, newest last.
//! - `audit verify` ([`verify`]): the log's hash chain, naming the first line edited, removed
//!   or reordered.
//! - `audit restore` ([`restore`]; [`parts`] for an action audited in parts): puts back what
//!   one action is known to have removed, never overwriting anything present now.
//!
//! What the leaves share is below: opening the log for reading, and the clock.

mod parts;
mod restore;
mod show;
mod verify;

pub use restore::RestoreArgs;
pub use show::ShowArgs;
pub use verify::VerifyArgs;

use crate::audit_log::{self, LogError};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::safety;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List the destructive actions recorded in the audit log, newest last
    Show(ShowArgs),
    /// Put back what one audited action removed
    ///
    /// Locks are restored only if absent (SET NX, with the TTL they had), sessions only where
    /// the field is absent (HSETNX), rate-limit members with ZADD NX, and stream entries are
    /// re-added with XADD to the stream given by --to-stream. Only the items the action's
    /// outcome confirms it removed are put back: one it skipped (changed or gone meanwhile), or
    /// whose removal is unknown (lost reply), is listed as skipped with the reason, and so is a
    /// stream entry an earlier restore of the same action already re-added. Dry-run,
    /// confirmation and audit apply as to every change.
    Restore(RestoreArgs),
    /// Check the audit log's hash chain: name the first line edited, removed or reordered
    ///
    /// Every line carries `seq` (its place in the chain) and `prev_sha256` (the SHA-256 of the
    /// line before it). Exit 0 when the chain is intact, 1 naming the first line that was
    /// edited, removed, inserted or moved. Lines written before the chain existed (no `seq`)
    /// are counted as unchained; a torn line (an interrupted write) is reported, not a failure.
    /// The chain cannot show that lines were cut off the end, or that the whole chain after a
    /// line was rewritten: ship the log to syslog (--audit-syslog) for that.
    Verify(VerifyArgs),
}

pub async fn run(cmd: AuditCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        AuditCommand::Show(a) => show::run(a, ctx),
        AuditCommand::Restore(a) => restore::run(a, ctx).await,
        AuditCommand::Verify(a) => verify::run(a, ctx),
    }
}

/// The log, opened for reading (never through a symlink); `None` when there is none yet.
fn open_log(ctx: &Ctx) -> Result<Option<std::fs::File>> {
    let path = safety::audit_path(ctx);
    audit_log::open_for_read(&path).map_err(|e| match e {
        LogError::Symlink(_) => Error::refused(format!("cannot read the audit log: {e}"))
            .hint("point --audit-log / REDOPS_AUDIT_LOG at the real file"),
        LogError::Io(e) => {
            Error::usage(format!("cannot read the audit log {}: {e}", path.display()))
        }
    })
}

/// The error for a log that could not be read to its end.
fn read_error(ctx: &Ctx, e: std::io::Error) -> Error {
    Error::usage(format!(
        "cannot read the audit log {}: {e}",
        safety::audit_path(ctx).display()
    ))
}
