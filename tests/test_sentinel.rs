//! Reaching the primary through Sentinel, and `sentinel status` / `sentinel failover`, against
//! a real primary, a replica and three sentinels (`redis-server --sentinel`).

use crate::support::{
    Env, SENTINEL_MASTER, SentinelPasswords, SentinelSetup, free_port, redis_cli,
};
use crate::test_session::run_confirmed_in_pty;
use std::time::{Duration, Instant};

/// Application-shaped data on the primary: a session, a lock, a rate-limit window, a
/// leaderboard with metadata, a stream with a group and a pending entry.
fn load(port: u16) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let session = format!(
        r#"{{"session_id":"s1","device_type":"web","ip_address":"10.0.0.1","created_at":{now},"last_active":{now}}}"#
    );
    for args in [
        vec!["HSET", "sessions:user:42", "s1", session.as_str()],
        vec!["SET", "lock:withdrawal:42", "tok-1", "PX", "600000"],
        vec![
            "ZADD",
            "ratelimit:withdrawal:user:42",
            &now.to_string(),
            "m1",
        ],
        vec!["XADD", "tx", "*", "payload", "{}", "dispatched_at", "1"],
        vec!["XGROUP", "CREATE", "tx", "workers", "0"],
        vec![
            "XREADGROUP",
            "GROUP",
            "workers",
            "w1",
            "COUNT",
            "1",
            "STREAMS",
            "tx",
            ">",
        ],
        vec![
            "SET",
            "trader:meta:t1",
            r#"{"name":"T","avatar":"a","followers":3}"#,
        ],
    ] {
        let out = redis_cli(port, &args);
        assert!(!out.contains("ERR"), "{args:?}: {out}");
    }
    let month = chrono_month();
    let board = format!("leaderboard:monthly:{month}");
    redis_cli(port, &["ZADD", &board, "99", "t1"]);
}

/// The current month as YYYY-MM (UTC), without a date crate.
fn chrono_month() -> String {
    let out = std::process::Command::new("date")
        .args(["-u", "+%Y-%m"])
        .output()
        .expect("date");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn wait_replicated(setup: &SentinelSetup) {
    let deadline = Instant::now() + Duration::from_secs(10);
    let replica = setup
        .servers
        .iter()
        .find(|s| s.port != setup.primary_port())
        .expect("replica");
    while replica.cli(&["EXISTS", "lock:withdrawal:42"]).trim() != "1" {
        assert!(Instant::now() < deadline, "not replicated");
        std::thread::sleep(Duration::from_millis(50));
    }
}

const READS: &[&[&str]] = &[
    &["ping"],
    &["config", "show"],
    &["session", "list", "--user", "42"],
    &["session", "list", "--summary"],
    &[
        "ratelimit",
        "probe",
        "--category",
        "withdrawal",
        "--user",
        "42",
    ],
    &["ratelimit", "top", "--category", "withdrawal"],
    &["leaderboard", "top"],
    &["leaderboard", "rank", "t1"],
    &["leaderboard", "list"],
    &["lock", "inspect", "withdrawal:42"],
    &["lock", "inspect"],
    &["stream", "groups"],
    &["stream", "pending", "tx", "--group", "workers"],
    &["memory", "bigkeys"],
    &["memory", "bigkeys", "--replicas"],
    &["memory", "usage", "tx"],
    &["memory", "policy"],
];

#[test]
fn every_read_command_works_through_the_sentinel_url_and_follows_a_failover() {
    let setup = SentinelSetup::start();
    let env = Env::new();
    let first = setup.primary_port();
    load(first);
    wait_replicated(&setup);
    let url = setup.url();
    for args in READS {
        let mut full = vec!["-u", url.as_str(), "-o", "json"];
        full.extend_from_slice(args);
        let run = env.run(&full);
        assert_eq!(
            run.code, 0,
            "{args:?}\nstdout: {}\nstderr: {}",
            run.stdout, run.stderr
        );
    }
    let ping = env.run(&["-u", &url, "ping", "-o", "json"]);
    let j = ping.expect_code(0).json();
    assert_eq!(j["role"], "master");
    let target = j["target"].as_str().expect("target");
    assert!(
        target.contains(&format!("(primary 127.0.0.1:{first})")),
        "{target}"
    );
    let lock = env.run(&["-u", &url, "lock", "inspect", "withdrawal:42", "-o", "json"]);
    assert_eq!(lock.expect_code(0).json()["token"], "tok-1");
    // check gains the Sentinel checks, and they pass on a healthy setup.
    let check = env.run(&["-u", &url, "check", "-o", "json"]);
    let checks = check.json();
    let sentinel = checks["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["name"] == "sentinel")
        .cloned()
        .unwrap_or_else(|| panic!("no sentinel check: {checks}"));
    assert_eq!(sentinel["status"], "pass", "{sentinel}");

    // After a failover the same URL reaches the new primary, which has the data.
    let second = setup.failover();
    assert_ne!(first, second);
    let ping = env.run(&["-u", &url, "ping", "-o", "json"]);
    let j = ping.expect_code(0).json();
    assert!(
        j["target"]
            .as_str()
            .expect("target")
            .contains(&format!("(primary 127.0.0.1:{second})")),
        "{j}"
    );
    for args in READS {
        let mut full = vec!["-u", url.as_str(), "-o", "json"];
        full.extend_from_slice(args);
        let run = env.run(&full);
        assert_eq!(
            run.code, 0,
            "after failover {args:?}\nstdout: {}\nstderr: {}",
            run.stdout, run.stderr
        );
    }
    // The flags make the same target.
    let s: Vec<String> = setup
        .sentinels
        .iter()
        .map(|s| format!("127.0.0.1:{}", s.port))
        .collect();
    // Global flags, before or after the subcommand.
    let ping = env.run(&[
        "--sentinel",
        &s[0],
        "ping",
        "--sentinel",
        &s[1],
        "--master",
        SENTINEL_MASTER,
        "-o",
        "json",
    ]);
    assert!(
        ping.expect_code(0).json()["target"]
            .as_str()
            .expect("t")
            .contains(&format!(":{second})"))
    );
}

#[test]
fn a_down_sentinel_is_skipped_and_all_down_is_exit_3_naming_each() {
    let setup = SentinelSetup::start();
    let env = Env::new();
    let dead1 = free_port();
    let dead2 = free_port();
    let live = setup.sentinels[1].port;
    let url = format!("redis+sentinel://127.0.0.1:{dead1},127.0.0.1:{live}/{SENTINEL_MASTER}");
    let run = env.run(&["-u", &url, "ping", "-o", "json"]);
    run.expect_code(0);
    assert!(
        run.json()["target"]
            .as_str()
            .expect("t")
            .contains(&format!(":{})", setup.primary_port()))
    );

    let url =
        format!("redis+sentinel://u:hunter2@127.0.0.1:{dead1},127.0.0.1:{dead2}/{SENTINEL_MASTER}");
    let run = env.run(&["-u", &url, "ping"]);
    run.expect_code(3);
    assert!(
        run.stderr.contains(&format!("127.0.0.1:{dead1}")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("127.0.0.1:{dead2}")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("refused"), "{}", run.stderr);
    assert!(!run.stderr.contains("hunter2") && !run.stdout.contains("hunter2"));

    // A name no sentinel monitors: exit 4.
    let url = format!("redis+sentinel://127.0.0.1:{live}/nosuch");
    env.run(&["-u", &url, "ping"]).expect_code(4);
}

#[test]
fn a_destructive_command_whose_primary_failed_over_at_the_prompt_refuses_and_changes_nothing() {
    let setup = SentinelSetup::start();
    let env = Env::new();
    let first = setup.primary_port();
    load(first);
    wait_replicated(&setup);
    let url = setup.url();
    let mut second = 0;
    let (code, text) = run_confirmed_in_pty(
        &env,
        &["-u", &url, "lock", "force-release", "withdrawal:42"],
        || second = setup.failover(),
    );
    assert_eq!(code, 5, "{text}");
    assert!(text.contains("no longer the primary"), "{text}");
    assert!(text.contains("nothing was changed"), "{text}");
    // The lock is still held, on the new primary, and nothing was audited as an intent.
    assert_eq!(
        redis_cli(second, &["GET", "lock:withdrawal:42"]).trim(),
        "tok-1"
    );
    assert!(env.audit_lines().is_empty(), "{:?}", env.audit_lines());

    // Without a failover, the same command goes through, and the audit line names the primary.
    let run = env.run(&[
        "-u",
        &url,
        "--yes",
        "lock",
        "force-release",
        "withdrawal:42",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(
        redis_cli(second, &["EXISTS", "lock:withdrawal:42"]).trim(),
        "0"
    );
    let intent = env
        .audit_lines()
        .into_iter()
        .find(|l| l["phase"] == "intent")
        .expect("intent line");
    let target = intent["target"].as_str().expect("target");
    assert!(target.starts_with("redis+sentinel://"), "{target}");
    assert!(
        target.contains(&format!("(primary 127.0.0.1:{second})")),
        "{target}"
    );
}

#[test]
fn status_is_healthy_then_exits_1_when_a_sentinel_stops_and_the_quorum_is_lost() {
    let mut setup = SentinelSetup::start_with_quorum(3);
    let env = Env::new();
    let url = setup.url();
    let run = env.run(&["-u", &url, "sentinel", "status", "-o", "json"]);
    let j = run.expect_code(0).json();
    let m = &j["masters"][0];
    assert_eq!(m["name"], SENTINEL_MASTER);
    assert_eq!(m["primary"], format!("127.0.0.1:{}", setup.primary_port()));
    assert_eq!(m["ckquorum"]["ok"], true);
    assert_eq!(m["sentinels"].as_array().expect("sentinels").len(), 3);
    assert_eq!(m["replicas"].as_array().expect("replicas").len(), 1);
    assert_eq!(m["replicas"][0]["link"], "ok");
    assert!(m["replicas"][0]["lag_bytes"].is_u64(), "{m}");
    assert_eq!(j["ok"], true);
    // The table form too.
    env.run(&["-u", &url, "sentinel", "status"]).expect_code(0);

    setup.sentinels[2].stop();
    let run = env.run(&["-u", &url, "sentinel", "status", "-o", "json"]);
    let j = run.expect_code(1).json();
    let problems = j["masters"][0]["problems"].to_string();
    assert!(problems.contains("quorum"), "{problems}");
    assert_eq!(j["masters"][0]["sentinels"][2]["reachable"], false);
    // check fails on it too.
    let check = env.run(&["-u", &url, "check", "-o", "json"]);
    check.expect_code(1);
    assert!(check.stdout.contains("quorum"), "{}", check.stdout);

    // Once the others see it down, CKQUORUM fails, and a failover is refused: nothing changes.
    let before = setup.primary_port();
    let deadline = Instant::now() + Duration::from_secs(40);
    while setup.sentinels[0]
        .cli(&["SENTINEL", "CKQUORUM", SENTINEL_MASTER])
        .starts_with("OK")
    {
        assert!(Instant::now() < deadline, "CKQUORUM never failed");
        std::thread::sleep(Duration::from_millis(100));
    }
    let run = env.run(&["-u", &url, "--yes", "sentinel", "failover", SENTINEL_MASTER]);
    run.expect_code(5);
    assert!(run.stderr.contains("quorum"), "{}", run.stderr);
    assert_eq!(setup.primary_port(), before);
    assert!(env.audit_lines().is_empty());
}

#[test]
fn status_exits_1_when_a_sentinel_monitors_another_primary_address() {
    let setup = SentinelSetup::start();
    let env = Env::new();
    let url = setup.url();
    let replica = setup
        .servers
        .iter()
        .find(|s| s.port != setup.primary_port())
        .expect("replica")
        .port;
    let s = &setup.sentinels[1];
    assert!(
        s.cli(&["SENTINEL", "REMOVE", SENTINEL_MASTER])
            .contains("OK")
    );
    let out = s.cli(&[
        "SENTINEL",
        "MONITOR",
        SENTINEL_MASTER,
        "127.0.0.1",
        &replica.to_string(),
        "2",
    ]);
    assert!(out.contains("OK"), "{out}");
    let run = env.run(&["-u", &url, "sentinel", "status", "-o", "json"]);
    let j = run.expect_code(1).json();
    let problems = j["masters"][0]["problems"].to_string();
    assert!(problems.contains("disagree on the primary"), "{problems}");
    assert!(
        problems.contains(&format!("127.0.0.1:{replica}")),
        "{problems}"
    );
    let sentinels = j["masters"][0]["sentinels"].as_array().expect("sentinels");
    assert_eq!(sentinels[1]["primary"], format!("127.0.0.1:{replica}"));
}

#[test]
fn failover_dry_runs_then_fails_over_waits_and_audits() {
    let setup = SentinelSetup::start();
    let env = Env::new();
    let url = setup.url();
    let first = setup.primary_port();
    let run = env.run(&[
        "-u",
        &url,
        "--dry-run",
        "sentinel",
        "failover",
        SENTINEL_MASTER,
        "-o",
        "json",
    ]);
    let j = run.expect_code(0).json();
    assert_eq!(j["dry_run"], true);
    assert_eq!(j["primary"], format!("127.0.0.1:{first}"));
    assert_eq!(setup.primary_port(), first);
    // A read-only profile refuses it before asking anything.
    let config = env.dir.path().join("ro.toml");
    let hosts: Vec<String> = setup
        .sentinels
        .iter()
        .map(|s| format!("\"127.0.0.1:{}\"", s.port))
        .collect();
    std::fs::write(
        &config,
        format!(
            "[profiles.ro]\nsentinels = [{}]\nmaster = \"{SENTINEL_MASTER}\"\nread_only = true\n",
            hosts.join(", ")
        ),
    )
    .expect("config");
    let cfg = config.display().to_string();
    let run = env.run(&[
        "--config",
        &cfg,
        "--profile",
        "ro",
        "--yes",
        "sentinel",
        "failover",
        SENTINEL_MASTER,
    ]);
    run.expect_code(5);
    assert!(run.stderr.contains("read_only"), "{}", run.stderr);
    assert_eq!(setup.primary_port(), first);
    // Not confirmed in a non-interactive shell: exit 5, nothing changes.
    env.run(&["-u", &url, "sentinel", "failover", SENTINEL_MASTER])
        .expect_code(5);
    assert_eq!(setup.primary_port(), first);

    let run = env.run(&[
        "-u",
        &url,
        "--yes",
        "sentinel",
        "failover",
        SENTINEL_MASTER,
        "-o",
        "json",
    ]);
    let j = run.expect_code(0).json();
    let second = setup
        .servers
        .iter()
        .find(|s| s.port != first)
        .expect("replica")
        .port;
    assert_eq!(j["primary_before"], format!("127.0.0.1:{first}"));
    assert_eq!(j["primary_after"], format!("127.0.0.1:{second}"));
    assert!(redis_cli(second, &["ROLE"]).starts_with("master"));
    let lines = env.audit_lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["command"], "sentinel failover");
    assert_eq!(lines[1]["outcome"]["status"], "done");
    assert_eq!(
        lines[1]["outcome"]["primary_after"],
        format!("127.0.0.1:{second}")
    );
}

#[test]
fn sentinels_and_data_nodes_take_their_own_credentials_from_url_env_and_profile() {
    let setup = SentinelSetup::start_with(
        2,
        SentinelPasswords {
            data: Some("data-pw"),
            sentinel: Some("sentinel-pw"),
        },
    );
    let env = Env::new();
    let hosts: Vec<String> = setup
        .sentinels
        .iter()
        .map(|s| format!("127.0.0.1:{}", s.port))
        .collect();
    let url = format!(
        "redis+sentinel://:data-pw@{}/{SENTINEL_MASTER}",
        hosts.join(",")
    );
    // The data password alone does not open the sentinels: exit 3, each named, with the hint.
    let run = env.run(&["-u", &url, "ping"]);
    run.expect_code(3);
    for h in &hosts {
        assert!(run.stderr.contains(h.as_str()), "{}", run.stderr);
    }
    assert!(
        run.stderr.contains("REDOPS_SENTINEL_AUTH"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("data-pw"), "{}", run.stderr);

    // With the sentinels' own password: the primary is reached with the data password.
    let out = env
        .command(&["-u", &url, "ping", "-o", "json"])
        .env("REDOPS_SENTINEL_AUTH", "sentinel-pw")
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(j["role"], "master");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("data-pw"));

    // A profile: sentinels, master, and each password from its own environment variable.
    let config = env.dir.path().join("redops.toml");
    std::fs::write(
        &config,
        format!(
            "[profiles.ha]\nsentinels = [{}]\nmaster = \"{SENTINEL_MASTER}\"\npassword_env = \"HA_DATA_PW\"\nsentinel_password_env = \"HA_SENTINEL_PW\"\n",
            hosts
                .iter()
                .map(|h| format!("\"{h}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    )
    .expect("write config");
    let cfg = config.display().to_string();
    let out = env
        .command(&[
            "--config",
            &cfg,
            "--profile",
            "ha",
            "config",
            "show",
            "-o",
            "json",
        ])
        .env("HA_DATA_PW", "data-pw")
        .env("HA_SENTINEL_PW", "sentinel-pw")
        .output()
        .expect("run");
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        shown["settings"]["sentinel_password"]["value"], "***",
        "{shown}"
    );
    assert_eq!(
        shown["settings"]["sentinel_password"]["source"], "profile ha",
        "{shown}"
    );
    assert!(
        shown["settings"]["url"]["value"]
            .as_str()
            .expect("url")
            .starts_with("redis+sentinel://")
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("sentinel-pw"));
    for args in [
        vec!["--config", &cfg, "--profile", "ha", "ping", "-o", "json"],
        vec![
            "--config",
            &cfg,
            "--profile",
            "ha",
            "sentinel",
            "status",
            "-o",
            "json",
        ],
    ] {
        let out = env
            .command(&args)
            .env("HA_DATA_PW", "data-pw")
            .env("HA_SENTINEL_PW", "sentinel-pw")
            .output()
            .expect("run");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn sentinels_take_their_own_tls_settings_apart_from_the_data_nodes() {
    if !crate::support::tls_built_in(
        "sentinels_take_their_own_tls_settings_apart_from_the_data_nodes",
    ) {
        return;
    }
    let primary = crate::support::RedisServer::start();
    let tls = crate::support::TlsFiles::generate();
    let sentinel = crate::support::start_tls_sentinel(primary.port, &tls);
    let env = Env::new();
    let s = format!("127.0.0.1:{}", sentinel.port);
    let base = ["--sentinel", s.as_str(), "--master", SENTINEL_MASTER];
    // Plaintext to a TLS-only sentinel: exit 3, naming it.
    let mut args = base.to_vec();
    args.extend(["ping"]);
    let run = env.run(&args);
    run.expect_code(3);
    assert!(run.stderr.contains(&s), "{}", run.stderr);
    // The sentinels' CA and client certificate; the data node stays plaintext.
    let (ca, cert, key) = (
        tls.path("ca.crt"),
        tls.path("client.crt"),
        tls.path("client.key"),
    );
    let mut args = base.to_vec();
    args.extend([
        "--sentinel-tls-ca",
        &ca,
        "--sentinel-tls-cert",
        &cert,
        "--sentinel-tls-key",
        &key,
        "ping",
        "-o",
        "json",
    ]);
    let run = env.run(&args);
    let j = run.expect_code(0).json();
    assert_eq!(
        j["sentinel"]["primary"],
        format!("127.0.0.1:{}", primary.port)
    );
    // Another CA: the sentinel's certificate is not trusted, never a plaintext fallback.
    let other = tls.path("other-ca.crt");
    let mut args = base.to_vec();
    args.extend([
        "--sentinel-tls-ca",
        &other,
        "--sentinel-tls-cert",
        &cert,
        "--sentinel-tls-key",
        &key,
        "ping",
    ]);
    env.run(&args).expect_code(3);
}
