//! No trace on the eviction policy (issue 17): on Redis 7.2+ and Valkey every connection redops
//! opens has `CLIENT NO-TOUCH ON`, so a read-only command leaves `OBJECT FREQ` of every key as
//! it was. On older servers the report names the reads that touched keys, and `--no-touch`
//! skips them.
//!
//! The servers run `allkeys-lfu` with `lfu-log-factor 0` (every access adds exactly 1 to a
//! key's counter) and `lfu-decay-time 0` (counters never decay during the test), so any
//! touching read shows as a changed `OBJECT FREQ`.

use crate::support::{Env, RedisCluster, RedisServer, load_demo_data, not_run, server_build};
use redops::datagen::Spec;
use std::collections::BTreeMap;

const LFU: &[&str] = &[
    "--maxmemory-policy",
    "allkeys-lfu",
    "--lfu-log-factor",
    "0",
    "--lfu-decay-time",
    "0",
];

/// A small platform keyspace (sessions, rate limits, boards, locks, streams, cache keys).
fn load(r: &RedisServer) {
    load_into(&r.url(), std::slice::from_ref(r));
}

/// Loads the keyspace through `url`, then sets the test's LFU settings on every node.
fn load_into(url: &str, nodes: &[RedisServer]) {
    let spec = Spec {
        users: 20,
        seed: 17,
        batch_size: 700,
        ..Spec::default()
    };
    load_demo_data(url, &spec).expect("load the keyspace");
    // The generator sets its own policy: put the test's back.
    for r in nodes {
        for (k, v) in [
            ("maxmemory-policy", "allkeys-lfu"),
            ("lfu-log-factor", "0"),
            ("lfu-decay-time", "0"),
        ] {
            let _: () = redis::cmd("CONFIG")
                .arg("SET")
                .arg(k)
                .arg(v)
                .query(&mut r.conn())
                .expect("CONFIG SET");
        }
    }
}

/// `OBJECT FREQ` of every key (SCAN and OBJECT do not touch keys); keys that expire while
/// being read are left out.
fn freqs(r: &RedisServer) -> BTreeMap<String, i64> {
    let mut conn = r.conn();
    // A cluster replica answers for its keys only in READONLY mode (elsewhere: an error).
    let _: redis::RedisResult<()> = redis::cmd("READONLY").query(&mut conn);
    let keys: Vec<String> = redis::cmd("SCAN")
        .cursor_arg(0)
        .clone()
        .iter(&mut conn)
        .expect("SCAN")
        .filter_map(|k: redis::RedisResult<String>| k.ok())
        .collect();
    keys.into_iter()
        .filter_map(|k| {
            let f: redis::RedisResult<i64> =
                redis::cmd("OBJECT").arg("FREQ").arg(&k).query(&mut conn);
            f.ok().map(|f| (k, f))
        })
        .collect()
}

/// Keys present before and after whose `OBJECT FREQ` changed.
fn changed(before: &BTreeMap<String, i64>, after: &BTreeMap<String, i64>) -> Vec<String> {
    before
        .iter()
        .filter(|(k, f)| after.get(*k).is_some_and(|a| a != *f))
        .map(|(k, f)| format!("{k}: {f} -> {}", after[k]))
        .collect()
}

/// Every node's `OBJECT FREQ`s, by `node/key`.
fn all_freqs(nodes: &[RedisServer]) -> BTreeMap<String, i64> {
    nodes
        .iter()
        .flat_map(|n| {
            freqs(n)
                .into_iter()
                .map(move |(k, f)| (format!("{}/{k}", n.port), f))
        })
        .collect()
}

/// The read-only commands the issue names, and the other read-only commands (scans and point
/// reads), with the exit codes their report may end with (check fails on the generator's
/// planted problems; stream groups on its dead consumer).
const COMMANDS: &[(&[&str], &[i32])] = &[
    (&["memory", "bigkeys", "-o", "json"], &[0]),
    (&["session", "list", "-o", "json"], &[0]),
    (&["check", "--full", "-o", "json"], &[0, 1]),
    (&["session", "list", "--user", "3", "-o", "json"], &[0]),
    (&["session", "list", "--summary", "-o", "json"], &[0]),
    (&["lock", "inspect", "-o", "json"], &[0]),
    (&["leaderboard", "list", "-o", "json"], &[0]),
    (&["leaderboard", "top", "-o", "json"], &[0]),
    (
        &["ratelimit", "top", "--category", "deposit", "-o", "json"],
        &[0],
    ),
    (
        &[
            "ratelimit",
            "probe",
            "--category",
            "deposit",
            "--user",
            "3",
            "-o",
            "json",
        ],
        &[0],
    ),
    (&["stream", "groups", "-o", "json"], &[0]),
    (&["memory", "usage", "sessions:user:3", "-o", "json"], &[0]),
];

fn has_no_touch() -> bool {
    server_build().has((7, 2), (7, 2))
}

#[test]
fn read_only_commands_leave_lfu_counters_alone() {
    let r = RedisServer::start_with(LFU);
    let env = Env::new();
    load(&r);
    if !has_no_touch() {
        not_run(
            "read_only_commands_leave_lfu_counters_alone",
            "CLIENT NO-TOUCH (Redis 7.2+, Valkey)",
        );
        // The server's plain answer: it does not know the subcommand.
        let answer = r.cli(&["CLIENT", "NO-TOUCH", "ON"]);
        assert!(
            answer.contains("ERR") && answer.to_lowercase().contains("subcommand"),
            "{answer}"
        );
        return;
    }
    assert!(freqs(&r).len() > 50, "the keyspace was not loaded");
    let url = r.url();
    for (args, codes) in COMMANDS {
        let before = freqs(&r);
        let mut argv = vec!["-u", url.as_str()];
        argv.extend_from_slice(args);
        let run = env.run(&argv);
        assert!(
            codes.contains(&run.code),
            "{args:?} exited {}: {}",
            run.code,
            run.stderr
        );
        let after = freqs(&r);
        let moved = changed(&before, &after);
        assert!(!before.is_empty());
        if FIRST_READS_WITH_SET_UP.contains(args) {
            // A single-key command's first read goes out with the connection set-up, before
            // NO-TOUCH (the server may be a cluster node that NO-TOUCH can crash): at most the
            // key it reads is touched, and the note says so.
            assert!(moved.len() <= 1, "{args:?} touched {moved:?}");
            if !moved.is_empty() {
                assert!(
                    run.stderr.contains("before CLIENT NO-TOUCH"),
                    "{args:?} touched {moved:?} without a note: {}",
                    run.stderr
                );
            }
            continue;
        }
        assert!(
            moved.is_empty(),
            "{args:?} touched {} keys: {moved:?}",
            moved.len()
        );
        assert!(!run.stderr.contains("LRU/LFU"), "{}", run.stderr);
    }
}

/// The commands of [`COMMANDS`] whose first read rides with the connection set-up.
const FIRST_READS_WITH_SET_UP: &[&[&str]] = &[
    &["session", "list", "--user", "3", "-o", "json"],
    &["leaderboard", "top", "-o", "json"],
    &[
        "ratelimit",
        "probe",
        "--category",
        "deposit",
        "--user",
        "3",
        "-o",
        "json",
    ],
];

/// Redis 8.0-8.2 and Valkey 8.1: a NO-TOUCH client's command on a key of a migrating slot
/// crashes the node, so redops does not use NO-TOUCH on their clusters.
fn no_touch_can_crash() -> bool {
    let b = server_build();
    let (ma, mi, _) = b.version;
    if b.is_valkey() {
        (ma, mi) >= (8, 1) && (ma, mi) < (9, 0)
    } else {
        (ma, mi) >= (8, 0) && (ma, mi) < (8, 4)
    }
}

#[test]
fn without_no_touch_the_report_names_touching_reads_and_no_touch_skips_them() {
    let r = RedisServer::start_with(LFU);
    let env = Env::new();
    load(&r);
    let url = r.url();
    if has_no_touch() {
        // NO-TOUCH is accepted, so a read-only command's reads touch nothing and nothing is
        // named (the other test checks the counters).
        assert_eq!(r.cli(&["CLIENT", "NO-TOUCH", "ON"]).trim(), "OK");
        let run = env.run(&["-u", &url, "memory", "bigkeys", "--no-touch", "-o", "json"]);
        run.expect_code(0);
        assert_eq!(run.json()["elements_known"], true);
        // A connection that may write never has NO-TOUCH (it can crash Redis 8.0-8.2 and
        // Valkey 8.1): a destructive command's reads touch keys, the note names them and why,
        // and --no-touch refuses them before they are sent.
        let key = "sessions:user:3";
        let freq = || r.cli(&["OBJECT", "FREQ", key]).trim().to_owned();
        let before = freq();
        let kill = [
            "-u",
            &url,
            "session",
            "kill",
            "--user",
            "3",
            "--all",
            "--dry-run",
        ];
        let run = env.run(&kill);
        run.expect_code(0);
        assert_ne!(freq(), before, "the kill's read of {key} touched it");
        let note = run
            .stderr
            .lines()
            .find(|l| l.contains("updated the LRU/LFU data"))
            .unwrap_or_else(|| panic!("no touching-read note: {}", run.stderr));
        assert!(
            note.contains("does not turn CLIENT NO-TOUCH on") && note.contains("writes"),
            "{note}"
        );
        let before = freq();
        let mut refused = kill.to_vec();
        refused.push("--no-touch");
        let run = env.run(&refused);
        run.expect_code(5);
        assert!(
            run.stderr.contains("--no-touch") && run.stderr.contains("a connection that writes"),
            "{}",
            run.stderr
        );
        assert_eq!(freq(), before, "--no-touch sent nothing that touches {key}");
        return;
    }
    // Without --no-touch: the length reads touch keys, and the report says which.
    let before = freqs(&r);
    let run = env.run(&["-u", &url, "memory", "bigkeys", "-o", "json"]);
    run.expect_code(0);
    assert!(!changed(&before, &freqs(&r)).is_empty());
    let note = run
        .stderr
        .lines()
        .find(|l| l.contains("updated the LRU/LFU data"))
        .unwrap_or_else(|| panic!("no touching-read note: {}", run.stderr));
    for read in ["HLEN", "ZCARD", "XLEN", "STRLEN"] {
        assert!(note.contains(read), "{note}");
    }
    assert!(
        note.contains("allkeys-lfu") && note.contains("--no-touch"),
        "{note}"
    );

    // With --no-touch: no counter moves; element counts are unknown, never 0.
    let before = freqs(&r);
    let run = env.run(&["-u", &url, "memory", "bigkeys", "--no-touch", "-o", "json"]);
    run.expect_code(0);
    let moved = changed(&before, &freqs(&r));
    assert!(moved.is_empty(), "{moved:?}");
    let j = run.json();
    assert_eq!(j["elements_known"], false);
    assert!(j["keys"].as_u64().unwrap_or(0) > 50);
    for t in j["types"].as_array().expect("types") {
        assert!(t["elements"].is_null(), "{t}");
    }
    assert!(
        !run.stderr.contains("updated the LRU/LFU data"),
        "{}",
        run.stderr
    );
    let table = env.run(&["-u", &url, "memory", "bigkeys", "--no-touch"]);
    table.expect_code(0);
    assert!(
        table.stdout.contains("elements: unknown"),
        "{}",
        table.stdout
    );

    // A command that cannot work without touching reads says so, and reads nothing that
    // touches.
    let before = freqs(&r);
    let run = env.run(&["-u", &url, "session", "list", "--no-touch"]);
    run.expect_code(5);
    assert!(
        run.stderr.contains("HSCAN") && run.stderr.contains("--no-touch"),
        "{}",
        run.stderr
    );
    assert!(changed(&before, &freqs(&r)).is_empty());

    // A policy that ignores access data: nothing to report.
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory-policy")
        .arg("noeviction")
        .query(&mut r.conn())
        .expect("CONFIG SET");
    let run = env.run(&["-u", &url, "memory", "bigkeys", "-o", "json"]);
    run.expect_code(0);
    assert!(!run.stderr.contains("LRU/LFU"), "{}", run.stderr);
}

/// A cluster: the per-node connections (scans), the cluster client's links (reads routed by
/// key) and, with --replicas, the replicas' connections all have NO-TOUCH; on Redis 8.0-8.2
/// and Valkey 8.1, which a NO-TOUCH client can crash during a resharding, the primaries'
/// connections do not, and the note names the reads that touched keys.
#[test]
fn cluster_reads_leave_lfu_counters_alone_on_every_node() {
    if !has_no_touch() {
        not_run(
            "cluster_reads_leave_lfu_counters_alone_on_every_node",
            "CLIENT NO-TOUCH (Redis 7.2+, Valkey)",
        );
        let r = RedisServer::start();
        let answer = r.cli(&["CLIENT", "NO-TOUCH", "ON"]);
        assert!(answer.contains("ERR"), "{answer}");
        return;
    }
    let c = RedisCluster::start_with_replicas(1);
    let env = Env::new();
    load_into(&c.url(), &c.nodes);
    // Let the replicas catch up before counting (their counters are their own).
    std::thread::sleep(std::time::Duration::from_millis(500));
    let url = c.url();
    let mut runs: Vec<Vec<&str>> = COMMANDS.iter().map(|(a, _)| a.to_vec()).collect();
    runs.push(vec!["memory", "bigkeys", "--replicas", "-o", "json"]);
    runs.push(vec!["session", "list", "--replicas", "-o", "json"]);
    for args in runs {
        let before = all_freqs(&c.nodes);
        assert!(before.len() > 50, "the keyspace was not loaded");
        let mut argv = vec!["-u", url.as_str()];
        argv.extend_from_slice(&args);
        let run = env.run(&argv);
        assert!(
            [0, 1].contains(&run.code),
            "{args:?} exited {}: {}",
            run.code,
            run.stderr
        );
        let moved = changed(&before, &all_freqs(&c.nodes));
        if no_touch_can_crash() {
            // No NO-TOUCH on this cluster (it could crash a node during a resharding): the
            // reads touch keys, and the note says which and why.
            if !moved.is_empty() {
                assert!(
                    run.stderr
                        .contains("redops does not turn CLIENT NO-TOUCH on"),
                    "{args:?} touched {} keys without the note: {}",
                    moved.len(),
                    run.stderr
                );
            }
            continue;
        }
        assert!(
            moved.is_empty(),
            "{args:?} touched {} keys: {moved:?}",
            moved.len()
        );
    }
}

/// The eviction policy cannot be read (INFO refused to this ACL user, in the set-up pipeline):
/// the note says the reads may have touched keys, and why the policy is unknown, without a
/// round trip of its own.
#[test]
fn policy_refused_the_note_says_it_is_unknown() {
    let r = RedisServer::start_with(LFU);
    let env = Env::new();
    load(&r);
    let _: () = redis::cmd("ACL")
        .arg("SETUSER")
        .arg("reader")
        .arg("on")
        .arg(">pw")
        .arg("~*")
        .arg("+@read")
        .arg("+@connection")
        .arg("+scan")
        .arg("+type")
        .arg("+memory")
        .arg("+evalsha")
        .arg("+eval")
        // EVAL_RO (the page read with the fields' TTLs) exists from Redis 7.0.
        .arg(if server_build().has((7, 0), (7, 0)) {
            "+eval_ro"
        } else {
            "+eval"
        })
        .arg("+script|load")
        .arg("+client")
        .arg("+dbsize")
        .arg("-info")
        .arg("-config")
        .query(&mut r.conn())
        .expect("ACL SETUSER");
    let url = format!("redis://reader:pw@127.0.0.1:{}", r.port);
    let run = env.run(&["-u", &url, "memory", "bigkeys", "-o", "json"]);
    run.expect_code(0);
    if has_no_touch() {
        // NO-TOUCH is on (the user may run CLIENT): nothing touched, nothing to say.
        assert!(!run.stderr.contains("LRU/LFU"), "{}", run.stderr);
        // A connection that writes has no NO-TOUCH: its reads are named, with the policy
        // unknown (INFO refused in the set-up).
        let run = env.run(&[
            "-u",
            &url,
            "session",
            "kill",
            "--user",
            "3",
            "--all",
            "--dry-run",
        ]);
        run.expect_code(0);
        let note = run
            .stderr
            .lines()
            .find(|l| l.contains("may have updated the LRU/LFU data"))
            .unwrap_or_else(|| panic!("no note: {}", run.stderr));
        assert!(note.contains("INFO memory: NOPERM"), "{note}");
        return;
    }
    let note = run
        .stderr
        .lines()
        .find(|l| l.contains("may have updated the LRU/LFU data"))
        .unwrap_or_else(|| panic!("no note: {}", run.stderr));
    assert!(note.contains("INFO memory: NOPERM"), "{note}");
    assert!(note.contains("HLEN"), "{note}");
}

/// Redis 8.0.2 and Valkey 8.1.1 die (SIGSEGV in `lookupKey`) when a client with NO-TOUCH on
/// sends a command on a key of a migrating or importing slot, or writes a key another client
/// is blocked on. During a resharding, redops's reads (single-key, scans, with the first reads
/// in the set-up round trip) and its writes leave every node up, on every server version.
#[test]
fn reads_and_writes_during_a_resharding_leave_every_node_up() {
    let c = RedisCluster::start();
    let env = Env::new();
    load_into(&c.url(), &c.nodes);
    let key = "sessions:user:3";
    let slot = redops::client::key_slot(key.as_bytes()).to_string();
    let from = c
        .nodes
        .iter()
        .position(|n| n.cli(&["EXISTS", key]).trim() == "1")
        .expect("the node that holds sessions:user:3");
    let to = (from + 1) % c.nodes.len();
    let id = |i: usize| c.nodes[i].cli(&["CLUSTER", "MYID"]).trim().to_owned();
    let (from_id, to_id) = (id(from), id(to));
    c.nodes[to].cli(&["CLUSTER", "SETSLOT", &slot, "IMPORTING", &from_id]);
    c.nodes[from].cli(&["CLUSTER", "SETSLOT", &slot, "MIGRATING", &to_id]);
    let url = c.url();
    let all_up = |after: &[&str]| {
        for (i, n) in c.nodes.iter().enumerate() {
            assert_eq!(
                n.cli(&["PING"]).trim(),
                "PONG",
                "node {i} (port {}) is down after {after:?}",
                n.port
            );
        }
    };
    for args in [
        &["session", "list", "--user", "3", "-o", "json"][..],
        &["memory", "usage", key, "-o", "json"],
        &["session", "list", "-o", "json", "--allow-partial"],
        &["memory", "bigkeys", "-o", "json", "--allow-partial"],
        &[
            "session", "kill", "--user", "3", "--all", "--yes", "-o", "json",
        ],
    ] {
        let mut argv = vec!["-u", url.as_str()];
        argv.extend_from_slice(args);
        let run = env.run(&argv);
        assert!(
            (0..=6).contains(&run.code),
            "{args:?} exited {}: {}",
            run.code,
            run.stderr
        );
        all_up(args);
    }
    // Gone from the node that held it: it answers 0, or ASK (a key of a migrating slot that
    // it no longer holds is looked for on the importing node).
    let exists = c.nodes[from].cli(&["EXISTS", key]);
    assert!(
        exists.trim() == "0" || exists.starts_with("ASK"),
        "the kill ended the sessions of user 3: EXISTS answered {exists}"
    );
}
