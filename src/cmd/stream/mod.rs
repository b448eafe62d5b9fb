//! `redops stream groups / pending / reclaim / ack`: transaction queues on Redis Streams.
//!
//! Producers `XADD` entries, workers `XREADGROUP` and `XACK`; an entry a worker took and never
//! acknowledged stays pending on it until someone claims it. These commands show the groups
//! and their pending entries (read-only, never creating a stream or group), and move or
//! acknowledge stuck entries through the safety path, atomically.
//!
//! One file per leaf (`groups`, `pending`, `reclaim`, `ack`: its clap `Args` above its `run`,
//! and its typed report); what they share beside them: `model` (ids, pending entries, groups
//! and consumers), `filter` (which pending entries), `read` (the reads: a group that exists,
//! pending entries page by page), `table` (the entries table) and `write` (what `reclaim` and
//! `ack` share: the per-run cap, skipped and failed entries, their audit outcome lines).
//! Replies are decoded by [`crate::client::reply`], the scripts are in
//! [`crate::client::scripts`], and `groups` walks the keyspace with [`crate::client::walk`].

mod ack;
mod filter;
mod groups;
mod model;
mod pending;
mod read;
mod reclaim;
mod table;
mod write;

use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

/// The source of `stream reclaim`'s script (tests run it themselves).
pub use crate::client::scripts::STREAM_RECLAIM_SOURCE as RECLAIM;

#[derive(Debug, Subcommand)]
pub enum StreamCommand {
    /// Consumer groups of a stream (or of every stream): pending, lag, and dead consumers
    ///
    /// Per group: consumers, pending count, last delivered id, entries read and lag ("unknown"
    /// when the server does not know them); per consumer its pending count and idle time. A
    /// consumer that holds an entry pending longer than --dead-after is flagged: DEAD when it
    /// is idle itself, STUCK when it keeps polling (or, on Redis 7.2+, has been inactive)
    /// while its entries wait. Without
    /// STREAM, every primary is scanned for streams (SCAN TYPE stream) and streams without
    /// groups are left out. Read-only: never creates a stream or a group.
    Groups(groups::GroupsArgs),
    /// Entries of a group that were delivered but never acknowledged
    ///
    /// The summary: total pending, lowest and highest id, per-consumer counts. --detail (implied
    /// by any filter) lists the entries oldest first, read page by page (XPENDING with an
    /// exclusive start id), so a pending list of any size is never loaded whole. --payload adds
    /// each entry's fields, read in one pipeline per page; an entry deleted from the stream
    /// while pending is shown as deleted. Exit 4 when the stream or the group does not exist;
    /// neither is ever created.
    Pending(pending::PendingArgs),
    /// Move idle pending entries to a live consumer, or dead-letter the poisoned ones
    ///
    /// Reads the candidate entries (pending on the group, idle at least --min-idle, optionally
    /// only --from one consumer or only the --id given), shows them with their fields, asks
    /// for confirmation (or --yes), writes an audit line, then per page runs one Lua script:
    /// each entry still pending on the consumer seen and still idle is XCLAIMed to --to (an
    /// entry another worker took in between is not stolen); with --dead-letter, an entry
    /// delivered --max-deliveries times or more is instead copied to the dead-letter stream
    /// (fields kept, plus original_id, original_stream, original_group, original_consumer,
    /// deliveries) and XACKed in the same script, so it is never lost and never in both. An
    /// entry deleted from the stream while pending is acknowledged (Redis itself drops such an
    /// entry on claim) and reported as deleted; its id is in the audit line.
    Reclaim(reclaim::ReclaimArgs),
    /// Acknowledge pending entries (exact ids, one consumer's, or those matching filters)
    ///
    /// Reads the selected pending entries and their fields (kept in the audit line, so an
    /// entry acknowledged by mistake can be re-added), asks for confirmation (or --yes), then
    /// XACKs exactly those ids, one atomic script per chunk (sized to stay inside
    /// --latency-budget, at most --page-size, each chunk named in the audit log before it is
    /// sent), each only while it is still pending on the consumer shown with the delivery count
    /// shown: an entry another worker claimed or was handed again meanwhile is left pending and
    /// reported as skipped. Reports requested vs actually acknowledged; an id that is no longer
    /// pending is not an error, but an ack that acknowledged nothing is (exit 4 when nothing is
    /// pending, 5 when every entry changed). A refusal part-way (WRONGTYPE: exit 6; NOPERM,
    /// READONLY: exit 5) still reports and audits what was acknowledged, failed and not
    /// attempted.
    Ack(ack::AckArgs),
}

pub async fn run(cmd: StreamCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        StreamCommand::Groups(a) => groups::run(a, ctx).await,
        StreamCommand::Pending(a) => pending::run(a, ctx).await,
        StreamCommand::Reclaim(a) => reclaim::run(a, ctx).await,
        StreamCommand::Ack(a) => ack::run(a, ctx).await,
    }
}
