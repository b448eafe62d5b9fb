use clap::{Args, Subcommand};
use std::time::Duration;

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

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Only actions newer than this (e.g. 1h, 30m)
    #[arg(long, value_name = "DUR", value_parser = crate::cli::parse_duration)]
    pub since: Option<Duration>,

    #[command(flatten)]
    pub audit: crate::cli::AuditLogArgs,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub audit: crate::cli::AuditLogArgs,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The action's id, as `audit show` prints it
    pub id: String,

    /// Stream to re-add acknowledged or moved stream entries to (required for those)
    #[arg(long, value_name = "STREAM")]
    pub to_stream: Option<String>,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}
