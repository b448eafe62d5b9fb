//! The data generator (`redops::datagen`) against real servers, and `redops demo` end to end.

use crate::support::{RedisCluster, RedisServer};
use redis::Commands;
use redops::datagen::{self, LoadReport, Spec};

/// `XPENDING stream group`: count, lowest id, highest id, (consumer, count) pairs.
type PendingSummary = (u64, Option<String>, Option<String>, Vec<(String, String)>);

fn load(url: &str, spec: &Spec) -> redops::error::Result<LoadReport> {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let client = datagen::connect(url).await?;
        datagen::load(&client, spec).await
    })
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
