//! `redops lock`: distributed locks (`SET lock:{resource} <token> NX PX`).
//!
//! - `lock inspect RESOURCE` (`inspect.rs`): one lock's token and remaining TTL.
//! - `lock inspect` without RESOURCE (`list.rs`): every lock held, through the scan-and-read
//!   engine ([`crate::client::walk`]), locks without a TTL first.
//! - `lock force-release` (`force_release.rs`): releases a lock left by a dead worker, only
//!   while it holds the token (and TTL) the operator saw ([`LOCK_COMPARE_AND_DELETE`]).
//!
//! What the leaves share is below: the lock as read ([`LockHolder`], also the JSON of a lock),
//! how one lock is read, and the table.
//!
//! [`LOCK_COMPARE_AND_DELETE`]: crate::client::scripts::LOCK_COMPARE_AND_DELETE

mod force_release;
mod inspect;
mod list;

pub use force_release::ForceReleaseArgs;
pub use inspect::InspectArgs;

use crate::client::{Client, reply_bytes, reply_int, ttl_ms};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{
    CELL_MAX, NamedBytes, Output, Report, add_row, bytes_cell, capped_bytes, cell, human_ms,
    show_bytes,
};
use clap::Subcommand;
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum LockCommand {
    /// Show one lock's token and remaining TTL, or every lock sorted by remaining TTL
    ///
    /// With RESOURCE, reads lock:{RESOURCE}: exit 4 when it is not held, 6 when the key is not a
    /// string. Without it, scans every primary for lock:* and lists each lock, locks without a
    /// TTL (which never free themselves) first.
    Inspect(InspectArgs),
    /// Release a lock left by a dead worker, only if its token is still the one seen
    ///
    /// Reads the current token and TTL, shows them, asks for confirmation (or --yes), writes an
    /// audit line, then deletes the key atomically only if the token is unchanged (a Lua
    /// compare-and-delete, never a plain DEL). If another worker took the lock in between,
    /// nothing is deleted and the exit code is 5.
    ForceRelease(ForceReleaseArgs),
}

pub async fn run(cmd: LockCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        LockCommand::Inspect(a) if a.resource.is_some() => inspect::run(a, ctx).await,
        LockCommand::Inspect(a) => list::run(a, ctx).await,
        LockCommand::ForceRelease(a) => force_release::run(a, ctx).await,
    }
}

/// A lock as read from Redis; in JSON `{resource, key, token, ttl_ms}` (bytes that are not
/// UTF-8 also as `*_hex`; `ttl_ms` null when the lock never expires).
#[derive(Debug, Clone, Serialize)]
pub struct LockHolder {
    #[serde(flatten)]
    pub resource: NamedBytes,
    #[serde(flatten)]
    pub key: NamedBytes,
    #[serde(flatten)]
    pub token: NamedBytes,
    /// Remaining time to live; `None` when the lock never expires.
    pub ttl_ms: Option<i64>,
}

impl LockHolder {
    pub fn new(resource: Vec<u8>, key: Vec<u8>, token: Vec<u8>, ttl_ms: Option<i64>) -> Self {
        LockHolder {
            resource: NamedBytes::new("resource", resource),
            key: NamedBytes::new("key", key),
            token: NamedBytes::new("token", token),
            ttl_ms,
        }
    }
}

/// `lock inspect RESOURCE`: the lock's row, and a hint when it never expires.
impl Report for LockHolder {
    fn render_table(&self, out: &Output) -> Result<()> {
        render_table(out, std::slice::from_ref(self), &[])?;
        if self.ttl_ms.is_none() {
            out.hint(&format!(
                "{} has no TTL: it will never free itself. If its worker is dead, release it with `redops lock force-release {}`",
                show_bytes(&self.key.bytes),
                show_bytes(&self.resource.bytes)
            ));
        }
        Ok(())
    }
}

/// A key under the lock pattern that is not a lock; in JSON `{key, error}`.
#[derive(Debug, Clone, Serialize)]
pub struct NotALock {
    #[serde(flatten)]
    pub key: NamedBytes,
    #[serde(rename = "error")]
    pub why: String,
}

/// A token as shown in a prompt, a message or a table: escaped, and a long one shortened with
/// its length and digest (a 50 MB token must not make a 50 MB prompt; JSON keeps it whole).
fn token_text(token: &[u8]) -> String {
    capped_bytes(token, CELL_MAX)
}

/// The three reads that describe one lock key, in one round trip.
fn read_cmds(key: &[u8]) -> Vec<redis::Cmd> {
    vec![
        redis::cmd("TYPE").arg(key).clone(),
        redis::cmd("GET").arg(key).clone(),
        redis::cmd("PTTL").arg(key).clone(),
    ]
}

/// Reads one lock: exit 4 when not held, 6 when the key is not a string.
async fn read_lock(client: &Client, resource: &[u8], key: &[u8]) -> Result<LockHolder> {
    let shown = show_bytes(key);
    let replies = client
        .batch(&read_cmds(key), &format!("reading {shown}"))
        .await?;
    let kind = replies.first().and_then(reply_bytes).unwrap_or_default();
    match kind.as_slice() {
        b"none" => Err(
            Error::not_found(format!("{shown} is not held (no such key)"))
                .hint("`redops lock inspect` lists every lock that is held"),
        ),
        b"string" => {
            let token = replies.get(1).and_then(reply_bytes).ok_or_else(|| {
                Error::not_found(format!("{shown} was released while it was being read"))
            })?;
            let pttl = replies.get(2).and_then(reply_int).unwrap_or(-1);
            Ok(LockHolder::new(
                resource.to_vec(),
                key.to_vec(),
                token,
                ttl_ms(pttl),
            ))
        }
        other => Err(Error::data(format!(
            "{shown} is a {}, not a lock (a string token)",
            show_bytes(other)
        ))
        .hint("check the lock key pattern; redops expects SET lock:{resource} <token> NX PX")),
    }
}

/// The locks table: one row per lock (a lock without a TTL flagged), then the keys under the
/// pattern that are not locks.
fn render_table(out: &Output, locks: &[LockHolder], odd: &[NotALock]) -> Result<()> {
    let mut t = out.new_table(&["resource", "key", "token", "ttl"]);
    for l in locks {
        let ttl = match l.ttl_ms {
            None => out.alert_cell("NO TTL: never expires"),
            Some(ms) => cell(human_ms(ms)),
        };
        add_row(
            &mut t,
            vec![
                bytes_cell(&l.resource.bytes),
                bytes_cell(&l.key.bytes),
                bytes_cell(&l.token.bytes),
                ttl,
            ],
        );
    }
    for o in odd {
        add_row(
            &mut t,
            vec![
                cell("-"),
                bytes_cell(&o.key.bytes),
                out.warn_cell(format!("not a lock: {}", o.why)),
                cell("-"),
            ],
        );
    }
    out.table(t)
}
