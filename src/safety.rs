//! The one path every destructive command takes: read-only refusal before connecting, then
//! dry-run / confirmation / audit, then the conditional change (done by the command itself,
//! atomically), then the outcome appended to the audit log.

use crate::context::Ctx;
use crate::error::{Error, Result};
use serde_json::{Value, json};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

/// Called first by every destructive command, before it connects.
pub fn preflight(ctx: &Ctx, command: &str) -> Result<()> {
    if ctx.settings.read_only {
        let profile = ctx.settings.profile.as_deref().unwrap_or("?");
        return Err(Error::refused(format!(
            "`{command}` changes data, and profile '{profile}' is read_only"
        ))
        .hint("use a profile without read_only = true for changes"));
    }
    Ok(())
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

/// One piece of Redis state a destructive command removes, with its full prior value.
/// The audit log stores these as JSON (`PriorItem::to_json`), bytes losslessly (a string, plus
/// a `_hex` sibling when not UTF-8), so that a restore needs nothing but the audit line.
#[derive(Debug, Clone, PartialEq)]
pub enum PriorItem {
    /// A string key (a lock): `SET key value [PX ttl_ms]`.
    String {
        key: Vec<u8>,
        value: Vec<u8>,
        ttl_ms: Option<i64>,
    },
    /// One field of a hash (a session): `HSET key field value`, and the TTL the hash had
    /// (`None`: no expiry), so that a hash a restore re-creates expires as it would have.
    HashField {
        key: Vec<u8>,
        field: Vec<u8>,
        value: Vec<u8>,
        key_ttl_ms: Option<i64>,
    },
    /// One member of a sorted set (a rate-limit entry): `ZADD key score member`.
    /// The score is kept as Redis printed it, so nothing is lost to float formatting.
    ZsetMember {
        key: Vec<u8>,
        member: Vec<u8>,
        score: String,
        /// The sorted set's TTL (`None`: no expiry), so that a set a restore re-creates expires
        /// as it would have (a rate-limit window without a TTL never shrinks).
        key_ttl_ms: Option<i64>,
    },
    /// One stream entry that was pending in a group (acknowledged or moved).
    StreamEntry {
        stream: Vec<u8>,
        id: String,
        /// Field/value pairs in stream order; `None` when the entry was already deleted.
        fields: Option<Vec<(Vec<u8>, Vec<u8>)>>,
        group: Vec<u8>,
        consumer: Vec<u8>,
        deliveries: u64,
    },
}

impl PriorItem {
    pub fn to_json(&self) -> Value {
        use crate::output::put_bytes;
        let mut m = serde_json::Map::new();
        match self {
            PriorItem::String { key, value, ttl_ms } => {
                m.insert("kind".into(), json!("string"));
                put_bytes(&mut m, "key", key);
                put_bytes(&mut m, "value", value);
                m.insert("ttl_ms".into(), json!(ttl_ms));
            }
            PriorItem::HashField {
                key,
                field,
                value,
                key_ttl_ms,
            } => {
                m.insert("kind".into(), json!("hash_field"));
                put_bytes(&mut m, "key", key);
                put_bytes(&mut m, "field", field);
                put_bytes(&mut m, "value", value);
                m.insert("key_ttl_ms".into(), json!(key_ttl_ms));
            }
            PriorItem::ZsetMember {
                key,
                member,
                score,
                key_ttl_ms,
            } => {
                m.insert("kind".into(), json!("zset_member"));
                put_bytes(&mut m, "key", key);
                put_bytes(&mut m, "member", member);
                m.insert("score".into(), json!(score));
                m.insert("key_ttl_ms".into(), json!(key_ttl_ms));
            }
            PriorItem::StreamEntry {
                stream,
                id,
                fields,
                group,
                consumer,
                deliveries,
            } => {
                m.insert("kind".into(), json!("stream_entry"));
                put_bytes(&mut m, "stream", stream);
                m.insert("id".into(), json!(id));
                put_bytes(&mut m, "group", group);
                put_bytes(&mut m, "consumer", consumer);
                m.insert("deliveries".into(), json!(deliveries));
                let fields = fields.as_ref().map(|fs| {
                    fs.iter()
                        .map(|(f, v)| {
                            let mut p = serde_json::Map::new();
                            put_bytes(&mut p, "field", f);
                            put_bytes(&mut p, "value", v);
                            Value::Object(p)
                        })
                        .collect::<Vec<_>>()
                });
                m.insert("fields".into(), json!(fields));
            }
        }
        Value::Object(m)
    }

    /// Reads an item back from its audit-log JSON.
    pub fn from_json(v: &Value) -> std::result::Result<PriorItem, String> {
        let bytes = |obj: &Value, name: &str| -> std::result::Result<Vec<u8>, String> {
            if let Some(h) = obj.get(format!("{name}_hex")).and_then(Value::as_str) {
                return crate::output::parse_hex(h);
            }
            obj.get(name)
                .and_then(Value::as_str)
                .map(|s| s.as_bytes().to_vec())
                .ok_or_else(|| format!("missing field '{name}'"))
        };
        match v.get("kind").and_then(Value::as_str) {
            Some("string") => Ok(PriorItem::String {
                key: bytes(v, "key")?,
                value: bytes(v, "value")?,
                ttl_ms: v.get("ttl_ms").and_then(Value::as_i64),
            }),
            Some("hash_field") => Ok(PriorItem::HashField {
                key: bytes(v, "key")?,
                field: bytes(v, "field")?,
                value: bytes(v, "value")?,
                key_ttl_ms: v.get("key_ttl_ms").and_then(Value::as_i64),
            }),
            Some("zset_member") => Ok(PriorItem::ZsetMember {
                key: bytes(v, "key")?,
                member: bytes(v, "member")?,
                score: v
                    .get("score")
                    .and_then(Value::as_str)
                    .ok_or("missing field 'score'")?
                    .to_owned(),
                key_ttl_ms: v.get("key_ttl_ms").and_then(Value::as_i64),
            }),
            Some("stream_entry") => {
                let fields = match v.get("fields") {
                    Some(Value::Array(a)) => Some(
                        a.iter()
                            .map(|p| Ok((bytes(p, "field")?, bytes(p, "value")?)))
                            .collect::<std::result::Result<Vec<_>, String>>()?,
                    ),
                    _ => None,
                };
                Ok(PriorItem::StreamEntry {
                    stream: bytes(v, "stream")?,
                    id: v
                        .get("id")
                        .and_then(Value::as_str)
                        .ok_or("missing field 'id'")?
                        .to_owned(),
                    fields,
                    group: bytes(v, "group")?,
                    consumer: bytes(v, "consumer")?,
                    deliveries: v.get("deliveries").and_then(Value::as_u64).unwrap_or(0),
                })
            }
            other => Err(format!("unknown item kind {other:?}")),
        }
    }
}

/// The decision for a plan.
#[derive(Debug)]
pub enum Gate {
    /// Confirmed and audited: make the change, then call [`record_outcome`] with this id.
    Proceed(String),
    /// `--dry-run`: show the plan, change nothing.
    DryRun,
}

/// Dry-run, confirmation and audit, in that order. Nothing is changed by this function.
pub fn gate(ctx: &Ctx, plan: &Plan) -> Result<Gate> {
    if ctx.settings.dry_run {
        return Ok(Gate::DryRun);
    }
    if !ctx.settings.yes {
        confirm(plan)?;
    }
    let id = audit_id();
    let line = json!({
        "id": id,
        "phase": "intent",
        "time": unix_now(),
        "user": os_user(),
        "profile": ctx.settings.profile,
        "target": ctx.settings.connect.redacted_url(),
        "command_line": ctx.command_line,
        "command": plan.command,
        "summary": plan.summary,
        "prior": plan.items.iter().map(PriorItem::to_json).collect::<Vec<_>>(),
        "context": plan.context,
    });
    let path = audit_path(ctx);
    append(&path, &line).map_err(|e| {
        Error::refused(format!("cannot write the audit log {}: {e}; nothing was changed", path.display()))
            .hint("fix the path or its permissions, or choose another with --audit-log / REDOPS_AUDIT_LOG")
    })?;
    Ok(Gate::Proceed(id))
}

/// What `--dry-run` prints for a plan: the plan's summary for humans, `json` (the command's
/// usual report, marked `"dry_run": true`) for scripts.
pub fn report_dry_run(ctx: &Ctx, plan: &Plan, json: impl FnOnce() -> Value) -> Result<()> {
    if ctx.out.is_table() {
        ctx.out.say(&format!("dry run: would {}\n", plan.summary))
    } else {
        ctx.out.json(&json())
    }
}

/// Appends the outcome of an audited change (best effort: the intent line is already there).
/// The `removed` list of an outcome line: exactly the prior items the action is known to have
/// removed. `audit restore` puts back these and nothing else.
pub fn removed_json<'a>(items: impl IntoIterator<Item = &'a PriorItem>) -> Value {
    Value::Array(items.into_iter().map(PriorItem::to_json).collect())
}

pub fn record_outcome(ctx: &Ctx, id: &str, outcome: Value) {
    let line = json!({ "id": id, "phase": "outcome", "time": unix_now(), "outcome": outcome });
    let path = audit_path(ctx);
    if let Err(e) = append(&path, &line) {
        ctx.out.warn(&format!(
            "could not append the outcome to the audit log {}: {e}",
            path.display()
        ));
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
        .unwrap_or_else(default_audit_path)
}

/// `$XDG_STATE_HOME/redops/audit.jsonl` (or `~/.local/state/...`).
pub fn default_audit_path() -> PathBuf {
    dirs::state_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join(".local/state")))
        .unwrap_or_else(std::env::temp_dir)
        .join("redops")
        .join("audit.jsonl")
}

/// Writes one JSON line and makes sure it is on disk before returning.
fn append(path: &PathBuf, line: &Value) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    let mut text = serde_json::to_string(line).map_err(std::io::Error::other)?;
    text.push('\n');
    f.write_all(text.as_bytes())?;
    f.flush()?;
    f.sync_data()
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

fn os_user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "unknown".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prior_items_round_trip_through_json_losslessly() {
        let items = vec![
            PriorItem::String {
                key: b"lock:a".to_vec(),
                value: b"\xff\x00t".to_vec(),
                ttl_ms: Some(5),
            },
            PriorItem::String {
                key: b"lock:b".to_vec(),
                value: b"t".to_vec(),
                ttl_ms: None,
            },
            PriorItem::HashField {
                key: b"sessions:user:1".to_vec(),
                field: b"s1".to_vec(),
                value: br#"{"a":1}"#.to_vec(),
                key_ttl_ms: Some(86_400_000),
            },
            PriorItem::ZsetMember {
                key: b"ratelimit:deposit:user:1".to_vec(),
                member: b"1700000000.5:ab".to_vec(),
                score: "1700000000.5".into(),
                key_ttl_ms: Some(600_000),
            },
            PriorItem::StreamEntry {
                stream: b"tx".to_vec(),
                id: "1-0".into(),
                fields: Some(vec![(b"payload".to_vec(), b"\xfe".to_vec())]),
                group: b"g".to_vec(),
                consumer: b"c".to_vec(),
                deliveries: 3,
            },
        ];
        for item in items {
            let back = PriorItem::from_json(&item.to_json()).expect("parse");
            assert_eq!(back, item);
        }
        assert!(PriorItem::from_json(&json!({"kind": "nope"})).is_err());
    }
}
