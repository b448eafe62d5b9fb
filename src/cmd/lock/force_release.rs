//! `redops lock force-release`: releases a lock left by a dead worker, only while it holds the
//! token the operator saw and was not extended since (a Lua compare-and-delete, never a plain
//! DEL), dry-runnable, confirmed and audited with the token it removes.

use super::{LockHolder, token_text};
use crate::audit_log::{Outcome, Status};
use crate::client::reply::{ttl_ms, value_int};
use crate::client::scripts::LOCK_COMPARE_AND_DELETE;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Output, Report, human_ms, parse_hex, show_bytes, to_json};
use crate::safety::{self, Gate, Plan, PriorItem};
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ForceReleaseArgs {
    /// The locked resource, e.g. withdrawal:42 for the key lock:withdrawal:42
    pub resource: String,

    /// Release only if the lock holds exactly this token
    #[arg(long, value_name = "TOKEN", conflicts_with = "token_hex")]
    pub token: Option<String>,

    /// Like --token, for a token that is not UTF-8, given as hex
    #[arg(long, value_name = "HEX")]
    pub token_hex: Option<String>,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

/// What `lock force-release` reports: the lock as it was read, whether it was released, and
/// `"dry_run": true` (only) for a dry run.
#[derive(Debug, Serialize)]
struct Released<'a> {
    #[serde(flatten)]
    lock: &'a LockHolder,
    released: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    dry_run: Option<bool>,
}

impl Report for Released<'_> {
    fn render_table(&self, out: &Output) -> Result<()> {
        out.say(&format!(
            "released {} (token {})\n",
            show_bytes(&self.lock.key.bytes),
            token_text(&self.lock.token.bytes)
        ))
    }
}

/// The `context` of the audit intent line: the resource as the operator named it.
#[derive(Debug, Serialize)]
struct ForceReleaseContext {
    resource: String,
}

/// How much longer than expected a lock's remaining TTL may be and still count as the one the
/// operator saw (clock granularity, the read's own round trip).
const TTL_TOLERANCE_MS: i64 = 250;

/// The largest remaining TTL a lock shown with `seen_ms` left, `elapsed_ms` ago, may have now
/// without having been extended; -1 (any) when it was shown without a TTL.
pub fn ttl_limit(seen_ms: Option<i64>, elapsed_ms: i64) -> i64 {
    match seen_ms {
        None => -1,
        Some(ms) => ms
            .saturating_sub(elapsed_ms)
            .max(0)
            .saturating_add(TTL_TOLERANCE_MS),
    }
}

/// Reads the lock (round trip 1), refuses when `--token` does not match, shows the plan, asks
/// (or `--yes`; `--dry-run` stops here), writes the audit line, then compare-and-deletes it
/// (round trip 2) only while it holds that token and was not extended since.
pub async fn run(args: ForceReleaseArgs, ctx: &Ctx) -> Result<()> {
    const COMMAND: &str = "lock force-release";
    safety::preflight(ctx, COMMAND)?;
    let expected = match (&args.token, &args.token_hex) {
        (Some(t), _) => Some(t.as_bytes().to_vec()),
        (None, Some(h)) => {
            Some(parse_hex(h).map_err(|e| Error::usage(format!("--token-hex: {e}")))?)
        }
        (None, None) => None,
    };
    let resource = args.resource.into_bytes();
    let key = ctx
        .settings
        .keyspace
        .lock
        .render(&[("resource", &resource)]);
    let shown = show_bytes(&key);
    let client = ctx.connect_for_writes().await?;

    // Round trip 1: what the operator is shown and what the change is conditional on.
    let lock = super::read_lock(&client, &resource, &key).await?;
    let read_at = std::time::Instant::now();
    if let Some(exp) = &expected
        && *exp != lock.token.bytes
    {
        return Err(Error::refused(format!(
            "{shown} is held by token {}, not {}; nothing was released",
            token_text(&lock.token.bytes),
            token_text(exp)
        ))
        .hint("another worker holds the lock now; inspect it again before releasing"));
    }
    let ttl_text = lock
        .ttl_ms
        .map(|ms| format!("{} left", human_ms(ms)))
        .unwrap_or_else(|| "no TTL".into());
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "release {shown} held by token {} ({ttl_text})",
            token_text(&lock.token.bytes)
        ),
        items: vec![PriorItem::String {
            key: key.clone(),
            value: lock.token.bytes.clone(),
            ttl_ms: lock.ttl_ms,
        }],
        context: to_json(&ForceReleaseContext {
            resource: show_bytes(&resource),
        })?,
    };
    let report = |released: bool, dry_run: bool| Released {
        lock: &lock,
        released,
        dry_run: dry_run.then_some(true),
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => return safety::report_dry_run(ctx, &plan, &report(false, true)),
        Gate::Proceed(id) => id,
    };

    // Round trip 2: compare-and-delete, atomically, only if not extended since it was shown.
    let elapsed = i64::try_from(read_at.elapsed().as_millis()).unwrap_or(i64::MAX);
    let limit = ttl_limit(lock.ttl_ms, elapsed).to_string();
    let outcome = LOCK_COMPARE_AND_DELETE
        .write(
            &client,
            &[&key],
            &[&lock.token.bytes, limit.as_bytes()],
            &format!("releasing {shown}"),
        )
        .await;
    let (code, pttl) = match outcome {
        Ok(redis::Value::Array(v)) if v.len() == 2 => (
            value_int(&v[0]).unwrap_or(i64::MIN),
            value_int(&v[1]).unwrap_or(-2),
        ),
        Ok(other) => (i64::MIN, value_int(&other).unwrap_or(-2)),
        Err(e) => {
            safety::record_outcome(ctx, &id, safety::write_failure(&e));
            return Err(e);
        }
    };
    // The TTL the lock had when the script looked at it: null when it had none, absent when gone.
    let ttl_at_release = ttl_ms(pttl);
    match code {
        1 => {
            safety::record_outcome(
                ctx,
                &id,
                Outcome::new(Status::Released)
                    .with("ttl_ms_at_release", ttl_at_release)
                    .removed(&plan.items),
            );
            ctx.out.emit(&report(true, false))
        }
        0 => {
            safety::record_outcome(ctx, &id, Outcome::new(Status::TokenChanged).removed([]));
            Err(Error::refused(format!("the token of {shown} changed since it was read: another worker holds it now; nothing was released"))
                .hint("run `redops lock inspect` again to see the new holder"))
        }
        2 => {
            let now = ttl_ms(pttl)
                .map(|ms| format!("{} left", human_ms(ms)))
                .unwrap_or_else(|| "no TTL".into());
            safety::record_outcome(
                ctx,
                &id,
                Outcome::new(Status::Extended)
                    .with("ttl_ms_at_release", ttl_at_release)
                    .removed([]),
            );
            Err(Error::refused(format!(
                "{shown} was extended since it was read ({ttl_text} then, {now} now): its holder is alive and refreshing it; nothing was released"
            ))
            .hint("a live holder must not be overridden; if it is stuck anyway, inspect it again and release it with the new TTL in view"))
        }
        -1 => {
            safety::record_outcome(ctx, &id, Outcome::new(Status::Gone).removed([]));
            Err(Error::not_found(format!(
                "{shown} expired or was released since it was read; nothing to release"
            )))
        }
        other => {
            safety::record_outcome(
                ctx,
                &id,
                Outcome::new(Status::Unexpected)
                    .with("reply", other)
                    .removed([]),
            );
            Err(Error::data(format!(
                "unexpected reply {other} from the compare-and-delete script for {shown}; the lock may or may not have been released"
            ))
            .hint("run `redops lock inspect` to see whether it is still held"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_counts_as_extended_only_beyond_what_was_shown_minus_elapsed() {
        assert_eq!(
            ttl_limit(None, 10),
            -1,
            "shown without a TTL: any TTL now is shorter"
        );
        assert_eq!(ttl_limit(Some(5_000), 1_000), 4_000 + TTL_TOLERANCE_MS);
        assert_eq!(ttl_limit(Some(5_000), 60_000), TTL_TOLERANCE_MS);
        assert_eq!(ttl_limit(Some(i64::MAX), i64::MIN), i64::MAX);
    }

    #[test]
    fn the_report_is_the_lock_then_released_then_dry_run_only_when_dry() {
        let lock = LockHolder::new(b"r".to_vec(), b"lock:r".to_vec(), b"t".to_vec(), Some(5));
        let done = Released {
            lock: &lock,
            released: true,
            dry_run: None,
        };
        assert_eq!(
            serde_json::to_string(&done).unwrap(),
            r#"{"resource":"r","key":"lock:r","token":"t","ttl_ms":5,"released":true}"#
        );
        let dry = Released {
            lock: &lock,
            released: false,
            dry_run: Some(true),
        };
        assert!(
            serde_json::to_string(&dry)
                .unwrap()
                .ends_with(r#""released":false,"dry_run":true}"#)
        );
    }
}
