//! `session kill` writes under trouble and at scale: a huge hash ended in chunks inside the
//! latency budget and put back from its audit parts; a cluster whose slots migrate, or whose
//! primary dies, while the operator reads the prompt.

use crate::support::{Env, RedisCluster, RedisServer, now};
use crate::test_session::{json_after_prompt, run_confirmed_in_pty};
use serde_json::json;
use std::collections::BTreeMap;
use std::time::Instant;

fn session(sid: &str, device: &str) -> String {
    json!({
        "session_id": sid,
        "device_type": device,
        "ip_address": "10.9.0.1",
        "created_at": now() - 60,
        "last_active": now() - 5,
    })
    .to_string()
}

fn calls(r: &RedisServer, cmd: &str) -> u64 {
    let stats = r.cli(&["INFO", "commandstats"]);
    let prefix = format!("cmdstat_{cmd}:");
    stats
        .lines()
        .find(|l| l.starts_with(&prefix))
        .and_then(|l| l.split("calls=").nth(1))
        .and_then(|x| x.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// One user with `n` sessions, written server-side (a Lua loop), with a TTL on the hash.
fn load_big(c: &mut redis::Connection, n: usize) {
    let _: () = redis::cmd("EVAL")
        .arg(
            "for i = 0, tonumber(ARGV[1]) - 1 do redis.call('HSET', KEYS[1], 's' .. i, \
             (string.gsub(ARGV[2], 'SID', 's' .. i))) end redis.call('PEXPIRE', KEYS[1], 3600000)",
        )
        .arg(1)
        .arg("sessions:user:big")
        .arg(n)
        .arg(session("SID", "web"))
        .query(c)
        .expect("load");
}

/// Sessions in one hash: more than one run of the old kill ended (10,000), more than one audit
/// line holds; small enough for the suite (the 1,000,000-field case is measured by hand).
const BIG: usize = 50_000;

#[test]
fn a_huge_hash_is_ended_in_budget_sized_chunks_audited_part_by_part_and_put_back() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    load_big(&mut c, BIG);
    let before: BTreeMap<String, String> = ["s0", "s1", "s25000", "s49999"]
        .iter()
        .map(|f| {
            let v: String = redis::cmd("HGET")
                .arg("sessions:user:big")
                .arg(*f)
                .query(&mut c)
                .expect("hget");
            (f.to_string(), v)
        })
        .collect();
    let url = r.url();
    let evals = calls(&r, "eval");
    let hscans = calls(&r, "hscan");
    let run = env.run(&[
        "-u", &url, "session", "kill", "--user", "big", "--all", "--yes", "-o", "json",
    ]);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(
        j["killed"].as_array().map(Vec::len),
        Some(BIG),
        "every session ended"
    );
    assert_eq!(j["ended"], BIG);
    assert_eq!(j["nodes"][0]["ended"], BIG, "{}", j["nodes"]);
    let exists: bool = redis::cmd("EXISTS")
        .arg("sessions:user:big")
        .query(&mut c)
        .expect("exists");
    assert!(!exists);
    // Chunked: at the default 1ms budget a script ends at most 125 sessions.
    let scripts = calls(&r, "eval") - evals;
    assert!(scripts >= (BIG / 125) as u64, "{scripts} scripts");
    // And read in pages of about 333 fields (HSCAN COUNT), not 10,000.
    let pages = calls(&r, "hscan") - hscans;
    assert!(pages >= (BIG / 400) as u64, "{pages} pages");

    // The audit: the intent, then for each part its prior values before its outcome.
    let audit = env.audit_lines();
    assert_eq!(audit[0]["phase"], "intent");
    assert_eq!(audit[0]["context"]["audit_parts"], true);
    assert_eq!(audit[0]["context"]["targeted"], BIG);
    let mut open: Option<u64> = None;
    let mut recorded = 0;
    for l in &audit[1..audit.len() - 1] {
        match l["phase"].as_str() {
            Some("part") => {
                assert_eq!(
                    open, None,
                    "a part's prior values come before anything of it is sent"
                );
                open = l["part"].as_u64();
                recorded += l["prior"].as_array().map(Vec::len).expect("prior");
            }
            Some("part_outcome") => {
                assert_eq!(open, l["part"].as_u64(), "{l}");
                assert!(
                    l["results"]
                        .as_str()
                        .is_some_and(|r| r.chars().all(|c| c == '1')),
                    "{l}"
                );
                open = None;
            }
            other => panic!("unexpected line {other:?}: {l}"),
        }
    }
    assert_eq!(recorded, BIG, "every prior value is in the audit trail");
    assert!(audit.len() > 4, "more than one part");
    let last = audit.last().expect("outcome");
    assert_eq!(last["phase"], "outcome");
    assert_eq!(last["outcome"]["status"], "done");
    assert_eq!(last["outcome"]["ended"], BIG);
    // audit show lists the action once, not its parts.
    let show = env.run(&["audit", "show", "-o", "json"]);
    show.expect_code(0);
    assert_eq!(
        show.json().as_array().map(Vec::len),
        Some(1),
        "{}",
        show.stdout
    );

    // Restore: a dry run lists every session and changes nothing; then every session back,
    // byte for byte, with the hash's TTL.
    let id = audit[0]["id"].as_str().expect("id");
    let dry = env.run(&[
        "-u",
        &url,
        "audit",
        "restore",
        id,
        "--dry-run",
        "-o",
        "json",
    ]);
    dry.expect_code(0);
    assert_eq!(dry.json()["restored"].as_array().map(Vec::len), Some(BIG));
    assert_eq!(dry.json()["dry_run"], true);
    let exists: bool = redis::cmd("EXISTS")
        .arg("sessions:user:big")
        .query(&mut c)
        .expect("exists");
    assert!(!exists, "a dry run puts nothing back");
    let restore = env.run(&["-u", &url, "audit", "restore", id, "--yes", "-o", "json"]);
    restore.expect_code(0);
    let rj = restore.json();
    assert_eq!(rj["restored"].as_array().map(Vec::len), Some(BIG));
    assert_eq!(rj["skipped"].as_array().map(Vec::len), Some(0));
    let hlen: usize = redis::cmd("HLEN")
        .arg("sessions:user:big")
        .query(&mut c)
        .expect("hlen");
    assert_eq!(hlen, BIG);
    for (f, v) in &before {
        let now: String = redis::cmd("HGET")
            .arg("sessions:user:big")
            .arg(f)
            .query(&mut c)
            .expect("hget");
        assert_eq!(&now, v);
    }
    let pttl: i64 = redis::cmd("PTTL")
        .arg("sessions:user:big")
        .query(&mut c)
        .expect("pttl");
    assert!(pttl > 0, "the TTL comes back with the hash: {pttl}");
    // A second restore puts nothing back twice.
    let again = env.run(&["-u", &url, "audit", "restore", id, "--yes", "-o", "json"]);
    again.expect_code(5);
}

/// The cluster hash slot of a key.
fn slot(key: &str) -> u16 {
    redops::client::key_slot(key.as_bytes())
}

/// Which node index serves each slot, from `CLUSTER NODES`.
fn slot_owners(cl: &RedisCluster) -> Vec<usize> {
    let mut owner = vec![usize::MAX; 16384];
    for line in cl.nodes[0].cli(&["CLUSTER", "NODES"]).lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 9 {
            continue;
        }
        let port: u16 = f[1]
            .split('@')
            .next()
            .and_then(|a| a.rsplit(':').next())
            .and_then(|p| p.parse().ok())
            .expect("port");
        let idx = cl.nodes.iter().position(|n| n.port == port).expect("node");
        for r in &f[8..] {
            if r.starts_with('[') {
                continue;
            }
            let (a, b) = r.split_once('-').unwrap_or((r, r));
            let (a, b): (usize, usize) = (a.parse().expect("slot"), b.parse().expect("slot"));
            owner[a..=b].fill(idx);
        }
    }
    owner
}

/// `users` users whose session hashes spread over every primary, each with one mobile and one
/// web session, written with one pipeline per primary. Returns (user, node index) pairs.
fn load_cluster(cl: &RedisCluster, users: usize) -> Vec<(String, usize)> {
    let owner = slot_owners(cl);
    let mut pipes: Vec<redis::Pipeline> = (0..3).map(|_| redis::pipe()).collect();
    let mut out = Vec::with_capacity(users);
    for i in 0..users {
        let u = format!("u{i}");
        let key = format!("sessions:user:{u}");
        let node = owner[usize::from(slot(&key))];
        pipes[node]
            .cmd("HSET")
            .arg(&key)
            .arg(format!("m-{u}"))
            .arg(session(&format!("m-{u}"), "mobile"))
            .arg(format!("w-{u}"))
            .arg(session(&format!("w-{u}"), "web"))
            .ignore();
        out.push((u, node));
    }
    for (i, p) in pipes.iter().enumerate() {
        let mut c = cl.nodes[i].conn();
        let _: () = p.query(&mut c).expect("load");
    }
    out
}

/// HGET on one node directly (ASKING first, so that a key already moved to an importing node
/// is found there).
fn hget_on(cl: &RedisCluster, node: usize, key: &str, field: &str) -> Option<String> {
    let mut c = cl.nodes[node].conn();
    let (v,): (Option<String>,) = redis::pipe()
        .cmd("ASKING")
        .ignore()
        .cmd("HGET")
        .arg(key)
        .arg(field)
        .query(&mut c)
        .expect("hget");
    v
}

#[test]
fn slots_migrating_at_the_prompt_every_targeted_session_is_ended_through_redirects() {
    let cl = RedisCluster::start();
    let env = Env::new();
    let users = load_cluster(&cl, 4000);
    let url = cl.url();
    // The node serving slots 0..=400, and the one they migrate to.
    let owner = slot_owners(&cl);
    let from = owner[0];
    let to = (from + 1) % 3;
    let id = |i: usize| cl.nodes[i].cli(&["CLUSTER", "MYID"]).trim().to_owned();
    let (from_id, to_id) = (id(from), id(to));
    let migrating: Vec<&(String, usize)> = users
        .iter()
        .filter(|(u, _)| slot(&format!("sessions:user:{u}")) <= 400)
        .collect();
    assert!(
        migrating.len() > 50,
        "{} keys in slots 0-400",
        migrating.len()
    );
    let mut moved = Vec::new();
    let started = Instant::now();
    let (code, text) = run_confirmed_in_pty(
        &env,
        &[
            "-u",
            &url,
            "--timeout",
            "2s",
            "session",
            "kill",
            "--device",
            "mobile",
            "-o",
            "json",
        ],
        || {
            // At the prompt: slots 0-400 start migrating, and half of their keys move.
            let mut t = cl.nodes[to].conn();
            let mut f = cl.nodes[from].conn();
            let mut p = redis::pipe();
            for s in 0..=400 {
                p.cmd("CLUSTER")
                    .arg("SETSLOT")
                    .arg(s)
                    .arg("IMPORTING")
                    .arg(&from_id)
                    .ignore();
            }
            let _: () = p.query(&mut t).expect("importing");
            let mut p = redis::pipe();
            for s in 0..=400 {
                p.cmd("CLUSTER")
                    .arg("SETSLOT")
                    .arg(s)
                    .arg("MIGRATING")
                    .arg(&to_id)
                    .ignore();
            }
            let _: () = p.query(&mut f).expect("migrating");
            for (k, (u, _)) in migrating.iter().enumerate() {
                if k % 2 == 0 {
                    let key = format!("sessions:user:{u}");
                    let _: () = redis::cmd("MIGRATE")
                        .arg("127.0.0.1")
                        .arg(cl.nodes[to].port)
                        .arg(&key)
                        .arg(0)
                        .arg(5000)
                        .query(&mut f)
                        .expect("migrate");
                    moved.push(key);
                }
            }
        },
    );
    eprintln!("kill with slots migrating: {:?}", started.elapsed());
    assert_eq!(code, 0, "{text}");
    let j = json_after_prompt(&text);
    assert_eq!(
        j["killed"].as_array().map(Vec::len),
        Some(users.len()),
        "{}",
        j["nodes"]
    );
    assert_eq!(j["unknown"], 0);
    assert_eq!(j["not_sent"], 0);
    let redirected: u64 = j["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["redirected"].as_u64().expect("redirected"))
        .sum();
    assert!(
        redirected as usize >= moved.len(),
        "the moved keys were reached through ASK: {redirected} of {}",
        moved.len()
    );
    for (u, node) in &users {
        let key = format!("sessions:user:{u}");
        let at = if moved.contains(&key) { to } else { *node };
        assert_eq!(hget_on(&cl, at, &key, &format!("m-{u}")), None, "{key}");
        assert!(hget_on(&cl, at, &key, &format!("w-{u}")).is_some(), "{key}");
    }
    let audit = env.audit_lines();
    let outcome = &audit.last().expect("outcome")["outcome"];
    assert_eq!(outcome["status"], "done", "{outcome}");
    assert_eq!(
        outcome["removed"].as_array().map(Vec::len),
        Some(users.len())
    );
}

#[test]
fn a_primary_killed_at_the_prompt_stops_its_part_only_and_the_report_says_what_happened() {
    let mut cl = RedisCluster::start();
    let env = Env::new();
    let users = load_cluster(&cl, 3000);
    let url = cl.url();
    let down = 2;
    let down_addr = format!("127.0.0.1:{}", cl.nodes[down].port);
    let on_down = users.iter().filter(|(_, n)| *n == down).count();
    assert!(on_down > 0);
    let started = Instant::now();
    let (code, text) = run_confirmed_in_pty(
        &env,
        &[
            "-u",
            &url,
            "--timeout",
            "2s",
            "session",
            "kill",
            "--device",
            "mobile",
            "-o",
            "json",
        ],
        || cl.nodes[down].kill(),
    );
    eprintln!("kill with a primary down: {:?}", started.elapsed());
    // Not everything was done: exit 3, and the report says exactly what, per node.
    assert_eq!(code, 3, "{text}");
    let j = json_after_prompt(&text);
    assert_eq!(
        j["killed"].as_array().map(Vec::len),
        Some(users.len() - on_down),
        "{}",
        j["nodes"]
    );
    for n in j["nodes"].as_array().expect("nodes") {
        if n["node"] == down_addr.as_str() {
            assert_eq!(n["ended"], 0, "{n}");
            assert_eq!(
                n["unknown"].as_u64().expect("unknown") + n["not_sent"].as_u64().expect("not_sent"),
                on_down as u64,
                "{n}"
            );
            assert!(n["error"].is_string(), "{n}");
            // The first round trip to a node carries one script: a node that died at the
            // prompt leaves at most that one unknown, the rest plainly not sent.
            assert!(n["unknown"].as_u64().expect("unknown") <= 1, "{n}");
        } else {
            assert_eq!(n["ended"], n["targeted"], "{n}");
            assert_eq!(n["unknown"], 0, "{n}");
            assert_eq!(n["not_sent"], 0, "{n}");
        }
    }
    // Every targeted session on the healthy primaries ended; their web sessions stay.
    for (u, node) in users.iter().filter(|(_, n)| *n != down) {
        let key = format!("sessions:user:{u}");
        assert_eq!(hget_on(&cl, *node, &key, &format!("m-{u}")), None, "{key}");
        assert!(
            hget_on(&cl, *node, &key, &format!("w-{u}")).is_some(),
            "{key}"
        );
    }
    // The skipped list names every session of the dead node with why.
    let skipped = j["skipped"].as_array().expect("skipped");
    assert_eq!(skipped.len(), on_down);
    assert!(
        skipped.iter().all(|s| s["reason"]
            .as_str()
            .is_some_and(|r| r.starts_with("outcome unknown") || r.starts_with("not sent"))),
        "{skipped:?}"
    );
    // The audit outcome says the same, per node; a restore puts back only what was removed.
    let audit = env.audit_lines();
    let outcome = &audit.last().expect("outcome")["outcome"];
    assert_eq!(
        outcome["removed"].as_array().map(Vec::len),
        Some(users.len() - on_down)
    );
    assert_eq!(outcome["nodes"], j["nodes"]);
    assert!(
        matches!(
            outcome["status"].as_str(),
            Some("partly unknown" | "partial")
        ),
        "{outcome}"
    );
}

#[test]
fn ctrl_c_mid_kill_leaves_a_precise_record_and_restore_puts_back_exactly_what_ended() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    load_big(&mut c, BIG);
    let url = r.url();
    let child = env
        .command(&[
            "-u", &url, "session", "kill", "--user", "big", "--all", "--yes", "-o", "json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // Ctrl-C once two parts are on record.
    let deadline = Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let parts = std::fs::read_to_string(env.audit_log())
            .unwrap_or_default()
            .matches("\"phase\":\"part_outcome\"")
            .count();
        if parts >= 2 {
            break;
        }
        assert!(Instant::now() < deadline, "no part recorded");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // SAFETY: signalling our own child process by its id.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).expect("the report is whole");
    let left: usize = redis::cmd("HLEN")
        .arg("sessions:user:big")
        .query(&mut c)
        .expect("hlen");
    let gone = BIG - left;
    assert!(gone > 0 && left > 0, "stopped mid-way: {gone} ended");
    // What the report says ended did; what it says is unknown (a reply in flight at Ctrl-C,
    // not waited for long) may have; what it says was not sent was not.
    let num = |v: &serde_json::Value| usize::try_from(v.as_u64().expect("count")).expect("usize");
    let (ended, unknown, not_sent) = (num(&j["ended"]), num(&j["unknown"]), num(&j["not_sent"]));
    assert_eq!(ended + unknown + not_sent, BIG, "{}", j["nodes"]);
    assert!(
        ended <= gone && gone <= ended + unknown,
        "{gone} gone: {}",
        j["nodes"]
    );
    // The audit: every part with an outcome; the results add up to what happened.
    let audit = env.audit_lines();
    let results: String = audit
        .iter()
        .filter(|l| l["phase"] == "part_outcome")
        .map(|l| l["results"].as_str().expect("results").to_owned())
        .collect();
    assert_eq!(results.matches('1').count(), ended);
    assert_eq!(results.matches('?').count(), unknown);
    let outcome = &audit.last().expect("outcome")["outcome"];
    assert!(
        matches!(
            outcome["status"].as_str(),
            Some("interrupted" | "partly unknown")
        ),
        "{outcome}"
    );
    assert_eq!(outcome["ended"], ended);
    // Restore puts back exactly the sessions known to have ended (not the unknown ones).
    let id = audit[0]["id"].as_str().expect("id");
    let restore = env.run(&["-u", &url, "audit", "restore", id, "--yes", "-o", "json"]);
    restore.expect_code(0);
    assert_eq!(
        restore.json()["restored"].as_array().map(Vec::len),
        Some(ended)
    );
    let hlen: usize = redis::cmd("HLEN")
        .arg("sessions:user:big")
        .query(&mut c)
        .expect("hlen");
    assert_eq!(hlen, left + ended);
}
