//! The one place that speaks to Redis: connecting (URL, TLS, ACL, timeouts, client name),
//! standalone vs cluster, batched reads, scripts, and a SCAN over every primary.
//!
//! Every call here is one round trip (a batch to several cluster nodes is sent concurrently
//! and counts as one); [`Client::round_trips`] counts them so that budgets can be tested.

pub mod budget;
mod caps;
mod connect;
mod direct;
mod probe;
mod replicas;
pub mod reply;
mod scan;
pub mod scripts;
pub mod sentinel;
mod touch;
pub mod walk;

pub use caps::{Feature, Flavor, ServerCaps, Version};
pub use connect::{ConnectOptions, Topology};
pub use direct::{DEADLINE_SLACK, Lost, Redirect, key_slot, redirect_of};
pub use replicas::{ReadNode, ReplicaLag, ReplicaPick};
pub use reply::{is_outcome_unknown, is_wrongtype, reply_bytes, reply_int, ttl_ms};
pub use scan::{ScanBatch, ScanOptions};
pub use sentinel::{SentinelAuth, SentinelLink};
pub use touch::{TouchLog, policy_uses_access_data};

use crate::error::{Error, Result};
use redis::aio::{ConnectionLike, MultiplexedConnection};
use redis::cluster_async::ClusterConnection;
use redis::{Cmd, FromRedisValue, RedisResult, Value};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A direct connection to one server (the standalone server, or one cluster primary).
#[derive(Clone)]
pub struct Node {
    /// `host:port` (or the socket path) of the node.
    pub addr: String,
    conn: MultiplexedConnection,
    /// What this node is and can do, read when its connection was set up.
    pub caps: ServerCaps,
    /// `CLIENT NO-TOUCH ON` is in effect on this connection: its reads leave the keys'
    /// LRU/LFU data alone (Redis 7.2+, Valkey; refused by older servers).
    pub no_touch: bool,
    /// `maxmemory_policy` from `INFO memory` in the same set-up pipeline, or the refusal.
    pub eviction_policy: Result<String, String>,
}

#[derive(Clone)]
enum Conn {
    Standalone(MultiplexedConnection),
    Cluster(ClusterConnection),
}

/// A connected client. Cheap to share by reference; every method takes `&self`.
pub struct Client {
    conn: Conn,
    /// Cluster connection that never retries, for writes (a write whose reply was lost must
    /// not be sent twice). Standalone connections never retry.
    write_conn: Option<ClusterConnection>,
    /// The nodes a scan visits: the standalone server, or every cluster primary.
    nodes: Vec<Node>,
    topology: Topology,
    /// The URL with its password replaced by `***`, for messages.
    pub target: String,
    timeout: Duration,
    round_trips: Arc<AtomicU64>,
    /// Round trips the connection set-up took, less the batches of reads that rode along in
    /// it (see [`Client::setup_trip_counter`]).
    setup_trips: Arc<AtomicI64>,
    /// The command's first reads, answered in the set-up round trip and not yet used.
    prefetched: Mutex<Vec<Prefetched>>,
    /// The latency budget and the sizes it led to on each node.
    pacing: Arc<budget::Pacing>,
    /// How this client connected, to open more connections the same way (replicas).
    opts: ConnectOptions,
    /// Set when the primary was found through Sentinel.
    sentinel: Option<SentinelLink>,
    /// `CLIENT NO-TOUCH` is on for the key-routed connection (standalone: the server's;
    /// cluster: every primary link of the cluster client).
    routed_no_touch: bool,
    /// The reads that touched keys (on servers without NO-TOUCH), and `--no-touch`.
    touch: Arc<TouchLog>,
}

/// One reply of a batch: the value, or the error the server gave for that command alone.
pub type Reply = RedisResult<Value>;

/// The reads a command will start with, handed to the connection set-up
/// ([`Client::connect_reading`]) so that on a standalone server they travel in the set-up
/// pipeline: connection and first answer in one round trip. The command then calls
/// [`Client::batch`] with the same commands as it would have anyway, and gets the answers
/// kept from the set-up. Several batches may be given when which one the command sends
/// depends on what the server turns out to be (its version, what its ACL allows): each is
/// used at most once; one never asked for is dropped. On a cluster node the answers are
/// dropped and every batch goes to the node that owns its keys, as without this.
///
/// Only reads belong here: they are sent before redops knows what the server is.
#[derive(Debug, Clone, Default)]
pub struct Prefetch {
    batches: Vec<Vec<Cmd>>,
}

impl Prefetch {
    /// One batch of reads the command will send with [`Client::batch`].
    pub fn batch(mut self, cmds: &[Cmd]) -> Prefetch {
        if !cmds.is_empty() {
            self.batches.push(cmds.to_vec());
        }
        self
    }
}

/// A batch of reads answered in the set-up round trip.
struct Prefetched {
    packed: Vec<Vec<u8>>,
    replies: Vec<Value>,
}

impl Client {
    pub async fn connect(opts: &ConnectOptions) -> Result<Client> {
        connect::connect(opts, &Prefetch::default()).await
    }

    /// Connects, sending `reads` in the set-up round trip (see [`Prefetch`]).
    pub async fn connect_reading(opts: &ConnectOptions, reads: &Prefetch) -> Result<Client> {
        connect::connect(opts, reads).await
    }

    /// The answers to `cmds` if they went in the set-up pipeline (each batch once).
    fn take_prefetched(&self, cmds: &[Cmd]) -> Option<Vec<Value>> {
        let mut kept = self.prefetched.lock().ok()?;
        if kept.is_empty() {
            return None;
        }
        let packed: Vec<Vec<u8>> = cmds.iter().map(|c| c.get_packed_command()).collect();
        let i = kept.iter().position(|p| p.packed == packed)?;
        Some(kept.swap_remove(i).replies)
    }

    /// How the primary was found, when it was found through Sentinel.
    pub fn sentinel(&self) -> Option<&SentinelLink> {
        self.sentinel.as_ref()
    }

    pub fn is_cluster(&self) -> bool {
        matches!(self.conn, Conn::Cluster(_))
    }

    pub fn topology(&self) -> &Topology {
        &self.topology
    }

    /// The nodes a scan visits (the standalone server, or each cluster primary).
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The server this client talks to (on a cluster, the first primary; see
    /// [`Client::has`] for what every node can do).
    pub fn server(&self) -> &ServerCaps {
        static UNKNOWN: std::sync::OnceLock<ServerCaps> = std::sync::OnceLock::new();
        self.nodes
            .first()
            .map(|n| &n.caps)
            .unwrap_or_else(|| UNKNOWN.get_or_init(ServerCaps::unknown))
    }

    /// The server software in words: "Valkey 8.1.1 (Redis 7.2.4 compatible)"; on a cluster
    /// whose primaries run different versions (a rolling upgrade), each with its nodes:
    /// "mixed versions: Redis 7.0.15 on 10.0.0.1:6379; Redis 7.2.4 on 10.0.0.2:6379".
    pub fn server_summary(&self) -> String {
        let mut seen: Vec<(String, Vec<&str>)> = Vec::new();
        for n in &self.nodes {
            let d = n.caps.describe();
            match seen.iter_mut().find(|(k, _)| *k == d) {
                Some((_, addrs)) => addrs.push(&n.addr),
                None => seen.push((d, vec![&n.addr])),
            }
        }
        match seen.as_slice() {
            [] => self.server().describe(),
            [(one, _)] => one.clone(),
            many => format!(
                "mixed versions: {}",
                many.iter()
                    .map(|(d, a)| format!("{d} on {}", a.join(", ")))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        }
    }

    /// Whether every node has `f` (a cluster in a rolling upgrade runs mixed versions).
    pub fn has(&self, f: Feature) -> bool {
        self.nodes.iter().all(|n| n.caps.has(f))
    }

    /// Exit 5 ("`what` needs Redis 7.4 or later: this server is Redis 6.2.14", naming the node
    /// on a cluster) unless every node has `f`.
    pub fn require(&self, f: Feature, what: &str) -> Result<()> {
        match self.nodes.iter().find(|n| !n.caps.has(f)) {
            None => Ok(()),
            Some(n) if self.is_cluster() => {
                Err(n.caps.lacks(f, &format!("{what} (node {})", n.addr)))
            }
            Some(n) => Err(n.caps.lacks(f, what)),
        }
    }

    /// Why a scan of this client cannot see every key: cluster primaries that are down, with
    /// the slots they serve. `None` when every slot is served by a reachable primary.
    pub fn scan_gap(&self) -> Option<String> {
        let t = &self.topology;
        if !t.cluster || (t.slots_covered >= 16384 && t.failing.is_empty()) {
            return None;
        }
        Some(format!(
            "incomplete: {} of 16384 slots are served by a reachable primary; not scanned: {}",
            t.slots_covered,
            if t.failing.is_empty() {
                "unassigned slots".to_string()
            } else {
                t.failing.join("; ")
            }
        ))
    }

    /// The cluster's slot map as every primary sees it (`CLUSTER NODES`: node ids, roles,
    /// config epochs, slot ranges, slots being migrated), in one round trip; `None` when
    /// standalone. A scan compares it before and after: if it changed, or a slot was being
    /// migrated, keys may have been counted twice or missed. The `bool` is "a migration is in
    /// progress".
    pub async fn slot_map(&self) -> Result<Option<(String, bool)>> {
        if !self.is_cluster() {
            return Ok(None);
        }
        let replies = self
            .query_all_nodes(
                &redis::cmd("CLUSTER").arg("NODES").clone(),
                "reading the slot map",
            )
            .await?;
        let mut views = Vec::with_capacity(replies.len());
        let mut migrating = false;
        for (node, v) in replies {
            let text: String = redis::from_redis_value(v)
                .map_err(|e| Error::data(format!("reading the slot map: unexpected reply: {e}")))?;
            let mut lines: Vec<String> = text
                .lines()
                .filter_map(|l| {
                    let f: Vec<&str> = l.split_whitespace().collect();
                    if f.len() < 8 {
                        return None;
                    }
                    let role = if f[2].contains("master") {
                        "master"
                    } else {
                        "replica"
                    };
                    let slots = f[8..].join(" ");
                    if slots.contains('[') {
                        migrating = true;
                    }
                    Some(format!("{} {role} {} {} {slots}", f[0], f[3], f[6]))
                })
                .collect();
            lines.sort();
            views.push(format!("{}:\n{}", node.addr, lines.join("\n")));
        }
        views.sort();
        Ok(Some((views.join("\n"), migrating)))
    }

    /// Round trips made since the connection was set up.
    pub fn round_trips(&self) -> u64 {
        self.round_trips.load(Ordering::Relaxed)
    }

    /// The counter behind [`Client::round_trips`], shared with scan tasks and the caller.
    pub fn round_trip_counter(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.round_trips)
    }

    /// What to add to [`Client::round_trips`] for every round trip this client made after the
    /// TCP connect and TLS handshake, set-up included: the set-up's round trips (counted on a
    /// standalone server, estimated on a cluster), less each batch of reads that was answered
    /// in the set-up (which [`Client::round_trips`] counts as the command's own). Round trips
    /// to sentinels are not in it.
    pub fn setup_trip_counter(&self) -> Arc<AtomicI64> {
        Arc::clone(&self.setup_trips)
    }

    fn count(&self) {
        self.round_trips.fetch_add(1, Ordering::Relaxed);
    }

    /// One command, routed by its key on a cluster. `what` names the action for error messages.
    pub async fn query<T: FromRedisValue>(&self, cmd: &Cmd, what: &str) -> Result<T> {
        self.touch_routed(std::slice::from_ref(cmd), what)?;
        self.count();
        let v = match &self.conn {
            Conn::Standalone(c) => c.clone().req_packed_command(cmd).await,
            Conn::Cluster(c) => c.clone().req_packed_command(cmd).await,
        }
        .and_then(value_to_reply)
        .map_err(|e| Error::redis(e, what))?;
        redis::from_redis_value(v)
            .map_err(|e| Error::data(format!("{what}: unexpected reply: {e}")))
    }

    /// Many commands in one round trip: a pipeline on a standalone server; on a cluster, sent
    /// concurrently, each to the node that owns its key. Each command gets its own reply or
    /// server error (a `WRONGTYPE` on one key does not fail the others); a connection failure
    /// fails the whole batch.
    pub async fn batch(&self, cmds: &[Cmd], what: &str) -> Result<Vec<Reply>> {
        if cmds.is_empty() {
            return Ok(Vec::new());
        }
        self.touch_routed(cmds, what)?;
        match &self.conn {
            Conn::Standalone(c) => match self.take_prefetched(cmds) {
                Some(replies) => {
                    // The command's round trip, made together with the set-up.
                    self.count();
                    self.setup_trips.fetch_sub(1, Ordering::Relaxed);
                    check_batch(replies.into_iter().map(value_to_reply).collect(), what)
                }
                None => self.pipeline_on(c, cmds, what).await,
            },
            Conn::Cluster(c) => {
                self.count();
                let futs = cmds.iter().map(|cmd| {
                    let mut c = c.clone();
                    async move { c.req_packed_command(cmd).await.and_then(value_to_reply) }
                });
                let replies = futures_util::future::join_all(futs).await;
                check_batch(replies, what).map_err(|e| self.with_gap(e))
            }
        }
    }

    /// The latency budget this client sizes its scans and reads by (`None`: off).
    pub fn set_latency_budget(&mut self, budget: Option<Duration>) {
        self.pacing = Arc::new(budget::Pacing::new(budget));
    }

    /// The latency budget and what the sizing did so far.
    pub fn pacing(&self) -> &budget::Pacing {
        &self.pacing
    }

    /// [`Client::pacing`], to read its counters after the client is gone.
    pub fn pacing_handle(&self) -> Arc<budget::Pacing> {
        Arc::clone(&self.pacing)
    }

    /// Many commands in one pipeline on one node (for keys a scan of that node returned).
    /// Under a latency budget the pipeline is sent in chunks, one at a time, each sized so
    /// that its server time stays inside the budget (see [`budget`]).
    pub async fn batch_on(&self, node: &Node, cmds: &[Cmd], what: &str) -> Result<Vec<Reply>> {
        if cmds.is_empty() {
            return Ok(Vec::new());
        }
        self.touch_node(node, cmds, what)?;
        let replies = self.paced_pipeline(node, cmds, what).await?;
        if !self.is_cluster() {
            return Ok(replies);
        }
        // During a resharding some keys a node's SCAN returned may have moved: ask the cluster
        // connection (which follows redirects) for those again, in one more round trip.
        let moved: Vec<usize> = replies
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r, Err(e) if matches!(e.code(), Some("MOVED" | "ASK"))))
            .map(|(i, _)| i)
            .collect();
        if moved.is_empty() {
            return Ok(replies);
        }
        let again: Vec<Cmd> = moved.iter().map(|&i| cmds[i].clone()).collect();
        let fresh = self.batch(&again, what).await?;
        let mut replies = replies;
        for (i, r) in moved.into_iter().zip(fresh) {
            replies[i] = r;
        }
        Ok(replies)
    }

    /// [`Client::pipeline_on`] in chunks the latency budget sizes (the whole batch when off).
    async fn paced_pipeline(&self, node: &Node, cmds: &[Cmd], what: &str) -> Result<Vec<Reply>> {
        let pacing = &self.pacing;
        if pacing.budget().is_none() {
            return self.pipeline_on(&node.conn, cmds, what).await;
        }
        if cmds.len() > pacing.size(&node.addr, budget::Work::Read)
            && pacing.base(&node.addr).is_none()
        {
            // The baseline round trip, to tell the server's time from the network's. A failure
            // here is left for the reads to report.
            self.count();
            let started = std::time::Instant::now();
            let ping: RedisResult<Value> = node
                .conn
                .clone()
                .req_packed_command(&redis::cmd("PING"))
                .await;
            if ping.is_ok() {
                pacing.baseline(&node.addr, started.elapsed());
            }
        }
        let mut out = Vec::with_capacity(cmds.len());
        let mut rest = cmds;
        let mut chunks = 0;
        while !rest.is_empty() {
            pacing.wait(&node.addr).await;
            let n = pacing.size(&node.addr, budget::Work::Read).min(rest.len());
            let (chunk, tail) = rest.split_at(n);
            let started = std::time::Instant::now();
            out.extend(self.pipeline_on(&node.conn, chunk, what).await?);
            pacing.record(&node.addr, budget::Work::Read, n, started.elapsed());
            rest = tail;
            chunks += 1;
        }
        if chunks > 1 {
            pacing.split_read();
        }
        Ok(out)
    }

    async fn pipeline_on(
        &self,
        conn: &MultiplexedConnection,
        cmds: &[Cmd],
        what: &str,
    ) -> Result<Vec<Reply>> {
        self.count();
        let mut pipe = redis::pipe();
        for cmd in cmds {
            pipe.add_command(cmd.clone());
        }
        pipe.ignore_errors();
        let mut conn = conn.clone();
        let replies: Vec<Value> = pipe
            .query_async(&mut conn)
            .await
            .map_err(|e| self.with_gap(Error::redis(e, what)))?;
        check_batch(replies.into_iter().map(value_to_reply).collect(), what)
            .map_err(|e| self.with_gap(e))
    }

    /// A connection error, with the hint of what the topology says cannot be reached.
    fn with_gap(&self, e: Error) -> Error {
        match self.scan_gap() {
            Some(gap) if e.code == crate::error::ExitCode::Connection => e.hint(gap),
            _ => e,
        }
    }

    /// One command on one node (e.g. `INFO`, `DBSIZE`, `CONFIG GET` of a cluster primary).
    pub async fn query_node<T: FromRedisValue>(
        &self,
        node: &Node,
        cmd: &Cmd,
        what: &str,
    ) -> Result<T> {
        self.touch_node(node, std::slice::from_ref(cmd), what)?;
        self.count();
        let v = node
            .conn
            .clone()
            .req_packed_command(cmd)
            .await
            .and_then(value_to_reply)
            .map_err(|e| Error::redis(e, what))?;
        redis::from_redis_value(v)
            .map_err(|e| Error::data(format!("{what}: unexpected reply: {e}")))
    }

    /// The same command on every node at once (one round trip), answers in node order.
    pub async fn query_all_nodes(&self, cmd: &Cmd, what: &str) -> Result<Vec<(Node, Value)>> {
        for n in &self.nodes {
            self.touch_node(n, std::slice::from_ref(cmd), what)?;
        }
        self.count();
        let futs = self.nodes.iter().map(|n| {
            let mut c = n.conn.clone();
            async move {
                (
                    n.clone(),
                    c.req_packed_command(cmd).await.and_then(value_to_reply),
                )
            }
        });
        let mut out = Vec::with_capacity(self.nodes.len());
        for (node, r) in futures_util::future::join_all(futs).await {
            let v = r.map_err(|e| Error::redis(e, &format!("{what} on {}", node.addr)))?;
            out.push((node, v));
        }
        Ok(out)
    }

    /// A single write command (a script's `EVAL`: [`crate::client::scripts::Script::write`]) that
    /// must not be sent twice: never retried. A timeout or dropped connection after sending is
    /// reported as "outcome unknown" (exit 3).
    pub async fn write(&self, cmd: &Cmd, what: &str) -> Result<Value> {
        self.count();
        let r = match (&self.conn, &self.write_conn) {
            (Conn::Standalone(c), _) => c.clone().req_packed_command(cmd).await,
            (Conn::Cluster(_), Some(w)) => w.clone().req_packed_command(cmd).await,
            (Conn::Cluster(c), None) => c.clone().req_packed_command(cmd).await,
        }
        .and_then(value_to_reply);
        r.map_err(|e| {
            if e.is_timeout() || e.is_connection_dropped() || e.is_io_error() {
                Error::connection(format!("{what}: outcome unknown: the write was sent but no reply came ({e})"))
                    .hint("redops does not retry a write it cannot confirm; check the key's state before trying again")
            } else {
                Error::redis(e, what)
            }
        })
    }

    /// Many writes (e.g. one compare-then-delete `EVAL` per key) in one round trip, never
    /// retried: a pipeline on a standalone server; on a cluster, sent concurrently over the
    /// no-retry connection, each to the node that owns its key. Server errors stay per command.
    /// A lost reply is "outcome unknown": on a standalone server it fails the whole batch
    /// (exit 3); on a cluster it stays that command's reply (see [`is_outcome_unknown`]), so the
    /// caller can report which writes are known to have happened.
    pub async fn write_batch(&self, cmds: &[Cmd], what: &str) -> Result<Vec<Reply>> {
        if cmds.is_empty() {
            return Ok(Vec::new());
        }
        let unknown = |e: redis::RedisError| {
            Error::connection(format!("{what}: outcome unknown: the writes were sent but no reply came ({e})"))
                .hint("redops does not retry a write it cannot confirm; check the keys' state before trying again")
        };
        match (&self.conn, &self.write_conn) {
            (Conn::Standalone(c), _) => {
                self.count();
                let mut pipe = redis::pipe();
                for cmd in cmds {
                    pipe.add_command(cmd.clone());
                }
                pipe.ignore_errors();
                let replies: Vec<Value> = match pipe.query_async(&mut c.clone()).await {
                    Ok(r) => r,
                    Err(e) if reply::is_lost(&e) => return Err(unknown(e)),
                    Err(e) => return Err(Error::redis(e, what)),
                };
                Ok(replies.into_iter().map(value_to_reply).collect())
            }
            (Conn::Cluster(c), w) => {
                self.count();
                let conn = w.as_ref().unwrap_or(c);
                let futs = cmds.iter().map(|cmd| {
                    let mut c = conn.clone();
                    async move { c.req_packed_command(cmd).await }
                });
                Ok(futures_util::future::join_all(futs).await)
            }
        }
    }

    /// The server's clock, as Unix seconds with microseconds (`TIME`).
    pub async fn server_time(&self) -> Result<f64> {
        let time: Value = self
            .query(&redis::cmd("TIME"), "reading the server clock")
            .await?;
        reply::server_time(&Ok(time))
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    // --- reads that touch keys (issue 17) ---

    /// The reads that touched keys and `--no-touch`, shared with the command's context.
    pub fn touch_log(&self) -> Arc<TouchLog> {
        Arc::clone(&self.touch)
    }

    /// Whether reads on `node` leave the keys' LRU/LFU data alone (`CLIENT NO-TOUCH` is on).
    pub fn reads_leave_no_trace(&self, node: &Node) -> bool {
        node.no_touch
    }

    /// Before touching reads go to `node`: noted (or refused with `--no-touch`) unless its
    /// connection has NO-TOUCH.
    pub fn touch_node(&self, node: &Node, cmds: &[Cmd], what: &str) -> Result<()> {
        if node.no_touch {
            return Ok(());
        }
        self.touch.check(cmds, node, what)
    }

    /// Notes the touching reads a read-only script ran on `node` (`names`: its commands),
    /// unless the node's connection has NO-TOUCH.
    pub fn note_script_reads(&self, node: &Node, names: &[&str]) {
        if node.no_touch || names.is_empty() {
            return;
        }
        self.touch.remember(node);
        self.touch.note_names(names.iter().copied());
    }

    /// As [`Client::touch_node`], for the key-routed connection.
    fn touch_routed(&self, cmds: &[Cmd], what: &str) -> Result<()> {
        if self.routed_no_touch {
            return Ok(());
        }
        // Standalone: the server; a cluster: a primary without NO-TOUCH (the cluster client
        // picks each key's node).
        match self
            .nodes
            .iter()
            .find(|n| !n.no_touch)
            .or(self.nodes.first())
        {
            Some(n) => self.touch.check(cmds, n, what),
            None => Ok(()),
        }
    }
}

/// A server error can arrive as a value (RESP3, pipelines); make it an error.
fn value_to_reply(v: Value) -> Reply {
    match v {
        Value::ServerError(e) => Err(e.into()),
        v => Ok(v),
    }
}

/// A connection-level failure anywhere fails the whole batch; server errors stay per command.
fn check_batch(replies: Vec<Reply>, what: &str) -> Result<Vec<Reply>> {
    let mut out = Vec::with_capacity(replies.len());
    for r in replies {
        match r {
            Err(e)
                if e.is_io_error()
                    || e.is_timeout()
                    || e.is_connection_dropped()
                    || e.is_connection_refusal() =>
            {
                return Err(Error::redis(e, what));
            }
            Err(e) if e.is_cluster_error() && e.code().is_none() => {
                return Err(Error::redis(e, what));
            }
            // The cluster refuses every keyed command (a primary is down and the cluster
            // requires full coverage): no key can be read, which is not "the key is gone".
            Err(e) if e.code() == Some("CLUSTERDOWN") => {
                return Err(Error::redis(e, what));
            }
            r => out.push(r),
        }
    }
    Ok(out)
}
