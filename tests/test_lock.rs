//! `lock inspect` / `lock force-release` against real servers, with locks written the way an
//! application writes them (`SET lock:{resource} <token> NX PX <ms>`).

use crate::support::{Env, RedisCluster, RedisServer};
use redis::Commands;

fn app_lock(conn: &mut impl redis::ConnectionLike, key: &str, token: &[u8], px: Option<u64>) {
    let mut cmd = redis::cmd("SET");
    cmd.arg(key).arg(token).arg("NX");
    if let Some(px) = px {
        cmd.arg("PX").arg(px);
    }
    let ok: Option<String> = cmd.query(conn).expect("SET NX");
    assert_eq!(ok.as_deref(), Some("OK"), "lock {key} was already taken");
}

#[test]
fn inspect_shows_token_and_ttl_of_an_application_lock() {
    let r = RedisServer::start();
    let env = Env::new();
    app_lock(
        &mut r.conn(),
        "lock:withdrawal:42",
        b"c0ffee-token",
        Some(30_000),
    );
    let run = env.run(&[
        "-u",
        &r.url(),
        "lock",
        "inspect",
        "withdrawal:42",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(j["resource"], "withdrawal:42");
    assert_eq!(j["key"], "lock:withdrawal:42");
    assert_eq!(j["token"], "c0ffee-token");
    let ttl = j["ttl_ms"].as_i64().expect("ttl_ms is a number");
    assert!((20_000..=30_000).contains(&ttl), "ttl_ms {ttl}");
    assert_eq!(
        run.round_trips(),
        1,
        "inspect of one lock is one round trip"
    );

    // Global options after the subcommand, table output for humans.
    let table = env.run(&["lock", "inspect", "withdrawal:42", "--url", &r.url()]);
    table.expect_code(0);
    assert!(
        table.stdout.contains("c0ffee-token") && table.stdout.contains("lock:withdrawal:42"),
        "{}",
        table.stdout
    );
}

#[test]
fn inspect_missing_lock_is_exit_4_and_wrong_type_exit_6() {
    let r = RedisServer::start();
    let env = Env::new();
    let _: () = r.conn().hset("lock:weird", "a", "b").expect("hset");
    let missing = env.run(&["-u", &r.url(), "lock", "inspect", "nope"]);
    missing.expect_code(4);
    assert!(
        missing.stderr.contains("lock:nope is not held"),
        "{}",
        missing.stderr
    );
    let wrong = env.run(&["-u", &r.url(), "lock", "inspect", "weird"]);
    wrong.expect_code(6);
    assert!(
        wrong.stderr.contains("lock:weird is a hash"),
        "{}",
        wrong.stderr
    );
}

#[test]
fn lock_without_ttl_is_flagged_and_listed_first() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    app_lock(&mut c, "lock:a", b"t-a", Some(60_000));
    app_lock(&mut c, "lock:b", b"t-b", Some(5_000));
    app_lock(&mut c, "lock:forever", b"t-f", None);
    let _: () = c.set("not-a-lock", "x").expect("set");
    let _: () = c.hset("lock:odd", "f", "v").expect("hset");

    let j = env.run(&["-u", &r.url(), "lock", "inspect", "-o", "json"]);
    j.expect_code(0);
    let items = j.json();
    let keys: Vec<&str> = items
        .as_array()
        .expect("array")
        .iter()
        .map(|i| i["key"].as_str().expect("key"))
        .collect();
    assert_eq!(keys, ["lock:forever", "lock:b", "lock:a", "lock:odd"]);
    assert!(
        items[0]["ttl_ms"].is_null(),
        "a lock without expiry has ttl_ms null, never -1"
    );
    assert!(
        items[3]["error"]
            .as_str()
            .expect("error")
            .contains("not a string")
    );
    assert!(
        j.stderr.contains("lock:odd"),
        "the wrong-type key is reported: {}",
        j.stderr
    );

    let table = env.run(&["-u", &r.url(), "lock", "inspect", "forever"]);
    table.expect_code(0);
    assert!(table.stdout.contains("NO TTL"), "{}", table.stdout);
    assert!(
        table.stderr.contains("never free itself"),
        "{}",
        table.stderr
    );

    let narrowed = env.run(&[
        "-u",
        &r.url(),
        "lock",
        "inspect",
        "--pattern",
        "f*",
        "-o",
        "json",
    ]);
    assert_eq!(narrowed.json().as_array().map(Vec::len), Some(1));
}

#[test]
fn force_release_deletes_only_while_the_token_is_unchanged() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    app_lock(&mut c, "lock:withdrawal:42", b"tok-1", Some(30_000));

    // Not confirmed in a non-interactive shell: exit 5, nothing changes, nothing audited.
    let refused = env.run(&["-u", &r.url(), "lock", "force-release", "withdrawal:42"]);
    refused.expect_code(5);
    assert!(refused.stderr.contains("--yes"), "{}", refused.stderr);
    assert_eq!(
        c.get::<_, Option<String>>("lock:withdrawal:42")
            .expect("get")
            .as_deref(),
        Some("tok-1")
    );
    assert!(env.audit_lines().is_empty());

    // Dry run: shows the exact key and token, changes nothing.
    let dry = env.run(&[
        "-u",
        &r.url(),
        "lock",
        "force-release",
        "withdrawal:42",
        "--dry-run",
        "-o",
        "json",
    ]);
    dry.expect_code(0);
    assert_eq!(dry.json()["token"], "tok-1");
    assert_eq!(dry.json()["dry_run"], true);
    assert_eq!(dry.json()["released"], false);
    assert!(c.exists::<_, bool>("lock:withdrawal:42").expect("exists"));

    // A --token that is not the current one: exit 5, lock intact.
    let wrong = env.run(&[
        "-u",
        &r.url(),
        "lock",
        "force-release",
        "withdrawal:42",
        "--token",
        "tok-0",
        "--yes",
    ]);
    wrong.expect_code(5);
    assert!(
        wrong.stderr.contains("held by token tok-1, not tok-0"),
        "{}",
        wrong.stderr
    );
    assert!(c.exists::<_, bool>("lock:withdrawal:42").expect("exists"));

    // Confirmed: released in 2 round trips (read, compare-and-delete), audited first.
    let ok = env.run(&[
        "-u",
        &r.url(),
        "lock",
        "force-release",
        "withdrawal:42",
        "--token",
        "tok-1",
        "--yes",
        "-o",
        "json",
    ]);
    ok.expect_code(0);
    assert_eq!(ok.json()["released"], true);
    assert_eq!(ok.json()["token"], "tok-1");
    assert_eq!(ok.round_trips(), 2);
    assert!(!c.exists::<_, bool>("lock:withdrawal:42").expect("exists"));
    let audit = env.audit_lines();
    assert_eq!(audit.len(), 2, "intent and outcome lines: {audit:?}");
    assert_eq!(audit[0]["phase"], "intent");
    assert_eq!(audit[0]["prior"][0]["kind"], "string");
    assert_eq!(audit[0]["prior"][0]["key"], "lock:withdrawal:42");
    assert_eq!(audit[0]["prior"][0]["value"], "tok-1");
    assert_eq!(audit[1]["outcome"]["status"], "released");

    // Released already: exit 4.
    env.run(&[
        "-u",
        &r.url(),
        "lock",
        "force-release",
        "withdrawal:42",
        "--yes",
    ])
    .expect_code(4);
}

#[test]
fn force_release_refuses_when_the_token_changed_between_read_and_delete() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    app_lock(&mut c, "lock:payout:7", b"old-token", Some(30_000));
    // The operator saw "old-token" (dry run); the lock then expires and another worker takes it.
    let seen = env.run(&[
        "-u",
        &r.url(),
        "lock",
        "force-release",
        "payout:7",
        "--dry-run",
        "-o",
        "json",
    ]);
    assert_eq!(seen.json()["token"], "old-token");
    let _: () = c.del("lock:payout:7").expect("del");
    app_lock(&mut c, "lock:payout:7", b"new-token", Some(30_000));
    // Releasing what was seen must not delete the new holder's lock.
    let run = env.run(&[
        "-u",
        &r.url(),
        "lock",
        "force-release",
        "payout:7",
        "--token",
        "old-token",
        "--yes",
    ]);
    run.expect_code(5);
    assert_eq!(
        c.get::<_, Option<String>>("lock:payout:7")
            .expect("get")
            .as_deref(),
        Some("new-token")
    );
}

#[test]
fn a_release_whose_token_changed_at_the_prompt_leaves_nothing_to_restore() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    app_lock(&mut c, "lock:payout:8", b"old-token", Some(30_000));
    let url = r.url();
    let (code, text) = crate::test_session::run_confirmed_in_pty(
        &env,
        &["-u", &url, "lock", "force-release", "payout:8"],
        || {
            // While the operator reads the prompt, the lock expires and a worker takes it.
            let _: () = c.del("lock:payout:8").expect("del");
            app_lock(&mut c, "lock:payout:8", b"new-token", Some(30_000));
        },
    );
    assert_eq!(code, 5, "{text}");
    let audit = env.audit_lines();
    assert_eq!(audit[1]["outcome"]["status"], "token_changed");
    // Nothing was released, so nothing is put back: once the new holder lets go, a restore
    // must not bring the old token back.
    let _: () = c.del("lock:payout:8").expect("del");
    let action = audit[0]["id"].as_str().expect("id");
    let restore = env.run(&["-u", &url, "audit", "restore", action, "--yes"]);
    restore.expect_code(4);
    assert!(
        restore.stderr.contains("did not remove"),
        "{}",
        restore.stderr
    );
    assert!(!c.exists::<_, bool>("lock:payout:8").expect("exists"));
}

#[test]
fn non_utf8_tokens_are_shown_and_released_losslessly() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let token: &[u8] = b"\xff\x00tok\xfe";
    app_lock(&mut c, "lock:bin", token, Some(30_000));
    let j = env.run(&["-u", &r.url(), "lock", "inspect", "bin", "-o", "json"]);
    j.expect_code(0);
    assert_eq!(j.json()["token_hex"], "ff00746f6bfe");
    let rel = env.run(&[
        "-u",
        &r.url(),
        "lock",
        "force-release",
        "bin",
        "--token-hex",
        "ff00746f6bfe",
        "--yes",
    ]);
    rel.expect_code(0);
    assert!(!c.exists::<_, bool>("lock:bin").expect("exists"));
    env.run(&[
        "-u",
        &r.url(),
        "lock",
        "force-release",
        "bin",
        "--token-hex",
        "zz",
    ])
    .expect_code(2);
}

#[test]
fn cluster_lists_locks_on_every_primary_and_releases_across_slots() {
    let cl = RedisCluster::start();
    let env = Env::new();
    let mut c = cl.conn();
    let mut per_node = [0usize; 3];
    let mut i = 0;
    // Enough locks that every primary holds some.
    while per_node.iter().any(|n| *n < 2) {
        let key = format!("lock:withdrawal:{i}");
        app_lock(&mut c, &key, format!("tok-{i}").as_bytes(), Some(60_000));
        per_node[cl.node_of(&key)] += 1;
        i += 1;
    }
    let all = env.run(&["-u", &cl.url(), "lock", "inspect", "-o", "json"]);
    all.expect_code(0);
    assert_eq!(
        all.json().as_array().map(Vec::len),
        Some(i),
        "every lock on every primary is listed once"
    );

    let one = env.run(&[
        "-u",
        &cl.url(),
        "lock",
        "inspect",
        "withdrawal:3",
        "-o",
        "json",
    ]);
    one.expect_code(0);
    assert_eq!(one.json()["token"], "tok-3");
    let rel = env.run(&[
        "-u",
        &cl.url(),
        "lock",
        "force-release",
        "withdrawal:3",
        "--yes",
        "-o",
        "json",
    ]);
    rel.expect_code(0);
    assert_eq!(rel.round_trips(), 2);
    assert!(!c.exists::<_, bool>("lock:withdrawal:3").expect("exists"));
}

#[test]
fn force_release_through_a_50ms_link_costs_two_round_trips_more_than_inspect() {
    // The round-trip counter is redops' own bookkeeping; this checks it against the clock.
    let r = RedisServer::start();
    let env = Env::new();
    let proxy = crate::support::LatencyProxy::start(r.port, std::time::Duration::from_millis(25));
    let url = format!("redis://127.0.0.1:{}", proxy.port);
    let mut c = r.conn();
    let time = |args: &[&str]| {
        let started = std::time::Instant::now();
        let run = env.run(args);
        (started.elapsed(), run)
    };
    let mut inspect = std::time::Duration::MAX;
    let mut release = std::time::Duration::MAX;
    for i in 0..3 {
        let res = format!("w{i}");
        app_lock(&mut c, &format!("lock:{res}"), b"tok", Some(60_000));
        let (t, run) = time(&["-u", &url, "lock", "inspect", &res]);
        run.expect_code(0);
        assert_eq!(run.round_trips_in_all(), 1);
        inspect = inspect.min(t);
        let (t, run) = time(&["-u", &url, "lock", "force-release", &res, "--yes"]);
        run.expect_code(0);
        assert_eq!(run.round_trips(), 2);
        assert_eq!(run.round_trips_in_all(), 3);
        release = release.min(t);
    }
    // inspect's read rides in the connection set-up: 1 round trip in all. release makes its
    // set-up, its read and its delete: 3. A fourth round trip would add another 50 ms.
    let extra = release.saturating_sub(inspect);
    eprintln!("through a 50 ms link: lock inspect {inspect:?}, lock force-release {release:?}");
    assert!(
        extra < std::time::Duration::from_millis(145),
        "release took {release:?}, inspect {inspect:?}: more than two extra round trips"
    );
    assert!(!c.exists::<_, bool>("lock:w0").expect("exists"));
}
