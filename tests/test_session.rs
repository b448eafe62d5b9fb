//! `session list` / `session kill` against real servers, with sessions written the way the
//! application writes them: `HSET sessions:user:{user} {sid} {json}` then `EXPIRE ... 86400`.

use crate::support::{Env, RedisCluster, RedisServer, now};
use redis::{Commands, ConnectionLike};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The JSON the application stores for a session that started `age` seconds ago and was last
/// active `idle` seconds ago.
fn session_json(sid: &str, device: &str, ip: &str, age: i64, idle: i64) -> String {
    json!({
        "session_id": sid,
        "device_type": device,
        "ip_address": ip,
        "created_at": now() - age,
        "last_active": now() - idle,
    })
    .to_string()
}

/// Writes one session as the application does (HSET, then the 24 h TTL on the hash).
fn app_login(
    c: &mut impl ConnectionLike,
    user: &str,
    sid: &str,
    device: &str,
    ip: &str,
    idle: i64,
) -> String {
    let v = session_json(sid, device, ip, idle + 3600, idle);
    app_hset(c, user, sid, &v);
    v
}

fn app_hset(c: &mut impl ConnectionLike, user: &str, sid: &str, raw: &str) {
    let key = format!("sessions:user:{user}");
    let _: () = redis::cmd("HSET")
        .arg(&key)
        .arg(sid)
        .arg(raw)
        .query(c)
        .expect("hset");
    let _: () = redis::cmd("EXPIRE")
        .arg(&key)
        .arg(86400)
        .query(c)
        .expect("expire");
}

fn hget(c: &mut impl ConnectionLike, user: &str, sid: &str) -> Option<String> {
    redis::cmd("HGET")
        .arg(format!("sessions:user:{user}"))
        .arg(sid)
        .query(c)
        .expect("hget")
}

/// The standard fleet: users on web, mobile and desktop, one malformed value, one hash without
/// a TTL, one user over a limit of 3, and a key of the wrong type under the pattern.
fn fleet(c: &mut impl ConnectionLike) {
    app_login(c, "42", "s-web-42", "web", "10.1.2.3", 10);
    app_login(c, "42", "s-mob-42", "mobile", "10.2.0.7", 7200);
    app_login(c, "43", "s-desk-43", "desktop", "10.1.200.9", 1800);
    app_hset(c, "43", "s-bad-43", "{not json");
    for i in 0..4 {
        app_login(
            c,
            "44",
            &format!("s-{i}-44"),
            "mobile",
            "192.168.0.4",
            100 * i,
        );
    }
    // A hash someone wrote without the TTL.
    let _: () = redis::cmd("HSET")
        .arg("sessions:user:45")
        .arg("s-web-45")
        .arg(session_json("s-web-45", "web", "172.16.0.1", 100, 5))
        .query(c)
        .expect("hset");
    let _: () = redis::cmd("SET")
        .arg("sessions:user:odd")
        .arg("x")
        .query(c)
        .expect("set");
}

const FLEET_SESSIONS: usize = 9;

fn ids(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .expect("array")
        .iter()
        .filter_map(|i| i["session_id"].as_str().map(str::to_owned))
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn list_user_is_one_round_trip_newest_first_with_every_field() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    fleet(&mut c);
    let mut extra: Value =
        serde_json::from_str(&session_json("s-new", "web", "10.9.9.9", 5, 0)).expect("json");
    extra["tier"] = json!("gold");
    app_hset(&mut c, "42", "s-new", &extra.to_string());

    let run = env.run(&[
        "-u",
        &r.url(),
        "session",
        "list",
        "--user",
        "42",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.round_trips(), 1, "list --user is one round trip");
    let j = run.json();
    let order: Vec<&str> = j
        .as_array()
        .expect("array")
        .iter()
        .map(|s| s["session_id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        order,
        ["s-new", "s-web-42", "s-mob-42"],
        "newest last_active first"
    );
    let first = &j[0];
    assert_eq!(first["user_id"], "42");
    assert_eq!(first["device_type"], "web");
    assert_eq!(first["ip_address"], "10.9.9.9");
    assert_eq!(
        first["tier"], "gold",
        "fields the application added are kept"
    );
    assert!(first["created_at"].is_i64() && first["last_active"].is_i64());
    let ttl = first["ttl_ms"].as_i64().expect("ttl_ms");
    assert!((86_000_000..=86_400_000).contains(&ttl), "ttl_ms {ttl}");

    // Table for humans: relative times by the server's clock; still one round trip.
    let table = env.run(&["-u", &r.url(), "session", "list", "--user", "42"]);
    table.expect_code(0);
    assert_eq!(table.round_trips(), 1);
    let mob = table
        .stdout
        .lines()
        .find(|l| l.contains("s-mob-42"))
        .unwrap_or_else(|| panic!("{}", table.stdout));
    // last active 2h ago (a second may tick: "2h 1s ago"), created 3h ago.
    assert!(
        mob.contains("2h") && mob.contains("3h") && mob.contains("ago"),
        "{mob}"
    );

    // The malformed value is listed with its raw value and an error, not dropped.
    let bad = env.run(&[
        "-u",
        &r.url(),
        "session",
        "list",
        "--user",
        "43",
        "-o",
        "json",
    ]);
    bad.expect_code(0);
    let bad = bad.json();
    let item = bad
        .as_array()
        .expect("array")
        .iter()
        .find(|s| s["session_id"] == "s-bad-43")
        .expect("malformed session listed");
    assert_eq!(item["value"], "{not json");
    assert!(item["error"].as_str().expect("error").contains("not JSON"));

    // Without a TTL: null, and a hint for humans.
    let nottl = env.run(&[
        "-u",
        &r.url(),
        "session",
        "list",
        "--user",
        "45",
        "-o",
        "json",
    ]);
    assert!(nottl.json()[0]["ttl_ms"].is_null());
    let nottl = env.run(&["-u", &r.url(), "session", "list", "--user", "45"]);
    assert!(nottl.stdout.contains("NO TTL"), "{}", nottl.stdout);
    assert!(nottl.stderr.contains("no TTL"), "{}", nottl.stderr);

    let none = env.run(&["-u", &r.url(), "session", "list", "--user", "999"]);
    none.expect_code(4);
    assert!(
        none.stderr.contains("user 999 has no sessions"),
        "{}",
        none.stderr
    );
    let wrong = env.run(&["-u", &r.url(), "session", "list", "--user", "odd"]);
    wrong.expect_code(6);
    assert!(
        wrong.stderr.contains("sessions:user:odd is not a hash"),
        "{}",
        wrong.stderr
    );
}

#[test]
fn list_across_the_platform_with_filters_and_summary() {
    let r = RedisServer::start();
    let env = Env::new();
    fleet(&mut r.conn());
    let url = r.url();
    let list = |extra: &[&str]| {
        let mut a = vec!["-u", url.as_str(), "session", "list", "-o", "json"];
        a.extend_from_slice(extra);
        let run = env.run(&a);
        run.expect_code(0);
        run
    };

    let all = list(&[]);
    let items = all.json();
    let items = items.as_array().expect("array");
    assert_eq!(
        items.len(),
        FLEET_SESSIONS + 1,
        "every session and the odd key: {items:?}"
    );
    let odd = items
        .iter()
        .find(|i| i["key"] == "sessions:user:odd")
        .expect("wrong-type key reported in JSON");
    assert!(odd["error"].as_str().expect("error").contains("not a hash"));
    assert!(all.stderr.contains("sessions:user:odd"), "{}", all.stderr);

    // CIDR: the malformed value cannot be judged, so it is listed with its error, never dropped.
    let ip = list(&["--ip", "10.1.0.0/16"]).json();
    assert_eq!(ids(&ip), set(&["s-web-42", "s-desk-43", "s-bad-43"]));
    assert!(
        ip.as_array()
            .expect("array")
            .iter()
            .all(|i| i["session_id"] != "s-bad-43" || i["error"].is_string())
    );
    let one_ip = list(&["--ip", "10.2.0.7"]).json();
    assert!(ids(&one_ip).contains("s-mob-42") && !ids(&one_ip).contains("s-web-42"));

    let mobile = list(&["--device", "MOBILE"]).json();
    let expected_mobile = set(&[
        "s-mob-42", "s-0-44", "s-1-44", "s-2-44", "s-3-44", "s-bad-43",
    ]);
    assert_eq!(ids(&mobile), expected_mobile);

    let idle = list(&["--idle-over", "1h"]).json();
    assert_eq!(ids(&idle), set(&["s-mob-42", "s-bad-43"]));
    let active = list(&["--active-within", "2m"]).json();
    assert_eq!(
        ids(&active),
        set(&["s-web-42", "s-0-44", "s-1-44", "s-web-45", "s-bad-43"])
    );

    let over = list(&["--over-limit", "3"]).json();
    assert_eq!(ids(&over), set(&["s-0-44", "s-1-44", "s-2-44", "s-3-44"]));

    let summary = list(&["--summary", "--over-limit", "3"]).json();
    assert_eq!(summary["users"], 4);
    assert_eq!(summary["sessions"], FLEET_SESSIONS);
    assert_eq!(summary["by_device"]["mobile"], 5);
    assert_eq!(summary["by_device"]["web"], 2);
    assert_eq!(summary["by_device"]["desktop"], 1);
    assert_eq!(summary["users_over_limit"], 1);
    assert_eq!(summary["max_sessions_per_user"], 4);
    assert_eq!(summary["hashes_without_ttl"], 1);
    assert_eq!(summary["malformed_values"], 1);
    assert_eq!(summary["wrong_type_keys"], 1);
    let table = env.run(&["-u", &url, "session", "list", "--summary"]);
    table.expect_code(0);
    assert!(
        table.stdout.contains("hashes without TTL"),
        "{}",
        table.stdout
    );

    // ndjson: one object a line.
    let nd = env.run(&[
        "-u", &url, "session", "list", "--device", "web", "-o", "ndjson",
    ]);
    nd.expect_code(0);
    let lines: Vec<Value> = nd
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(
        lines.len(),
        4,
        "2 web sessions, the malformed one, the odd key: {lines:?}"
    );

    let bad = env.run(&["-u", &url, "session", "list", "--ip", "10.1.0.0/33"]);
    bad.expect_code(2);
    assert!(bad.stderr.contains("10.1.0.0/33"), "{}", bad.stderr);
    env.run(&["-u", &url, "session", "list", "--idle-over", "soon"])
        .expect_code(2);
}

#[test]
fn kill_by_session_and_all_is_dry_runnable_confirmed_and_audited() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    fleet(&mut c);
    let web = hget(&mut c, "42", "s-web-42").expect("seeded");
    let url = r.url();
    let kill = |extra: &[&str]| {
        let mut a = vec!["-u", url.as_str(), "session", "kill", "--user", "42"];
        a.extend_from_slice(extra);
        env.run(&a)
    };

    let refused = kill(&["--session", "s-web-42"]);
    refused.expect_code(5);
    assert!(refused.stderr.contains("--yes"), "{}", refused.stderr);
    assert!(env.audit_lines().is_empty());

    let dry = kill(&["--session", "s-web-42", "--dry-run", "-o", "json"]);
    dry.expect_code(0);
    let d = dry.json();
    assert_eq!(d["dry_run"], true);
    assert_eq!(ids(&d["killed"]), set(&["s-web-42"]));
    assert_eq!(
        hget(&mut c, "42", "s-web-42").as_deref(),
        Some(web.as_str())
    );
    assert!(env.audit_lines().is_empty(), "a dry run is not audited");

    let ok = kill(&["--session", "s-web-42", "nope", "--yes", "-o", "json"]);
    ok.expect_code(0);
    assert_eq!(ok.round_trips(), 2, "read, then one compare-then-delete");
    let j = ok.json();
    assert_eq!(ids(&j["killed"]), set(&["s-web-42"]));
    assert_eq!(j["skipped"][0]["session_id"], "nope");
    assert_eq!(j["skipped"][0]["reason"], "no such session");
    assert_eq!(hget(&mut c, "42", "s-web-42"), None);
    assert!(
        hget(&mut c, "42", "s-mob-42").is_some(),
        "other sessions stay"
    );
    let audit = env.audit_lines();
    assert_eq!(audit[0]["phase"], "intent");
    assert_eq!(audit[0]["command"], "session kill");
    assert_eq!(audit[0]["prior"][0]["kind"], "hash_field");
    assert_eq!(audit[0]["prior"][0]["key"], "sessions:user:42");
    assert_eq!(audit[0]["prior"][0]["field"], "s-web-42");
    assert_eq!(
        audit[0]["prior"][0]["value"],
        web.as_str(),
        "the full JSON, to put it back"
    );
    assert_eq!(audit[1]["phase"], "outcome");

    kill(&["--session", "s-web-42", "--yes"]).expect_code(4);

    // --all of a user with a malformed value: it was shown, so it is ended too.
    let all = env.run(&[
        "-u", &url, "session", "kill", "--user", "43", "--all", "--yes", "-o", "json",
    ]);
    all.expect_code(0);
    assert_eq!(ids(&all.json()["killed"]), set(&["s-desk-43", "s-bad-43"]));
    assert!(!c.exists::<_, bool>("sessions:user:43").expect("exists"));
    let prior = &env.audit_lines()[2]["prior"];
    let values: BTreeSet<&str> = prior
        .as_array()
        .expect("prior")
        .iter()
        .map(|p| p["value"].as_str().expect("value"))
        .collect();
    assert!(values.contains("{not json"), "{prior}");

    // Usage errors.
    env.run(&["-u", &url, "session", "kill", "--session", "x"])
        .expect_code(2);
    env.run(&["-u", &url, "session", "kill", "--user", "42"])
        .expect_code(2);
    env.run(&["-u", &url, "session", "kill", "--ip", "300.1.1.1"])
        .expect_code(2);
    env.run(&[
        "-u", &url, "session", "kill", "--user", "999", "--all", "--yes",
    ])
    .expect_code(4);
}

#[test]
fn kill_by_ip_across_the_platform_audits_every_removed_session() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    fleet(&mut c);
    let desk = hget(&mut c, "43", "s-desk-43").expect("seeded");
    let web = hget(&mut c, "42", "s-web-42").expect("seeded");

    let dry = env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--ip",
        "10.1.0.0/16",
        "--dry-run",
        "-o",
        "json",
    ]);
    dry.expect_code(0);
    assert_eq!(ids(&dry.json()["killed"]), set(&["s-web-42", "s-desk-43"]));
    assert!(hget(&mut c, "42", "s-web-42").is_some());

    let run = env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--ip",
        "10.1.0.0/16",
        "--yes",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(ids(&j["killed"]), set(&["s-web-42", "s-desk-43"]));
    let skipped = ids(&j["skipped"]);
    assert!(
        skipped.contains("s-bad-43"),
        "malformed value is reported, not killed: {j}"
    );
    assert!(
        j["skipped"]
            .as_array()
            .expect("skipped")
            .iter()
            .any(|s| s["key"] == "sessions:user:odd"),
        "{j}"
    );
    assert_eq!(hget(&mut c, "42", "s-web-42"), None);
    assert_eq!(hget(&mut c, "43", "s-desk-43"), None);
    assert_eq!(hget(&mut c, "43", "s-bad-43").as_deref(), Some("{not json"));
    assert!(hget(&mut c, "42", "s-mob-42").is_some());
    let prior = env.audit_lines()[0]["prior"].clone();
    let values: BTreeSet<String> = prior
        .as_array()
        .expect("prior")
        .iter()
        .map(|p| p["value"].as_str().expect("value").to_owned())
        .collect();
    assert_eq!(values, [desk, web].into_iter().collect());

    // Nothing left in that range: exit 4.
    env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--ip",
        "10.1.0.0/16",
        "--yes",
    ])
    .expect_code(4);
    // --device together with --user.
    let dev = env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--user",
        "44",
        "--device",
        "mobile",
        "--yes",
        "-o",
        "json",
    ]);
    dev.expect_code(0);
    assert_eq!(dev.json()["killed"].as_array().map(Vec::len), Some(4));
}

#[test]
fn compare_then_delete_script_removes_only_byte_identical_values() {
    let r = RedisServer::start();
    let mut c = r.conn();
    let _: () = c
        .hset_multiple(
            "sessions:user:1",
            &[("a", "va"), ("b", "vb-new"), ("new", "vn")],
        )
        .expect("hset");
    let codes: Vec<i64> = redis::cmd("EVAL")
        .arg(redops::cmd::session::COMPARE_THEN_HDEL)
        .arg(1)
        .arg("sessions:user:1")
        .arg(&["a", "va", "b", "vb-old", "gone", "vg"])
        .query(&mut c)
        .expect("eval");
    assert_eq!(codes, [1, 0, -1]);
    let left: BTreeSet<String> = c.hkeys("sessions:user:1").expect("hkeys");
    assert_eq!(left, set(&["b", "new"]));
}

/// Runs redops in a pseudo-terminal (util-linux `script`), so that it asks for confirmation;
/// calls `at_prompt` while redops waits at the prompt (after it has read and shown the
/// sessions), then answers `y`. Returns the exit code and everything the terminal showed.
pub(crate) fn run_confirmed_in_pty(
    env: &Env,
    args: &[&str],
    at_prompt: impl FnOnce(),
) -> (i32, String) {
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let line = std::iter::once(quote(env!("CARGO_BIN_EXE_redops")))
        .chain(args.iter().map(|a| quote(a)))
        .collect::<Vec<_>>()
        .join(" ");
    let mut child = Command::new("script")
        .args(["-q", "-e", "-c", &line, "/dev/null"])
        .env_remove("REDIS_URL")
        .env_remove("REDOPS_PROFILE")
        .env_remove("REDISCLI_AUTH")
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("XDG_STATE_HOME", env.dir.path().join("state"))
        .env("REDOPS_AUDIT_LOG", env.audit_log())
        .env("REDOPS_TRACE_ROUND_TRIPS", "1")
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("util-linux `script` is needed for this test (apt-get install -y util-linux)");
    let mut out = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !String::from_utf8_lossy(&seen).contains("Proceed? [y/N]") {
        assert!(
            Instant::now() < deadline,
            "no prompt: {}",
            String::from_utf8_lossy(&seen)
        );
        if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(100)) {
            seen.extend(chunk);
        }
    }
    at_prompt();
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"y\n").expect("answer");
    stdin.flush().expect("flush");
    let status = child.wait().expect("wait");
    drop(stdin);
    while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(500)) {
        seen.extend(chunk);
    }
    let text = String::from_utf8_lossy(&seen).replace("\r\n", "\n");
    (status.code().unwrap_or(-1), text)
}

/// The first JSON document after the prompt in a terminal transcript.
pub(crate) fn json_after_prompt(text: &str) -> Value {
    let after = text.split("Proceed? [y/N]").nth(1).expect("prompt");
    let start = after.find('{').expect("JSON after the prompt");
    serde_json::Deserializer::from_str(&after[start..])
        .into_iter::<Value>()
        .next()
        .expect("a JSON document")
        .expect("valid JSON")
}

#[test]
fn only_what_was_shown_is_killed_changed_sessions_are_skipped_new_ones_survive() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    app_login(&mut c, "42", "s-web", "web", "10.1.2.3", 10);
    app_login(&mut c, "42", "s-mob", "mobile", "10.1.2.4", 20);
    app_login(&mut c, "42", "s-desk", "desktop", "10.1.2.5", 30);
    let url = r.url();
    let mut changed = String::new();
    let (code, text) = run_confirmed_in_pty(
        &env,
        &[
            "-u", &url, "session", "kill", "--user", "42", "--all", "-o", "json",
        ],
        || {
            // Between the read and the kill: the mobile session is refreshed by the app,
            // the desktop one logs out, and a new session logs in.
            changed = app_login(&mut c, "42", "s-mob", "mobile", "10.1.2.4", 0);
            let _: () = c.hdel("sessions:user:42", "s-desk").expect("hdel");
            app_login(&mut c, "42", "s-late", "web", "10.1.2.6", 0);
        },
    );
    assert_eq!(code, 0, "{text}");
    let j = json_after_prompt(&text);
    assert_eq!(ids(&j["killed"]), set(&["s-web"]), "{j}");
    let reasons: Vec<(String, String)> = j["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .map(|s| {
            (
                s["session_id"].as_str().expect("id").to_owned(),
                s["reason"].as_str().expect("reason").to_owned(),
            )
        })
        .collect();
    assert!(
        reasons
            .iter()
            .any(|(id, why)| id == "s-mob" && why.contains("changed since it was read")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|(id, why)| id == "s-desk" && why.contains("ended since it was read")),
        "{reasons:?}"
    );
    assert_eq!(hget(&mut c, "42", "s-web"), None);
    assert_eq!(
        hget(&mut c, "42", "s-mob").as_deref(),
        Some(changed.as_str()),
        "a value redops did not show is never deleted"
    );
    assert!(
        hget(&mut c, "42", "s-late").is_some(),
        "a session added after the read survives"
    );
    let audit = env.audit_lines();
    assert_eq!(audit[0]["prior"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        audit[1]["outcome"]["removed"].as_array().map(Vec::len),
        Some(1)
    );

    // Restore puts back only what the kill removed: the session the app ended meanwhile
    // stays ended, and the refreshed one keeps its new value.
    let action = audit[0]["id"].as_str().expect("id");
    let restore = env.run(&[
        "-u", &url, "audit", "restore", action, "--yes", "-o", "json",
    ]);
    restore.expect_code(0);
    let j = restore.json();
    assert_eq!(j["restored"].as_array().map(Vec::len), Some(1), "{j}");
    assert_eq!(j["restored"][0]["field"], "s-web", "{j}");
    let skipped = j["skipped"].as_array().expect("skipped");
    assert_eq!(skipped.len(), 2, "{j}");
    assert!(
        skipped.iter().all(|s| s["reason"]
            .as_str()
            .unwrap_or("")
            .contains("did not remove")),
        "{j}"
    );
    assert!(
        hget(&mut c, "42", "s-web").is_some(),
        "the killed session is back"
    );
    assert_eq!(
        hget(&mut c, "42", "s-desk"),
        None,
        "an ended session is not revived"
    );
    assert_eq!(
        hget(&mut c, "42", "s-mob").as_deref(),
        Some(changed.as_str())
    );
}

#[test]
fn cluster_lists_and_kills_across_every_primary() {
    let cl = RedisCluster::start();
    let env = Env::new();
    let mut c = cl.conn();
    fleet(&mut c);
    // Enough users that every primary holds some sessions, all in 10.7.0.0/16.
    let mut per_node = [0usize; 3];
    let mut n = 0;
    while per_node.iter().any(|k| *k < 2) {
        let user = format!("u{n}");
        app_login(
            &mut c,
            &user,
            &format!("s-{n}"),
            "web",
            &format!("10.7.0.{}", n % 250),
            5,
        );
        per_node[cl.node_of(&format!("sessions:user:{user}"))] += 1;
        n += 1;
    }
    let url = cl.url();

    let all = env.run(&["-u", &url, "session", "list", "-o", "json"]);
    all.expect_code(0);
    assert_eq!(
        all.json().as_array().map(Vec::len),
        Some(FLEET_SESSIONS + n + 1)
    );
    assert!(all.stderr.contains("sessions:user:odd"), "{}", all.stderr);

    let one = env.run(&["-u", &url, "session", "list", "--user", "44"]);
    one.expect_code(0);
    assert_eq!(
        one.round_trips(),
        1,
        "HGETALL + PTTL + TIME in one round trip"
    );
    assert!(one.stdout.contains("s-3-44"), "{}", one.stdout);

    let summary = env.run(&["-u", &url, "session", "list", "--summary", "-o", "json"]);
    assert_eq!(summary.json()["sessions"], FLEET_SESSIONS + n);
    assert_eq!(summary.json()["wrong_type_keys"], 1);

    let ip = env.run(&[
        "-u",
        &url,
        "session",
        "list",
        "--ip",
        "10.7.0.0/16",
        "-o",
        "json",
    ]);
    let ip_ids = ids(&ip.json());
    assert!(ip_ids.len() == n + 1, "{ip_ids:?}"); // + the malformed value

    // Kill the range, with one session changed and one added while at the prompt.
    let mut changed = String::new();
    let (code, text) = run_confirmed_in_pty(
        &env,
        &[
            "-u",
            &url,
            "session",
            "kill",
            "--ip",
            "10.7.0.0/16",
            "-o",
            "json",
        ],
        || {
            changed = app_login(&mut c, "u0", "s-0", "web", "10.7.0.0", 0);
            app_login(&mut c, "u1", "s-late", "web", "10.7.0.99", 0);
        },
    );
    assert_eq!(code, 0, "{text}");
    let j = json_after_prompt(&text);
    assert_eq!(j["killed"].as_array().map(Vec::len), Some(n - 1), "{j}");
    assert_eq!(hget(&mut c, "u0", "s-0").as_deref(), Some(changed.as_str()));
    assert!(hget(&mut c, "u1", "s-late").is_some());
    for i in 1..n {
        assert_eq!(hget(&mut c, &format!("u{i}"), &format!("s-{i}")), None);
    }
    assert!(
        hget(&mut c, "42", "s-web-42").is_some(),
        "outside the range"
    );
    let audit = env.audit_lines();
    assert_eq!(audit[0]["prior"].as_array().map(Vec::len), Some(n));

    let by_user = env.run(&[
        "-u",
        &url,
        "session",
        "kill",
        "--user",
        "42",
        "--session",
        "s-mob-42",
        "--yes",
        "-o",
        "json",
    ]);
    by_user.expect_code(0);
    assert_eq!(by_user.round_trips(), 2);
    assert_eq!(hget(&mut c, "42", "s-mob-42"), None);
}

#[test]
fn a_session_id_that_is_not_utf8_is_listed_with_hex_and_killed_by_it() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let sid: &[u8] = b"s\xff\x01";
    let _: () = c
        .hset(
            "sessions:user:42",
            sid,
            session_json("x", "web", "10.0.0.1", 100, 10),
        )
        .expect("hset");
    let _: () = c
        .hset(
            "sessions:user:42",
            "plain",
            session_json("plain", "web", "10.0.0.2", 100, 10),
        )
        .expect("hset");
    let _: () = c.expire("sessions:user:42", 3600).expect("expire");
    let list = env.run(&[
        "-u",
        &r.url(),
        "session",
        "list",
        "--user",
        "42",
        "-o",
        "json",
    ]);
    list.expect_code(0);
    assert!(
        list.stdout.contains("\"session_id_hex\": \"73ff01\""),
        "{}",
        list.stdout
    );
    let kill = env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--user",
        "42",
        "--session-hex",
        "73ff01",
        "--yes",
        "-o",
        "json",
    ]);
    kill.expect_code(0);
    let left: Vec<Vec<u8>> = c.hkeys("sessions:user:42").expect("hkeys");
    assert_eq!(
        left,
        vec![b"plain".to_vec()],
        "only the binary session ended"
    );
    let audit = env.audit_lines();
    assert_eq!(audit[0]["prior"][0]["field_hex"], "73ff01");
    env.run(&[
        "-u",
        &r.url(),
        "session",
        "kill",
        "--user",
        "42",
        "--session-hex",
        "zz",
    ])
    .expect_code(2);
}
