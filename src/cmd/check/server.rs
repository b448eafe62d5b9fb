//! The checks of the server itself: round trip, topology, memory configuration, Sentinel,
//! and the audit log's permissions.

use super::{CheckResult, Status, Thresholds};
use crate::client::Client;
use crate::client::reply::info_field;
use crate::config::ExpectedMode;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::human_bytes;
use serde_json::json;
use std::time::Instant;

/// The audit log holds prior values, tokens and payloads: it must be private to its owner.
/// Checked only when there is a log.
pub(super) fn check_audit_log(ctx: &Ctx) -> Option<CheckResult> {
    use std::os::unix::fs::PermissionsExt;
    let path = crate::safety::audit_path(ctx);
    let mode = path.symlink_metadata().ok()?.permissions().mode() & 0o777;
    /// What the `audit_log` check saw.
    #[derive(serde::Serialize)]
    struct Seen {
        path: String,
        mode: String,
    }
    let observed = json!(Seen {
        path: path.display().to_string(),
        mode: format!("{mode:04o}"),
    });
    Some(match crate::audit_log::loose_permissions(&path) {
        Some(w) => CheckResult::new("audit_log", Status::Warn, observed, json!("0600"), w),
        None => CheckResult::new(
            "audit_log",
            Status::Pass,
            observed,
            json!("0600"),
            "readable and writable by its owner only",
        ),
    })
}

/// An allowed policy passes; another `allkeys-*` policy still evicts from every key and only
/// warns; anything else (noeviction, volatile-*) fails.
pub fn policy_status(policy: &str, allowed: &[String]) -> Status {
    if allowed.iter().any(|p| p == policy) {
        Status::Pass
    } else if policy.starts_with("allkeys-") {
        Status::Warn
    } else {
        Status::Fail
    }
}

/// Over the limit fails; within 10 points of it warns.
pub fn memory_share_status(share_percent: f64, max_percent: u8) -> Status {
    let max = f64::from(max_percent);
    if share_percent > max {
        Status::Fail
    } else if share_percent > max - 10.0 {
        Status::Warn
    } else {
        Status::Pass
    }
}

/// Connected through Sentinel: the sentinels agree on the primary and the config epoch, the
/// quorum and a failover majority can be reached, the primary and its replicas are up (the
/// rules of `redops sentinel status`).
pub(super) async fn check_sentinel(ctx: &Ctx, master: &str) -> Result<CheckResult> {
    let sentinels = crate::client::sentinel::Sentinels::from_options(&ctx.settings.connect)?;
    let st = crate::cmd::sentinel::master_status(&sentinels, master).await?;
    let answering = st.sentinels.iter().filter(|v| v.error.is_none()).count();
    /// What the `sentinel` check saw, and its threshold.
    #[derive(serde::Serialize)]
    struct Seen<'a> {
        primary: &'a Option<String>,
        sentinels_answering: usize,
        config_epoch: Option<u64>,
        ckquorum: bool,
    }
    #[derive(serde::Serialize)]
    struct Quorum {
        quorum: Option<u64>,
    }
    let observed = json!(Seen {
        primary: &st.primary,
        sentinels_answering: answering,
        config_epoch: st.config_epoch,
        ckquorum: st.ckquorum_ok,
    });
    let threshold = json!(Quorum { quorum: st.quorum });
    Ok(if !st.problems.is_empty() {
        CheckResult::new(
            "sentinel",
            Status::Fail,
            observed,
            threshold,
            st.problems.join("; "),
        )
    } else if !st.warnings.is_empty() {
        CheckResult::new(
            "sentinel",
            Status::Warn,
            observed,
            threshold,
            st.warnings.join("; "),
        )
    } else {
        CheckResult::new(
            "sentinel",
            Status::Pass,
            observed,
            threshold,
            format!("{answering} sentinels agree; quorum reachable; replicas up"),
        )
    })
}

pub(super) async fn check_rtt(client: &Client, th: &Thresholds) -> Result<CheckResult> {
    let mut samples = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let _: String = client.query(&redis::cmd("PING"), "sending PING").await?;
        samples.push(started.elapsed());
    }
    samples.sort();
    let median = samples[1];
    let status = if median <= th.max_rtt {
        Status::Pass
    } else {
        Status::Fail
    };
    Ok(CheckResult::new(
        "rtt",
        status,
        json!(format!("{:.2}ms", median.as_secs_f64() * 1e3)),
        json!(format!("<= {}", crate::output::exact_duration(th.max_rtt))),
        "median of 3 PINGs",
    ))
}

/// Topology and memory configuration, from INFO on every primary (one round trip).
pub(super) async fn check_nodes(client: &Client, th: &Thresholds) -> Result<Vec<CheckResult>> {
    let mut out = Vec::new();
    let topo = client.topology();
    let mode = if topo.cluster {
        "cluster"
    } else {
        "standalone"
    };
    let mut problems = Vec::new();
    match th.expect {
        Some(ExpectedMode::Cluster) if !topo.cluster => {
            problems.push("expected a cluster, found a standalone server".to_string())
        }
        Some(ExpectedMode::Standalone) if topo.cluster => {
            problems.push("expected a standalone server, found a cluster".to_string())
        }
        _ => {}
    }
    if topo.cluster {
        if topo.slots_covered < 16384 {
            problems.push(format!(
                "only {} of 16384 slots are served by a healthy primary",
                topo.slots_covered
            ));
        }
        if !topo.failing.is_empty() {
            problems.push(format!("nodes down: {}", topo.failing.join(", ")));
        }
    }
    let infos = client
        .query_all_nodes(&redis::cmd("INFO"), "reading INFO")
        .await?;
    let mut roles = Vec::new();
    for (node, v) in &infos {
        let text: String = redis::from_redis_value_ref(v).unwrap_or_default();
        let role = info_field(&text, "role").unwrap_or("?").to_owned();
        if !topo.cluster && role != "master" {
            problems.push(format!("{} is a {role}, not a primary", node.addr));
        }
        roles.push(role);
    }
    let observed = if topo.cluster {
        json!(format!(
            "cluster: {} primaries, {} nodes, {} slots covered",
            topo.primaries.len(),
            topo.known_nodes,
            topo.slots_covered
        ))
    } else {
        json!(format!(
            "standalone, role {}",
            roles.first().map(String::as_str).unwrap_or("?")
        ))
    };
    out.push(CheckResult::new(
        "topology",
        if problems.is_empty() {
            Status::Pass
        } else {
            Status::Fail
        },
        observed,
        json!(match th.expect {
            Some(ExpectedMode::Cluster) => "cluster, all slots covered, all nodes up",
            Some(ExpectedMode::Standalone) => "standalone primary",
            None => "standalone primary, or cluster with all slots covered and all nodes up",
        }),
        if problems.is_empty() {
            format!("{mode} as expected")
        } else {
            problems.join("; ")
        },
    ));

    // Memory configuration: the worst node decides.
    let mut unset = Vec::new();
    // (status, node, policy) of every node whose policy is not a pass.
    let mut bad_policy: Vec<(Status, String, String)> = Vec::new();
    let mut policies = Vec::new();
    let mut worst_share: Option<(f64, String, u64, u64)> = None;
    for (node, v) in &infos {
        let text: String = redis::from_redis_value_ref(v).unwrap_or_default();
        let maxmemory: u64 = info_field(&text, "maxmemory")
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let used: u64 = info_field(&text, "used_memory")
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let policy = info_field(&text, "maxmemory_policy")
            .unwrap_or("?")
            .to_owned();
        if maxmemory == 0 {
            unset.push(node.addr.clone());
        } else {
            let share = used as f64 * 100.0 / maxmemory as f64;
            if worst_share.as_ref().is_none_or(|w| share > w.0) {
                worst_share = Some((share, node.addr.clone(), used, maxmemory));
            }
        }
        match policy_status(&policy, &th.allowed_policies) {
            Status::Pass => {}
            s => bad_policy.push((s, node.addr.clone(), policy.clone())),
        }
        if !policies.contains(&policy) {
            policies.push(policy);
        }
    }
    out.push(CheckResult::new(
        "maxmemory",
        if unset.is_empty() {
            Status::Pass
        } else {
            Status::Fail
        },
        json!(if unset.is_empty() {
            "set on every primary".to_string()
        } else {
            format!("unset on {}", unset.join(", "))
        }),
        json!("> 0"),
        if unset.is_empty() {
            "a memory budget is set".to_string()
        } else {
            // The same explanation `memory policy` gives.
            crate::policy::policy_warnings(0, "allkeys-lfu").join("; ")
        },
    ));
    let policy_worst = bad_policy
        .iter()
        .map(|(s, _, _)| *s)
        .max()
        .unwrap_or(Status::Pass);
    out.push(CheckResult::new(
        "maxmemory_policy",
        policy_worst,
        json!(policies.join(", ")),
        json!(th.allowed_policies.join(" | ")),
        match policy_worst {
            Status::Pass | Status::PassSampled => "eviction policy as expected".to_string(),
            Status::Warn => format!(
                "{}: evicts from all keys, but is not an allowed policy",
                bad_policy
                    .iter()
                    .map(|(_, node, policy)| format!("{node} has {policy}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Status::Fail => {
                // Why, in the words `memory policy` uses (one judgement of policies, not two);
                // those words name the policy, so only the nodes are added.
                let failing: Vec<&(Status, String, String)> = bad_policy
                    .iter()
                    .filter(|(s, _, _)| *s == Status::Fail)
                    .collect();
                let nodes: Vec<&str> = failing.iter().map(|(_, n, _)| n.as_str()).collect();
                let why: Vec<String> = policies
                    .iter()
                    .filter(|p| failing.iter().any(|(_, _, fp)| fp == *p))
                    .flat_map(|p| crate::policy::policy_warnings(1, p))
                    .collect();
                format!("on {}: {}", nodes.join(", "), why.join("; "))
            }
        },
    ));
    if let Some((share, addr, used, max)) = worst_share {
        let status = memory_share_status(share, th.max_memory_percent);
        out.push(CheckResult::new(
            "memory_usage",
            status,
            json!(format!(
                "{share:.1}% ({} of {}) on {addr}",
                human_bytes(used),
                human_bytes(max)
            )),
            json!(format!("<= {}%", th.max_memory_percent)),
            "used memory as a share of maxmemory, worst primary",
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_and_memory_judgements() {
        let allowed = vec!["allkeys-lfu".to_string()];
        assert_eq!(policy_status("allkeys-lfu", &allowed), Status::Pass);
        assert_eq!(policy_status("allkeys-lru", &allowed), Status::Warn);
        assert_eq!(policy_status("noeviction", &allowed), Status::Fail);
        assert_eq!(policy_status("volatile-lru", &allowed), Status::Fail);
        assert_eq!(memory_share_status(50.0, 90), Status::Pass);
        assert_eq!(memory_share_status(85.0, 90), Status::Warn);
        assert_eq!(memory_share_status(90.5, 90), Status::Fail);
    }
}
