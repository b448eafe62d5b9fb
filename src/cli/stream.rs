use crate::cli::parse_duration;
use clap::{Args, Subcommand};
use std::time::Duration;

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
    Groups(GroupsArgs),
    /// Entries of a group that were delivered but never acknowledged
    ///
    /// The summary: total pending, lowest and highest id, per-consumer counts. --detail (implied
    /// by any filter) lists the entries oldest first, read page by page (XPENDING with an
    /// exclusive start id), so a pending list of any size is never loaded whole. --payload adds
    /// each entry's fields, read in one pipeline per page; an entry deleted from the stream
    /// while pending is shown as deleted. Exit 4 when the stream or the group does not exist;
    /// neither is ever created.
    Pending(PendingArgs),
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
    Reclaim(ReclaimArgs),
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
    Ack(AckArgs),
}

#[derive(Debug, Args)]
pub struct GroupsArgs {
    /// The stream (key); without it, every stream that has consumer groups
    pub stream: Option<String>,

    /// A consumer holding an entry pending longer than this is reported stuck (dead), whatever
    /// its own idle time: a worker that keeps polling while its entries wait is stuck too
    #[arg(long, value_name = "DUR", default_value = "5m", value_parser = parse_duration)]
    pub dead_after: Duration,

    /// Exit 1 when a dead consumer is found (for checks and alerts)
    #[arg(long)]
    pub fail_if_dead: bool,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

/// Which pending entries a command looks at.
#[derive(Debug, Args, Clone, Default)]
pub struct PendingFilter {
    /// Only entries pending on this consumer
    #[arg(long, value_name = "NAME")]
    pub consumer: Option<String>,

    /// Only entries idle (not delivered) for at least this long (30s, 5m, 1h)
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub min_idle: Option<Duration>,

    /// Only entries delivered at least this many times
    #[arg(long, value_name = "N")]
    pub min_deliveries: Option<u64>,

    /// At most this many entries (oldest first). Without it, `ack` handles at most 10,000 per
    /// run and says when more match
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
}

impl PendingFilter {
    pub fn any(&self) -> bool {
        self.consumer.is_some()
            || self.min_idle.is_some()
            || self.min_deliveries.is_some()
            || self.count.is_some()
    }
}

#[derive(Debug, Args)]
pub struct PendingArgs {
    /// The stream (key)
    pub stream: String,

    /// The consumer group
    #[arg(short, long, value_name = "GROUP")]
    pub group: String,

    /// List the entries (id, consumer, idle, deliveries), not only the summary
    #[arg(long)]
    pub detail: bool,

    /// Include each entry's fields (implies --detail)
    #[arg(long)]
    pub payload: bool,

    #[command(flatten)]
    pub filter: PendingFilter,

    /// Pending entries read per XPENDING call
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub page_size: u64,
}

#[derive(Debug, Args)]
pub struct ReclaimArgs {
    /// The stream (key)
    pub stream: String,

    /// The consumer group
    #[arg(short, long, value_name = "GROUP")]
    pub group: String,

    /// The live consumer that gets the entries
    #[arg(long, value_name = "CONSUMER")]
    pub to: String,

    /// Only entries idle at least this long (checked again, atomically, when claiming)
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub min_idle: Duration,

    /// Only entries pending on this (dead) consumer
    #[arg(long, value_name = "CONSUMER")]
    pub from: Option<String>,

    /// At most this many entries (oldest first). Without it, at most 10,000 per run: the rest
    /// are left for the next run, and the report says so
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Exactly these entry ids (each must be pending and idle at least --min-idle)
    #[arg(long = "id", value_name = "ID", num_args = 1..)]
    pub ids: Vec<String>,

    /// Dead-letter stream for entries delivered --max-deliveries times or more
    ///
    /// On a cluster it must hash to the same slot as STREAM (use a hash tag: for the stream
    /// `tx`, `{tx}:dead`), so that copy and acknowledgement are one atomic script.
    #[arg(long, value_name = "STREAM", requires = "max_deliveries")]
    pub dead_letter: Option<String>,

    /// Entries delivered this many times or more go to --dead-letter instead of --to
    #[arg(long, value_name = "N", requires = "dead_letter", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_deliveries: Option<u64>,

    /// Pending entries read per XPENDING call and claimed per script
    #[arg(long, value_name = "N", default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub page_size: u64,

    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

#[derive(Debug, Args)]
pub struct AckArgs {
    /// The stream (key)
    pub stream: String,

    /// The consumer group
    #[arg(short, long, value_name = "GROUP")]
    pub group: String,

    /// Exactly these entry ids
    #[arg(value_name = "ID", conflicts_with_all = ["consumer", "min_idle", "min_deliveries", "count"])]
    pub ids: Vec<String>,

    #[command(flatten)]
    pub filter: PendingFilter,

    /// Pending entries read per XPENDING call, and the most acknowledged by one script
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub page_size: u64,

    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}
