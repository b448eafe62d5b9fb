//! `redops session list` / `session kill`: trading sessions, one hash per user
//! (`sessions:user:{user}`), one field per session id, value JSON
//! `{session_id, device_type, ip_address, created_at, last_active}`.
//!
//! The leaves: `list.rs` and `kill.rs`, each with its arguments beside the code that runs it.
//! What they share: the value model and its JSON (`value.rs`), the filters (`filter.rs`), the
//! session table (`table.rs`), the paged reads of a hash (`read.rs`) and the platform-wide
//! walk (`scan.rs`). `kill`'s own parts: the spool of what it ends (`spool.rs`), the writes
//! (`apply.rs`); its report is streamed with `output::JsonStream`.

mod apply;
mod filter;
mod kill;
mod list;
mod read;
mod scan;
mod spool;
mod table;
mod value;

use crate::context::Ctx;
use crate::error::Result;
use clap::{ArgGroup, Subcommand};

/// The source of `kill`'s compare-then-delete script (the tests run it).
pub use crate::client::scripts::SESSION_COMPARE_THEN_HDEL_LUA as COMPARE_THEN_HDEL;
/// `check` counts the session fields without a TTL with it.
pub use read::fields_without_ttl;

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// List trading sessions of one user, or across the platform with filters
    ///
    /// With --user, reads sessions:user:{ID} (one round trip): newest activity first, exit 4
    /// when the user has no sessions. Without it, scans every primary for sessions:user:* and
    /// reads each batch of keys in one pipeline; --output ndjson streams sessions as found.
    /// A value that is not the expected JSON is listed with its raw value and an `error`; a key
    /// of another type under the pattern is reported and skipped.
    List(list::ListArgs),
    /// End sessions: chosen ones, all of a user's, or every session from an IP range or device
    ///
    /// Reads the sessions that match, shows them, asks for confirmation (or --yes), writes an
    /// audit line with each session's full value, then deletes each field atomically only if
    /// its value is still exactly the one read (Lua compare-then-delete). Sessions that changed
    /// or ended in between are reported as skipped; sessions created after the read are never
    /// touched. Any number of sessions: the scripts are sized to --latency-budget, sent node by
    /// node (each round trip within --timeout, redirects followed, never retried), and a large
    /// kill is audited part by part, each part before it is sent. The report says per node
    /// what was ended, skipped, unknown (sent, no reply) and not sent.
    #[command(group(ArgGroup::new("target").required(true).multiple(true).args(["session", "session_hex", "all", "ip", "device"])))]
    Kill(kill::KillArgs),
}

pub async fn run(cmd: SessionCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        SessionCommand::List(a) => list::run(a, ctx).await,
        SessionCommand::Kill(a) => kill::run(a, ctx).await,
    }
}
