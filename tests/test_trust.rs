//! Issue 18: answers a CI pipeline and an incident script can trust. redis-cli's connection
//! flags mean what they mean there, one precedence decides the target, a password never goes
//! to a server named elsewhere, and a scan that missed part of the keyspace never exits 0.

use crate::support::{Env, RedisServer, TlsFiles, free_port};

fn set_lock(r: &RedisServer, db: u32, key: &str, token: &str) {
    let out = r.cli(&["-n", &db.to_string(), "SET", key, token]);
    assert!(out.contains("OK"), "{out}");
}

#[test]
fn redis_cli_connection_flags_reach_the_named_server_and_help_is_long_only() {
    let r = RedisServer::start_with(&["--requirepass", "s3cret"]);
    let env = Env::new();
    let port = r.port.to_string();
    let down = free_port().to_string();
    // `-h HOST -p PORT` is redis-cli's host and port, never help: a CI check against a
    // server that is not there is exit 3, not a green help screen.
    let run = env.run(&["-h", "127.0.0.1", "-p", &down, "check"]);
    run.expect_code(3);
    assert!(!run.stdout.contains("Usage"), "{}", run.stdout);
    assert!(run.stderr.contains(&down), "{}", run.stderr);
    let help = env.run(&["--help"]);
    help.expect_code(0);
    assert!(help.stdout.contains("-h, --host"), "{}", help.stdout);
    env.run(&["check", "--help"]).expect_code(0);
    env.run(&["-h"]).expect_code(2);

    // -a is the password, -n the database, --user the ACL user.
    let out = r.cli(&[
        "-a",
        "s3cret",
        "--no-auth-warning",
        "-n",
        "2",
        "SET",
        "lock:pay",
        "tok-db2",
    ]);
    assert!(out.contains("OK"), "{out}");
    let run = env.run(&[
        "-h",
        "127.0.0.1",
        "-p",
        &port,
        "-a",
        "s3cret",
        "-n",
        "2",
        "lock",
        "inspect",
        "pay",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["token"], "tok-db2");
    // Flags may also follow the subcommand, and long forms work.
    let run = env.run(&[
        "lock",
        "inspect",
        "pay",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--pass",
        "s3cret",
        "--db",
        "2",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["token"], "tok-db2");
    // Database 0 does not hold it: -n really selects.
    env.run(&["-p", &port, "-a", "s3cret", "lock", "inspect", "pay"])
        .expect_code(4);
    let acl = r.cli(&[
        "-a",
        "s3cret",
        "--no-auth-warning",
        "ACL",
        "SETUSER",
        "ops",
        "on",
        ">opspw",
        "~*",
        "+@all",
    ]);
    assert!(acl.contains("OK"), "{acl}");
    env.run(&[
        "-p", &port, "--user", "ops", "-a", "opspw", "-n", "2", "lock", "inspect", "pay",
    ])
    .expect_code(0);
    env.run(&["-p", &port, "--user", "ops", "-a", "wrong", "ping"])
        .expect_code(3);
    // -p replaces only the port of -u's URL.
    let run = env.run(&[
        "-u",
        "redis://127.0.0.1:1",
        "-p",
        &port,
        "-a",
        "s3cret",
        "ping",
    ]);
    run.expect_code(0);

    // -s is the unix socket.
    let sock_dir = tempfile::tempdir().expect("temp dir");
    let sock = sock_dir.path().join("r.sock").display().to_string();
    let u = RedisServer::start_with(&["--unixsocket", &sock, "--unixsocketperm", "700"]);
    set_lock(&u, 1, "lock:sock", "tok-sock");
    let run = env.run(&[
        "-s", &sock, "-n", "1", "lock", "inspect", "sock", "-o", "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["token"], "tok-sock");
}

#[test]
fn redis_cli_tls_flags_connect_with_tls() {
    if !crate::support::tls_built_in("redis_cli_tls_flags_connect_with_tls") {
        return;
    }
    let tls = TlsFiles::generate();
    let r = RedisServer::start_tls(&tls, true, &[]);
    let env = Env::new();
    let port = r.port.to_string();
    let run = env.run(&[
        "-h",
        "127.0.0.1",
        "-p",
        &port,
        "--tls",
        "--cacert",
        &tls.path("ca.crt"),
        "--cert",
        &tls.path("client.crt"),
        "--tls-key",
        &tls.path("client.key"),
        "ping",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["mode"], "standalone");
    // Without --tls the same port is not spoken to in plaintext with TLS files: a usage error.
    env.run(&["-p", &port, "--cacert", &tls.path("ca.crt"), "ping"])
        .expect_code(2);
}

fn write_config(env: &Env, text: &str) -> String {
    let p = env.dir.path().join("config.toml");
    std::fs::write(&p, text).expect("write config");
    p.display().to_string()
}

#[test]
fn a_profile_on_the_command_line_outranks_redis_url_and_passwords_stay_with_their_server() {
    let prod = RedisServer::start_with(&["--requirepass", "prod-pw"]);
    let other = RedisServer::start();
    let env = Env::new();
    let cfg = write_config(
        &env,
        &format!(
            "[profiles.prod]\nurl = \"redis://127.0.0.1:{}\"\npassword_env = \"PROD_PW\"\n",
            prod.port
        ),
    );
    prod.cli(&[
        "-a",
        "prod-pw",
        "--no-auth-warning",
        "SET",
        "lock:where",
        "prod",
    ]);
    other.cli(&["SET", "lock:where", "other"]);
    let run = |envs: &[(&str, &str)], args: &[&str]| {
        let mut all = vec!["--config", cfg.as_str()];
        all.extend_from_slice(args);
        let mut cmd = env.command(&all);
        cmd.env("PROD_PW", "prod-pw");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run");
        crate::support::Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    };
    // --profile on the command line wins over REDIS_URL in the environment.
    let r = run(
        &[("REDIS_URL", &other.url())],
        &[
            "--profile",
            "prod",
            "lock",
            "inspect",
            "where",
            "-o",
            "json",
        ],
    );
    r.expect_code(0);
    assert_eq!(r.json()["token"], "prod");
    let show = run(
        &[("REDIS_URL", &other.url())],
        &["--profile", "prod", "config", "show", "-o", "json"],
    );
    show.expect_code(0);
    let v = show.json();
    assert_eq!(v["settings"]["url"]["source"], "profile prod");
    assert_eq!(v["settings"]["password"]["source"], "profile prod");

    // A profile from the environment ranks as a profile: REDIS_URL names the server, and the
    // profile's password is not sent there: exit 2, saying where each came from.
    let r = run(
        &[("REDIS_URL", &other.url()), ("REDOPS_PROFILE", "prod")],
        &["lock", "inspect", "where"],
    );
    r.expect_code(2);
    assert!(
        r.stderr.contains("$REDIS_URL") && r.stderr.contains("profile 'prod'"),
        "{}",
        r.stderr
    );
    // -h/-p name another server than the profile's: its password stays home.
    let r = run(
        &[],
        &[
            "--profile",
            "prod",
            "-p",
            &other.port.to_string(),
            "lock",
            "inspect",
            "where",
        ],
    );
    r.expect_code(2);
    assert!(
        r.stderr.contains("command line") && r.stderr.contains("profile 'prod'"),
        "{}",
        r.stderr
    );
    let monitor = other.cli(&["INFO", "commandstats"]);
    assert!(
        !monitor.contains("cmdstat_auth"),
        "no AUTH reached the other server: {monitor}"
    );
    // A URL's password from the environment does not follow a -p flag either.
    let r = run(
        &[(
            "REDIS_URL",
            &format!("redis://:prod-pw@127.0.0.1:{}", prod.port),
        )],
        &["-p", &other.port.to_string(), "ping"],
    );
    r.expect_code(2);
    // config show names the true source of a URL whose port a flag replaced.
    let cfg2 = write_config(
        &env,
        "[profiles.staging]\nurl = \"redis://staging-host:6380/2\"\n",
    );
    let out = env
        .command(&[
            "--config",
            &cfg2,
            "--profile",
            "staging",
            "-p",
            "7001",
            "config",
            "show",
            "-o",
            "json",
        ])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["settings"]["url"]["value"], "redis://staging-host:7001/2");
    assert_eq!(v["settings"]["url"]["source"], "profile staging + flags");
    write_config(
        &env,
        &format!(
            "[profiles.prod]\nurl = \"redis://127.0.0.1:{}\"\npassword_env = \"PROD_PW\"\n",
            prod.port
        ),
    );
    // Host and password in the same place work: REDIS_URL with REDISCLI_AUTH, -h/-p with -a.
    run(
        &[("REDIS_URL", &prod.url()), ("REDISCLI_AUTH", "prod-pw")],
        &["ping"],
    )
    .expect_code(0);
    run(
        &[],
        &["-p", &prod.port.to_string(), "-a", "prod-pw", "ping"],
    )
    .expect_code(0);
}

/// Sessions, rate-limit windows, locks, a leaderboard and a stream with a group, spread over
/// every primary.
fn load_fintech_keys(cl: &crate::support::RedisCluster) {
    let mut c = cl.conn();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs_f64();
    for i in 0..60 {
        let _: () = redis::cmd("HSET")
            .arg(format!("sessions:user:{i}"))
            .arg(format!("s{i}"))
            .arg(format!(
                r#"{{"session_id":"s{i}","device_type":"web","ip_address":"10.0.0.1","created_at":{},"last_active":{}}}"#,
                now as i64 - 100,
                now as i64 - 10
            ))
            .query(&mut c)
            .expect("hset");
        let _: () = redis::cmd("ZADD")
            .arg(format!("ratelimit:withdrawal:user:{i}"))
            .arg(now - 1.0)
            .arg(format!("{now}:{i}"))
            .query(&mut c)
            .expect("zadd");
        let _: () = redis::cmd("SET")
            .arg(format!("lock:res{i}"))
            .arg("tok")
            .arg("PX")
            .arg(600_000)
            .query(&mut c)
            .expect("set");
        let _: () = redis::cmd("ZADD")
            .arg(format!("leaderboard:p{i}:2026-01"))
            .arg(1)
            .arg("t")
            .query(&mut c)
            .expect("zadd");
    }
    for i in 0..12 {
        let s = format!("orders{i}");
        let _: String = redis::cmd("XADD")
            .arg(&s)
            .arg("*")
            .arg("payload")
            .arg("{}")
            .query(&mut c)
            .expect("xadd");
        let _: () = redis::cmd("XGROUP")
            .arg("CREATE")
            .arg(&s)
            .arg("g")
            .arg("0")
            .query(&mut c)
            .expect("xgroup");
    }
}

const SCANS: &[&[&str]] = &[
    &["memory", "bigkeys"],
    &["ratelimit", "top", "--category", "withdrawal"],
    &["session", "list"],
    &["lock", "inspect"],
    &["leaderboard", "list"],
    &["stream", "groups"],
    &["check"],
];

#[test]
fn a_scan_that_missed_a_cluster_primary_never_exits_0() {
    let mut cl = crate::support::RedisCluster::start();
    let env = Env::new();
    load_fintech_keys(&cl);
    let down_port = cl.nodes[2].port.to_string();
    cl.nodes[2].kill();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while !crate::support::only_failed(&cl, 2) {
        assert!(
            std::time::Instant::now() < deadline,
            "node never flagged as failing"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let url = cl.url();
    let run = |cmd: &[&str], extra: &[&str]| {
        let mut args = vec!["-u", url.as_str(), "--timeout", "2s", "-o", "json"];
        args.extend_from_slice(cmd);
        args.extend_from_slice(extra);
        env.run(&args)
    };
    // The cluster refuses every keyed read: exit 3 naming the node, never an empty answer.
    for cmd in SCANS {
        let r = run(cmd, &[]);
        assert_eq!(
            r.code, 3,
            "{cmd:?}: stdout {} stderr {}",
            r.stdout, r.stderr
        );
        assert!(r.stderr.contains(&down_port), "{cmd:?}: {}", r.stderr);
    }
    // A cluster that serves what it can: the report comes out, marked partial and naming
    // the node, and the exit code is 3, unless --allow-partial.
    for n in &cl.nodes[..2] {
        n.cli(&["CONFIG", "SET", "cluster-require-full-coverage", "no"]);
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while !cl.nodes[..2]
        .iter()
        .all(|n| n.cli(&["CLUSTER", "INFO"]).contains("cluster_state:ok"))
    {
        assert!(std::time::Instant::now() < deadline, "no partial coverage");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    for cmd in SCANS {
        let r = run(cmd, &[]);
        assert_eq!(
            r.code, 3,
            "{cmd:?}: stdout {} stderr {}",
            r.stdout, r.stderr
        );
        assert!(
            r.stderr.contains("partial") && r.stderr.contains(&down_port),
            "{cmd:?}: {}",
            r.stderr
        );
        assert!(
            !r.stdout.trim().is_empty(),
            "{cmd:?}: the partial report is shown"
        );
        let v = r.json();
        if v.is_object() && v.get("partial").is_some() {
            assert_eq!(v["partial"], true, "{cmd:?}: {v}");
            assert!(v["missed"].to_string().contains(&down_port), "{cmd:?}: {v}");
        }
        let ok = run(cmd, &["--allow-partial"]);
        if cmd[0] == "check" {
            // check also judges the topology: a node down fails it (exit 1).
            assert_eq!(ok.code, 1, "{cmd:?}: {}", ok.stderr);
        } else {
            assert_eq!(ok.code, 0, "{cmd:?}: {}", ok.stderr);
        }
        assert!(ok.stderr.contains("partial"), "{cmd:?}: {}", ok.stderr);
    }
    let top = run(SCANS[1], &["--allow-partial"]).json();
    assert!(top["users_total"].as_u64().unwrap_or(0) > 0, "{top}");
    let big = run(SCANS[0], &["--allow-partial"]).json();
    assert!(big["keys"].as_u64().unwrap_or(0) > 0, "{big}");
    assert_eq!(big["vanished"], 0, "{big}");
}

#[test]
fn a_consumer_that_polls_while_its_entries_wait_is_stuck_not_working() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    let id = r.cli(&["XADD", "queue:payouts", "*", "payload", "{}"]);
    let id = id.trim().to_owned();
    r.cli(&["XGROUP", "CREATE", "queue:payouts", "payers", "0"]);
    r.cli(&[
        "XREADGROUP",
        "GROUP",
        "payers",
        "worker-stuck",
        "COUNT",
        "1",
        "STREAMS",
        "queue:payouts",
        ">",
    ]);
    // The entry has waited 1 h 50 m; the worker was seen just now (it keeps polling).
    r.cli(&[
        "XCLAIM",
        "queue:payouts",
        "payers",
        "worker-stuck",
        "0",
        &id,
        "IDLE",
        "6600000",
        "JUSTID",
    ]);
    r.cli(&[
        "XREADGROUP",
        "GROUP",
        "payers",
        "worker-stuck",
        "COUNT",
        "1",
        "STREAMS",
        "queue:payouts",
        ">",
    ]);
    let run = env.run(&[
        "-u",
        &url,
        "stream",
        "groups",
        "queue:payouts",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    let c = &run.json()[0]["consumers"][0];
    assert_eq!(c["name"], "worker-stuck");
    assert!(c["idle_ms"].as_u64().expect("idle") < 60_000, "{c}");
    assert_eq!(c["dead"], true, "{c}");
    assert!(
        c["stuck_entry_idle_ms"].as_u64().expect("stuck") >= 6_600_000,
        "{c}"
    );
    assert_eq!(run.json()[0]["dead_consumers"], 1);
    let table = env.run(&["-u", &url, "stream", "groups", "queue:payouts"]);
    table.expect_code(0);
    assert!(
        table.stdout.contains("STUCK") && !table.stdout.contains("working"),
        "{}",
        table.stdout
    );
    env.run(&["-u", &url, "stream", "groups", "--fail-if-dead"])
        .expect_code(1);
    // check names the stuck consumer and how long its entry waited.
    let check = env.run(&[
        "-u",
        &url,
        "check",
        "-o",
        "json",
        "--skip",
        "maxmemory",
        "--skip",
        "maxmemory_policy",
    ]);
    check.expect_code(1);
    let pending = check.json()["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["name"] == "pending_idle")
        .cloned()
        .expect("pending_idle");
    assert_eq!(pending["status"], "fail");
    let msg = pending["message"].as_str().expect("message");
    assert!(
        msg.contains("worker-stuck") && msg.contains("1h 50m"),
        "{msg}"
    );
}

#[test]
fn lock_inspect_pattern_with_the_key_prefix_means_what_the_operator_meant() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    for i in 1..=3 {
        r.cli(&["SET", &format!("lock:kyc:{i}"), "tok", "PX", "600000"]);
    }
    r.cli(&["SET", "lock:payout:1", "tok", "PX", "600000"]);
    for pattern in ["lock:kyc:*", "kyc:*"] {
        let run = env.run(&[
            "-u",
            &url,
            "lock",
            "inspect",
            "--pattern",
            pattern,
            "-o",
            "json",
        ]);
        run.expect_code(0);
        assert_eq!(
            run.json().as_array().map(Vec::len),
            Some(3),
            "{pattern}: {}",
            run.stdout
        );
    }
    let run = env.run(&["-u", &url, "lock", "inspect", "--pattern", "lock:kyc:*"]);
    assert!(run.stderr.contains("key pattern"), "{}", run.stderr);
    let none = env.run(&["-u", &url, "lock", "inspect", "--pattern", "nothing:*"]);
    none.expect_code(0);
    assert!(
        none.stderr.contains("lock:nothing:*"),
        "names the glob: {}",
        none.stderr
    );
}

#[test]
fn ratelimit_top_of_an_unknown_category_says_what_was_looked_for() {
    let r = RedisServer::start();
    let env = Env::new();
    r.cli(&["ZADD", "ratelimit:withdrawal:user:7", "1795682672.5", "m"]);
    let top = env.run(&["-u", &r.url(), "ratelimit", "top", "--category", "nosuch"]);
    top.expect_code(0);
    assert!(!top.stderr.contains("keys scanned"), "{}", top.stderr);
    assert!(
        top.stderr.contains("ratelimit:nosuch:user:*")
            && top.stderr.contains("not a category with a policy")
            && top.stderr.contains("withdrawal"),
        "{}",
        top.stderr
    );
}

#[test]
fn ratelimit_reset_dry_run_json_says_what_would_go_and_what_remains() {
    let r = RedisServer::start();
    let env = Env::new();
    for i in 0..12 {
        r.cli(&[
            "ZADD",
            "ratelimit:withdrawal:user:7",
            "1795682672.5",
            &format!("m{i}"),
        ]);
    }
    let dry = env.run(&[
        "-u",
        &r.url(),
        "ratelimit",
        "reset",
        "--category",
        "withdrawal",
        "--user",
        "7",
        "--dry-run",
        "-o",
        "json",
    ]);
    dry.expect_code(0);
    let j = dry.json();
    assert_eq!(j["would_remove"], 12, "{j}");
    assert_eq!(j["remaining"], 12, "{j}");
    assert!(j["removed"].is_null(), "{j}");
}

#[test]
fn count_flags_are_count_and_n_is_the_database_everywhere() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    r.cli(&[
        "-n",
        "1",
        "ZADD",
        "leaderboard:daily:2026-01",
        "5",
        "t1",
        "4",
        "t2",
    ]);
    r.cli(&[
        "-n",
        "1",
        "ZADD",
        "ratelimit:withdrawal:user:7",
        "1795682672.5",
        "m",
    ]);
    // -n selects the database, as in redis-cli, for both `top`s; --count is the row count.
    let lb = env.run(&[
        "-u",
        &url,
        "-n",
        "1",
        "leaderboard",
        "top",
        "--key",
        "leaderboard:daily:2026-01",
        "--count",
        "1",
        "--no-meta",
        "-o",
        "json",
    ]);
    lb.expect_code(0);
    assert!(
        lb.stdout.contains("t1") && !lb.stdout.contains("t2"),
        "{}",
        lb.stdout
    );
    let rl = env.run(&[
        "-u",
        &url,
        "ratelimit",
        "top",
        "--category",
        "withdrawal",
        "-n",
        "1",
        "--count",
        "1",
        "-o",
        "json",
    ]);
    rl.expect_code(0);
    assert_eq!(rl.json()["users_total"], 1, "{}", rl.stdout);
    // The habit of `-n 5` as a row count lands in an empty database: the hint says so.
    let habit = env.run(&[
        "-u",
        &url,
        "ratelimit",
        "top",
        "--category",
        "withdrawal",
        "-n",
        "5",
    ]);
    habit.expect_code(0);
    assert!(habit.stderr.contains("in database 5"), "{}", habit.stderr);
    let big = env.run(&[
        "-u", &url, "-n", "1", "memory", "bigkeys", "--count", "1", "-o", "json",
    ]);
    big.expect_code(0);
    assert_eq!(
        big.json()["top"].as_array().map(Vec::len),
        Some(1),
        "{}",
        big.stdout
    );
}

#[test]
fn check_shows_a_lock_ttl_as_a_duration_like_its_threshold() {
    let r = RedisServer::start();
    let env = Env::new();
    r.cli(&["SET", "lock:payout:1", "tok", "PX", "598969"]);
    let check = env.run(&[
        "-u",
        &r.url(),
        "check",
        "--max-lock-ttl",
        "5m",
        "-o",
        "json",
    ]);
    let lock_ttl = check.json()["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["name"] == "lock_ttl")
        .cloned()
        .expect("lock_ttl");
    assert_eq!(lock_ttl["status"], "fail", "{lock_ttl}");
    let observed = lock_ttl["observed"].as_str().expect("a duration");
    assert!(observed.starts_with("9m "), "{lock_ttl}");
    assert_eq!(lock_ttl["threshold"], "<= 5m");
}

#[test]
fn a_web_url_or_an_http_server_is_named_as_such() {
    let run = Env::new().run(&["-u", "http://127.0.0.1:8080", "ping"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("is an HTTP URL") && run.stderr.contains("redis://"),
        "{}",
        run.stderr
    );
    // Something that answers HTTP on the port redops was pointed at.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for mut s in listener.incoming().flatten() {
            let mut buf = [0u8; 512];
            let _ = s.read(&mut buf);
            let _ = s.write_all(
                b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    let run = Env::new().run(&["-p", &port.to_string(), "--timeout", "2s", "ping"]);
    run.expect_code(3);
    assert!(
        run.stderr.contains(&format!(
            "127.0.0.1:{port} answered like an HTTP server, not Redis"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn an_ack_or_restore_that_did_nothing_never_exits_0() {
    let r = RedisServer::start();
    let env = Env::new();
    let url = r.url();
    let id = r.cli(&["XADD", "queue:refunds", "*", "payload", "{}"]);
    let id = id.trim().to_owned();
    r.cli(&["XGROUP", "CREATE", "queue:refunds", "g", "0"]);
    r.cli(&[
        "XREADGROUP",
        "GROUP",
        "g",
        "w1",
        "STREAMS",
        "queue:refunds",
        ">",
    ]);
    let args = [
        "-u",
        url.as_str(),
        "stream",
        "ack",
        "queue:refunds",
        "--group",
        "g",
        &id,
        "--yes",
    ];
    env.run(&args).expect_code(0);
    // The same id again: it is no longer pending, nothing is acknowledged: not a success.
    let again = env.run(&args);
    again.expect_code(4);
    assert!(
        again.stderr.contains("nothing was acknowledged"),
        "{}",
        again.stderr
    );
}
