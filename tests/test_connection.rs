//! Connecting: ping, refused, wrong password, a server that never answers, bad URLs.

use crate::support::{Env, RedisCluster, RedisServer, SilentServer, free_port};
use std::time::{Duration, Instant};

#[test]
fn ping_reports_version_role_and_topology() {
    let r = RedisServer::start();
    let env = Env::new();
    let j = env.run(&["-u", &r.url(), "ping", "-o", "json"]);
    j.expect_code(0);
    let v = j.json();
    assert_eq!(v["mode"], "standalone");
    assert_eq!(v["role"], "master");
    // Flavor and version come from INFO server in the connection set-up (6.2 takes one
    // section per INFO: `INFO server replication` was a syntax error there, exit 70).
    let build = crate::support::server_build();
    let (a, b, c) = build.version;
    assert_eq!(v["flavor"], build.flavor.as_str());
    assert_eq!(v["version"], format!("{a}.{b}.{c}"));
    assert!(v["rtt_us"].as_u64().is_some());
    let t = env.run(&["ping", "-u", &r.url()]);
    t.expect_code(0);
    assert!(t.stdout.starts_with("PONG from"), "{}", t.stdout);
    assert!(t.stdout.contains(&build.name()), "{}", t.stdout);
    if build.is_valkey() {
        // Valkey's INFO says redis_version:7.2.4 (what it is compatible with) beside its own.
        let compat = v["redis_version"].as_str().expect("redis_version");
        assert!(
            t.stdout.contains(&format!(
                "{} ({} compatible)",
                build.name(),
                format_args!("Redis {compat}")
            )),
            "{}",
            t.stdout
        );
    }
    // The connection is named (CLIENT SETNAME redops), so an operator finds it in CLIENT LIST.
    let stats = r.cli(&["INFO", "commandstats"]);
    if build.redis7() {
        assert!(stats.contains("cmdstat_client|setname:calls=2"), "{stats}");
    } else {
        // 6.2 counts CLIENT subcommands together, and refuses the client library's
        // CLIENT SETINFO (7.2+): the calls that succeeded are the two SETNAMEs.
        let line = stats
            .lines()
            .find_map(|l| l.strip_prefix("cmdstat_client:"))
            .unwrap_or_else(|| panic!("{stats}"));
        let get = |k: &str| -> i64 {
            line.split(',')
                .find_map(|f| f.strip_prefix(k)?.strip_prefix('='))
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or_else(|| panic!("{k} in {line}"))
        };
        assert_eq!(get("calls") - get("failed_calls"), 2, "{stats}");
    }
}

#[test]
fn ping_on_a_cluster_names_the_primaries() {
    let cl = RedisCluster::start();
    let env = Env::new();
    let j = env.run(&["-u", &cl.url(), "ping", "-o", "json"]);
    j.expect_code(0);
    let v = j.json();
    assert_eq!(v["mode"], "cluster");
    assert_eq!(v["primaries"].as_array().map(Vec::len), Some(3));
    assert_eq!(v["slots_covered"], 16384);
    // Forcing standalone mode on a cluster node still works for ping.
    env.run(&["-u", &cl.url(), "--no-cluster", "ping"])
        .expect_code(0);
}

#[test]
fn connection_refused_is_exit_3_and_fast() {
    let env = Env::new();
    let port = free_port();
    let started = Instant::now();
    let run = env.run(&["-u", &format!("redis://127.0.0.1:{port}"), "ping"]);
    run.expect_code(3);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
    assert!(run.stderr.contains("connection refused"), "{}", run.stderr);
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
}

#[test]
fn wrong_password_is_exit_3_and_never_printed() {
    let r = RedisServer::start_with(&["--requirepass", "right-secret"]);
    let env = Env::new();
    let url = format!("redis://:very-wrong-secret@127.0.0.1:{}", r.port);
    let run = env.run(&["-u", &url, "lock", "inspect", "x"]);
    run.expect_code(3);
    assert!(
        run.stderr.contains("authentication failed"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("very-wrong-secret") && !run.stdout.contains("very-wrong-secret"),
        "{}",
        run.stderr
    );
    // The right password works, from the URL or from REDISCLI_AUTH.
    env.run(&[
        "-u",
        &format!("redis://:right-secret@127.0.0.1:{}", r.port),
        "ping",
    ])
    .expect_code(0);
    let out = env
        .command(&["-u", &r.url(), "ping"])
        .env("REDISCLI_AUTH", "right-secret")
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_server_that_never_answers_is_exit_3_within_the_timeout() {
    let silent = SilentServer::start();
    let env = Env::new();
    let started = Instant::now();
    let run = env.run(&[
        "-u",
        &format!("redis://127.0.0.1:{}", silent.port),
        "--timeout",
        "300ms",
        "--connect-timeout",
        "300ms",
        "ping",
    ]);
    run.expect_code(3);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_command_that_outlives_the_timeout_is_exit_3() {
    // A real server, busy: DEBUG SLEEP blocks it for longer than --timeout.
    let r = RedisServer::start();
    let env = Env::new();
    let port = r.port;
    let sleeper =
        std::thread::spawn(move || crate::support::redis_cli(port, &["DEBUG", "SLEEP", "2"]));
    std::thread::sleep(Duration::from_millis(200));
    let started = Instant::now();
    let run = env.run(&[
        "-u",
        &r.url(),
        "--timeout",
        "400ms",
        "--connect-timeout",
        "300ms",
        "lock",
        "inspect",
        "x",
    ]);
    run.expect_code(3);
    assert!(
        started.elapsed() < Duration::from_millis(1900),
        "took {:?}",
        started.elapsed()
    );
    let _ = sleeper.join();
}

#[test]
fn bad_input_is_a_usage_error() {
    let env = Env::new();
    let bad_duration = env.run(&["--timeout", "soon", "ping"]);
    bad_duration.expect_code(2);
    assert!(
        bad_duration.stderr.contains("soon"),
        "{}",
        bad_duration.stderr
    );
    let bad_url = env.run(&["-u", "http://x", "ping"]);
    bad_url.expect_code(2);
    env.run(&["lock", "frobnicate"]).expect_code(2);
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    for i in 0..2000 {
        let _: () = redis::cmd("SET")
            .arg(format!("lock:r{i}"))
            .arg("t")
            .arg("PX")
            .arg(60_000)
            .query(&mut c)
            .expect("set");
    }
    let mut child = env
        .command(&["-u", &r.url(), "lock", "inspect", "-o", "ndjson"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take()); // the reader goes away at once, like `| head -0`
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty() || !String::from_utf8_lossy(&out.stderr).contains("error"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn unix_socket_urls_work() {
    let sock_dir = tempfile::tempdir().expect("temp dir");
    let sock = sock_dir.path().join("redis.sock");
    let sock_text = sock.display().to_string();
    let r = RedisServer::start_with(&["--unixsocket", &sock_text, "--unixsocketperm", "700"]);
    let mut c = r.conn();
    let _: () = redis::cmd("SET")
        .arg("lock:unix")
        .arg("t")
        .arg("PX")
        .arg(60_000)
        .query(&mut c)
        .expect("set");
    let env = Env::new();
    let url = format!("unix://{sock_text}");
    let run = env.run(&["-u", &url, "lock", "inspect", "unix", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["token"], "t");
}
