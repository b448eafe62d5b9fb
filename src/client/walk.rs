//! The scan-and-read engine: the one way a command walks the keyspace.
//!
//! [`Walk`] scans every primary (or, with `--replicas`, one online replica of each), reads the
//! keys of each SCAN batch with a pipeline on the node that returned them (sized by the latency
//! budget, a moved key asked again where it lives), and folds what it read into the command's
//! value. It brings, for every command alike: the throttles (`--scan-count`, `--max-rate`,
//! `--sleep`, the latency budget), a spinner on a terminal, Ctrl-C ending the walk with what
//! was read so far, the cluster's scan gap (primaries down), a node whose scan failed, and a
//! slot map that changed during the walk. The answer, [`Walked`], says whether it is complete;
//! [`Coverage::conclude`] turns an incomplete one into the exit code (3, or 130 after Ctrl-C;
//! 0 with `--allow-partial`), after the report is printed.
//!
//! # To add a read-only keyspace command
//! Write the leaf file with its `Args` (flatten `crate::cli::ScanArgs` for the scan flags), and
//! in its `run`:
//! ```ignore
//! let client = ctx.connect().await?;
//! let opts = ScanOptions { pattern: Some(glob), ..scan_options(&args.scan) };
//! let walked = Walk::new(ctx, &client, opts)
//!     .keys(
//!         Vec::new(),                                    // the value folded into
//!         "reading widgets",                             // names the reads in errors
//!         |key| vec![redis::cmd("GET").arg(key).clone()], // what to read per key
//!         |found, key, replies, _node| {                 // fold one key's replies
//!             if let Some(v) = reply_bytes(&replies[0]) { found.push((key, v)) }
//!             Ok(())
//!         },
//!     )
//!     .await?;
//! ctx.out.emit(&WidgetReport::new(walked.value, &walked.coverage))?;
//! walked.coverage.conclude(ctx)
//! ```
//! Decode replies with [`super::reply`]. When per-key commands are not enough, [`Walk::run`]
//! takes a reader of a whole batch (several pipelines, a script through
//! [`super::scripts`], a read that depends on the first one) and an async fold that may read
//! more (a big hash page by page) or stop early ([`Step::Stop`]). Hooks:
//! [`Walk::in_flight`] (several batches read at once), [`Walk::on`] (nodes chosen by the
//! command), [`Walk::without_progress`] / [`Walk::own_progress`] (a command with its own
//! progress bar).
//!
//! The engine needs little from the command's context: [`WalkEnv`] (warnings, Ctrl-C,
//! `--quiet`, `--allow-partial`, a line beside the report). It never sees clap or `Ctx`.

use super::{Client, Node, ReplicaLag, ReplicaPick, Reply, ScanBatch, ScanOptions};
use crate::error::{Error, ExitCode, Result};
use futures_util::StreamExt;
use redis::Cmd;
use std::future::Future;

/// What the engine needs from the command that runs it.
pub trait WalkEnv {
    /// A warning to the operator (stderr), e.g. a node the scan goes on without.
    fn warn(&self, text: &str);
    /// The operator pressed Ctrl-C.
    fn is_interrupted(&self) -> bool;
    /// `--quiet`: no spinner.
    fn quiet(&self) -> bool;
    /// `--allow-partial`: a partial answer exits 0 (with a warning).
    fn allow_partial(&self) -> bool;
    /// A line for the operator beside the report (which replicas were read): after a table on
    /// stdout; on stderr when the report is JSON.
    fn note(&self, text: &str) -> Result<()>;
}

/// Resolves when the operator presses Ctrl-C.
async fn cancelled(env: &dyn WalkEnv) {
    while !env.is_interrupted() {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

// ---------------------------------------------------------------------------------------------
// What a walk covered
// ---------------------------------------------------------------------------------------------

/// What a scan covered. Every command that walks the keyspace goes through [`Walk`] (or
/// [`KeyScan`]) and ends with [`Coverage::conclude`]: the one rule that a scan which did not
/// cover every slot (a cluster node down or unreachable, a node's scan failing, the slot map
/// changing under it) never exits 0. It exits 3 after the report (marked partial, the nodes
/// named), unless the operator passed `--allow-partial`; a scan cut short by Ctrl-C exits 130.
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

/// A replica a scan read instead of its primary (`--replicas`), and how far it lagged. In
/// JSON: `{"primary", "replica", "lag_bytes", "lag_secs"}`.
#[derive(Debug, Clone)]
pub struct ReplicaRead {
    pub primary: String,
    pub replica: String,
    pub lag: ReplicaLag,
}

impl serde::Serialize for ReplicaRead {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("primary", &self.primary)?;
        m.serialize_entry("replica", &self.replica)?;
        m.serialize_entry("lag_bytes", &self.lag.bytes)?;
        m.serialize_entry("lag_secs", &self.lag.secs)?;
        m.end()
    }
}

impl Coverage {
    /// Whether the report covers less than the whole keyspace.
    pub fn partial(&self) -> bool {
        self.interrupted || !self.missed.is_empty()
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
    /// With `--replicas`, first the replicas read and their lag ([`WalkEnv::note`]; JSON
    /// reports also carry `"replicas"`).
    pub fn conclude(&self, env: &dyn WalkEnv) -> Result<()> {
        if let Some(text) = self.replicas_text() {
            env.note(&text)?;
        }
        if self.interrupted {
            env.warn("interrupted: the report above covers only the keys scanned so far (partial)");
            return Err(Error::interrupted());
        }
        if self.missed.is_empty() {
            return Ok(());
        }
        if env.allow_partial() {
            env.warn(&format!(
                "partial (accepted with --allow-partial): {}",
                self.missed.join("; ")
            ));
            return Ok(());
        }
        Err(Error::connection(format!(
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

// ---------------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------------

/// What a walk gives back: the command's folded value, and what the scan covered.
#[derive(Debug)]
pub struct Walked<T> {
    pub value: T,
    pub coverage: Coverage,
}

impl<T> Walked<T> {
    /// Every slot was scanned, to the end, without the slot map moving and without Ctrl-C.
    pub fn complete(&self) -> bool {
        !self.coverage.partial()
    }
}

/// What a fold tells the engine after a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Read on.
    Go,
    /// Stop the walk here: the command has what it needs (or saw Ctrl-C mid-fold; the
    /// coverage then says interrupted). The slot map is still compared.
    Stop,
}

/// A walk over the keyspace, configured, not yet started (see the module docs).
pub struct Walk<'a> {
    env: &'a dyn WalkEnv,
    client: &'a Client,
    opts: ScanOptions,
    nodes: Option<ScanNodes>,
    in_flight: usize,
    progress: bool,
    /// The command's own progress bar ([`Walk::own_progress`]).
    own_bar: Option<indicatif::ProgressBar>,
}

impl<'a> Walk<'a> {
    /// A walk of every primary (the standalone server), or with `opts.replicas` of one online
    /// replica of each ([`pick_replicas`]); one batch read at a time, with a spinner.
    pub fn new(env: &'a dyn WalkEnv, client: &'a Client, opts: ScanOptions) -> Walk<'a> {
        Walk {
            env,
            client,
            opts,
            nodes: None,
            in_flight: 1,
            progress: true,
            own_bar: None,
        }
    }

    /// Walks the nodes the command chose (e.g. picked before the walk, to load a script on
    /// them). With `opts.replicas`, they are the picked replicas: the primaries they do not
    /// cover are missed and the replicas are reported with their lag.
    pub fn on(mut self, nodes: ScanNodes) -> Walk<'a> {
        self.nodes = Some(nodes);
        self
    }

    /// Reads up to this many batches at once with the budget off (the server answers one
    /// while the client folds another); under a latency budget, one per node.
    pub fn in_flight(mut self, unbudgeted: usize) -> Walk<'a> {
        self.in_flight = unbudgeted.max(1);
        self
    }

    /// No spinner: for a command that shows its own progress bar (`memory bigkeys`).
    pub fn without_progress(mut self) -> Walk<'a> {
        self.progress = false;
        self
    }

    /// No spinner, and `bar` (a handle of the command's own progress bar, which its fold
    /// advances) cleared when the reading ends, before the slot map is compared, as the spinner
    /// would be: a warning about the slot map then goes to a clean line.
    pub fn own_progress(mut self, bar: Option<indicatif::ProgressBar>) -> Walk<'a> {
        self.progress = false;
        self.own_bar = bar;
        self
    }

    /// The general form: `read` reads one SCAN batch (any number of round trips, on
    /// `batch.node` with [`Client::batch_on`] or [`Client::evalsha_on`]); `fold` folds what it
    /// read into `init`, in the order the reads complete, and may read more itself. Batches
    /// are read [`Walk::in_flight`] at a time. Ctrl-C ends the walk (reads in flight are
    /// dropped); a read or fold error ends it with that error.
    pub async fn run<T, R, Fut>(
        self,
        init: T,
        read: impl Fn(ScanBatch) -> Fut,
        mut fold: impl AsyncFnMut(&mut T, R) -> Result<Step>,
    ) -> Result<Walked<T>>
    where
        Fut: Future<Output = Result<R>>,
    {
        let (env, client) = (self.env, self.client);
        let mut scan = match &self.nodes {
            None => KeyScan::start(env, client, &self.opts).await,
            Some(picked) if self.opts.replicas => {
                KeyScan::start_picked(env, client, picked, &self.opts).await
            }
            Some(picked) => KeyScan::start_on(env, client, &picked.nodes, &self.opts).await,
        };
        if !self.progress {
            scan = scan.without_progress();
        }
        let nodes = self
            .nodes
            .as_ref()
            .map_or(client.nodes().len(), |p| p.nodes.len());
        let in_flight = client.pacing().reads_in_flight(nodes, self.in_flight);
        let mut value = init;
        {
            let read = &read;
            let reads = scan
                .batches(env)
                .map(move |batch| async move { read(batch?).await })
                .buffer_unordered(in_flight);
            let mut reads = std::pin::pin!(reads);
            loop {
                let next = tokio::select! {
                    n = reads.next() => n,
                    _ = cancelled(env) => break,
                };
                let Some(r) = next else { break };
                if fold(&mut value, r?).await? == Step::Stop {
                    break;
                }
            }
        }
        if let Some(bar) = &self.own_bar {
            bar.finish_and_clear();
        }
        let coverage = scan.finish(env, client).await;
        Ok(Walked { value, coverage })
    }

    /// The common form: `cmds` says what to read of each key; the commands of a batch's keys
    /// go in one pipeline on the batch's node (`what` names it in errors), and `fold` gets each
    /// key with its replies (in the order of its commands) and the node it lives on.
    pub async fn keys<T>(
        self,
        init: T,
        what: &str,
        cmds: impl Fn(&[u8]) -> Vec<Cmd>,
        mut fold: impl FnMut(&mut T, Vec<u8>, &[Reply], &Node) -> Result<()>,
    ) -> Result<Walked<T>> {
        let client = self.client;
        let cmds = &cmds;
        self.run(
            init,
            move |batch: ScanBatch| async move {
                let mut all = Vec::new();
                let mut widths = Vec::with_capacity(batch.keys.len());
                for k in &batch.keys {
                    let c = cmds(k);
                    widths.push(c.len());
                    all.extend(c);
                }
                let replies = client.batch_on(&batch.node, &all, what).await?;
                Ok((batch, widths, replies))
            },
            async |value: &mut T, (batch, widths, replies): (ScanBatch, Vec<usize>, Vec<Reply>)| {
                for (key, range) in batch.keys.into_iter().zip(per_key(&widths, replies.len())) {
                    fold(value, key, &replies[range], &batch.node)?;
                }
                Ok(Step::Go)
            },
        )
        .await
    }
}

/// The range of each key's replies in a batch's replies, from how many commands each key sent
/// (keys may send different numbers); a short reply list gives the last keys fewer (or none).
fn per_key(widths: &[usize], replies: usize) -> Vec<std::ops::Range<usize>> {
    let mut at = 0;
    widths
        .iter()
        .map(|w| {
            let start = at.min(replies);
            let end = (at + w).min(replies);
            at += w;
            start..end
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The scan underneath
// ---------------------------------------------------------------------------------------------

/// A scan of every node (or the given ones), with what it covered: the nodes the topology says
/// cannot be scanned, nodes whose scan failed, and a slot map that changed during the scan.
/// [`Walk`] is built on it; a command reads batches from it directly only when the walk's
/// shape does not fit (and then ends with [`KeyScan::finish`]).
pub struct KeyScan {
    rx: tokio::sync::mpsc::Receiver<Result<ScanBatch>>,
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
fn scan_progress(env: &dyn WalkEnv, what: &str, nodes: usize) -> Option<indicatif::ProgressBar> {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    use std::io::IsTerminal;
    if env.quiet() || !std::io::stderr().is_terminal() {
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
    pub async fn start(env: &dyn WalkEnv, client: &Client, opts: &ScanOptions) -> KeyScan {
        if opts.replicas {
            let picked = pick_replicas(env, client).await;
            return Self::start_picked(env, client, &picked, opts).await;
        }
        Self::start_on(env, client, client.nodes(), opts).await
    }

    /// Starts scanning the replicas [`pick_replicas`] chose; the primaries it could not cover
    /// are missed.
    pub async fn start_picked(
        env: &dyn WalkEnv,
        client: &Client,
        picked: &ScanNodes,
        opts: &ScanOptions,
    ) -> KeyScan {
        let mut scan = Self::start_on(env, client, &picked.nodes, opts).await;
        scan.coverage.missed.extend(picked.missed.iter().cloned());
        scan.coverage.replicas = Some(picked.replicas.clone());
        scan
    }

    /// Starts scanning the given nodes (e.g. one replica of each primary).
    pub async fn start_on(
        env: &dyn WalkEnv,
        client: &Client,
        nodes: &[Node],
        opts: &ScanOptions,
    ) -> KeyScan {
        let mut coverage = Coverage::default();
        if let Some(gap) = client.scan_gap() {
            env.warn(&format!("this scan is {gap}"));
            coverage.missed.push(gap);
        }
        // On a cluster, the slot map before the scan: compared with the one after it.
        let map_before = slot_map(env, client).await;
        let what = match &opts.pattern {
            Some(p) => String::from_utf8_lossy(p).into_owned(),
            None => "every key".to_owned(),
        };
        KeyScan {
            rx: client.scan_nodes(nodes, opts),
            map_before,
            coverage,
            progress: scan_progress(env, &what, nodes.len()),
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
    pub async fn next(&mut self, env: &dyn WalkEnv) -> Result<Option<ScanBatch>> {
        loop {
            if self.coverage.interrupted {
                return Ok(None);
            }
            let item = tokio::select! {
                b = self.rx.recv() => b,
                _ = cancelled(env) => {
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
                Some(Err(e)) if e.code == ExitCode::Connection => {
                    env.warn(&format!(
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
        env: &'a dyn WalkEnv,
    ) -> impl futures_util::Stream<Item = Result<ScanBatch>> + 'a {
        futures_util::stream::unfold(self, move |s| async move {
            match s.next(env).await {
                Ok(Some(b)) => Some((Ok(b), s)),
                Ok(None) => None,
                Err(e) => Some((Err(e), s)),
            }
        })
    }

    /// Ends the scan: what it covered, with a slot map that changed during it counted as missed.
    pub async fn finish(mut self, env: &dyn WalkEnv, client: &Client) -> Coverage {
        if let Some(bar) = self.progress.take() {
            bar.finish_and_clear();
        }
        if env.is_interrupted() {
            self.coverage.interrupted = true;
        }
        if !self.coverage.interrupted && slot_map_moved(env, client, self.map_before.take()).await {
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
pub async fn slot_map(env: &dyn WalkEnv, client: &Client) -> Option<(String, bool)> {
    match client.slot_map().await {
        Ok(m) => m,
        Err(e) => {
            env.warn(&format!(
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
    env: &dyn WalkEnv,
    client: &Client,
    before: Option<(String, bool)>,
) -> bool {
    let Some((before, migrating_before)) = before else {
        return false;
    };
    let Some((after, migrating_after)) = slot_map(env, client).await else {
        return false;
    };
    if before != after || migrating_before || migrating_after {
        env.warn(
            "incomplete: the slot map changed during the scan (a slot was migrated or a primary \
             failed over): keys may be counted twice or missed; run it again once the cluster is stable",
        );
        return true;
    }
    false
}

// --- --replicas for every scan (issue 17) ---

/// The nodes a `--replicas` scan reads: one online replica of each primary, the replicas with
/// their lag, and the primaries that cannot be covered (never read in their place).
#[derive(Clone, Default)]
pub struct ScanNodes {
    pub nodes: Vec<Node>,
    pub replicas: Vec<ReplicaRead>,
    pub missed: Vec<String>,
}

/// Picks one online replica of each primary (the one that lags least; see
/// [`Client::replica_picks`]). A primary without one is warned about and missed: the scan is
/// then partial (exit 3 unless `--allow-partial`).
pub async fn pick_replicas(env: &dyn WalkEnv, client: &Client) -> ScanNodes {
    let mut out = ScanNodes::default();
    for pick in client.replica_picks().await {
        match pick {
            ReplicaPick::Replica(r) => {
                out.replicas.push(ReplicaRead {
                    primary: r.primary,
                    replica: r.node.addr.clone(),
                    lag: r.lag,
                });
                out.nodes.push(r.node);
            }
            ReplicaPick::Missing { primary, reason } => {
                let missed = format!(
                    "{primary} not scanned: {reason} (--replicas never reads a primary in \
                     its replica's place)"
                );
                env.warn(&missed);
                out.missed.push(missed);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    #[derive(Default)]
    struct Env {
        allow_partial: bool,
        said: RefCell<Vec<String>>,
    }

    impl WalkEnv for Env {
        fn warn(&self, text: &str) {
            self.said.borrow_mut().push(format!("warn: {text}"));
        }
        fn is_interrupted(&self) -> bool {
            false
        }
        fn quiet(&self) -> bool {
            true
        }
        fn allow_partial(&self) -> bool {
            self.allow_partial
        }
        fn note(&self, text: &str) -> Result<()> {
            self.said.borrow_mut().push(format!("note: {text}"));
            Ok(())
        }
    }

    fn replica() -> ReplicaRead {
        ReplicaRead {
            primary: "10.0.0.1:6379".into(),
            replica: "10.0.0.2:6380".into(),
            lag: ReplicaLag {
                bytes: Some(2048),
                secs: None,
            },
        }
    }

    #[test]
    fn each_key_gets_its_own_replies() {
        assert_eq!(per_key(&[2, 2, 2], 6), vec![0..2, 2..4, 4..6]);
        assert_eq!(per_key(&[1, 3, 0, 2], 6), vec![0..1, 1..4, 4..4, 4..6]);
        assert_eq!(per_key(&[2, 2, 2], 3), vec![0..2, 2..3, 3..3]);
        assert!(per_key(&[], 0).is_empty());
    }

    #[test]
    fn replicas_serialize_as_the_json_contract_says() {
        let c = Coverage {
            replicas: Some(vec![replica()]),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_string(&c.replicas).unwrap(),
            r#"[{"primary":"10.0.0.1:6379","replica":"10.0.0.2:6380","lag_bytes":2048,"lag_secs":null}]"#
        );
    }

    #[test]
    fn a_partial_walk_never_concludes_with_exit_0_unless_allowed() {
        let env = Env::default();
        let whole = Coverage::default();
        assert!(whole.conclude(&env).is_ok());
        let missed = Coverage {
            missed: vec!["10.0.0.3:6379 down".into()],
            ..Default::default()
        };
        assert_eq!(
            missed.conclude(&env).unwrap_err().code,
            ExitCode::Connection
        );
        let allowing = Env {
            allow_partial: true,
            ..Default::default()
        };
        assert!(missed.conclude(&allowing).is_ok());
        assert!(allowing.said.borrow()[0].starts_with("warn: partial (accepted"));
        let interrupted = Coverage {
            interrupted: true,
            ..Default::default()
        };
        assert!(interrupted.partial());
        assert_eq!(
            interrupted.conclude(&allowing).unwrap_err().code,
            ExitCode::Interrupted
        );
        let walked = Walked {
            value: (),
            coverage: missed,
        };
        assert!(!walked.complete());
    }

    #[test]
    fn the_replicas_read_are_noted_before_the_verdict() {
        let env = Env::default();
        let c = Coverage {
            replicas: Some(vec![replica()]),
            ..Default::default()
        };
        assert!(c.conclude(&env).is_ok());
        assert_eq!(
            env.said.borrow().as_slice(),
            [
                "note: read from replicas: 10.0.0.2:6380 (primary 10.0.0.1:6379): lag 2.0 KiB, \
              unknown since its last acknowledgement"
            ]
        );
    }
}
