//! The memory-policy rules for this workload, shared by `memory policy` and `check`: what is
//! wrong with a node's maxmemory and eviction policy, and why.

/// What is wrong with a node's memory settings for this workload, and why (shared by
/// `memory policy` and `check`). The fintech keyspace is cache-like (sessions, rate-limit
/// windows, leaderboards): under memory pressure it should drop the least used keys rather
/// than refuse writes.
pub fn policy_warnings(maxmemory: u64, policy: &str) -> Vec<String> {
    let mut w = Vec::new();
    if maxmemory == 0 {
        w.push(
            "maxmemory is not set: Redis grows until the machine runs out of memory (the OOM \
             killer or swapping), and no eviction policy ever applies; set maxmemory to about \
             75% of the RAM available to Redis"
                .to_owned(),
        );
    }
    let why = match policy {
        "allkeys-lfu" | "allkeys-lru" => None,
        "noeviction" => Some(
            "when memory is full, writes fail with OOM errors (new sessions, rate-limit entries, \
             lock acquisitions) instead of evicting cold keys",
        ),
        p if p.starts_with("volatile-") => Some(
            "only keys with a TTL can be evicted: keys without one (leaderboards, trader \
             metadata, rate-limit sets never given a TTL) pin memory, and once the volatile keys \
             are gone writes fail with OOM errors",
        ),
        "allkeys-random" => Some(
            "evicts keys at random, hot sessions as readily as cold ones; allkeys-lfu keeps the \
             frequently used keys",
        ),
        "" => Some("the eviction policy could not be read"),
        _ => Some("it is not an allkeys LFU/LRU policy"),
    };
    if let Some(why) = why {
        w.push(format!(
            "maxmemory-policy is {}: {why}; the recommendation for this workload is allkeys-lfu",
            if policy.is_empty() { "unknown" } else { policy }
        ));
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_judgement() {
        assert!(policy_warnings(1 << 30, "allkeys-lfu").is_empty());
        assert!(policy_warnings(1 << 30, "allkeys-lru").is_empty());
        let w = policy_warnings(0, "noeviction");
        assert_eq!(w.len(), 2);
        assert!(w[0].contains("maxmemory is not set"));
        assert!(w[1].contains("writes fail") && w[1].contains("allkeys-lfu"));
        let w = policy_warnings(1 << 30, "volatile-lru");
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("only keys with a TTL"));
        assert_eq!(policy_warnings(1 << 30, "allkeys-random").len(), 1);
    }
}
