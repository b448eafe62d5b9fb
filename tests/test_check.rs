//! `redops check`: a healthy server passes; broken one way at a time, exactly that check fails.

use crate::support::{Env, RedisCluster, RedisServer, Run};
use redis::Commands;
use std::time::Duration;

fn healthy() -> RedisServer {
    let r = RedisServer::start_with(&["--maxmemory", "100mb", "--maxmemory-policy", "allkeys-lfu"]);
    let mut c = r.conn();
    // A platform in good order: locks with short TTLs, sessions and rate limits with TTLs,
    // a stream whose consumer acknowledges everything, an empty dead-letter stream.
    let _: () = redis::cmd("SET")
        .arg("lock:withdrawal:1")
        .arg("t")
        .arg("PX")
        .arg(30_000)
        .query(&mut c)
        .expect("set");
    let _: () = c
        .hset("sessions:user:1", "s1", r#"{"session_id":"s1"}"#)
        .expect("hset");
    let _: () = c.expire("sessions:user:1", 86_400).expect("expire");
    let _: () = c
        .zadd("ratelimit:deposit:user:1", "1:a", 1.0)
        .expect("zadd");
    let _: () = c.expire("ratelimit:deposit:user:1", 60).expect("expire");
    let id: String = redis::cmd("XADD")
        .arg("tx:queue")
        .arg("*")
        .arg("payload")
        .arg("{}")
        .query(&mut c)
        .expect("xadd");
    let _: () = redis::cmd("XGROUP")
        .arg("CREATE")
        .arg("tx:queue")
        .arg("workers")
        .arg("0")
        .query(&mut c)
        .expect("group");
    let _: redis::Value = redis::cmd("XREADGROUP")
        .arg("GROUP")
        .arg("workers")
        .arg("w1")
        .arg("COUNT")
        .arg(10)
        .arg("STREAMS")
        .arg("tx:queue")
        .arg(">")
        .query(&mut c)
        .expect("read");
    let acked: i64 = redis::cmd("XACK")
        .arg("tx:queue")
        .arg("workers")
        .arg(&id)
        .query(&mut c)
        .expect("ack");
    assert_eq!(acked, 1);
    let _: () = redis::cmd("XADD")
        .arg("tx:dead-letter")
        .arg("*")
        .arg("x")
        .arg("1")
        .query(&mut c)
        .expect("xadd");
    let _: () = redis::cmd("XTRIM")
        .arg("tx:dead-letter")
        .arg("MAXLEN")
        .arg(0)
        .query(&mut c)
        .expect("xtrim");
    r
}

fn failing(run: &Run) -> Vec<String> {
    let v = run.json();
    v["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["status"] == "fail")
        .map(|c| c["name"].as_str().expect("name").to_owned())
        .collect()
}

#[test]
fn a_healthy_server_passes_and_each_breakage_fails_exactly_its_check() {
    let r = healthy();
    let env = Env::new();
    let url = r.url();
    let check = |extra: &[&str]| {
        let mut args = vec!["-u", url.as_str(), "check", "-o", "json"];
        args.extend_from_slice(extra);
        env.run(&args)
    };
    let ok = check(&[]);
    ok.expect_code(0);
    let build = crate::support::server_build();
    if build.redis7() {
        assert_eq!(ok.json()["status"], "pass");
    } else {
        // Before 7.0, XINFO GROUPS has no lag: the check says so instead of passing blindly.
        assert_eq!(ok.json()["status"], "warn");
        let lag = ok.json()["checks"]
            .as_array()
            .and_then(|a| a.iter().find(|c| c["name"] == "consumer_lag").cloned())
            .expect("consumer_lag");
        assert_eq!(lag["status"], "warn", "{lag}");
        let msg = lag["message"].as_str().expect("message");
        assert!(
            msg.contains(&format!(
                "consumer-group lag needs Redis 7.0 or later (or any Valkey): this server is {}",
                build.name()
            )),
            "{msg}"
        );
    }
    assert!(failing(&ok).is_empty());
    let names: Vec<String> = ok.json()["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .map(|c| c["name"].as_str().expect("n").to_owned())
        .collect();
    for n in [
        "reachable",
        "rtt",
        "topology",
        "maxmemory",
        "maxmemory_policy",
        "memory_usage",
        "locks_without_ttl",
        "lock_ttl",
        "pending_idle",
        "consumer_lag",
        "dead_letter",
        "sessions_ttl",
        "ratelimit_ttl",
    ] {
        assert!(
            names.iter().any(|x| x == n),
            "check {n} missing from {names:?}"
        );
    }
    let mut c = r.conn();

    // Wrong policy.
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory-policy")
        .arg("noeviction")
        .query(&mut c)
        .expect("config");
    let run = check(&[]);
    run.expect_code(1);
    assert_eq!(failing(&run), ["maxmemory_policy"]);
    // ...allowed when the team says so.
    check(&[
        "--allowed-policy",
        "noeviction",
        "--allowed-policy",
        "allkeys-lfu",
    ])
    .expect_code(0);
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory-policy")
        .arg("allkeys-lfu")
        .query(&mut c)
        .expect("config");

    // No maxmemory.
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory")
        .arg("0")
        .query(&mut c)
        .expect("config");
    let run = check(&[]);
    run.expect_code(1);
    assert_eq!(failing(&run), ["maxmemory"]);
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory")
        .arg("100mb")
        .query(&mut c)
        .expect("config");
    check(&[]).expect_code(0);

    // A lock without TTL.
    let _: () = c.set("lock:forever", "t").expect("set");
    let run = check(&[]);
    run.expect_code(1);
    assert_eq!(failing(&run), ["locks_without_ttl"]);
    let _: () = c.del("lock:forever").expect("del");
    // A lock held for too long.
    let _: () = redis::cmd("SET")
        .arg("lock:long")
        .arg("t")
        .arg("EX")
        .arg(3600)
        .query(&mut c)
        .expect("set");
    assert_eq!(failing(&check(&[])), ["lock_ttl"]);
    let _: () = c.del("lock:long").expect("del");

    // A session hash without TTL.
    let _: () = c.hset("sessions:user:2", "s2", "{}").expect("hset");
    let run = check(&[]);
    run.expect_code(1);
    assert_eq!(failing(&run), ["sessions_ttl"]);
    let _: () = c.del("sessions:user:2").expect("del");

    // A stuck pending entry: read by a worker that died without acknowledging.
    let _: () = redis::cmd("XADD")
        .arg("tx:queue")
        .arg("*")
        .arg("payload")
        .arg("{}")
        .query(&mut c)
        .expect("xadd");
    let _: redis::Value = redis::cmd("XREADGROUP")
        .arg("GROUP")
        .arg("workers")
        .arg("dead-worker")
        .arg("COUNT")
        .arg(1)
        .arg("STREAMS")
        .arg("tx:queue")
        .arg(">")
        .query(&mut c)
        .expect("read");
    std::thread::sleep(Duration::from_millis(300));
    check(&[]).expect_code(0); // not idle for 5 minutes yet
    let run = check(&["--max-pending-idle", "200ms"]);
    run.expect_code(1);
    assert_eq!(failing(&run), ["pending_idle"]);

    // A dead letter.
    let _: () = redis::cmd("XADD")
        .arg("tx:dead-letter")
        .arg("*")
        .arg("x")
        .arg("1")
        .query(&mut c)
        .expect("xadd");
    assert_eq!(failing(&check(&[])), ["dead_letter"]);
    check(&["--max-dead-letter", "5"]).expect_code(0);
    check(&[
        "--max-dead-letter",
        "5",
        "--skip",
        "dead_letter",
        "--max-pending-idle",
        "200ms",
        "--skip",
        "pending_idle",
    ])
    .expect_code(0);

    // A check never writes: the stream and its group are as they were.
    let groups: redis::Value = redis::cmd("XINFO")
        .arg("GROUPS")
        .arg("tx:queue")
        .query(&mut c)
        .expect("xinfo");
    assert!(format!("{groups:?}").contains("workers"));
}

#[test]
fn thresholds_from_a_checks_file_and_strict_warnings() {
    let r = healthy();
    let env = Env::new();
    let file = env.dir.path().join("checks.toml");
    std::fs::write(
        &file,
        "allowed_policies = [\"noeviction\"]\nmax_rtt = \"1s\"\n",
    )
    .expect("write");
    r.cli(&["CONFIG", "SET", "maxmemory-policy", "volatile-ttl"]);
    let run = env.run(&[
        "-u",
        &r.url(),
        "check",
        "--checks",
        &file.display().to_string(),
        "-o",
        "json",
    ]);
    run.expect_code(1);
    assert_eq!(failing(&run), ["maxmemory_policy"]);
    std::fs::write(&file, "max_rtt = \"soon\"\n").expect("write");
    env.run(&[
        "-u",
        &r.url(),
        "check",
        "--checks",
        &file.display().to_string(),
    ])
    .expect_code(2);
    env.run(&["-u", &r.url(), "check", "--skip", "nonsense"])
        .expect_code(2);
    r.cli(&["CONFIG", "SET", "maxmemory-policy", "noeviction"]);
    std::fs::write(&file, "allowed_policies = [\"noeviction\"]\n").expect("write");
    env.run(&[
        "-u",
        &r.url(),
        "check",
        "--checks",
        &file.display().to_string(),
    ])
    .expect_code(0);

    // Another allkeys-* policy only warns: exit 0, unless --strict.
    r.cli(&["CONFIG", "SET", "maxmemory-policy", "allkeys-lru"]);
    let warned = env.run(&["-u", &r.url(), "check", "-o", "json"]);
    warned.expect_code(0);
    assert_eq!(warned.json()["status"], "warn");
    let strict = env.run(&["-u", &r.url(), "check", "--strict", "-o", "json"]);
    strict.expect_code(1);
    assert_eq!(strict.json()["status"], "fail");
}

#[test]
fn junit_output_is_valid_xml_with_the_failure_count() {
    let r = healthy();
    let env = Env::new();
    let mut c = r.conn();
    let _: () = c.set("lock:forever", "t").expect("set");
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory-policy")
        .arg("volatile-lru")
        .query(&mut c)
        .expect("config");
    let run = env.run(&["-u", &r.url(), "check", "--format", "junit"]);
    run.expect_code(1);
    let doc = roxmltree::Document::parse(&run.stdout)
        .unwrap_or_else(|e| panic!("invalid XML ({e}): {}", run.stdout));
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .expect("testsuite");
    assert_eq!(suite.attribute("failures"), Some("2"));
    let cases = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    assert_eq!(suite.attribute("tests"), Some(cases.to_string().as_str()));
    let failed: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase") && n.children().any(|c| c.has_tag_name("failure")))
        .filter_map(|n| n.attribute("name"))
        .collect();
    assert_eq!(failed, ["maxmemory_policy", "locks_without_ttl"]);
}

#[test]
fn unreachable_is_exit_3() {
    let env = Env::new();
    let port = crate::support::free_port();
    env.run(&["-u", &format!("redis://127.0.0.1:{port}"), "check"])
        .expect_code(3);
}

#[test]
fn cluster_passes_then_fails_topology_with_a_primary_down() {
    let mut cl = RedisCluster::start();
    let env = Env::new();
    for n in &cl.nodes {
        n.cli(&["CONFIG", "SET", "maxmemory", "100mb"]);
        n.cli(&["CONFIG", "SET", "maxmemory-policy", "allkeys-lfu"]);
    }
    let mut c = cl.conn();
    for i in 0..50 {
        let _: () = redis::cmd("SET")
            .arg(format!("lock:r{i}"))
            .arg("t")
            .arg("PX")
            .arg(60_000)
            .query(&mut c)
            .expect("set");
    }
    let _: () = c.set("lock:forever", "t").expect("set");
    let run = env.run(&[
        "-u",
        &cl.url(),
        "check",
        "-o",
        "json",
        "--expect",
        "cluster",
    ]);
    run.expect_code(1);
    assert_eq!(
        failing(&run),
        ["locks_without_ttl"],
        "a lock on any primary is found"
    );
    let _: () = c.del("lock:forever").expect("del");
    env.run(&["-u", &cl.url(), "check", "--expect", "cluster"])
        .expect_code(0);
    env.run(&["-u", &cl.url(), "check", "--expect", "standalone"])
        .expect_code(1);

    // Take one primary down; once the others flag it, its slots are uncovered.
    cl.nodes[2].kill();
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while !crate::support::only_failed(&cl, 2) {
        assert!(
            std::time::Instant::now() < deadline,
            "node never flagged as failing"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // The keyspace cannot be read (the cluster refuses reads): the report still comes out,
    // topology and the scan failing, and the exit code is 3 (a partial answer).
    let run = env.run(&["-u", &cl.url(), "check", "-o", "json", "--timeout", "2s"]);
    run.expect_code(3);
    let f = failing(&run);
    assert!(f.contains(&"keyspace_scan".to_string()), "{f:?}");
    let run = env.run(&[
        "-u",
        &cl.url(),
        "check",
        "-o",
        "json",
        "--timeout",
        "2s",
        "--allow-partial",
    ]);
    run.expect_code(1);
    let f = failing(&run);
    assert!(
        f.contains(&"topology".to_string()),
        "{f:?} / {}",
        run.stdout
    );
    let topo = run.json()["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["name"] == "topology")
        .cloned()
        .expect("topology");
    assert!(
        topo["message"]
            .as_str()
            .expect("msg")
            .contains(&cl.nodes[2].port.to_string()),
        "the down node is named: {topo}"
    );
}

#[test]
fn scanning_checks_scan_every_key_by_default_and_a_sample_says_so() {
    let r = healthy();
    let env = Env::new();
    let mut c = r.conn();
    let mut pipe = redis::pipe();
    // More keys than the old default sample (10,000 a node): a default run sees them all.
    for i in 0..12000 {
        pipe.cmd("SET")
            .arg(format!("cache:quote:{i}"))
            .arg("x")
            .arg("EX")
            .arg(600)
            .ignore();
    }
    let _: () = pipe.query(&mut c).expect("load");
    let message = |run: &Run| {
        run.json()["checks"]
            .as_array()
            .expect("checks")
            .iter()
            .find(|c| c["name"] == "locks_without_ttl")
            .expect("check")["message"]
            .as_str()
            .expect("message")
            .to_owned()
    };
    let status = |run: &Run, name: &str| {
        run.json()["checks"]
            .as_array()
            .expect("checks")
            .iter()
            .find(|c| c["name"] == name)
            .expect("check")["status"]
            .as_str()
            .expect("status")
            .to_owned()
    };
    // By default every key is looked at.
    let default = env.run(&["-u", &r.url(), "check", "-o", "json"]);
    default.expect_code(0);
    assert!(
        message(&default).contains("all 120"),
        "{}",
        message(&default)
    );
    assert_eq!(status(&default, "locks_without_ttl"), "pass");
    // A sample only on request, and a check that passed on it says so: never a plain pass.
    let sampled = env.run(&["-u", &r.url(), "check", "--sample", "1000", "-o", "json"]);
    sampled.expect_code(0);
    assert!(
        message(&sampled).contains("a sample of"),
        "{}",
        message(&sampled)
    );
    for name in [
        "locks_without_ttl",
        "lock_ttl",
        "sessions_ttl",
        "pending_idle",
        "dead_letter",
    ] {
        assert_eq!(status(&sampled, name), "pass_sampled", "{name}");
    }
    // Before Redis 7.0 XINFO GROUPS has no lag, so a sample that happens to reach the stream
    // warns that the lag was not measured (whether it does is up to the random sample); every
    // other check passes on the sample.
    let lag = status(&sampled, "consumer_lag");
    let overall = if crate::support::server_build().has((7, 0), (7, 2)) {
        assert_eq!(lag, "pass_sampled", "consumer_lag");
        "pass_sampled"
    } else if lag == "warn" {
        "warn"
    } else {
        assert_eq!(lag, "pass_sampled", "consumer_lag");
        "pass_sampled"
    };
    assert_eq!(sampled.json()["status"], overall, "{}", sampled.stdout);
    let table = env.run(&["-u", &r.url(), "check", "--sample", "1000"]);
    table.expect_code(0);
    assert!(table.stdout.contains("pass (sampled)"), "{}", table.stdout);
    let junit = env.run(&[
        "-u",
        &r.url(),
        "check",
        "--sample",
        "1000",
        "--format",
        "junit",
    ]);
    junit.expect_code(0);
    assert!(
        junit.stdout.contains(r#"value="pass_sampled""#) && junit.stdout.contains("pass (sampled)"),
        "{}",
        junit.stdout
    );
    let full = env.run(&[
        "-u",
        &r.url(),
        "check",
        "--sample",
        "1000",
        "--full",
        "-o",
        "json",
    ]);
    full.expect_code(0);
    assert!(message(&full).contains("all 120"), "{}", message(&full));
}
