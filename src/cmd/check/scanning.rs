//! The checks that walk the keyspace: locks, sessions and rate-limit sets without a TTL,
//! stuck stream entries, consumer lag, dead letters and (opt-in) big keys, from one scan.

use super::{CheckResult, Status, Thresholds};
use crate::client::reply::{items, value_bytes, value_int, xinfo_groups};
use crate::client::walk::Coverage;
use crate::client::walk::{Step, Walk};
use crate::client::{Client, Feature, Node, Reply, ScanBatch, ScanOptions, reply_bytes, reply_int};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::keyspace::glob_match;
use crate::output::{human_bytes, human_ms, show_bytes};
use serde_json::json;

/// How many keys had a problem, and the first few of them (to name in the message).
#[derive(Default)]
struct Examples {
    count: u64,
    names: Vec<String>,
}

impl Examples {
    fn push(&mut self, name: impl FnOnce() -> String) {
        self.count += 1;
        if self.names.len() < 6 {
            self.names.push(name());
        }
    }
    fn is_empty(&self) -> bool {
        self.count == 0
    }
    /// The first five, then "…" when there are more.
    fn list(&self) -> String {
        let mut s: Vec<&str> = self.names.iter().take(5).map(String::as_str).collect();
        if self.count > 5 {
            s.push("…");
        }
        s.join(", ")
    }
}

/// What the walk folds into: the findings, the keys seen on each node (a node that returned
/// fewer than the sample size was scanned to its end), and whether the session fields' own
/// TTLs are read (Redis 7.4+, as long as this user may run EVAL_RO).
struct Walking {
    f: KeyspaceFindings,
    per_node: std::collections::HashMap<String, u64>,
    field_ttls: bool,
}

/// What the sampled scan found, per kind of key.
#[derive(Default)]
struct KeyspaceFindings {
    visited: u64,
    complete: bool,
    total_keys: u64,
    locks: u64,
    locks_no_ttl: Examples,
    locks_long: Examples,
    longest_lock_ms: Option<i64>,
    sessions: u64,
    sessions_no_ttl: Examples,
    /// Session fields that never expire: no TTL of their own (Redis 7.4+) in a hash without one.
    session_fields_no_ttl: u64,
    ratelimits: u64,
    ratelimits_no_ttl: Examples,
    streams: Vec<(Node, Vec<u8>)>,
    big: Examples,
    biggest: Option<u64>,
}

pub(super) async fn check_keyspace(
    ctx: &Ctx,
    client: &Client,
    th: &Thresholds,
    scan: &crate::cli::ScanArgs,
) -> Result<(Vec<CheckResult>, Coverage)> {
    let f = KeyspaceFindings {
        total_keys: client.dbsize().await?,
        ..Default::default()
    };
    let ks = &ctx.settings.keyspace;
    let sample = th.sample;
    let width = if th.bigkeys { 3 } else { 2 };
    // One walk over every node in parallel (the engine, paced by --scan-count, --max-rate,
    // --sleep and the latency budget), reading TYPE and PTTL (and MEMORY USAGE with --bigkeys)
    // of every key seen in one pipeline per SCAN batch. With --sample N, N keys per node. Two
    // batches per node in flight: the server answers one while the next is folded (one under
    // a latency budget).
    let walked = Walk::new(
        ctx,
        client,
        ScanOptions {
            max_keys_per_node: sample,
            ..crate::cmd::scan_options(scan)
        },
    )
    .in_flight(2 * client.nodes().len().max(1))
    .run(
        Walking {
            f,
            per_node: Default::default(),
            // With per-field TTLs, a session hash without a TTL is fine when each of its
            // fields has one.
            field_ttls: client.has(Feature::HashFieldTtl),
        },
        |batch: ScanBatch| async move {
            let mut cmds = Vec::with_capacity(batch.keys.len() * width);
            for k in &batch.keys {
                cmds.push(redis::cmd("TYPE").arg(k).clone());
                cmds.push(redis::cmd("PTTL").arg(k).clone());
                if th.bigkeys {
                    cmds.push(redis::cmd("MEMORY").arg("USAGE").arg(k).clone());
                }
            }
            let replies = client
                .batch_on(&batch.node, &cmds, "reading key types and TTLs")
                .await?;
            Ok((batch, replies))
        },
        async |w: &mut Walking, (batch, replies): (ScanBatch, Vec<Reply>)| {
            *w.per_node.entry(batch.node.addr.clone()).or_default() += batch.keys.len() as u64;
            let mut hashes_no_ttl: Vec<Vec<u8>> = Vec::new();
            for (key, replies) in batch.keys.into_iter().zip(replies.chunks(width)) {
                w.f.visited += 1;
                let kind = replies.first().and_then(reply_bytes).unwrap_or_default();
                let pttl = replies.get(1).and_then(reply_int).unwrap_or(-2);
                match kind.as_slice() {
                    b"string" if ks.lock.extract(&key).is_some() => {
                        w.f.locks += 1;
                        if pttl == -1 {
                            w.f.locks_no_ttl.push(|| show_bytes(&key));
                        } else if pttl > th.max_lock_ttl.as_millis() as i64 {
                            w.f.longest_lock_ms = w.f.longest_lock_ms.max(Some(pttl));
                            w.f.locks_long
                                .push(|| format!("{} ({})", show_bytes(&key), human_ms(pttl)));
                        }
                    }
                    b"hash" if ks.sessions.extract(&key).is_some() => {
                        w.f.sessions += 1;
                        if pttl == -1 {
                            hashes_no_ttl.push(key.clone());
                        }
                    }
                    b"zset" if ks.ratelimit.extract(&key).is_some() => {
                        w.f.ratelimits += 1;
                        if pttl == -1 {
                            w.f.ratelimits_no_ttl.push(|| show_bytes(&key));
                        }
                    }
                    b"stream" => w.f.streams.push((batch.node.clone(), key.clone())),
                    _ => {}
                }
                if th.bigkeys
                    && let Some(bytes) = replies
                        .get(2)
                        .and_then(reply_int)
                        .filter(|b| *b as u64 > th.max_key_bytes)
                {
                    w.f.biggest = w.f.biggest.max(Some(bytes as u64));
                    w.f.big
                        .push(|| format!("{} ({})", show_bytes(&key), human_bytes(bytes as u64)));
                }
            }
            let counts = if w.field_ttls && !hashes_no_ttl.is_empty() {
                let c =
                    crate::cmd::session::fields_without_ttl(client, &batch.node, &hashes_no_ttl)
                        .await?;
                if c.is_none() {
                    // This user may not run EVAL_RO: judge the hashes' TTLs alone, as before 7.4.
                    ctx.out.warn(
                        "sessions_ttl: the session fields' own TTLs cannot be read by this user \
                         (EVAL_RO refused): a session hash without a TTL counts as never expiring",
                    );
                    w.field_ttls = false;
                }
                c
            } else {
                None
            };
            if let Some(counts) = counts {
                for (key, (fields, forever)) in hashes_no_ttl.iter().zip(counts) {
                    if forever > 0 {
                        w.f.session_fields_no_ttl += forever;
                        w.f.sessions_no_ttl
                            .push(|| format!("{} ({forever} of {fields} fields)", show_bytes(key)));
                    }
                }
            } else {
                for key in &hashes_no_ttl {
                    w.f.sessions_no_ttl.push(|| show_bytes(key));
                }
            }
            Ok(Step::Go)
        },
    )
    .await?;
    let Walking {
        mut f,
        per_node,
        field_ttls,
    } = walked.value;
    let coverage = walked.coverage;
    if coverage.interrupted {
        return Err(Error::interrupted());
    }
    // A node whose scan returned fewer keys than the sample size was scanned to the end.
    let sampled = match sample {
        None => false,
        // (By the nodes scanned: the primaries, or their replicas with --replicas.)
        Some(max) => per_node.values().any(|&n| n >= max),
    };
    f.complete = !sampled && !coverage.partial();
    let scope = if f.complete {
        format!("all {} keys", f.visited)
    } else if sampled {
        format!(
            "a sample of {} of {} keys (without --sample, every key is checked)",
            f.visited, f.total_keys
        )
    } else {
        format!(
            "the {} keys of the nodes that could be scanned (partial)",
            f.visited
        )
    };
    let mut out = Vec::new();
    let complete = f.complete;
    let pass_if = |empty: bool| match (empty, complete) {
        (true, true) => Status::Pass,
        (true, false) => Status::PassSampled,
        (false, _) => Status::Fail,
    };
    out.push(CheckResult::new(
        "locks_without_ttl",
        pass_if(f.locks_no_ttl.is_empty()),
        json!(f.locks_no_ttl.count),
        json!(0),
        if f.locks_no_ttl.is_empty() {
            format!("{} locks in {scope}", f.locks)
        } else {
            format!(
                "locks that never expire: {} (redops lock force-release)",
                f.locks_no_ttl.list()
            )
        },
    ));
    out.push(CheckResult::new(
        "lock_ttl",
        pass_if(f.locks_long.is_empty()),
        json!(f.longest_lock_ms.map(human_ms)),
        json!(format!(
            "<= {}",
            crate::output::exact_duration(th.max_lock_ttl)
        )),
        if f.locks_long.is_empty() {
            format!("no lock held longer than the limit in {scope}")
        } else {
            format!("locks with too long a TTL: {}", f.locks_long.list())
        },
    ));
    for (name, count, missing, what) in [
        (
            "sessions_ttl",
            f.sessions,
            &f.sessions_no_ttl,
            "session hashes",
        ),
        (
            "ratelimit_ttl",
            f.ratelimits,
            &f.ratelimits_no_ttl,
            "rate-limit sets",
        ),
    ] {
        out.push(CheckResult::new(
            name,
            pass_if(missing.is_empty()),
            json!(missing.count),
            json!(0),
            if missing.is_empty() {
                format!("{count} {what} in {scope}, all with a TTL")
            } else if name == "sessions_ttl" && field_ttls {
                format!(
                    "{what} without a TTL grow forever: {} session field(s) with no TTL of their own either: {}",
                    f.session_fields_no_ttl,
                    missing.list()
                )
            } else {
                format!("{what} without a TTL grow forever: {}", missing.list())
            },
        ));
    }
    out.extend(check_streams(client, th, &f.streams, &scope, f.complete).await?);
    if th.bigkeys {
        out.push(CheckResult::new(
            "big_keys",
            pass_if(f.big.is_empty()),
            json!(f.biggest),
            json!(format!("<= {}", th.max_key_bytes)),
            if f.big.is_empty() {
                format!("no key over the limit in {scope}")
            } else {
                format!("big keys: {}", f.big.list())
            },
        ));
    }
    Ok((out, coverage))
}

/// Pending entries idle too long, consumer-group lag, dead-letter streams: XINFO GROUPS and
/// XLEN per stream (one pipeline per node), then XPENDING with IDLE per group (one more).
async fn check_streams(
    client: &Client,
    th: &Thresholds,
    streams: &[(Node, Vec<u8>)],
    scope: &str,
    complete: bool,
) -> Result<Vec<CheckResult>> {
    let pass_if = |ok: bool| match (ok, complete) {
        (true, true) => Status::Pass,
        (true, false) => Status::PassSampled,
        (false, _) => Status::Fail,
    };
    let mut groups: Vec<GroupSeen> = Vec::new();
    let mut dead_letters: Vec<(String, i64)> = Vec::new();
    // The nodes the streams were scanned on (the primaries, or their replicas with --replicas).
    let mut nodes: Vec<&Node> = Vec::new();
    for (n, _) in streams {
        if !nodes.iter().any(|m| m.addr == n.addr) {
            nodes.push(n);
        }
    }
    for &node in &nodes {
        let mine: Vec<&Vec<u8>> = streams
            .iter()
            .filter(|(n, _)| n.addr == node.addr)
            .map(|(_, s)| s)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let cmds: Vec<redis::Cmd> = mine
            .iter()
            .flat_map(|s| {
                [
                    redis::cmd("XINFO").arg("GROUPS").arg(s.as_slice()).clone(),
                    redis::cmd("XLEN").arg(s.as_slice()).clone(),
                ]
            })
            .collect();
        let replies = client
            .batch_on(node, &cmds, "reading stream groups")
            .await?;
        for (s, r) in mine.iter().zip(replies.chunks(2)) {
            if glob_match(th.dead_letter_pattern.as_bytes(), s)
                && let Some(len) = r.get(1).and_then(reply_int)
            {
                dead_letters.push((show_bytes(s), len));
            }
            // (A reply that is not a list of named groups is skipped, as the key is.)
            if let Some(Ok(v)) = r.first() {
                for g in xinfo_groups(v).unwrap_or_default() {
                    groups.push(GroupSeen {
                        node: node.clone(),
                        stream: (*s).clone(),
                        name: g.name,
                        lag: g.lag,
                    });
                }
            }
        }
    }
    let idle_ms = th.max_pending_idle.as_millis() as u64;
    let mut stuck = Vec::new();
    for node in &nodes {
        let node = *node;
        let mine: Vec<&GroupSeen> = groups.iter().filter(|g| g.node.addr == node.addr).collect();
        if mine.is_empty() {
            continue;
        }
        let cmds: Vec<redis::Cmd> = mine
            .iter()
            .map(|g| {
                redis::cmd("XPENDING")
                    .arg(g.stream.as_slice())
                    .arg(g.name.as_slice())
                    .arg("IDLE")
                    .arg(idle_ms)
                    .arg("-")
                    .arg("+")
                    .arg(1)
                    .clone()
            })
            .collect();
        let replies = client
            .batch_on(node, &cmds, "reading pending entries")
            .await?;
        for (g, r) in mine.iter().zip(replies) {
            if let Ok(v) = &r
                && let Some(first) = items(v).first()
            {
                // [id, consumer, idle_ms, deliveries]: the consumer holding it is stuck,
                // whatever its own idle time (it may keep polling).
                let parts = items(first);
                let text = |i: usize| {
                    parts
                        .get(i)
                        .and_then(value_bytes)
                        .map(|b| show_bytes(&b))
                        .unwrap_or_default()
                };
                let (id, consumer) = (text(0), text(1));
                let waited = parts.get(2).and_then(value_int).unwrap_or(0);
                stuck.push(format!(
                    "{} group {}: consumer {consumer} is stuck, holding {id} for {}",
                    show_bytes(&g.stream),
                    show_bytes(&g.name),
                    human_ms(waited)
                ));
            }
        }
    }
    let lagging: Vec<String> = groups
        .iter()
        .filter(|g| g.lag.is_some_and(|l| l as u64 > th.max_lag))
        .map(|g| {
            format!(
                "{} group {} lag {}",
                show_bytes(&g.stream),
                show_bytes(&g.name),
                g.lag.unwrap_or(0)
            )
        })
        .collect();
    let full_dl: Vec<String> = dead_letters
        .iter()
        .filter(|(_, n)| *n as u64 > th.max_dead_letter)
        .map(|(s, n)| format!("{s} ({n} entries)"))
        .collect();
    Ok(vec![
        CheckResult::new(
            "pending_idle",
            pass_if(stuck.is_empty()),
            json!(stuck.len()),
            json!(format!(
                "no entry pending longer than {}",
                crate::output::exact_duration(th.max_pending_idle)
            )),
            if stuck.is_empty() {
                format!(
                    "{} consumer groups on {} streams in {scope}",
                    groups.len(),
                    streams.len()
                )
            } else {
                format!(
                    "stuck entries in: {} (redops stream pending / reclaim)",
                    stuck.join(", ")
                )
            },
        ),
        // Before Redis 7.0, XINFO GROUPS has no lag: not measurable is a warning, not a pass.
        match client
            .nodes()
            .iter()
            .find(|n| !n.caps.has(Feature::StreamLag))
            .filter(|_| !groups.is_empty())
        {
            Some(old) => CheckResult::new(
                "consumer_lag",
                Status::Warn,
                json!(null),
                json!(format!("<= {}", th.max_lag)),
                format!(
                    "not measured for {} consumer group(s): {}",
                    groups.len(),
                    old.caps
                        .lacks(Feature::StreamLag, "consumer-group lag")
                        .message
                ),
            ),
            None => CheckResult::new(
                "consumer_lag",
                pass_if(lagging.is_empty()),
                json!(groups.iter().filter_map(|g| g.lag).max()),
                json!(format!("<= {}", th.max_lag)),
                if lagging.is_empty() {
                    "no group lags behind its stream beyond the limit".to_string()
                } else {
                    lagging.join(", ")
                },
            ),
        },
        CheckResult::new(
            "dead_letter",
            pass_if(full_dl.is_empty()),
            json!(dead_letters.iter().map(|(_, n)| *n).max()),
            json!(format!(
                "<= {} entries in streams matching {}",
                th.max_dead_letter, th.dead_letter_pattern
            )),
            if full_dl.is_empty() {
                format!(
                    "{} dead-letter streams within the limit",
                    dead_letters.len()
                )
            } else {
                format!("dead letters waiting: {}", full_dl.join(", "))
            },
        ),
    ])
}

/// A consumer group found on a stream during the scan.
struct GroupSeen {
    node: Node,
    stream: Vec<u8>,
    name: Vec<u8>,
    lag: Option<i64>,
}
