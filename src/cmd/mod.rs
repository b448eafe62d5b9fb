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
pub mod session_kill;
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

    /// After the report is printed: exit 130 when interrupted; exit 3 when a part of the
    /// keyspace was not scanned, unless `--allow-partial` (then a warning, and exit 0).
    pub fn conclude(&self, ctx: &Ctx) -> Result<()> {
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
    /// Starts scanning every primary (or the standalone server).
    pub async fn start(
        ctx: &Ctx,
        client: &crate::client::Client,
        opts: &crate::client::ScanOptions,
    ) -> KeyScan {
        Self::start_on(ctx, client, client.nodes(), opts).await
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

/// The shared scan options from a command's `--scan-count`, `--max-rate` and `--sleep`.
pub fn scan_options(scan: &crate::cli::ScanArgs) -> crate::client::ScanOptions {
    crate::client::ScanOptions {
        count: scan.scan_count,
        max_rate: scan.max_rate,
        sleep: scan.sleep,
        ..Default::default()
    }
}
