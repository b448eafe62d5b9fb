//! `redops audit show` / `audit restore`: read the audit log, and put back what one action removed.

use crate::cli::audit::{AuditCommand, RestoreArgs, ShowArgs};
use crate::client::reply_int;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{add_text_row, ago, show_bytes};
use crate::safety::{self, Gate, Plan, PriorItem};
use serde_json::{Value, json};

pub async fn run(cmd: AuditCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        AuditCommand::Show(a) => show(a, ctx),
        AuditCommand::Restore(a) => restore(a, ctx).await,
    }
}

/// One audited action: its intent line and, when recorded, its outcome.
struct Action {
    intent: Value,
    outcome: Option<Value>,
}

fn read_actions(ctx: &Ctx) -> Result<Vec<Action>> {
    let path = safety::audit_path(ctx);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(Error::usage(format!(
                "cannot read the audit log {}: {e}",
                path.display()
            )));
        }
    };
    let mut actions: Vec<Action> = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: Value = serde_json::from_str(line).map_err(|e| {
            Error::data(format!(
                "{}:{}: not a JSON line: {e}",
                path.display(),
                n + 1
            ))
        })?;
        match v.get("phase").and_then(Value::as_str) {
            Some("outcome") => {
                if let Some(a) = actions
                    .iter_mut()
                    .rev()
                    .find(|a| a.intent.get("id") == v.get("id"))
                {
                    a.outcome = v.get("outcome").cloned();
                }
            }
            _ => actions.push(Action {
                intent: v,
                outcome: None,
            }),
        }
    }
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
    let actions: Vec<Action> = read_actions(ctx)?
        .into_iter()
        .filter(|a| match args.since {
            Some(d) => a
                .intent
                .get("time")
                .and_then(Value::as_f64)
                .is_some_and(|t| t >= now - d.as_secs_f64()),
            None => true,
        })
        .collect();
    let status = |a: &Action| {
        a.outcome
            .as_ref()
            .and_then(|o| o.get("status"))
            .and_then(Value::as_str)
            .unwrap_or("no outcome recorded")
            .to_owned()
    };
    if ctx.out.is_table() {
        if actions.is_empty() {
            ctx.out.hint(&format!(
                "no actions in {}",
                safety::audit_path(ctx).display()
            ));
            return Ok(());
        }
        let mut t = ctx
            .out
            .new_table(&["id", "when", "user", "command", "what", "outcome"]);
        for a in &actions {
            let g = |k: &str| {
                a.intent
                    .get(k)
                    .and_then(Value::as_str)
                    .unwrap_or("-")
                    .to_owned()
            };
            let when = a
                .intent
                .get("time")
                .and_then(Value::as_f64)
                .map(|t| ago(t, now))
                .unwrap_or_else(|| "-".into());
            add_text_row(
                &mut t,
                vec![
                    g("id"),
                    when,
                    g("user"),
                    g("command"),
                    g("summary"),
                    status(a),
                ],
            );
        }
        ctx.out.table(t)
    } else {
        let items: Vec<Value> = actions
            .iter()
            .map(|a| {
                let mut v = a.intent.clone();
                if let Value::Object(m) = &mut v {
                    m.remove("phase");
                    m.insert("outcome".into(), a.outcome.clone().unwrap_or(Value::Null));
                }
                v
            })
            .collect();
        ctx.out.list(&items, || unreachable!("not a table"))
    }
}

/// Sets a hash field only if absent; gives the hash back its TTL when it has none.
const RESTORE_HASH_FIELD: &str = r"
local set = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
if set == 1 and ARGV[3] ~= '' and redis.call('PTTL', KEYS[1]) == -1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
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
        Some(s) if s.contains("unknown") || s == "unexpected" => "the action's outcome is unknown (its reply was lost or unexpected), so whether it removed this is unknown: check its current state by hand".to_owned(),
        Some(s) if outcome.is_some_and(|o| o.get("removed").is_none()) => format!(
            "the outcome ({s}) does not list what was removed (an audit line from an older redops): check its current state by hand"
        ),
        Some(_) => "the action did not remove this (it had changed or gone since it was read)".to_owned(),
    };
    let mut put_back = Vec::new();
    let mut not_removed = Vec::new();
    for item in items {
        let json = item.to_json();
        if removed.iter().any(|r| **r == json) {
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
                .filter(|o| o.get("status").and_then(Value::as_str) == Some("restored"))
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
        let json = item.to_json();
        let why = earlier.iter().find_map(|(rid, put_back)| match put_back {
            Some(list) => list
                .contains(&json)
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
        } => {
            // HSETNX, and the hash's TTL back if this re-created it without one: atomically.
            let mut c = redis::cmd("EVAL");
            c.arg(RESTORE_HASH_FIELD)
                .arg(1)
                .arg(key)
                .arg(field)
                .arg(value);
            c.arg(
                key_ttl_ms
                    .filter(|ms| *ms > 0)
                    .map(|ms| ms.to_string())
                    .unwrap_or_default(),
            );
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
            ..
        } => {
            let Some(to) = to_stream else {
                return Err(format!(
                    "entry {id} is a stream entry: pass --to-stream STREAM to re-add it"
                ));
            };
            let mut c = redis::cmd("XADD");
            c.arg(to).arg("*");
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

async fn restore(args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    const COMMAND: &str = "audit restore";
    safety::preflight(ctx, COMMAND)?;
    let actions = read_actions(ctx)?;
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
    let (items, mut not_removed) = removed_by(action.outcome.as_ref(), items);
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
    let id = match safety::gate(ctx, &plan)? {
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
    safety::record_outcome(
        ctx,
        &id,
        json!({
            "status": "restored",
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
        ))
    } else {
        ctx.out
            .json(&json!({ "restored": restored, "skipped": skipped }))
    }
}
