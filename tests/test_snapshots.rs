//! Snapshots of the exact output of every command, as a table and as JSON, on fixture data
//! each test writes into a server of its own (`tests/snapshots/*.txt`; see
//! `support::snapshot` for what is normalised, and how to update them).
//!
//! The fixture is made so that nothing depends on the clock where that can be avoided: fixed
//! stream ids, boards of past months, TTLs of N days and 12 hours and timestamps N days and 12
//! hours ago (shown as "100d 11h" / "3d 12h ago" for the next hour), members and tokens without
//! times in them. What still moves (idle times, round trips, rate-limit windows, memory sizes
//! in policy) is masked by name in each case.

use crate::support::snapshot::{NONE, Snapshot, Volatile};
use crate::support::{Env, RedisServer};

fn cmd(c: &mut redis::Connection, args: &[&str]) -> redis::Value {
    let mut cmd = redis::cmd(args[0]);
    for a in &args[1..] {
        cmd.arg(*a);
    }
    cmd.query(c).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn server_now(c: &mut redis::Connection) -> u64 {
    let t: Vec<String> = redis::cmd("TIME").query(c).expect("TIME");
    t[0].parse().expect("seconds")
}

/// 100 days and 12 hours, in seconds: a TTL shown as "100d 11h" for the next hour.
const LONG_TTL: u64 = 100 * 86400 + 12 * 3600;

/// A server whose hashes stay small-encoded (session values are longer than the default 64
/// bytes): HSCAN then returns fields in the order they were written, not in the order of a
/// hash table seeded at random by each server process.
fn start() -> (RedisServer, Env) {
    let r = RedisServer::start_with(&["--hash-max-ziplist-value", "1024"]);
    (r, Env::new())
}

/// Port, paths and binary that differ from run to run.
fn snapshot(name: &str, r: &RedisServer, env: &Env) -> Snapshot {
    let mut s = Snapshot::new(name);
    s.sub(format!("127.0.0.1:{}", r.port), "127.0.0.1:<PORT>");
    s.sub(env!("CARGO_BIN_EXE_redops"), "<REDOPS>");
    s.sub(env.dir.path().display().to_string(), "<DIR>");
    s
}

fn session_json(id: &str, device: &str, ip: &str, created: u64, active: u64) -> String {
    format!(
        r#"{{"session_id":"{id}","device_type":"{device}","ip_address":"{ip}","created_at":{created},"last_active":{active}}}"#
    )
}

const SESSION_VOLATILE: Volatile = Volatile {
    names: &["created_at", "last_active", "ttl_ms", "key_ttl_ms"],
    ..NONE
};

#[test]
fn snapshots_session_and_audit() {
    let (r, env) = start();
    let mut c = r.conn();
    let now = server_now(&mut c);
    // One key per case at most lists what it skipped: the order of keys in a SCAN differs
    // from one server process to the next (no wrong-type key beside the malformed value).
    // Session k was created k+20 days and 12 hours ago and last active k days and 12 hours
    // ago: every session sorts apart from the others, and the ages read "3d 12h ago".
    let ago = |days: u64| now - days * 86400 - 12 * 3600;
    let sessions: &[(&str, &str, &str, &str)] = &[
        ("1", "s-aaa", "web", "10.1.2.3"),
        ("1", "s-bbb", "mobile", "203.0.113.7"),
        ("2", "s-ccc", "desktop", "10.1.9.9"),
        ("3", "s-31", "web", "198.51.100.1"),
        ("3", "s-32", "web", "198.51.100.2"),
        ("3", "s-33", "desktop", "198.51.100.3"),
        ("3", "s-34", "mobile", "10.1.200.4"),
        ("3", "s-35", "web", "198.51.100.5"),
        ("3", "s-36", "web", "198.51.100.6"),
        ("4", "s-41", "mobile", "192.0.2.44"),
    ];
    for (k, (user, id, device, ip)) in sessions.iter().enumerate() {
        let k = k as u64 + 1;
        let v = session_json(id, device, ip, ago(k + 20), ago(k));
        cmd(&mut c, &["HSET", &format!("sessions:user:{user}"), id, &v]);
    }
    cmd(&mut c, &["HSET", "sessions:user:2", "s-bad", "not json"]);
    cmd(
        &mut c,
        &["EXPIRE", "sessions:user:4", &LONG_TTL.to_string()],
    );

    let mut s = snapshot("session", &r, &env);
    let url = r.url();
    let v = SESSION_VOLATILE;
    for args in [
        &["session", "list", "--user", "1"][..],
        &["session", "list", "--user", "2"],
        &["session", "list", "--user", "3", "--device", "web"],
        &["session", "list", "--user", "4"],
        &["session", "list", "--user", "404"],
        &["session", "list", "--summary"],
        &["session", "list", "--summary", "--over-limit", "5"],
        &["session", "list", "--ip", "10.1.0.0/16"],
        &["session", "list", "--device", "mobile"],
        &[
            "session",
            "list",
            "--idle-over",
            "36h",
            "--active-within",
            "7d",
        ],
        &["session", "kill", "--user", "1", "--all", "--dry-run"],
        &["session", "kill", "--ip", "198.51.100.0/24", "--dry-run"],
        &["session", "kill", "--user", "3", "--session", "s-31"],
    ] {
        s.case(&env, &url, args, v);
    }
    // For real, once each (the second format would find nothing left to end).
    s.case_formats(
        &env,
        &url,
        &[
            "session",
            "kill",
            "--user",
            "3",
            "--session",
            "s-31",
            "--yes",
        ],
        v,
        &["table"],
    );
    // One session only: redops does not keep the order of the sessions it ended (the same
    // kill of two sessions lists them either way round from run to run).
    s.case_formats(
        &env,
        &url,
        &["session", "kill", "--ip", "192.0.2.0/24", "--yes"],
        v,
        &["json"],
    );
    s.check();

    // The audit log those two kills wrote.
    let ids: Vec<String> = env
        .audit_lines()
        .iter()
        .filter_map(|l| l["id"].as_str().map(str::to_owned))
        .fold(Vec::new(), |mut v, id| {
            if !v.contains(&id) {
                v.push(id);
            }
            v
        });
    assert_eq!(ids.len(), 2, "two audited kills");
    let mut a = snapshot("audit", &r, &env);
    for (n, id) in ids.iter().enumerate() {
        a.sub(id.clone(), &format!("<ID{}>", n + 1));
    }
    let log = env.audit_log().display().to_string();
    let av = Volatile {
        names: &[
            "time",
            "user",
            "uid",
            "host",
            "prev_sha256",
            "created_at",
            "last_active",
            "ttl_ms",
            "key_ttl_ms",
            "when",
            "by",
            "value",
        ],
        after: &[],
        always: &["user", "host"],
    };
    a.case(&env, "", &["audit", "show", "--audit-log", &log], av);
    a.case(
        &env,
        "",
        &["audit", "show", "--since", "1d", "--audit-log", &log],
        av,
    );
    a.case(&env, "", &["audit", "verify", "--audit-log", &log], av);
    a.case(
        &env,
        &url,
        &[
            "audit",
            "restore",
            &ids[0],
            "--dry-run",
            "--audit-log",
            &log,
        ],
        av,
    );
    a.case_formats(
        &env,
        &url,
        &["audit", "restore", &ids[0], "--yes", "--audit-log", &log],
        av,
        &["json"],
    );
    a.case(
        &env,
        &url,
        &["audit", "restore", "no-such-id", "--audit-log", &log],
        av,
    );
    a.check();
}

#[test]
fn snapshots_ratelimit() {
    let (r, env) = start();
    let mut c = r.conn();
    let now = server_now(&mut c);
    // Entries a few seconds old: inside the 1-minute window for the rest of the test.
    for i in 1..=3u64 {
        cmd(
            &mut c,
            &[
                "ZADD",
                "ratelimit:withdrawal:user:1",
                &(now - 2 - i).to_string(),
                &format!("req-{i}"),
            ],
        );
    }
    for i in 1..=10u64 {
        cmd(
            &mut c,
            &[
                "ZADD",
                "ratelimit:withdrawal:user:2",
                &(now - 2 - i).to_string(),
                &format!("req-{i}"),
            ],
        );
    }
    // One entry far outside the window (stale), on a key with a TTL.
    cmd(
        &mut c,
        &[
            "ZADD",
            "ratelimit:deposit:user:1",
            &(now - 3).to_string(),
            "req-1",
            &(now - 3 * 86400).to_string(),
            "req-old",
        ],
    );
    cmd(
        &mut c,
        &["EXPIRE", "ratelimit:deposit:user:1", &LONG_TTL.to_string()],
    );

    let mut s = snapshot("ratelimit", &r, &env);
    let url = r.url();
    let v = Volatile {
        names: &[
            "oldest in window",
            "newest in window",
            "server time",
            "oldest",
            "newest",
            "score",
            "age",
            "server_time",
            "oldest_ms",
            "newest_ms",
            "oldest_age_ms",
            "newest_age_ms",
            "retry_after_ms",
            "ttl_ms",
            "age_ms",
            "now",
            "retry_after_secs",
            "oldest_score",
            "newest_score",
            "retry_after",
        ],
        after: &["retry after ", "server time "],
        always: &[],
    };
    for args in [
        &[
            "ratelimit",
            "probe",
            "--category",
            "withdrawal",
            "--user",
            "1",
        ][..],
        &[
            "ratelimit",
            "probe",
            "--category",
            "withdrawal",
            "--user",
            "2",
        ],
        &["ratelimit", "probe", "--category", "deposit", "--user", "1"],
        &[
            "ratelimit",
            "probe",
            "--category",
            "withdrawal",
            "--user",
            "404",
        ],
        &[
            "ratelimit",
            "probe",
            "--key",
            "ratelimit:withdrawal:user:1",
            "--limit",
            "3",
            "--window",
            "1h",
        ],
        &["ratelimit", "probe", "--category", "nosuch", "--user", "1"],
        &["ratelimit", "top", "--category", "withdrawal"],
        &[
            "ratelimit",
            "top",
            "--category",
            "withdrawal",
            "--count",
            "1",
        ],
        &["ratelimit", "top", "--category", "deposit"],
        &[
            "ratelimit",
            "reset",
            "--category",
            "withdrawal",
            "--user",
            "1",
            "--dry-run",
        ],
        &[
            "ratelimit",
            "reset",
            "--category",
            "withdrawal",
            "--user",
            "1",
        ],
    ] {
        s.case(&env, &url, args, v);
    }
    s.case_formats(
        &env,
        &url,
        &[
            "ratelimit",
            "reset",
            "--category",
            "withdrawal",
            "--user",
            "1",
            "--yes",
        ],
        v,
        &["table"],
    );
    s.case_formats(
        &env,
        &url,
        &[
            "ratelimit",
            "reset",
            "--category",
            "deposit",
            "--user",
            "1",
            "--yes",
        ],
        v,
        &["json"],
    );
    s.check();
}

#[test]
fn snapshots_leaderboard() {
    let (r, env) = start();
    let mut c = r.conn();
    cmd(
        &mut c,
        &[
            "ZADD",
            "leaderboard:monthly:2025-11",
            "5000",
            "1",
            "4200",
            "2",
            "4200",
            "3",
            "100",
            "4",
            "-5",
            "5",
        ],
    );
    cmd(
        &mut c,
        &["ZADD", "leaderboard:weekly:2025-W48", "10", "1", "20", "2"],
    );
    cmd(
        &mut c,
        &["ZADD", "leaderboard:daily:2025-11-30", "1.5", "7"],
    );
    cmd(
        &mut c,
        &[
            "EXPIRE",
            "leaderboard:daily:2025-11-30",
            &LONG_TTL.to_string(),
        ],
    );
    cmd(
        &mut c,
        &[
            "SET",
            "trader:meta:1",
            r#"{"name":"Trader One","avatar":"https://cdn.example.com/1.png","followers":12}"#,
        ],
    );
    cmd(&mut c, &["SET", "trader:meta:2", "not json"]);
    cmd(
        &mut c,
        &[
            "SET",
            "trader:meta:7",
            r#"{"name":"Trader Seven","followers":0}"#,
        ],
    );

    let mut s = snapshot("leaderboard", &r, &env);
    let url = r.url();
    let v = Volatile {
        names: &["ttl_ms"],
        ..NONE
    };
    for args in [
        &["leaderboard", "top", "--key", "leaderboard:monthly:2025-11"][..],
        &["leaderboard", "top", "--month", "2025-11", "--count", "3"],
        &[
            "leaderboard",
            "top",
            "--month",
            "2025-11",
            "--offset",
            "3",
            "--no-meta",
        ],
        &[
            "leaderboard",
            "top",
            "--key",
            "leaderboard:daily:2025-11-30",
        ],
        &["leaderboard", "top", "--month", "1999-01"],
        &[
            "leaderboard",
            "rank",
            "3",
            "--month",
            "2025-11",
            "--around",
            "1",
        ],
        &["leaderboard", "rank", "1", "--month", "2025-11"],
        &[
            "leaderboard",
            "rank",
            "--member-hex",
            "35",
            "--month",
            "2025-11",
        ],
        &["leaderboard", "rank", "nosuch", "--month", "2025-11"],
        &["leaderboard", "list"],
        &["leaderboard", "list", "--period", "weekly"],
    ] {
        s.case(&env, &url, args, v);
    }
    s.check();
}

/// A lock without a TTL and one with a long TTL (the lock and check snapshots both hold them).
fn two_locks(c: &mut redis::Connection) {
    cmd(c, &["SET", "lock:settlement:eod-batch", "tok-eod"]);
    let ttl = LONG_TTL.to_string();
    cmd(c, &["SET", "lock:withdrawal:42", "tok-42", "EX", &ttl]);
}

#[test]
fn snapshots_lock() {
    let (r, env) = start();
    let mut c = r.conn();
    two_locks(&mut c);
    cmd(
        &mut c,
        &[
            "SET",
            "lock:kyc:7",
            "tok-7",
            "EX",
            &(50 * 86400 + 12 * 3600).to_string(),
        ],
    );
    cmd(&mut c, &["SET", "lock:payout:9", "x".repeat(300).as_str()]);

    let mut s = snapshot("lock", &r, &env);
    let url = r.url();
    let v = Volatile {
        names: &["ttl_ms"],
        ..NONE
    };
    for args in [
        &["lock", "inspect"][..],
        &["lock", "inspect", "withdrawal:42"],
        &["lock", "inspect", "settlement:eod-batch"],
        &["lock", "inspect", "nosuch"],
        &["lock", "inspect", "--pattern", "withdrawal:*"],
        &["--redact", "lock", "inspect", "withdrawal:42"],
        &["--max-value-bytes", "8", "lock", "inspect", "payout:9"],
        &["lock", "force-release", "settlement:eod-batch", "--dry-run"],
        &[
            "lock",
            "force-release",
            "withdrawal:42",
            "--token",
            "wrong",
            "--yes",
        ],
        &["lock", "force-release", "nosuch", "--dry-run"],
    ] {
        s.case(&env, &url, args, v);
    }
    s.case_formats(
        &env,
        &url,
        &[
            "lock",
            "force-release",
            "settlement:eod-batch",
            "--token",
            "tok-eod",
            "--yes",
        ],
        v,
        &["table"],
    );
    s.case_formats(
        &env,
        &url,
        &["lock", "force-release", "kyc:7", "--yes"],
        v,
        &["json"],
    );
    s.check();
}

#[test]
fn snapshots_stream() {
    let (r, env) = start();
    let mut c = r.conn();
    for i in 0..10 {
        cmd(
            &mut c,
            &[
                "XADD",
                "queue:tx",
                &format!("1700000000000-{i}"),
                "tx_id",
                &format!("tx-{i}"),
                "amount",
                &format!("{i}.50"),
            ],
        );
    }
    cmd(&mut c, &["XGROUP", "CREATE", "queue:tx", "processors", "0"]);
    cmd(
        &mut c,
        &[
            "XREADGROUP",
            "GROUP",
            "processors",
            "worker-1",
            "COUNT",
            "3",
            "STREAMS",
            "queue:tx",
            ">",
        ],
    );
    cmd(
        &mut c,
        &[
            "XREADGROUP",
            "GROUP",
            "processors",
            "worker-dead",
            "COUNT",
            "4",
            "STREAMS",
            "queue:tx",
            ">",
        ],
    );
    cmd(
        &mut c,
        &["XADD", "queue:dead", "1700000000000-0", "tx_id", "tx-old"],
    );
    cmd(
        &mut c,
        &["XADD", "queue:nogroup", "1700000000000-0", "k", "v"],
    );

    let mut s = snapshot("stream", &r, &env);
    let url = r.url();
    let v = Volatile {
        names: &[
            "idle",
            "idle_ms",
            "inactive",
            "inactive_ms",
            "seen",
            "seen_ms",
            "oldest idle",
            "stuck_entry_idle_ms",
        ],
        ..NONE
    };
    let w = "queue:tx";
    for args in [
        &["stream", "groups", "--dead-after", "1h"][..],
        &["stream", "groups", w, "--dead-after", "1h"],
        &["stream", "groups", "nosuch"],
        &["stream", "pending", w, "-g", "processors"],
        &["stream", "pending", w, "-g", "processors", "--detail"],
        &[
            "stream",
            "pending",
            w,
            "-g",
            "processors",
            "--detail",
            "--payload",
            "--count",
            "2",
        ],
        &[
            "stream",
            "pending",
            w,
            "-g",
            "processors",
            "--consumer",
            "worker-dead",
            "--detail",
        ],
        &["stream", "pending", w, "-g", "nosuch"],
        &[
            "stream",
            "ack",
            w,
            "-g",
            "processors",
            "1700000000000-0",
            "1700000000000-9",
            "--dry-run",
        ],
        &[
            "stream",
            "ack",
            w,
            "-g",
            "processors",
            "--consumer",
            "worker-dead",
            "--dry-run",
        ],
        &[
            "stream",
            "reclaim",
            w,
            "-g",
            "processors",
            "--from",
            "worker-dead",
            "--to",
            "worker-1",
            "--min-idle",
            "0s",
            "--dry-run",
        ],
        &[
            "stream",
            "reclaim",
            w,
            "-g",
            "processors",
            "--to",
            "worker-2",
            "--min-idle",
            "1h",
            "--dry-run",
        ],
    ] {
        s.case(&env, &url, args, v);
    }
    s.case_formats(
        &env,
        &url,
        &[
            "stream",
            "ack",
            w,
            "-g",
            "processors",
            "1700000000000-0",
            "--yes",
        ],
        v,
        &["table"],
    );
    s.case_formats(
        &env,
        &url,
        &[
            "stream",
            "ack",
            w,
            "-g",
            "processors",
            "1700000000000-1",
            "--yes",
        ],
        v,
        &["json"],
    );
    s.case_formats(
        &env,
        &url,
        &[
            "stream",
            "reclaim",
            w,
            "-g",
            "processors",
            "--from",
            "worker-dead",
            "--to",
            "worker-1",
            "--min-idle",
            "0s",
            "--count",
            "2",
            "--yes",
        ],
        v,
        &["table"],
    );
    s.case_formats(
        &env,
        &url,
        &[
            "stream",
            "reclaim",
            w,
            "-g",
            "processors",
            "--from",
            "worker-dead",
            "--to",
            "worker-2",
            "--min-idle",
            "0s",
            "--yes",
        ],
        v,
        &["json"],
    );
    s.case(
        &env,
        &url,
        &["stream", "pending", w, "-g", "processors", "--detail"],
        v,
    );
    s.check();
}

#[test]
fn snapshots_memory() {
    let (r, env) = start();
    let mut c = r.conn();
    cmd(&mut c, &["SET", "cache:fx:EURUSD", "1.08"]);
    cmd(
        &mut c,
        &[
            "SET",
            "cache:fx:GBPUSD",
            "1.27",
            "EX",
            &LONG_TTL.to_string(),
        ],
    );
    cmd(&mut c, &["SET", "blob:big", &"x".repeat(5000)]);
    cmd(
        &mut c,
        &["HSET", "sessions:user:1", "s-1", "{}", "s-2", "{}"],
    );
    cmd(
        &mut c,
        &[
            "ZADD",
            "leaderboard:monthly:2025-11",
            "1",
            "a",
            "2",
            "b",
            "3",
            "c",
        ],
    );
    cmd(&mut c, &["RPUSH", "jobs:q", "1", "2", "3", "4"]);
    cmd(&mut c, &["SADD", "tags:all", "a", "b"]);
    cmd(&mut c, &["XADD", "queue:tx", "1700000000000-0", "k", "v"]);
    cmd(&mut c, &["SAVE"]);
    let rdb = r.dir.path().join("dump.rdb");
    let rdb = rdb.display().to_string();

    let mut s = snapshot("memory", &r, &env);
    s.sub(r.dir.path().display().to_string(), "<SERVERDIR>");
    let url = r.url();
    // Sizes are the server's own (they differ by version: one file per version); what moves
    // from run to run is the elapsed time, the process's memory and its fragmentation.
    let v = Volatile {
        names: &[
            "used",
            "rss",
            "fragmentation",
            "used_memory",
            "used_memory_rss",
            "fragmentation_ratio",
            "mem_fragmentation_ratio",
            "elapsed_ms",
            "ttl_ms",
            "snapshot_time",
            "used_memory_peak",
            "peak",
        ],
        after: &[" in "],
        always: &[],
    };
    for args in [
        &["memory", "bigkeys"][..],
        &["memory", "bigkeys", "--top", "3", "--groups", "2"],
        &["memory", "bigkeys", "--pattern", "cache:*"],
        &["memory", "bigkeys", "--type", "hash"],
        &["memory", "bigkeys", "--rdb", &rdb],
        &["memory", "usage", "blob:big", "cache:fx:GBPUSD", "nosuch"],
        &["memory", "usage", "sessions:user:1", "--samples", "0"],
        &["memory", "policy"],
    ] {
        s.case(&env, &url, args, v);
    }
    s.check();
}

#[test]
fn snapshots_check() {
    let (r, env) = start();
    let mut c = r.conn();
    two_locks(&mut c);
    cmd(&mut c, &["HSET", "sessions:user:1", "s-1", "{}"]);
    cmd(
        &mut c,
        &[
            "XADD",
            "transactions:dead-letter",
            "1700000000000-0",
            "k",
            "v",
        ],
    );
    cmd(
        &mut c,
        &["CONFIG", "SET", "maxmemory-policy", "allkeys-lfu"],
    );

    let mut s = snapshot("check", &r, &env);
    let url = r.url();
    // The round trip moves: its row (table) and, in JSON, the whole `rtt` check is skipped.
    let v = Volatile {
        names: &["rtt", "time", "timestamp", "duration_ms", "elapsed_ms"],
        after: &["time=\"", "timestamp=\""],
        always: &[],
    };
    s.case_formats(&env, &url, &["check"], v, &["table"]);
    for args in [
        &["check", "--skip", "rtt"][..],
        &[
            "check",
            "--skip",
            "rtt",
            "--strict",
            "--max-lock-ttl",
            "200d",
        ],
        &[
            "check",
            "--skip",
            "rtt",
            "--max-dead-letter",
            "1",
            "--allowed-policy",
            "allkeys-lfu",
        ],
    ] {
        s.case(&env, &url, args, v);
    }
    s.case_formats(
        &env,
        &url,
        &["check", "--skip", "rtt", "--format", "junit"],
        v,
        &["table"],
    );
    s.check();
}

#[test]
fn snapshots_ping_config_sentinel() {
    let (r, env) = start();
    let config = env.dir.path().join("config/redops");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(
        config.join("config.toml"),
        format!(
            "[profiles.staging]\nurl = \"redis://127.0.0.1:{}/0\"\ntimeout = \"2s\"\n\
             latency_budget = \"2ms\"\n\n[profiles.staging.keyspace]\nsessions = \"app1:sess:{{user}}\"\n\n\
             [profiles.staging.ratelimit.withdrawal]\nlimit = 5\nwindow = \"60s\"\n\n\
             [profiles.prod]\nurl = \"redis://redis.prod.internal:6379\"\nread_only = true\n",
            r.port
        ),
    )
    .expect("write config");
    let mut s = snapshot("ping_config_sentinel", &r, &env);
    let url = r.url();
    let v = Volatile {
        names: &["rtt_us"],
        after: &["round trip "],
        always: &[],
    };
    s.case(&env, &url, &["ping"], v);
    s.case(&env, "", &["--profile", "staging", "ping"], v);
    s.case(&env, "", &["config", "show"], NONE);
    s.case(&env, "", &["--profile", "staging", "config", "show"], NONE);
    s.case(&env, "", &["--profile", "nosuch", "config", "show"], NONE);
    s.case(&env, "", &["config", "path"], NONE);
    s.case(
        &env,
        "",
        &[
            "--profile",
            "prod",
            "session",
            "kill",
            "--user",
            "1",
            "--all",
            "--yes",
        ],
        NONE,
    );
    s.case(&env, &url, &["sentinel", "status"], NONE);
    s.case(
        &env,
        &url,
        &["sentinel", "failover", "mymaster", "--dry-run"],
        NONE,
    );
    s.case(
        &env,
        "",
        &[
            "--sentinel",
            "127.0.0.1:1",
            "--master",
            "mymaster",
            "sentinel",
            "status",
        ],
        NONE,
    );
    s.check();
}
