//! One module per subcommand group, each with `async fn run(args, ctx)`.

pub mod audit;
pub mod check;
pub mod config;
pub mod demo;
pub mod leaderboard;
pub mod lock;
pub mod memory;
pub mod memory_rdb;
pub mod ping;
pub mod ratelimit;
pub mod sentinel;
pub mod session;
pub mod stream;

use crate::cli::Command;
use crate::context::Ctx;
use crate::error::Result;

pub async fn run(command: Command, ctx: &Ctx) -> Result<()> {
    match command {
        Command::Ping => ping::run(ctx).await,
        Command::Lock(c) => lock::run(c, ctx).await,
        Command::Check(a) => check::run(a, ctx).await,
        Command::Config(c) => config::run(c, ctx),
        Command::Audit(c) => audit::run(c, ctx).await,
        Command::Leaderboard(c) => leaderboard::run(c, ctx).await,
        Command::Stream(c) => stream::run(c, ctx).await,
        Command::Demo(a) => demo::run(a, ctx).await,
        Command::Session(c) => session::run(c, ctx).await,
        Command::Ratelimit(c) => ratelimit::run(c, ctx).await,
        Command::Memory(c) => memory::run(c, ctx).await,
        Command::Sentinel(c) => sentinel::run(c, ctx).await,
        Command::Completions { shell } => {
            ctx.out
                .print(&String::from_utf8_lossy(&crate::generate::completion(
                    shell,
                )))
        }
    }
}

/// What a scan covered. Every command that walks the keyspace goes through [`KeyScan`] and
/// ends with [`Coverage::conclude`]: the one rule that a scan which did not cover every slot (a
/// cluster node down or unreachable, a node's scan failing, the slot map changing under it)
/// never exits 0. It exits 3 after the report (marked partial, the nodes named), unless the
/// operator passed `--allow-partial`; a scan cut short by Ctrl-C exits 130.
#[derive(Debug, Default, Clone)]
pub struct Coverage {
    /// The operator pressed Ctrl-C: the report covers what was scanned so far.
    pub interrupted: bool,
    /// What the scan missed, each naming the node(s) or slots.
    pub missed: Vec<String>,
    /// `--replicas`: the replicas read instead of their primaries, with their lag (`None`
    /// when the primaries were read).
    pub replicas: Option<Vec<ReplicaRead>>,
}

/// A replica a scan read instead of its primary (`--replicas`), and how far it lagged.
#[derive(Debug, Clone)]
pub struct ReplicaRead {
    pub primary: String,
    pub replica: String,
    pub lag: crate::client::ReplicaLag,
}

impl Coverage {
    /// Whether the report covers less than the whole keyspace.
    pub fn partial(&self) -> bool {
        self.interrupted || !self.missed.is_empty()
    }

    /// The `missed` list for JSON reports (beside `"partial"`).
    pub fn missed_json(&self) -> serde_json::Value {
        serde_json::json!(self.missed)
    }

    /// `--replicas`: the replicas read, with their lag, for a JSON report (`None` when the
    /// primaries were read).
    pub fn replicas_json(&self) -> Option<serde_json::Value> {
        self.replicas.as_ref().map(|rs| {
            serde_json::Value::Array(
                rs.iter()
                    .map(|r| {
                        serde_json::json!({
                            "primary": r.primary,
                            "replica": r.replica,
                            "lag_bytes": r.lag.bytes,
                            "lag_secs": r.lag.secs,
                        })
                    })
                    .collect(),
            )
        })
    }

    /// Adds `"replicas"` (see [`Coverage::replicas_json`]) to a JSON report object.
    pub fn put_replicas(&self, doc: &mut serde_json::Value) {
        if let (Some(r), Some(m)) = (self.replicas_json(), doc.as_object_mut()) {
            m.insert("replicas".into(), r);
        }
    }

    /// "read from replicas: 10.0.0.2:6380 (primary 10.0.0.1:6379): lag 0 B, 0s; ..."
    pub fn replicas_text(&self) -> Option<String> {
        let rs = self.replicas.as_ref()?;
        if rs.is_empty() {
            return Some("read from replicas: none (no primary has an online replica)".into());
        }
        let each: Vec<String> = rs
            .iter()
            .map(|r| {
                let bytes = r
                    .lag
                    .bytes
                    .map_or("unknown".into(), crate::output::human_bytes);
                let secs = r.lag.secs.map_or("unknown".into(), |s| format!("{s}s"));
                format!(
                    "{} (primary {}): lag {bytes}, {secs} since its last acknowledgement",
                    r.replica, r.primary
                )
            })
            .collect();
        Some(format!("read from replicas: {}", each.join("; ")))
    }

    /// After the report is printed: exit 130 when interrupted; exit 3 when a part of the
    /// keyspace was not scanned, unless `--allow-partial` (then a warning, and exit 0).
    /// With `--replicas`, first the replicas read and their lag (table: on stdout, after the
    /// report; JSON reports carry `"replicas"`, and the line goes to stderr).
    pub fn conclude(&self, ctx: &Ctx) -> Result<()> {
        if let Some(text) = self.replicas_text() {
            if ctx.out.is_table() {
                ctx.out.say(&format!("{text}\n"))?;
            } else {
                eprintln!("{}", crate::output::safe_message(&text));
            }
        }
        if self.interrupted {
            ctx.out.warn(
                "interrupted: the report above covers only the keys scanned so far (partial)",
            );
            return Err(crate::error::Error::interrupted());
        }
        if self.missed.is_empty() {
            return Ok(());
        }
        if ctx.settings.allow_partial {
            ctx.out.warn(&format!(
                "partial (accepted with --allow-partial): {}",
                self.missed.join("; ")
            ));
            return Ok(());
        }
        Err(crate::error::Error::connection(format!(
            "partial answer: the scan did not cover every slot: {}",
            self.missed.join("; ")
        ))
        .hint(
            "the report above covers only part of the keyspace; bring the missing nodes back \
             (or let the slot migration finish) and run it again, or pass --allow-partial to \
             accept a partial answer with exit 0",
        ))
    }
}

/// A scan of every node (or the given ones), with what it covered: the nodes the topology says
/// cannot be scanned, nodes whose scan failed, and a slot map that changed during the scan.
pub struct KeyScan {
    rx: tokio::sync::mpsc::Receiver<Result<crate::client::ScanBatch>>,
    map_before: Option<(String, bool)>,
    pub coverage: Coverage,
    /// On a terminal (and without --quiet): what is being scanned, keys so far, rate, time.
    progress: Option<indicatif::ProgressBar>,
}

impl Drop for KeyScan {
    fn drop(&mut self) {
        if let Some(bar) = self.progress.take() {
            bar.finish_and_clear();
        }
    }
}

/// A spinner for a scan whose total is unknown (a pattern keeps only some keys): keys found
/// so far, their rate and the time taken, on stderr, only on a terminal and without --quiet.
fn scan_progress(ctx: &Ctx, what: &str, nodes: usize) -> Option<indicatif::ProgressBar> {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    use std::io::IsTerminal;
    if ctx.out.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let style =
        ProgressStyle::with_template("{spinner} {msg}: {pos} keys, {per_sec}, {elapsed}").ok()?;
    bar.set_style(style);
    let on = if nodes == 1 {
        String::new()
    } else {
        format!(" on {nodes} nodes")
    };
    bar.set_message(format!("scanning {what}{on}"));
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    Some(bar)
}

impl KeyScan {
    /// Starts scanning every primary (or the standalone server); with `opts.replicas`
    /// (`--replicas`), one online replica of each primary instead ([`pick_replicas`]).
    pub async fn start(
        ctx: &Ctx,
        client: &crate::client::Client,
        opts: &crate::client::ScanOptions,
    ) -> KeyScan {
        if opts.replicas {
            let picked = pick_replicas(ctx, client).await;
            return Self::start_picked(ctx, client, &picked, opts).await;
        }
        Self::start_on(ctx, client, client.nodes(), opts).await
    }

    /// Starts scanning the replicas [`pick_replicas`] chose; the primaries it could not cover
    /// are missed.
    pub async fn start_picked(
        ctx: &Ctx,
        client: &crate::client::Client,
        picked: &ScanNodes,
        opts: &crate::client::ScanOptions,
    ) -> KeyScan {
        let mut scan = Self::start_on(ctx, client, &picked.nodes, opts).await;
        scan.coverage.missed.extend(picked.missed.iter().cloned());
        scan.coverage.replicas = Some(picked.replicas.clone());
        scan
    }

    /// Starts scanning the given nodes (e.g. one replica of each primary).
    pub async fn start_on(
        ctx: &Ctx,
        client: &crate::client::Client,
        nodes: &[crate::client::Node],
        opts: &crate::client::ScanOptions,
    ) -> KeyScan {
        let mut coverage = Coverage::default();
        if let Some(gap) = client.scan_gap() {
            ctx.out.warn(&format!("this scan is {gap}"));
            coverage.missed.push(gap);
        }
        // On a cluster, the slot map before the scan: compared with the one after it.
        let map_before = slot_map(ctx, client).await;
        let what = match &opts.pattern {
            Some(p) => String::from_utf8_lossy(p).into_owned(),
            None => "every key".to_owned(),
        };
        KeyScan {
            rx: client.scan_nodes(nodes, opts),
            map_before,
            coverage,
            progress: scan_progress(ctx, &what, nodes.len()),
        }
    }

    /// No spinner: for a command that shows its own progress bar (`memory bigkeys`).
    pub fn without_progress(mut self) -> Self {
        if let Some(bar) = self.progress.take() {
            bar.finish_and_clear();
        }
        self
    }

    /// The next batch, or `None` when every node is done or the operator pressed Ctrl-C. A
    /// node whose scan fails for want of a connection is noted as missed and the others go
    /// on; any other error (NOPERM, a bug) ends the command.
    pub async fn next(&mut self, ctx: &Ctx) -> Result<Option<crate::client::ScanBatch>> {
        loop {
            if self.coverage.interrupted {
                return Ok(None);
            }
            let item = tokio::select! {
                b = self.rx.recv() => b,
                _ = ctx.cancelled() => {
                    self.coverage.interrupted = true;
                    return Ok(None);
                }
            };
            match item {
                None => return Ok(None),
                Some(Ok(b)) => {
                    if let Some(bar) = &self.progress {
                        bar.inc(b.keys.len() as u64);
                    }
                    return Ok(Some(b));
                }
                Some(Err(e)) if e.code == crate::error::ExitCode::Connection => {
                    ctx.out.warn(&format!(
                        "{}; the scan goes on without that node",
                        e.message
                    ));
                    self.coverage.missed.push(e.message);
                }
                Some(Err(e)) => return Err(e),
            }
        }
    }

    /// The batches as a stream (to read a few batches concurrently); errors as in [`KeyScan::next`].
    pub fn batches<'a>(
        &'a mut self,
        ctx: &'a Ctx,
    ) -> impl futures_util::Stream<Item = Result<crate::client::ScanBatch>> + 'a {
        futures_util::stream::unfold(self, move |s| async move {
            match s.next(ctx).await {
                Ok(Some(b)) => Some((Ok(b), s)),
                Ok(None) => None,
                Err(e) => Some((Err(e), s)),
            }
        })
    }

    /// Ends the scan: what it covered, with a slot map that changed during it counted as missed.
    pub async fn finish(mut self, ctx: &Ctx, client: &crate::client::Client) -> Coverage {
        if let Some(bar) = self.progress.take() {
            bar.finish_and_clear();
        }
        if ctx.is_interrupted() {
            self.coverage.interrupted = true;
        }
        if !self.coverage.interrupted && slot_map_moved(ctx, client, self.map_before.take()).await {
            self.coverage.missed.push(
                "the slot map changed during the scan (a slot was migrated or a primary failed \
                 over): keys may be counted twice or missed"
                    .to_owned(),
            );
        }
        std::mem::take(&mut self.coverage)
    }
}

/// The cluster's slot map (`None` when standalone, or when this user may not read it: then
/// a warning says the scan cannot tell whether slots moved).
pub async fn slot_map(
    ctx: &crate::context::Ctx,
    client: &crate::client::Client,
) -> Option<(String, bool)> {
    match client.slot_map().await {
        Ok(m) => m,
        Err(e) => {
            ctx.out.warn(&format!(
                "could not read the slot map ({}): a slot migrated during the scan would go unnoticed",
                e.message
            ));
            None
        }
    }
}

/// True (with a warning) when the slot map changed during the scan or a slot was being
/// migrated: keys may have been counted twice or missed, so the report is incomplete.
async fn slot_map_moved(
    ctx: &crate::context::Ctx,
    client: &crate::client::Client,
    before: Option<(String, bool)>,
) -> bool {
    let Some((before, migrating_before)) = before else {
        return false;
    };
    let Some((after, migrating_after)) = slot_map(ctx, client).await else {
        return false;
    };
    if before != after || migrating_before || migrating_after {
        ctx.out.warn(
            "incomplete: the slot map changed during the scan (a slot was migrated or a primary \
             failed over): keys may be counted twice or missed; run it again once the cluster is stable",
        );
        return true;
    }
    false
}

/// Parses an `INFO` reply into (field, value) pairs.
pub fn info_fields(info: &str) -> impl Iterator<Item = (&str, &str)> {
    info.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.trim_end().split_once(':'))
}

/// One field of an `INFO` reply.
pub fn info_field<'a>(info: &'a str, name: &str) -> Option<&'a str> {
    info_fields(info).find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// The shared scan options from a command's `--scan-count`, `--max-rate`, `--sleep` and
/// `--replicas`.
pub fn scan_options(scan: &crate::cli::ScanArgs) -> crate::client::ScanOptions {
    crate::client::ScanOptions {
        count: scan.throttle.scan_count,
        max_rate: scan.throttle.max_rate,
        sleep: scan.throttle.sleep,
        replicas: scan.replicas,
        ..Default::default()
    }
}

// --- --replicas for every scan (issue 17) ---

/// The nodes a `--replicas` scan reads: one online replica of each primary, the replicas with
/// their lag, and the primaries that cannot be covered (never read in their place).
#[derive(Clone, Default)]
pub struct ScanNodes {
    pub nodes: Vec<crate::client::Node>,
    pub replicas: Vec<ReplicaRead>,
    pub missed: Vec<String>,
}

/// Picks one online replica of each primary (the one that lags least; see
/// [`crate::client::Client::replica_picks`]). A primary without one is warned about and
/// missed: the scan is then partial (exit 3 unless `--allow-partial`).
pub async fn pick_replicas(ctx: &Ctx, client: &crate::client::Client) -> ScanNodes {
    let mut out = ScanNodes::default();
    for pick in client.replica_picks().await {
        match pick {
            crate::client::ReplicaPick::Replica(r) => {
                out.replicas.push(ReplicaRead {
                    primary: r.primary,
                    replica: r.node.addr.clone(),
                    lag: r.lag,
                });
                out.nodes.push(r.node);
            }
            crate::client::ReplicaPick::Missing { primary, reason } => {
                let missed = format!(
                    "{primary} not scanned: {reason} (--replicas never reads a primary in \
                     its replica's place)"
                );
                ctx.out.warn(&missed);
                out.missed.push(missed);
            }
        }
    }
    out
}

// --- reads that touch keys (issue 17) ---

/// After a command: when it read keys with commands that update their LRU/LFU data (on a
/// server without CLIENT NO-TOUCH), and the eviction policy uses that data, a note naming
/// them. `None` when nothing touched a key, or the policy ignores access data.
pub async fn touch_report(ctx: &Ctx) -> Option<String> {
    let logs = ctx.touch_logs.lock().ok()?.clone();
    let mut reads: Vec<String> = logs.iter().flat_map(|l| l.reads()).collect();
    reads.sort();
    reads.dedup();
    if reads.is_empty() {
        return None;
    }
    let node = logs.iter().find_map(|l| l.node())?;
    let reads = reads.join(", ");
    let server = node.caps.describe();
    if node.no_touch {
        // The command's first reads, sent with the connection set-up before NO-TOUCH.
        return match &node.eviction_policy {
            Ok(p) if !crate::client::policy_uses_access_data(p) => None,
            policy => Some(format!(
                "the first reads went out with the connection set-up, before CLIENT NO-TOUCH \
                 (a NO-TOUCH read of a key in a migrating slot crashes Redis 8.0-8.2 and Valkey \
                 8.1 cluster nodes, and the server was not yet known to be standalone): {reads} \
                 {} the LRU/LFU data of the keys they read on {}{}",
                if policy.is_ok() {
                    "updated"
                } else {
                    "may have updated"
                },
                node.addr,
                match policy {
                    Ok(p) => format!(" (maxmemory-policy {p})"),
                    Err(why) => format!(" (its maxmemory-policy could not be read: {why})"),
                }
            )),
        };
    }
    // Why this connection read without NO-TOUCH: the server lacks it, or redops kept it off
    // (a connection that writes; a cluster of servers that NO-TOUCH can crash).
    let why_not = if node.caps.has(crate::client::Feature::ClientNoTouch) {
        format!(
            "redops does not turn CLIENT NO-TOUCH on for {server} on {} here: on a connection \
             that writes, or on a cluster node of a version that a NO-TOUCH client can crash \
             (Redis 8.0-8.2, Valkey 8.1)",
            node.addr
        )
    } else {
        format!("{server} on {} has no CLIENT NO-TOUCH", node.addr)
    };
    match &node.eviction_policy {
        Ok(p) if !crate::client::policy_uses_access_data(p) => None,
        Ok(p) => Some(format!(
            "these reads updated the LRU/LFU data of the keys they read (maxmemory-policy {p}; \
             {why_not}): {reads}; the eviction policy now sees those keys as recently used. \
             --no-touch skips them (what they tell is then unknown)"
        )),
        Err(why) => Some(format!(
            "these reads may have updated the LRU/LFU data of the keys they read ({why_not}; its \
             maxmemory-policy could not be read: {why}): {reads}. --no-touch skips them (what \
             they tell is then unknown)"
        )),
    }
}
