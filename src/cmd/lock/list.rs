//! `redops lock inspect` without RESOURCE: every lock held, locks without a TTL first, through
//! the scan-and-read engine (the exemplar of a read-only keyspace command: what to read per
//! key, how to fold it, the report).

use super::{InspectArgs, LockHolder, NotALock, render_table};
use crate::client::walk::{Walk, Walked};
use crate::client::{Reply, ScanOptions, is_wrongtype, reply_bytes, reply_int, ttl_ms};
use crate::cmd::scan_options;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{NamedBytes, show_bytes};
use serde::Serialize;

/// One item of the JSON list: a lock, or a key under the pattern that is not one.
#[derive(Serialize)]
#[serde(untagged)]
enum ListItem<'a> {
    Lock(&'a LockHolder),
    NotALock(&'a NotALock),
}

pub async fn run(args: InspectArgs, ctx: &Ctx) -> Result<()> {
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
    let opts = ScanOptions {
        pattern: Some(glob.clone()),
        ..scan_options(&args.scan)
    };
    // Per lock key: its token and remaining TTL, one pipeline per SCAN batch.
    let Walked {
        value: (mut locks, odd),
        coverage,
    } = Walk::new(ctx, &client, opts)
        .keys(
            (Vec::new(), Vec::new()),
            "reading locks",
            |k| {
                vec![
                    redis::cmd("GET").arg(k).clone(),
                    redis::cmd("PTTL").arg(k).clone(),
                ]
            },
            |(locks, odd), key, pair, _node| collect_lock(ctx, key, pair, locks, odd),
        )
        .await?;
    sort_locks(&mut locks);
    let items: Vec<ListItem> = locks
        .iter()
        .map(ListItem::Lock)
        .chain(odd.iter().map(ListItem::NotALock))
        .collect();
    ctx.out.emit_list(&items, || {
        if locks.is_empty() && odd.is_empty() {
            ctx.out.hint(&format!(
                "no locks are held (no key matches {}{})",
                show_bytes(&glob),
                ctx.settings.db_note()
            ));
            Ok(())
        } else {
            render_table(&ctx.out, &locks, &odd)
        }
    })?;
    for o in &odd {
        ctx.out.warn(&format!(
            "{} is under the lock pattern but {}; skipped",
            show_bytes(&o.key.bytes),
            o.why
        ));
    }
    coverage.conclude(ctx)
}

/// Folds one key's `GET` and `PTTL`: a lock, a key that is not a string, or nothing (released
/// since the scan saw it). Another server error for the key ends the command.
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
            key: NamedBytes::new("key", key),
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
    locks.push(LockHolder::new(
        resource,
        key,
        token,
        ttl_ms(reply_int(pttl).unwrap_or(-1)),
    ));
    Ok(())
}

/// Locks without a TTL first (they never free themselves), then by remaining TTL.
pub fn sort_locks(locks: &mut [LockHolder]) {
    locks.sort_by(|a, b| match (a.ttl_ms, b.ttl_ms) {
        (None, None) => a.key.bytes.cmp(&b.key.bytes),
        (None, Some(_)) => std::cmp::Ordering::Less,
        (Some(_), None) => std::cmp::Ordering::Greater,
        (Some(x), Some(y)) => x.cmp(&y).then_with(|| a.key.bytes.cmp(&b.key.bytes)),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(key: &str, ttl: Option<i64>) -> LockHolder {
        LockHolder::new(key.into(), key.into(), b"t".to_vec(), ttl)
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
            .map(|x| String::from_utf8_lossy(&x.key.bytes).into_owned())
            .collect();
        assert_eq!(keys, ["a", "d", "b", "c"]);
    }

    #[test]
    fn list_items_serialize_as_before() {
        let lock = LockHolder::new(b"r".to_vec(), b"lock:r".to_vec(), vec![b't', 0xff], None);
        let odd = NotALock {
            key: NamedBytes::new("key", b"lock:h".to_vec()),
            why: "is not a string (WRONGTYPE)".into(),
        };
        let items = [ListItem::Lock(&lock), ListItem::NotALock(&odd)];
        assert_eq!(
            serde_json::to_string(&items).unwrap(),
            r#"[{"resource":"r","key":"lock:r","token":"t\\xff","token_hex":"74ff","ttl_ms":null},{"key":"lock:h","error":"is not a string (WRONGTYPE)"}]"#
        );
    }
}
