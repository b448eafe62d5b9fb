//! SCAN over every node a keyspace lives on: the standalone server, or each cluster primary
//! with its own cursor, in parallel. (SCAN sent through a cluster client lands on one node.)

use super::{Client, Node};
use crate::error::{Error, Result};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// SCAN MATCH glob.
    pub pattern: Option<Vec<u8>>,
    /// SCAN COUNT hint.
    pub count: u32,
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
    /// (`cmd::KeyScan::start` picks them; a primary without one is reported as missed).
    pub replicas: bool,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            pattern: None,
            count: 1000,
            key_type: None,
            max_rate: None,
            sleep: None,
            max_keys_per_node: None,
            replicas: false,
        }
    }
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
            tokio::spawn(async move {
                if let Err(e) = scan_node(&node, &opts, per_node_rate, &counter, &tx).await {
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

async fn scan_node(
    node: &Node,
    opts: &ScanOptions,
    rate: Option<f64>,
    counter: &AtomicU64,
    tx: &mpsc::Sender<Result<ScanBatch>>,
) -> Result<()> {
    let mut cursor: u64 = 0;
    let started = Instant::now();
    let mut seen: u64 = 0;
    let mut visited: u64 = 0;
    loop {
        let mut cmd = redis::cmd("SCAN");
        cmd.arg(cursor);
        if let Some(p) = &opts.pattern {
            cmd.arg("MATCH").arg(p.as_slice());
        }
        cmd.arg("COUNT").arg(opts.count);
        if let Some(t) = &opts.key_type {
            cmd.arg("TYPE").arg(t);
        }
        counter.fetch_add(1, Ordering::Relaxed);
        let (next, keys): (u64, Vec<Vec<u8>>) = cmd
            .query_async(&mut node.conn.clone())
            .await
            .map_err(|e| Error::redis(e, &format!("scanning {}", node.addr)))?;
        seen += keys.len() as u64;
        visited += (keys.len() as u64).max(u64::from(opts.count));
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
        if let Some(r) = rate.filter(|r| *r > 0.0) {
            let due = Duration::from_secs_f64(visited as f64 / r);
            let elapsed = started.elapsed();
            if due > elapsed {
                tokio::time::sleep(due - elapsed).await;
            }
        }
    }
}
