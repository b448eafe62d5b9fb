//! Profiles, precedence, TLS with a password from an env var, read-only refusal, custom key
//! templates, the audit log as a gate, and kill -> restore.

use crate::support::{Env, RedisServer, TlsFiles, free_port};
use redis::Commands;

/// An XRANGE entry: id and field/value pairs.
type StreamEntry = (String, Vec<(Vec<u8>, Vec<u8>)>);

fn write_config(env: &Env, text: &str) -> String {
    let p = env.dir.path().join("config.toml");
    std::fs::write(&p, text).expect("write config");
    p.display().to_string()
}

#[test]
fn precedence_is_flag_then_env_then_profile_then_default() {
    let env = Env::new();
    let cfg = write_config(
        &env,
        "[profiles.staging]\nurl = \"redis://profile-host:1\"\ntimeout = \"2s\"\nlatency_budget = \"off\"\n",
    );
    let show = |extra_env: Option<(&str, &str)>, args: &[&str]| {
        let mut all = vec![
            "--config",
            cfg.as_str(),
            "--profile",
            "staging",
            "config",
            "show",
            "-o",
            "json",
        ];
        all.extend_from_slice(args);
        let mut cmd = env.command(&all);
        if let Some((k, v)) = extra_env {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("json")
    };
    let v = show(None, &[]);
    assert_eq!(v["settings"]["url"]["value"], "redis://profile-host:1");
    assert_eq!(v["settings"]["url"]["source"], "profile staging");
    assert_eq!(v["settings"]["timeout"]["value"], "2s");
    assert_eq!(v["settings"]["connect_timeout"]["source"], "default");
    assert_eq!(v["settings"]["latency_budget"]["value"], "off");
    assert_eq!(v["settings"]["latency_budget"]["source"], "profile staging");
    // --profile given on the command line outranks REDIS_URL from the environment.
    let v = show(Some(("REDIS_URL", "redis://env-host:2")), &[]);
    assert_eq!(v["settings"]["url"]["value"], "redis://profile-host:1");
    assert_eq!(v["settings"]["url"]["source"], "profile staging");
    let v = show(
        Some(("REDIS_URL", "redis://env-host:2")),
        &[
            "--url",
            "redis://flag-host:3",
            "--timeout",
            "9s",
            "--latency-budget",
            "250us",
        ],
    );
    assert_eq!(v["settings"]["url"]["value"], "redis://flag-host:3");
    assert_eq!(v["settings"]["url"]["source"], "flag");
    assert_eq!(v["settings"]["timeout"]["value"], "9s");
    assert_eq!(v["settings"]["timeout"]["source"], "flag");
    assert_eq!(v["settings"]["latency_budget"]["value"], "250us");
    assert_eq!(v["settings"]["latency_budget"]["source"], "flag");
    // The profile can also come from the environment.
    let out = env
        .command(&["--config", &cfg, "config", "show", "-o", "json"])
        .env("REDOPS_PROFILE", "staging")
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["profile"], "staging");
    // ... and then REDIS_URL outranks it (environment > profile).
    let out = env
        .command(&["--config", &cfg, "config", "show", "-o", "json"])
        .env("REDOPS_PROFILE", "staging")
        .env("REDIS_URL", "redis://env-host:2")
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["settings"]["url"]["value"], "redis://env-host:2");
    assert_eq!(v["settings"]["url"]["source"], "env REDIS_URL");
    // `config path` names the file.
    let p = env.run(&["--config", &cfg, "config", "path"]);
    assert_eq!(p.stdout.trim(), cfg);
}

#[test]
fn malformed_file_and_unknown_profile_are_usage_errors_naming_the_line() {
    let env = Env::new();
    let cfg = write_config(
        &env,
        "[profiles.a]\nurl = \"redis://h:1\"\n\n[profiles.a.keyspace]\nsessions = \"app:sess:{usr}\"\n",
    );
    let run = env.run(&["--config", &cfg, "--profile", "a", "ping"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("config.toml:5:") && run.stderr.contains("{usr}"),
        "{}",
        run.stderr
    );
    let cfg = write_config(&env, "[profiles.a]\nurl = = 1\n");
    let run = env.run(&["--config", &cfg, "--profile", "a", "ping"]);
    run.expect_code(2);
    assert!(run.stderr.contains("config.toml:2"), "{}", run.stderr);
    let cfg = write_config(&env, "[profiles.a]\nurl = \"redis://h:1\"\n");
    let run = env.run(&["--config", &cfg, "--profile", "b", "ping"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("no profile 'b'") && run.stderr.contains("known profiles: a"),
        "{}",
        run.stderr
    );
}

#[test]
fn tls_profile_with_client_certificate_and_password_from_an_env_var() {
    if !crate::support::tls_built_in(
        "tls_profile_with_client_certificate_and_password_from_an_env_var",
    ) {
        return;
    }
    let tls = TlsFiles::generate();
    let r = RedisServer::start_tls(&tls, true, &["--requirepass", "tls-secret"]);
    let env = Env::new();
    let cfg = write_config(
        &env,
        &format!(
            "[profiles.secure]\nurl = \"rediss://127.0.0.1:{}\"\npassword_env = \"SECURE_REDIS_PW\"\ntls_ca = \"{}\"\ntls_cert = \"{}\"\ntls_key = \"{}\"\n",
            r.port,
            tls.path("ca.crt"),
            tls.path("client.crt"),
            tls.path("client.key")
        ),
    );
    let out = env
        .command(&[
            "--config",
            &cfg,
            "--profile",
            "secure",
            "ping",
            "-o",
            "json",
        ])
        .env("SECURE_REDIS_PW", "tls-secret")
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["mode"], "standalone");

    // Without the env var: a usage error that names it, before any connection.
    let run = env.run(&["--config", &cfg, "--profile", "secure", "ping"]);
    run.expect_code(2);
    assert!(run.stderr.contains("SECURE_REDIS_PW"), "{}", run.stderr);

    // A wrong CA is exit 3 (no plaintext fallback); so is a plaintext redis:// to a TLS port.
    let wrong_ca = env.run(&[
        "-u",
        &format!("rediss://:tls-secret@127.0.0.1:{}", r.port),
        "--tls-ca",
        &tls.path("other-ca.crt"),
        "--tls-cert",
        &tls.path("client.crt"),
        "--tls-key",
        &tls.path("client.key"),
        "ping",
    ]);
    wrong_ca.expect_code(3);
    assert!(
        !wrong_ca.stderr.contains("tls-secret"),
        "{}",
        wrong_ca.stderr
    );
    let no_client_cert = env.run(&[
        "-u",
        &format!("rediss://:tls-secret@127.0.0.1:{}", r.port),
        "--tls-ca",
        &tls.path("ca.crt"),
        "--timeout",
        "1s",
        "ping",
    ]);
    no_client_cert.expect_code(3);
    let plaintext = env.run(&[
        "-u",
        &format!("redis://:tls-secret@127.0.0.1:{}", r.port),
        "--timeout",
        "1s",
        "--connect-timeout",
        "1s",
        "ping",
    ]);
    plaintext.expect_code(3);
}

#[test]
fn rediss_to_a_plaintext_port_fails_without_downgrade() {
    let r = RedisServer::start();
    let tls = TlsFiles::generate();
    let env = Env::new();
    let run = env.run(&[
        "-u",
        &format!("rediss://127.0.0.1:{}", r.port),
        "--tls-ca",
        &tls.path("ca.crt"),
        "--timeout",
        "1s",
        "ping",
    ]);
    run.expect_code(3);
    // Options for TLS with a plaintext URL are refused rather than ignored.
    env.run(&["-u", &r.url(), "--tls-ca", &tls.path("ca.crt"), "ping"])
        .expect_code(2);
}

#[test]
fn read_only_profile_refuses_before_connecting() {
    let env = Env::new();
    let closed = free_port();
    let cfg = write_config(
        &env,
        &format!("[profiles.prod]\nurl = \"redis://127.0.0.1:{closed}\"\nread_only = true\n"),
    );
    let run = env.run(&[
        "--config",
        &cfg,
        "--profile",
        "prod",
        "lock",
        "force-release",
        "withdrawal:1",
        "--yes",
    ]);
    run.expect_code(5); // not 3: nothing tried to connect
    assert!(run.stderr.contains("read_only"), "{}", run.stderr);
    assert!(env.audit_lines().is_empty());
}

#[test]
fn custom_key_templates_are_honoured() {
    let r = RedisServer::start();
    let env = Env::new();
    let cfg = write_config(
        &env,
        &format!(
            "[profiles.app1]\nurl = \"{}\"\n[profiles.app1.keyspace]\nlock = \"app1:lock:{{{{{{resource}}}}}}\"\n",
            r.url()
        ),
    );
    let mut c = r.conn();
    let _: () = redis::cmd("SET")
        .arg("app1:lock:{withdrawal:42}")
        .arg("tok")
        .arg("PX")
        .arg(60_000)
        .query(&mut c)
        .expect("set");
    let _: () = c.set("lock:withdrawal:42", "default-pattern").expect("set");
    let list = env.run(&[
        "--config",
        &cfg,
        "--profile",
        "app1",
        "lock",
        "inspect",
        "-o",
        "json",
    ]);
    list.expect_code(0);
    let v = list.json();
    assert_eq!(v.as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(v[0]["resource"], "withdrawal:42");
    assert_eq!(v[0]["key"], "app1:lock:{withdrawal:42}");
    env.run(&[
        "--config",
        &cfg,
        "--profile",
        "app1",
        "lock",
        "force-release",
        "withdrawal:42",
        "--yes",
    ])
    .expect_code(0);
    assert!(
        !c.exists::<_, bool>("app1:lock:{withdrawal:42}")
            .expect("exists")
    );
    assert!(
        c.exists::<_, bool>("lock:withdrawal:42").expect("exists"),
        "the default-pattern key is not touched"
    );
}

#[test]
fn an_unwritable_audit_log_blocks_the_change() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let _: () = redis::cmd("SET")
        .arg("lock:x")
        .arg("tok")
        .arg("PX")
        .arg(60_000)
        .query(&mut c)
        .expect("set");
    // A directory where the file should be: the append fails.
    let dir_as_file = env.dir.path().join("a-directory");
    std::fs::create_dir(&dir_as_file).expect("mkdir");
    let run = env.run(&[
        "-u",
        &r.url(),
        "--audit-log",
        &dir_as_file.display().to_string(),
        "lock",
        "force-release",
        "x",
        "--yes",
    ]);
    run.expect_code(5);
    assert!(run.stderr.contains("audit log"), "{}", run.stderr);
    assert_eq!(
        c.get::<_, Option<String>>("lock:x")
            .expect("get")
            .as_deref(),
        Some("tok")
    );
}

#[test]
fn release_then_restore_puts_the_lock_back_only_if_absent() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let _: () = redis::cmd("SET")
        .arg("lock:payout:9")
        .arg(b"\xfftok")
        .arg("PX")
        .arg(60_000)
        .query(&mut c)
        .expect("set");
    env.run(&["-u", &r.url(), "lock", "force-release", "payout:9", "--yes"])
        .expect_code(0);
    assert!(!c.exists::<_, bool>("lock:payout:9").expect("exists"));

    let shown = env.run(&["audit", "show", "-o", "json"]);
    shown.expect_code(0);
    let actions = shown.json();
    let id = actions[0]["id"].as_str().expect("id").to_owned();
    assert_eq!(actions[0]["command"], "lock force-release");
    assert_eq!(actions[0]["outcome"]["status"], "released");

    env.run(&["-u", &r.url(), "audit", "restore", &id])
        .expect_code(5); // not confirmed
    let dry = env.run(&[
        "-u",
        &r.url(),
        "audit",
        "restore",
        &id,
        "--dry-run",
        "-o",
        "json",
    ]);
    dry.expect_code(0);
    assert!(!c.exists::<_, bool>("lock:payout:9").expect("exists"));
    let ok = env.run(&[
        "-u",
        &r.url(),
        "audit",
        "restore",
        &id,
        "--yes",
        "-o",
        "json",
    ]);
    ok.expect_code(0);
    assert_eq!(ok.json()["restored"].as_array().map(Vec::len), Some(1));
    let back: Vec<u8> = c.get("lock:payout:9").expect("get");
    assert_eq!(back, b"\xfftok", "the token is restored byte for byte");
    let ttl: i64 = c.pttl("lock:payout:9").expect("pttl");
    assert!(ttl > 0, "the TTL is restored too");

    // Restoring again does not overwrite the lock that is there now.
    let _: () = c.set("lock:payout:9", "someone-else").expect("set");
    let again = env.run(&[
        "-u",
        &r.url(),
        "audit",
        "restore",
        &id,
        "--yes",
        "-o",
        "json",
    ]);
    // Nothing was put back: never exit 0, and the audit log says so (not "restored").
    again.expect_code(5);
    assert!(
        again.stderr.contains("nothing was restored"),
        "{}",
        again.stderr
    );
    assert_eq!(again.json()["skipped"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        c.get::<_, String>("lock:payout:9").expect("get"),
        "someone-else"
    );
    let last = env
        .audit_lines()
        .into_iter()
        .rev()
        .find(|l| l.get("outcome").is_some())
        .expect("outcome line");
    assert_eq!(last["outcome"]["status"], "nothing_restored", "{last}");
    env.run(&["-u", &r.url(), "audit", "restore", "no-such-id", "--yes"])
        .expect_code(4);
}

#[test]
fn custom_templates_and_policies_are_honoured_by_every_subcommand() {
    let r = RedisServer::start_with(&["--maxmemory", "100mb", "--maxmemory-policy", "allkeys-lfu"]);
    let env = Env::new();
    let cfg = write_config(
        &env,
        &format!(
            "[profiles.app1]\nurl = \"{}\"\n\
             [profiles.app1.keyspace]\n\
             sessions = \"app1:sess:{{user}}\"\n\
             ratelimit = \"app1:rl:{{category}}:{{user}}\"\n\
             leaderboard = \"app1:lb:{{period}}:{{month}}\"\n\
             trader_meta = \"app1:meta:{{trader}}\"\n\
             lock = \"app1:lock:{{resource}}\"\n\
             [profiles.app1.ratelimit.withdrawal]\nlimit = 2\nwindow = \"60s\"\n",
            r.url()
        ),
    );
    let mut c = r.conn();
    let now: (u64, u64) = redis::cmd("TIME").query(&mut c).expect("time");
    let now = now.0 as f64;
    let _: () = c.hset("app1:sess:9", "s1", r#"{"session_id":"s1","device_type":"web","ip_address":"10.1.2.3","created_at":1,"last_active":2}"#).expect("hset");
    let _: () = c.expire("app1:sess:9", 3600).expect("expire");
    let _: () = c
        .zadd("app1:rl:withdrawal:9", format!("{now}:a"), now - 5.0)
        .expect("zadd");
    let _: () = c
        .zadd("app1:rl:withdrawal:9", format!("{now}:b"), now - 1.0)
        .expect("zadd");
    let _: () = c.expire("app1:rl:withdrawal:9", 600).expect("expire");
    let _: () = c.zadd("app1:lb:monthly:2026-11", "9", 42.5).expect("zadd");
    let _: () = c
        .set(
            "app1:meta:9",
            r#"{"name":"Nine","avatar":"a","followers":3}"#,
        )
        .expect("set");
    let _: () = redis::cmd("SET")
        .arg("app1:lock:payout:1")
        .arg("t")
        .arg("PX")
        .arg(60_000)
        .query(&mut c)
        .expect("set");
    let p = |args: &[&str]| {
        let mut all = vec!["--config", cfg.as_str(), "--profile", "app1", "-o", "json"];
        all.extend_from_slice(args);
        env.run(&all)
    };

    let s = p(&["session", "list", "--user", "9"]);
    s.expect_code(0);
    assert!(s.stdout.contains("\"session_id\": \"s1\""), "{}", s.stdout);
    let s = p(&["session", "list", "--ip", "10.1.0.0/16"]);
    s.expect_code(0);
    assert!(s.stdout.contains("\"user_id\": \"9\""), "{}", s.stdout);

    // The profile's withdrawal policy (2 per minute) is what probe judges against.
    let probe = p(&[
        "ratelimit",
        "probe",
        "--category",
        "withdrawal",
        "--user",
        "9",
    ]);
    probe.expect_code(0);
    let v = probe.json();
    assert_eq!(v["key"], "app1:rl:withdrawal:9");
    assert_eq!(v["limit"], 2);
    assert_eq!(v["count"], 2);
    assert_eq!(v["allowed"], false);

    let top = p(&["leaderboard", "top", "--month", "2026-11"]);
    top.expect_code(0);
    let v = top.json();
    assert_eq!(v[0]["member"], "9");
    assert_eq!(v[0]["meta"]["name"], "Nine");

    let locks = p(&["lock", "inspect"]);
    locks.expect_code(0);
    assert_eq!(locks.json()[0]["resource"], "payout:1");

    // check looks for locks, sessions and rate-limit keys under the profile's patterns.
    p(&["check"]).expect_code(0);
    let _: () = c.persist("app1:sess:9").expect("persist");
    let run = p(&["check"]);
    run.expect_code(1);
    assert!(run.stdout.contains("app1:sess:9"), "{}", run.stdout);
}

#[test]
fn session_kill_then_restore_leaves_the_data_as_it_was() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let v1 = r#"{"session_id":"s1","device_type":"web","ip_address":"10.0.0.1","created_at":1,"last_active":2}"#;
    let v2 = "not json at all \u{1f600}";
    let _: () = c.hset("sessions:user:77", "s1", v1).expect("hset");
    let _: () = c.hset("sessions:user:77", "s2", v2).expect("hset");
    let _: () = c.expire("sessions:user:77", 3600).expect("expire");
    let before: Vec<(String, String)> = c.hgetall("sessions:user:77").expect("hgetall");
    env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--user",
        "77",
        "--all",
        "--yes",
    ])
    .expect_code(0);
    assert!(!c.exists::<_, bool>("sessions:user:77").expect("exists"));
    let id = env.run(&["audit", "show", "-o", "json"]).json()[0]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let restored = env.run(&[
        "-u",
        &r.url(),
        "audit",
        "restore",
        &id,
        "--yes",
        "-o",
        "json",
    ]);
    restored.expect_code(0);
    let mut after: Vec<(String, String)> = c.hgetall("sessions:user:77").expect("hgetall");
    let mut before = before;
    before.sort();
    after.sort();
    assert_eq!(after, before, "every session is back byte for byte");
    let ttl: i64 = c.pttl("sessions:user:77").expect("pttl");
    assert!(
        ttl > 3_000_000 && ttl <= 3_600_000,
        "the hash expires as it would have: {ttl}"
    );
}

#[test]
fn ratelimit_reset_and_stream_ack_can_be_put_back_from_the_audit_log() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let now: (u64, u64) = redis::cmd("TIME").query(&mut c).expect("time");
    let now = now.0 as f64;
    let _: () = c
        .zadd("ratelimit:withdrawal:user:5", format!("{now}:a"), now - 2.5)
        .expect("zadd");
    let _: () = c
        .zadd(
            "ratelimit:withdrawal:user:5",
            format!("{now}:b"),
            now - 1.25,
        )
        .expect("zadd");
    let before: Vec<(String, String)> = c
        .zrange_withscores("ratelimit:withdrawal:user:5", 0, -1)
        .expect("zrange");
    env.run(&[
        "-u",
        &r.url(),
        "ratelimit",
        "reset",
        "--category",
        "withdrawal",
        "--user",
        "5",
        "--yes",
    ])
    .expect_code(0);
    assert_eq!(
        c.zcard::<_, u64>("ratelimit:withdrawal:user:5")
            .expect("zcard"),
        0
    );

    // A worker read an entry with binary fields and never acknowledged it; an operator acks it.
    let id: String = redis::cmd("XADD")
        .arg("tx:q")
        .arg("*")
        .arg("payload")
        .arg(b"\xff{}")
        .arg("dispatched_at")
        .arg("1")
        .query(&mut c)
        .expect("xadd");
    let _: () = redis::cmd("XGROUP")
        .arg("CREATE")
        .arg("tx:q")
        .arg("g")
        .arg("0")
        .query(&mut c)
        .expect("group");
    let _: redis::Value = redis::cmd("XREADGROUP")
        .arg("GROUP")
        .arg("g")
        .arg("w")
        .arg("STREAMS")
        .arg("tx:q")
        .arg(">")
        .query(&mut c)
        .expect("read");
    env.run(&[
        "-u",
        &r.url(),
        "stream",
        "ack",
        "tx:q",
        "--group",
        "g",
        &id,
        "--yes",
    ])
    .expect_code(0);

    let actions = env.run(&["audit", "show", "-o", "json"]).json();
    let ids: Vec<String> = actions
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| a["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(ids.len(), 2);

    env.run(&["-u", &r.url(), "audit", "restore", &ids[0], "--yes"])
        .expect_code(0);
    let after: Vec<(String, String)> = c
        .zrange_withscores("ratelimit:withdrawal:user:5", 0, -1)
        .expect("zrange");
    assert_eq!(after, before, "members and exact scores are back");

    // Stream entries need a target stream; the fields come back byte for byte.
    env.run(&["-u", &r.url(), "audit", "restore", &ids[1], "--yes"])
        .expect_code(2);
    env.run(&[
        "-u",
        &r.url(),
        "audit",
        "restore",
        &ids[1],
        "--to-stream",
        "tx:replay",
        "--yes",
    ])
    .expect_code(0);
    let replay: redis::Value = redis::cmd("XRANGE")
        .arg("tx:replay")
        .arg("-")
        .arg("+")
        .query(&mut c)
        .expect("xrange");
    let text = format!("{replay:?}");
    assert!(
        text.contains("payload") && text.contains("dispatched_at"),
        "{text}"
    );
    let fields: Vec<StreamEntry> = redis::cmd("XRANGE")
        .arg("tx:replay")
        .arg("-")
        .arg("+")
        .query(&mut c)
        .expect("xrange");
    assert_eq!(fields[0].1[0], (b"payload".to_vec(), b"\xff{}".to_vec()));
}
