//! `redops lock inspect` / `lock force-release`: distributed locks (`SET lock:{resource} <token> NX PX`).

use crate::cli::lock::{ForceReleaseArgs, InspectArgs, LockCommand};
use crate::client::{
    Client, Prefetch, Reply, ScanOptions, is_wrongtype, reply_bytes, reply_int, ttl_ms,
};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{
    CELL_MAX, add_row, bytes_cell, capped_bytes, cell, human_ms, parse_hex, put_bytes, show_bytes,
};
use crate::safety::{self, Gate, Plan, PriorItem};
use serde_json::{Map, Value, json};

/// Compare-and-delete: deletes the lock only while it holds the token the operator saw AND has
/// not been extended since: its remaining TTL (PTTL) must not exceed ARGV[2] (what was shown,
/// minus the time since, plus a small tolerance; -1 when it was shown without a TTL, which
/// then accepts any). A holder that refreshed its lock is alive: it is not overridden.
/// Returns {code, pttl}: code 1 deleted, 0 another token holds it, -1 the key is gone,
/// 2 extended (kept); pttl is the TTL observed at that moment.
const COMPARE_AND_DELETE: &str = r"
local v = redis.call('GET', KEYS[1])
if v == false then return {-1, -2} end
local pttl = redis.call('PTTL', KEYS[1])
if v ~= ARGV[1] then return {0, pttl} end
local limit = tonumber(ARGV[2])
if limit >= 0 and (pttl == -1 or pttl > limit) then return {2, pttl} end
redis.call('DEL', KEYS[1])
return {1, pttl}
";

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

/// A token as shown in a prompt, a message or a table: escaped, and a long one shortened with
/// its length and digest (a 50 MB token must not make a 50 MB prompt; JSON keeps it whole).
fn token_text(token: &[u8]) -> String {
    capped_bytes(token, CELL_MAX)
}

/// A lock as read from Redis.
#[derive(Debug, Clone)]
pub struct LockHolder {
    pub resource: Vec<u8>,
    pub key: Vec<u8>,
    pub token: Vec<u8>,
    /// Remaining time to live; `None` when the lock never expires.
    pub ttl_ms: Option<i64>,
}

impl LockHolder {
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        put_bytes(&mut m, "resource", &self.resource);
        put_bytes(&mut m, "key", &self.key);
        put_bytes(&mut m, "token", &self.token);
        m.insert("ttl_ms".into(), json!(self.ttl_ms));
        Value::Object(m)
    }
}

pub async fn run(cmd: LockCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        LockCommand::Inspect(a) if a.resource.is_some() => inspect_one(a, ctx).await,
        LockCommand::Inspect(a) => inspect_all(a, ctx).await,
        LockCommand::ForceRelease(a) => force_release(a, ctx).await,
    }
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
            Ok(LockHolder {
                resource: resource.to_vec(),
                key: key.to_vec(),
                token,
                ttl_ms: ttl_ms(pttl),
            })
        }
        other => Err(Error::data(format!(
            "{shown} is a {}, not a lock (a string token)",
            show_bytes(other)
        ))
        .hint("check the lock key pattern; redops expects SET lock:{resource} <token> NX PX")),
    }
}

async fn inspect_one(args: InspectArgs, ctx: &Ctx) -> Result<()> {
    let resource = args.resource.unwrap_or_default().into_bytes();
    let key = ctx
        .settings
        .keyspace
        .lock
        .render(&[("resource", &resource)]);
    // Set-up and reads in one round trip on a standalone server.
    let client = ctx
        .connect_reading(Prefetch::default().batch(&read_cmds(&key)))
        .await?;
    let lock = read_lock(&client, &resource, &key).await?;
    if ctx.out.is_table() {
        render_table(ctx, std::slice::from_ref(&lock), &[])?;
        if lock.ttl_ms.is_none() {
            ctx.out.hint(&format!(
                "{} has no TTL: it will never free itself. If its worker is dead, release it with `redops lock force-release {}`",
                show_bytes(&lock.key),
                show_bytes(&lock.resource)
            ));
        }
        Ok(())
    } else {
        ctx.out.json(&lock.to_json())
    }
}

/// A key under the lock pattern that is not a lock.
struct NotALock {
    key: Vec<u8>,
    why: String,
}

async fn inspect_all(args: InspectArgs, ctx: &Ctx) -> Result<()> {
    let ks = &ctx.settings.keyspace;
    if let Some(p) = &args.pattern {
        crate::keyspace::check_glob(p).map_err(|e| Error::usage(format!("--pattern: {e}")))?;
    }
    let glob = match &args.pattern {
        // The operator typed a key pattern (lock:kyc:*), not a resource pattern (kyc:*): the
        // pattern is matched against the keys as typed, and a note says how it was read.
        Some(p) if ks.lock.extract(p.as_bytes()).is_some() => {
            ctx.out.warn(&format!(
                "--pattern matches the resource (the {{resource}} of {}); '{p}' is a key pattern, \
                 so it is used as the key pattern itself",
                ks.lock
            ));
            p.clone().into_bytes()
        }
        Some(p) => ks.lock.glob(&[("resource", p.as_bytes())], true),
        None => ks.lock.glob(&[], false),
    };
    let client = ctx.connect().await?;
    let mut scan = super::KeyScan::start(
        ctx,
        &client,
        &ScanOptions {
            pattern: Some(glob.clone()),
            ..super::scan_options(&args.scan)
        },
    )
    .await;
    let mut locks = Vec::new();
    let mut odd = Vec::new();
    while let Some(batch) = scan.next(ctx).await? {
        let cmds: Vec<redis::Cmd> = batch
            .keys
            .iter()
            .flat_map(|k| {
                [
                    redis::cmd("GET").arg(k).clone(),
                    redis::cmd("PTTL").arg(k).clone(),
                ]
            })
            .collect();
        let replies = client.batch_on(&batch.node, &cmds, "reading locks").await?;
        for (key, pair) in batch.keys.into_iter().zip(replies.chunks(2)) {
            collect_lock(ctx, key, pair, &mut locks, &mut odd)?;
        }
    }
    let coverage = scan.finish(ctx, &client).await;
    sort_locks(&mut locks);
    if ctx.out.is_table() {
        if locks.is_empty() && odd.is_empty() {
            ctx.out.hint(&format!(
                "no locks are held (no key matches {}{})",
                show_bytes(&glob),
                ctx.settings.db_note()
            ));
        } else {
            render_table(ctx, &locks, &odd)?;
        }
    } else {
        let mut items: Vec<Value> = locks.iter().map(LockHolder::to_json).collect();
        items.extend(odd.iter().map(|o| {
            let mut m = Map::new();
            put_bytes(&mut m, "key", &o.key);
            m.insert("error".into(), json!(o.why));
            Value::Object(m)
        }));
        ctx.out.list(&items, || unreachable!("not a table"))?;
    }
    for o in &odd {
        ctx.out.warn(&format!(
            "{} is under the lock pattern but {}; skipped",
            show_bytes(&o.key),
            o.why
        ));
    }
    coverage.conclude(ctx)
}

fn collect_lock(
    ctx: &Ctx,
    key: Vec<u8>,
    pair: &[Reply],
    locks: &mut Vec<LockHolder>,
    odd: &mut Vec<NotALock>,
) -> Result<()> {
    let (Some(get), Some(pttl)) = (pair.first(), pair.get(1)) else {
        return Ok(());
    };
    if is_wrongtype(get) {
        odd.push(NotALock {
            key,
            why: "is not a string (WRONGTYPE)".into(),
        });
        return Ok(());
    }
    if let Err(e) = get {
        // Not "gone": the server could not answer for this key (CLUSTERDOWN, LOADING, ...).
        return Err(Error::redis(
            e.clone(),
            &format!("reading {}", show_bytes(&key)),
        ));
    }
    let Some(token) = reply_bytes(get) else {
        return Ok(()); // released between SCAN and GET: not held any more
    };
    let resource = ctx
        .settings
        .keyspace
        .lock
        .extract_one(&key, "resource")
        .unwrap_or_else(|| key.clone());
    locks.push(LockHolder {
        resource,
        key,
        token,
        ttl_ms: ttl_ms(reply_int(pttl).unwrap_or(-1)),
    });
    Ok(())
}

/// Locks without a TTL first (they never free themselves), then by remaining TTL.
pub fn sort_locks(locks: &mut [LockHolder]) {
    locks.sort_by(|a, b| match (a.ttl_ms, b.ttl_ms) {
        (None, None) => a.key.cmp(&b.key),
        (None, Some(_)) => std::cmp::Ordering::Less,
        (Some(_), None) => std::cmp::Ordering::Greater,
        (Some(x), Some(y)) => x.cmp(&y).then_with(|| a.key.cmp(&b.key)),
    });
}

fn render_table(ctx: &Ctx, locks: &[LockHolder], odd: &[NotALock]) -> Result<()> {
    let mut t = ctx.out.new_table(&["resource", "key", "token", "ttl"]);
    for l in locks {
        let ttl = match l.ttl_ms {
            None => ctx.out.alert_cell("NO TTL: never expires"),
            Some(ms) => cell(human_ms(ms)),
        };
        add_row(
            &mut t,
            vec![
                bytes_cell(&l.resource),
                bytes_cell(&l.key),
                bytes_cell(&l.token),
                ttl,
            ],
        );
    }
    for o in odd {
        add_row(
            &mut t,
            vec![
                cell("-"),
                bytes_cell(&o.key),
                ctx.out.warn_cell(format!("not a lock: {}", o.why)),
                cell("-"),
            ],
        );
    }
    ctx.out.table(t)
}

async fn force_release(args: ForceReleaseArgs, ctx: &Ctx) -> Result<()> {
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
    let lock = read_lock(&client, &resource, &key).await?;
    let read_at = std::time::Instant::now();
    if let Some(exp) = &expected
        && *exp != lock.token
    {
        return Err(Error::refused(format!(
            "{shown} is held by token {}, not {}; nothing was released",
            token_text(&lock.token),
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
            token_text(&lock.token)
        ),
        items: vec![PriorItem::String {
            key: key.clone(),
            value: lock.token.clone(),
            ttl_ms: lock.ttl_ms,
        }],
        context: json!({ "resource": show_bytes(&resource) }),
    };
    let report = |released: bool, dry_run: bool| {
        let mut v = lock.to_json();
        if let Value::Object(m) = &mut v {
            m.insert("released".into(), json!(released));
            if dry_run {
                m.insert("dry_run".into(), json!(true));
            }
        }
        v
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => return safety::report_dry_run_with(ctx, &plan, || report(false, true)),
        Gate::Proceed(id) => id,
    };

    // Round trip 2: compare-and-delete, atomically, only if not extended since it was shown.
    let elapsed = i64::try_from(read_at.elapsed().as_millis()).unwrap_or(i64::MAX);
    let limit = ttl_limit(lock.ttl_ms, elapsed).to_string();
    let outcome = client
        .write_script(
            COMPARE_AND_DELETE,
            &[&key],
            &[&lock.token, limit.as_bytes()],
            &format!("releasing {shown}"),
        )
        .await;
    let (code, pttl) = match outcome {
        Ok(redis::Value::Array(v)) if v.len() == 2 => (
            reply_int(&Ok(v[0].clone())).unwrap_or(i64::MIN),
            reply_int(&Ok(v[1].clone())).unwrap_or(-2),
        ),
        Ok(other) => (i64::MIN, reply_int(&Ok(other)).unwrap_or(-2)),
        Err(e) => {
            safety::record_outcome(ctx, &id, safety::failure_outcome(&e));
            return Err(e);
        }
    };
    // The TTL the lock had when the script looked at it: null when it had none, absent when gone.
    let ttl_at_release = json!(ttl_ms(pttl));
    match code {
        1 => {
            safety::record_outcome(
                ctx,
                &id,
                json!({
                    "status": "released",
                    "ttl_ms_at_release": ttl_at_release,
                    "removed": safety::removed_json(&plan.items),
                }),
            );
            if ctx.out.is_table() {
                ctx.out.say(&format!(
                    "released {shown} (token {})\n",
                    token_text(&lock.token)
                ))
            } else {
                ctx.out.json(&report(true, false))
            }
        }
        0 => {
            safety::record_outcome(ctx, &id, json!({"status": "token_changed", "removed": []}));
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
                json!({"status": "extended", "ttl_ms_at_release": ttl_at_release, "removed": []}),
            );
            Err(Error::refused(format!(
                "{shown} was extended since it was read ({ttl_text} then, {now} now): its holder is alive and refreshing it; nothing was released"
            ))
            .hint("a live holder must not be overridden; if it is stuck anyway, inspect it again and release it with the new TTL in view"))
        }
        -1 => {
            safety::record_outcome(ctx, &id, json!({"status": "gone", "removed": []}));
            Err(Error::not_found(format!(
                "{shown} expired or was released since it was read; nothing to release"
            )))
        }
        other => {
            safety::record_outcome(
                ctx,
                &id,
                json!({"status": "unexpected", "reply": other, "removed": []}),
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

    fn l(key: &str, ttl: Option<i64>) -> LockHolder {
        LockHolder {
            resource: key.into(),
            key: key.into(),
            token: b"t".to_vec(),
            ttl_ms: ttl,
        }
    }

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
    fn locks_without_ttl_come_first_then_by_ttl() {
        let mut v = vec![
            l("c", Some(500)),
            l("a", None),
            l("b", Some(20)),
            l("d", None),
        ];
        sort_locks(&mut v);
        let keys: Vec<_> = v
            .iter()
            .map(|x| String::from_utf8_lossy(&x.key).into_owned())
            .collect();
        assert_eq!(keys, ["a", "d", "b", "c"]);
    }
}
