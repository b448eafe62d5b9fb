//! What differs between the servers production runs (Redis 6.2, 7.0, 8.0, Valkey 8.1): each
//! test runs on whatever `redis-server` is first on PATH and asserts what that version must do:
//! the feature where the server has it, the plain "needs Redis X" answer where it does not.
//! `.ci/run` runs the suite once per version; what a version could not run is listed by
//! `support::not_run`.

use crate::support::{Env, RedisServer, not_run, server_build};
use redis::Commands;
use serde_json::Value;

const S1: &str = r#"{"session_id":"s1","device_type":"web","ip_address":"10.0.0.1","created_at":1,"last_active":2}"#;
const S2: &str = r#"{"session_id":"s2","device_type":"ios","ip_address":"10.0.0.2","created_at":1,"last_active":3}"#;
const KEY: &str = "sessions:user:1";

fn session<'a>(list: &'a Value, sid: &str) -> &'a Value {
    list.as_array()
        .and_then(|a| a.iter().find(|s| s["session_id"] == sid))
        .unwrap_or_else(|| panic!("no session {sid} in {list}"))
}

fn check_of<'a>(v: &'a Value, name: &str) -> &'a Value {
    v["checks"]
        .as_array()
        .and_then(|a| a.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("no check {name} in {v}"))
}

/// Kills session s1 of user 1 and returns the audit id.
fn kill_s1(env: &Env, r: &RedisServer) -> String {
    env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--user",
        "1",
        "--session",
        "s1",
        "--yes",
    ])
    .expect_code(0);
    env.run(&["audit", "show", "-o", "json"]).json()[0]["id"]
        .as_str()
        .expect("audit id")
        .to_owned()
}

/// Sessions whose hash has no TTL but whose fields each have one (`HPEXPIRE`, Redis 7.4+,
/// Valkey 9.0+): `session list` shows the field's `ttl_ms` beside the hash's (read in the same
/// round trip), `check` counts only fields that never expire, and `session kill` + `audit
/// restore` put a field back with the TTL it had. On an older server, redops never sends what
/// the server would reject, and a restore of a field that had its own TTL says what it needs.
#[test]
fn session_field_ttls_are_listed_checked_and_put_back() {
    const TEST: &str = "session_field_ttls_are_listed_checked_and_put_back";
    let r = RedisServer::start();
    let build = server_build();
    let env = Env::new();
    let mut c = r.conn();
    let _: () = c.hset(KEY, "s1", S1).expect("hset");
    let _: () = c.hset(KEY, "s2", S2).expect("hset");
    let list = |env: &Env| {
        let run = env.run(&[
            "-u",
            &r.url(),
            "session",
            "list",
            "--user",
            "1",
            "-o",
            "json",
        ]);
        run.expect_code(0);
        assert_eq!(run.round_trips(), 1, "list --user stays one round trip");
        run.json()
    };
    let check = |env: &Env| {
        let run = env.run(&["-u", &r.url(), "check", "-o", "json"]);
        run.json()
    };

    if !build.hash_field_ttl() {
        // The server has no per-field TTLs: none is read (HPTTL would be an unknown command).
        let l = list(&env);
        assert_eq!(session(&l, "s1")["field_ttl_ms"], Value::Null);
        assert_eq!(session(&l, "s1")["ttl_ms"], Value::Null);
        let stats = r.cli(&["INFO", "commandstats"]);
        assert!(
            !stats.contains("cmdstat_eval_ro") && !stats.contains("cmdstat_hpttl"),
            "{stats}"
        );
        let v = check(&env);
        assert_eq!(check_of(&v, "sessions_ttl")["status"], "fail", "{v}");
        assert_eq!(check_of(&v, "sessions_ttl")["observed"], 1, "{v}");

        // A field recorded with its own TTL (by a kill on a 7.4+ server, restored to this one)
        // is not put back as a session that never expires: exit 5, saying what is needed.
        let id = kill_s1(&env, &r);
        let log = std::fs::read_to_string(env.audit_log()).expect("audit log");
        assert!(log.contains(r#""field_ttl_ms":null"#), "{log}");
        std::fs::write(
            env.audit_log(),
            log.replace(r#""field_ttl_ms":null"#, r#""field_ttl_ms":600000"#),
        )
        .expect("rewrite audit log");
        let run = env.run(&["-u", &r.url(), "audit", "restore", &id, "--yes"]);
        run.expect_code(5);
        assert!(
            run.stderr.contains(&format!(
                "needs Redis 7.4 or later (Valkey 9.0 or later): this server is {}",
                build.name()
            )),
            "{}",
            run.stderr
        );
        assert!(!c.hexists::<_, _, bool>(KEY, "s1").expect("hexists"));
        not_run(
            TEST,
            "Redis 7.4+ or Valkey 9.0+ for per-field TTLs (ran the old-server path: none read, restore refused with exit 5)",
        );
        return;
    }

    // s1 expires on its own in 10 minutes; s2 never does, and neither does the hash.
    let hpexpire = |field: &str, ms: i64| {
        let set: Vec<i64> = redis::cmd("HPEXPIRE")
            .arg(KEY)
            .arg(ms)
            .arg("FIELDS")
            .arg(1)
            .arg(field)
            .query(&mut r.conn())
            .expect("hpexpire");
        assert_eq!(set, [1]);
    };
    hpexpire("s1", 600_000);
    let l = list(&env);
    let s1 = session(&l, "s1");
    assert_eq!(s1["ttl_ms"], Value::Null, "the hash has no TTL");
    let f = s1["field_ttl_ms"].as_i64().expect("s1 has a field TTL");
    assert!(f > 500_000 && f <= 600_000, "{f}");
    assert_eq!(session(&l, "s2")["field_ttl_ms"], Value::Null);
    // The table names it as the field's.
    let t = env.run(&["-u", &r.url(), "session", "list", "--user", "1"]);
    t.expect_code(0);
    assert!(t.stdout.contains("(field)"), "{}", t.stdout);
    assert!(
        t.stdout.contains("NO TTL"),
        "s2 never expires: {}",
        t.stdout
    );
    // Platform-wide listing reads them too.
    let all = env.run(&["-u", &r.url(), "session", "list", "-o", "json"]);
    all.expect_code(0);
    assert_eq!(
        session(&all.json(), "s1")["field_ttl_ms"]
            .as_i64()
            .map(|f| f > 500_000),
        Some(true)
    );

    // check: the hash has no TTL; one of its two fields has none either.
    let v = check(&env);
    let st = check_of(&v, "sessions_ttl");
    assert_eq!(st["status"], "fail", "{v}");
    let msg = st["message"].as_str().expect("message");
    assert!(
        msg.contains("1 session field(s)") && msg.contains("(1 of 2 fields)"),
        "{msg}"
    );
    // Every field expiring on its own is as good as a hash TTL.
    hpexpire("s2", 900_000);
    let v = check(&env);
    assert_eq!(check_of(&v, "sessions_ttl")["status"], "pass", "{v}");

    // kill records the field's TTL; restore puts the field back with it.
    let id = kill_s1(&env, &r);
    assert!(!c.hexists::<_, _, bool>(KEY, "s1").expect("hexists"));
    let prior = &env.audit_lines()[0]["prior"][0];
    let recorded = prior["field_ttl_ms"].as_i64().expect("field TTL recorded");
    assert!(recorded > 500_000 && recorded <= 600_000, "{prior}");
    assert_eq!(prior["key_ttl_ms"], Value::Null);
    env.run(&["-u", &r.url(), "audit", "restore", &id, "--yes"])
        .expect_code(0);
    let back: Option<String> = c.hget(KEY, "s1").expect("hget");
    assert_eq!(back.as_deref(), Some(S1));
    let ttl: Vec<i64> = redis::cmd("HPTTL")
        .arg(KEY)
        .arg("FIELDS")
        .arg(1)
        .arg("s1")
        .query(&mut c)
        .expect("hpttl");
    assert!(
        ttl[0] > 400_000 && ttl[0] <= recorded,
        "s1 expires as it would have: {ttl:?}"
    );
    let pttl: i64 = c.pttl(KEY).expect("pttl");
    assert_eq!(pttl, -1, "the hash still has no TTL of its own");
}

/// A user with thousands of sessions (a hash read in several `HSCAN` pages, over a thousand
/// fields a page): every session comes with its own TTL where the server has per-field TTLs.
#[test]
fn a_huge_session_hash_is_read_with_every_field_ttl() {
    const TEST: &str = "a_huge_session_hash_is_read_with_every_field_ttl";
    let r = RedisServer::start();
    let build = server_build();
    let env = Env::new();
    let mut c = r.conn();
    let n = 12_000;
    let mut hset = redis::cmd("HSET");
    hset.arg(KEY);
    for i in 0..n {
        hset.arg(format!("s{i}")).arg(format!(
            r#"{{"session_id":"s{i}","device_type":"web","ip_address":"10.0.0.1","created_at":1,"last_active":2}}"#
        ));
    }
    let _: i64 = hset.query(&mut c).expect("hset");
    if build.hash_field_ttl() {
        let mut exp = redis::cmd("HPEXPIRE");
        exp.arg(KEY).arg(3_600_000).arg("FIELDS").arg(n);
        for i in 0..n {
            exp.arg(format!("s{i}"));
        }
        let _: Vec<i64> = exp.query(&mut c).expect("hpexpire");
    }
    let run = env.run(&[
        "-u",
        &r.url(),
        "session",
        "list",
        "--user",
        "1",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    let list = run.json();
    let all = list.as_array().expect("array");
    assert_eq!(all.len(), n, "every session, once");
    let with_ttl = all.iter().filter(|s| s["field_ttl_ms"].is_i64()).count();
    if build.hash_field_ttl() {
        assert_eq!(with_ttl, n, "every field's TTL is read");
    } else {
        assert_eq!(with_ttl, 0);
    }
    // Across the platform the big hash is handed on page by page, each page with its TTLs.
    let run = env.run(&["-u", &r.url(), "session", "list", "-o", "ndjson"]);
    run.expect_code(0);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("ndjson line"))
        .collect();
    assert_eq!(lines.len(), n, "every session, once, across the platform");
    let with_ttl = lines.iter().filter(|s| s["field_ttl_ms"].is_i64()).count();
    assert_eq!(with_ttl, if build.hash_field_ttl() { n } else { 0 });
    // A kill (dry run) ends them all; each keeps its field TTL for the audit line.
    let run = env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--user",
        "1",
        "--all",
        "--dry-run",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    let killed = run.json()["killed"].as_array().expect("killed").clone();
    assert_eq!(killed.len(), n, "every session, in one run");
    let with_ttl = killed.iter().filter(|s| s["field_ttl_ms"].is_i64()).count();
    assert_eq!(with_ttl, if build.hash_field_ttl() { n } else { 0 });
    // Ended for real (more than one audit line holds: audited in parts), then put back, each
    // field with its own TTL.
    let run = env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--user",
        "1",
        "--all",
        "--yes",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["ended"], n);
    let audit = env.audit_lines();
    assert_eq!(audit[0]["context"]["audit_parts"], true);
    let id = audit[0]["id"].as_str().expect("id").to_owned();
    let restore = env.run(&[
        "-u",
        &r.url(),
        "audit",
        "restore",
        &id,
        "--yes",
        "-o",
        "json",
    ]);
    restore.expect_code(0);
    assert_eq!(restore.json()["restored"].as_array().map(Vec::len), Some(n));
    let hlen: usize = redis::cmd("HLEN").arg(KEY).query(&mut c).expect("hlen");
    assert_eq!(hlen, n);
    if build.hash_field_ttl() {
        let ttls: Vec<i64> = redis::cmd("HPTTL")
            .arg(KEY)
            .arg("FIELDS")
            .arg(2)
            .arg("s0")
            .arg(format!("s{}", n - 1))
            .query(&mut c)
            .expect("hpttl");
        assert!(ttls.iter().all(|t| *t > 0), "field TTLs put back: {ttls:?}");
    }
    if !build.hash_field_ttl() {
        not_run(
            TEST,
            "Redis 7.4+ or Valkey 9.0+ for per-field TTLs (read the hash without them)",
        );
    }
}
