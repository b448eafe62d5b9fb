//! The one path every destructive command takes: read-only refusal before connecting, then
//! dry-run / confirmation / audit, then the conditional change (done by the command itself,
//! atomically), then the outcome appended to the audit log.

pub use crate::audit_log::PriorItem;
use crate::audit_log::{Chunk, Outcome, Part, PartOutcome, Phase, Status};
use crate::context::Ctx;
use crate::error::{Error, Result};
use serde::Serialize;
use serde_json::{Value, json};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

/// Called first by every destructive command, before it connects.
pub fn preflight(ctx: &Ctx, command: &str) -> Result<()> {
    takes_safety_flags(ctx, command)?;
    if ctx.settings.read_only {
        let profile = ctx.settings.profile.as_deref().unwrap_or("?");
        return Err(Error::refused(format!(
            "`{command}` changes data, and profile '{profile}' is read_only"
        ))
        .hint("use a profile without read_only = true for changes"));
    }
    Ok(())
}

/// --dry-run and --yes are options of the destructive commands only (`cli::SafetyArgs`): a
/// command without them would change data with no way to dry-run it. A bug, refused.
fn takes_safety_flags(ctx: &Ctx, command: &str) -> Result<()> {
    if ctx.settings.takes_safety_flags {
        Ok(())
    } else {
        Err(Error::internal(format!(
            "`{command}` changes data but does not take --dry-run and --yes"
        )))
    }
}

/// What a destructive command is about to do, as the operator saw it.
pub struct Plan {
    /// The subcommand, e.g. `lock force-release`.
    pub command: &'static str,
    /// One line for the confirmation prompt: what will change.
    pub summary: String,
    /// Everything that will be removed or changed, with its full prior value, so the audit
    /// line alone is enough to put it back (`redops audit restore`).
    pub items: Vec<PriorItem>,
    /// Anything else worth keeping about the change (group, consumer, filters): free-form.
    pub context: Value,
}

/// The decision for a plan.
#[derive(Debug)]
pub enum Gate {
    /// Confirmed and audited: make the change, then call [`record_outcome`] with this id.
    Proceed(String),
    /// `--dry-run`: show the plan, change nothing.
    DryRun,
}

/// Dry-run, confirmation, a last check that the node is still the primary (when it was
/// found through Sentinel: a failover at the prompt is refused, exit 5), and audit, in that
/// order. Nothing is changed by this function.
pub async fn gate(ctx: &Ctx, plan: &Plan) -> Result<Gate> {
    takes_safety_flags(ctx, plan.command)?;
    if ctx.settings.dry_run {
        return Ok(Gate::DryRun);
    }
    if !ctx.settings.yes {
        confirm(plan)?;
    }
    let guard = ctx.sentinel_guard.lock().ok().and_then(|g| g.clone());
    if let Some(link) = &guard {
        link.still_primary().await?;
    }
    let target = match &guard {
        Some(link) => link.describe(),
        None => ctx.settings.connect.redacted_url(),
    };
    let id = audit_id();
    let mut line = serde_json::Map::new();
    line.insert("id".into(), json!(id));
    line.insert("phase".into(), json!(Phase::Intent));
    line.insert("time".into(), json!(unix_now()));
    line.extend(crate::audit_log::who());
    line.insert("profile".into(), json!(ctx.settings.profile));
    line.insert("target".into(), json!(target));
    if ctx.settings.connect.tls_insecure {
        line.insert("tls_insecure".into(), json!(true));
    }
    line.insert("command_line".into(), json!(ctx.command_line));
    line.insert("command".into(), json!(plan.command));
    line.insert("summary".into(), json!(plan.summary));
    line.insert(
        "prior".into(),
        Value::Array(plan.items.iter().map(PriorItem::to_json).collect()),
    );
    line.insert("context".into(), plan.context.clone());
    let path = audit_path(ctx);
    // The intent is on disk (whole, fsynced) before anything is changed.
    let written = append(&path, line).map_err(|e| {
        let hint = match e {
            crate::audit_log::LogError::Symlink(_) => "point --audit-log / REDOPS_AUDIT_LOG at a regular file (or remove the link)",
            crate::audit_log::LogError::Io(_) => "fix the path, its permissions or free space, or choose another with --audit-log / REDOPS_AUDIT_LOG",
        };
        Error::refused(format!("cannot write the audit log {}: {e}; nothing was changed", path.display()))
            .hint(hint)
    })?;
    if ctx.settings.audit_syslog
        && let Err(e) = crate::audit_log::ship_to_syslog(&written)
    {
        let socket = crate::audit_log::syslog_socket();
        if ctx.settings.audit_syslog_required {
            record_outcome(
                ctx,
                &id,
                Outcome::new(Status::Refused)
                    .error(format!(
                        "the audit line could not be shipped to syslog ({}): {e}",
                        socket.display()
                    ))
                    .removed([]),
            );
            return Err(Error::refused(format!(
                "cannot ship the audit line to syslog ({}): {e}; the profile requires it (audit_required = \"syslog\"), so nothing was changed",
                socket.display()
            ))
            .hint("check that syslog/journald is running and listening there"));
        }
        ctx.out.warn(&format!(
            "could not ship the audit line to syslog ({}): {e}; it is in {}",
            socket.display(),
            path.display()
        ));
    }
    Ok(Gate::Proceed(id))
}

/// What `--dry-run` prints for a plan: the plan's summary for humans, `report` (the command's
/// usual report, marked `"dry_run": true`) for scripts.
pub fn report_dry_run(ctx: &Ctx, plan: &Plan, report: &impl Serialize) -> Result<()> {
    if ctx.out.is_table() {
        ctx.out.say(&format!("dry run: would {}\n", plan.summary))
    } else {
        ctx.out.json(&crate::output::to_json(report)?)
    }
}

/// The outcome status of a write that failed: `refused` when the server refused it (NOPERM,
/// a read-only replica: nothing was changed), `unknown` when its reply was lost or unexpected.
pub fn write_failure_status(e: &Error) -> Status {
    if e.code == crate::error::ExitCode::Refused {
        Status::Refused
    } else {
        Status::Unknown
    }
}

/// The outcome of a single write that failed (see [`write_failure_status`]); a refused one
/// removed nothing.
pub fn write_failure(e: &Error) -> Outcome {
    let status = write_failure_status(e);
    let refused = status == Status::Refused;
    let outcome = Outcome::new(status).error(e.message.clone());
    if refused {
        outcome.removed([])
    } else {
        outcome
    }
}

/// Appends the outcome of an audited change (best effort: the intent line is already there).
pub fn record_outcome(ctx: &Ctx, id: &str, outcome: Outcome) {
    let mut line = serde_json::Map::new();
    line.insert("id".into(), json!(id));
    line.insert("phase".into(), json!(Phase::Outcome));
    line.insert("time".into(), json!(unix_now()));
    line.extend(crate::audit_log::who());
    line.insert("outcome".into(), outcome.to_json());
    let path = audit_path(ctx);
    match append(&path, line) {
        Err(e) => ctx.out.warn(&format!(
            "could not append the outcome to the audit log {}: {e}",
            path.display()
        )),
        Ok(written) if ctx.settings.audit_syslog => {
            if let Err(e) = crate::audit_log::ship_to_syslog(&written) {
                ctx.out.warn(&format!(
                    "could not ship the outcome line to syslog ({}): {e}; it is in {}",
                    crate::audit_log::syslog_socket().display(),
                    path.display()
                ));
            }
        }
        Ok(_) => {}
    }
}

/// Sizes the chunks of a large write (an ack, a reset) so that each script stays inside the
/// latency budget: it starts small, doubles while a chunk costs under a quarter of the budget
/// (so a doubled one still has room for noise) and halves at once when one costs more. The cost of a chunk is its round trip minus the fastest
/// round trip seen so far (the network's share), an upper bound of the server time it took.
/// Without a budget (`--latency-budget off`) every chunk is `max` long.
#[derive(Debug)]
pub struct Chunker {
    size: usize,
    max: usize,
    budget: Option<std::time::Duration>,
    fastest: Option<std::time::Duration>,
}

/// The first chunk of a budgeted write: at most this many items, fewer for a budget under
/// 640 µs (one item per 10 µs of budget: a conditional ack or removal costs a few µs).
const FIRST_CHUNK: usize = 64;

impl Chunker {
    pub fn new(budget: Option<std::time::Duration>, max: usize) -> Chunker {
        let max = max.max(1);
        Chunker {
            size: match budget {
                Some(b) => ((b.as_micros() / 10) as usize)
                    .clamp(1, FIRST_CHUNK)
                    .min(max),
                None => max,
            },
            max,
            budget,
            fastest: None,
        }
    }

    /// Whether the change needs more than one chunk (then measuring the network first, with
    /// [`Chunker::measure_network`], keeps the chunks' cost honest).
    pub fn is_chunked(&self, total: usize) -> bool {
        self.budget.is_some() && self.next_len(total) < total
    }

    /// Times one cheap read of `key` (`EXISTS`, which does not touch the key's LRU/LFU data) on
    /// the node that holds it: the network's share of a round trip, subtracted from each chunk's.
    /// Without it the first chunk's round trip stands in, which includes that chunk's own cost.
    pub async fn measure_network(&mut self, client: &crate::client::Client, key: &[u8]) {
        let started = std::time::Instant::now();
        let cmd = redis::cmd("EXISTS").arg(key).clone();
        if client
            .query::<redis::Value>(&cmd, "measuring the round trip")
            .await
            .is_ok()
        {
            self.fastest = Some(started.elapsed());
        }
    }

    /// How many of the `left` items the next chunk takes.
    pub fn next_len(&self, left: usize) -> usize {
        self.size.min(left).max(1)
    }

    /// Learns from a chunk of `n` items whose round trip took `took`.
    pub fn observe(&mut self, n: usize, took: std::time::Duration) {
        let Some(budget) = self.budget else { return };
        let fastest = self.fastest.map_or(took, |f| f.min(took));
        self.fastest = Some(fastest);
        let cost = took.saturating_sub(fastest);
        if cost > budget {
            self.size = (n / 2).max(1);
        } else if cost * 4 < budget && n >= self.size {
            self.size = (self.size * 2).min(self.max);
        }
    }
}

/// The chunks of a chunked change, in order: each sized by a [`Chunker`] and named in the audit
/// trail ([`record_chunk`]) before it is sent.
pub struct Chunks<'a> {
    ctx: &'a Ctx,
    id: &'a str,
    total: usize,
    chunker: Chunker,
    from: usize,
    len: usize,
    seq: usize,
    previous_applied: Vec<usize>,
}

impl<'a> Chunks<'a> {
    /// The chunks of the `total` items of the audited change `id`, at most `max` items each.
    /// When it takes more than one, the network's share of a round trip is measured first, on
    /// the node that holds `key` ([`Chunker::measure_network`]).
    pub async fn new(
        ctx: &'a Ctx,
        id: &'a str,
        client: &crate::client::Client,
        key: &[u8],
        max: usize,
        total: usize,
    ) -> Chunks<'a> {
        let mut chunker = Chunker::new(ctx.settings.latency_budget, max);
        if chunker.is_chunked(total) {
            chunker.measure_network(client, key).await;
        }
        Chunks {
            ctx,
            id,
            total,
            chunker,
            from: 0,
            len: 0,
            seq: 0,
            previous_applied: Vec::new(),
        }
    }

    /// The next chunk (its range of the items), its chunk line written first; `None` when every
    /// item was sent; `Err` when the line could not be written: the chunk must not be sent.
    pub fn next_chunk(&mut self) -> Option<Result<std::ops::Range<usize>>> {
        if self.from >= self.total {
            return None;
        }
        self.len = self.chunker.next_len(self.total - self.from);
        self.seq += 1;
        let range = self.from..self.from + self.len;
        let written = record_chunk(
            self.ctx,
            self.id,
            self.seq,
            range.clone(),
            self.total,
            &self.previous_applied,
        );
        Some(written.map(|()| range))
    }

    /// The chunk [`Chunks::next_chunk`] gave was sent: its round trip took `took`, and these of
    /// its items (indexes into all the items) were applied.
    pub fn sent(&mut self, took: std::time::Duration, applied: Vec<usize>) {
        self.chunker.observe(self.len, took);
        self.previous_applied = applied;
        self.from += self.len;
    }

    /// How many chunks were begun (one whose chunk line could not be written counts).
    pub fn count(&self) -> usize {
        self.seq
    }
}

/// Before chunk `seq` (1, 2, ...) of a chunked change is sent, one audit line (`phase: chunk`,
/// `chunk: seq`) names the prior items it
/// covers (`items`: the half-open range `[from, to)` of the intent line's `prior`) and, for the
/// chunk before it, which of its items were applied (indexes into `prior`). If the run is
/// interrupted, the trail still says exactly what was applied, what was in flight and what was
/// never sent (`redops audit restore` reads it when no outcome line was written). A change
/// done in one chunk (of `total` items) writes no chunk line: its intent line says it all.
pub fn record_chunk(
    ctx: &Ctx,
    id: &str,
    seq: usize,
    items: std::ops::Range<usize>,
    total: usize,
    previous_applied: &[usize],
) -> Result<()> {
    if seq == 1 && items.start == 0 && items.end >= total {
        return Ok(());
    }
    let mut line = serde_json::Map::new();
    line.insert("id".into(), json!(id));
    line.insert("phase".into(), json!(Phase::Chunk));
    line.insert("time".into(), json!(unix_now()));
    line.extend(object(&Chunk {
        chunk: seq,
        items: [items.start, items.end],
        previous_applied: previous_applied.to_vec(),
    }));
    let path = audit_path(ctx);
    append(&path, line).map(|_| ()).map_err(|e| {
        Error::refused(format!(
            "cannot write the audit log {}: {e}; chunk {seq} and the ones after it were not sent",
            path.display()
        ))
        .hint("fix the path, its permissions or free space; what was applied before is in the audit log")
    })
}

/// Appends the `part` line of a change made in parts: the prior values of the next part,
/// written before any of it is sent (see [`record_part`]).
pub fn record_part_prior(ctx: &Ctx, id: &str, part: &Part) -> std::result::Result<(), String> {
    record_part(ctx, id, Phase::Part, part)
}

/// Appends the `part_outcome` line of a change made in parts: what became of each item of it.
pub fn record_part_outcome(
    ctx: &Ctx,
    id: &str,
    outcome: &PartOutcome,
) -> std::result::Result<(), String> {
    record_part(ctx, id, Phase::PartOutcome, outcome)
}

/// Appends one line of a change made in parts (`phase` `part`: a [`Part`]; `part_outcome`: a
/// [`PartOutcome`]), with `body`'s fields, and ships it to syslog when asked (without the prior
/// values). `Err` when the line is not on disk: a part whose prior values could not be recorded
/// must not be applied.
fn record_part(
    ctx: &Ctx,
    id: &str,
    phase: Phase,
    body: &impl Serialize,
) -> std::result::Result<(), String> {
    let mut line = serde_json::Map::new();
    line.insert("id".into(), json!(id));
    line.insert("phase".into(), json!(phase));
    line.insert("time".into(), json!(unix_now()));
    line.extend(crate::audit_log::who());
    line.extend(object(body));
    let path = audit_path(ctx);
    let written = append(&path, line).map_err(|e| format!("{}: {e}", path.display()))?;
    if ctx.settings.audit_syslog
        && let Err(e) = crate::audit_log::ship_to_syslog(&written)
    {
        ctx.out.warn(&format!(
            "could not ship an audit part line to syslog ({}): {e}; it is in {}",
            crate::audit_log::syslog_socket().display(),
            path.display()
        ));
    }
    Ok(())
}

/// The fields of a line's typed body (a struct serializes to an object).
fn object(body: &impl Serialize) -> serde_json::Map<String, Value> {
    match serde_json::to_value(body) {
        Ok(Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    }
}

fn confirm(plan: &Plan) -> Result<()> {
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if !interactive {
        return Err(Error::refused(format!("not confirmed: {}; nothing was changed", plan.summary))
            .hint("this shell is not interactive: pass --yes to confirm, or --dry-run to see exactly what would change"));
    }
    eprint!(
        "{}\nProceed? [y/N] ",
        crate::output::safe_message(&plan.summary)
    );
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Ok(()),
        _ => Err(Error::refused("not confirmed; nothing was changed")),
    }
}

/// `--audit-log`, `REDOPS_AUDIT_LOG`, or the user's state dir.
pub fn audit_path(ctx: &Ctx) -> PathBuf {
    ctx.settings
        .audit_log
        .clone()
        .unwrap_or_else(crate::audit_log::default_path)
}

/// Appends one line whole or not at all (see [`crate::audit_log::append`]).
fn append(
    path: &std::path::Path,
    line: serde_json::Map<String, Value>,
) -> std::result::Result<String, crate::audit_log::LogError> {
    crate::audit_log::append(path, line)
}

fn unix_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn audit_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{nanos:x}-{}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_grow_under_the_budget_and_shrink_over_it() {
        use std::time::Duration;
        let ms = Duration::from_millis;
        let mut off = Chunker::new(None, 1000);
        assert_eq!(off.next_len(5000), 1000);
        off.observe(1000, ms(500));
        assert_eq!(off.next_len(5000), 1000, "no budget: always the maximum");
        let mut c = Chunker::new(Some(ms(1)), 1000);
        assert_eq!(c.next_len(5000), 64);
        assert_eq!(c.next_len(3), 3);
        // The first round trip is the network's share; a cheap chunk doubles the next.
        c.observe(64, ms(10));
        assert_eq!(c.next_len(5000), 128);
        c.observe(128, ms(10) + Duration::from_micros(200));
        assert_eq!(c.next_len(5000), 256);
        // Between a quarter and the whole budget: stays.
        c.observe(256, ms(10) + Duration::from_micros(400));
        assert_eq!(c.next_len(5000), 256);
        // A chunk over the budget halves at once.
        c.observe(256, ms(13));
        assert_eq!(c.next_len(5000), 128);
        assert_eq!(
            Chunker::new(Some(Duration::from_micros(100)), 1000).next_len(5000),
            10
        );
    }
}
