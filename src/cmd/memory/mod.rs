//! `redops memory bigkeys` / `memory usage` / `memory policy`: where the memory goes.
//!
//! - [`bigkeys`]: a scan of every primary (or replica), each batch read in one call per node
//!   ([`read`]), folded into a bounded [`tally`] and printed as one [`report`];
//! - [`rdb`]: the same report from RDB snapshots (`--rdb FILE`, `--rdb-sync`), no command per key,
//!   each read by [`snapshot`];
//! - [`usage`]: type, bytes, elements, TTL and encoding of the named keys;
//! - [`policy`]: maxmemory, eviction policy and their counters on every primary, judged by
//!   [`crate::policy`] (the rules `check` shares).

pub mod bigkeys;
pub mod histogram;
pub mod policy;
pub mod rdb;
pub mod read;
pub mod report;
pub mod snapshot;
pub mod tally;
pub mod usage;

use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum MemoryCommand {
    /// Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes
    ///
    /// Scans every primary (in parallel on a cluster) and, for each batch of keys SCAN returns,
    /// reads type, MEMORY USAGE, element count and TTL in one call per batch. Reports memory per
    /// type, the biggest keys, key groups (keys folded into patterns such as sessions:user:*, by
    /// replacing id-like segments with *), keys without a TTL, and percentiles of bytes per key.
    /// Ctrl-C prints the report for what was scanned so far, marked partial, and exits 130.
    ///
    /// The same report comes from an RDB snapshot, with no command per key: `--rdb FILE` reads a
    /// backup (no server needed), `--rdb-sync` streams a fresh snapshot from the server over the
    /// replication protocol and reads it as it arrives (nothing is written on this side).
    Bigkeys(bigkeys::BigkeysArgs),
    /// Bytes, type, elements, TTL and encoding of the named keys
    ///
    /// One round trip for all keys. Keys that do not exist are reported individually; the exit
    /// code is 4 when none of them exists.
    Usage(usage::UsageArgs),
    /// maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary
    ///
    /// Warns (on stderr, and in the JSON `warnings` array) when maxmemory is unset or the
    /// eviction policy is not allkeys-lfu / allkeys-lru, and says why: a cache-style keyspace
    /// (sessions, rate limits, leaderboards) should evict the least useful keys under pressure,
    /// not fail writes. The recommendation for this workload is allkeys-lfu.
    Policy,
}

pub async fn run(cmd: MemoryCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        MemoryCommand::Bigkeys(a) if a.rdb.is_some() || a.rdb_sync => rdb::run(a, ctx).await,
        MemoryCommand::Bigkeys(a) => bigkeys::run(a, ctx).await,
        MemoryCommand::Usage(a) => usage::run(a, ctx).await,
        MemoryCommand::Policy => policy::run(ctx).await,
    }
}
