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
    /// line alone is enough to put it back.
    pub prior: Value,
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
        "prior": plan.prior,
    });
    let path = audit_path(ctx);
    append(&path, &line).map_err(|e| {
        Error::refused(format!("cannot write the audit log {}: {e}; nothing was changed", path.display()))
            .hint("fix the path or its permissions, or choose another with --audit-log / REDOPS_AUDIT_LOG")
    })?;
    Ok(Gate::Proceed(id))
}

/// Appends the outcome of an audited change (best effort: the intent line is already there).
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
    eprint!("{}\nProceed? [y/N] ", plan.summary);
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
    if let Some(p) = &ctx.settings.audit_log {
        return p.clone();
    }
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
