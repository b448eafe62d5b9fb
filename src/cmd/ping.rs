//! `redops ping`: the smoke test of connectivity.

use crate::client::reply::info_field;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Output, Report, human_duration};
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
    let topo = client.topology();
    ctx.out.emit(&PingReport {
        target: client.target.clone(),
        version: server.version_text(),
        flavor: server.flavor.map(|f| f.name()),
        redis_version: server.redis_version.map(|v| v.to_string()),
        server: client.server_summary(),
        role: info_field(&info, "role").unwrap_or("?").to_owned(),
        mode: if topo.cluster {
            "cluster"
        } else {
            "standalone"
        },
        nodes: topo.known_nodes,
        primaries: topo.primaries.clone(),
        failing_nodes: topo.failing.clone(),
        slots_covered: topo.cluster.then_some(topo.slots_covered),
        rtt_us: rtt.as_micros() as u64,
        sentinel: client.sentinel().map(|l| PingSentinel {
            master: l.master.clone(),
            primary: l.primary.clone(),
            via: l.via.clone(),
        }),
        rtt,
    })
}

/// What `redops ping` reports: the server, its role and topology, and the round trip.
#[derive(Debug, serde::Serialize)]
pub struct PingReport {
    pub target: String,
    pub version: Option<String>,
    pub flavor: Option<&'static str>,
    pub redis_version: Option<String>,
    pub server: String,
    pub role: String,
    pub mode: &'static str,
    pub nodes: usize,
    pub primaries: Vec<String>,
    pub failing_nodes: Vec<String>,
    /// `null` when standalone.
    pub slots_covered: Option<u32>,
    pub rtt_us: u64,
    /// Connected through Sentinel: the primary's name, address, and the sentinel that named it.
    pub sentinel: Option<PingSentinel>,
    /// The round trip, for the table (`rtt_us` in JSON).
    #[serde(skip)]
    pub rtt: Duration,
}

#[derive(Debug, serde::Serialize)]
pub struct PingSentinel {
    pub master: String,
    pub primary: String,
    pub via: String,
}

impl Report for PingReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        let role = &self.role;
        let shape = if self.mode == "cluster" {
            let mut s = format!(
                "cluster of {} nodes, {} primaries, {} of 16384 slots covered",
                self.nodes,
                self.primaries.len(),
                self.slots_covered.unwrap_or(0)
            );
            if !self.failing_nodes.is_empty() {
                s.push_str(&format!(", FAILING: {}", self.failing_nodes.join(", ")));
            }
            s
        } else if let Some(l) = &self.sentinel {
            format!(
                "standalone, role {role}, primary of '{}' as sentinel {} names it",
                l.master, l.via
            )
        } else {
            format!("standalone, role {role}")
        };
        let rtt_text = if self.rtt < Duration::from_millis(1) {
            format!("{:.2}ms", self.rtt.as_secs_f64() * 1e3)
        } else {
            human_duration(self.rtt)
        };
        out.print(&format!(
            "PONG from {} — {}, {shape}, round trip {rtt_text}\n",
            self.target, self.server
        ))
    }
}
