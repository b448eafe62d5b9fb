//! The data generator (`redops::datagen`) against real servers, and `redops demo` end to end.

use crate::support::{Env, RedisCluster, RedisServer, load_demo_data};
use redis::Commands;
use redops::datagen::{self, LoadReport, Spec};

/// `XPENDING stream group`: count, lowest id, highest id, (consumer, count) pairs.
type PendingSummary = (u64, Option<String>, Option<String>, Vec<(String, String)>);

fn load(url: &str, spec: &Spec) -> redops::error::Result<LoadReport> {
    load_demo_data(url, spec)
}

fn small(users: u64, seed: u64) -> Spec {
    Spec {
        users,
        seed,
        batch_size: 700,
        ..Spec::default()
    }
}

fn key_type(conn: &mut impl redis::ConnectionLike, key: &str) -> String {
    redis::cmd("TYPE").arg(key).query(conn).expect("TYPE")
}

/// DBSIZE right after loading: every key written, except the lock about to expire may be gone.
fn assert_key_count(dbsize: u64, rep: &LoadReport) {
    assert!(
        dbsize == rep.total_keys || dbsize + 1 == rep.total_keys,
        "DBSIZE {dbsize}, generator wrote {} keys: {rep:#?}",
        rep.total_keys
    );
}

#[test]
fn generator_writes_the_contract_keyspace_with_its_known_cases() {
    let r = RedisServer::start();
    let rep = load(&r.url(), &small(1_000, 42)).expect("load");
    let mut c = r.conn();
    let dbsize: u64 = redis::cmd("DBSIZE").query(&mut c).expect("DBSIZE");
    assert_key_count(dbsize, &rep);
    assert_eq!(rep.users, 1_000);
    assert!(rep.round_trips < rep.commands / 50, "pipelined: {rep:#?}");

    // Sessions: one hash per user, 1-4 sessions, the known cases.
    assert_eq!(key_type(&mut c, "sessions:user:1"), "hash");
    let mut pipe = redis::pipe();
    for u in 1..=rep.users {
        pipe.hlen(format!("sessions:user:{u}"));
    }
    let lens: Vec<u64> = pipe.query(&mut c).expect("HLEN");
    assert_eq!(lens.iter().sum::<u64>(), rep.sessions);
    assert!(lens.iter().all(|&n| n >= 1));
    let over: Vec<u64> = lens
        .iter()
        .enumerate()
        .filter(|(_, n)| **n as usize > datagen::SESSION_CAP)
        .map(|(i, _)| i as u64 + 1)
        .collect();
    assert!(
        !over.is_empty() && over.len() < 10,
        "a few over the cap: {over:?}"
    );
    assert!(over.contains(&rep.over_cap_user.parse().expect("user id")));
    let sessions: Vec<(String, String)> = c.hgetall("sessions:user:1").expect("HGETALL");
    for (sid, v) in &sessions {
        let j: serde_json::Value = serde_json::from_str(v).expect("session JSON");
        assert_eq!(j["session_id"], sid.as_str());
        assert!(datagen::DEVICES.contains(&j["device_type"].as_str().expect("device")));
        assert!(
            j["last_active"].as_u64().expect("last_active")
                >= j["created_at"].as_u64().expect("created_at")
        );
    }
    let bad: String = c
        .hget(
            format!("sessions:user:{}", rep.malformed_session_user),
            &rep.malformed_session_id,
        )
        .expect("malformed session");
    assert!(serde_json::from_str::<serde_json::Value>(&bad).is_err());
    let ttl: i64 = c.ttl("sessions:user:1").expect("TTL");
    assert!((86_000..=86_400).contains(&ttl), "{ttl}");
    let ttl: i64 = c
        .ttl(format!("sessions:user:{}", rep.no_ttl_session_user))
        .expect("TTL");
    assert_eq!(ttl, -1);

    // Rate limits: the known user is at the withdrawal limit, members "{ts}:{rand}".
    let key = format!("ratelimit:withdrawal:user:{}", rep.withdrawal_limited_user);
    assert_eq!(key_type(&mut c, &key), "zset");
    let entries: Vec<(String, f64)> = c.zrange_withscores(&key, 0, -1).expect("ZRANGE");
    assert_eq!(entries.len(), 10);
    for (m, score) in &entries {
        let (ts, _) = m.split_once(':').expect("member {ts}:{rand}");
        assert!(
            (ts.parse::<f64>().expect("ts") - score).abs() < 1e-3,
            "{m} {score}"
        );
        assert!(rep.server_time - score < 60.0);
    }
    assert!(c.ttl::<_, i64>(&key).expect("TTL") > 0);

    // Leaderboards and trader metadata.
    for period in datagen::PERIODS {
        let key = format!("leaderboard:{period}:{}", rep.month);
        assert_eq!(key_type(&mut c, &key), "zset", "{key}");
    }
    let card: u64 = c.zcard(&rep.leaderboard_key).expect("ZCARD");
    assert_eq!(card, 100);
    let score: Option<f64> = c
        .zscore(&rep.leaderboard_key, &rep.trader_without_meta)
        .expect("ZSCORE");
    assert!(score.is_some());
    let exists: bool = c
        .exists(format!("trader:meta:{}", rep.trader_without_meta))
        .expect("EXISTS");
    assert!(!exists);
    let meta: String = c.get("trader:meta:1").expect("GET");
    let meta: serde_json::Value = serde_json::from_str(&meta).expect("meta JSON");
    assert!(meta["name"].is_string() && meta["followers"].is_u64());
    assert!((3_500..=3_600).contains(&c.ttl::<_, i64>("trader:meta:1").expect("TTL")));
    let bad: String = c
        .get(format!("trader:meta:{}", rep.malformed_meta_trader))
        .expect("GET");
    assert!(serde_json::from_str::<serde_json::Value>(&bad).is_err());

    // Locks.
    let pttl: i64 = c
        .pttl(format!("lock:{}", rep.lock_without_ttl))
        .expect("PTTL");
    assert_eq!(pttl, -1);
    let pttl: i64 = c.pttl(format!("lock:{}", rep.normal_lock)).expect("PTTL");
    assert!(pttl > 10_000, "{pttl}");
    assert_eq!(
        key_type(&mut c, &format!("lock:{}", rep.normal_lock)),
        "string"
    );

    // Streams: the dead consumer holds entries, some delivered many times; a dead-letter stream.
    assert_eq!(key_type(&mut c, &rep.stream), "stream");
    let pending: PendingSummary = redis::cmd("XPENDING")
        .arg(&rep.stream)
        .arg(&rep.group)
        .query(&mut c)
        .expect("XPENDING");
    assert_eq!(pending.0, rep.pending_per_stream);
    let dead = pending
        .3
        .iter()
        .find(|(name, _)| *name == rep.dead_consumer)
        .expect("dead consumer pending");
    assert_eq!(
        dead.1.parse::<u64>().expect("count"),
        rep.dead_consumer_pending
    );
    let detail: Vec<(String, String, u64, u64)> = redis::cmd("XPENDING")
        .arg(&rep.stream)
        .arg(&rep.group)
        .arg("IDLE")
        .arg(3_000_000)
        .arg("-")
        .arg("+")
        .arg(100)
        .arg(&rep.dead_consumer)
        .query(&mut c)
        .expect("XPENDING detail");
    assert_eq!(detail.len() as u64, rep.dead_consumer_pending);
    assert!(
        detail.iter().filter(|e| e.3 >= 8).count() >= 3,
        "{detail:?}"
    );
    let dl: u64 = c.xlen(&rep.dead_letter_stream).expect("XLEN");
    assert_eq!(dl, rep.dead_letter_entries);
    let first: redis::streams::StreamRangeReply =
        c.xrange_count(&rep.stream, "-", "+", 1).expect("XRANGE");
    let entry = &first.ids[0];
    assert!(entry.map.contains_key("payload") && entry.map.contains_key("dispatched_at"));

    // Cache and config.
    let ttl: i64 = c.ttl(&rep.cache_key_without_ttl).expect("TTL");
    assert_eq!(ttl, -1);
    assert!(c.exists::<_, bool>("cache:fx:EURUSD").expect("EXISTS"));
    let policy: Vec<String> = redis::cmd("CONFIG")
        .arg("GET")
        .arg("maxmemory-policy")
        .query(&mut c)
        .expect("CONFIG GET");
    assert_eq!(policy[1], "noeviction");

    // A server that holds data is refused, and nothing is written.
    let err = load(&r.url(), &small(1_000, 42)).expect_err("non-empty server refused");
    assert_eq!(err.code as i32, 5, "{}", err.message);
    let again: u64 = redis::cmd("DBSIZE").query(&mut c).expect("DBSIZE");
    assert_eq!(again, dbsize);
}

#[test]
fn generator_is_deterministic_for_a_seed() {
    let a = RedisServer::start();
    let b = RedisServer::start();
    let d = RedisServer::start();
    let ra = load(&a.url(), &small(300, 7)).expect("load a");
    let rb = load(&b.url(), &small(300, 7)).expect("load b");
    let _rd = load(&d.url(), &small(300, 8)).expect("load d");
    assert_eq!(
        (
            ra.sessions,
            ra.ratelimit_keys,
            ra.ratelimit_entries,
            ra.leaderboard_entries,
            ra.total_keys
        ),
        (
            rb.sessions,
            rb.ratelimit_keys,
            rb.ratelimit_entries,
            rb.leaderboard_entries,
            rb.total_keys
        )
    );
    let sids = |r: &RedisServer| {
        let mut k: Vec<String> = r.conn().hkeys("sessions:user:42").expect("HKEYS");
        k.sort();
        k
    };
    assert_eq!(sids(&a), sids(&b));
    assert_ne!(sids(&a), sids(&d));
    let meta = |r: &RedisServer| -> String { r.conn().get("trader:meta:9").expect("GET") };
    assert_eq!(meta(&a), meta(&b));
}

#[test]
fn generator_loads_a_cluster() {
    let cl = RedisCluster::start();
    let rep = load(&cl.url(), &small(500, 42)).expect("load cluster");
    let total: u64 = cl
        .nodes
        .iter()
        .map(|n| n.cli(&["DBSIZE"]).trim().parse::<u64>().expect("DBSIZE"))
        .sum();
    assert_key_count(total, &rep);
    let mut c = cl.conn();
    let pending: PendingSummary = redis::cmd("XPENDING")
        .arg(&rep.stream)
        .arg(&rep.group)
        .query(&mut c)
        .expect("XPENDING");
    assert_eq!(pending.0, rep.pending_per_stream);
    for n in &cl.nodes {
        assert!(
            n.cli(&["CONFIG", "GET", "maxmemory-policy"])
                .contains("noeviction")
        );
    }
    let pttl: i64 = c
        .pttl(format!("lock:{}", rep.lock_without_ttl))
        .expect("PTTL");
    assert_eq!(pttl, -1);
}

// ---- `redops demo` end to end ----

/// The private temp dir the demo's server directory goes into (TMPDIR), and a check that it
/// is empty again: no directory left behind.
fn assert_empty(dir: &std::path::Path) {
    let left: Vec<_> = std::fs::read_dir(dir)
        .expect("read tmp")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// The port of the URL the demo printed, e.g. in `$ redops -u redis://127.0.0.1:41107 ping`.
fn demo_port(text: &str) -> u16 {
    let at = text
        .find("redis://127.0.0.1:")
        .expect("demo printed its URL")
        + 18;
    text[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect::<String>()
        .parse()
        .expect("port")
}

fn assert_port_closed(port: u16) {
    // The server is killed and waited for before the demo exits: nothing listens any more.
    let r = std::net::TcpStream::connect_timeout(
        &std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        std::time::Duration::from_millis(500),
    );
    assert!(r.is_err(), "redis-server still listens on {port}");
}

fn demo_env() -> (Env, std::path::PathBuf) {
    let env = Env::new();
    let tmp = env.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).expect("tmp");
    (env, tmp)
}

#[test]
fn demo_runs_the_tour_and_leaves_nothing_behind() {
    crate::support::require_redis();
    let (env, tmp) = demo_env();
    let out = env
        .command(&["demo", "--users", "2000"])
        .env("TMPDIR", &tmp)
        .output()
        .expect("run demo");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {stdout}\nstderr: {stderr}"
    );
    assert!(stdout.contains("2000 users with"), "{stdout}");
    let port = demo_port(&stdout);
    let url = format!("redis://127.0.0.1:{port}");
    for stop in redops::cmd::demo::TOUR {
        assert!(
            stdout.contains(stop.title),
            "tour stop missing: {}\n{stdout}",
            stop.title
        );
    }
    assert!(
        stdout.contains(&format!("$ redops -u {url} ping")),
        "{stdout}"
    );
    assert!(stdout.contains(&format!(
        "$ redops -u {url} lock inspect settlement:eod-batch\n"
    )));
    assert!(stdout.contains("PONG from"), "{stdout}");
    assert!(stdout.contains("NO TTL"), "{stdout}");
    assert!(
        stdout.contains("dry run: would release lock:settlement:eod-batch"),
        "{stdout}"
    );
    // The one real change is audited in the demo's own log, and put back from it.
    assert!(
        stdout.contains("released lock:settlement:eod-batch"),
        "{stdout}"
    );
    assert!(stdout.contains("restored 1 item(s), skipped 0"), "{stdout}");
    assert!(
        stdout.contains("audit.jsonl: intact: 4 chained line(s)"),
        "{stdout}"
    );
    assert!(
        env.audit_lines().is_empty(),
        "the tour never writes to the operator's audit log"
    );
    // The dead worker keeps being seen (its own idle time is short) while its entries have
    // waited for hours: the tour calls it stuck, not working.
    let groups_stop = stdout
        .split("$ redops")
        .find(|s| s.contains(" stream groups"))
        .expect("the stream groups stop");
    assert!(
        groups_stop
            .lines()
            .any(|l| l.contains("worker-dead") && (l.contains("STUCK") || l.contains("DEAD"))),
        "{groups_stop}"
    );
    // The restored lock is there again for the final check (without a TTL, as before).
    assert!(
        stdout.contains("locks that never expire: lock:settlement:eod-batch"),
        "{stdout}"
    );
    assert!(
        stderr.contains("the server is stopped and its directory removed"),
        "{stderr}"
    );
    assert_port_closed(port);
    assert_empty(&tmp);
}

/// Starts `demo --keep`, waits for its URL, checks the server serves other redops commands,
/// then sends `signal` and checks the demo stops it and cleans up.
fn keep_then_signal(signal: &str, expect_code: Option<i32>) {
    use std::io::BufRead;
    crate::support::require_redis();
    let (env, tmp) = demo_env();
    let mut child = env
        .command(&["demo", "--keep", "--users", "500"])
        .env("TMPDIR", &tmp)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn demo --keep");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let mut seen = String::new();
    let url = loop {
        match rx.recv_timeout(std::time::Duration::from_secs(60)) {
            Ok(line) => {
                seen.push_str(&line);
                seen.push('\n');
                if let Some(url) = line.strip_prefix("Redis is running at ") {
                    break url.trim().to_owned();
                }
            }
            Err(e) => {
                let _ = child.kill();
                panic!("demo --keep printed no URL ({e}): {seen}");
            }
        }
    };
    let port = demo_port(&url);
    // The examples it prints are runnable as they are.
    let examples = rx
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("examples");
    assert!(examples.contains("Try"), "{examples}");
    let tmp_entries = std::fs::read_dir(&tmp).expect("tmp").count();
    assert_eq!(tmp_entries, 1, "the server directory lives in TMPDIR");

    // Another redops command against the kept server.
    let run = env.run(&["-u", &url, "lock", "inspect", "-o", "json"]);
    run.expect_code(0);
    let locks = run.json();
    assert!(
        locks
            .as_array()
            .expect("array")
            .iter()
            .any(|l| l["resource"] == "settlement:eod-batch" && l["ttl_ms"].is_null()),
        "{locks}"
    );
    assert!(
        child.try_wait().expect("try_wait").is_none(),
        "--keep keeps running"
    );

    let killed = std::process::Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().expect("try_wait") {
            break s;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("demo --keep did not stop after {signal}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut stderr = String::new();
    use std::io::Read;
    let _ = child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr);
    assert_eq!(status.code(), expect_code, "stderr: {stderr}");
    if signal == "-INT" {
        assert!(
            stderr.contains("the server is stopped and its directory removed"),
            "{stderr}"
        );
    }
    if signal == "-KILL" {
        // No chance to clean up: the kernel stops the server when redops dies (its temp dir
        // is left behind).
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            assert!(
                std::time::Instant::now() < deadline,
                "the demo's redis-server outlived a SIGKILLed redops"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        return;
    }
    assert_port_closed(port);
    assert_empty(&tmp);
}

#[test]
fn demo_keep_serves_other_commands_and_ctrl_c_cleans_up() {
    // Ctrl-C is how --keep ends: exit 130 like any interrupted command, after cleaning up.
    keep_then_signal("-INT", Some(130));
}

#[test]
fn demo_keep_terminated_cleans_up() {
    keep_then_signal("-TERM", Some(130));
}

#[test]
fn demo_keep_killed_still_stops_its_server() {
    keep_then_signal("-KILL", None);
}

#[test]
fn demo_failing_half_way_stops_the_server() {
    crate::support::require_redis();
    let (env, tmp) = demo_env();
    // A redis-server on which the generator fails half-way (after sessions, at the streams).
    let wrapper = env.dir.path().join("broken-redis-server");
    std::fs::write(
        &wrapper,
        "#!/bin/sh\nif [ \"$1\" = --version ]; then exec redis-server --version; fi\n\
         exec redis-server \"$@\" --rename-command XGROUP \"\"\n",
    )
    .expect("write wrapper");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let out = env
        .command(&["demo", "--users", "500", "--redis-server"])
        .arg(&wrapper)
        .env("TMPDIR", &tmp)
        .output()
        .expect("run demo");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("writing transaction streams"), "{stderr}");
    assert_port_closed(demo_port(&stderr));
    assert_empty(&tmp);
}

#[test]
fn demo_without_redis_server_says_how_to_install_it() {
    let (env, tmp) = demo_env();
    let run = env
        .command(&["demo", "--redis-server", "/nonexistent/redis-server"])
        .env("TMPDIR", &tmp)
        .output()
        .expect("run demo");
    assert_eq!(run.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("needs redis-server"), "{stderr}");
    assert!(
        stderr.contains("apt-get install -y redis-server"),
        "{stderr}"
    );
    assert_empty(&tmp);
}

#[test]
fn demo_interrupted_while_loading_cleans_up() {
    crate::support::require_redis();
    let (env, tmp) = demo_env();
    let mut child = env
        .command(&["demo", "--users", "200000"])
        .env("TMPDIR", &tmp)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn demo");
    // Wait for the server's directory, then for loading to be under way.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::fs::read_dir(&tmp).expect("tmp").count() == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "demo made no server dir"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = child.wait().expect("wait");
    let mut stderr = String::new();
    use std::io::Read;
    let _ = child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr);
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("redops: interrupted"), "{stderr}");
    assert_port_closed(demo_port(&stderr));
    assert_empty(&tmp);
}

#[test]
fn demo_json_reports_the_load_and_each_stop() {
    crate::support::require_redis();
    let (env, tmp) = demo_env();
    let out = env
        .command(&["demo", "--users", "100", "-o", "json"])
        .env("TMPDIR", &tmp)
        .output()
        .expect("run demo");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(j["load"]["users"], 100);
    assert_eq!(j["load"]["lock_without_ttl"], "settlement:eod-batch");
    let tour = j["tour"].as_array().expect("tour");
    assert_eq!(tour.len(), redops::cmd::demo::TOUR.len());
    for (stop, expected) in tour.iter().zip(redops::cmd::demo::TOUR) {
        assert_eq!(stop["exit_code"], expected.expect, "{stop}");
    }
    assert!(
        tour[0]["command"]
            .as_str()
            .expect("command")
            .ends_with(" ping")
    );
    assert_port_closed(demo_port(j["url"].as_str().expect("url")));
    assert_empty(&tmp);
}

#[test]
fn demo_with_sentinel_takes_the_tour_through_sentinel_and_leaves_nothing_behind() {
    crate::support::require_redis();
    let (env, tmp) = demo_env();
    let out = env
        .command(&["demo", "--with-sentinel", "--users", "100", "-o", "json"])
        .env("TMPDIR", &tmp)
        .output()
        .expect("run demo");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let url = j["url"].as_str().expect("url");
    assert!(url.starts_with("redis+sentinel://"), "{url}");
    let tour = j["tour"].as_array().expect("tour");
    assert_eq!(tour.len(), redops::cmd::demo::TOUR.len() + 1);
    let expected = redops::cmd::demo::TOUR
        .iter()
        .chain(std::iter::once(&redops::cmd::demo::SENTINEL_STOP));
    for (stop, expected) in tour.iter().zip(expected) {
        assert_eq!(stop["exit_code"], expected.expect, "{stop}");
        assert!(
            stop["command"]
                .as_str()
                .expect("command")
                .starts_with(&format!("redops -u {url} ")),
            "{stop}"
        );
    }
    let last = tour.last().expect("the sentinel stop");
    assert!(
        last["command"]
            .as_str()
            .expect("c")
            .ends_with(" sentinel status")
    );
    assert!(
        last["stdout"]
            .as_str()
            .expect("out")
            .contains("CKQUORUM: OK"),
        "{last}"
    );
    // Every sentinel port named in the URL is closed again, and every directory removed.
    for host in url["redis+sentinel://".len()..]
        .split('/')
        .next()
        .expect("hosts")
        .split(',')
    {
        let port: u16 = host
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("port");
        assert_port_closed(port);
    }
    assert_empty(&tmp);
}

/// Distributions that ship Valkey install `valkey-server` (and sometimes no `redis-server`);
/// Valkey's binary says "Valkey server v=..." under either name. The demo runs whatever the
/// server under test is, found as `valkey-server` on a PATH without `redis-server`.
#[test]
fn demo_runs_valkey_server_when_there_is_no_redis_server() {
    let build = crate::support::server_build();
    let real = std::env::var_os("PATH")
        .and_then(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("redis-server"))
                .find(|f| f.is_file())
        })
        .expect("redis-server on PATH");
    let (env, tmp) = demo_env();
    let bin = env.dir.path().join("bin");
    std::fs::create_dir_all(&bin).expect("bin dir");
    std::os::unix::fs::symlink(&real, bin.join("valkey-server")).expect("symlink");
    let out = env
        .command(&["demo", "--users", "200"])
        .env("TMPDIR", &tmp)
        .env("PATH", &bin)
        .output()
        .expect("run demo");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "redops demo: {} (valkey-server) on ",
            build.name()
        )),
        "{stderr}"
    );
    assert_empty(&tmp);
}
