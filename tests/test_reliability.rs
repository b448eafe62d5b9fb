//! The fault matrix for what the foundation owns: a write whose reply is lost, a restart
//! between looking and acting, a server killed mid-scan, ACL users, bad input.

use crate::support::{Env, LostReplyProxy, RedisServer};
use redis::Commands;
use std::time::{Duration, Instant};

fn eval_calls(r: &RedisServer) -> u64 {
    let stats = r.cli(&["INFO", "commandstats"]);
    stats
        .lines()
        .find(|l| l.starts_with("cmdstat_eval:"))
        .and_then(|l| l.split("calls=").nth(1))
        .and_then(|x| x.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

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
    let proxy = LostReplyProxy::start(r.port, b"EVAL");
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
        eval_calls(&r),
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
    // primaries' locks, and a warning naming what was not scanned.
    for n in &cl.nodes[..2] {
        n.cli(&["CONFIG", "SET", "cluster-require-full-coverage", "no"]);
    }
    let deadline = Instant::now() + Duration::from_secs(15);
    while !cl.nodes[0]
        .cli(&["CLUSTER", "INFO"])
        .contains("cluster_state:ok")
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
