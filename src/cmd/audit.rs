//! `redops audit show` / `audit restore`: read the audit log, and put back what one action removed.

use crate::audit_log::{self, Line, LogError};
use crate::cli::audit::{AuditCommand, RestoreArgs, ShowArgs};
use crate::client::{Feature, reply_int};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{add_text_row, ago, io_to_error, show_bytes};
use crate::safety::{self, Gate, Plan, PriorItem};
use serde_json::{Value, json};
use std::io::Write;

pub async fn run(cmd: AuditCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        AuditCommand::Show(a) => show(a, ctx),
        AuditCommand::Restore(a) => restore(a, ctx).await,
        AuditCommand::Verify(_) => verify(ctx),
    }
}

/// One audited action: its intent line and, when recorded, its outcome.
struct Action {
    intent: Value,
    outcome: Option<Value>,
    /// The `chunk` lines of a chunked change, in order (see [`safety::record_chunk`]).
    chunks: Vec<Value>,
}

impl Action {
    /// The outcome line, or, for a chunked change interrupted before it wrote one, what its
    /// chunk lines prove: the items each finished chunk applied (`status: "interrupted"`).
    fn outcome(&self) -> Option<Value> {
        if self.outcome.is_some() || self.chunks.is_empty() {
            return self.outcome.clone();
        }
        let prior = self.intent.get("prior").and_then(Value::as_array);
        let removed: Vec<Value> = self
            .chunks
            .iter()
            .filter_map(|c| c.get("previous_applied").and_then(Value::as_array))
            .flatten()
            .filter_map(|i| {
                i.as_u64()
                    .and_then(|i| prior.and_then(|p| p.get(i as usize)))
                    .cloned()
            })
            .collect();
        Some(json!({"status": "interrupted", "removed": removed, "chunks": self.chunks.len()}))
    }
}

/// The log, opened for reading (never through a symlink); `None` when there is none yet.
fn open_log(ctx: &Ctx) -> Result<Option<std::fs::File>> {
    let path = safety::audit_path(ctx);
    audit_log::open_for_read(&path).map_err(|e| match e {
        LogError::Symlink(_) => Error::refused(format!("cannot read the audit log: {e}"))
            .hint("point --audit-log / REDOPS_AUDIT_LOG at the real file"),
        LogError::Io(e) => {
            Error::usage(format!("cannot read the audit log {}: {e}", path.display()))
        }
    })
}

/// The actions whose intent line `keep` selects, with their outcomes, read a line at a time:
/// memory grows with what is kept, not with the size of the log. A line that is not JSON (a
/// torn tail, a damaged line) is reported and skipped.
fn read_actions(ctx: &Ctx, keep: impl Fn(&Value) -> bool) -> Result<Vec<Action>> {
    let path = safety::audit_path(ctx);
    let Some(file) = open_log(ctx)? else {
        return Ok(Vec::new());
    };
    let mut actions: Vec<Action> = Vec::new();
    audit_log::for_each_line(file, |n, _, _, line| {
        match line {
            Line::Bad { torn, error } => ctx
                .out
                .warn(&audit_log::bad_line_warning(&path, n, torn, &error)),
            Line::Json(v) => match v.get("phase").and_then(Value::as_str) {
                Some("chunk") => {
                    if let Some(a) = actions
                        .iter_mut()
                        .rev()
                        .find(|a| a.intent.get("id") == v.get("id"))
                    {
                        a.chunks.push(v);
                    }
                }
                // The parts of a large change: read by `restore_parts`, one at a time.
                Some(PART | PART_OUTCOME) => {}
                Some("outcome") => {
                    if let Some(a) = actions
                        .iter_mut()
                        .rev()
                        .find(|a| a.intent.get("id") == v.get("id"))
                    {
                        a.outcome = v.get("outcome").cloned();
                    }
                }
                _ if keep(&v) => actions.push(Action {
                    intent: v,
                    outcome: None,
                    chunks: Vec::new(),
                }),
                _ => {}
            },
        }
        true
    })
    .map_err(|e| Error::usage(format!("cannot read the audit log {}: {e}", path.display())))?;
    Ok(actions)
}

fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn show(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let now = now();
    let path = safety::audit_path(ctx);
    let read_err = |e: std::io::Error| {
        Error::usage(format!("cannot read the audit log {}: {e}", path.display()))
    };
    // Two passes a line at a time, so a log of any size is shown in bounded memory: first
    // where each action's outcome line is, then each intent with its outcome read back.
    let mut outcomes: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    // How many chunks each chunked action sent: an action without an outcome line but with
    // chunks was interrupted in the middle.
    let mut chunks: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    if let Some(file) = open_log(ctx)? {
        audit_log::for_each_line(file, |_, offset, _, line| {
            if let Line::Json(v) = line
                && let Some(id) = v.get("id").and_then(Value::as_str)
            {
                match v.get("phase").and_then(Value::as_str) {
                    Some("outcome") => {
                        outcomes.insert(id.to_owned(), offset);
                    }
                    Some("chunk") => *chunks.entry(id.to_owned()).or_default() += 1,
                    _ => {}
                }
            }
            true
        })
        .map_err(read_err)?;
    }
    if let Some(w) = audit_log::loose_permissions(&path) {
        ctx.out.warn(&w);
    }
    let (Some(file), Some(mut seek)) = (open_log(ctx)?, open_log(ctx)?) else {
        if ctx.out.is_table() {
            ctx.out.hint(&format!("no actions in {}", path.display()));
            return Ok(());
        }
        return ctx.out.list(&[], || unreachable!("not a table"));
    };
    let status = |o: &Option<Value>| {
        o.as_ref()
            .and_then(|o| o.get("status"))
            .and_then(Value::as_str)
            .unwrap_or("no outcome recorded")
            .to_owned()
    };
    let mut table = ctx.out.is_table().then(|| {
        ctx.out
            .new_table(&["id", "when", "user", "command", "what", "outcome"])
    });
    let mut rows = 0usize;
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    let mut failed: Option<std::io::Error> = None;
    let format = ctx.out.format;
    audit_log::for_each_line(file, |n, _, _, line| {
        let mut intent = match line {
            Line::Bad { torn, error } => {
                ctx.out
                    .warn(&audit_log::bad_line_warning(&path, n, torn, &error));
                return true;
            }
            Line::Json(v)
                if matches!(
                    v.get("phase").and_then(Value::as_str),
                    Some("outcome" | "chunk" | PART | PART_OUTCOME)
                ) =>
            {
                return true;
            }
            Line::Json(v) => v,
        };
        if let Some(d) = args.since
            && !intent
                .get("time")
                .and_then(Value::as_f64)
                .is_some_and(|t| t >= now - d.as_secs_f64())
        {
            return true;
        }
        let outcome = intent
            .get("id")
            .and_then(Value::as_str)
            .and_then(|id| outcomes.get(id))
            .and_then(|off| audit_log::read_line_at(&mut seek, *off).ok().flatten())
            .and_then(|o| o.get("outcome").cloned())
            .or_else(|| {
                let id = intent.get("id").and_then(Value::as_str)?;
                chunks
                    .get(id)
                    .map(|n| json!({"status": "interrupted", "chunks": n}))
            });
        if let Some(t) = &mut table {
            let g = |k: &str| {
                intent
                    .get(k)
                    .and_then(Value::as_str)
                    .unwrap_or("-")
                    .to_owned()
            };
            let when = intent
                .get("time")
                .and_then(Value::as_f64)
                .map(|t| ago(t, now))
                .unwrap_or_else(|| "-".into());
            add_text_row(
                t,
                vec![
                    g("id"),
                    when,
                    g("user"),
                    g("command"),
                    g("summary"),
                    status(&outcome),
                ],
            );
            rows += 1;
            return true;
        }
        if let Value::Object(m) = &mut intent {
            m.remove("phase");
            m.insert("outcome".into(), outcome.unwrap_or(Value::Null));
        }
        if ctx.out.redact {
            intent = crate::redact::json(&intent);
        }
        let intent = ctx.out.cap(intent);
        let r = match format {
            crate::cli::OutputFormat::Ndjson => serde_json::to_writer(&mut w, &intent)
                .map_err(std::io::Error::other)
                .and_then(|()| w.write_all(b"\n")),
            _ => w
                .write_all(if rows == 0 { b"[\n" } else { b",\n" })
                .and_then(|()| {
                    serde_json::to_writer_pretty(&mut w, &intent).map_err(std::io::Error::other)
                }),
        };
        rows += 1;
        match r {
            Ok(()) => true,
            Err(e) => {
                failed = Some(e);
                false
            }
        }
    })
    .map_err(read_err)?;
    if let Some(e) = failed {
        return Err(io_to_error(e));
    }
    match table {
        Some(_) if rows == 0 => {
            ctx.out.hint(&format!("no actions in {}", path.display()));
            Ok(())
        }
        Some(t) => {
            drop(w);
            ctx.out.table(t)
        }
        None => {
            if format == crate::cli::OutputFormat::Json {
                w.write_all(if rows == 0 { b"[]\n" } else { b"\n]\n" })
                    .map_err(io_to_error)?;
            }
            w.flush().map_err(io_to_error)
        }
    }
}

/// `audit verify`: walks the hash chain a line at a time.
fn verify(ctx: &Ctx) -> Result<()> {
    let path = safety::audit_path(ctx);
    let Some(file) = open_log(ctx)? else {
        // Nothing recorded yet: nothing to contradict (a deleted log is for syslog to show).
        return if ctx.out.is_table() {
            ctx.out.print(&format!(
                "{}: no audit log yet: nothing to verify\n",
                path.display()
            ))
        } else {
            ctx.out.json(&json!({
                "path": path.display().to_string(), "intact": true, "lines": 0, "chained": 0,
                "unchained": 0, "torn_lines": [], "first_bad_line": null, "problem": null,
            }))
        };
    };
    if let Some(w) = audit_log::loose_permissions(&path) {
        ctx.out.warn(&w);
    }
    let report = audit_log::verify(file)
        .map_err(|e| Error::usage(format!("cannot read the audit log {}: {e}", path.display())))?;
    for n in &report.torn {
        ctx.out.warn(&format!(
            "{}:{n}: an incomplete line (an interrupted write); the chain continues over it",
            path.display()
        ));
    }
    if ctx.out.is_table() {
        let text = match &report.broken {
            None => format!(
                "{}: intact: {} chained line(s){}\n",
                path.display(),
                report.chained,
                if report.unchained > 0 {
                    format!(
                        ", after {} line(s) from before the chain (not verifiable)",
                        report.unchained
                    )
                } else {
                    String::new()
                }
            ),
            Some(b) => format!("{}:{}: {}\n", path.display(), b.line, b.problem),
        };
        ctx.out.print(&text)?;
    } else {
        ctx.out.json(&json!({
            "path": path.display().to_string(),
            "intact": report.broken.is_none(),
            "lines": report.lines,
            "chained": report.chained,
            "unchained": report.unchained,
            "torn_lines": report.torn,
            "first_bad_line": report.broken.as_ref().map(|b| b.line),
            "problem": report.broken.as_ref().map(|b| b.problem.clone()),
        }))?;
    }
    match report.broken {
        None => Ok(()),
        Some(b) => Err(Error::problem(format!(
            "the audit log {} was changed: line {}: {}",
            path.display(),
            b.line,
            b.problem
        ))
        .hint("compare with the copy shipped to syslog, and keep this file as evidence")),
    }
}

/// Sets a hash field only if absent; gives the hash back its TTL when it has none.
const RESTORE_HASH_FIELD: &str = r"
local set = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
if set == 1 and ARGV[3] ~= '' and redis.call('PTTL', KEYS[1]) == -1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
if set == 1 and ARGV[4] ~= '' then
  redis.call('HPEXPIRE', KEYS[1], ARGV[4], 'FIELDS', 1, ARGV[1])
end
return set
";

const RESTORE_ZSET_MEMBER: &str = r"
local set = redis.call('ZADD', KEYS[1], 'NX', ARGV[1], ARGV[2])
if set == 1 and ARGV[3] ~= '' and redis.call('PTTL', KEYS[1]) == -1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return set
";

/// Adds a stream entry again (a new id), and gives the stream the TTL the entry's stream had
/// when it was removed, if it has none now. ARGV = ttl_ms ('' for none), then field/value pairs.
const RESTORE_STREAM_ENTRY: &str = r"
local id = redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
if ARGV[1] ~= '' and redis.call('PTTL', KEYS[1]) == -1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return id
";

/// Whether an item listed in an outcome line (`removed`, `put_back`) is `item`: compared as
/// items, so that a line written before a field was recorded (e.g. `stream_ttl_ms`) matches.
fn same_item(listed: &Value, item: &PriorItem) -> bool {
    PriorItem::from_json(listed).is_ok_and(|l| l == *item)
}

/// Splits an action's prior items into those its outcome line lists as removed, and the others
/// with the reason they are not put back.
fn removed_by(
    outcome: Option<&Value>,
    items: Vec<PriorItem>,
) -> (Vec<PriorItem>, Vec<(PriorItem, String)>) {
    let removed: Vec<&Value> = outcome
        .and_then(|o| o.get("removed"))
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let status = outcome
        .and_then(|o| o.get("status"))
        .and_then(Value::as_str);
    let why = match status {
        None => "no outcome was recorded for this action (redops stopped before the reply came), so whether it removed this is unknown: check its current state by hand".to_owned(),
        Some("interrupted") => "redops stopped in the middle of this chunked action (no outcome line): its audit trail proves this was not removed by a finished chunk; it was in the chunk in flight or never sent: check its current state by hand".to_owned(),
        Some(s) if s.contains("unknown") || s == "unexpected" => "the action's outcome is unknown (its reply was lost or unexpected), so whether it removed this is unknown: check its current state by hand".to_owned(),
        Some(s) if outcome.is_some_and(|o| o.get("removed").is_none()) => format!(
            "the outcome ({s}) does not list what was removed (an audit line from an older redops): check its current state by hand"
        ),
        Some("failed") => "the action did not remove this (it had changed or gone since it was read, or the run stopped before it: see the outcome's not_attempted)".to_owned(),
        Some(_) => "the action did not remove this (it had changed or gone since it was read, or was not sent: see the outcome)".to_owned(),
    };
    let mut put_back = Vec::new();
    let mut not_removed = Vec::new();
    for item in items {
        if removed.iter().any(|r| same_item(r, &item)) {
            put_back.push(item);
        } else {
            not_removed.push((item, why.clone()));
        }
    }
    (put_back, not_removed)
}

/// How a restored item whose reply was lost is reported (and recognised).
const OUTCOME_UNKNOWN: &str = "outcome unknown";

/// Splits the stream entries an earlier `audit restore` of action `id` re-added, or may have
/// (its outcome, or that item's, is unknown), from the items still to put back.
fn not_readded(
    actions: &[Action],
    id: &str,
    items: Vec<PriorItem>,
) -> (Vec<PriorItem>, Vec<(PriorItem, String)>) {
    let earlier: Vec<(&str, Option<&Vec<Value>>)> = actions
        .iter()
        .filter(|a| {
            a.intent.get("command").and_then(Value::as_str) == Some("audit restore")
                && a.intent
                    .get("context")
                    .and_then(|c| c.get("restores"))
                    .and_then(Value::as_str)
                    == Some(id)
        })
        .map(|a| {
            let rid = a.intent.get("id").and_then(Value::as_str).unwrap_or("?");
            let put_back = a
                .outcome
                .as_ref()
                .filter(|o| {
                    matches!(
                        o.get("status").and_then(Value::as_str),
                        Some("restored" | "partly_restored" | "nothing_restored")
                    )
                })
                .and_then(|o| o.get("put_back"))
                .and_then(Value::as_array);
            (rid, put_back)
        })
        .collect();
    let mut keep = Vec::new();
    let mut again = Vec::new();
    for item in items {
        if !matches!(item, PriorItem::StreamEntry { .. }) {
            keep.push(item);
            continue;
        }
        let why = earlier.iter().find_map(|(rid, put_back)| match put_back {
            Some(list) => list
                .iter()
                .any(|l| same_item(l, &item))
                .then(|| format!("already re-added by audit restore {rid}")),
            None => Some(format!(
                "audit restore {rid} of this action may have re-added it (its outcome is unknown): check the stream before adding it again"
            )),
        });
        match why {
            Some(why) => again.push((item, why)),
            None => keep.push(item),
        }
    }
    (keep, again)
}

/// `  skipped LABEL: REASON` lines for the table output.
fn skipped_lines(skipped: &[Value]) -> String {
    skipped
        .iter()
        .map(|s| {
            format!(
                "  skipped {}: {}\n",
                s["label"].as_str().unwrap_or("?"),
                s["reason"].as_str().unwrap_or("?")
            )
        })
        .collect()
}

/// How one item is put back: a single write that never overwrites current state.
fn restore_cmd(
    item: &PriorItem,
    to_stream: Option<&[u8]>,
) -> std::result::Result<redis::Cmd, String> {
    Ok(match item {
        PriorItem::String { key, value, ttl_ms } => {
            let mut c = redis::cmd("SET");
            c.arg(key).arg(value).arg("NX");
            if let Some(ms) = ttl_ms.filter(|ms| *ms > 0) {
                c.arg("PX").arg(ms);
            }
            c
        }
        PriorItem::HashField {
            key,
            field,
            value,
            key_ttl_ms,
            field_ttl_ms,
        } => {
            // HSETNX, the hash's TTL back if this re-created it without one, and the field's
            // own TTL (as much as it had left when it was removed): atomically.
            let ms = |t: &Option<i64>| {
                t.filter(|ms| *ms > 0)
                    .map(|ms| ms.to_string())
                    .unwrap_or_default()
            };
            let mut c = redis::cmd("EVAL");
            c.arg(RESTORE_HASH_FIELD)
                .arg(1)
                .arg(key)
                .arg(field)
                .arg(value)
                .arg(ms(key_ttl_ms))
                .arg(ms(field_ttl_ms));
            c
        }
        PriorItem::ZsetMember {
            key,
            member,
            score,
            key_ttl_ms,
        } => {
            // ZADD NX, and the set's TTL back if this re-created it without one: atomically.
            let mut c = redis::cmd("EVAL");
            c.arg(RESTORE_ZSET_MEMBER)
                .arg(1)
                .arg(key)
                .arg(score)
                .arg(member)
                .arg(
                    key_ttl_ms
                        .filter(|ms| *ms > 0)
                        .map(|ms| ms.to_string())
                        .unwrap_or_default(),
                );
            c
        }
        PriorItem::StreamEntry {
            fields: None, id, ..
        } => {
            return Err(format!(
                "entry {id} had been deleted from its stream; there are no fields to put back"
            ));
        }
        PriorItem::StreamEntry {
            fields: Some(fields),
            id,
            stream_ttl_ms,
            ..
        } => {
            let Some(to) = to_stream else {
                return Err(format!(
                    "entry {id} is a stream entry: pass --to-stream STREAM to re-add it"
                ));
            };
            if fields.is_empty() {
                return Err(format!(
                    "entry {id} has no fields; a stream entry cannot be added without one"
                ));
            }
            // XADD, and the TTL the stream had if the one it goes to has none: atomically.
            let mut c = redis::cmd("EVAL");
            c.arg(RESTORE_STREAM_ENTRY).arg(1).arg(to).arg(
                stream_ttl_ms
                    .filter(|ms| *ms > 0)
                    .map(|ms| ms.to_string())
                    .unwrap_or_default(),
            );
            for (f, v) in fields {
                c.arg(f).arg(v);
            }
            c
        }
    })
}

fn item_label(item: &PriorItem) -> String {
    match item {
        PriorItem::String { key, .. } => show_bytes(key),
        PriorItem::HashField { key, field, .. } => {
            format!("{} field {}", show_bytes(key), show_bytes(field))
        }
        PriorItem::ZsetMember { key, member, .. } => {
            format!("{} member {}", show_bytes(key), show_bytes(member))
        }
        PriorItem::StreamEntry { stream, id, .. } => format!("{} entry {id}", show_bytes(stream)),
    }
}

const COMMAND: &str = "audit restore";

/// The lines of a change made in parts (see `session kill`): each part's prior values, written
/// before it was sent, and its outcome, one result character per item.
const PART: &str = "part";
const PART_OUTCOME: &str = "part_outcome";
/// Restores sent per round trip (each one small script).
const RESTORE_BATCH: usize = 1_000;
/// Skipped items a table lists at most (JSON lists them all).
const SKIPPED_LISTED: usize = 1_000;

/// Restores are serialised: an exclusive lock is held from reading what earlier restores of
/// the action put back until this one's outcome is on disk, so that concurrent restores of one
/// action put each item back exactly once.
async fn restore(args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    safety::preflight(ctx, COMMAND)?;
    let _lock = if ctx.settings.dry_run {
        None
    } else {
        let path = safety::audit_path(ctx);
        Some(audit_log::lock_restores(&path).map_err(|e| {
            Error::refused(format!(
                "cannot lock the audit log {} for a restore: {e}; nothing was changed",
                path.display()
            ))
        })?)
    };
    restore_locked(args, ctx).await
}

async fn restore_locked(args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    // Only this action and the earlier restores of it are kept in memory.
    let actions = read_actions(ctx, |intent| {
        intent.get("id").and_then(Value::as_str) == Some(args.id.as_str())
            || intent
                .get("context")
                .and_then(|c| c.get("restores"))
                .and_then(Value::as_str)
                == Some(args.id.as_str())
    })?;
    let action = actions
        .iter()
        .find(|a| a.intent.get("id").and_then(Value::as_str) == Some(args.id.as_str()))
        .ok_or_else(|| {
            Error::not_found(format!(
                "no action with id {} in {}",
                args.id,
                safety::audit_path(ctx).display()
            ))
            .hint("`redops audit show` lists the ids")
        })?;
    if action
        .intent
        .get("context")
        .and_then(|c| c.get("audit_parts"))
        .and_then(Value::as_bool)
        == Some(true)
    {
        return restore_parts(&args, ctx, action).await;
    }
    let items: Vec<PriorItem> = action
        .intent
        .get("prior")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(PriorItem::from_json)
                .collect::<std::result::Result<Vec<_>, String>>()
        })
        .transpose()
        .map_err(|e| Error::data(format!("audit action {}: {e}", args.id)))?
        .unwrap_or_default();
    if items.is_empty() {
        return Err(Error::not_found(format!(
            "audit action {} removed nothing; there is nothing to put back",
            args.id
        )));
    }
    // Only what the outcome line confirms was removed: an item the action skipped (changed
    // meanwhile), or whose removal is unknown, was not taken out by it; putting it back could
    // bring back a session that ended since, or duplicate a stream entry that is still pending.
    let outcome = action.outcome();
    let (items, mut not_removed) = removed_by(outcome.as_ref(), items);
    // A stream entry is re-added as a new entry, which nothing makes idempotent: one that an
    // earlier restore of this action put back (or may have) is not added a second time.
    let (items, again) = not_readded(&actions, &args.id, items);
    not_removed.extend(again);
    if items.is_empty() {
        let mut why: Vec<&str> = Vec::new();
        for (_, w) in &not_removed {
            if !why.contains(&w.as_str()) {
                why.push(w);
            }
        }
        return Err(Error::not_found(format!(
            "audit action {} has nothing left to put back: {}",
            args.id,
            why.join("; ")
        ))
        .hint(format!(
            "`redops audit show -o json` has its prior values and outcome (id {})",
            args.id
        )));
    }
    let to_stream = args.to_stream.as_deref().map(str::as_bytes);
    if to_stream.is_none()
        && items.iter().any(|i| {
            matches!(
                i,
                PriorItem::StreamEntry {
                    fields: Some(_),
                    ..
                }
            )
        })
    {
        return Err(Error::usage(format!("audit action {} removed stream entries: pass --to-stream STREAM to re-add them", args.id))
            .hint("the original stream is named in each item's `stream` field (`redops audit show -o json`)"));
    }
    let cmds: Vec<std::result::Result<redis::Cmd, String>> =
        items.iter().map(|i| restore_cmd(i, to_stream)).collect();
    let command = action
        .intent
        .get("command")
        .and_then(Value::as_str)
        .unwrap_or("?");
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "put back {} item(s) removed by `{command}` (audit id {}), without overwriting anything present now",
            items.len(),
            args.id
        ),
        items: Vec::new(),
        context: json!({ "restores": args.id, "items": items.iter().map(PriorItem::to_json).collect::<Vec<_>>() }),
    };
    let describe = |i: &PriorItem| {
        let mut v = i.to_json();
        if let Value::Object(m) = &mut v {
            m.insert("label".into(), json!(item_label(i)));
        }
        v
    };
    let skipped_item = |i: &PriorItem, reason: &str| {
        let mut v = describe(i);
        if let Value::Object(m) = &mut v {
            m.insert("reason".into(), json!(reason));
        }
        v
    };
    let not_removed: Vec<Value> = not_removed
        .iter()
        .map(|(i, why)| skipped_item(i, why))
        .collect();
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => {
            let would: Vec<Value> = items.iter().map(describe).collect();
            return if ctx.out.is_table() {
                let lines: Vec<String> = items
                    .iter()
                    .map(|i| format!("  {}", item_label(i)))
                    .collect();
                ctx.out.say(&format!(
                    "dry run: would {}:\n{}\n{}",
                    plan.summary,
                    lines.join("\n"),
                    skipped_lines(&not_removed)
                ))
            } else {
                ctx.out
                    .json(&json!({ "restored": would, "skipped": not_removed, "dry_run": true }))
            };
        }
        Gate::Proceed(id) => id,
    };
    let client = ctx.connect_for_writes().await?;
    // A field that had its own TTL goes back with it, or not at all: never as a session that
    // no longer expires.
    if items.iter().any(|i| {
        matches!(
            i,
            PriorItem::HashField {
                field_ttl_ms: Some(_),
                ..
            }
        )
    }) {
        let what = format!(
            "putting back hash fields with their own TTL (audit id {})",
            args.id
        );
        if let Err(e) = client.require(Feature::HashFieldTtl, &what) {
            safety::record_outcome(
                ctx,
                &id,
                json!({ "status": "refused", "reason": e.message, "restored": 0, "put_back": [] }),
            );
            return Err(e.hint("nothing was put back"));
        }
    }
    let futs = items.iter().zip(&cmds).map(|(item, cmd)| {
        let client = &client;
        async move {
            match cmd {
                Err(reason) => (item, Err(reason.clone())),
                Ok(cmd) => match client
                    .write(cmd, &format!("restoring {}", item_label(item)))
                    .await
                {
                    Ok(v) => {
                        let applied = match item {
                            PriorItem::String { .. } => !matches!(v, redis::Value::Nil),
                            PriorItem::StreamEntry { .. } => true,
                            _ => reply_int(&Ok(v)).unwrap_or(0) > 0,
                        };
                        (
                            item,
                            if applied {
                                Ok(())
                            } else {
                                Err("already present: left as it is".to_string())
                            },
                        )
                    }
                    Err(e) if e.code == crate::error::ExitCode::Connection => {
                        (item, Err(format!("{OUTCOME_UNKNOWN}: {}", e.message)))
                    }
                    Err(e) => (item, Err(e.message)),
                },
            }
        }
    });
    let results = futures_util::future::join_all(futs).await;
    let mut restored = Vec::new();
    let mut skipped = not_removed;
    // What this restore put back, or may have (a lost reply): a later restore of the same
    // action leaves these stream entries alone.
    let mut put_back = Vec::new();
    for (item, r) in results {
        match r {
            Ok(()) => {
                restored.push(describe(item));
                put_back.push(item.to_json());
            }
            Err(reason) => {
                if reason.starts_with(OUTCOME_UNKNOWN) {
                    put_back.push(item.to_json());
                }
                skipped.push(skipped_item(item, &reason));
            }
        }
    }
    // Recorded as what happened: a restore that put nothing back is not "restored".
    let status = match (restored.len(), skipped.len()) {
        (0, _) => "nothing_restored",
        (_, 0) => "restored",
        _ => "partly_restored",
    };
    safety::record_outcome(
        ctx,
        &id,
        json!({
            "status": status,
            "restored": restored.len(),
            "skipped": skipped.len(),
            "put_back": put_back,
        }),
    );
    if ctx.out.is_table() {
        ctx.out.say(&format!(
            "restored {} item(s), skipped {}\n{}",
            restored.len(),
            skipped.len(),
            skipped_lines(&skipped)
        ))?;
    } else {
        ctx.out
            .json(&json!({ "restored": restored, "skipped": skipped }))?;
    }
    if restored.is_empty() {
        // Nothing was put back: never exit 0. A lost reply is "outcome unknown" (3); items
        // already present or refused are a refusal (5).
        let unknown = skipped.iter().any(|s| {
            s.get("reason")
                .and_then(Value::as_str)
                .is_some_and(|r| r.starts_with(OUTCOME_UNKNOWN))
        });
        let message = format!(
            "nothing was restored from audit id {}: every item was skipped",
            args.id
        );
        return Err(if unknown {
            Error::connection(message)
                .hint("check the keys' state before trying again; redops does not retry a write it cannot confirm")
        } else {
            Error::refused(message).hint(
                "the items are already present (restored before?) or were refused; `redops audit show` lists what was done",
            )
        });
    }
    Ok(())
}

/// One part of an action audited in parts: where its lines are, and what became of each item.
struct PartRef {
    node: String,
    part: u64,
    offset: u64,
    /// The part's results (one byte per item: `1` removed, `?` unknown, ...); `None` when no
    /// outcome was recorded for it (redops stopped while it was being sent).
    results: Option<Vec<u8>>,
}

/// Why an item of a part is not put back, from its result character.
fn part_reason(result: Option<u8>) -> &'static str {
    match result {
        None => {
            "no outcome was recorded for its part (redops stopped while it was being sent), so whether it was removed is unknown: check its current state by hand"
        }
        Some(b'?') => {
            "the action's outcome is unknown for it (sent, no reply), so whether it was removed is unknown: check its current state by hand"
        }
        Some(b's') => "the action did not remove this (it was not sent)",
        Some(_) => {
            "the action did not remove this (it had changed or gone since it was read, or was refused)"
        }
    }
}

/// `audit restore` of an action audited in parts (a large `session kill`): the log is read
/// twice a line at a time (where the parts are, then each part), and each part is put back in
/// batches; memory is bounded by a part, whatever the size of the action.
async fn restore_parts(args: &RestoreArgs, ctx: &Ctx, action: &Action) -> Result<()> {
    let path = safety::audit_path(ctx);
    let read_err = |e: std::io::Error| {
        Error::usage(format!("cannot read the audit log {}: {e}", path.display()))
    };
    let mut parts: Vec<PartRef> = Vec::new();
    let mut with_field_ttl = false;
    if let Some(file) = open_log(ctx)? {
        audit_log::for_each_line(file, |_, offset, _, line| {
            let Line::Json(v) = line else { return true };
            if v.get("id").and_then(Value::as_str) != Some(args.id.as_str()) {
                return true;
            }
            let node = v
                .get("node")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let part = v.get("part").and_then(Value::as_u64).unwrap_or(0);
            match v.get("phase").and_then(Value::as_str) {
                Some(PART) => {
                    with_field_ttl |= v.get("prior").and_then(Value::as_array).is_some_and(|a| {
                        a.iter()
                            .any(|i| i.get("field_ttl_ms").is_some_and(|t| !t.is_null()))
                    });
                    parts.push(PartRef {
                        node,
                        part,
                        offset,
                        results: None,
                    });
                }
                Some(PART_OUTCOME) => {
                    if let Some(p) = parts
                        .iter_mut()
                        .rev()
                        .find(|p| p.node == node && p.part == part)
                    {
                        p.results = v
                            .get("results")
                            .and_then(Value::as_str)
                            .map(|r| r.as_bytes().to_vec());
                    }
                }
                _ => {}
            }
            true
        })
        .map_err(read_err)?;
    }
    let to_put_back: usize = parts
        .iter()
        .filter_map(|p| p.results.as_ref())
        .map(|r| r.iter().filter(|c| **c == b'1').count())
        .sum();
    let command = action
        .intent
        .get("command")
        .and_then(Value::as_str)
        .unwrap_or("?");
    if to_put_back == 0 {
        let why = if parts.iter().any(|p| p.results.is_none()) {
            part_reason(None)
        } else if parts
            .iter()
            .any(|p| p.results.as_ref().is_some_and(|r| r.contains(&b'?')))
        {
            part_reason(Some(b'?'))
        } else {
            "the action removed nothing"
        };
        return Err(Error::not_found(format!(
            "audit action {} has nothing left to put back: {why}",
            args.id
        ))
        .hint(format!(
            "`redops audit show -o json` has its outcome (id {}); its prior values are in its `part` lines",
            args.id
        )));
    }
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "put back {to_put_back} item(s) removed by `{command}` (audit id {}, {} part(s)), without overwriting anything present now",
            args.id,
            parts.len()
        ),
        items: Vec::new(),
        context: json!({ "restores": args.id, "items": to_put_back, "parts": parts.len() }),
    };
    let gate = safety::gate(ctx, &plan).await?;
    let dry_run = matches!(gate, Gate::DryRun);
    let client = if dry_run {
        None
    } else {
        Some(ctx.connect_for_writes().await?)
    };
    let rid = match &gate {
        Gate::Proceed(id) => Some(id.clone()),
        Gate::DryRun => None,
    };
    if let (Some(client), Some(rid)) = (&client, &rid)
        && with_field_ttl
    {
        let what = format!(
            "putting back hash fields with their own TTL (audit id {})",
            args.id
        );
        if let Err(e) = client.require(Feature::HashFieldTtl, &what) {
            safety::record_outcome(
                ctx,
                rid,
                json!({ "status": "refused", "reason": e.message, "restored": 0 }),
            );
            return Err(e.hint("nothing was put back"));
        }
    }
    let describe = |i: &PriorItem| {
        let mut v = i.to_json();
        if let Value::Object(m) = &mut v {
            m.insert("label".into(), json!(item_label(i)));
        }
        v
    };
    let skipped_item = |i: &PriorItem, reason: &str| {
        let mut v = describe(i);
        if let Value::Object(m) = &mut v {
            m.insert("reason".into(), json!(reason));
        }
        v
    };
    // Restored items are written out as they are put back; skipped ones wait in a temp file
    // (0600, unlinked) until the restored list is closed.
    let mut skipped_spool = std::io::BufWriter::new(tempfile::tempfile().map_err(|e| {
        Error::refused(format!(
            "cannot create a temporary file: {e}; nothing was put back"
        ))
    })?);
    let mut doc = (!ctx.out.is_table()).then(|| super::session::JsonDoc::new(ctx));
    if let Some(d) = &mut doc {
        d.raw(if dry_run {
            "{\"dry_run\":true,\"restored\":["
        } else {
            "{\"restored\":["
        })?;
    }
    let (mut restored, mut skipped, mut unknown) = (0usize, 0usize, 0usize);
    let mut table_skipped: Vec<Value> = Vec::new();
    let mut stopped: Option<Error> = None;
    let mut log = open_log(ctx)?.ok_or_else(|| Error::usage("the audit log is gone"))?;
    let mut skip = |item: &PriorItem, reason: &str, table: &mut Vec<Value>| -> Result<()> {
        skipped += 1;
        let v = skipped_item(item, reason);
        if table.len() < SKIPPED_LISTED {
            table.push(v.clone());
        }
        serde_json::to_writer(&mut skipped_spool, &v)
            .map_err(std::io::Error::other)
            .and_then(|()| skipped_spool.write_all(b"\n"))
            .map_err(|e| Error::refused(format!("cannot write a temporary file: {e}")))
    };
    for p in &parts {
        let line = audit_log::read_line_at(&mut log, p.offset)
            .map_err(read_err)?
            .ok_or_else(|| {
                Error::data(format!(
                    "audit action {}: part {} on {} cannot be read",
                    args.id, p.part, p.node
                ))
            })?;
        let items: Vec<PriorItem> = line
            .get("prior")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(PriorItem::from_json)
                    .collect::<std::result::Result<Vec<_>, String>>()
            })
            .transpose()
            .map_err(|e| Error::data(format!("audit action {}: {e}", args.id)))?
            .unwrap_or_default();
        let mut todo: Vec<&PriorItem> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let r = p
                .results
                .as_ref()
                .map(|r| r.get(i).copied().unwrap_or(b's'));
            if r == Some(b'1') && stopped.is_none() {
                todo.push(item);
            } else if r == Some(b'1') {
                skip(
                    item,
                    "not sent: the restore stopped before it (see the error)",
                    &mut table_skipped,
                )?;
            } else {
                skip(item, part_reason(r), &mut table_skipped)?;
            }
        }
        for batch in todo.chunks(RESTORE_BATCH) {
            let Some(client) = &client else {
                for item in batch {
                    restored += 1;
                    if let Some(d) = &mut doc {
                        d.item(&describe(item))?;
                    }
                }
                continue;
            };
            if stopped.is_some() || ctx.is_interrupted() {
                for item in batch {
                    skip(
                        item,
                        "not sent: the restore stopped before it",
                        &mut table_skipped,
                    )?;
                }
                continue;
            }
            let cmds: Vec<redis::Cmd> = batch
                .iter()
                .filter_map(|i| restore_cmd(i, None).ok())
                .collect();
            if cmds.len() != batch.len() {
                return Err(Error::internal(
                    "a session restore command could not be built",
                ));
            }
            match client
                .write_batch(&cmds, &format!("restoring audit id {}", args.id))
                .await
            {
                Err(e) => {
                    let lost = e.code == crate::error::ExitCode::Connection;
                    for item in batch {
                        if lost {
                            unknown += 1;
                            skip(
                                item,
                                &format!("{OUTCOME_UNKNOWN}: {}", e.message),
                                &mut table_skipped,
                            )?;
                        } else {
                            skip(item, &e.message, &mut table_skipped)?;
                        }
                    }
                    stopped = Some(e);
                }
                Ok(replies) => {
                    for (item, reply) in batch.iter().zip(replies) {
                        match &reply {
                            Ok(_) if reply_int(&reply).unwrap_or(0) > 0 => {
                                restored += 1;
                                if let Some(d) = &mut doc {
                                    d.item(&describe(item))?;
                                }
                            }
                            Ok(_) => {
                                skip(item, "already present: left as it is", &mut table_skipped)?
                            }
                            Err(e) if crate::client::is_outcome_unknown(&reply) => {
                                unknown += 1;
                                skip(item, &format!("{OUTCOME_UNKNOWN}: {e}"), &mut table_skipped)?;
                            }
                            Err(e) => skip(item, &e.to_string(), &mut table_skipped)?,
                        }
                    }
                }
            }
        }
    }
    let status = match (restored, skipped) {
        (0, _) => "nothing_restored",
        (_, 0) => "restored",
        _ => "partly_restored",
    };
    if let Some(rid) = &rid {
        safety::record_outcome(
            ctx,
            rid,
            json!({ "status": status, "restored": restored, "skipped": skipped, "unknown": unknown, "parts": parts.len() }),
        );
    }
    match &mut doc {
        Some(d) => {
            d.raw("],\"skipped\":[")?;
            skipped_spool
                .flush()
                .map_err(|e| Error::refused(format!("cannot write a temporary file: {e}")))?;
            let mut f = skipped_spool
                .into_inner()
                .map_err(|e| Error::refused(format!("cannot write a temporary file: {e}")))?;
            use std::io::{BufRead, Seek};
            f.seek(std::io::SeekFrom::Start(0))
                .map_err(|e| Error::refused(format!("cannot read a temporary file: {e}")))?;
            for line in std::io::BufReader::new(f).lines() {
                let line =
                    line.map_err(|e| Error::refused(format!("cannot read a temporary file: {e}")))?;
                if let Ok(v) = serde_json::from_str::<Value>(&line) {
                    d.item(&v)?;
                }
            }
            d.raw("]}")?;
        }
        None => {
            let verb = if dry_run { "would restore" } else { "restored" };
            ctx.out.say(&format!(
                "{verb} {restored} item(s), skipped {skipped}\n{}",
                skipped_lines(&table_skipped)
            ))?;
            if skipped > table_skipped.len() {
                ctx.out.say(&format!(
                    "and {} more skipped (-o json lists them all)\n",
                    skipped - table_skipped.len()
                ))?;
            }
        }
    }
    if let Some(d) = doc {
        d.finish()?;
    }
    if let Some(e) = stopped {
        return Err(e.hint(format!(
            "{restored} item(s) were put back before it; `redops audit restore {}` again puts back the rest (what is present is left as it is)",
            args.id
        )));
    }
    if restored == 0 {
        let message = format!(
            "nothing was restored from audit id {}: every item was skipped",
            args.id
        );
        return Err(if unknown > 0 {
            Error::connection(message).hint("check the keys' state before trying again; redops does not retry a write it cannot confirm")
        } else {
            Error::refused(message).hint("the items are already present (restored before?) or were refused; `redops audit show` lists what was done")
        });
    }
    Ok(())
}
