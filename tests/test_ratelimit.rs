//! `ratelimit probe` / `top` / `reset` against real servers, with the limiter driven the way
//! the application drives it: an attempt removes entries scored `<= now - window` (server
//! clock), counts the rest, is allowed below the limit (then adds `"{ts}:{rand}"` scored `now`
//! and refreshes the TTL), and when refused answers `retry_after = ceil(oldest + window - now)`.
//! The attempt exists twice below, as a plain pipeline and as an atomic Lua script, and
//! `probe` must predict both.

use crate::support::{Env, RedisCluster, RedisServer};
use redis::{Commands, ConnectionLike};
use serde_json::Value;
use std::sync::atomic::{AtomicU64, Ordering};

/// What the application's attempt returned.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Attempt {
    allowed: bool,
    /// Entries in the window before this attempt's own entry.
    count: u64,
    /// Seconds to wait, when refused.
    retry_after: Option<u64>,
}

fn server_now(c: &mut impl ConnectionLike) -> f64 {
    let (s, us): (u64, u64) = redis::cmd("TIME").query(c).expect("TIME");
    s as f64 + us as f64 / 1e6
}

fn member(now: f64) -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    format!("{now}:{}", N.fetch_add(1, Ordering::Relaxed))
}

/// The application's attempt, as a plain (non-atomic) pipeline around the server's TIME.
fn attempt_pipeline(c: &mut impl ConnectionLike, key: &str, limit: u64, window: f64) -> Attempt {
    let now = server_now(c);
    let (count,): (u64,) = redis::pipe()
        .cmd("ZREMRANGEBYSCORE")
        .arg(key)
        .arg("-inf")
        .arg(format!("{}", now - window))
        .ignore()
        .cmd("ZCARD")
        .arg(key)
        .query(c)
        .expect("ZREMRANGEBYSCORE + ZCARD");
    if count < limit {
        let _: () = redis::pipe()
            .cmd("ZADD")
            .arg(key)
            .arg(format!("{now}"))
            .arg(member(now))
            .ignore()
            .cmd("EXPIRE")
            .arg(key)
            .arg(window.ceil() as u64)
            .ignore()
            .query(c)
            .expect("ZADD + EXPIRE");
        return Attempt {
            allowed: true,
            count,
            retry_after: None,
        };
    }
    let oldest: Vec<(String, f64)> = c
        .zrange_withscores(key, 0, 0)
        .expect("ZRANGE 0 0 WITHSCORES");
    Attempt {
        allowed: false,
        count,
        retry_after: Some((oldest[0].1 + window - now).ceil() as u64),
    }
}

/// The same attempt as one atomic script. Numbers go to redis.call as %.17g strings: Lua's
/// default formatting keeps 14 digits, which would move the boundary by up to 50 µs.
/// ARGV[4], when given, replaces the clock (to replay an attempt at the instant probe saw).
const ATTEMPT_LUA: &str = r"
local key, limit, window = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2])
local now
if ARGV[4] then now = tonumber(ARGV[4]) else
  local t = redis.call('TIME'); now = tonumber(t[1]) + tonumber(t[2]) / 1000000 end
redis.call('ZREMRANGEBYSCORE', key, '-inf', string.format('%.17g', now - window))
local count = redis.call('ZCARD', key)
if count < limit then
  redis.call('ZADD', key, string.format('%.17g', now), ARGV[3])
  redis.call('EXPIRE', key, math.ceil(window))
  return {1, count, -1}
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return {0, count, math.ceil(tonumber(oldest[2]) + window - now)}
";

fn attempt_lua_at(
    c: &mut impl ConnectionLike,
    key: &str,
    limit: u64,
    window: f64,
    now: Option<f64>,
) -> Attempt {
    let script = redis::Script::new(ATTEMPT_LUA);
    let mut inv = script.key(key);
    inv.arg(limit)
        .arg(format!("{window}"))
        .arg(member(now.unwrap_or(0.0)));
    if let Some(now) = now {
        inv.arg(format!("{now}"));
    }
    let (allowed, count, retry): (i64, u64, i64) = inv.invoke(c).expect("attempt script");
    Attempt {
        allowed: allowed == 1,
        count,
        retry_after: (retry >= 0).then_some(retry as u64),
    }
}

fn attempt_lua(c: &mut impl ConnectionLike, key: &str, limit: u64, window: f64) -> Attempt {
    attempt_lua_at(c, key, limit, window, None)
}

/// The key's serialized value (DUMP) and its members with scores as Redis prints them.
type Snapshot = (Option<Vec<u8>>, Vec<(Vec<u8>, String)>);

fn dump(c: &mut impl ConnectionLike, key: &str) -> Snapshot {
    let d: Option<Vec<u8>> = redis::cmd("DUMP").arg(key).query(c).expect("DUMP");
    let z: Vec<(Vec<u8>, String)> = redis::cmd("ZRANGE")
        .arg(key)
        .arg(0)
        .arg(-1)
        .arg("WITHSCORES")
        .query(c)
        .expect("ZRANGE");
    (d, z)
}

fn zadd(c: &mut impl ConnectionLike, key: &str, score: f64, member: &str) {
    let _: i64 = redis::cmd("ZADD")
        .arg(key)
        .arg(format!("{score}"))
        .arg(member)
        .query(c)
        .expect("ZADD");
}

/// Runs `ratelimit probe` in JSON and checks it changed nothing (DUMP and members identical).
fn probe(env: &Env, url: &str, c: &mut impl ConnectionLike, key: &str, extra: &[&str]) -> Value {
    let before = dump(c, key);
    let mut args = vec!["-u", url, "ratelimit", "probe", "--key", key, "-o", "json"];
    args.extend_from_slice(extra);
    let run = env.run(&args);
    run.expect_code(0);
    assert_eq!(run.round_trips(), 1, "probe is one round trip");
    assert_eq!(
        dump(c, key),
        before,
        "probe must leave {key} byte-for-byte unchanged"
    );
    run.json()
}

fn predicts(p: &Value, a: &Attempt) {
    assert_eq!(
        p["allowed"], a.allowed,
        "allowed: probe {p} vs attempt {a:?}"
    );
    assert_eq!(p["count"], a.count, "count: probe {p} vs attempt {a:?}");
    if !a.allowed {
        assert_eq!(
            p["retry_after_secs"].as_u64(),
            a.retry_after,
            "retry-after: probe {p} vs attempt {a:?}"
        );
    }
}

/// Drives a user to and past the limit with both attempt flavours, probing before each attempt.
fn drive_to_the_limit(url: &str, c: &mut impl ConnectionLike, key: &str) {
    let env = Env::new();
    let flags = ["--limit", "4", "--window", "60s"];
    // A user who never made an attempt: full quota, not an error.
    let fresh = probe(&env, url, c, key, &flags);
    assert_eq!(fresh["exists"], false);
    assert_eq!(fresh["count"], 0);
    assert_eq!(fresh["remaining"], 4);
    assert_eq!(fresh["allowed"], true);
    assert_eq!(fresh["retry_after_secs"], 0);
    assert!(fresh["ttl_ms"].is_null() && fresh["oldest"].is_null());
    assert_eq!(fresh["limit"], 4);
    assert_eq!(fresh["window_ms"], 60_000);

    for i in 0..6 {
        let p = probe(&env, url, c, key, &flags);
        let a = if i % 2 == 0 {
            attempt_pipeline(c, key, 4, 60.0)
        } else {
            attempt_lua(c, key, 4, 60.0)
        };
        predicts(&p, &a);
        assert_eq!(p["remaining"], 4u64.saturating_sub(i.min(4)));
        if i >= 1 {
            assert!(p["ttl_ms"].as_i64().expect("ttl") > 50_000);
            assert!(p["oldest"].as_f64() <= p["newest"].as_f64());
        }
    }
    // `remaining` is the number of further attempts allowed now: at the limit, none.
    let last = probe(&env, url, c, key, &flags);
    assert_eq!(last["remaining"], 0);
    assert_eq!(last["allowed"], false);
    assert!(!attempt_lua(c, key, 4, 60.0).allowed);
}

#[test]
fn probe_predicts_attempts_at_and_around_the_limit() {
    let r = RedisServer::start();
    drive_to_the_limit(&r.url(), &mut r.conn(), "ratelimit:withdrawal:user:42");
}

#[test]
fn cluster_probe_predicts_attempts_at_and_around_the_limit() {
    let cl = RedisCluster::start();
    // Keys on different primaries; the application pipelines on the node that owns the key.
    let keys: Vec<String> = (0..40)
        .map(|i| format!("ratelimit:deposit:user:{i}"))
        .collect();
    let mut seen = std::collections::BTreeMap::new();
    for k in &keys {
        seen.entry(cl.node_of(k)).or_insert_with(|| k.clone());
    }
    assert!(seen.len() >= 2);
    for (node, k) in seen.iter().take(2) {
        drive_to_the_limit(&cl.url(), &mut cl.nodes[*node].conn(), k);
    }
}

/// `remaining` counts further allowed attempts: exactly that many succeed, then a refusal.
#[test]
fn remaining_is_the_number_of_attempts_that_succeed() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let key = "ratelimit:kyc_check:user:7";
    let now = server_now(&mut c);
    zadd(&mut c, key, now - 10.25, "a");
    zadd(&mut c, key, now - 70.0, "stale");
    let p = probe(&env, &r.url(), &mut c, key, &[]);
    assert_eq!(p["limit"], 5, "kyc_check policy");
    assert_eq!(
        (p["count"].as_u64(), p["stale"].as_u64()),
        (Some(1), Some(1))
    );
    let remaining = p["remaining"].as_u64().expect("remaining");
    assert_eq!(remaining, 4);
    for _ in 0..remaining {
        assert!(attempt_pipeline(&mut c, key, 5, 60.0).allowed);
    }
    let refused = attempt_lua(&mut c, key, 5, 60.0);
    assert!(!refused.allowed);
    // The oldest in the window is the entry 10.25 s old: it leaves in about 49.75 s.
    assert_eq!(refused.retry_after, Some(50));
    let p = probe(&env, &r.url(), &mut c, key, &[]);
    assert_eq!(p["retry_after_secs"], 50);
}

/// Entries written with past timestamps: stale ones, ones in the window, and the window
/// sliding (a short window and a sub-second sleep) until the oldest leaves it.
#[test]
fn probe_follows_the_window_as_it_slides() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let key = "ratelimit:payout:user:9";
    let now = server_now(&mut c);
    for (age, m) in [
        (100.0, "s1"),
        (60.5, "s2"),
        (40.25, "w1"),
        (30.25, "w2"),
        (20.25, "w3"),
    ] {
        zadd(&mut c, key, now - age, m);
    }
    let flags = ["--limit", "3"];
    let p = probe(&env, &r.url(), &mut c, key, &flags);
    assert_eq!(p["category"], "payout");
    assert_eq!(p["user"], "9");
    assert_eq!(p["window_ms"], 60_000, "unknown categories get 60 s");
    assert_eq!(
        (p["count"].as_u64(), p["stale"].as_u64()),
        (Some(3), Some(2))
    );
    assert_eq!(p["retry_after_secs"], 20);
    assert_eq!(p["oldest"].as_f64(), Some(now - 40.25));
    assert_eq!(p["newest"].as_f64(), Some(now - 20.25));
    assert!(p["ttl_ms"].is_null(), "written without EXPIRE");
    let a = attempt_lua(&mut c, key, 3, 60.0);
    predicts(&p, &a);
    let after: u64 = c.zcard(key).expect("zcard");
    assert_eq!(after, 3, "the application removed the 2 stale entries");

    // A 3 s window: entries 2.4, 1.0 and 0.2 s old; the oldest leaves in 0.6 s.
    let key = "ratelimit:short:user:1";
    let now = server_now(&mut c);
    for (age, m) in [(2.4, "a"), (1.0, "b"), (0.2, "c")] {
        zadd(&mut c, key, now - age, m);
    }
    let flags = ["--limit", "3", "--window", "3s"];
    let p = probe(&env, &r.url(), &mut c, key, &flags);
    assert_eq!(p["allowed"], false);
    assert_eq!(p["retry_after_secs"], 1);
    std::thread::sleep(std::time::Duration::from_millis(800));
    let p = probe(&env, &r.url(), &mut c, key, &flags);
    assert_eq!(
        (p["count"].as_u64(), p["stale"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(p["allowed"], true);
    assert_eq!(p["remaining"], 1);
    let a = attempt_pipeline(&mut c, key, 3, 3.0);
    predicts(&p, &a);
    // 500ms windows are accepted too.
    let p = probe(
        &env,
        &r.url(),
        &mut c,
        key,
        &["--window", "500ms", "--limit", "1"],
    );
    assert_eq!(p["window_ms"], 500);
}

/// Entries exactly on the boundary: one member per microsecond of the instant the probe is
/// expected to read the clock (calibrated from the previous try), so that one of them is
/// exactly `now - window` for the probe's `now` (stale: the application removes
/// `<= now - window`). The application's attempt, replayed at that same instant, must count
/// exactly what probe counted.
#[test]
fn entries_on_the_boundary_agree_to_the_microsecond() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let key = "ratelimit:edge:user:1";
    let window = 60.0;
    let span = 30_000u64; // 30 ms of candidate clock readings
    let mut delay_us = 30_000u64; // expected time from our TIME to the probe's
    let mut hit = false;
    for _ in 0..8 {
        let _: () = c.del(key).expect("del");
        let (s0, us0): (u64, u64) = redis::cmd("TIME").query(&mut c).expect("TIME");
        let start = s0 * 1_000_000 + us0 + delay_us.saturating_sub(span / 3);
        let score_at = |k: u64| {
            let t = start + k;
            (t / 1_000_000) as f64 + (t % 1_000_000) as f64 / 1e6 - window
        };
        for chunk in (0..span).collect::<Vec<_>>().chunks(10_000) {
            let mut cmd = redis::cmd("ZADD");
            cmd.arg(key);
            for &k in chunk {
                cmd.arg(format!("{}", score_at(k))).arg(format!("m{k}"));
            }
            let _: i64 = cmd.query(&mut c).expect("ZADD");
        }
        let run = env.run(&[
            "-u",
            &r.url(),
            "ratelimit",
            "probe",
            "--key",
            key,
            "-o",
            "json",
            "--limit",
            "100000",
            "--window",
            "60s",
        ]);
        run.expect_code(0);
        let p = run.json();
        let now = p["now"].as_f64().expect("now");
        let boundary = now - window;
        let expected_count = (0..span).filter(|&k| score_at(k) > boundary).count() as u64;
        assert_eq!(p["count"], expected_count, "probe at {now}");
        assert_eq!(p["stale"], span - expected_count);
        delay_us = ((now - (s0 as f64 + us0 as f64 / 1e6)) * 1e6) as u64;
        if (0..span).any(|k| score_at(k) == boundary) {
            hit = true;
            // The application's attempt at the same instant removes the entry on the boundary.
            let a = attempt_lua_at(&mut c, key, 100_000, window, Some(now));
            assert_eq!(a.count, expected_count, "the application counts the same");
            let left: u64 = c.zcard(key).expect("zcard");
            assert_eq!(left, expected_count + 1, "stale ones removed, one added");
            break;
        }
    }
    assert!(
        hit,
        "no probe read the clock inside the prepared span (last delay {delay_us} us)"
    );
}

#[test]
fn wrong_type_is_exit_6_and_missing_key_is_full_quota() {
    let r = RedisServer::start();
    let env = Env::new();
    let _: () = r.conn().set("ratelimit:deposit:user:1", "x").expect("set");
    let run = env.run(&[
        "-u",
        &r.url(),
        "ratelimit",
        "probe",
        "--category",
        "deposit",
        "--user",
        "1",
    ]);
    run.expect_code(6);
    assert!(
        run.stderr.contains("ratelimit:deposit:user:1 is a string"),
        "{}",
        run.stderr
    );
    let missing = env.run(&[
        "-u",
        &r.url(),
        "ratelimit",
        "probe",
        "--category",
        "deposit",
        "--user",
        "2",
    ]);
    missing.expect_code(0);
    assert!(missing.stdout.contains("30"), "{}", missing.stdout);
    assert!(missing.stdout.contains("allowed"), "{}", missing.stdout);
}

#[test]
fn bad_arguments_are_usage_errors() {
    let env = Env::new();
    for args in [
        &[
            "ratelimit",
            "probe",
            "--category",
            "d",
            "--user",
            "1",
            "--window",
            "soon",
        ][..],
        &[
            "ratelimit",
            "probe",
            "--category",
            "d",
            "--user",
            "1",
            "--window",
            "0s",
        ],
        &[
            "ratelimit",
            "probe",
            "--category",
            "d",
            "--user",
            "1",
            "--limit",
            "0",
        ],
        &["ratelimit", "probe", "--category", "d"],
        &["ratelimit", "probe", "--key", "k", "--user", "1"],
        &["ratelimit", "top"],
        &["ratelimit", "reset", "--user", "1"],
    ] {
        let run = env.run(args);
        run.expect_code(2);
    }
}

#[test]
fn millisecond_scores_are_flagged_and_counted_like_the_application() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let key = "ratelimit:card_token:user:5";
    let now = server_now(&mut c);
    zadd(&mut c, key, (now * 1000.0).floor(), "buggy-client-ms");
    zadd(&mut c, key, now - 5.5, "ok");
    let before = dump(&mut c, key);
    let run = env.run(&[
        "-u",
        &r.url(),
        "ratelimit",
        "probe",
        "--key",
        key,
        "-o",
        "json",
        "--limit",
        "2",
    ]);
    run.expect_code(0);
    assert_eq!(dump(&mut c, key), before);
    let p = run.json();
    assert_eq!(p["implausible"], 1);
    assert!(
        run.stderr.contains("not a Unix time in seconds") && run.stderr.contains("never removed"),
        "{}",
        run.stderr
    );
    // The application counts the millisecond entry (it never leaves the window): refused.
    let a = attempt_pipeline(&mut c, key, 2, 60.0);
    assert_eq!(p["count"], 2);
    predicts(&p, &a);
}

#[test]
fn reset_removes_exactly_what_was_read_with_every_safety_rail() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let key = "ratelimit:withdrawal:user:42";
    let now = server_now(&mut c);
    for i in 0..3 {
        zadd(&mut c, key, now - 10.0 * i as f64 - 0.125, &format!("m{i}"));
    }
    zadd(&mut c, key, now - 120.0, "old");
    let base = [
        "-u",
        r.url().leak(),
        "ratelimit",
        "reset",
        "--category",
        "withdrawal",
        "--user",
        "42",
    ];

    // Non-interactive without --yes: exit 5, nothing changed, nothing audited.
    let refused = env.run(&base);
    refused.expect_code(5);
    assert_eq!(c.zcard::<_, u64>(key).expect("zcard"), 4);
    assert!(env.audit_lines().is_empty());

    // Dry run: the exact members and scores, nothing changed.
    let mut dry_args = base.to_vec();
    dry_args.extend(["--dry-run", "-o", "json"]);
    let dry = env.run(&dry_args);
    dry.expect_code(0);
    let d = dry.json();
    assert_eq!(d["dry_run"], true);
    assert_eq!(d["read"], 4);
    assert_eq!(d["members"][0]["member"], "old");
    assert_eq!(c.zcard::<_, u64>(key).expect("zcard"), 4);

    let mut yes = base.to_vec();
    yes.extend(["--yes", "-o", "json"]);
    let ok = env.run(&yes);
    ok.expect_code(0);
    assert_eq!(ok.round_trips(), 2, "read, conditional remove");
    let j = ok.json();
    assert_eq!(
        (j["removed"].as_u64(), j["skipped"].as_u64()),
        (Some(4), Some(0))
    );
    assert!(!c.exists::<_, bool>(key).expect("exists"));
    let audit = env.audit_lines();
    assert_eq!(audit.len(), 2);
    assert_eq!(audit[0]["phase"], "intent");
    let prior = audit[0]["prior"].as_array().expect("prior");
    assert_eq!(prior.len(), 4);
    assert!(
        prior
            .iter()
            .all(|p| p["kind"] == "zset_member" && p["key"] == key)
    );
    // Scores as Redis printed them: putting them back restores the identical set.
    let printed: Vec<String> = prior
        .iter()
        .map(|p| p["score"].as_str().expect("score").to_owned())
        .collect();
    assert!(
        printed
            .iter()
            .any(|s| s.parse::<f64>().ok() == Some(now - 120.0))
    );
    assert_eq!(audit[1]["outcome"]["status"], "reset");

    // Nothing left: exit 4.
    let mut again = base.to_vec();
    again.push("--yes");
    env.run(&again).expect_code(4);

    // Wrong type: exit 6 before anything is audited.
    let _: () = c.set("ratelimit:withdrawal:user:s", "x").expect("set");
    env.run(&[
        "-u",
        &r.url(),
        "ratelimit",
        "reset",
        "--key",
        "ratelimit:withdrawal:user:s",
        "--yes",
    ])
    .expect_code(6);
    assert_eq!(env.audit_lines().len(), 2);
}

/// The removal script keeps entries added after the read and entries whose score changed.
#[test]
fn reset_script_keeps_entries_added_or_changed_after_the_read() {
    let r = RedisServer::start();
    let mut c = r.conn();
    let key = "ratelimit:deposit:user:3";
    zadd(&mut c, key, 1_795_000_000.5, "a");
    zadd(&mut c, key, 1_795_000_001.25, "b");
    zadd(&mut c, key, 1_795_000_002.0, "c");
    // What reset read (scores as Redis printed them).
    let read: Vec<(String, String)> = redis::cmd("ZRANGE")
        .arg(key)
        .arg(0)
        .arg(-1)
        .arg("WITHSCORES")
        .query(&mut c)
        .expect("zrange");
    // Meanwhile: the application adds an entry, and "b" is re-scored.
    zadd(&mut c, key, 1_795_000_003.0, "new");
    zadd(&mut c, key, 1_795_000_009.0, "b");
    let mut cmd = redis::cmd("EVAL");
    cmd.arg(redops::cmd::ratelimit::CONDITIONAL_REMOVE)
        .arg(1)
        .arg(key);
    for (m, s) in &read {
        cmd.arg(m).arg(s);
    }
    let flags: Vec<i64> = cmd.query(&mut c).expect("script");
    assert_eq!(flags, [1, 0, 1]);
    let left: Vec<String> = c.zrange(key, 0, -1).expect("zrange");
    assert_eq!(left, ["new", "b"]);
}

fn app_entries(c: &mut impl ConnectionLike, key: &str, now: f64, ages: &[f64], ttl: Option<u64>) {
    for (i, age) in ages.iter().enumerate() {
        zadd(c, key, now - age, &format!("{}:{i}", now - age));
    }
    if let Some(t) = ttl {
        let _: bool = c.expire(key, t as i64).expect("expire");
    }
}

fn top_scenario(url: &str, c: &mut impl ConnectionLike) {
    let env = Env::new();
    let now = server_now(c);
    // withdrawal: 10 per 60 s.
    app_entries(
        c,
        "ratelimit:withdrawal:user:full",
        now,
        &[50.5, 40.0, 30.0, 20.0, 10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 90.0],
        Some(60),
    );
    app_entries(
        c,
        "ratelimit:withdrawal:user:half",
        now,
        &[3.0, 2.0, 1.0, 4.0, 5.0],
        Some(60),
    );
    app_entries(
        c,
        "ratelimit:withdrawal:user:forever",
        now,
        &[1.0, 2.0],
        None,
    );
    app_entries(c, "ratelimit:withdrawal:user:idle", now, &[300.0], Some(60));
    app_entries(c, "ratelimit:deposit:user:other", now, &[1.0; 3], Some(60));
    let _: () = c.set("ratelimit:withdrawal:user:odd", "x").expect("set");
    // A client that wrote milliseconds: that entry never leaves the window.
    app_entries(c, "ratelimit:withdrawal:user:ms", now, &[1.0], Some(60));
    zadd(
        c,
        "ratelimit:withdrawal:user:ms",
        (now * 1000.0).floor(),
        "ms",
    );

    let run = env.run(&[
        "-u",
        url,
        "ratelimit",
        "top",
        "--category",
        "withdrawal",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    let j = run.json();
    let users: Vec<(&str, u64)> = j["users"]
        .as_array()
        .expect("users")
        .iter()
        .map(|u| {
            (
                u["user"].as_str().expect("user"),
                u["count"].as_u64().expect("count"),
            )
        })
        .collect();
    assert_eq!(
        users,
        [
            ("full", 10),
            ("half", 5),
            ("forever", 2),
            ("ms", 2),
            ("idle", 0)
        ]
    );
    assert_eq!(
        j["users"][3]["implausible"], 1,
        "the millisecond score is flagged"
    );
    assert_eq!(j["users"][0]["implausible"], 0);
    let full = &j["users"][0];
    assert_eq!(full["allowed"], false);
    assert_eq!(full["retry_after_secs"], 10, "oldest is 50.5 s old");
    assert_eq!(full["stale"], 1);
    assert_eq!(full["limit"], 10);
    assert_eq!(
        j["without_ttl"],
        serde_json::json!(["ratelimit:withdrawal:user:forever"])
    );
    assert_eq!(
        j["not_sorted_sets"],
        serde_json::json!(["ratelimit:withdrawal:user:odd"])
    );
    assert!(run.stderr.contains("no TTL"), "{}", run.stderr);
    // TIME, the slot map before and after the scan (CLUSTER NODES on every primary, 2), then
    // per node: SCAN calls and one pipeline per non-empty batch; under the latency budget, per
    // node also the set-up of the scan's own connection and its first probe (PING), 2.
    assert!(
        run.round_trips() <= 9 + 2 * 3,
        "round trips {}",
        run.round_trips()
    );

    let two = env.run(&[
        "-u",
        url,
        "ratelimit",
        "top",
        "--category",
        "withdrawal",
        "--count",
        "2",
    ]);
    two.expect_code(0);
    assert!(
        two.stdout.contains("full") && two.stdout.contains("REFUSED"),
        "{}",
        two.stdout
    );
    assert!(!two.stdout.contains("forever"), "{}", two.stdout);
}

#[test]
fn top_ranks_users_and_reports_keys_without_ttl() {
    let r = RedisServer::start();
    top_scenario(&r.url(), &mut r.conn());
}

#[test]
fn cluster_top_and_reset() {
    let cl = RedisCluster::start();
    let mut c = cl.conn();
    top_scenario(&cl.url(), &mut c);
    let env = Env::new();
    let ok = env.run(&[
        "-u",
        &cl.url(),
        "ratelimit",
        "reset",
        "--key",
        "ratelimit:withdrawal:user:full",
        "--yes",
        "-o",
        "json",
    ]);
    ok.expect_code(0);
    assert_eq!(ok.json()["removed"], 11);
    assert_eq!(ok.round_trips(), 2);
    assert!(
        !c.exists::<_, bool>("ratelimit:withdrawal:user:full")
            .expect("exists")
    );
    env.run(&[
        "-u",
        &cl.url(),
        "ratelimit",
        "probe",
        "--key",
        "ratelimit:withdrawal:user:odd",
    ])
    .expect_code(6);
}

/// A set far larger than its limit is read with a cap (the newest members): exact while the
/// read reaches below the window, flagged as a lower bound when it does not.
#[test]
fn large_sets_are_read_with_a_cap() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let now = server_now(&mut c);
    let fill = |c: &mut redis::Connection, key: &str, n: usize, age: f64| {
        let mut cmd = redis::cmd("ZADD");
        cmd.arg(key);
        for i in 0..n {
            cmd.arg(format!("{}", now - age + i as f64 * 1e-4))
                .arg(format!("{age}:{i}"));
        }
        let _: i64 = cmd.query(c).expect("ZADD");
    };
    // 1500 stale entries under 3 in the window: stale counted exactly although not all read.
    fill(&mut c, "ratelimit:deposit:user:stale", 1500, 200.0);
    fill(&mut c, "ratelimit:deposit:user:stale", 3, 10.0);
    let p = probe(
        &env,
        &r.url(),
        &mut c,
        "ratelimit:deposit:user:stale",
        &["--limit", "5"],
    );
    assert_eq!(
        (p["count"].as_u64(), p["stale"].as_u64()),
        (Some(3), Some(1500))
    );
    assert_eq!(p["truncated"], false);
    assert_eq!(p["remaining"], 2);
    // 1500 entries all in the window, limit 5: only the newest 1000 are read.
    fill(&mut c, "ratelimit:deposit:user:flood", 1500, 30.0);
    let run = env.run(&[
        "-u",
        &r.url(),
        "ratelimit",
        "probe",
        "--category",
        "deposit",
        "--user",
        "flood",
        "--limit",
        "5",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    let p = run.json();
    assert_eq!(p["truncated"], true);
    assert_eq!(p["count"], 1000, "a lower bound");
    assert_eq!(p["allowed"], false);
    assert!(p["retry_after_secs"].is_null());
    assert!(run.stderr.contains("lower bound"), "{}", run.stderr);
    assert!(!attempt_lua(&mut c, "ratelimit:deposit:user:flood", 5, 60.0).allowed);
}

/// End to end, through the interactive prompt (a pty made by util-linux `script`, part of every
/// Debian base system): while the operator looks at the prompt, the application adds an entry
/// and re-scores one; confirming removes only the entries read with their scores unchanged.
#[test]
fn reset_keeps_entries_that_changed_while_the_operator_was_asked() {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let key = "ratelimit:deposit:user:8";
    let now = server_now(&mut c);
    for (age, m) in [(30.5, "a"), (20.5, "b"), (10.5, "c")] {
        zadd(&mut c, key, now - age, m);
    }
    let line = format!(
        "'{}' -u '{}' ratelimit reset --category deposit --user 8 -o json",
        env!("CARGO_BIN_EXE_redops"),
        r.url()
    );
    let mut child = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_remove("REDIS_URL")
        .env_remove("REDOPS_PROFILE")
        .env("REDOPS_AUDIT_LOG", env.audit_log())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("util-linux `script` is needed for this test (package bsdutils)");
    let mut stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !String::from_utf8_lossy(&seen).contains("Proceed? [y/N]") {
        assert!(
            std::time::Instant::now() < deadline,
            "no prompt: {}",
            String::from_utf8_lossy(&seen)
        );
        if let Ok(chunk) = rx.recv_timeout(std::time::Duration::from_millis(100)) {
            seen.extend(chunk);
        }
    }
    assert!(
        String::from_utf8_lossy(&seen).contains("remove 3 entries from ratelimit:deposit:user:8"),
        "{}",
        String::from_utf8_lossy(&seen)
    );
    // The application keeps working meanwhile.
    zadd(&mut c, key, now + 0.25, "new");
    zadd(&mut c, key, now + 0.5, "b");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"y\n").expect("answer");
    let status = child.wait().expect("wait");
    drop(stdin);
    while let Ok(chunk) = rx.recv_timeout(std::time::Duration::from_millis(500)) {
        seen.extend(chunk);
    }
    assert!(status.success(), "{}", String::from_utf8_lossy(&seen));
    let text = String::from_utf8_lossy(&seen);
    assert!(
        text.contains("\"removed\": 2") && text.contains("\"skipped\": 1"),
        "{text}"
    );
    let left: Vec<String> = c.zrange(key, 0, -1).expect("zrange");
    assert_eq!(
        left,
        ["new", "b"],
        "the added and the re-scored entries survive"
    );
    let audit = env.audit_lines();
    assert_eq!(audit.len(), 2);
    let removed: Vec<&str> = audit[1]["outcome"]["removed"]
        .as_array()
        .expect("removed")
        .iter()
        .map(|m| m["member"].as_str().expect("member"))
        .collect();
    assert_eq!(removed, ["a", "c"], "the outcome lists what was removed");
    assert_eq!(audit[1]["outcome"]["skipped"], 1);
}
