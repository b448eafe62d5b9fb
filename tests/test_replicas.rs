//! `--replicas` on every command that walks the keyspace (issue 17): each reads one online
//! replica of each primary, never the primary, and shows the replica's lag; a primary without
//! an online replica is missed (exit 3 unless --allow-partial).

use crate::support::{Env, RedisServer, wait_for_replica};

fn cmd(r: &RedisServer, args: &[&str]) {
    let mut c = redis::cmd(args[0]);
    for a in &args[1..] {
        c.arg(*a);
    }
    let _: redis::Value = c.query(&mut r.conn()).expect("write test data");
}

/// Every scanning command, with a key that exists only on the replica and how it shows in
/// the command's JSON output.
const COMMANDS: &[(&[&str], &str)] = &[
    (&["session", "list"], "\"user_id\": \"99\""),
    (&["session", "list", "--summary"], "\"users\": 1,"),
    (&["lock", "inspect"], "lock:replica-only"),
    (&["leaderboard", "list"], "leaderboard:monthly:2026-11"),
    (
        &["ratelimit", "top", "--category", "deposit"],
        "ratelimit:deposit:user:99",
    ),
    (&["stream", "groups"], "queue:replica-only"),
    (&["memory", "bigkeys"], "sessions:user:99"),
    // check's stream checks read the streams where the scan found them: the dead-letter
    // stream only the replica holds fails `dead_letter`.
    (&["check", "--full"], "queue:dead-replica"),
];

#[test]
fn every_scanning_command_reads_the_replica_and_shows_its_lag() {
    let primary = RedisServer::start();
    let env = Env::new();
    let port = primary.port.to_string();
    let replica = RedisServer::start_with(&["--replicaof", "127.0.0.1", &port]);
    cmd(&primary, &["SET", "cache:primary", "x"]);
    wait_for_replica(&primary);
    // Keys only the replica holds: what a command shows of them was read there.
    cmd(&replica, &["CONFIG", "SET", "replica-read-only", "no"]);
    cmd(
        &replica,
        &[
            "HSET",
            "sessions:user:99",
            "s99",
            r#"{"session_id":"s99","device_type":"ios","ip_address":"10.0.0.9","created_at":1700000000,"last_active":1700000100}"#,
        ],
    );
    cmd(
        &replica,
        &["SET", "lock:replica-only", "token", "EX", "600"],
    );
    cmd(
        &replica,
        &["ZADD", "leaderboard:monthly:2026-11", "12.5", "trader:1"],
    );
    cmd(
        &replica,
        &[
            "ZADD",
            "ratelimit:deposit:user:99",
            "1700000000",
            "1700000000:1",
        ],
    );
    cmd(&replica, &["XADD", "queue:replica-only", "*", "f", "v"]);
    cmd(&replica, &["XADD", "queue:dead-replica", "*", "f", "v"]);
    cmd(
        &replica,
        &["XGROUP", "CREATE", "queue:replica-only", "workers", "0"],
    );
    let replica_addr = format!("127.0.0.1:{}", replica.port);
    let url = primary.url();

    for (args, shows) in COMMANDS {
        for s in [&primary, &replica] {
            cmd(s, &["CONFIG", "RESETSTAT"]);
        }
        let mut argv = vec!["-u", url.as_str()];
        argv.extend_from_slice(args);
        argv.extend(["--replicas", "-o", "json"]);
        let run = env.run(&argv);
        assert!(
            [0, 1].contains(&run.code),
            "{args:?} exited {}: {}",
            run.code,
            run.stderr
        );
        assert!(
            run.stdout.contains(shows),
            "{args:?}: the replica's key is not in the output: {}",
            run.stdout
        );
        // The scan ran on the replica, not on the primary.
        let on_replica = replica.cli(&["INFO", "commandstats"]);
        let on_primary = primary.cli(&["INFO", "commandstats"]);
        assert!(
            on_replica.contains("cmdstat_scan:"),
            "{args:?}: {on_replica}"
        );
        assert!(
            !on_primary.contains("cmdstat_scan:"),
            "{args:?}: {on_primary}"
        );
        // The lag: in the JSON document when it is one, and on stderr in any case.
        let line = run
            .stderr
            .lines()
            .find(|l| l.starts_with("read from replicas:"))
            .unwrap_or_else(|| panic!("{args:?}: no replica line: {}", run.stderr));
        assert!(
            line.contains(&replica_addr) && line.contains("lag ") && line.contains("primary"),
            "{line}"
        );
        let j = run.json();
        if let Some(rs) = j.get("replicas") {
            assert_eq!(rs[0]["replica"], replica_addr.as_str(), "{args:?}");
            assert_eq!(rs[0]["primary"], format!("127.0.0.1:{port}"), "{args:?}");
            assert!(
                rs[0]["lag_bytes"].is_u64() && rs[0]["lag_secs"].is_u64(),
                "{rs}"
            );
        } else {
            assert!(
                j.is_array(),
                "{args:?}: an object report without replicas: {j}"
            );
        }
    }

    // A sample of the replica is a sample: nothing passes plainly.
    let run = env.run(&[
        "-u",
        &url,
        "check",
        "--replicas",
        "--sample",
        "1",
        "-o",
        "json",
    ]);
    let j = run.json();
    let locks = j["checks"]
        .as_array()
        .and_then(|cs| cs.iter().find(|c| c["name"] == "locks_without_ttl"))
        .unwrap_or_else(|| panic!("no locks_without_ttl: {j}"));
    assert_eq!(locks["status"], "pass_sampled", "{locks}");

    // Tables show the replica and its lag after the report.
    let run = env.run(&[
        "-u",
        &url,
        "ratelimit",
        "top",
        "--category",
        "deposit",
        "--replicas",
    ]);
    run.expect_code(0);
    assert!(
        run.stdout
            .contains(&format!("read from replicas: {replica_addr}")),
        "{}",
        run.stdout
    );

    // A command that changes what it finds never scans a replica.
    let run = env.run(&[
        "-u",
        &url,
        "session",
        "kill",
        "--user",
        "99",
        "--all",
        "--replicas",
    ]);
    run.expect_code(2);
}

#[test]
fn without_a_replica_the_scan_is_partial_and_names_the_primary() {
    let alone = RedisServer::start();
    let env = Env::new();
    cmd(&alone, &["HSET", "sessions:user:1", "s1", "{}"]);
    let url = alone.url();
    let addr = format!("127.0.0.1:{}", alone.port);
    for (args, _) in COMMANDS {
        cmd(&alone, &["CONFIG", "RESETSTAT"]);
        let mut argv = vec!["-u", url.as_str()];
        argv.extend_from_slice(args);
        argv.extend(["--replicas", "-o", "json"]);
        let run = env.run(&argv);
        run.expect_code(3);
        assert!(
            run.stderr
                .contains(&format!("{addr} not scanned: it has no online replica")),
            "{args:?}: {}",
            run.stderr
        );
        // The primary is never read in its replica's place.
        let stats = alone.cli(&["INFO", "commandstats"]);
        assert!(!stats.contains("cmdstat_scan:"), "{args:?}: {stats}");
        argv.push("--allow-partial");
        let run = env.run(&argv);
        let ok: &[i32] = if args[0] == "check" { &[0, 1] } else { &[0] };
        assert!(ok.contains(&run.code), "{args:?}: {}", run.stderr);
    }
    // A snapshot with --replicas: the primary is not forked in its replica's place.
    let run = env.run(&[
        "-u",
        &url,
        "memory",
        "bigkeys",
        "--rdb-sync",
        "--replicas",
        "-o",
        "json",
    ]);
    run.expect_code(3);
    assert!(
        run.stderr.contains("has no online replica"),
        "{}",
        run.stderr
    );
    let stats = alone.cli(&["INFO", "stats"]);
    assert!(stats.contains("sync_full:0"), "{stats}");
}
