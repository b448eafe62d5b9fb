//! `memory bigkeys` / `memory usage` / `memory policy` against real servers, with data written
//! the way the fintech applications write it, and every figure checked against the server's
//! own answers (TYPE, MEMORY USAGE, PTTL, the length commands) for the same keys.

use crate::support::{Env, RedisCluster, RedisServer, wait_for_replica};
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Writes a small fintech keyspace; returns every key written.
fn load_keyspace(conn: &mut impl redis::ConnectionLike, users: usize) -> Vec<String> {
    let mut keys = Vec::new();
    let mut run = |cmd: &mut redis::Cmd| {
        let _: redis::Value = cmd.query(conn).expect("write test data");
    };
    for u in 0..users {
        // Sessions: a hash per user; every third one without TTL (a leak the report must show).
        let k = format!("sessions:user:{u}");
        let sid = format!("{:016x}", u * 7919 + 1);
        let value = format!(
            r#"{{"session_id":"{sid}","device_type":"ios","ip_address":"10.0.0.{}","created_at":1700000000,"last_active":1700000100}}"#,
            u % 250
        );
        run(redis::cmd("HSET").arg(&k).arg(&sid).arg(&value));
        if u % 3 != 0 {
            run(redis::cmd("EXPIRE").arg(&k).arg(86_400));
        }
        keys.push(k);
        // Rate limits: a sorted set of "{ts}:{rand}" members; every fifth one without TTL.
        let cat = ["deposit", "withdrawal", "kyc_check", "card_token"][u % 4];
        let k = format!("ratelimit:{cat}:user:{u}");
        for i in 0..(u % 5 + 1) {
            let ts = 1_700_000_000.0 + i as f64 + 0.5;
            run(redis::cmd("ZADD")
                .arg(&k)
                .arg(ts)
                .arg(format!("{ts}:{}", u * 31 + i)));
        }
        if u % 5 != 0 {
            run(redis::cmd("EXPIRE").arg(&k).arg(60));
        }
        keys.push(k);
        // Trader metadata: a JSON string, no TTL.
        let k = format!("trader:meta:{u}");
        run(redis::cmd("SET").arg(&k).arg(format!(
            r#"{{"name":"trader {u}","avatar":"https://cdn.example/a/{u}.png","followers":{}}}"#,
            u * 13
        )));
        keys.push(k);
    }
    for month in ["2026-09", "2026-10", "2026-11"] {
        let k = format!("leaderboard:monthly:{month}");
        for t in 0..200 {
            run(redis::cmd("ZADD").arg(&k).arg(t * 3 % 1000).arg(t));
        }
        keys.push(k);
    }
    for r in 0..4 {
        let k = format!("lock:withdrawal:{r}");
        run(redis::cmd("SET")
            .arg(&k)
            .arg(format!("token-{r}"))
            .arg("PX")
            .arg(600_000));
        keys.push(k);
    }
    let k = "queue:payments".to_owned();
    for i in 0..20 {
        run(redis::cmd("XADD")
            .arg(&k)
            .arg("*")
            .arg("payload")
            .arg(format!(r#"{{"id":{i}}}"#))
            .arg("dispatched_at")
            .arg(1_700_000_000 + i));
    }
    keys.push(k);
    let k = "audit:recent".to_owned();
    run(redis::cmd("RPUSH").arg(&k).arg("a").arg("b").arg("c"));
    keys.push(k);
    let k = "kyc:approved".to_owned();
    run(redis::cmd("SADD").arg(&k).arg("1").arg("2"));
    keys.push(k);
    keys
}

/// What the server itself says about one key.
#[derive(Debug, Clone)]
struct Truth {
    kind: String,
    bytes: u64,
    elements: u64,
    ttl: bool,
}

fn truth(conn: &mut impl redis::ConnectionLike, key: &str) -> Truth {
    let kind: String = redis::cmd("TYPE").arg(key).query(conn).expect("TYPE");
    let bytes: u64 = redis::cmd("MEMORY")
        .arg("USAGE")
        .arg(key)
        .query(conn)
        .expect("MEMORY USAGE");
    let pttl: i64 = redis::cmd("PTTL").arg(key).query(conn).expect("PTTL");
    let len = match kind.as_str() {
        "string" => "STRLEN",
        "hash" => "HLEN",
        "zset" => "ZCARD",
        "set" => "SCARD",
        "list" => "LLEN",
        "stream" => "XLEN",
        other => panic!("unexpected type {other}"),
    };
    let elements: u64 = redis::cmd(len).arg(key).query(conn).expect("length");
    Truth {
        kind,
        bytes,
        elements,
        ttl: pttl >= 0,
    }
}

/// Per type (keys, bytes, elements), and keys without TTL, computed from per-key answers.
fn reference(
    conn: &mut impl redis::ConnectionLike,
    keys: &[String],
) -> (BTreeMap<String, (u64, u64, u64)>, u64, u64) {
    let mut types = BTreeMap::new();
    let mut no_ttl = 0;
    let mut total = 0;
    for k in keys {
        let t = truth(conn, k);
        let e = types.entry(t.kind).or_insert((0, 0, 0));
        e.0 += 1;
        e.1 += t.bytes;
        e.2 += t.elements;
        total += t.bytes;
        no_ttl += u64::from(!t.ttl);
    }
    (types, total, no_ttl)
}

fn report_types(j: &Value) -> BTreeMap<String, (u64, u64, u64)> {
    j["types"]
        .as_array()
        .expect("types")
        .iter()
        .map(|t| {
            (
                t["type"].as_str().expect("type").to_owned(),
                (
                    t["keys"].as_u64().expect("keys"),
                    t["bytes"].as_u64().expect("bytes"),
                    t["elements"].as_u64().expect("elements"),
                ),
            )
        })
        .collect()
}

fn group<'a>(j: &'a Value, pattern: &str) -> &'a Value {
    j["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .find(|g| g["pattern"] == pattern)
        .unwrap_or_else(|| panic!("no group {pattern} in {:#}", j["groups"]))
}

fn check_report_against_server(j: &Value, conn: &mut impl redis::ConnectionLike, keys: &[String]) {
    let (types, total, no_ttl) = reference(conn, keys);
    assert_eq!(j["partial"], false);
    assert_eq!(
        j["scanned"].as_u64(),
        Some(keys.len() as u64),
        "every key counted once"
    );
    assert_eq!(j["keys"].as_u64(), Some(keys.len() as u64));
    assert_eq!(report_types(j), types, "per type: keys, bytes, elements");
    assert_eq!(j["bytes"].as_u64(), Some(total));
    assert_eq!(j["no_ttl"].as_u64(), Some(no_ttl));
    // Shares of the types add up to 1.
    let shares: f64 = j["types"]
        .as_array()
        .expect("types")
        .iter()
        .map(|t| t["share"].as_f64().expect("share"))
        .sum();
    assert!((shares - 1.0).abs() < 0.001, "{shares}");

    // Top keys: the leaderboards are the biggest, with their elements and no TTL.
    let top = j["top"].as_array().expect("top");
    assert_eq!(top.len(), 10);
    let first = &top[0];
    assert!(
        first["key"]
            .as_str()
            .expect("key")
            .starts_with("leaderboard:monthly:"),
        "{first}"
    );
    let t = truth(conn, first["key"].as_str().expect("key"));
    assert_eq!(first["bytes"].as_u64(), Some(t.bytes));
    assert_eq!(first["elements"].as_u64(), Some(200));
    assert_eq!(first["ttl_ms"], Value::Null);
    let sizes: Vec<u64> = top
        .iter()
        .map(|k| k["bytes"].as_u64().expect("b"))
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    let locks = top
        .iter()
        .filter(|k| k["key"].as_str().is_some_and(|s| s.starts_with("lock:")));
    for l in locks {
        assert!(l["ttl_ms"].as_i64().is_some_and(|t| t > 0), "{l}");
    }

    // Groups on the real key names, with TTL accounting per group.
    let users = keys.iter().filter(|k| k.starts_with("sessions:")).count() as u64;
    let s = group(j, "sessions:user:*");
    assert_eq!(s["keys"].as_u64(), Some(users));
    assert_eq!(s["no_ttl"].as_u64(), Some(users.div_ceil(3)));
    let dep = group(j, "ratelimit:deposit:user:*");
    assert_eq!(dep["keys"].as_u64(), Some(users.div_ceil(4)));
    // users u = 0, 4, 8, ...: without TTL when u % 5 == 0.
    let dep_no_ttl = (0..users).step_by(4).filter(|u| u % 5 == 0).count() as u64;
    assert_eq!(dep["no_ttl"].as_u64(), Some(dep_no_ttl));
    assert_eq!(group(j, "trader:meta:*")["no_ttl"].as_u64(), Some(users));
    let lb = group(j, "leaderboard:monthly:*");
    assert_eq!(lb["keys"].as_u64(), Some(3));
    let lb_bytes: u64 = ["2026-09", "2026-10", "2026-11"]
        .iter()
        .map(|m| truth(conn, &format!("leaderboard:monthly:{m}")).bytes)
        .sum();
    assert_eq!(lb["bytes"].as_u64(), Some(lb_bytes));
    assert_eq!(group(j, "lock:withdrawal:*")["no_ttl"].as_u64(), Some(0));
    assert_eq!(group(j, "queue:payments")["keys"].as_u64(), Some(1));
    let group_keys: u64 = j["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["keys"].as_u64().expect("keys"))
        .sum();
    assert_eq!(group_keys, keys.len() as u64);

    let p = &j["percentiles"];
    let (p50, p90, p99, max) = (
        p["p50"].as_u64().expect("p50"),
        p["p90"].as_u64().expect("p90"),
        p["p99"].as_u64().expect("p99"),
        p["max"].as_u64().expect("max"),
    );
    assert!(p50 > 0 && p50 <= p90 && p90 <= p99 && p99 <= max, "{p}");
    assert_eq!(max, sizes[0]);
}

#[test]
fn bigkeys_matches_the_servers_own_answers_standalone() {
    let r = RedisServer::start();
    let env = Env::new();
    let keys = load_keyspace(&mut r.conn(), 120);
    let run = env.run(&["-u", &r.url(), "memory", "bigkeys", "-o", "json"]);
    run.expect_code(0);
    let j = run.json();
    check_report_against_server(&j, &mut r.conn(), &keys);
    // Under the default latency budget the SCAN COUNT starts at 50 and grows, reads are split
    // to fit, and the scan probes the server every 10 ms: how many round trips that makes
    // depends on the machine's speed. With the budget off they are fixed: script load + the
    // SCAN calls + one read per batch.
    let off = env.run(&[
        "-u",
        &r.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--latency-budget",
        "off",
    ]);
    off.expect_code(0);
    check_report_against_server(&off.json(), &mut r.conn(), &keys);
    assert!(off.round_trips() <= 6, "round trips: {}", off.round_trips());

    // The pipelined reader (for servers that refuse scripts) gives the same figures.
    let piped = env.run(&[
        "-u",
        &r.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--read-method",
        "pipeline",
        "--scan-count",
        "100",
    ]);
    piped.expect_code(0);
    check_report_against_server(&piped.json(), &mut r.conn(), &keys);

    // Tables for humans: bytes human-readable, the groups and the no-TTL warning visible.
    let table = env.run(&["-u", &r.url(), "memory", "bigkeys"]);
    table.expect_code(0);
    for needle in [
        "sessions:user:*",
        "ratelimit:deposit:user:*",
        "leaderboard:monthly:2026-",
        "KiB",
        "no TTL",
        "bytes per key: p50",
    ] {
        assert!(table.stdout.contains(needle), "{needle}: {}", table.stdout);
    }
}

#[test]
fn bigkeys_counts_every_key_once_on_a_cluster() {
    let c = RedisCluster::start();
    let env = Env::new();
    let keys = load_keyspace(&mut c.conn(), 90);
    // The keys really are spread over the three primaries.
    let mut per_node = [0; 3];
    for k in keys.iter().step_by(7) {
        per_node[c.node_of(k)] += 1;
    }
    assert!(per_node.iter().all(|&n| n > 0), "{per_node:?}");
    let run = env.run(&[
        "-u",
        &c.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--scan-count",
        "50",
    ]);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(j["nodes"], 3);
    check_report_against_server(&j, &mut c.conn(), &keys);

    let typed = env.run(&[
        "-u",
        &c.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--type",
        "hash",
    ]);
    typed.expect_code(0);
    let t = typed.json();
    assert_eq!(t["keys"].as_u64(), Some(90));
    assert_eq!(report_types(&t).keys().collect::<Vec<_>>(), ["hash"]);
}

#[test]
fn pattern_and_type_narrow_the_scan() {
    let r = RedisServer::start();
    let env = Env::new();
    let keys = load_keyspace(&mut r.conn(), 40);
    let run = env.run(&[
        "-u",
        &r.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--pattern",
        "ratelimit:*",
    ]);
    run.expect_code(0);
    let j = run.json();
    let rl: Vec<String> = keys
        .iter()
        .filter(|k| k.starts_with("ratelimit:"))
        .cloned()
        .collect();
    let (types, total, no_ttl) = reference(&mut r.conn(), &rl);
    assert_eq!(report_types(&j), types);
    assert_eq!(j["bytes"].as_u64(), Some(total));
    assert_eq!(j["no_ttl"].as_u64(), Some(no_ttl));
    assert!(
        j["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .all(|g| g["pattern"]
                .as_str()
                .is_some_and(|p| p.starts_with("ratelimit:"))),
        "{:#}",
        j["groups"]
    );

    let strings = env.run(&[
        "-u",
        &r.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--type",
        "string",
        "--top",
        "3",
    ]);
    strings.expect_code(0);
    let s = strings.json();
    // 40 trader metadata strings and 4 locks.
    assert_eq!(report_types(&s).get("string").map(|t| t.0), Some(44));
    assert_eq!(report_types(&s).len(), 1);
    assert_eq!(s["top"].as_array().map(Vec::len), Some(3));

    let none = env.run(&[
        "-u",
        &r.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--pattern",
        "nothing:*",
    ]);
    none.expect_code(0);
    assert_eq!(none.json()["scanned"], 0);
}

#[test]
fn max_rate_throttles_the_scan() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut conn = r.conn();
    let mut pipe = redis::pipe();
    for i in 0..600 {
        pipe.cmd("SET")
            .arg(format!("cache:quote:{i}"))
            .arg("x")
            .ignore();
    }
    let _: () = pipe.query(&mut conn).expect("load");
    let started = Instant::now();
    let run = env.run(&[
        "-u",
        &r.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--scan-count",
        "50",
        "--max-rate",
        "1000",
    ]);
    let took = started.elapsed();
    run.expect_code(0);
    assert_eq!(run.json()["keys"], 600);
    // 600 keys at 1000 keys/s: the last batch is not waited for, so at least ~0.5s.
    assert!(took >= Duration::from_millis(450), "took {took:?}");
}

#[test]
fn ctrl_c_prints_a_partial_report_and_exits_130() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut conn = r.conn();
    let mut pipe = redis::pipe();
    for i in 0..3000 {
        pipe.cmd("HSET")
            .arg(format!("sessions:user:{i}"))
            .arg("s")
            .arg("{}")
            .ignore();
    }
    let _: () = pipe.query(&mut conn).expect("load");
    let child = env
        .command(&[
            "-u",
            &r.url(),
            "memory",
            "bigkeys",
            "-o",
            "json",
            "--scan-count",
            "50",
            "--max-rate",
            "500",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn redops");
    std::thread::sleep(Duration::from_millis(1500));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill -INT");
    assert!(status.success());
    let out = child.wait_with_output().expect("wait");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(130),
        "stdout: {stdout}\nstderr: {stderr}"
    );
    let j: Value = serde_json::from_str(&stdout).expect("a JSON report");
    assert_eq!(j["partial"], true);
    let scanned = j["scanned"].as_u64().expect("scanned");
    assert!(scanned > 0 && scanned < 3000, "scanned {scanned}");
    assert_eq!(
        group(&j, "sessions:user:*")["keys"].as_u64(),
        Some(j["keys"].as_u64().expect("keys"))
    );
    assert!(stderr.contains("partial"), "{stderr}");
}

#[test]
fn usage_reports_each_key_in_one_round_trip() {
    let r = RedisServer::start();
    check_usage(&r.url(), &mut r.conn());
    let c = RedisCluster::start();
    check_usage(&c.url(), &mut c.conn());
}

fn check_usage(url: &str, conn: &mut impl redis::ConnectionLike) {
    {
        let env = Env::new();
        let _: () = redis::cmd("HSET")
            .arg("sessions:user:7")
            .arg("s1")
            .arg("{}")
            .arg("s2")
            .arg("{}")
            .query(conn)
            .expect("hset");
        let _: () = redis::cmd("EXPIRE")
            .arg("sessions:user:7")
            .arg(3600)
            .query(conn)
            .expect("expire");
        let _: () = redis::cmd("SET")
            .arg("trader:meta:7")
            .arg("{\"name\":\"x\"}")
            .query(conn)
            .expect("set");
        let run = env.run(&[
            "-u",
            url,
            "memory",
            "usage",
            "sessions:user:7",
            "trader:meta:7",
            "nope:1",
            "-o",
            "json",
        ]);
        run.expect_code(0);
        assert_eq!(run.round_trips(), 1);
        let j = run.json();
        let items = j.as_array().expect("array");
        assert_eq!(items.len(), 3);
        let s = &items[0];
        let t = truth(conn, "sessions:user:7");
        assert_eq!(s["key"], "sessions:user:7");
        assert_eq!(s["type"], "hash");
        assert_eq!(s["bytes"].as_u64(), Some(t.bytes));
        assert_eq!(s["elements"], 2);
        assert!(s["ttl_ms"].as_i64().is_some_and(|t| t > 3_000_000), "{s}");
        let enc: String = redis::cmd("OBJECT")
            .arg("ENCODING")
            .arg("sessions:user:7")
            .query(conn)
            .expect("encoding");
        assert_eq!(s["encoding"], enc.as_str());
        assert_eq!(items[1]["type"], "string");
        assert_eq!(items[1]["elements"], 12);
        assert_eq!(items[1]["ttl_ms"], Value::Null);
        assert_eq!(items[2]["key"], "nope:1");
        assert_eq!(items[2]["exists"], false);
        assert!(
            run.stderr.contains("nope:1 does not exist"),
            "{}",
            run.stderr
        );

        let missing = env.run(&["-u", url, "memory", "usage", "nope:1", "nope:2"]);
        missing.expect_code(4);
        assert!(
            missing.stderr.contains("none of the 2 keys exists"),
            "{}",
            missing.stderr
        );

        let table = env.run(&["-u", url, "memory", "usage", "sessions:user:7"]);
        table.expect_code(0);
        assert!(
            table.stdout.contains("listpack") || table.stdout.contains("ziplist"),
            "{}",
            table.stdout
        );
    }
}

#[test]
fn policy_warns_about_unset_maxmemory_and_noeviction() {
    let r = RedisServer::start();
    let env = Env::new();
    let run = env.run(&["-u", &r.url(), "memory", "policy", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.round_trips(), 1, "one pipeline of INFO + CONFIG GET");
    let j = run.json();
    let n = &j["nodes"][0];
    assert_eq!(n["maxmemory"], 0);
    assert_eq!(n["maxmemory_policy"], "noeviction");
    assert!(n["used_memory"].as_u64().is_some_and(|u| u > 0));
    assert!(n["lfu_log_factor"].as_i64().is_some());
    let warnings: Vec<&str> = j["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .map(|w| w.as_str().expect("text"))
        .collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].contains("maxmemory is not set"));
    assert!(warnings[1].contains("noeviction") && warnings[1].contains("allkeys-lfu"));
    assert!(
        run.stderr.contains("warning: maxmemory is not set"),
        "{}",
        run.stderr
    );

    r.cli(&["CONFIG", "SET", "maxmemory", "100mb"]);
    r.cli(&["CONFIG", "SET", "maxmemory-policy", "allkeys-lfu"]);
    let good = env.run(&["-u", &r.url(), "memory", "policy", "-o", "json"]);
    good.expect_code(0);
    let g = good.json();
    assert_eq!(g["nodes"][0]["maxmemory"], 100 * 1024 * 1024);
    assert_eq!(g["warnings"].as_array().map(Vec::len), Some(0));
    assert!(!good.stderr.contains("warning"), "{}", good.stderr);

    r.cli(&["CONFIG", "SET", "maxmemory-policy", "volatile-lru"]);
    let table = env.run(&["-u", &r.url(), "memory", "policy"]);
    table.expect_code(0);
    assert!(
        table.stdout.contains("volatile-lru") && table.stdout.contains("100.0 MiB"),
        "{}",
        table.stdout
    );
    assert!(
        table.stderr.contains("only keys with a TTL"),
        "{}",
        table.stderr
    );
}

#[test]
fn policy_reads_every_primary_of_a_cluster() {
    let c = RedisCluster::start();
    let env = Env::new();
    c.nodes[1].cli(&["CONFIG", "SET", "maxmemory", "64mb"]);
    c.nodes[1].cli(&["CONFIG", "SET", "maxmemory-policy", "allkeys-lru"]);
    let run = env.run(&["-u", &c.url(), "memory", "policy", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(
        run.round_trips(),
        3,
        "one pipeline per primary, sent at once"
    );
    let j = run.json();
    assert_eq!(j["nodes"].as_array().map(Vec::len), Some(3));
    let warnings = j["warnings"].as_array().expect("warnings");
    // Two warnings on each of the two untouched primaries, none on the configured one.
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    let good = format!("127.0.0.1:{}", c.nodes[1].port);
    assert!(
        warnings
            .iter()
            .all(|w| !w.as_str().unwrap_or("").starts_with(&good))
    );
}

#[test]
fn replicas_are_read_instead_of_primaries() {
    let primary = RedisServer::start();
    let env = Env::new();
    let keys = load_keyspace(&mut primary.conn(), 30);
    let port = primary.port.to_string();
    let replica = RedisServer::start_with(&["--replicaof", "127.0.0.1", &port]);
    wait_for_replica(&primary);
    let run = env.run(&[
        "-u",
        &primary.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--replicas",
    ]);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(
        j["read_from"],
        serde_json::json!([format!("127.0.0.1:{}", replica.port)])
    );
    assert_eq!(j["keys"].as_u64(), Some(keys.len() as u64));
    let (types, _, no_ttl) = reference(&mut primary.conn(), &keys);
    let got = report_types(&j);
    // Key counts and elements are the same on the replica; bytes are the replica's own
    // (objects loaded from the primary's RDB are laid out more compactly, e.g. streams).
    for (t, (k, _, e)) in &types {
        let (gk, gb, ge) = got[t];
        assert_eq!((gk, ge), (*k, *e), "{t}");
        assert!(gb > 0, "{t}");
    }
    assert_eq!(j["no_ttl"].as_u64(), Some(no_ttl));
    let stats = replica.cli(&["INFO", "commandstats"]);
    assert!(
        stats.contains("cmdstat_scan:"),
        "the replica was not scanned: {stats}"
    );

    // No replica: the primary is not read in its place; the report is partial (exit 3).
    let alone = RedisServer::start();
    load_keyspace(&mut alone.conn(), 5);
    let run = env.run(&[
        "-u",
        &alone.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--replicas",
    ]);
    run.expect_code(3);
    let j = run.json();
    assert_eq!(j["read_from"], serde_json::json!([]));
    assert_eq!(j["partial"], true);
    assert_eq!(j["keys"].as_u64(), Some(0));
    assert!(
        run.stderr.contains("has no online replica"),
        "{}",
        run.stderr
    );
}

#[test]
fn replicas_on_a_cluster_read_each_replica_and_miss_primaries_without_one() {
    let c = RedisCluster::start();
    let env = Env::new();
    let keys = load_keyspace(&mut c.conn(), 30);
    // A replica for the first primary.
    let replica = RedisServer::start_with(&[
        "--cluster-enabled",
        "yes",
        "--cluster-config-file",
        "nodes.conf",
        "--cluster-node-timeout",
        "2000",
    ]);
    let id = c.nodes[0].cli(&["CLUSTER", "MYID"]).trim().to_owned();
    let out = std::process::Command::new("redis-cli")
        .args(["--cluster", "add-node"])
        .arg(format!("127.0.0.1:{}", replica.port))
        .arg(format!("127.0.0.1:{}", c.nodes[0].port))
        .args(["--cluster-slave", "--cluster-master-id", &id])
        .output()
        .expect("add-node");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    wait_for_replica(&c.nodes[0]);
    let run = env.run(&[
        "-u",
        &c.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--replicas",
        "--allow-partial",
    ]);
    run.expect_code(0);
    let j = run.json();
    let read_from: Vec<&str> = j["read_from"]
        .as_array()
        .expect("read_from")
        .iter()
        .map(|v| v.as_str().expect("addr"))
        .collect();
    // Only the primary with a replica is read (through its replica); the two without one
    // are missed, never read in their replica's place.
    assert_eq!(
        read_from,
        vec![format!("127.0.0.1:{}", replica.port).as_str()]
    );
    let on_first = keys.iter().filter(|k| c.node_of(k) == 0).count() as u64;
    assert_eq!(j["scanned"].as_u64(), Some(on_first));
    assert_eq!(j["keys"].as_u64(), Some(on_first));
    assert_eq!(j["partial"], true);
    assert_eq!(j["missed"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        run.stderr
            .lines()
            .filter(|l| l.starts_with("warning: 127.0.0.1") && l.contains("has no online replica"))
            .count(),
        2,
        "{}",
        run.stderr
    );
}

#[test]
fn sleep_between_scan_calls_throttles_the_scan() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut pipe = redis::pipe();
    for i in 0..500 {
        pipe.cmd("SET")
            .arg(format!("cache:quote:{i}"))
            .arg("x")
            .ignore();
    }
    let _: () = pipe.query(&mut r.conn()).expect("load");
    let started = Instant::now();
    let run = env.run(&[
        "-u",
        &r.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--scan-count",
        "100",
        "--sleep",
        "150ms",
    ]);
    let took = started.elapsed();
    run.expect_code(0);
    assert_eq!(run.json()["keys"], 500);
    // At least 4 pauses of 150ms between the ~5 SCAN calls.
    assert!(took >= Duration::from_millis(550), "took {took:?}");
}

#[test]
fn keys_deleted_while_scanning_are_skipped_not_errors() {
    let r = RedisServer::start();
    let env = Env::new();
    let total = 20_000;
    let mut pipe = redis::pipe();
    for i in 0..total {
        pipe.cmd("HSET")
            .arg(format!("sessions:user:{i}"))
            .arg("s")
            .arg("{}")
            .ignore();
    }
    let _: () = pipe.query(&mut r.conn()).expect("load");
    // An application logging users out while the scan runs.
    let url = r.url();
    let deleter = std::thread::spawn(move || {
        let mut conn = redis::Client::open(url)
            .expect("client")
            .get_connection()
            .expect("connect");
        for chunk in (0..total).rev().collect::<Vec<_>>().chunks(50) {
            let mut p = redis::pipe();
            for i in chunk {
                p.cmd("DEL").arg(format!("sessions:user:{i}")).ignore();
            }
            let _: () = p.query(&mut conn).expect("delete");
        }
    });
    let run = env.run(&[
        "-u",
        &r.url(),
        "memory",
        "bigkeys",
        "-o",
        "json",
        "--scan-count",
        "200",
    ]);
    deleter.join().expect("deleter");
    run.expect_code(0);
    let j = run.json();
    let (scanned, keys, vanished) = (
        j["scanned"].as_u64().expect("scanned"),
        j["keys"].as_u64().expect("keys"),
        j["vanished"].as_u64().expect("vanished"),
    );
    assert_eq!(keys + vanished, scanned, "{j}");
    assert!(scanned <= total as u64);
    let types = report_types(&j);
    assert_eq!(types.get("hash").map_or(0, |t| t.0), keys);
    eprintln!("scanned {scanned}, vanished {vanished}");
}
