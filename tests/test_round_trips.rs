//! A single-key command on a standalone server costs one round trip, connection set-up
//! included: the set-up (AUTH, SELECT, CLIENT SETNAME, INFO) and the command's first reads go
//! in one pipeline. Counted twice: by `REDOPS_TRACE_ROUND_TRIPS` and, from outside, by a proxy
//! that counts the client's turns on the wire. On a cluster node the reads are dropped and
//! sent again to the owners: same answers.

use crate::support::{Env, RedisCluster, RedisServer, Run, TurnCountingProxy, now, server_build};
use redis::ConnectionLike;
use serde_json::Value;

fn q(c: &mut impl ConnectionLike, args: &[&str]) {
    let mut cmd = redis::cmd(args[0]);
    for a in &args[1..] {
        cmd.arg(*a);
    }
    let _: redis::Value = cmd.query(c).expect("set-up command");
}

/// One lock, one rate-limit key, one session hash, one board with one trader's metadata.
fn seed(c: &mut impl ConnectionLike, lock: &str, token: &str) {
    q(c, &["SET", &format!("lock:{lock}"), token, "PX", "600000"]);
    let (t1, t2) = ((now() - 5).to_string(), (now() - 10).to_string());
    q(c, &["ZADD", "ratelimit:login:user:7", &t1, "a1", &t2, "a2"]);
    q(
        c,
        &[
            "HSET",
            "sessions:user:42",
            "s1",
            r#"{"session_id":"s1","device_type":"web","ip_address":"10.0.0.1","created_at":1700000000,"last_active":1700000100}"#,
        ],
    );
    q(
        c,
        &["ZADD", "lb:x", "10", "alice", "20", "bob", "5", "carol"],
    );
    q(
        c,
        &["SET", "trader:meta:bob", r#"{"name":"Bob","desk":"fx"}"#],
    );
}

/// The five commands, with the round trips each takes in all on a standalone server.
/// `session list --user` reads the fields' own TTLs where the server has them (Redis 7.4+,
/// Valkey 9+) or may have them (its version unknown: INFO refused), with a script that is
/// not sent before the version is known: one more round trip there.
fn commands(lock: &str, version_known: bool) -> Vec<(Vec<String>, u64)> {
    let sessions = if version_known && !server_build().hash_field_ttl() {
        1
    } else {
        2
    };
    let v = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        (v(&["lock", "inspect", lock]), 1),
        (
            v(&["ratelimit", "probe", "--key", "ratelimit:login:user:7"]),
            1,
        ),
        (v(&["session", "list", "--user", "42"]), sessions),
        (v(&["leaderboard", "rank", "bob", "--key", "lb:x"]), 1),
        // The range, then the metadata of the traders in it.
        (v(&["leaderboard", "top", "--key", "lb:x"]), 2),
    ]
}

fn run(env: &Env, url: &str, args: &[String]) -> Run {
    let mut a: Vec<&str> = vec!["-u", url, "-o", "json"];
    a.extend(args.iter().map(String::as_str));
    let r = env.run(&a);
    r.expect_code(0);
    r
}

/// The answer without what changes from one second to the next.
fn answer(r: &Run) -> Value {
    let mut j = r.json();
    if let Some(m) = j.as_object_mut() {
        m.remove("now");
        m.remove("ttl_ms");
    }
    j
}

/// Runs the five commands through a turn-counting proxy in front of `port`: each is exactly
/// as many round trips as listed (the trace and the wire agree), over one connection.
fn check_counts(
    env: &Env,
    port: u16,
    url_of: &dyn Fn(u16) -> String,
    lock: &str,
    token: &str,
    version_known: bool,
) {
    let proxy = TurnCountingProxy::start(port);
    let url = url_of(proxy.port);
    for (args, expected) in commands(lock, version_known) {
        let (turns, conns) = (proxy.turns(), proxy.connections());
        let r = run(env, &url, &args);
        assert_eq!(
            r.round_trips_in_all(),
            expected,
            "{args:?}: round trips in all\n{}",
            r.stderr
        );
        assert_eq!(
            proxy.turns() - turns,
            expected,
            "{args:?}: round trips the wire saw\n{}",
            r.stderr
        );
        assert_eq!(proxy.connections() - conns, 1, "{args:?}: one connection");
        let j = r.json();
        match args[..2].join(" ").as_str() {
            "lock inspect" => assert_eq!(j["token"], token, "{j}"),
            "ratelimit probe" => assert_eq!(j["count"], 2, "{j}"),
            "session list" => assert_eq!(j[0]["session_id"], "s1", "{j}"),
            "leaderboard rank" => {
                assert_eq!(
                    (j["rank"].as_u64(), j["total"].as_u64()),
                    (Some(1), Some(3))
                )
            }
            _ => {
                assert_eq!(j[0]["member"], "bob", "{j}");
                assert_eq!(j[0]["meta"]["desk"], "fx", "{j}");
            }
        }
    }
}

#[test]
fn single_key_commands_are_one_round_trip_set_up_included() {
    let r = RedisServer::start();
    seed(&mut r.conn(), "wd:1", "tok-1");
    let env = Env::new();
    check_counts(
        &env,
        r.port,
        &|p| format!("redis://127.0.0.1:{p}"),
        "wd:1",
        "tok-1",
        true,
    );
}

#[test]
fn with_a_password_auth_and_select_lead_the_same_round_trip() {
    let r = RedisServer::start_with(&["--requirepass", "s3cret"]);
    let env = Env::new();
    // Different tokens in db 0 and db 3: SELECT must come before the reads.
    let mut c = redis::Client::open(format!("redis://:s3cret@127.0.0.1:{}/0", r.port))
        .expect("client")
        .get_connection()
        .expect("connect");
    seed(&mut c, "wd:1", "db0-token");
    let mut c3 = redis::Client::open(format!("redis://:s3cret@127.0.0.1:{}/3", r.port))
        .expect("client")
        .get_connection()
        .expect("connect");
    seed(&mut c3, "wd:1", "db3-token");
    check_counts(
        &env,
        r.port,
        &|p| format!("redis://:s3cret@127.0.0.1:{p}/3"),
        "wd:1",
        "db3-token",
        true,
    );

    // An ACL user with a password, and the password from REDISCLI_AUTH.
    r.cli(&[
        "-a",
        "s3cret",
        "--no-auth-warning",
        "ACL",
        "SETUSER",
        "ops",
        "on",
        ">ops-pw",
        "~*",
        "+@all",
    ]);
    check_counts(
        &env,
        r.port,
        &|p| format!("redis://ops:ops-pw@127.0.0.1:{p}"),
        "wd:1",
        "db0-token",
        true,
    );
    let proxy = TurnCountingProxy::start(r.port);
    let out = env
        .command(&["-u", &proxy.url(), "-o", "json", "lock", "inspect", "wd:1"])
        .env("REDISCLI_AUTH", "s3cret")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("connection set-up included: 1"), "{stderr}");
    assert_eq!(proxy.turns(), 1, "{stderr}");

    // A wrong password is still "authentication failed" (exit 3), with nothing read.
    let bad = env.run(&[
        "-u",
        &format!("redis://:wrong@127.0.0.1:{}", r.port),
        "lock",
        "inspect",
        "wd:1",
    ]);
    bad.expect_code(3);
    assert!(
        bad.stderr.contains("authentication failed"),
        "{}",
        bad.stderr
    );
    assert!(!bad.stdout.contains("token"), "{}", bad.stdout);
    // No password at all: the server's NOAUTH, exit 3.
    env.run(&["-u", &r.url(), "lock", "inspect", "wd:1"])
        .expect_code(3);
}

/// A user who may not run INFO or CLIENT SETNAME (refused in the set-up pipeline): the reads
/// that follow in the same pipeline are still taken for what they are, and the counts hold
/// (the server's version unknown, `session list --user` tries the read with field TTLs).
#[test]
fn a_user_refused_info_and_client_gets_the_same_round_trips_and_answers() {
    let r = RedisServer::start();
    seed(&mut r.conn(), "wd:1", "tok-1");
    r.cli(&[
        "ACL",
        "SETUSER",
        "minimal",
        "on",
        ">m-pw",
        "~*",
        "+get",
        "+pttl",
        "+type",
        "+time",
        "+zcard",
        "+zrange",
        "+zrevrange",
        "+zrevrank",
        "+zscore",
        "+hscan",
        "+auth",
        "+hello",
        "+ping",
    ]);
    // EVAL_RO where the server has it (7.0+; 6.2 refuses the rule, and has no EVAL_RO).
    r.cli(&["ACL", "SETUSER", "minimal", "+eval_ro"]);
    let env = Env::new();
    check_counts(
        &env,
        r.port,
        &|p| format!("redis://minimal:m-pw@127.0.0.1:{p}"),
        "wd:1",
        "tok-1",
        false,
    );
    let stats = r.cli(&["INFO", "commandstats"]);
    assert!(
        stats.contains("cmdstat_info:calls=0") || !stats.contains("cmdstat_info:calls"),
        "INFO was refused, not run: {stats}"
    );
}

/// A lock resource whose key lives on another node than the one the URL names.
fn resource_elsewhere(cl: &RedisCluster) -> String {
    (0..100)
        .map(|i| format!("wd:{i}"))
        .find(|r| cl.node_of(&format!("lock:{r}")) != 0)
        .expect("a key on another node")
}

#[test]
fn on_a_cluster_the_reads_are_sent_again_with_the_same_answers() {
    let r = RedisServer::start();
    let cl = RedisCluster::start();
    let lock = resource_elsewhere(&cl);
    seed(&mut r.conn(), &lock, "tok-1");
    seed(&mut cl.conn(), &lock, "tok-1");
    let env = Env::new();
    for (args, expected) in commands(&lock, true) {
        let alone = run(&env, &r.url(), &args);
        let clustered = run(&env, &cl.url(), &args);
        assert_eq!(answer(&clustered), answer(&alone), "{args:?}");
        // The command's own reads: as many on both.
        assert_eq!(clustered.round_trips(), alone.round_trips(), "{args:?}");
        assert_eq!(alone.round_trips_in_all(), expected, "{args:?}");
        // The cluster's set-up (topology, a connection to each primary) comes on top.
        assert!(
            clustered.round_trips_in_all() > expected,
            "{args:?}: {}",
            clustered.stderr
        );
    }

    // A user who may not run INFO: the reads that come back MOVED tell that the node is part
    // of a cluster, and they are sent again to their owners.
    for n in &cl.nodes {
        n.cli(&[
            "ACL",
            "SETUSER",
            "noinfo",
            "on",
            ">n-pw",
            "~*",
            "+@read",
            "+time",
            "+cluster|nodes",
            "+cluster|slots",
            "+cluster|shards",
            "+readonly",
            "+auth",
            "+hello",
            "+ping",
            "-info",
            "-client",
        ]);
    }
    let url = format!("redis://noinfo:n-pw@127.0.0.1:{}", cl.nodes[0].port);
    let lock_args = &commands(&lock, true)[0].0;
    let got = run(&env, &url, lock_args);
    assert_eq!(got.json()["token"], "tok-1", "{}", got.stderr);
    assert!(
        !got.stderr.contains("assuming standalone"),
        "the MOVED replies told it is a cluster: {}",
        got.stderr
    );
    for (args, _) in commands(&lock, true) {
        let alone = run(&env, &r.url(), &args);
        let clustered = run(&env, &url, &args);
        assert_eq!(answer(&clustered), answer(&alone), "{args:?}");
    }
}
