//! `redops memory policy`: maxmemory, eviction policy, fragmentation, evictions and LFU
//! settings of every primary, judged by [`crate::policy::policy_warnings`].

use crate::client::reply::{config_pairs, info_field};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Output, Report, add_row, cell, human_bytes};
use crate::policy::policy_warnings;
use serde::Serialize;

/// The eviction settings and counters of one node (JSON: the fields in this order).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NodeMemory {
    pub node: String,
    pub maxmemory: u64,
    #[serde(rename = "maxmemory_policy")]
    pub policy: String,
    pub maxmemory_samples: Option<i64>,
    pub used_memory: u64,
    pub used_memory_rss: u64,
    pub used_memory_peak: u64,
    #[serde(rename = "fragmentation_ratio")]
    pub fragmentation: Option<f64>,
    pub evicted_keys: u64,
    pub expired_keys: u64,
    pub lfu_log_factor: Option<i64>,
    pub lfu_decay_time: Option<i64>,
}

/// The `memory policy` report: every node, and what is wrong with their settings.
#[derive(Debug, Serialize)]
pub struct PolicyReport {
    pub nodes: Vec<NodeMemory>,
    /// Prefixed with the node's address when there are several nodes.
    pub warnings: Vec<String>,
}

impl Report for PolicyReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        let mut t = out.new_table(&[
            "node",
            "maxmemory",
            "policy",
            "used",
            "rss",
            "fragmentation",
            "evicted keys",
            "expired keys",
            "lfu log factor / decay (min)",
        ]);
        for n in &self.nodes {
            let maxmem = if n.maxmemory == 0 {
                out.alert_cell("unset")
            } else {
                cell(human_bytes(n.maxmemory))
            };
            let pol = if policy_warnings(u64::MAX, &n.policy).is_empty() {
                cell(&n.policy)
            } else {
                out.warn_cell(&n.policy)
            };
            let opt = |v: Option<i64>| v.map_or("?".to_owned(), |x| x.to_string());
            add_row(
                &mut t,
                vec![
                    cell(&n.node),
                    maxmem,
                    pol,
                    cell(human_bytes(n.used_memory)),
                    cell(human_bytes(n.used_memory_rss)),
                    cell(n.fragmentation.map_or("?".into(), |f| format!("{f:.2}"))),
                    cell(n.evicted_keys),
                    cell(n.expired_keys),
                    cell(format!(
                        "{} / {}",
                        opt(n.lfu_log_factor),
                        opt(n.lfu_decay_time)
                    )),
                ],
            );
        }
        out.table(t)
    }
}

/// Reads one node's memory state from INFO and the CONFIG GET pairs (maxmemory*, lfu-*).
pub fn parse_node_memory(node: &str, info: &str, config: &[(String, String)]) -> NodeMemory {
    let num = |f: &str| {
        info_field(info, f)
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or(0)
    };
    let cfg = |name: &str| {
        config
            .iter()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.parse::<i64>().ok())
    };
    let maxmemory = config
        .iter()
        .find(|(k, _)| k == "maxmemory")
        .and_then(|(_, v)| v.parse::<u64>().ok())
        .unwrap_or_else(|| num("maxmemory"));
    let policy = config
        .iter()
        .find(|(k, _)| k == "maxmemory-policy")
        .map(|(_, v)| v.clone())
        .or_else(|| info_field(info, "maxmemory_policy").map(|v| v.trim().to_owned()))
        .unwrap_or_default();
    NodeMemory {
        node: node.to_owned(),
        maxmemory,
        policy,
        maxmemory_samples: cfg("maxmemory-samples"),
        used_memory: num("used_memory"),
        used_memory_rss: num("used_memory_rss"),
        used_memory_peak: num("used_memory_peak"),
        fragmentation: info_field(info, "mem_fragmentation_ratio")
            .and_then(|v| v.trim().parse().ok()),
        evicted_keys: num("evicted_keys"),
        expired_keys: num("expired_keys"),
        lfu_log_factor: cfg("lfu-log-factor"),
        lfu_decay_time: cfg("lfu-decay-time"),
    }
}

pub async fn run(ctx: &Ctx) -> Result<()> {
    let client = ctx.connect().await?;
    let cmds = [
        redis::cmd("INFO"),
        redis::cmd("CONFIG").arg("GET").arg("maxmemory*").clone(),
        redis::cmd("CONFIG").arg("GET").arg("lfu-*").clone(),
    ];
    // One pipeline per primary, all at once.
    let futs = client.nodes().iter().map(|n| {
        let cmds = &cmds;
        let client = &client;
        async move {
            let what = format!("reading memory settings of {}", n.addr);
            client
                .batch_on(n, cmds, &what)
                .await
                .map(|r| (n.addr.clone(), r))
        }
    });
    let mut nodes = Vec::new();
    let mut config_refused = false;
    for r in futures_util::future::join_all(futs).await {
        let (addr, replies) = r?;
        let info = match replies.first() {
            Some(Ok(v)) => redis::from_redis_value_ref::<String>(v).unwrap_or_default(),
            Some(Err(e)) => {
                return Err(Error::redis(e.clone(), &format!("reading INFO of {addr}")));
            }
            None => String::new(),
        };
        let mut config = Vec::new();
        for r in replies.iter().skip(1) {
            if r.is_err() {
                config_refused = true;
            }
            config.extend(config_pairs(r));
        }
        nodes.push(parse_node_memory(&addr, &info, &config));
    }
    let many = nodes.len() > 1;
    let mut warnings = Vec::new();
    for n in &nodes {
        for w in policy_warnings(n.maxmemory, &n.policy) {
            warnings.push(if many { format!("{}: {w}", n.node) } else { w });
        }
    }
    let report = PolicyReport { nodes, warnings };
    ctx.out.emit(&report)?;
    for w in &report.warnings {
        ctx.out.warn(w);
    }
    if config_refused {
        ctx.out.hint(
            "CONFIG GET was refused (ACL or a managed Redis): maxmemory and the policy come from INFO, the LFU settings are unknown",
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_node_memory() {
        let info = "# Memory\r\nused_memory:1048576\r\nused_memory_rss:2097152\r\nmaxmemory:0\r\nmaxmemory_policy:noeviction\r\nmem_fragmentation_ratio:2.00\r\n# Stats\r\nexpired_keys:7\r\nevicted_keys:3\r\n";
        let cfg = vec![
            ("maxmemory".to_owned(), "1073741824".to_owned()),
            ("maxmemory-policy".to_owned(), "allkeys-lfu".to_owned()),
            ("lfu-log-factor".to_owned(), "10".to_owned()),
            ("lfu-decay-time".to_owned(), "1".to_owned()),
        ];
        let n = parse_node_memory("n1", info, &cfg);
        assert_eq!(n.maxmemory, 1 << 30);
        assert_eq!(n.policy, "allkeys-lfu");
        assert_eq!(n.used_memory, 1 << 20);
        assert_eq!(n.fragmentation, Some(2.0));
        assert_eq!((n.evicted_keys, n.expired_keys), (3, 7));
        assert_eq!((n.lfu_log_factor, n.lfu_decay_time), (Some(10), Some(1)));
        // Without CONFIG (refused), INFO still gives maxmemory and the policy.
        let n = parse_node_memory("n1", info, &[]);
        assert_eq!((n.maxmemory, n.policy.as_str()), (0, "noeviction"));
        assert_eq!(n.lfu_log_factor, None);
    }
}
