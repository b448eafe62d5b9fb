use clap::{Args, Subcommand, ValueEnum};

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
    Bigkeys(BigkeysArgs),
    /// Bytes, type, elements, TTL and encoding of the named keys
    ///
    /// One round trip for all keys. Keys that do not exist are reported individually; the exit
    /// code is 4 when none of them exists.
    Usage(UsageArgs),
    /// maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary
    ///
    /// Warns (on stderr, and in the JSON `warnings` array) when maxmemory is unset or the
    /// eviction policy is not allkeys-lfu / allkeys-lru, and says why: a cache-style keyspace
    /// (sessions, rate limits, leaderboards) should evict the least useful keys under pressure,
    /// not fail writes. The recommendation for this workload is allkeys-lfu.
    Policy,
}

#[derive(Debug, Args)]
pub struct BigkeysArgs {
    /// Only keys matching this glob (SCAN MATCH), e.g. 'sessions:*'
    #[arg(long, value_name = "GLOB")]
    pub pattern: Option<String>,

    /// Only keys of this type (SCAN TYPE): string, hash, list, set, zset, stream
    #[arg(long = "type", value_name = "T")]
    pub key_type: Option<String>,

    /// How many of the biggest keys to list (--count, as in the other commands that list)
    #[arg(long, visible_alias = "count", value_name = "N", default_value_t = 10)]
    pub top: usize,

    /// How many key groups to list; the rest are folded into one "(other)" row
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub groups: usize,

    /// MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server's, 5)
    #[arg(long, value_name = "N")]
    pub samples: Option<u32>,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,

    /// How keys are read: Lua script calls, or two pipelines per batch (default: pipeline under
    /// a latency budget, lua with --latency-budget off)
    ///
    /// `lua` needs the fewest round trips; under a latency budget each script call is sized to
    /// fit it, but the cost of a call varies with the keys it meets, so `pipeline` (small
    /// commands, each far inside any budget) is the default there. Where scripting is not
    /// allowed redops falls back to pipelines by itself.
    #[arg(long, value_enum)]
    pub read_method: Option<ReadMethod>,

    /// Read this RDB snapshot instead of a server (`-` for standard input)
    ///
    /// RDB versions 1 to 12: Redis 2.x to 8.0, Valkey 7 and 8. No server is contacted. Bytes are
    /// an estimate of MEMORY USAGE on the server that wrote the file (by type and encoding; the
    /// JSON also gives each key's serialized size). Keys whose TTL had passed when the snapshot
    /// was taken are not counted (the report's snapshot notes say how many). A corrupt,
    /// truncated or unknown-version file is exit 6, naming the byte offset and the last key
    /// read; --allow-partial prints the report of what was read before it.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["replicas", "rdb_sync", "samples"])]
    pub rdb: Option<std::path::PathBuf>,

    /// Stream a fresh snapshot from each scanned server over the replication protocol
    ///
    /// As `redis-cli --rdb` does (REPLCONF, then SYNC), and analysed as it arrives, without
    /// writing it to disk here. The server pays one snapshot: a fork (and, unless it replicates
    /// diskless, writing the file to its own disk); redops sends it no command per key: no
    /// SCAN, no MEMORY USAGE. With --replicas, the snapshot comes from a replica of each
    /// primary (a primary without one is missed, not forked).
    /// Because a fork can need up to the dataset's size again in memory while writes go on
    /// (copy-on-write), redops refuses (exit 5) when the server's resident memory leaves too
    /// little headroom on its machine, unless --yes is given. Needs the SYNC permission
    /// (`+sync`); not over TLS.
    #[arg(long, alias = "rdb-from-replica", conflicts_with = "samples")]
    pub rdb_sync: bool,

    /// With --rdb-sync: take the snapshot even when the server's memory headroom looks too
    /// small for the fork
    #[arg(short = 'y', long, requires = "rdb_sync")]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReadMethod {
    /// One EVALSHA per batch
    Lua,
    /// TYPE + MEMORY USAGE + PTTL, then the length commands: two pipelines per batch
    Pipeline,
}

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// The keys to measure
    #[arg(required = true, value_name = "KEY")]
    pub keys: Vec<String>,

    /// MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server's, 5)
    #[arg(long, value_name = "N")]
    pub samples: Option<u32>,
}
