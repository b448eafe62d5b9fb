//! `redops ping`: the smoke test of connectivity.

use super::info_field;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::human_duration;
use serde_json::json;
use std::time::{Duration, Instant};

pub async fn run(ctx: &Ctx) -> Result<()> {
    let client = ctx.connect().await?;
    let started = Instant::now();
    let _: String = client.query(&redis::cmd("PING"), "sending PING").await?;
    let rtt = started.elapsed();
    // The version came with the connection set-up; the role needs `INFO replication` (one
    // section per call: Redis 6.2 takes no more). On a cluster, it goes to one primary; the
    // topology comes from connecting.
    let mut info_cmd = redis::cmd("INFO");
    info_cmd.arg("replication");
    let info: String = match client.nodes().first() {
        Some(node) => {
            client
                .query_node(node, &info_cmd, "reading INFO replication")
                .await?
        }
        None => client.query(&info_cmd, "reading INFO replication").await?,
    };
    let server = client.server();
    let version = server.version_text();
    let role = info_field(&info, "role").unwrap_or("?").to_owned();
    let topo = client.topology();
    let mode = if topo.cluster {
        "cluster"
    } else {
        "standalone"
    };
    if ctx.out.is_table() {
        let shape = if topo.cluster {
            let mut s = format!(
                "cluster of {} nodes, {} primaries, {} of 16384 slots covered",
                topo.known_nodes,
                topo.primaries.len(),
                topo.slots_covered
            );
            if !topo.failing.is_empty() {
                s.push_str(&format!(", FAILING: {}", topo.failing.join(", ")));
            }
            s
        } else if let Some(l) = client.sentinel() {
            format!(
                "standalone, role {role}, primary of '{}' as sentinel {} names it",
                l.master, l.via
            )
        } else {
            format!("standalone, role {role}")
        };
        let rtt_text = if rtt < Duration::from_millis(1) {
            format!("{:.2}ms", rtt.as_secs_f64() * 1e3)
        } else {
            human_duration(rtt)
        };
        ctx.out.print(&format!(
            "PONG from {} — {}, {shape}, round trip {rtt_text}\n",
            client.target,
            client.server_summary()
        ))
    } else {
        ctx.out.json(&json!({
            "target": client.target,
            "version": version,
            "flavor": server.flavor.map(|f| f.name()),
            "redis_version": server.redis_version.map(|v| v.to_string()),
            "server": client.server_summary(),
            "role": role,
            "mode": mode,
            "nodes": topo.known_nodes,
            "primaries": topo.primaries,
            "failing_nodes": topo.failing,
            "slots_covered": if topo.cluster { Some(topo.slots_covered) } else { None },
            "rtt_us": rtt.as_micros() as u64,
            "sentinel": client.sentinel().map(|l| json!({
                "master": l.master,
                "primary": l.primary,
                "via": l.via,
            })),
        }))
    }
}
