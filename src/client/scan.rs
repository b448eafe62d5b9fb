//! SCAN over every node a keyspace lives on: the standalone server, or each cluster primary
//! with its own cursor, in parallel. (SCAN sent through a cluster client lands on one node.)

use super::budget::{Pacing, Work};
use super::{Client, ConnectOptions, Node};
use crate::error::{Error, Result};
use redis::aio::MultiplexedConnection;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// SCAN MATCH glob.
    pub pattern: Option<Vec<u8>>,
    /// `--scan-count`: the SCAN COUNT under `--latency-budget off` (1000 when not given); under
    /// a budget, the ceiling of the adaptive COUNT (see [`super::budget`]).
    pub count: Option<u32>,
    /// SCAN TYPE filter (`string`, `hash`, `zset`, ...).
    pub key_type: Option<String>,
    /// Throttle: at most this many keys visited a second, over all nodes together. A SCAN call
    /// visits about `count` keys whatever MATCH/TYPE keep, so each call counts as `count` keys
    /// (or as many as it returned, when more).
    pub max_rate: Option<f64>,
    /// Throttle: pause this long after each SCAN call.
    pub sleep: Option<Duration>,
    /// A sample: stop each node's scan once it has returned this many keys.
    pub max_keys_per_node: Option<u64>,
    /// `--replicas`: scan one online replica of each primary instead of the primary
    /// (`walk::KeyScan::start` picks them; a primary without one is reported as missed).
    pub replicas: bool,
}

impl ScanOptions {
    pub fn matching(pattern: impl Into<Vec<u8>>) -> Self {
        ScanOptions {
            pattern: Some(pattern.into()),
            ..Default::default()
        }
    }
}

/// Keys one SCAN call returned, with the node they live on (read them with `Client::batch_on`).
pub struct ScanBatch {
    pub node: Node,
    pub keys: Vec<Vec<u8>>,
}

impl Client {
    /// Starts scanning every node in parallel; batches arrive on the returned channel as they
    /// are found, so reading one batch overlaps scanning the next. Dropping the receiver stops
    /// the scan. An error ends that node's scan and is sent as the last item from it.
    pub fn scan(&self, opts: &ScanOptions) -> mpsc::Receiver<Result<ScanBatch>> {
        self.scan_nodes(&self.nodes, opts)
    }

    /// Like [`Client::scan`], over the given nodes (e.g. one replica of each primary).
    pub fn scan_nodes(
        &self,
        nodes: &[Node],
        opts: &ScanOptions,
    ) -> mpsc::Receiver<Result<ScanBatch>> {
        let (tx, rx) = mpsc::channel(4 * nodes.len().max(1));
        let per_node_rate = opts.max_rate.map(|r| r / nodes.len().max(1) as f64);
        for node in nodes {
            let tx = tx.clone();
            let node = node.clone();
            let opts = opts.clone();
            let counter = Arc::clone(&self.round_trips);
            let pacing = Arc::clone(&self.pacing);
            // The standalone server itself is reached with the URL as given (it may be a
            // socket); other nodes by their address.
            let seed =
                !self.is_cluster() && self.nodes.first().is_some_and(|n| n.addr == node.addr);
            let copts = self.opts.clone();
            tokio::spawn(async move {
                let conn = match pacing.budget() {
                    Some(_) => side_connection(&copts, &node, seed, &pacing, &counter).await,
                    None => None,
                };
                let conn = conn.unwrap_or_else(|| node.conn.clone());
                let scan = NodeScan {
                    node: &node,
                    conn,
                    opts: &opts,
                    rate: per_node_rate,
                    counter: &counter,
                    pacing: &pacing,
                };
                if let Err(e) = scan.run(&tx).await {
                    let _ = tx.send(Err(e)).await;
                }
            });
        }
        rx
    }

    /// Number of keys on every scanned node together (`DBSIZE` on each), for progress bars.
    pub async fn dbsize(&self) -> Result<u64> {
        let all = self
            .query_all_nodes(&redis::cmd("DBSIZE"), "counting keys (DBSIZE)")
            .await?;
        Ok(all
            .iter()
            .map(|(_, v)| redis::from_redis_value_ref::<u64>(v).unwrap_or(0))
            .sum())
    }
}

/// Under a budget, a scan has a connection of its own on each node (named `redops` like the
/// others): its SCAN round trips are then not held up behind the reads of the keys it found,
/// so they measure SCAN's own server time; and a PING on it between SCAN calls waits in line
/// like the application's commands do. `None` (the scan then shares the node's connection)
/// when it cannot be opened.
async fn side_connection(
    opts: &ConnectOptions,
    node: &Node,
    seed: bool,
    pacing: &Pacing,
    counter: &AtomicU64,
) -> Option<MultiplexedConnection> {
    let info = super::connect::connection_info(opts).ok()?;
    let info = if seed {
        info
    } else {
        let (host, port) = node.addr.rsplit_once(':')?;
        super::connect::with_addr(&info, host.trim_matches(['[', ']']), port.parse().ok()?)
    };
    let certs = super::connect::tls_certificates(opts).ok()?;
    let conn = super::connect::open_node(&info, certs.as_ref(), opts, &node.addr)
        .await
        .ok()?;
    let mut setup = redis::pipe();
    setup.cmd("CLIENT").arg("SETNAME").arg("redops");
    setup.cmd("PING");
    setup.ignore_errors();
    counter.fetch_add(1, Ordering::Relaxed);
    let started = Instant::now();
    let _: Vec<redis::Value> = setup.query_async(&mut conn.clone()).await.ok()?;
    pacing.baseline(&node.addr, started.elapsed());
    Some(conn)
}

/// One node's scan.
struct NodeScan<'a> {
    node: &'a Node,
    conn: MultiplexedConnection,
    opts: &'a ScanOptions,
    rate: Option<f64>,
    counter: &'a AtomicU64,
    pacing: &'a Pacing,
}

impl NodeScan<'_> {
    /// Under a budget: what the application feels (a PING, at most every 10 ms), then the
    /// pause a slow one asked for.
    async fn probe(&mut self) {
        let addr = &self.node.addr;
        if self.pacing.probe_due(addr) {
            self.counter.fetch_add(1, Ordering::Relaxed);
            let started = Instant::now();
            let pong: redis::RedisResult<redis::Value> =
                redis::cmd("PING").query_async(&mut self.conn).await;
            if pong.is_ok() {
                self.pacing.probed(addr, started.elapsed());
            }
        }
        self.pacing.wait(addr).await;
    }

    async fn run(mut self, tx: &mpsc::Sender<Result<ScanBatch>>) -> Result<()> {
        let (node, opts) = (self.node, self.opts);
        let mut cursor: u64 = 0;
        let started = Instant::now();
        let mut seen: u64 = 0;
        let mut visited: u64 = 0;
        loop {
            self.probe().await;
            let count = self.pacing.scan_count(&node.addr, opts.count);
            let mut cmd = redis::cmd("SCAN");
            cmd.arg(cursor);
            if let Some(p) = &opts.pattern {
                cmd.arg("MATCH").arg(p.as_slice());
            }
            cmd.arg("COUNT").arg(count);
            if let Some(t) = &opts.key_type {
                cmd.arg("TYPE").arg(t);
            }
            self.counter.fetch_add(1, Ordering::Relaxed);
            let sent = Instant::now();
            let (next, keys): (u64, Vec<Vec<u8>>) = cmd
                .query_async(&mut self.conn)
                .await
                .map_err(|e| Error::redis(e, &format!("scanning {}", node.addr)))?;
            self.pacing
                .record(&node.addr, Work::Scan, count as usize, sent.elapsed());
            seen += keys.len() as u64;
            visited += (keys.len() as u64).max(u64::from(count));
            if !keys.is_empty()
                && tx
                    .send(Ok(ScanBatch {
                        node: node.clone(),
                        keys,
                    }))
                    .await
                    .is_err()
            {
                return Ok(()); // the reader went away: stop quietly
            }
            if next == 0 || opts.max_keys_per_node.is_some_and(|max| seen >= max) {
                return Ok(());
            }
            cursor = next;
            if let Some(d) = opts.sleep {
                tokio::time::sleep(d).await;
            }
            if let Some(r) = self.rate.filter(|r| *r > 0.0) {
                let due = Duration::from_secs_f64(visited as f64 / r);
                let elapsed = started.elapsed();
                if due > elapsed {
                    tokio::time::sleep(due - elapsed).await;
                }
            }
        }
    }
}
