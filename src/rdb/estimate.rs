//! Estimates of `MEMORY USAGE` for what an RDB file holds, by type and encoding.
//!
//! The formulas follow the server's own `objectComputeSize` (object.c): a 16-byte object
//! header, jemalloc size classes for each allocation, sds headers by string length, dict
//! buckets rounded up to a power of two, 24-byte dict entries, skiplist nodes, and for streams
//! the radix-tree and consumer-group overheads the server counts. Compact encodings
//! (listpack, ziplist, intset) are stored in the file exactly as they sit in memory, so their
//! estimate is exact up to the allocator's rounding. The server's own figure samples 5
//! elements of big aggregates (`SAMPLES 5`) and extrapolates, so it moves by a few percent
//! around these; the ranking of keys is what matters, and it follows.
//!
//! Constants differ a little between releases (dict layout, key embedding in Valkey 8): the
//! server and version come from the file's `redis-ver` / `valkey-ver` aux fields, or from the
//! RDB version when those are missing.

/// Which server's memory layout to estimate for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Redis,
    Valkey,
}

#[derive(Debug, Clone)]
pub struct Estimator {
    pub flavor: Flavor,
    /// (major, minor) of the server that wrote the file.
    pub version: (u32, u32),
    /// Written by a cluster node: Redis 7.0 / 7.2 add 16 bytes of slot links to each key's dict
    /// entry (7.4+ files say so themselves with SLOT_INFO records, and have no such links).
    pub cluster: bool,
}

const ROBJ: u64 = 16;
const DICT_ENTRY: u64 = 24;

/// jemalloc's size class for an allocation of `n` bytes (4 classes per power of two).
pub fn size_class(n: u64) -> u64 {
    if n <= 8 {
        8
    } else if n <= 128 {
        (n + 15) & !15
    } else {
        let lg = 64 - (n - 1).leading_zeros();
        let spacing = 1u64 << (lg - 3);
        (n + spacing - 1) & !(spacing - 1)
    }
}

/// Allocated bytes of an sds string of `len` bytes (header by length, plus the NUL).
pub fn sds_size(len: u64) -> u64 {
    let hdr = match len {
        0..=31 => 1,
        32..=255 => 3,
        256..=65_535 => 5,
        _ => 9,
    };
    size_class(hdr + len + 1)
}

fn buckets(n: u64) -> u64 {
    n.max(4).next_power_of_two()
}

impl Estimator {
    /// Before any aux field: the release that introduced this RDB version.
    pub fn for_rdb_version(v: u32) -> Estimator {
        let version = match v {
            0..=9 => (6, 2),
            10 => (7, 0),
            11 => (7, 2),
            _ => (7, 4),
        };
        Estimator {
            flavor: Flavor::Redis,
            version,
            cluster: false,
        }
    }

    /// Takes the server from an aux field (`redis-ver` 7.2.4, `valkey-ver` 8.1.1).
    pub fn saw_server(&mut self, field: &str, value: &str) {
        let mut parts = value.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
        let v = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
        if field == "valkey-ver" {
            self.flavor = Flavor::Valkey;
            self.version = v;
        } else if self.flavor == Flavor::Redis {
            self.version = v;
        }
    }

    pub fn describe(&self) -> String {
        let name = match self.flavor {
            Flavor::Redis => "redis",
            Flavor::Valkey => "valkey",
        };
        format!("{name} {}.{}", self.version.0, self.version.1)
    }

    fn valkey(&self) -> bool {
        self.flavor == Flavor::Valkey
    }

    fn sizeof_dict(&self) -> u64 {
        if self.version < (7, 0) { 96 } else { 56 }
    }

    /// What `MEMORY USAGE` adds for the key itself: its sds and the keyspace's dict entry
    /// (Valkey 8 embeds the key in the value's object and has no dict entry).
    pub fn key(&self, len: u64, compact: bool) -> u64 {
        if self.valkey() && self.version >= (8, 0) {
            // Measured on 8.1: nothing for a compact value, a few bytes otherwise.
            if compact { 0 } else { len + 2 }
        } else if self.cluster && ((7, 0)..(7, 4)).contains(&self.version) {
            sds_size(len) + DICT_ENTRY + 16
        } else {
            sds_size(len) + DICT_ENTRY
        }
    }

    /// A string value and its key (`key_len`), all of what `MEMORY USAGE` counts for it.
    pub fn string(&self, key_len: u64, len: u64, int: bool) -> u64 {
        if self.valkey() && self.version >= (8, 0) {
            // Valkey 8 puts the key, and a short value, in the object's own allocation
            // (measured on 8.1: within 8 bytes for most sizes).
            return if int {
                ROBJ
            } else if key_len + len <= 64 {
                size_class(key_len + len + 24) + 8
            } else {
                size_class(len + 4) + 16
            };
        }
        let value = if int {
            ROBJ
        } else if len <= 44 {
            size_class(ROBJ + 3 + len + 1)
        } else {
            ROBJ + sds_size(len)
        };
        value + self.key(key_len, false)
    }

    /// A listpack, ziplist or intset held as is.
    pub fn compact(&self, blob: u64) -> u64 {
        ROBJ + self.blob_alloc(blob)
    }

    /// Redis 6.2, 7.4+ and Valkey count a compact blob's bytes, 7.0 / 7.2 its allocation.
    fn blob_alloc(&self, blob: u64) -> u64 {
        if !self.valkey() && ((7, 0)..(7, 4)).contains(&self.version) {
            size_class(blob)
        } else {
            blob
        }
    }

    /// A hash listpack with field TTLs: the listpack plus its small `listpackEx` header.
    pub fn listpack_ex(&self, blob: u64) -> u64 {
        ROBJ + self.blob_alloc(blob) + 48
    }

    pub fn quicklist_node(&self, blob: u64) -> u64 {
        32 + size_class(blob)
    }

    pub fn quicklist(&self, _nodes: u64, node_mem: u64, _elements: u64) -> u64 {
        ROBJ + 40 + node_mem
    }

    /// Redis 7.2+ and Valkey keep a list that fits one node as a plain listpack.
    pub fn small_lists_are_listpacks(&self) -> bool {
        self.version >= (7, 2) || self.valkey()
    }

    /// A list written element by element (RDB < 7): as the quicklist it loads into.
    pub fn list_from_elements(&self, n: u64, bytes: u64) -> u64 {
        let lp = 7 + bytes + n;
        let nodes = lp.div_ceil(8192).max(1);
        ROBJ + 40 + nodes * 32 + size_class(lp.div_ceil(nodes)) * nodes
    }

    pub fn set_member(&self, len: u64) -> u64 {
        sds_size(len) + DICT_ENTRY
    }

    pub fn set_ht(&self, n: u64, members: u64) -> u64 {
        ROBJ + self.sizeof_dict() + 8 * buckets(n) + members
    }

    pub fn hash_field(&self, field: u64, value: u64, ttl: bool) -> u64 {
        sds_size(field) + sds_size(value) + DICT_ENTRY + if ttl { 8 } else { 0 }
    }

    pub fn hash_ht(&self, n: u64, fields: u64, with_meta: bool) -> u64 {
        ROBJ + self.sizeof_dict() + 8 * buckets(n) + fields + if with_meta { 48 } else { 0 }
    }

    pub fn zset_member(&self, len: u64) -> u64 {
        if self.valkey() && self.version >= (8, 0) {
            // The member lives in its skiplist node; the hash table holds a pointer (measured
            // on 8.1).
            return size_class(len + 48) + 16;
        }
        // sds, dict entry, and a skiplist node (24 bytes + 16 per level, 1.33 levels on
        // average).
        sds_size(len) + DICT_ENTRY + 52
    }

    pub fn zset_skiplist(&self, n: u64, members: u64) -> u64 {
        if self.valkey() && self.version >= (8, 0) {
            return ROBJ + 8 * n + members;
        }
        // zset + zskiplist structs, the dict, and the 32-level header node.
        ROBJ + 16 + 32 + self.sizeof_dict() + 8 * buckets(n) + 640 + members
    }

    /// One listpack of entries in the stream's radix tree: the server counts its allocation
    /// (7.0+ allocates 4 KiB up front for a new node), 16 bytes of id and about two radix-tree
    /// nodes of 244 bytes per listpack.
    pub fn stream_node(&self, lp: u64) -> u64 {
        let alloc = size_class(lp.max(4096));
        // Valkey counts 8 bytes per radix-tree node instead of 244.
        let rax = if self.valkey() { 2 * 4 } else { 2 * 244 };
        alloc + 16 + rax
    }

    pub fn stream_consumer(&self, name: u64, owned: u64) -> u64 {
        let consumer = if self.version >= (7, 2) { 32 } else { 24 };
        consumer + name + self.rax_usage(owned)
    }

    pub fn stream_group(&self, _name: u64, pending: u64, consumers: u64) -> u64 {
        let cg = if self.version >= (7, 0) { 40 } else { 32 };
        // Measured: the group's PEL tree has up to two nodes per entry on 6.2 and 7.4+ (how
        // many depends on how close the ids are), one on 7.0 / 7.2.
        let extra = if !self.valkey() && !((7, 0)..(7, 4)).contains(&self.version) {
            pending * 122
        } else {
            0
        };
        cg + self.rax_usage(pending) + extra + 24 * pending + consumers
    }

    pub fn stream(&self, _nodes: u64, node_mem: u64, groups: u64) -> u64 {
        let s = if self.valkey() {
            168
        } else if self.version >= (7, 0) {
            80
        } else {
            40
        };
        ROBJ + s + node_mem + groups
    }

    /// `streamRadixTreeMemoryUsage` for a tree of `n` 16-byte stream ids: 16 bytes an element
    /// and, per node (about one per element for the ids streams produce), 244 bytes on Redis
    /// and 8 on Valkey.
    fn rax_usage(&self, n: u64) -> u64 {
        let node = if self.valkey() { 8 } else { 244 };
        n * 16 + (n + 1) * node
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jemalloc_size_classes() {
        let cases = [
            (1, 8),
            (8, 8),
            (9, 16),
            (17, 32),
            (100, 112),
            (128, 128),
            (129, 160),
            (200, 224),
            (257, 320),
            (1025, 1280),
            (5000, 5120),
            (20_000, 20_480),
        ];
        for (n, want) in cases {
            assert_eq!(size_class(n), want, "{n}");
        }
        assert_eq!(sds_size(10), 16); // 1 + 10 + 1
        assert_eq!(sds_size(40), 48); // 3 + 40 + 1
    }

    #[test]
    fn strings_follow_the_embstr_limit() {
        let e = Estimator::for_rdb_version(10);
        // Measured on 7.0: `SET kkkk5 <v>` then MEMORY USAGE.
        assert_eq!(e.string(5, 30, false), 96);
        assert_eq!(e.string(5, 44, false), 96);
        assert_eq!(e.string(5, 45, false), 112);
        assert_eq!(e.string(20, 100, false), 184);
        assert_eq!(e.string(40, 200, false), 312);
        assert_eq!(e.string(5, 5, true), 16 + 32);
    }

    #[test]
    fn server_comes_from_the_aux_fields() {
        let mut e = Estimator::for_rdb_version(11);
        e.saw_server("redis-ver", "7.2.4");
        e.saw_server("valkey-ver", "8.1.1");
        assert_eq!(e.describe(), "valkey 8.1");
        e.saw_server("redis-ver", "7.2.4");
        assert_eq!(e.describe(), "valkey 8.1", "valkey also writes redis-ver");
    }
}
