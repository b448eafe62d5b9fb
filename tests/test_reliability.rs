//! The fault matrix for what the foundation owns: a write whose reply is lost, a restart
//! between looking and acting, a server killed mid-scan, ACL users, bad input.

use crate::support::{Env, LostReplyProxy, RedisServer};
use redis::Commands;
use std::time::{Duration, Instant};

/// The `EVAL` command as a client sends it (a RESP bulk string): a lost-reply proxy matching
/// it loses the reply of a write script, not of a read made with `EVAL_RO` (per-field TTLs).
const EVAL_REQUEST: &[u8] = b"$4\r\nEVAL\r\n";

#[test]
fn a_write_whose_reply_is_lost_is_outcome_unknown_and_not_retried() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let _: () = redis::cmd("SET")
        .arg("lock:w")
        .arg("tok")
        .arg("PX")
        .arg(60_000)
        .query(&mut c)
        .expect("set");
    // Through the proxy the read is answered; the compare-and-delete reaches Redis, but its
    // reply never comes back.
    let proxy = LostReplyProxy::start(r.port, EVAL_REQUEST);
    let started = Instant::now();
    let run = env.run(&[
        "-u",
        &format!("redis://127.0.0.1:{}", proxy.port),
        "--timeout",
        "500ms",
        "lock",
        "force-release",
        "w",
        "--yes",
    ]);
    run.expect_code(3);
    assert!(run.stderr.contains("outcome unknown"), "{}", run.stderr);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(
        calls(&r, "eval"),
        1,
        "the write was sent exactly once, never retried"
    );
    assert!(
        !c.exists::<_, bool>("lock:w").expect("exists"),
        "it did run: that is why the outcome is 'unknown', not 'failed'"
    );
    let audit = env.audit_lines();
    assert_eq!(
        audit.last().expect("outcome line")["outcome"]["status"],
        "unknown"
    );
}

#[test]
fn a_paused_server_times_out_the_write_within_the_timeout() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let _: () = redis::cmd("SET")
        .arg("lock:p")
        .arg("tok")
        .arg("PX")
        .arg(60_000)
        .query(&mut c)
        .expect("set");
    // Reads go through, writes (the compare-and-delete script) wait for 1.5 s.
    r.cli(&["CLIENT", "PAUSE", "1500", "WRITE"]);
    let started = Instant::now();
    let run = env.run(&[
        "-u",
        &r.url(),
        "--timeout",
        "400ms",
        "lock",
        "force-release",
        "p",
        "--yes",
    ]);
    run.expect_code(3);
    assert!(run.stderr.contains("outcome unknown"), "{}", run.stderr);
    assert!(
        started.elapsed() < Duration::from_millis(1400),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_restart_between_looking_and_releasing_never_touches_unseen_state() {
    let mut r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let _: () = redis::cmd("SET")
        .arg("lock:job")
        .arg("seen-token")
        .arg("PX")
        .arg(60_000)
        .query(&mut c)
        .expect("set");
    let seen = env.run(&["-u", &r.url(), "lock", "inspect", "job", "-o", "json"]);
    assert_eq!(seen.json()["token"], "seen-token");
    // The server restarts (no persistence) and a worker takes the lock again.
    let port = r.port;
    r.kill();
    let r2 = RedisServer::start_with_port(port);
    let mut c2 = r2.conn();
    let _: () = redis::cmd("SET")
        .arg("lock:job")
        .arg("new-token")
        .arg("PX")
        .arg(60_000)
        .query(&mut c2)
        .expect("set");
    let run = env.run(&[
        "-u",
        &r2.url(),
        "lock",
        "force-release",
        "job",
        "--token",
        "seen-token",
        "--yes",
    ]);
    run.expect_code(5);
    assert_eq!(c2.get::<_, String>("lock:job").expect("get"), "new-token");
    // And with nothing there any more, there is nothing to release.
    let _: () = c2.del("lock:job").expect("del");
    env.run(&[
        "-u",
        &r2.url(),
        "lock",
        "force-release",
        "job",
        "--token",
        "seen-token",
        "--yes",
    ])
    .expect_code(4);
}

#[test]
fn a_server_killed_mid_scan_is_a_clear_error_not_a_hang() {
    let mut r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let mut pipe = redis::pipe();
    for i in 0..200_000 {
        pipe.cmd("SET")
            .arg(format!("lock:r{i}"))
            .arg("t")
            .arg("PX")
            .arg(600_000)
            .ignore();
    }
    let _: () = pipe.query(&mut c).expect("load");
    let child = env
        .command(&[
            "-u",
            &r.url(),
            "--timeout",
            "1s",
            "lock",
            "inspect",
            "--scan-count",
            "10",
            "-o",
            "json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(Duration::from_millis(300));
    let killed_at = Instant::now();
    r.kill();
    let out = child.wait_with_output().expect("wait");
    assert!(
        killed_at.elapsed() < Duration::from_secs(5),
        "took {:?} after the kill",
        killed_at.elapsed()
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "stderr: {stderr}");
    assert!(stderr.contains("error:"), "{stderr}");
}

#[test]
fn acl_read_only_user_reads_and_is_refused_writes_with_nothing_changed() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    r.cli(&[
        "ACL",
        "SETUSER",
        "reader",
        "on",
        ">reader-pw",
        "~*",
        "&*",
        "+@read",
        "+@connection",
        "+scan",
        "+eval",
        "-@write",
    ]);
    let _: () = redis::cmd("SET")
        .arg("lock:acl")
        .arg("tok")
        .arg("PX")
        .arg(60_000)
        .query(&mut c)
        .expect("set");
    let url = format!("redis://reader:reader-pw@127.0.0.1:{}", r.port);
    let list = env.run(&["-u", &url, "lock", "inspect", "-o", "json"]);
    list.expect_code(0);
    assert_eq!(list.json().as_array().map(Vec::len), Some(1));
    env.run(&["-u", &url, "lock", "inspect", "acl"])
        .expect_code(0);
    let rel = env.run(&["-u", &url, "lock", "force-release", "acl", "--yes"]);
    rel.expect_code(5);
    assert!(
        rel.stderr.contains("permission")
            || rel.stderr.contains("NOPERM")
            || rel.stderr.contains("refused"),
        "{}",
        rel.stderr
    );
    assert!(!rel.stderr.contains("reader-pw"), "{}", rel.stderr);
    assert_eq!(c.get::<_, String>("lock:acl").expect("get"), "tok");

    // A user who may not even run INFO or CLIENT SETNAME can still read locks.
    r.cli(&[
        "ACL", "SETUSER", "minimal", "on", ">m-pw", "~lock:*", "+get", "+pttl", "+type", "+scan",
        "+ping", "+hello", "+auth",
    ]);
    let url = format!("redis://minimal:m-pw@127.0.0.1:{}", r.port);
    let run = env.run(&["-u", &url, "lock", "inspect", "acl", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["token"], "tok");
}

#[test]
fn bad_flags_are_exit_2_naming_the_value() {
    let env = Env::new();
    for (args, needle) in [
        (vec!["--timeout", "5 parsecs", "ping"], "5 parsecs"),
        (vec!["--connect-timeout=-3s", "ping"], "-3s"),
        (
            vec!["lock", "force-release", "x", "--token-hex", "xyz"],
            "xyz",
        ),
        (vec!["lock", "inspect", "--scan-count", "0"], "0"),
        (vec!["-o", "yaml", "ping"], "yaml"),
        (vec!["-u", "redis://h:notaport", "ping"], "notaport"),
    ] {
        let run = env.run(&args);
        run.expect_code(2);
        assert!(run.stderr.contains(needle), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn a_cluster_primary_down_makes_scans_say_which_slots_they_missed() {
    let mut cl = crate::support::RedisCluster::start();
    let env = Env::new();
    let mut c = cl.conn();
    let mut on_live = 0;
    for i in 0..60 {
        let key = format!("lock:r{i}");
        let _: () = redis::cmd("SET")
            .arg(&key)
            .arg("t")
            .arg("PX")
            .arg(600_000)
            .query(&mut c)
            .expect("set");
        if cl.node_of(&key) != 2 {
            on_live += 1;
        }
    }
    cl.nodes[2].kill();
    let deadline = Instant::now() + Duration::from_secs(15);
    while !crate::support::only_failed(&cl, 2) {
        assert!(Instant::now() < deadline, "node never flagged as failing");
        std::thread::sleep(Duration::from_millis(200));
    }
    // By default a cluster with uncovered slots refuses every keyed read (CLUSTERDOWN): a
    // clear error that names the missing node and its slots, not an empty list.
    let down = env.run(&[
        "-u",
        &cl.url(),
        "--timeout",
        "2s",
        "lock",
        "inspect",
        "-o",
        "json",
    ]);
    down.expect_code(3);
    assert!(
        down.stderr.contains("cluster is down") && down.stderr.contains("slots"),
        "{}",
        down.stderr
    );
    assert!(
        down.stdout.trim().is_empty(),
        "no misleading partial list: {}",
        down.stdout
    );

    // A cluster that serves what it can (cluster-require-full-coverage no): the live
    // primaries' locks, and a warning naming what was not scanned; a partial answer is exit 3
    // unless --allow-partial.
    for n in &cl.nodes[..2] {
        n.cli(&["CONFIG", "SET", "cluster-require-full-coverage", "no"]);
    }
    let deadline = Instant::now() + Duration::from_secs(15);
    // Both live primaries must serve again, not just the one redops connects to first.
    while !cl.nodes[..2]
        .iter()
        .all(|n| n.cli(&["CLUSTER", "INFO"]).contains("cluster_state:ok"))
    {
        assert!(
            Instant::now() < deadline,
            "cluster never served partial coverage"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let run = env.run(&[
        "-u",
        &cl.url(),
        "--timeout",
        "2s",
        "lock",
        "inspect",
        "-o",
        "json",
        "--allow-partial",
    ]);
    run.expect_code(0);
    assert_eq!(
        run.json().as_array().map(Vec::len),
        Some(on_live),
        "every lock on the live primaries, once"
    );
    assert!(
        run.stderr.contains("incomplete")
            && run.stderr.contains(&cl.nodes[2].port.to_string())
            && run.stderr.contains("slots"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// The matrix across every subcommand (issue 11).
// ---------------------------------------------------------------------------------------------

/// Stream `orders`, group `g`, one entry `1-1` read by consumer `w1` and never acknowledged.
fn one_pending_order(c: &mut redis::Connection) {
    let _: () = redis::cmd("XGROUP")
        .arg("CREATE")
        .arg("orders")
        .arg("g")
        .arg("$")
        .arg("MKSTREAM")
        .query(c)
        .expect("group");
    let _: String = c.xadd("orders", "1-1", &[("payload", "{}")]).expect("xadd");
    let _: redis::Value = redis::cmd("XREADGROUP")
        .arg("GROUP")
        .arg("g")
        .arg("w1")
        .arg("STREAMS")
        .arg("orders")
        .arg(">")
        .query(c)
        .expect("read");
}

/// `calls=` of one command in INFO commandstats (0 when never called).
fn calls(r: &RedisServer, cmd: &str) -> u64 {
    let stats = r.cli(&["INFO", "commandstats"]);
    let prefix = format!("cmdstat_{cmd}:");
    stats
        .lines()
        .find(|l| l.starts_with(&prefix))
        .and_then(|l| l.split("calls=").nth(1))
        .and_then(|x| x.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn now_secs() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs_f64()
}

fn session_value(sid: &str, ip: &str, created: i64) -> String {
    serde_json::json!({
        "session_id": sid,
        "device_type": "web",
        "ip_address": ip,
        "created_at": created,
        "last_active": created + 10,
    })
    .to_string()
}

/// Runs redops in the background, kills the server after `after`, and returns (exit code,
/// stdout, stderr, time from the kill to the exit).
fn run_and_kill_server(
    env: &Env,
    r: &mut RedisServer,
    args: &[&str],
    after: Duration,
) -> (Option<i32>, String, String, Duration) {
    let child = env
        .command(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(after);
    let killed_at = Instant::now();
    r.kill();
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        killed_at.elapsed(),
    )
}

#[test]
fn a_server_killed_mid_scan_of_bigkeys_or_session_list_is_exit_3_quickly() {
    for which in ["bigkeys", "sessions"] {
        let mut r = RedisServer::start();
        let env = Env::new();
        let mut c = r.conn();
        let v = session_value("s", "10.0.0.1", now_secs() as i64);
        for chunk in 0..20 {
            let mut pipe = redis::pipe();
            for i in chunk * 10_000..(chunk + 1) * 10_000 {
                pipe.cmd("HSET")
                    .arg(format!("sessions:user:{i}"))
                    .arg("s")
                    .arg(&v)
                    .ignore();
            }
            let _: () = pipe.query(&mut c).expect("load");
        }
        let url = r.url();
        let args: Vec<&str> = match which {
            "bigkeys" => vec![
                "-u",
                &url,
                "--timeout",
                "1s",
                "memory",
                "bigkeys",
                "--scan-count",
                "10",
                "-o",
                "json",
            ],
            _ => vec![
                "-u",
                &url,
                "--timeout",
                "1s",
                "session",
                "list",
                "--scan-count",
                "10",
                "-o",
                "json",
            ],
        };
        let (code, stdout, stderr, took) =
            run_and_kill_server(&env, &mut r, &args, Duration::from_millis(400));
        assert!(
            took < Duration::from_secs(5),
            "{which}: took {took:?} after the kill"
        );
        assert_eq!(code, Some(3), "{which}: stderr: {stderr}");
        assert!(stderr.contains("error:"), "{which}: {stderr}");
        // Either nothing on stdout, or a report that says it is partial.
        if !stdout.trim().is_empty() {
            assert!(
                stdout.contains("\"partial\": true") || stderr.contains("partial"),
                "{which}: an unmarked report: {stdout}"
            );
        }
    }
}

#[test]
fn destructive_commands_whose_reply_is_lost_are_outcome_unknown_sent_once() {
    let r = RedisServer::start();
    let mut c = r.conn();
    let now = now_secs();
    // session kill (EVAL compare-then-delete)
    let v = session_value("s1", "10.0.0.1", now as i64);
    let _: () = c.hset("sessions:user:7", "s1", &v).expect("hset");
    // ratelimit reset (EVAL)
    let _: () = c
        .zadd("ratelimit:deposit:user:7", format!("{now}:a"), now)
        .expect("zadd");
    // stream ack (EVAL compare-then-XACK)
    one_pending_order(&mut c);

    for (needle, cmd, args) in [
        (
            EVAL_REQUEST,
            "eval",
            vec!["session", "kill", "--user", "7", "--session", "s1", "--yes"],
        ),
        (
            EVAL_REQUEST,
            "eval",
            vec![
                "ratelimit",
                "reset",
                "--category",
                "deposit",
                "--user",
                "7",
                "--yes",
            ],
        ),
        (
            EVAL_REQUEST,
            "eval",
            vec!["stream", "ack", "orders", "-g", "g", "1-1", "--yes"],
        ),
    ] {
        let env = Env::new();
        let before = calls(&r, cmd);
        let proxy = LostReplyProxy::start(r.port, needle);
        let url = format!("redis://127.0.0.1:{}", proxy.port);
        let mut full = vec!["-u", url.as_str(), "--timeout", "500ms"];
        full.extend(args.iter().copied());
        let started = Instant::now();
        let run = env.run(&full);
        run.expect_code(3);
        assert!(
            run.stderr.contains("outcome unknown"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(started.elapsed() < Duration::from_secs(3), "{args:?}");
        assert_eq!(calls(&r, cmd) - before, 1, "{args:?}: sent exactly once");
        let audit = env.audit_lines();
        assert_eq!(
            audit.last().expect("outcome line")["outcome"]["status"],
            "unknown",
            "{args:?}"
        );
        // Whether it removed anything is unknown: restore puts nothing back blindly.
        let action = audit[0]["id"].as_str().expect("id");
        let restore = env.run(&[
            "-u",
            &r.url(),
            "audit",
            "restore",
            action,
            "--to-stream",
            "orders:restored",
            "--yes",
        ]);
        restore.expect_code(4);
        assert!(
            restore.stderr.contains("outcome is unknown"),
            "{args:?}: {}",
            restore.stderr
        );
    }
    // Each write did reach Redis: that is why the outcome is "unknown", not "failed".
    assert!(!c.exists::<_, bool>("sessions:user:7").expect("exists"));
    assert_eq!(
        c.zcard::<_, u64>("ratelimit:deposit:user:7")
            .expect("zcard"),
        0
    );
    let pending: redis::Value = redis::cmd("XPENDING")
        .arg("orders")
        .arg("g")
        .query(&mut c)
        .expect("xpending");
    assert!(
        format!("{pending:?}")
            .to_lowercase()
            .starts_with("array([int(0)"),
        "{pending:?}"
    );
}

#[test]
fn a_restart_at_the_prompt_never_kills_or_resets_state_the_operator_never_saw() {
    use crate::test_session::{json_after_prompt, run_confirmed_in_pty};
    let mut r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let t = now_secs() as i64;
    let seen = session_value("s1", "10.0.0.1", t - 100);
    let _: () = c.hset("sessions:user:9", "s1", &seen).expect("hset");
    let list = env.run(&[
        "-u",
        &r.url(),
        "session",
        "list",
        "--user",
        "9",
        "-o",
        "json",
    ]);
    list.expect_code(0);
    let url = r.url();
    let port = r.port;
    let mut r2: Option<RedisServer> = None;
    let unseen = session_value("s1", "10.9.9.9", t);
    let (code, text) = run_confirmed_in_pty(
        &env,
        &[
            "-u",
            &url,
            "session",
            "kill",
            "--user",
            "9",
            "--session",
            "s1",
            "-o",
            "json",
        ],
        || {
            // While the operator reads the prompt, Redis restarts and the user logs in again
            // with the same session id but another value.
            r.kill();
            let s = RedisServer::start_with_port(port);
            let mut c2 = s.conn();
            let _: () = c2.hset("sessions:user:9", "s1", &unseen).expect("hset");
            let _: () = c2
                .hset("sessions:user:9", "s2", session_value("s2", "10.9.9.8", t))
                .expect("hset");
            r2 = Some(s);
        },
    );
    let r2 = r2.expect("restarted");
    let mut c2 = r2.conn();
    // The connection the read used died with the restart: redops does not reconnect and
    // retry the write (exit 3, "outcome unknown"); had it survived, the compare-then-delete
    // would skip the changed value. Either way the unseen session stays.
    if code == 0 {
        let j = json_after_prompt(&text);
        assert_eq!(j["killed"].as_array().map(Vec::len), Some(0), "{j}");
    } else {
        assert_eq!(code, 3, "{text}");
        assert!(text.contains("outcome unknown"), "{text}");
    }
    assert_eq!(
        c2.hget::<_, _, String>("sessions:user:9", "s1")
            .expect("hget"),
        unseen
    );
    assert_eq!(c2.hlen::<_, u64>("sessions:user:9").expect("hlen"), 2);

    // The same for a rate-limit window: entries the operator never saw are kept.
    let env = Env::new();
    let t = now_secs();
    let _: () = c2
        .zadd("ratelimit:withdrawal:user:9", format!("{t}:seen"), t)
        .expect("zadd");
    let url = r2.url();
    let probe = env.run(&[
        "-u",
        &url,
        "ratelimit",
        "probe",
        "--category",
        "withdrawal",
        "--user",
        "9",
        "-o",
        "json",
    ]);
    probe.expect_code(0);
    assert_eq!(probe.json()["count"], 1);
    let port = r2.port;
    let mut r2 = r2;
    let mut r3: Option<RedisServer> = None;
    let (code, text) = run_confirmed_in_pty(
        &env,
        &[
            "-u",
            &url,
            "ratelimit",
            "reset",
            "--category",
            "withdrawal",
            "--user",
            "9",
            "-o",
            "json",
        ],
        || {
            r2.kill();
            let s = RedisServer::start_with_port(port);
            let mut c3 = s.conn();
            let _: () = c3
                .zadd("ratelimit:withdrawal:user:9", format!("{t}:new"), t + 1.0)
                .expect("zadd");
            r3 = Some(s);
        },
    );
    let r3 = r3.expect("restarted");
    let mut c3 = r3.conn();
    assert!(
        code == 0 || (code == 3 && text.contains("outcome unknown")),
        "{text}"
    );
    let members: Vec<String> = c3
        .zrange("ratelimit:withdrawal:user:9", 0, -1)
        .expect("zrange");
    assert_eq!(members, vec![format!("{t}:new")], "{text}");
}

#[test]
fn after_a_restart_a_kill_acts_only_on_what_its_own_read_found_and_reports_it() {
    let mut r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let t = now_secs() as i64;
    let _: () = c
        .hset(
            "sessions:user:5",
            "s1",
            session_value("s1", "10.0.0.1", t - 50),
        )
        .expect("hset");
    let seen = env.run(&["-u", &r.url(), "session", "list", "-o", "json"]);
    seen.expect_code(0);
    let port = r.port;
    r.kill();
    let r2 = RedisServer::start_with_port(port);
    let mut c2 = r2.conn();
    let now_value = session_value("s1", "10.7.7.7", t);
    let _: () = c2.hset("sessions:user:5", "s1", &now_value).expect("hset");
    let _: () = c2
        .hset("sessions:user:5", "s3", session_value("s3", "10.7.7.8", t))
        .expect("hset");
    // The dry run shows the value as it is now, not as the operator last saw it.
    let dry = env.run(&[
        "-u",
        &r2.url(),
        "session",
        "kill",
        "--user",
        "5",
        "--session",
        "s1",
        "--dry-run",
        "-o",
        "json",
    ]);
    dry.expect_code(0);
    assert_eq!(
        dry.json()["killed"][0]["ip_address"],
        "10.7.7.7",
        "{}",
        dry.stdout
    );
    let run = env.run(&[
        "-u",
        &r2.url(),
        "session",
        "kill",
        "--user",
        "5",
        "--session",
        "s1",
        "--yes",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["killed"][0]["ip_address"], "10.7.7.7");
    // Exactly that field went, with its full value in the audit log; the other one stays.
    let audit = env.audit_lines();
    let prior = audit
        .iter()
        .find(|l| l.get("prior").is_some())
        .expect("intent line");
    assert!(prior["prior"].to_string().contains("10.7.7.7"), "{prior}");
    assert!(
        !c2.hexists::<_, _, bool>("sessions:user:5", "s1")
            .expect("hexists")
    );
    assert!(
        c2.hexists::<_, _, bool>("sessions:user:5", "s3")
            .expect("hexists")
    );
    // A session id that is gone after the restart: not found, nothing changed.
    let gone = env.run(&[
        "-u",
        &r2.url(),
        "session",
        "kill",
        "--user",
        "5",
        "--session",
        "s1",
        "--yes",
    ]);
    assert!(gone.code == 4 || gone.code == 0, "{}", gone.stderr);
    assert!(
        c2.hexists::<_, _, bool>("sessions:user:5", "s3")
            .expect("hexists")
    );
}

#[test]
fn acl_read_only_users_run_every_read_command_and_every_write_is_nopperm_exit_5() {
    let r = RedisServer::start();
    let mut c = r.conn();
    let t = now_secs();
    let sess = session_value("s1", "10.0.0.1", t as i64);
    let _: () = c.hset("sessions:user:1", "s1", &sess).expect("hset");
    let _: () = c
        .zadd("ratelimit:deposit:user:1", format!("{t}:a"), t)
        .expect("zadd");
    let month = {
        let out = std::process::Command::new("date")
            .args(["-u", "+%Y-%m"])
            .output()
            .expect("date");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    let board = format!("leaderboard:weekly:{month}");
    let _: () = c.zadd(&board, "t1", 10.5).expect("zadd");
    let _: () = c
        .set(
            "trader:meta:t1",
            r#"{"name":"Ann","avatar":"a.png","followers":3}"#,
        )
        .expect("set");
    let _: () = redis::cmd("SET")
        .arg("lock:job")
        .arg("tok")
        .arg("PX")
        .arg(600_000)
        .query(&mut c)
        .expect("set");
    one_pending_order(&mut c);
    let snapshot = |c: &mut redis::Connection| -> String {
        let dump: Vec<String> = ["sessions:user:1", "ratelimit:deposit:user:1", "lock:job"]
            .iter()
            .map(|k| format!("{:?}", redis::cmd("DUMP").arg(k).query::<redis::Value>(c)))
            .collect();
        let pending: redis::Value = redis::cmd("XPENDING")
            .arg("orders")
            .arg("g")
            .query(c)
            .expect("xpending");
        format!("{dump:?} {pending:?}")
    };
    let before = snapshot(&mut c);

    for (user, info) in [("reader", true), ("noinfo", false)] {
        let mut acl = vec![
            "ACL",
            "SETUSER",
            user,
            "on",
            ">pw-secret",
            "~*",
            "&*",
            "+@read",
            "+@connection",
            "+scan",
            "+eval",
            "-@write",
        ];
        if info {
            acl.push("+info");
        } else {
            acl.push("-info");
        }
        r.cli(&acl);
        let url = format!("redis://{user}:pw-secret@127.0.0.1:{}", r.port);
        let env = Env::new();
        let reads: Vec<Vec<&str>> = vec![
            vec!["session", "list", "--user", "1"],
            vec!["session", "list"],
            vec!["ratelimit", "probe", "--category", "deposit", "--user", "1"],
            vec!["ratelimit", "top", "--category", "deposit"],
            vec!["leaderboard", "top", "--period", "weekly"],
            vec!["leaderboard", "rank", "t1", "--period", "weekly"],
            vec!["leaderboard", "list"],
            vec!["stream", "groups", "orders"],
            vec!["stream", "pending", "orders", "-g", "g"],
            vec!["memory", "usage", "lock:job"],
            vec!["memory", "bigkeys"],
            vec!["lock", "inspect"],
            vec!["lock", "inspect", "job"],
        ];
        for args in &reads {
            let mut full = vec!["-u", url.as_str(), "-o", "json"];
            full.extend(args.iter().copied());
            let run = env.run(&full);
            assert_eq!(run.code, 0, "{user} {args:?}: {}", run.stderr);
            assert!(!run.stderr.contains("pw-secret") && !run.stdout.contains("pw-secret"));
        }
        // memory policy and check read INFO/CONFIG: with them they work; without, they say
        // what they could not read (exit 5 for a refused command, never a crash).
        for args in [vec!["memory", "policy"], vec!["check"]] {
            let mut full = vec!["-u", url.as_str(), "-o", "json"];
            full.extend(args.iter().copied());
            let run = env.run(&full);
            // With INFO but without CONFIG (an @admin command): `memory policy` degrades to
            // what INFO says (exit 0, the LFU settings unknown, a note on stderr) and `check`
            // judges the default server (no maxmemory: exit 1). Without INFO: exit 5 naming
            // the refused command.
            match (info, args[0]) {
                (true, "memory") => {
                    assert_eq!(run.code, 0, "{}", run.stderr);
                    assert!(
                        run.stderr.contains("CONFIG GET was refused"),
                        "{}",
                        run.stderr
                    );
                    assert!(run.json()["nodes"][0]["maxmemory_samples"].is_null());
                }
                (true, _) => {
                    assert_eq!(run.code, 1, "{}", run.stderr);
                    assert_eq!(run.json()["checks"][0]["status"], "pass");
                }
                (false, _) => {
                    assert_eq!(run.code, 5, "{args:?}: {}", run.stderr);
                    assert!(
                        run.stderr
                            .contains("no permissions to run the 'info' command"),
                        "{}",
                        run.stderr
                    );
                }
            }
        }
        let writes: Vec<Vec<&str>> = vec![
            vec!["session", "kill", "--user", "1", "--session", "s1", "--yes"],
            vec!["session", "kill", "--user", "1", "--all", "--yes"],
            vec![
                "ratelimit",
                "reset",
                "--category",
                "deposit",
                "--user",
                "1",
                "--yes",
            ],
            vec!["stream", "ack", "orders", "-g", "g", "1-1", "--yes"],
            vec![
                "stream",
                "reclaim",
                "orders",
                "-g",
                "g",
                "--to",
                "w2",
                "--min-idle",
                "0s",
                "--yes",
            ],
            vec!["lock", "force-release", "job", "--yes"],
        ];
        for args in &writes {
            let mut full = vec!["-u", url.as_str()];
            full.extend(args.iter().copied());
            let run = env.run(&full);
            assert_eq!(run.code, 5, "{user} {args:?}: {}", run.stderr);
            assert!(
                run.stderr.contains("NOPERM") || run.stderr.contains("permission"),
                "{user} {args:?}: {}",
                run.stderr
            );
            assert!(!run.stderr.contains("pw-secret"));
        }
        assert_eq!(snapshot(&mut c), before, "{user}: nothing changed");
    }
}

/// Sends one command with binary arguments (the redis crate's `arg` takes bytes too).
fn bin(c: &mut redis::Connection, args: &[&[u8]]) -> redis::Value {
    let mut cmd = redis::cmd(std::str::from_utf8(args[0]).expect("command name"));
    for a in &args[1..] {
        cmd.arg(*a);
    }
    cmd.query(c).expect("command")
}

#[test]
fn bad_data_under_every_pattern_is_reported_and_the_rest_still_comes_out() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let url = r.url();
    let t = now_secs();
    let good = session_value("s1", "10.0.0.1", t as i64);
    let _: () = c.hset("sessions:user:1", "s1", &good).expect("hset");
    let _: () = c.hset("sessions:user:2", "s2", "{bad").expect("hset");
    let _: () = c.hset("sessions:user:3", "s3", "").expect("hset");
    let _: () = c.set("sessions:user:str", "x").expect("set");
    // A user id and a session value that are not UTF-8.
    let v3 = session_value("s9", "10.3.3.3", t as i64);
    bin(
        &mut c,
        &[b"HSET", b"sessions:user:\xff\xfe", b"s9", v3.as_bytes()],
    );
    let _: () = c
        .zadd("ratelimit:deposit:user:1", format!("{t}:a"), t)
        .expect("zadd");
    let ms = (t * 1000.0).floor();
    let _: () = c
        .zadd("ratelimit:deposit:user:ms", format!("{ms}:a"), ms)
        .expect("zadd");
    let _: () = c.hset("ratelimit:deposit:user:h", "a", "b").expect("hset");
    let _: () = redis::cmd("ZADD")
        .arg("leaderboard:weekly:2026-11")
        .arg("inf")
        .arg("up")
        .arg("-inf")
        .arg("down")
        .arg("9007199254740993")
        .arg("big")
        .query(&mut c)
        .expect("zadd");
    let _: () = c.set("leaderboard:monthly:2026-11", "x").expect("set");
    let _: () = c.hset("trader:meta:up", "x", "y").expect("hset");
    let _: () = c.set("trader:meta:down", "{bad").expect("set");
    let _: () = c.set("trader:meta:big", "").expect("set");
    let _: () = c.set("lock:ok", "t").expect("set");
    let _: () = c.set("lock:empty", "").expect("set");
    let _: () = c.hset("lock:h", "a", "b").expect("hset");
    let _: () = c.set("notastream", "x").expect("set");

    let json = |args: &[&str], code: i32| -> (serde_json::Value, String) {
        let mut full = vec!["-u", url.as_str(), "-o", "json"];
        full.extend(args.iter().copied());
        let run = env.run(&full);
        assert_eq!(run.code, code, "{args:?}: {}", run.stderr);
        let v = if code == 0 {
            run.json()
        } else {
            serde_json::Value::Null
        };
        (v, run.stderr.clone())
    };

    // sessions: the good one, the bad JSON and the empty value with their raw value and an
    // error, the wrong-type key reported, the non-UTF-8 user id with a `_hex` sibling.
    let (v, err) = json(&["session", "list"], 0);
    let rows = v.as_array().expect("rows");
    assert_eq!(rows.len(), 5, "{v}");
    assert!(
        rows.iter()
            .any(|r| r["value"] == "{bad" && r["error"].is_string())
    );
    assert!(
        rows.iter()
            .any(|r| r["value"] == "" && r["error"].is_string())
    );
    assert!(
        rows.iter()
            .any(|r| r["user_id_hex"] == "fffe" && r["ip_address"] == "10.3.3.3")
    );
    assert!(
        err.contains("sessions:user:str") && err.contains("WRONGTYPE"),
        "{err}"
    );
    json(&["session", "list", "--user", "str"], 6);

    // rate limits: the hash is reported, the millisecond scores flagged, the rest counted.
    let (v, _) = json(&["ratelimit", "top", "--category", "deposit"], 0);
    assert_eq!(v["users"].as_array().map(Vec::len), Some(2), "{v}");
    assert_eq!(v["not_sorted_sets"][0], "ratelimit:deposit:user:h");
    let (v, err) = json(
        &[
            "ratelimit",
            "probe",
            "--category",
            "deposit",
            "--user",
            "ms",
        ],
        0,
    );
    assert_eq!(v["implausible"], 1, "{v}");
    assert!(err.contains("milliseconds"), "{err}");
    json(
        &["ratelimit", "probe", "--category", "deposit", "--user", "h"],
        6,
    );

    // leaderboards: inf/-inf as text, 2^53+1 as the double Redis holds, bad trader metadata
    // per row; the string under the pattern reported by list, exit 6 when named.
    let (v, err) = json(
        &[
            "leaderboard",
            "top",
            "--period",
            "weekly",
            "--month",
            "2026-11",
        ],
        0,
    );
    let rows = v.as_array().expect("rows");
    assert_eq!(rows.len(), 3, "{v}");
    assert_eq!(rows[0]["score_text"], "inf");
    assert_eq!(rows[2]["score_text"], "-inf");
    assert_eq!(rows[1]["score_text"], "9007199254740992");
    assert!(rows.iter().all(|r| r["meta_status"] == "bad"), "{v}");
    assert!(err.contains("2^53"), "{err}");
    let (v, _) = json(&["leaderboard", "list"], 0);
    assert!(
        v.as_array()
            .expect("boards")
            .iter()
            .any(|b| b["key"] == "leaderboard:monthly:2026-11" && b["error"].is_string()),
        "{v}"
    );
    json(
        &[
            "leaderboard",
            "top",
            "--period",
            "monthly",
            "--month",
            "2026-11",
        ],
        6,
    );

    // locks: the empty token is a lock, the hash is reported.
    let (v, _) = json(&["lock", "inspect"], 0);
    let rows = v.as_array().expect("rows");
    assert_eq!(rows.len(), 3, "{v}");
    assert!(
        rows.iter()
            .any(|r| r["key"] == "lock:empty" && r["token"] == "")
    );
    assert!(
        rows.iter()
            .any(|r| r["key"] == "lock:h" && r["error"].is_string())
    );
    json(&["lock", "inspect", "h"], 6);

    // streams: a string passed to every stream command is exit 6, and nothing changes.
    for args in [
        vec!["stream", "groups", "notastream"],
        vec!["stream", "pending", "notastream", "-g", "g"],
        vec!["stream", "ack", "notastream", "-g", "g", "1-1", "--yes"],
        vec![
            "stream",
            "reclaim",
            "notastream",
            "-g",
            "g",
            "--to",
            "w",
            "--min-idle",
            "1s",
            "--yes",
        ],
    ] {
        let (_, err) = json(&args, 6);
        assert!(
            err.contains("notastream") && err.contains("not a stream"),
            "{err}"
        );
    }
    assert_eq!(c.get::<_, String>("notastream").expect("get"), "x");
    assert!(env.audit_lines().is_empty(), "nothing was about to change");
}

#[test]
fn binary_users_and_stream_fields_are_shown_and_acted_on_losslessly() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let url = r.url();
    let v = session_value("s\u{e9}", "10.3.3.3", now_secs() as i64);
    bin(
        &mut c,
        &[b"HSET", b"sessions:user:\xff\xfe", b"s\xe9", v.as_bytes()],
    );
    let run = env.run(&[
        "-u", &url, "session", "kill", "--ip", "10.3.3.3", "--yes", "-o", "json",
    ]);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(j["killed"][0]["user_id_hex"], "fffe", "{j}");
    assert_eq!(j["killed"][0]["session_id_hex"], "73e9", "{j}");
    assert!(
        !c.exists::<_, bool>(&b"sessions:user:\xff\xfe"[..])
            .expect("exists")
    );
    let audit = env.audit_lines();
    assert_eq!(
        audit[0]["prior"][0]["key_hex"],
        "73657373696f6e733a757365723afffe"
    );
    assert_eq!(audit[0]["prior"][0]["field_hex"], "73e9", "{}", audit[0]);

    // A stream entry with binary field names and values: shown with `_hex`, acknowledged,
    // and its exact bytes kept in the audit line.
    let _: () = redis::cmd("XGROUP")
        .arg("CREATE")
        .arg("bs")
        .arg("g")
        .arg("$")
        .arg("MKSTREAM")
        .query(&mut c)
        .expect("group");
    bin(&mut c, &[b"XADD", b"bs", b"5-1", b"f\xff", b"v\x00\xfe"]);
    let _: redis::Value = redis::cmd("XREADGROUP")
        .arg("GROUP")
        .arg("g")
        .arg("w")
        .arg("STREAMS")
        .arg("bs")
        .arg(">")
        .query(&mut c)
        .expect("read");
    let run = env.run(&[
        "-u", &url, "stream", "ack", "bs", "-g", "g", "5-1", "--yes", "-o", "json",
    ]);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(j["acknowledged"], 1);
    assert_eq!(j["entries"][0]["fields"][0]["field_hex"], "66ff", "{j}");
    assert_eq!(j["entries"][0]["fields"][0]["value_hex"], "7600fe", "{j}");
    let audit = env.audit_lines();
    let intent = audit
        .iter()
        .rev()
        .find(|l| l["command"] == "stream ack")
        .expect("intent");
    assert_eq!(
        intent["prior"][0]["fields"][0]["value_hex"], "7600fe",
        "{intent}"
    );
    let pending: (u64,) = {
        let v: redis::Value = redis::cmd("XPENDING")
            .arg("bs")
            .arg("g")
            .query(&mut c)
            .expect("xp");
        (
            if format!("{v:?}").to_lowercase().starts_with("array([int(0)") {
                0
            } else {
                1
            },
        )
    };
    assert_eq!(pending.0, 0);
    assert_eq!(
        c.xlen::<_, u64>("bs").expect("xlen"),
        1,
        "ack does not delete"
    );

    // A lock token and a lock key that are not UTF-8: shown with `_hex`; the token released
    // by its exact bytes (--token-hex), kept in the audit line.
    bin(&mut c, &[b"SET", b"lock:bin\xff", b"\x00tok\xfe"]);
    bin(&mut c, &[b"SET", b"lock:job", b"\x00tok\xfe"]);
    let run = env.run(&["-u", &url, "lock", "inspect", "-o", "json"]);
    run.expect_code(0);
    let j = run.json();
    let bin_row = j
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["key_hex"] == "6c6f636b3a62696eff")
        .expect("the non-UTF-8 key is listed");
    assert_eq!(bin_row["token_hex"], "00746f6bfe", "{j}");
    env.run(&[
        "-u",
        &url,
        "lock",
        "force-release",
        "job",
        "--token-hex",
        "00746f6b00",
        "--yes",
    ])
    .expect_code(5);
    env.run(&[
        "-u",
        &url,
        "lock",
        "force-release",
        "job",
        "--token-hex",
        "00746f6bfe",
        "--yes",
    ])
    .expect_code(0);
    assert!(!c.exists::<_, bool>("lock:job").expect("exists"));
    assert!(c.exists::<_, bool>(&b"lock:bin\xff"[..]).expect("exists"));
    let last_intent = env
        .audit_lines()
        .into_iter()
        .rev()
        .find(|l| l["command"] == "lock force-release")
        .expect("intent");
    assert!(
        last_intent.to_string().contains("00746f6bfe"),
        "{last_intent}"
    );

    // A leaderboard member that is not UTF-8: listed with `_hex`, found by --member-hex.
    bin(
        &mut c,
        &[b"ZADD", b"leaderboard:daily:2026-11", b"5", b"tr\xff"],
    );
    let run = env.run(&[
        "-u",
        &url,
        "leaderboard",
        "top",
        "--period",
        "daily",
        "--month",
        "2026-11",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()[0]["member_hex"], "7472ff");
    let run = env.run(&[
        "-u",
        &url,
        "leaderboard",
        "rank",
        "--member-hex",
        "7472ff",
        "--period",
        "daily",
        "--month",
        "2026-11",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["rank"], 1);
}

#[test]
fn malformed_flags_under_every_command_are_exit_2_naming_the_value() {
    let env = Env::new();
    for (args, needle) in [
        (
            vec!["session", "list", "--ip", "10.0.0.0/33"],
            "10.0.0.0/33",
        ),
        (
            vec!["session", "kill", "--ip", "300.1.1.1", "--yes"],
            "300.1.1.1",
        ),
        (
            vec!["session", "list", "--idle-over", "5parsecs"],
            "5parsecs",
        ),
        (
            vec!["stream", "ack", "bs", "-g", "g", "1-x", "--yes"],
            "1-x",
        ),
        (
            vec![
                "stream",
                "pending",
                "bs",
                "-g",
                "g",
                "--min-idle",
                "forever",
            ],
            "forever",
        ),
        (
            vec!["memory", "bigkeys", "--pattern", "sessions:[ab"],
            "sessions:[ab",
        ),
        (vec!["lock", "inspect", "--pattern", "job\\"], "job\\"),
        (vec!["leaderboard", "top", "--month", "2026-13"], "2026-13"),
        (
            vec![
                "ratelimit",
                "top",
                "--category",
                "deposit",
                "--scan-count",
                "0",
            ],
            "0",
        ),
        (vec!["lock", "inspect", "--max-rate", "0"], "'0'"),
        (vec!["session", "list", "--max-rate", "fast"], "'fast'"),
        (vec!["stream", "groups", "--max-rate", "-5"], "'-5'"),
        (vec!["check", "--sleep", "a while"], "a while"),
        (vec!["memory", "bigkeys", "--max-rate", "inf"], "'inf'"),
    ] {
        // A server is not needed: the flags are judged before connecting (the default URL
        // points nowhere in the test environment).
        let mut full = vec!["-u", "redis://127.0.0.1:1"];
        full.extend(args.iter().copied());
        let run = env.run(&full);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(needle), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn every_keyspace_scan_can_be_throttled() {
    // 600 keys of every kind; each scanning command with --scan-count 50 --max-rate 1000 makes
    // 12 SCAN calls worth 50 keys each, so it cannot finish in less than about 0.55 s (the last
    // call is not waited for) even when its pattern keeps only some of the keys.
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let now = now_secs();
    let mut pipe = redis::pipe();
    for i in 0..150 {
        pipe.hset(
            format!("sessions:user:{i}"),
            "s1",
            session_value("s1", "10.0.0.1", now as i64),
        )
        .ignore();
        pipe.zadd(
            format!("ratelimit:deposit:user:{i}"),
            format!("{now}:{i}"),
            now,
        )
        .ignore();
        pipe.set_ex(format!("lock:job:{i}"), "tok", 600).ignore();
        pipe.set(format!("cache:quote:{i}"), "x").ignore();
    }
    let _: () = pipe.query(&mut c).expect("load");
    let _: () = c
        .zadd("leaderboard:monthly:2026-11", "t1", 10)
        .expect("board");
    one_pending_order(&mut c);
    let url = r.url();
    for (args, ok_codes) in [
        (vec!["lock", "inspect"], &[0][..]),
        (vec!["session", "list", "--summary"], &[0]),
        (vec!["ratelimit", "top", "--category", "deposit"], &[0]),
        (vec!["leaderboard", "list"], &[0]),
        (vec!["stream", "groups"], &[0]),
        (vec!["memory", "bigkeys"], &[0]),
        // No maxmemory on a test server: check fails (1), after its throttled full scan.
        (vec!["check", "--full"], &[0, 1]),
    ] {
        let mut full = vec!["-u", url.as_str(), "-o", "json"];
        full.extend(args.iter().copied());
        full.extend(["--scan-count", "50", "--max-rate", "1000"]);
        let started = Instant::now();
        let run = env.run(&full);
        let took = started.elapsed();
        assert!(
            ok_codes.contains(&run.code),
            "{args:?}: exit {}: {}",
            run.code,
            run.stderr
        );
        assert!(
            took >= Duration::from_millis(450),
            "{args:?} was not throttled: {took:?}"
        );
    }
}

/// Fields in the huge session hash: 300,000, not 1,000,000 (a million made this test take
/// ~70 s in a debug build on 2 cores; the paging code is the same at any size).
const HUGE_FIELDS: usize = 300_000;

#[test]
fn huge_values_a_50_mb_lock_token_and_a_million_session_hash_are_read_in_pages() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let url = r.url();
    let started = Instant::now();
    let big = vec![b'x'; 50 * 1024 * 1024];
    let _: () = redis::cmd("SET")
        .arg("lock:huge")
        .arg(&big)
        .arg("PX")
        .arg(600_000)
        .query(&mut c)
        .expect("set");
    drop(big);
    let _: () = c.set("lock:small", "tok").expect("set");
    let run = env.run(&["-u", &url, "lock", "inspect", "huge", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(
        run.json()["token"].as_str().map(str::len),
        Some(50 * 1024 * 1024)
    );
    let run = env.run(&["-u", &url, "lock", "inspect"]);
    run.expect_code(0);
    assert!(
        run.stdout.contains("small") && run.stdout.contains("huge"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.len() < 100_000, "the table shortens the token");

    // One user with a million sessions (a leak in the application), and an ordinary one.
    let v = session_value("s", "10.0.0.1", now_secs() as i64);
    // Written server-side (a Lua loop): the same hash as 30 pipelines of 10k fields, faster.
    let _: () = redis::cmd("EVAL")
        .arg("for i = 0, tonumber(ARGV[1]) - 1 do redis.call('HSET', KEYS[1], 's' .. i, ARGV[2]) end")
        .arg(1)
        .arg("sessions:user:leak")
        .arg(HUGE_FIELDS)
        .arg(&v)
        .query(&mut c)
        .expect("load");
    let _: () = c
        .hset("sessions:user:ok", "s1", session_value("s1", "10.0.0.2", 1))
        .expect("hset");
    let hscans_before = calls(&r, "hscan");
    let run = env.run(&[
        "-u", &url, "session", "list", "--user", "leak", "-o", "ndjson",
    ]);
    run.expect_code(0);
    assert_eq!(run.stdout.lines().count(), HUGE_FIELDS);
    assert_eq!(
        calls(&r, "hgetall"),
        0,
        "never one HGETALL of the whole hash"
    );
    let pages = calls(&r, "hscan") - hscans_before;
    assert!(pages > 10, "read in pages: {pages}");
    let run = env.run(&[
        "-u", &url, "session", "list", "--ip", "10.0.0.2", "-o", "json",
    ]);
    run.expect_code(0);
    assert_eq!(
        run.json().as_array().map(Vec::len),
        Some(1),
        "{}",
        run.stdout
    );
    assert_eq!(calls(&r, "hgetall"), 0, "platform-wide too");
    // bigkeys sizes both without reading them.
    let run = env.run(&["-u", &url, "memory", "bigkeys", "-o", "json"]);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(j["keys"], 4, "{j}");
    let top = j.to_string();
    assert!(
        top.contains("lock:huge") && top.contains("sessions:user:leak"),
        "{j}"
    );
    assert_eq!(
        c.hlen::<_, usize>("sessions:user:leak").expect("hlen"),
        HUGE_FIELDS
    );
    eprintln!("huge values: {:?}", started.elapsed());
}

/// Moves `slot` with its keys from node `from` to node `to` the way `redis-cli --cluster
/// reshard` does: IMPORTING / MIGRATING, MIGRATE ... KEYS, then SETSLOT NODE everywhere.
fn migrate_slot(cl: &crate::support::RedisCluster, slot: u16, from: usize, to: usize) -> usize {
    let id = |i: usize| cl.nodes[i].cli(&["CLUSTER", "MYID"]).trim().to_owned();
    let (from_id, to_id) = (id(from), id(to));
    let slot_s = slot.to_string();
    cl.nodes[to].cli(&["CLUSTER", "SETSLOT", &slot_s, "IMPORTING", &from_id]);
    cl.nodes[from].cli(&["CLUSTER", "SETSLOT", &slot_s, "MIGRATING", &to_id]);
    let keys = cl.nodes[from].cli(&["CLUSTER", "GETKEYSINSLOT", &slot_s, "100000"]);
    let keys: Vec<&str> = keys.lines().filter(|l| !l.trim().is_empty()).collect();
    let port = cl.nodes[to].port.to_string();
    let mut args = vec!["MIGRATE", "127.0.0.1", &port, "", "0", "5000", "KEYS"];
    args.extend(keys.iter().copied());
    let out = cl.nodes[from].cli(&args);
    assert!(out.contains("OK"), "MIGRATE: {out}");
    for i in [to, from] {
        cl.nodes[i].cli(&["CLUSTER", "SETSLOT", &slot_s, "NODE", &to_id]);
    }
    for i in 0..cl.nodes.len() {
        if i != to && i != from {
            cl.nodes[i].cli(&["CLUSTER", "SETSLOT", &slot_s, "NODE", &to_id]);
        }
    }
    keys.len()
}

#[test]
fn a_slot_migrated_during_bigkeys_is_counted_once_or_the_report_says_incomplete() {
    let cl = crate::support::RedisCluster::start();
    let env = Env::new();
    let mut c = cl.conn();
    // 3000 keys over every primary, 300 of them in one slot (a hash tag).
    let total = 3000;
    for i in 0..total {
        let key = if i % 10 == 0 {
            format!("mig:{{hot}}:{i}")
        } else {
            format!("mig:k{i}")
        };
        let _: () = c.set(&key, "v").expect("set");
    }
    let from = cl.node_of("mig:{hot}:0");
    let to = (from + 1) % 3;
    let slot: u16 = cl.nodes[0]
        .cli(&["CLUSTER", "KEYSLOT", "mig:{hot}:0"])
        .trim()
        .parse()
        .expect("slot");
    let child = env
        .command(&[
            "-u",
            &cl.url(),
            "--timeout",
            "3s",
            "memory",
            "bigkeys",
            "--scan-count",
            "20",
            "--max-rate",
            "1500",
            "-o",
            "json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(Duration::from_millis(700));
    let moved = migrate_slot(&cl, slot, from, to);
    assert_eq!(moved, 300);
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    if j["partial"] == true {
        // A partial answer is never exit 0.
        assert_eq!(out.status.code(), Some(3), "{stderr}");
        assert!(
            stderr.contains("the slot map changed during the scan"),
            "{stderr}"
        );
    } else {
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        assert_eq!(j["keys"], total, "every key once: {j}");
    }
    // The keys are where the migration put them, all of them.
    assert_eq!(cl.node_of("mig:{hot}:0"), to);
    let counted: u64 = (0..3)
        .map(|i| {
            cl.nodes[i]
                .cli(&["DBSIZE"])
                .trim()
                .parse::<u64>()
                .expect("dbsize")
        })
        .sum();
    assert_eq!(counted, total as u64);
    // Once the cluster is stable, a scan counts every key once and is not marked partial.
    let run = env.run(&["-u", &cl.url(), "memory", "bigkeys", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["keys"], total, "{}", run.stdout);
    assert_eq!(run.json()["partial"], false);
}

#[test]
fn a_failover_during_a_scan_is_counted_once_or_reported_partial_and_never_hangs() {
    let cl = crate::support::RedisCluster::start_with_replicas(1);
    let env = Env::new();
    let mut c = cl.conn();
    // 40 hash tags (spread over the three primaries), 500 keys each, one pipeline per tag.
    let total = 20_000;
    for tag in 0..40 {
        let mut pipe = redis::cluster::cluster_pipe();
        for i in 0..total / 40 {
            pipe.cmd("SET")
                .arg(format!("lock:{{t{tag}}}:{i}"))
                .arg("tok")
                .arg("PX")
                .arg(600_000)
                .ignore();
        }
        let _: () = pipe.query(&mut c).expect("load one tag");
    }
    let replica = cl.replica_of(1);
    let child = env
        .command(&[
            "-u",
            &cl.url(),
            "--timeout",
            "3s",
            "memory",
            "bigkeys",
            "-o",
            "json",
            "--max-rate",
            "8000",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(Duration::from_millis(800));
    let reply = cl.nodes[replica].cli(&["CLUSTER", "FAILOVER"]);
    assert!(reply.contains("OK"), "failover refused: {reply}");
    let started = Instant::now();
    let out = child.wait_with_output().expect("wait");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => {
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
            let keys = v["keys"].as_u64().expect("keys");
            eprintln!(
                "failover during bigkeys: {keys} of {total} keys, partial {}",
                v["partial"]
            );
            // Exit 0 only for a complete answer.
            assert!(
                keys == total as u64 && v["partial"] == false,
                "{keys} of {total} keys counted, partial {}, yet exit 0; stderr: {stderr}",
                v["partial"]
            );
        }
        Some(3) => {
            eprintln!("failover during bigkeys: exit 3: {stderr}");
            assert!(stderr.contains("error:"), "{stderr}")
        }
        other => panic!("exit {other:?}: {stderr}"),
    }
    // After the failover, the new topology is read and every lock is there exactly once.
    let deadline = Instant::now() + Duration::from_secs(15);
    while !cl.nodes[replica].cli(&["ROLE"]).starts_with("master") {
        assert!(Instant::now() < deadline, "the replica never took over");
        std::thread::sleep(Duration::from_millis(100));
    }
    let list = env.run(&["-u", &cl.url(), "lock", "inspect", "-o", "json"]);
    list.expect_code(0);
    assert_eq!(list.json().as_array().map(Vec::len), Some(total));
}
