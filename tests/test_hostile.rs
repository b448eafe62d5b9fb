//! Issue 19: hostile data and broken clusters. Values written by other applications (huge
//! numbers, control characters, megabyte tokens), arguments out of range and servers that refuse
//! writes half-way must end in a report and a contract exit code, never a panic (exit 70), raw
//! escape sequences on the operator's terminal, or a change that is not reported and audited.

use crate::support::{Env, RedisServer, now};
use crate::test_session::{json_after_prompt, run_confirmed_in_pty};
use redis::ConnectionLike;
use serde_json::{Value, json};

fn q(c: &mut impl ConnectionLike, args: &[&[u8]]) -> redis::Value {
    let mut cmd = redis::Cmd::new();
    for a in args {
        cmd.arg(*a);
    }
    cmd.query(c)
        .unwrap_or_else(|e| panic!("{:?}: {e}", String::from_utf8_lossy(args[0])))
}

/// Asserts that no control character (ESC, BEL, CSI, DEL...) reached the output.
fn assert_no_control(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|c| c.is_control() && *c != '\n')
        .collect();
    assert!(
        bad.is_empty(),
        "{what}: control characters {bad:?} written raw:\n{text}"
    );
}

#[test]
fn huge_numbers_in_stored_data_are_shown_as_stored_not_a_panic() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    let mut c = r.conn();
    let v = format!(
        r#"{{"session_id":"s1","device_type":"web","ip_address":"10.1.2.3","created_at":{},"last_active":1e300}}"#,
        now() - 60
    );
    q(&mut c, &[b"HSET", b"sessions:user:1", b"s1", v.as_bytes()]);
    q(&mut c, &[b"ZADD", b"ratelimit:zz:user:1", b"1e20", b"a"]);

    for args in [
        vec!["session", "list", "--user", "1"],
        vec!["session", "list", "--ip", "10.1.0.0/16"],
        vec!["session", "kill", "--user", "1", "--all", "--dry-run"],
    ] {
        let mut a = vec!["-u", url.as_str()];
        a.extend(args.iter().copied());
        let run = env.run(&a);
        run.expect_code(0);
        assert!(
            run.stdout.contains("1e+300"),
            "{args:?}: the time is shown as Redis holds it: {}",
            run.stdout
        );
    }
    let run = env.run(&["-u", &url, "ratelimit", "top", "--category", "zz"]);
    run.expect_code(0);
    assert!(run.stdout.contains("1e+20"), "{}", run.stdout);

    // An audit line with an absurd time (written by hand, or by a broken clock).
    std::fs::write(
        env.audit_log(),
        json!({"id": "a1", "phase": "intent", "time": 1e300, "user": "ops",
               "command": "lock force-release", "summary": "release lock:x", "prior": []})
        .to_string()
            + "\n",
    )
    .expect("write audit log");
    let run = env.run(&["audit", "show"]);
    run.expect_code(0);
    assert!(run.stdout.contains("1e+300"), "{}", run.stdout);
}

#[test]
fn paths_that_are_not_utf8_are_not_a_panic() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let r = RedisServer::start();
    let env = Env::new();
    let bad = env.dir.path().join(OsStr::from_bytes(b"audit-\xff.jsonl"));
    for (command, flag, expect) in [
        (&["audit", "show"][..], "--audit-log", Some(0)),
        (&["ping"][..], "--config", None),
        (&["ping"][..], "--tls-ca", None),
    ] {
        let out = env
            .command(&["-u", &r.url()])
            .args(command)
            .arg(flag)
            .arg(&bad)
            .output()
            .expect("run redops");
        let code = out.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(code, 70, "{flag}: {stderr}");
        assert!(!stderr.contains("panicked"), "{flag}: {stderr}");
        if let Some(e) = expect {
            assert_eq!(code, e, "{flag}: {stderr}");
        }
    }
}

#[test]
fn durations_out_of_range_are_usage_errors_naming_the_range() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    let mut c = r.conn();
    q(&mut c, &[b"XADD", b"st", b"*", b"a", b"b"]);
    q(&mut c, &[b"XGROUP", b"CREATE", b"st", b"g", b"0"]);
    let cases: Vec<Vec<&str>> = vec![
        vec![
            "stream",
            "pending",
            "st",
            "--group",
            "g",
            "--min-idle",
            "999999999999d",
        ],
        vec![
            "stream",
            "ack",
            "st",
            "--group",
            "g",
            "--min-idle",
            "999999999999d",
        ],
        vec![
            "stream",
            "reclaim",
            "st",
            "--group",
            "g",
            "--to",
            "c2",
            "--min-idle",
            "999999999999d",
        ],
        vec![
            "ratelimit",
            "probe",
            "--category",
            "deposit",
            "--user",
            "1",
            "--window",
            "999999999999d",
        ],
        vec!["check", "--max-lock-ttl", "999999999999d"],
    ];
    for args in &cases {
        let mut a = vec!["-u", url.as_str()];
        a.extend(args.iter().copied());
        let run = env.run(&a);
        run.expect_code(2);
        assert!(
            run.stderr.contains("999999999999d") && run.stderr.contains("100 years"),
            "{args:?}: names the value and the range: {}",
            run.stderr
        );
    }
    let run = env.run(&[
        "-u",
        &url,
        "ratelimit",
        "probe",
        "--category",
        "deposit",
        "--user",
        "1",
        "--window",
        "1ns",
    ]);
    run.expect_code(2);
    assert!(run.stderr.contains("1ms"), "{}", run.stderr);
    for _ in 0..3 {
        let run = env.run(&["-u", &url, "--timeout", "0s", "ping"]);
        run.expect_code(2);
        assert!(
            run.stderr.contains("0s") && run.stderr.contains("1ms"),
            "{}",
            run.stderr
        );
    }
}

/// Control characters stored by applications: an OSC sequence that retitles the terminal, a CSI
/// that clears it, a BEL, a C1 CSI, a DEL and a newline (a fake table row).
const EVIL: &str = "x\x1b]0;pwned\x07\x1b[2J\u{9b}31m\x7f\nfake row";

#[test]
fn control_characters_in_values_are_escaped_in_every_table() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    let mut c = r.conn();
    let e = EVIL.as_bytes();
    q(&mut c, &[b"SET", b"lock:evil", e, b"PX", b"600000"]);
    q(
        &mut c,
        &[b"SET", &[b"lock:k-", e].concat(), b"t", b"PX", b"600000"],
    );
    q(&mut c, &[b"ZADD", b"leaderboard:weekly:2026-01", b"5", e]);
    let v = json!({"session_id": "s1", "device_type": EVIL, "ip_address": "10.1.2.3",
                   "created_at": now(), "last_active": now()})
    .to_string();
    q(&mut c, &[b"HSET", b"sessions:user:1", b"s1", v.as_bytes()]);
    q(&mut c, &[b"HSET", b"sessions:user:1", e, b"not json"]);
    q(&mut c, &[b"XADD", b"st", b"*", b"payload", e]);
    q(&mut c, &[b"XGROUP", b"CREATE", b"st", b"g", b"0"]);
    q(
        &mut c,
        &[
            b"XREADGROUP",
            b"GROUP",
            b"g",
            e,
            b"COUNT",
            b"10",
            b"STREAMS",
            b"st",
            b">",
        ],
    );
    let member = format!("{}:{EVIL}", now());
    q(
        &mut c,
        &[
            b"ZADD",
            b"ratelimit:deposit:user:1",
            now().to_string().as_bytes(),
            member.as_bytes(),
        ],
    );
    q(
        &mut c,
        &[
            b"ZADD",
            &[b"ratelimit:", e, b":user:2"].concat(),
            now().to_string().as_bytes(),
            b"m",
        ],
    );

    let runs: Vec<Vec<&str>> = vec![
        vec!["lock", "inspect"],
        vec!["lock", "inspect", "evil"],
        vec!["lock", "force-release", "evil", "--dry-run"],
        vec![
            "leaderboard",
            "top",
            "--period",
            "weekly",
            "--month",
            "2026-01",
        ],
        vec!["session", "list", "--user", "1"],
        vec!["session", "list"],
        vec!["session", "kill", "--user", "1", "--all", "--dry-run"],
        vec!["stream", "groups", "st"],
        vec!["stream", "pending", "st", "--group", "g", "--payload"],
        vec!["ratelimit", "probe", "--category", "deposit", "--user", "1"],
        vec!["memory", "bigkeys"],
    ];
    for args in &runs {
        let mut a = vec!["-u", url.as_str()];
        a.extend(args.iter().copied());
        let run = env.run(&a);
        assert!(
            run.code == 0 || run.code == 1,
            "{args:?}: exit {}\n{}\n{}",
            run.code,
            run.stdout,
            run.stderr
        );
        assert_no_control(&format!("{args:?} stdout"), &run.stdout);
        assert_no_control(&format!("{args:?} stderr"), &run.stderr);
    }
    // The escaped form names what is there.
    let run = env.run(&["-u", &url, "lock", "inspect", "evil"]);
    assert!(run.stdout.contains("\\x1b]0;pwned\\x07"), "{}", run.stdout);
    // JSON keeps the value whole (serde escapes it).
    let run = env.run(&["-u", &url, "lock", "inspect", "evil", "-o", "json"]);
    assert_eq!(run.json()["token"], EVIL);
}

#[test]
fn one_malformed_session_value_does_not_widen_the_device_column() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    let mut c = r.conn();
    for (sid, device) in [("s1", "web"), ("s2", "mobile")] {
        let v = json!({"session_id": sid, "device_type": device, "ip_address": "10.1.2.3",
                       "created_at": now() - 60, "last_active": now() - 30})
        .to_string();
        q(
            &mut c,
            &[b"HSET", b"sessions:user:1", sid.as_bytes(), v.as_bytes()],
        );
    }
    q(&mut c, &[b"HSET", b"sessions:user:1", b"s3", br#"{"session_id":"s3","device_type":"web" this is not json at all, written by a buggy deploy"#]);
    for args in [
        vec!["session", "list", "--user", "1"],
        vec!["session", "list"],
    ] {
        let mut a = vec!["-u", url.as_str()];
        a.extend(args.iter().copied());
        let run = env.run(&a);
        run.expect_code(0);
        let header = run
            .stdout
            .lines()
            .find(|l| l.contains("device"))
            .expect("header");
        let device_width = header
            .split('┆')
            .nth(2)
            .map(|c| c.chars().count())
            .expect("device column");
        assert!(
            device_width <= 36,
            "{args:?}: device column is {device_width} wide:\n{}",
            run.stdout
        );
        assert!(run.stdout.contains("malformed"), "{}", run.stdout);
        assert!(run.stderr.contains("-o json"), "{}", run.stderr);
    }
}

#[test]
fn a_megabyte_token_is_shortened_with_its_length_and_digest_in_tables_and_prompts() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    let mut c = r.conn();
    let token = vec![b'z'; 1 << 20];
    q(&mut c, &[b"SET", b"lock:big", &token, b"PX", b"600000"]);
    for args in [
        vec!["lock", "inspect", "big"],
        vec!["lock", "inspect"],
        vec!["lock", "force-release", "big", "--dry-run"],
        vec!["lock", "force-release", "big"],
    ] {
        let mut a = vec!["-u", url.as_str()];
        a.extend(args.iter().copied());
        let run = env.run(&a);
        let all = run.stdout.len() + run.stderr.len();
        assert!(
            all < 8 * 1024,
            "{args:?}: {all} bytes of output for a 1 MiB token"
        );
        assert!(
            run.stdout.contains("1048576 bytes") || run.stderr.contains("1048576 bytes"),
            "{args:?}: {}{}",
            run.stdout,
            run.stderr
        );
    }
    // Released with --yes: the result line is short too; JSON keeps the token whole.
    let run = env.run(&["-u", &url, "lock", "inspect", "big", "-o", "json"]);
    assert_eq!(run.json()["token"].as_str().map(str::len), Some(1 << 20));
    let run = env.run(&["-u", &url, "--yes", "lock", "force-release", "big"]);
    run.expect_code(0);
    assert!(run.stdout.len() < 1024, "{}", run.stdout.len());
}

/// A stream `st` with group `g`: entry A delivered once and entry B delivered 5 times, both
/// pending on consumer c1.
fn two_pending(c: &mut impl ConnectionLike) -> (String, String) {
    let id = |v: redis::Value| match v {
        redis::Value::BulkString(b) => String::from_utf8(b).expect("id"),
        other => panic!("{other:?}"),
    };
    let a = id(q(c, &[b"XADD", b"st", b"*", b"payload", b"{\"n\":1}"]));
    let b = id(q(c, &[b"XADD", b"st", b"*", b"payload", b"{\"n\":2}"]));
    q(c, &[b"XGROUP", b"CREATE", b"st", b"g", b"0"]);
    q(
        c,
        &[
            b"XREADGROUP",
            b"GROUP",
            b"g",
            b"c1",
            b"COUNT",
            b"10",
            b"STREAMS",
            b"st",
            b">",
        ],
    );
    q(
        c,
        &[
            b"XCLAIM",
            b"st",
            b"g",
            b"c1",
            b"0",
            b.as_bytes(),
            b"RETRYCOUNT",
            b"5",
        ],
    );
    (a, b)
}

fn pending_on(c: &mut impl ConnectionLike, id: &str) -> String {
    match q(
        c,
        &[b"XPENDING", b"st", b"g", id.as_bytes(), id.as_bytes(), b"1"],
    ) {
        redis::Value::Array(v) => match v.first() {
            Some(redis::Value::Array(e)) => match &e[1] {
                redis::Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
                other => panic!("{other:?}"),
            },
            _ => "-".into(),
        },
        other => panic!("{other:?}"),
    }
}

fn last_outcome(env: &Env) -> Value {
    env.audit_lines()
        .into_iter()
        .rev()
        .find(|l| l["phase"] == "outcome")
        .expect("an outcome line")["outcome"]
        .clone()
}

#[test]
fn reclaim_at_maxmemory_reports_and_audits_what_it_did_and_exits_refused() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let (a, b) = two_pending(&mut c);
    // Over maxmemory with noeviction: XCLAIM still works, XADD (to the dead-letter stream) is
    // refused with OOM.
    q(
        &mut c,
        &[b"CONFIG", b"SET", b"maxmemory-policy", b"noeviction"],
    );
    q(&mut c, &[b"CONFIG", b"SET", b"maxmemory", b"1"]);
    let run = env.run(&[
        "-u",
        &r.url(),
        "--yes",
        "-o",
        "json",
        "stream",
        "reclaim",
        "st",
        "--group",
        "g",
        "--to",
        "c2",
        "--min-idle",
        "0s",
        "--dead-letter",
        "st:dead",
        "--max-deliveries",
        "3",
        "--page-size",
        "1",
    ]);
    q(&mut c, &[b"CONFIG", b"SET", b"maxmemory", b"0"]);
    run.expect_code(5);
    assert!(
        run.stderr.contains("OOM") && run.stderr.contains("maxmemory"),
        "{}",
        run.stderr
    );
    let j = run.json();
    assert_eq!(j["claimed"], json!([a]), "{j}");
    assert_eq!(j["failed"]["id"], json!(b), "{j}");
    assert_eq!(j["dead_lettered"], json!([]), "{j}");
    let o = last_outcome(&env);
    assert_eq!(o["status"], "failed", "{o}");
    assert_eq!(o["claimed"], json!([a]), "{o}");
    assert_eq!(pending_on(&mut c, &a), "c2");
    assert_eq!(pending_on(&mut c, &b), "c1");
}

#[test]
fn reclaim_whose_dead_letter_stream_changes_type_at_the_prompt_reports_what_it_claimed() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let (a, b) = two_pending(&mut c);
    let url = r.url();
    let (code, text) = run_confirmed_in_pty(
        &env,
        &[
            "-u",
            &url,
            "-o",
            "json",
            "stream",
            "reclaim",
            "st",
            "--group",
            "g",
            "--to",
            "c2",
            "--min-idle",
            "0s",
            "--dead-letter",
            "st:dead",
            "--max-deliveries",
            "3",
        ],
        || {
            let mut c = r.conn();
            q(&mut c, &[b"SET", b"st:dead", b"now a string"]);
        },
    );
    assert_eq!(code, 6, "{text}");
    let j = json_after_prompt(&text);
    assert_eq!(j["claimed"], json!([a]), "{j}");
    assert_eq!(j["failed"]["id"], json!(b), "{j}");
    let o = last_outcome(&env);
    assert_eq!(o["claimed"], json!([a]), "{o}");
    assert_eq!(o["status"], "failed", "{o}");
    assert_eq!(pending_on(&mut c, &a), "c2");
    assert_eq!(pending_on(&mut c, &b), "c1");
}

fn pttl(c: &mut impl ConnectionLike, key: &str) -> i64 {
    match q(c, &[b"PTTL", key.as_bytes()]) {
        redis::Value::Int(n) => n,
        other => panic!("{other:?}"),
    }
}

#[test]
fn force_release_leaves_a_lock_its_holder_extended_at_the_prompt() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    q(&mut c, &[b"SET", b"lock:payout", b"tok-1", b"PX", b"5000"]);
    let url = r.url();
    let (code, text) = run_confirmed_in_pty(
        &env,
        &["-u", &url, "lock", "force-release", "payout"],
        || {
            // The holder is alive: it refreshes its lock to 600 s while the operator reads.
            let mut c = r.conn();
            q(&mut c, &[b"PEXPIRE", b"lock:payout", b"600000"]);
        },
    );
    assert_eq!(code, 5, "{text}");
    assert!(text.contains("extended"), "{text}");
    assert!(
        pttl(&mut c, "lock:payout") > 500_000,
        "the lock is still held"
    );
    let o = last_outcome(&env);
    assert_eq!(o["status"], "extended", "{o}");
    assert!(
        o["ttl_ms_at_release"]
            .as_i64()
            .is_some_and(|ms| ms > 500_000),
        "{o}"
    );

    // A lock that only ran down is released, and the audit holds the TTL seen at release.
    q(&mut c, &[b"SET", b"lock:dying", b"tok-2", b"PX", b"60000"]);
    let run = env.run(&["-u", &url, "--yes", "lock", "force-release", "dying"]);
    run.expect_code(0);
    let o = last_outcome(&env);
    assert_eq!(o["status"], "released", "{o}");
    let ms = o["ttl_ms_at_release"].as_i64().expect("ttl at release");
    assert!((50_000..=60_000).contains(&ms), "{o}");
}

#[test]
fn restore_of_a_ratelimit_reset_puts_the_ttl_back() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let t = now().to_string();
    for m in ["a", "b", "c"] {
        let member = format!("{t}:{m}");
        q(
            &mut c,
            &[
                b"ZADD",
                b"ratelimit:deposit:user:7",
                t.as_bytes(),
                member.as_bytes(),
            ],
        );
    }
    q(&mut c, &[b"EXPIRE", b"ratelimit:deposit:user:7", b"600"]);
    let url = r.url();
    let run = env.run(&[
        "-u",
        &url,
        "--yes",
        "ratelimit",
        "reset",
        "--category",
        "deposit",
        "--user",
        "7",
    ]);
    run.expect_code(0);
    assert_eq!(
        pttl(&mut c, "ratelimit:deposit:user:7"),
        -2,
        "reset removed the window"
    );
    let id = env
        .audit_lines()
        .iter()
        .find(|l| l["phase"] == "intent")
        .and_then(|l| l["id"].as_str().map(str::to_owned))
        .expect("intent id");
    let run = env.run(&["-u", &url, "--yes", "audit", "restore", &id]);
    run.expect_code(0);
    let ms = pttl(&mut c, "ratelimit:deposit:user:7");
    assert!(
        (590_000..=600_000).contains(&ms),
        "the TTL came back: PTTL {ms}"
    );
    match q(&mut c, &[b"ZCARD", b"ratelimit:deposit:user:7"]) {
        redis::Value::Int(3) => {}
        other => panic!("{other:?}"),
    }
}

/// Peak resident memory (KiB) of one `redops` run, measured by GNU time.
fn peak_rss_kib(env: &Env, args: &[&str]) -> (i32, u64) {
    let cmd = env.command(args);
    let redops = cmd.get_program().to_owned();
    let rest: Vec<std::ffi::OsString> = cmd.get_args().map(|a| a.to_owned()).collect();
    let mut time = std::process::Command::new("/usr/bin/time");
    time.arg("-f").arg("peak_rss_kib=%M").arg(redops).args(rest);
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => time.env(k, v),
            None => time.env_remove(k),
        };
    }
    let out = time
        .stdin(std::process::Stdio::null())
        .output()
        .expect("GNU time is needed for this test (apt-get install -y time)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let kib = stderr
        .lines()
        .find_map(|l| l.strip_prefix("peak_rss_kib="))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak RSS from GNU time: {stderr}"));
    (out.status.code().unwrap_or(-1), kib)
}

#[test]
fn memory_is_bounded_by_the_page_not_by_the_hash_or_the_pending_list() {
    const N: usize = 50_000;
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    let mut c = r.conn();
    let t = now();
    let mut p = redis::pipe();
    for chunk in (0..N).collect::<Vec<_>>().chunks(1000) {
        let mut cmd = redis::cmd("HSET");
        cmd.arg("sessions:user:big");
        for i in chunk {
            let sid = format!("s-{i:07}");
            cmd.arg(&sid).arg(
                json!({"session_id": sid, "device_type": "web", "ip_address": "10.1.2.3",
                       "created_at": t - 7200, "last_active": t - (*i as i64 % 3600)})
                .to_string(),
            );
        }
        p.add_command(cmd).ignore();
    }
    let _: () = p.query(&mut c).expect("load sessions");
    // 50,000 pending entries: XADD in pipelines, one group, read by a consumer in chunks.
    let mut p = redis::pipe();
    for i in 0..N {
        p.cmd("XADD")
            .arg("q")
            .arg("*")
            .arg("payload")
            .arg(i)
            .ignore();
    }
    let _: () = p.query(&mut c).expect("load stream");
    q(&mut c, &[b"XGROUP", b"CREATE", b"q", b"g", b"0"]);
    for _ in 0..(N / 10_000) {
        q(
            &mut c,
            &[
                b"EVAL",
                b"redis.call('XREADGROUP','GROUP','g','c1','COUNT','10000','STREAMS','q','>') return 1",
                b"0",
            ],
        );
    }
    const LIMIT_KIB: u64 = 100 * 1024;
    for args in [
        vec!["session", "list", "--user", "big", "-o", "json"],
        vec!["session", "list", "--user", "big"],
        vec!["session", "list", "--summary"],
        vec!["session", "list", "-o", "json"],
        vec![
            "session",
            "kill",
            "--user",
            "big",
            "--all",
            "--dry-run",
            "-o",
            "json",
        ],
        vec![
            "stream", "pending", "q", "--group", "g", "--detail", "-o", "ndjson",
        ],
    ] {
        let mut a = vec!["-u", url.as_str()];
        a.extend(args.iter().copied());
        let (code, kib) = peak_rss_kib(&env, &a);
        assert_eq!(code, 0, "{args:?}");
        assert!(
            kib < LIMIT_KIB,
            "{args:?}: peak RSS {} MiB for {N} sessions / pending entries",
            kib / 1024
        );
    }
    // Everything is still listed: the JSON of the user's sessions has every one.
    let run = env.run(&["-u", &url, "session", "list", "--user", "big", "-o", "json"]);
    assert_eq!(run.json().as_array().map(Vec::len), Some(N));
    let run = env.run(&[
        "-u", &url, "stream", "pending", "q", "--group", "g", "--detail", "-o", "json",
    ]);
    assert_eq!(run.json()["entries"].as_array().map(Vec::len), Some(N));
}

/// A stream `st` with group `g` and `n` entries, all delivered once to consumer c1; their ids.
fn many_pending(c: &mut impl ConnectionLike, n: usize) -> Vec<String> {
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let payload = format!("{{\"n\":{i}}}");
        match q(c, &[b"XADD", b"st", b"*", b"payload", payload.as_bytes()]) {
            redis::Value::BulkString(b) => ids.push(String::from_utf8(b).expect("id")),
            other => panic!("{other:?}"),
        }
    }
    q(c, &[b"XGROUP", b"CREATE", b"st", b"g", b"0"]);
    let count = n.to_string();
    q(
        c,
        &[
            b"XREADGROUP",
            b"GROUP",
            b"g",
            b"c1",
            b"COUNT",
            count.as_bytes(),
            b"STREAMS",
            b"st",
            b">",
        ],
    );
    ids
}

fn pending_count(c: &mut impl ConnectionLike) -> i64 {
    match q(c, &[b"XPENDING", b"st", b"g"]) {
        redis::Value::Array(v) => match v.first() {
            Some(redis::Value::Int(n)) => *n,
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

fn outcome_line(env: &Env) -> Value {
    env.audit_lines()
        .into_iter()
        .rev()
        .find(|l| l["phase"] == "outcome")
        .expect("an outcome line")
}

#[test]
fn ack_whose_stream_changes_type_at_the_prompt_reports_and_audits_what_it_left() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let ids = many_pending(&mut c, 5);
    let url = r.url();
    let (code, text) = run_confirmed_in_pty(
        &env,
        &[
            "-u", &url, "-o", "json", "stream", "ack", "st", "--group", "g", "--count", "5",
        ],
        || {
            let mut c = r.conn();
            q(&mut c, &[b"DEL", b"st"]);
            q(&mut c, &[b"SET", b"st", b"now a string"]);
        },
    );
    assert_eq!(code, 6, "{text}");
    let j = json_after_prompt(&text);
    assert_eq!(j["acknowledged"], json!(0), "{j}");
    assert_eq!(j["failed"]["id"], json!(ids[0]), "{j}");
    assert!(
        j["failed"]["error"]
            .as_str()
            .is_some_and(|e| e.contains("WRONGTYPE")),
        "{j}"
    );
    assert_eq!(j["not_attempted"], json!(ids[1..]), "{j}");
    assert_eq!(j["unknown"], json!([]), "{j}");
    let o = last_outcome(&env);
    assert_eq!(o["status"], "failed", "{o}");
    assert_eq!(o["acknowledged"], json!([]), "{o}");
    assert_eq!(o["removed"], json!([]), "{o}");
    assert_eq!(o["not_attempted"], json!(ids[1..]), "{o}");
    assert_eq!(o["failed"]["id"], json!(ids[0]), "{o}");
}

#[test]
fn reset_whose_key_changes_type_at_the_prompt_reports_and_audits_what_it_left() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let t = now().to_string();
    for m in ["a", "b", "c"] {
        let member = format!("{t}:{m}");
        q(
            &mut c,
            &[
                b"ZADD",
                b"ratelimit:deposit:user:7",
                t.as_bytes(),
                member.as_bytes(),
            ],
        );
    }
    let url = r.url();
    let (code, text) = run_confirmed_in_pty(
        &env,
        &[
            "-u",
            &url,
            "-o",
            "json",
            "ratelimit",
            "reset",
            "--category",
            "deposit",
            "--user",
            "7",
        ],
        || {
            let mut c = r.conn();
            q(&mut c, &[b"DEL", b"ratelimit:deposit:user:7"]);
            q(&mut c, &[b"SET", b"ratelimit:deposit:user:7", b"oops"]);
        },
    );
    assert_eq!(code, 6, "{text}");
    let j = json_after_prompt(&text);
    assert_eq!(
        (&j["removed"], &j["not_attempted"], &j["unknown"]),
        (&json!(0), &json!(3), &json!(0)),
        "{j}"
    );
    assert!(
        j["members"]
            .as_array()
            .is_some_and(|m| m.iter().all(|m| m["outcome"] == "not_attempted")),
        "{j}"
    );
    let o = last_outcome(&env);
    assert_eq!(o["status"], "failed", "{o}");
    assert_eq!(o["removed"], json!([]), "{o}");
    assert_eq!(o["not_attempted"], json!(3), "{o}");
    assert!(
        o["error"]
            .as_str()
            .is_some_and(|e| e.contains("wrong type")),
        "{o}"
    );
}

/// The chunk lines of audit action `id`, in order: `(seq, [from, to), previous_applied)`.
fn chunk_lines(env: &Env, id: &str) -> Vec<(u64, (u64, u64), Vec<u64>)> {
    env.audit_lines()
        .iter()
        .filter(|l| l["phase"] == "chunk" && l["id"] == id)
        .map(|l| {
            let n = |v: &Value| v.as_u64().expect("number");
            (
                n(&l["chunk"]),
                (n(&l["items"][0]), n(&l["items"][1])),
                l["previous_applied"]
                    .as_array()
                    .expect("previous_applied")
                    .iter()
                    .map(n)
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn a_large_ack_goes_in_budgeted_chunks_each_recorded_before_it_is_sent() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let ids = many_pending(&mut c, 300);
    let url = r.url();
    let run = env.run(&[
        "-u", &url, "--yes", "-o", "json", "stream", "ack", "st", "--group", "g", "--count", "300",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["acknowledged"], json!(300));
    assert_eq!(pending_count(&mut c), 0);
    let o = outcome_line(&env);
    let id = o["id"].as_str().expect("id").to_owned();
    let chunks = chunk_lines(&env, &id);
    assert!(
        chunks.len() >= 2,
        "a 1 ms budget splits 300 acks: {chunks:?}"
    );
    assert_eq!(o["outcome"]["chunks"], json!(chunks.len()));
    // The chunks cover the 300 entries in order, without gap or overlap, and each line says
    // which entries the chunk before it acknowledged.
    let mut next = 0;
    for (i, (seq, (from, to), prev)) in chunks.iter().enumerate() {
        assert_eq!(*seq, i as u64 + 1);
        assert_eq!(*from, next, "{chunks:?}");
        assert!(to > from);
        next = *to;
        let expect: Vec<u64> = match i {
            0 => vec![],
            _ => (chunks[i - 1].1.0..chunks[i - 1].1.1).collect(),
        };
        assert_eq!(prev, &expect, "{chunks:?}");
    }
    assert_eq!(next, 300);
    // Chunk lines are links of the hash chain like any other line.
    env.run(&["audit", "verify"]).expect_code(0);
    let shown = env.run(&["-o", "json", "audit", "show"]);
    shown.expect_code(0);
    assert_eq!(
        shown.json().as_array().map(Vec::len),
        Some(1),
        "chunk lines are not actions: {}",
        shown.stdout
    );

    // redops stopped before the outcome line (killed, power lost): the chunk lines alone say
    // which entries were acknowledged, and only those are offered back.
    let log = std::fs::read_to_string(env.audit_log()).expect("log");
    let kept: Vec<&str> = log
        .lines()
        .filter(|l| !(l.contains("\"phase\":\"outcome\"") && l.contains(&id)))
        .collect();
    std::fs::write(env.audit_log(), kept.join("\n") + "\n").expect("rewrite log");
    let shown = env.run(&["audit", "show"]);
    shown.expect_code(0);
    assert!(shown.stdout.contains("interrupted"), "{}", shown.stdout);
    let run = env.run(&[
        "-u",
        &url,
        "--dry-run",
        "-o",
        "json",
        "audit",
        "restore",
        &id,
        "--to-stream",
        "st:again",
    ]);
    run.expect_code(0);
    let j = run.json();
    let last = chunks.last().expect("a chunk").1;
    let proven = last.0 as usize;
    let restored: Vec<&str> = j["restored"]
        .as_array()
        .expect("restored")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert_eq!(
        restored,
        ids[..proven].iter().map(String::as_str).collect::<Vec<_>>()
    );
    let skipped = j["skipped"].as_array().expect("skipped");
    assert_eq!(skipped.len(), 300 - proven, "{j}");
    assert!(
        skipped.iter().all(|s| s["reason"]
            .as_str()
            .is_some_and(|r| r.contains("stopped in the middle"))),
        "{j}"
    );
}

fn intent_id(env: &Env, command: &str) -> String {
    env.audit_lines()
        .iter()
        .rev()
        .find(|l| l["phase"] == "intent" && l["command"] == command)
        .and_then(|l| l["id"].as_str().map(str::to_owned))
        .expect("intent id")
}

#[test]
fn restore_of_acked_and_dead_lettered_entries_gives_the_stream_its_ttl() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let (a, _b) = two_pending(&mut c);
    q(&mut c, &[b"PEXPIRE", b"st", b"600000"]);
    let url = r.url();
    // Entry B (5 deliveries) goes to the dead-letter stream, A is acknowledged.
    let run = env.run(&[
        "-u",
        &url,
        "--yes",
        "stream",
        "reclaim",
        "st",
        "--group",
        "g",
        "--to",
        "c2",
        "--min-idle",
        "0s",
        "--dead-letter",
        "st:dead",
        "--max-deliveries",
        "3",
    ]);
    run.expect_code(0);
    let reclaim = intent_id(&env, "stream reclaim");
    let run = env.run(&[
        "-u", &url, "--yes", "stream", "ack", "st", "--group", "g", &a,
    ]);
    run.expect_code(0);
    let ack = intent_id(&env, "stream ack");
    let intent = env
        .audit_lines()
        .into_iter()
        .find(|l| l["id"] == ack.as_str() && l["phase"] == "intent")
        .expect("ack intent");
    let ttl = intent["prior"][0]["stream_ttl_ms"]
        .as_i64()
        .expect("recorded");
    assert!((590_000..=600_000).contains(&ttl), "{intent}");

    for (id, to) in [(&ack, "st:again"), (&reclaim, "st:replay")] {
        let run = env.run(&[
            "-u",
            &url,
            "--yes",
            "audit",
            "restore",
            id,
            "--to-stream",
            to,
        ]);
        run.expect_code(0);
        let ms = pttl(&mut c, to);
        assert!(
            (590_000..=600_000).contains(&ms),
            "{to} got the TTL st had: PTTL {ms}"
        );
    }

    // An audit line written before stream TTLs were recorded still restores (without one).
    let log = std::fs::read_to_string(env.audit_log()).expect("log");
    let old: Vec<String> = log
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).expect("json");
            let strip = |items: &mut Value| {
                if let Some(a) = items.as_array_mut() {
                    for i in a {
                        if let Some(o) = i.as_object_mut() {
                            o.remove("stream_ttl_ms");
                        }
                    }
                }
            };
            strip(&mut v["prior"]);
            strip(&mut v["outcome"]["removed"]);
            strip(&mut v["outcome"]["put_back"]);
            v.to_string()
        })
        .collect();
    std::fs::write(env.audit_log(), old.join("\n") + "\n").expect("rewrite");
    let run = env.run(&[
        "-u",
        &url,
        "--yes",
        "audit",
        "restore",
        &ack,
        "--to-stream",
        "st:old",
    ]);
    // Already re-added by the restore above: recognised although the lines lack the TTL.
    run.expect_code(4);
    assert!(run.stderr.contains("already re-added"), "{}", run.stderr);
}

/// The first JSON document of a command's stdout, or each line of it for ndjson.
fn json_docs(stdout: &str, ndjson: bool) -> Vec<Value> {
    if ndjson {
        stdout
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    } else {
        vec![serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))]
    }
}

/// Every object in `v` that has `name`, depth first.
fn objects_with<'a>(v: &'a Value, name: &str, out: &mut Vec<&'a serde_json::Map<String, Value>>) {
    match v {
        Value::Object(m) => {
            if m.contains_key(name) {
                out.push(m);
            }
            m.values().for_each(|x| objects_with(x, name, out));
        }
        Value::Array(a) => a.iter().for_each(|x| objects_with(x, name, out)),
        _ => {}
    }
}

#[test]
fn max_value_bytes_cuts_long_values_in_json_with_length_and_digest() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    let mut c = r.conn();
    let long = "v".repeat(1000);
    let mut binary = vec![0xffu8; 600];
    binary.extend_from_slice(b"tail");
    let session = format!(
        r#"{{"session_id":"s1","device_type":"{long}","ip_address":"10.1.2.3","created_at":{},"last_active":{}}}"#,
        now() - 60,
        now() - 5
    );
    q(
        &mut c,
        &[b"HSET", b"sessions:user:1", b"s1", session.as_bytes()],
    );
    q(&mut c, &[b"SET", b"lock:big", &binary, b"PX", b"600000"]);
    q(&mut c, &[b"XADD", b"st", b"*", b"payload", long.as_bytes()]);
    q(&mut c, &[b"XGROUP", b"CREATE", b"st", b"g", b"0"]);
    q(
        &mut c,
        &[
            b"XREADGROUP",
            b"GROUP",
            b"g",
            b"c1",
            b"STREAMS",
            b"st",
            b">",
        ],
    );
    let t = now().to_string();
    let member = format!("{t}:{long}");
    q(
        &mut c,
        &[
            b"ZADD",
            b"ratelimit:deposit:user:1",
            t.as_bytes(),
            member.as_bytes(),
        ],
    );
    q(&mut c, &[b"ZADD", b"lb:test", b"5", long.as_bytes()]);
    // An audit line with the token as its prior value.
    env.run(&["-u", &url, "--yes", "lock", "force-release", "big"])
        .expect_code(0);

    // (args, the name of the long value, its full length)
    let cases: Vec<(Vec<&str>, &str, usize)> = vec![
        (vec!["session", "list", "--user", "1"], "device_type", 1000),
        (
            vec![
                "stream",
                "pending",
                "st",
                "--group",
                "g",
                "--detail",
                "--payload",
            ],
            "value",
            1000,
        ),
        (
            vec![
                "ratelimit",
                "reset",
                "--category",
                "deposit",
                "--user",
                "1",
                "--dry-run",
            ],
            "member",
            member.len(),
        ),
        (
            vec!["leaderboard", "top", "--key", "lb:test"],
            "member",
            1000,
        ),
        (vec!["audit", "show"], "value", binary.len()),
    ];
    for (args, name, len) in &cases {
        for format in ["json", "ndjson"] {
            let mut a = vec!["-u", url.as_str(), "-o", format];
            a.extend(args.iter().copied());
            // Whole by default.
            let run = env.run(&a);
            assert!(run.code == 0, "{a:?}: {}", run.stderr);
            let docs = json_docs(&run.stdout, format == "ndjson");
            let mut found = Vec::new();
            docs.iter().for_each(|d| objects_with(d, name, &mut found));
            assert!(!found.is_empty(), "{a:?}: no {name}: {}", run.stdout);
            assert!(
                found
                    .iter()
                    .all(|m| !m.contains_key(&format!("{name}_truncated"))),
                "{a:?}"
            );
            // Cut with the flag.
            a.extend(["--max-value-bytes", "16"]);
            let run = env.run(&a);
            assert!(run.code == 0, "{a:?}: {}", run.stderr);
            let docs = json_docs(&run.stdout, format == "ndjson");
            let mut found = Vec::new();
            docs.iter().for_each(|d| objects_with(d, name, &mut found));
            let long_one = found
                .iter()
                .find(|m| m.contains_key(&format!("{name}_truncated")))
                .unwrap_or_else(|| panic!("{a:?}: {name} not marked: {}", run.stdout));
            let mark = &long_one[&format!("{name}_truncated")];
            assert_eq!(mark["bytes"], json!(len), "{a:?}: {mark}");
            assert!(
                mark["digest"]
                    .as_str()
                    .is_some_and(|d| d.starts_with('#') && d.len() == 9),
                "{a:?}: {mark}"
            );
            let cut = long_one[*name].as_str().expect("string");
            match long_one.get(&format!("{name}_hex")) {
                Some(h) => assert_eq!(h.as_str().map(str::len), Some(32), "{a:?}"),
                None => assert_eq!(cut.len(), 16, "{a:?}: {cut}"),
            }
            // Identifiers stay whole.
            for m in &found {
                for id in ["key", "stream", "session_id", "id"] {
                    if let Some(v) = m.get(id) {
                        assert!(!m.contains_key(&format!("{id}_truncated")), "{a:?}: {v}");
                    }
                }
            }
        }
    }

    // lock inspect: the binary token keeps its first 16 bytes, hex and all.
    q(&mut c, &[b"SET", b"lock:big", &binary, b"PX", b"600000"]);
    let run = env.run(&[
        "-u",
        &url,
        "-o",
        "json",
        "lock",
        "inspect",
        "big",
        "--max-value-bytes",
        "16",
    ]);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(j["token_hex"], json!("ff".repeat(16)), "{j}");
    assert_eq!(j["token_truncated"]["bytes"], json!(binary.len()), "{j}");
    assert_eq!(j["key"], json!("lock:big"), "{j}");
    // Not a number: a usage error.
    env.run(&[
        "-u",
        &url,
        "lock",
        "inspect",
        "big",
        "--max-value-bytes",
        "0",
    ])
    .expect_code(2);
}

#[test]
fn ack_and_reset_refused_by_acl_part_way_report_and_audit_what_they_left() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let ids = many_pending(&mut c, 3);
    let t = now().to_string();
    for m in ["a", "b"] {
        let member = format!("{t}:{m}");
        q(
            &mut c,
            &[
                b"ZADD",
                b"ratelimit:deposit:user:7",
                t.as_bytes(),
                member.as_bytes(),
            ],
        );
    }
    // An operator account that may read and run scripts, but not XACK or ZREM.
    q(
        &mut c,
        &[
            b"ACL", b"SETUSER", b"ops", b"on", b">pw", b"~*", b"+@all", b"-xack", b"-zrem",
        ],
    );
    let url = format!("redis://ops:pw@127.0.0.1:{}", r.port);
    let run = env.run(&[
        "-u", &url, "--yes", "-o", "json", "stream", "ack", "st", "--group", "g", "--count", "3",
    ]);
    run.expect_code(5);
    let j = run.json();
    assert_eq!(j["acknowledged"], json!(0), "{j}");
    assert_eq!(j["failed"]["id"], json!(ids[0]), "{j}");
    assert_eq!(j["not_attempted"], json!(ids[1..]), "{j}");
    let o = last_outcome(&env);
    assert_eq!(o["status"], "failed", "{o}");
    assert_eq!(o["not_attempted"], json!(ids[1..]), "{o}");
    assert_eq!(pending_count(&mut c), 3, "nothing was acknowledged");

    let run = env.run(&[
        "-u",
        &url,
        "--yes",
        "-o",
        "json",
        "ratelimit",
        "reset",
        "--category",
        "deposit",
        "--user",
        "7",
    ]);
    run.expect_code(5);
    let j = run.json();
    assert_eq!(
        (&j["removed"], &j["not_attempted"]),
        (&json!(0), &json!(2)),
        "{j}"
    );
    let o = last_outcome(&env);
    assert_eq!(o["status"], "failed", "{o}");
    assert_eq!(o["not_attempted"], json!(2), "{o}");
}
