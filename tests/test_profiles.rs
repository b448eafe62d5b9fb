//! Profiles, precedence, TLS with a password from an env var, read-only refusal, custom key
//! templates, the audit log as a gate, and kill -> restore.

use crate::support::{Env, RedisServer, TlsFiles, free_port};
use redis::Commands;

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
        "[profiles.staging]\nurl = \"redis://profile-host:1\"\ntimeout = \"2s\"\n",
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
    let v = show(Some(("REDIS_URL", "redis://env-host:2")), &[]);
    assert_eq!(v["settings"]["url"]["value"], "redis://env-host:2");
    assert_eq!(v["settings"]["url"]["source"], "env REDIS_URL");
    let v = show(
        Some(("REDIS_URL", "redis://env-host:2")),
        &["--url", "redis://flag-host:3", "--timeout", "9s"],
    );
    assert_eq!(v["settings"]["url"]["value"], "redis://flag-host:3");
    assert_eq!(v["settings"]["url"]["source"], "flag");
    assert_eq!(v["settings"]["timeout"]["value"], "9s");
    assert_eq!(v["settings"]["timeout"]["source"], "flag");
    // The profile can also come from the environment.
    let out = env
        .command(&["--config", &cfg, "config", "show", "-o", "json"])
        .env("REDOPS_PROFILE", "staging")
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["profile"], "staging");
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
    again.expect_code(0);
    assert_eq!(again.json()["skipped"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        c.get::<_, String>("lock:payout:9").expect("get"),
        "someone-else"
    );
    env.run(&["-u", &r.url(), "audit", "restore", "no-such-id", "--yes"])
        .expect_code(4);
}
