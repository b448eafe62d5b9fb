//! What bigkeys accumulates (from a scan or from RDB snapshots): totals per type, key groups
//! (keys folded into patterns), the top-N biggest keys and the size histogram, in memory bounded
//! by top-N, the group limit and the histogram (not by the number of keys).

use super::histogram::SizeHistogram;
use super::read::KeyInfo;
use crate::output::show_bytes;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

// ---------------------------------------------------------------------------------------------
// Key groups.

/// Whether a key segment is an identifier (folded into `*` in a key group): numbers (also
/// `1700000000.5`), hex of 8+ digits, UUIDs, dates (`2026-11`, `2026-11-26`), and binary.
pub fn is_id_like(seg: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(seg) else {
        return !seg.is_empty();
    };
    if s.is_empty() {
        return false;
    }
    let b = s.as_bytes();
    // Numbers: digits with at most one '.', optionally negative.
    let digits = s.strip_prefix('-').unwrap_or(s);
    if !digits.is_empty()
        && digits.bytes().all(|c| c.is_ascii_digit() || c == b'.')
        && digits.bytes().filter(|&c| c == b'.').count() <= 1
        && digits.bytes().any(|c| c.is_ascii_digit())
        && !digits.starts_with('.')
        && !digits.ends_with('.')
    {
        return true;
    }
    if b.len() >= 8 && b.iter().all(u8::is_ascii_hexdigit) {
        return true;
    }
    // UUID 8-4-4-4-12.
    if b.len() == 36 {
        let ok = s.split('-').map(str::len).eq([8, 4, 4, 4, 12])
            && s.bytes().all(|c| c == b'-' || c.is_ascii_hexdigit());
        if ok {
            return true;
        }
    }
    // Dates: YYYY-MM, YYYY-MM-DD (also with '_' or '/' as separators, not split on).
    let parts: Vec<&str> = s.split(['-', '_']).collect();
    let is_num = |p: &str, n: usize| p.len() == n && p.bytes().all(|c| c.is_ascii_digit());
    matches!(parts.as_slice(), [y, m] if is_num(y, 4) && is_num(m, 2))
        || matches!(parts.as_slice(), [y, m, d] if is_num(y, 4) && is_num(m, 2) && is_num(d, 2))
}

/// Folds a key into its group: `:`-separated segments that are identifiers become `*`
/// (`sessions:user:42` -> `sessions:user:*`); a hash tag `{42}` becomes `{*}`.
pub fn key_pattern(key: &[u8]) -> String {
    let mut out = String::with_capacity(key.len());
    for (i, seg) in key.split(|&c| c == b':').enumerate() {
        if i > 0 {
            out.push(':');
        }
        if is_id_like(seg) {
            out.push('*');
        } else if seg.len() > 2
            && seg.first() == Some(&b'{')
            && seg.last() == Some(&b'}')
            && is_id_like(&seg[1..seg.len() - 1])
        {
            out.push_str("{*}");
        } else {
            out.push_str(&show_bytes(seg));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The tally.

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeStats {
    pub keys: u64,
    pub bytes: u64,
    pub elements: u64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupStats {
    pub keys: u64,
    pub bytes: u64,
    pub no_ttl: u64,
}

/// A key in the top-N heap, ordered by bytes then key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BigKey {
    pub bytes: u64,
    pub key: Vec<u8>,
    pub kind: String,
    pub elements: u64,
    pub ttl_ms: Option<i64>,
    pub serialized_bytes: Option<u64>,
}

impl Ord for BigKey {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.bytes.cmp(&o.bytes).then_with(|| o.key.cmp(&self.key))
    }
}

impl PartialOrd for BigKey {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

/// The group that absorbs new patterns once [`MemoryTally::max_groups`] are tracked.
pub const OTHER_GROUP: &str = "(other)";

/// Tracked key groups before new patterns go to "(other)": bounds memory on keyspaces whose
/// names do not fold well (e.g. ids that are plain words).
pub(crate) const MAX_TRACKED_GROUPS: usize = 1000;

/// Everything bigkeys accumulates, in memory bounded by top-N, the group limit and the
/// histogram (not by the number of keys).
#[derive(Debug)]
pub struct MemoryTally {
    pub keys: u64,
    pub bytes: u64,
    pub no_ttl: u64,
    pub types: BTreeMap<String, TypeStats>,
    pub groups: HashMap<String, GroupStats>,
    pub other: GroupStats,
    pub max_groups: usize,
    pub sizes: SizeHistogram,
    top: BinaryHeap<Reverse<BigKey>>,
    top_n: usize,
}

impl MemoryTally {
    pub fn new(top_n: usize, max_groups: usize) -> Self {
        MemoryTally {
            keys: 0,
            bytes: 0,
            no_ttl: 0,
            types: BTreeMap::new(),
            groups: HashMap::new(),
            other: GroupStats::default(),
            max_groups,
            sizes: SizeHistogram::default(),
            top: BinaryHeap::new(),
            top_n,
        }
    }

    pub fn add(&mut self, k: KeyInfo) {
        self.keys += 1;
        self.bytes += k.bytes;
        let no_ttl = k.ttl_ms.is_none();
        self.no_ttl += u64::from(no_ttl);
        self.sizes.add(k.bytes);
        // get_mut first: no String allocation per key for a type already seen.
        let t = match self.types.get_mut(&k.kind) {
            Some(t) => t,
            None => self.types.entry(k.kind.clone()).or_default(),
        };
        t.keys += 1;
        t.bytes += k.bytes;
        t.elements += k.elements;

        let pattern = key_pattern(&k.key);
        let tracked = self.groups.len() < self.max_groups || self.groups.contains_key(&pattern);
        let g = if tracked {
            self.groups.entry(pattern).or_default()
        } else {
            &mut self.other
        };
        g.keys += 1;
        g.bytes += k.bytes;
        g.no_ttl += u64::from(no_ttl);

        if self.top_n == 0 {
            return;
        }
        let fits = self.top.len() < self.top_n
            || self.top.peek().is_some_and(|Reverse(min)| {
                (k.bytes, std::cmp::Reverse(&k.key)) > (min.bytes, std::cmp::Reverse(&min.key))
            });
        if fits {
            self.top.push(Reverse(BigKey {
                bytes: k.bytes,
                key: k.key,
                kind: k.kind,
                elements: k.elements,
                ttl_ms: k.ttl_ms,
                serialized_bytes: k.serialized_bytes,
            }));
            if self.top.len() > self.top_n {
                self.top.pop();
            }
        }
    }

    /// The biggest keys, biggest first.
    pub fn top(&self) -> Vec<BigKey> {
        let mut v: Vec<BigKey> = self.top.iter().map(|Reverse(b)| b.clone()).collect();
        v.sort_by(|a, b| b.cmp(a));
        v
    }

    /// Types by bytes, biggest first.
    pub fn types_by_bytes(&self) -> Vec<(&str, &TypeStats)> {
        let mut v: Vec<_> = self.types.iter().map(|(k, s)| (k.as_str(), s)).collect();
        v.sort_by(|a, b| b.1.bytes.cmp(&a.1.bytes).then(a.0.cmp(b.0)));
        v
    }

    /// The `limit` biggest groups by bytes, the rest (and whatever did not fit in the tracked
    /// groups) folded into [`OTHER_GROUP`] at the end.
    pub fn groups_by_bytes(&self, limit: usize) -> Vec<(String, GroupStats)> {
        let mut v: Vec<(&String, &GroupStats)> = self.groups.iter().collect();
        v.sort_by(|a, b| b.1.bytes.cmp(&a.1.bytes).then(a.0.cmp(b.0)));
        let mut other = self.other.clone();
        let mut out = Vec::new();
        for (i, (p, g)) in v.into_iter().enumerate() {
            if i < limit {
                out.push((p.clone(), g.clone()));
            } else {
                other.keys += g.keys;
                other.bytes += g.bytes;
                other.no_ttl += g.no_ttl;
            }
        }
        if other.keys > 0 {
            out.push((OTHER_GROUP.to_owned(), other));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_realistic_keys_into_groups() {
        let cases = [
            ("sessions:user:42", "sessions:user:*"),
            ("ratelimit:deposit:user:1001", "ratelimit:deposit:user:*"),
            ("leaderboard:monthly:2026-11", "leaderboard:monthly:*"),
            ("leaderboard:daily:2026-11-26", "leaderboard:daily:*"),
            ("trader:meta:7", "trader:meta:*"),
            ("lock:withdrawal:42", "lock:withdrawal:*"),
            ("cache:quote:1700000000.5", "cache:quote:*"),
            ("tx:9f86d081884c7d65", "tx:*"),
            (
                "order:550e8400-e29b-41d4-a716-446655440000:status",
                "order:*:status",
            ),
            ("user:{123}:profile", "user:{*}:profile"),
            ("queue:payments", "queue:payments"),
            ("plain", "plain"),
            ("cafe", "cafe"), // short hex words stay
            ("a::b", "a::b"),
            ("v:1.2.3", "v:1.2.3"),
            ("bin:\u{0}\u{1}", "bin:\u{0}\u{1}"),
        ];
        for (k, want) in cases {
            assert_eq!(key_pattern(k.as_bytes()), want, "{k}");
        }
        assert_eq!(key_pattern(b"raw:\xff\xfe:x"), "raw:*:x");
        assert!(is_id_like(b"-12"));
        assert!(!is_id_like(b"."));
        assert!(!is_id_like(b"12."));
        assert!(!is_id_like(b"deposit"));
        assert!(!is_id_like(b"2026-1"));
    }

    fn info(key: &str, kind: &str, bytes: u64, ttl: Option<i64>) -> KeyInfo {
        KeyInfo {
            key: key.as_bytes().to_vec(),
            kind: kind.into(),
            bytes,
            elements: 2,
            ttl_ms: ttl,
            encoding: None,
            serialized_bytes: None,
        }
    }

    #[test]
    fn tally_counts_types_groups_ttl_and_top() {
        let mut t = MemoryTally::new(2, 1000);
        t.add(info("sessions:user:1", "hash", 100, Some(1000)));
        t.add(info("sessions:user:2", "hash", 300, None));
        t.add(info("ratelimit:deposit:user:1", "zset", 200, None));
        t.add(info("trader:meta:1", "string", 50, Some(5)));
        assert_eq!((t.keys, t.bytes, t.no_ttl), (4, 650, 2));
        assert_eq!(
            t.types["hash"],
            TypeStats {
                keys: 2,
                bytes: 400,
                elements: 4
            }
        );
        let top: Vec<_> = t.top().into_iter().map(|b| b.bytes).collect();
        assert_eq!(top, [300, 200]);
        let g = t.groups_by_bytes(10);
        assert_eq!(g[0].0, "sessions:user:*");
        assert_eq!(
            g[0].1,
            GroupStats {
                keys: 2,
                bytes: 400,
                no_ttl: 1
            }
        );
        // Limiting the listed groups folds the rest into "(other)".
        let g = t.groups_by_bytes(1);
        assert_eq!(g.len(), 2);
        assert_eq!(g[1].0, OTHER_GROUP);
        assert_eq!(g[1].1.keys, 2);
        assert_eq!(g[1].1.bytes, 250);
        assert_eq!(t.types_by_bytes()[0].0, "hash");
    }

    #[test]
    fn tracked_groups_are_bounded() {
        let mut t = MemoryTally::new(0, 3);
        for i in 0..100 {
            t.add(info(&format!("kind{i}:1"), "string", 10, None));
        }
        t.add(info("kind0:2", "string", 10, None));
        assert_eq!(t.groups.len(), 3);
        assert_eq!(t.groups["kind0:*"].keys, 2);
        assert_eq!(t.other.keys, 97);
        let g = t.groups_by_bytes(100);
        assert_eq!(g.iter().map(|(_, g)| g.keys).sum::<u64>(), 101);
        assert!(t.top().is_empty());
    }
}
