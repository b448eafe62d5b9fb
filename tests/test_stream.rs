//! `stream groups / pending / reclaim / ack` against real servers (standalone and cluster), with
//! queues used the way the platform uses them: producers `XADD` (`payload`, `dispatched_at`),
//! live workers (threads with their own connections) `XREADGROUP` and `XACK`, and crashing
//! workers (`redis-cli` processes) `XREADGROUP` and exit without acknowledging.

use crate::support::{Env, Topology, topology_test};
use redis::{ConnectionLike, Value};
use serde_json::Value as Json;
use std::collections::BTreeSet;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

fn q(c: &mut dyn ConnectionLike, args: &[&str]) -> Value {
    let mut cmd = redis::cmd(args[0]);
    for a in &args[1..] {
        cmd.arg(*a);
    }
    cmd.query(c).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn int(c: &mut dyn ConnectionLike, args: &[&str]) -> i64 {
    match q(c, args) {
        Value::Int(i) => i,
        other => panic!("{args:?}: not an integer: {other:?}"),
    }
}

fn s(v: &Value) -> String {
    match v {
        Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
        Value::SimpleString(s) => s.clone(),
        Value::Int(i) => i.to_string(),
        other => panic!("not a string: {other:?}"),
    }
}

fn items(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a.clone(),
        Value::Nil => Vec::new(),
        other => panic!("not an array: {other:?}"),
    }
}

/// Producer: `XADD stream * payload <json> dispatched_at <ts>`, n entries in one pipeline.
fn produce(r: &Topology, stream: &str, n: usize) -> Vec<String> {
    let c = &mut r.node_conn(stream);
    let mut pipe = redis::pipe();
    for i in 0..n {
        pipe.cmd("XADD")
            .arg(stream)
            .arg("*")
            .arg("payload")
            .arg(format!(
                r#"{{"tx_id":"tx-{i}","amount":"{i}.00","type":"withdrawal"}}"#
            ))
            .arg("dispatched_at")
            .arg(1_700_000_000 + i);
    }
    let ids: Vec<String> = pipe.query(c).expect("XADD pipeline");
    ids
}

fn create_group(c: &mut dyn ConnectionLike, stream: &str, group: &str) {
    q(c, &["XGROUP", "CREATE", stream, group, "0"]);
}

/// A worker process that reads up to `count` new entries and exits without acknowledging
/// them (it crashed mid-processing).
fn crashing_worker(r: &Topology, stream: &str, group: &str, name: &str, count: usize) {
    let out = Command::new("redis-cli")
        .args(["-p", &r.port_for(stream).to_string()])
        .args([
            "XREADGROUP",
            "GROUP",
            group,
            name,
            "COUNT",
            &count.to_string(),
        ])
        .args(["STREAMS", stream, ">"])
        .output()
        .expect("redis-cli");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The ids of an XREADGROUP reply.
fn read_ids(reply: &Value) -> Vec<String> {
    let mut ids = Vec::new();
    for st in items(reply) {
        let st = items(&st);
        for e in items(&st[1]) {
            ids.push(s(&items(&e)[0]));
        }
    }
    ids
}

/// A live worker thread: processes its own pending entries (XREADGROUP ... 0, as workers do
/// at start and after a claim) and new ones (>), acknowledging each.
struct Worker {
    stop: Arc<AtomicBool>,
    acked: Arc<Mutex<Vec<String>>>,
    handle: Option<JoinHandle<()>>,
}

impl Worker {
    fn start(r: &Topology, stream: &str, group: &str, name: &str) -> Worker {
        let mut c = r.conn();
        let stop = Arc::new(AtomicBool::new(false));
        let acked = Arc::new(Mutex::new(Vec::new()));
        let (st, ac) = (Arc::clone(&stop), Arc::clone(&acked));
        let (stream, group, name) = (stream.to_owned(), group.to_owned(), name.to_owned());
        let handle = std::thread::spawn(move || {
            while !st.load(Ordering::Relaxed) {
                for start in ["0", ">"] {
                    let mut cmd = redis::cmd("XREADGROUP");
                    cmd.arg("GROUP")
                        .arg(&group)
                        .arg(&name)
                        .arg("COUNT")
                        .arg(100);
                    if start == ">" {
                        cmd.arg("BLOCK").arg(50);
                    }
                    cmd.arg("STREAMS").arg(&stream).arg(start);
                    let reply: Value = cmd.query(&mut *c).expect("XREADGROUP");
                    for id in read_ids(&reply) {
                        let n: i64 = redis::cmd("XACK")
                            .arg(&stream)
                            .arg(&group)
                            .arg(&id)
                            .query(&mut *c)
                            .expect("XACK");
                        if n == 1 {
                            ac.lock().expect("lock").push(id);
                        }
                    }
                }
            }
        });
        Worker {
            stop,
            acked,
            handle: Some(handle),
        }
    }

    fn acked(&self) -> Vec<String> {
        self.acked.lock().expect("lock").clone()
    }

    fn wait_for(&self, ids: &[String]) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let acked: BTreeSet<String> = self.acked().into_iter().collect();
            if ids.iter().all(|i| acked.contains(i)) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "worker did not ack {ids:?}; acked {acked:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn pending_ids(
    c: &mut dyn ConnectionLike,
    stream: &str,
    group: &str,
) -> Vec<(String, String, i64)> {
    items(&q(c, &["XPENDING", stream, group, "-", "+", "1000000"]))
        .iter()
        .map(|e| {
            let e = items(e);
            let n = match e[3] {
                Value::Int(i) => i,
                _ => panic!("deliveries"),
            };
            (s(&e[0]), s(&e[1]), n)
        })
        .collect()
}

fn strs(j: &Json) -> Vec<String> {
    j.as_array()
        .expect("array")
        .iter()
        .map(|x| x.as_str().expect("string").to_owned())
        .collect()
}

// ---------------------------------------------------------------------------------------------

fn groups_flag_a_dead_consumer(r: &Topology) {
    let env = Env::new();
    let mut c = r.conn();
    let stream = "queue:withdrawals";
    produce(r, stream, 5);
    create_group(&mut *c, stream, "workers");
    crashing_worker(r, stream, "workers", "worker-crashed", 3);
    let live = Worker::start(r, stream, "workers", "worker-live");
    let more = produce(r, stream, 4);
    live.wait_for(&more[2..]);
    // A stream without groups is left out of the listing of every stream.
    produce(r, "queue:nogroups", 1);
    std::thread::sleep(Duration::from_millis(400));

    let one = r.run(
        &env,
        &[
            "stream",
            "groups",
            stream,
            "--dead-after",
            "300ms",
            "-o",
            "json",
        ],
    );
    one.expect_code(0);
    assert_eq!(
        one.round_trips(),
        2,
        "groups then all their consumers, batched"
    );
    let j = one.json();
    let g = &j[0];
    assert_eq!(g["stream"], stream);
    assert_eq!(g["group"], "workers");
    assert_eq!(g["pending"], 3);
    assert_eq!(g["consumer_count"], 2);
    assert_eq!(g["dead_consumers"], 1);
    // XINFO GROUPS reports lag from Redis 7.0 on (and on every Valkey); before, it is unknown
    // and the table says why.
    let build = crate::support::server_build();
    if build.redis7() {
        assert_eq!(g["lag"], 0, "{g}");
    } else {
        assert_eq!(g["lag"], serde_json::Value::Null, "{g}");
    }
    let cs = g["consumers"].as_array().expect("consumers");
    let crashed = cs
        .iter()
        .find(|x| x["name"] == "worker-crashed")
        .expect("crashed");
    assert_eq!(crashed["pending"], 3);
    assert_eq!(crashed["dead"], true);
    assert!(crashed["idle_ms"].as_u64().expect("idle") >= 300);
    let alive = cs
        .iter()
        .find(|x| x["name"] == "worker-live")
        .expect("live");
    assert_eq!(
        alive["dead"], false,
        "a live worker is busy reading: {alive}"
    );

    let table = r.run(&env, &["stream", "groups", stream, "--dead-after", "300ms"]);
    table.expect_code(0);
    assert!(table.stdout.contains("DEAD"), "{}", table.stdout);
    assert_eq!(
        table.stderr.contains("needs Redis 7.0 or later"),
        !build.redis7(),
        "{}",
        table.stderr
    );
    assert!(table.stdout.contains("worker-crashed"), "{}", table.stdout);
    let check = r.run(
        &env,
        &[
            "stream",
            "groups",
            stream,
            "--dead-after",
            "300ms",
            "--fail-if-dead",
        ],
    );
    check.expect_code(1);
    assert!(check.stderr.contains("1 dead consumer"), "{}", check.stderr);
    r.run(
        &env,
        &[
            "stream",
            "groups",
            stream,
            "--dead-after",
            "1h",
            "--fail-if-dead",
        ],
    )
    .expect_code(0);

    let all = r.run(
        &env,
        &["stream", "groups", "--dead-after", "300ms", "-o", "json"],
    );
    all.expect_code(0);
    let streams: Vec<String> = all
        .json()
        .as_array()
        .expect("array")
        .iter()
        .map(|g| g["stream"].as_str().expect("stream").to_owned())
        .collect();
    assert_eq!(streams, [stream], "streams without groups are omitted");

    // Read-only: a missing stream is exit 4 and is not created.
    let missing = r.run(&env, &["stream", "groups", "queue:nope"]);
    missing.expect_code(4);
    assert_eq!(int(&mut *c, &["EXISTS", "queue:nope"]), 0);
}

topology_test!(groups_flag_a_dead_consumer: groups_flag_a_dead_consumer_standalone, groups_flag_a_dead_consumer_cluster);

fn pending_summary_detail_and_filters(r: &Topology) {
    let env = Env::new();
    let mut c = r.conn();
    let stream = "queue:deposits";
    let ids = produce(r, stream, 10);
    create_group(&mut *c, stream, "workers");
    crashing_worker(r, stream, "workers", "w-a", 6);
    crashing_worker(r, stream, "workers", "w-b", 4);
    // ids[0] was delivered a second time (to w-b), ids[1] was deleted while pending.
    q(&mut *c, &["XCLAIM", stream, "workers", "w-b", "0", &ids[0]]);
    q(&mut *c, &["XDEL", stream, &ids[1]]);

    let sum = r.run(
        &env,
        &[
            "stream", "pending", stream, "--group", "workers", "-o", "json",
        ],
    );
    sum.expect_code(0);
    assert_eq!(sum.round_trips(), 1);
    let j = sum.json();
    assert_eq!(j["count"], 10);
    assert_eq!(j["min_id"], ids[0].as_str());
    assert_eq!(j["max_id"], ids[9].as_str());
    assert!(
        j.get("entries").is_none(),
        "the summary alone without --detail"
    );
    let mut cs: Vec<(String, u64)> = j["consumers"]
        .as_array()
        .expect("consumers")
        .iter()
        .map(|x| {
            (
                x["name"].as_str().expect("n").into(),
                x["pending"].as_u64().expect("p"),
            )
        })
        .collect();
    cs.sort();
    assert_eq!(cs, [("w-a".into(), 5), ("w-b".into(), 5)]);

    let detail = r.run(
        &env,
        &[
            "stream",
            "pending",
            stream,
            "-g",
            "workers",
            "--payload",
            "-o",
            "json",
        ],
    );
    detail.expect_code(0);
    assert_eq!(
        detail.round_trips(),
        3,
        "summary, one XPENDING page, one XRANGE pipeline"
    );
    let e = detail.json()["entries"].clone();
    let got: Vec<&str> = e
        .as_array()
        .expect("entries")
        .iter()
        .map(|x| x["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        got,
        ids.iter().map(String::as_str).collect::<Vec<_>>(),
        "oldest first"
    );
    assert_eq!(e[0]["deliveries"], 2);
    assert_eq!(e[0]["consumer"], "w-b");
    assert_eq!(
        e[1]["deleted"], true,
        "deleted entries are shown, not hidden"
    );
    assert!(e[1]["fields"].is_null());
    assert_eq!(e[2]["deleted"], false);
    assert_eq!(e[2]["fields"][0]["field"], "payload");
    assert!(
        e[2]["fields"][0]["value"]
            .as_str()
            .expect("payload")
            .contains("tx-2")
    );
    assert_eq!(e[2]["fields"][1]["field"], "dispatched_at");
    assert!(
        detail.stderr.contains("deleted from the stream"),
        "{}",
        detail.stderr
    );

    let by = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["stream", "pending", stream, "-g", "workers", "-o", "json"];
        all.extend_from_slice(args);
        let run = r.run(&env, &all);
        run.expect_code(0);
        run.json()["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .map(|x| x["id"].as_str().expect("id").to_owned())
            .collect()
    };
    assert_eq!(by(&["--consumer", "w-a"]), ids[1..6].to_vec());
    assert_eq!(by(&["--min-deliveries", "2"]), vec![ids[0].clone()]);
    assert_eq!(by(&["--count", "3"]), ids[..3].to_vec());
    assert_eq!(
        by(&["--consumer", "w-b", "--count", "2"]),
        vec![ids[0].clone(), ids[6].clone()]
    );
    assert_eq!(by(&["--min-idle", "1h"]), Vec::<String>::new());
    // Small pages still give every entry once, in order.
    assert_eq!(by(&["--detail", "--page-size", "3"]), ids.clone());

    let table = r.run(
        &env,
        &["stream", "pending", stream, "-g", "workers", "--payload"],
    );
    table.expect_code(0);
    assert!(
        table.stdout.contains("deleted from the stream"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("w-a"), "{}", table.stdout);

    // Missing group / stream: exit 4, and nothing is created.
    let before = q(&mut *c, &["XINFO", "GROUPS", stream]);
    let ng = r.run(
        &env,
        &["stream", "pending", stream, "-g", "nope", "--detail"],
    );
    ng.expect_code(4);
    assert!(
        ng.stderr.contains("no consumer group nope"),
        "{}",
        ng.stderr
    );
    assert!(
        ng.stderr.contains("workers"),
        "names the groups it has: {}",
        ng.stderr
    );
    assert_eq!(
        q(&mut *c, &["XINFO", "GROUPS", stream]),
        before,
        "no group created"
    );
    let ns = r.run(
        &env,
        &["stream", "pending", "queue:missing", "-g", "workers"],
    );
    ns.expect_code(4);
    assert!(
        ns.stderr.contains("queue:missing does not exist"),
        "{}",
        ns.stderr
    );
    assert_eq!(
        int(&mut *c, &["EXISTS", "queue:missing"]),
        0,
        "no stream created"
    );
    for cmd in ["reclaim", "ack"] {
        let mut args = vec!["stream", cmd, "queue:missing", "-g", "workers", "-y"];
        if cmd == "reclaim" {
            args.extend(["--to", "w", "--min-idle", "0s"]);
        } else {
            args.extend(["--consumer", "w"]);
        }
        r.run(&env, &args).expect_code(4);
        assert_eq!(
            int(&mut *c, &["EXISTS", "queue:missing"]),
            0,
            "{cmd} created nothing"
        );
    }
    let _: () = redis::cmd("SET")
        .arg("queue:str")
        .arg("x")
        .query(&mut *c)
        .expect("set");
    r.run(&env, &["stream", "pending", "queue:str", "-g", "workers"])
        .expect_code(6);
}

topology_test!(pending_summary_detail_and_filters: pending_summary_detail_and_filters_standalone, pending_summary_detail_and_filters_cluster);

fn reclaim_to_a_live_worker(r: &Topology) {
    let env = Env::new();
    let mut c = r.conn();
    let stream = "queue:payouts";
    let ids = produce(r, stream, 8);
    create_group(&mut *c, stream, "workers");
    crashing_worker(r, stream, "workers", "crashed", 5);
    crashing_worker(r, stream, "workers", "slow", 3);
    let live = Worker::start(r, stream, "workers", "live");
    std::thread::sleep(Duration::from_millis(300));
    let before = pending_ids(&mut *c, stream, "workers");
    assert_eq!(before.len(), 8);

    // Not confirmed: exit 5, nothing changes.
    let args = [
        "stream",
        "reclaim",
        stream,
        "-g",
        "workers",
        "--to",
        "live",
        "--from",
        "crashed",
        "--min-idle",
        "200ms",
    ];
    let refused = r.run(&env, &args);
    refused.expect_code(5);
    assert_eq!(pending_ids(&mut *c, stream, "workers").len(), 8);
    assert!(env.audit_lines().is_empty());

    // Dry run: shows exactly the entries, changes nothing.
    let mut dry_args = args.to_vec();
    dry_args.extend(["--dry-run", "-o", "json"]);
    let dry = r.run(&env, &dry_args);
    dry.expect_code(0);
    let dj = dry.json();
    assert_eq!(dj["dry_run"], true);
    let would: Vec<&str> = dj["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        would,
        ids[..5].iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert!(
        dj["entries"]
            .as_array()
            .expect("e")
            .iter()
            .all(|e| e["action"] == "claim")
    );
    let after_dry = pending_ids(&mut *c, stream, "workers");
    assert_eq!(
        after_dry
            .iter()
            .map(|(i, c, d)| (i, c, d))
            .collect::<Vec<_>>(),
        before.iter().map(|(i, c, d)| (i, c, d)).collect::<Vec<_>>(),
        "dry run changed nothing"
    );
    assert!(env.audit_lines().is_empty());

    // Confirmed, capped at 3: the three oldest of the crashed worker go to the live one.
    let mut go = args.to_vec();
    go.extend(["--count", "3", "--yes", "-o", "json"]);
    let run = r.run(&env, &go);
    run.expect_code(0);
    let j = run.json();
    assert_eq!(strs(&j["claimed"]), ids[..3].to_vec());
    assert_eq!(j["skipped"], serde_json::json!([]));
    assert_eq!(
        run.round_trips(),
        4,
        "check, XPENDING page, XRANGE pipeline, one script"
    );
    live.wait_for(&ids[..3]);
    let left: Vec<String> = pending_ids(&mut *c, stream, "workers")
        .into_iter()
        .map(|p| p.0)
        .collect();
    assert_eq!(
        left,
        ids[3..].to_vec(),
        "the live worker acknowledged what it was given"
    );

    // The audit line keeps every entry's fields.
    let lines = env.audit_lines();
    assert_eq!(lines[0]["phase"], "intent");
    assert_eq!(lines[0]["command"], "stream reclaim");
    let prior = lines[0]["prior"].as_array().expect("prior");
    assert_eq!(prior.len(), 3);
    assert_eq!(prior[0]["kind"], "stream_entry");
    assert_eq!(prior[0]["id"], ids[0].as_str());
    assert_eq!(prior[0]["consumer"], "crashed");
    assert_eq!(prior[0]["fields"][0]["field"], "payload");
    assert!(
        prior[0]["fields"][0]["value"]
            .as_str()
            .expect("v")
            .contains("tx-0")
    );
    assert_eq!(lines[1]["phase"], "outcome");

    // --id: exactly the ids chosen; one not idle enough is left alone and reported.
    let run = r.run(
        &env,
        &[
            "stream",
            "reclaim",
            stream,
            "-g",
            "workers",
            "--to",
            "live",
            "--min-idle",
            "200ms",
            "--id",
            &ids[6],
            "--id",
            &ids[0],
            "-y",
            "-o",
            "json",
        ],
    );
    run.expect_code(0);
    let j = run.json();
    assert_eq!(strs(&j["claimed"]), vec![ids[6].clone()]);
    assert_eq!(
        j["skipped"][0]["id"],
        ids[0].as_str(),
        "already acknowledged: {j}"
    );
    live.wait_for(&[ids[6].clone()]);

    // Bad id: exit 2 naming it, nothing read or changed.
    let bad = r.run(
        &env,
        &[
            "stream",
            "reclaim",
            stream,
            "-g",
            "workers",
            "--to",
            "live",
            "--min-idle",
            "0s",
            "--id",
            "12-x",
            "-y",
        ],
    );
    bad.expect_code(2);
    assert!(bad.stderr.contains("'12-x'"), "{}", bad.stderr);
}

topology_test!(reclaim_to_a_live_worker: reclaim_to_a_live_worker_standalone, reclaim_to_a_live_worker_cluster);

fn dead_letter_after_n_deliveries(r: &Topology, stream: &str, dl: &str) {
    let env = Env::new();
    let mut c = r.conn();
    let ids = produce(r, stream, 4);
    create_group(&mut *c, stream, "workers");
    crashing_worker(r, stream, "workers", "crashed", 4);
    // ids[0] is a poison entry: two more workers took it and crashed too (3 deliveries).
    q(
        &mut *c,
        &["XCLAIM", stream, "workers", "crashed-2", "0", &ids[0]],
    );
    q(
        &mut *c,
        &["XCLAIM", stream, "workers", "crashed", "0", &ids[0]],
    );
    // ids[3] was trimmed away while pending.
    q(&mut *c, &["XDEL", stream, &ids[3]]);
    std::thread::sleep(Duration::from_millis(250));

    let args = [
        "stream",
        "reclaim",
        stream,
        "-g",
        "workers",
        "--to",
        "retry",
        "--min-idle",
        "200ms",
        "--dead-letter",
        dl,
        "--max-deliveries",
        "3",
        "-y",
        "-o",
        "json",
    ];
    let run = r.run(&env, &args);
    run.expect_code(0);
    assert!(
        run.stderr.contains("no consumer named retry"),
        "a --to consumer that does not exist yet is pointed out: {}",
        run.stderr
    );
    let j = run.json();
    assert_eq!(j["dead_lettered"][0]["id"], ids[0].as_str(), "{j}");
    assert_eq!(j["dead_lettered"].as_array().map(Vec::len), Some(1));
    assert_eq!(strs(&j["claimed"]), ids[1..3].to_vec());
    assert_eq!(strs(&j["deleted"]), vec![ids[3].clone()]);

    // In the dead-letter stream exactly once, with its fields and origin; out of the PEL.
    let dead = items(&q(&mut *c, &["XRANGE", dl, "-", "+"]));
    assert_eq!(dead.len(), 1);
    let kv: Vec<String> = items(&items(&dead[0])[1]).iter().map(s).collect();
    let get = |k: &str| kv.iter().position(|x| x == k).map(|i| kv[i + 1].clone());
    assert!(get("payload").expect("payload").contains("tx-0"));
    assert_eq!(get("dispatched_at").as_deref(), Some("1700000000"));
    assert_eq!(get("original_id"), Some(ids[0].clone()));
    assert_eq!(get("original_group").as_deref(), Some("workers"));
    assert_eq!(get("original_consumer").as_deref(), Some("crashed"));
    assert_eq!(get("deliveries").as_deref(), Some("3"));
    let pend = pending_ids(&mut *c, stream, "workers");
    let pend_ids: Vec<&str> = pend.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(
        pend_ids,
        [ids[1].as_str(), ids[2].as_str()],
        "dead-lettered and deleted left the PEL"
    );
    assert!(pend.iter().all(|p| p.1 == "retry"));

    // Running it again changes nothing more: nothing is idle yet, nothing duplicated; a run
    // that did nothing is exit 4 (nothing matched), never 0.
    let again = r.run(&env, &args);
    again.expect_code(4);
    assert!(
        again.stderr.contains("nothing was reclaimed"),
        "{}",
        again.stderr
    );
    assert_eq!(items(&q(&mut *c, &["XRANGE", dl, "-", "+"])).len(), 1);

    // The live retry worker takes the claimed ones and acknowledges them.
    let live = Worker::start(r, stream, "workers", "retry");
    live.wait_for(&ids[1..3]);
    assert!(pending_ids(&mut *c, stream, "workers").is_empty());
    // The audit line has the deleted entry's id (fields null) and the poison entry's fields.
    let prior = env.audit_lines()[0]["prior"].clone();
    assert_eq!(prior[3]["id"], ids[3].as_str());
    assert!(prior[3]["fields"].is_null());
    assert!(
        prior[0]["fields"][0]["value"]
            .as_str()
            .expect("v")
            .contains("tx-0")
    );
}

#[test]
fn dead_letter_after_n_deliveries_standalone() {
    dead_letter_after_n_deliveries(&Topology::standalone(), "queue:tx", "queue:tx:dead");
}

#[test]
fn dead_letter_after_n_deliveries_cluster() {
    let r = Topology::cluster();
    // A dead-letter stream in another slot cannot be written in the same atomic script.
    let env = Env::new();
    let mut c = r.conn();
    produce(&r, "tx", 1);
    create_group(&mut *c, "tx", "workers");
    let other = r.run(
        &env,
        &[
            "stream",
            "reclaim",
            "tx",
            "-g",
            "workers",
            "--to",
            "w",
            "--min-idle",
            "0s",
            "--dead-letter",
            "tx:dead",
            "--max-deliveries",
            "3",
            "-y",
        ],
    );
    other.expect_code(2);
    assert!(
        other.stderr.contains("{tx}:dead"),
        "suggests a hash-tagged name: {}",
        other.stderr
    );
    assert_eq!(int(&mut *c, &["EXISTS", "tx:dead"]), 0);
    dead_letter_after_n_deliveries(&r, "{payments}:tx", "{payments}:tx:dead");
}

fn ack_reports_requested_and_acknowledged(r: &Topology) {
    let env = Env::new();
    let mut c = r.conn();
    let stream = "queue:kyc";
    let ids = produce(r, stream, 6);
    create_group(&mut *c, stream, "workers");
    crashing_worker(r, stream, "workers", "w1", 4);
    crashing_worker(r, stream, "workers", "w2", 2);
    q(&mut *c, &["XACK", stream, "workers", &ids[1]]);

    let bad = r.run(
        &env,
        &[
            "stream", "ack", stream, "-g", "workers", &ids[0], "17x", "-y",
        ],
    );
    bad.expect_code(2);
    assert!(bad.stderr.contains("'17x'"), "{}", bad.stderr);
    r.run(&env, &["stream", "ack", stream, "-g", "workers", "-y"])
        .expect_code(2);

    let dry = r.run(
        &env,
        &[
            "stream",
            "ack",
            stream,
            "-g",
            "workers",
            &ids[0],
            "--dry-run",
            "-o",
            "json",
        ],
    );
    dry.expect_code(0);
    assert_eq!(dry.json()["dry_run"], true);
    assert_eq!(pending_ids(&mut *c, stream, "workers").len(), 5);

    let run = r.run(
        &env,
        &[
            "stream", "ack", stream, "-g", "workers", &ids[0], &ids[1], &ids[2], "-y", "-o", "json",
        ],
    );
    run.expect_code(0);
    let j = run.json();
    assert_eq!(j["requested"], 3);
    assert_eq!(j["acknowledged"], 2);
    assert_eq!(strs(&j["not_pending"]), vec![ids[1].clone()]);
    assert_eq!(run.round_trips(), 3, "check, one read batch, one XACK");
    let lines = env.audit_lines();
    let prior = lines[0]["prior"].as_array().expect("prior");
    assert_eq!(prior.len(), 2);
    assert_eq!(prior[0]["fields"][0]["field"], "payload");
    assert!(
        prior[0]["fields"][0]["value"]
            .as_str()
            .expect("v")
            .contains("tx-0")
    );

    let by_consumer = r.run(
        &env,
        &[
            "stream",
            "ack",
            stream,
            "-g",
            "workers",
            "--consumer",
            "w2",
            "-y",
            "-o",
            "json",
        ],
    );
    by_consumer.expect_code(0);
    assert_eq!(by_consumer.json()["acknowledged"], 2);
    let left: Vec<String> = pending_ids(&mut *c, stream, "workers")
        .into_iter()
        .map(|p| p.0)
        .collect();
    assert_eq!(left, ids[3..4].to_vec());
}

topology_test!(ack_reports_requested_and_acknowledged: ack_reports_requested_and_acknowledged_standalone, ack_reports_requested_and_acknowledged_cluster);

#[test]
fn ack_leaves_pending_entries_that_changed_hands_at_the_prompt() {
    let r = Topology::standalone();
    let env = Env::new();
    let mut c = r.conn();
    let stream = "queue:payouts";
    let ids = produce(&r, stream, 4);
    create_group(&mut *c, stream, "workers");
    crashing_worker(&r, stream, "workers", "w1", 4);
    let url = r.url();
    let (code, text) = crate::test_session::run_confirmed_in_pty(
        &env,
        &[
            "-u",
            &url,
            "stream",
            "ack",
            stream,
            "-g",
            "workers",
            "--consumer",
            "w1",
            "-o",
            "json",
        ],
        || {
            // While the operator reads the list: another worker claims one entry, w1 is
            // handed another one again, and w1 finishes a third itself.
            q(&mut *c, &["XCLAIM", stream, "workers", "w2", "0", &ids[1]]);
            q(&mut *c, &["XCLAIM", stream, "workers", "w1", "0", &ids[2]]);
            q(&mut *c, &["XACK", stream, "workers", &ids[3]]);
        },
    );
    assert_eq!(code, 0, "{text}");
    let j = crate::test_session::json_after_prompt(&text);
    assert_eq!(j["requested"], 4, "{j}");
    assert_eq!(j["acknowledged"], 1, "{j}");
    let reasons: Vec<(String, String)> = j["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .map(|s| {
            (
                s["id"].as_str().expect("id").to_owned(),
                s["reason"].as_str().expect("reason").to_owned(),
            )
        })
        .collect();
    let reason = |id: &str| {
        reasons
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, why)| why.clone())
            .unwrap_or_else(|| panic!("{id} not skipped: {reasons:?}"))
    };
    assert!(
        reason(&ids[1]).contains("now pending on consumer w2"),
        "{reasons:?}"
    );
    assert!(reason(&ids[2]).contains("delivered again"), "{reasons:?}");
    assert!(reason(&ids[3]).contains("no longer pending"), "{reasons:?}");
    let left: Vec<(String, String)> = pending_ids(&mut *c, stream, "workers")
        .into_iter()
        .map(|p| (p.0, p.1))
        .collect();
    assert_eq!(
        left,
        vec![
            (ids[1].clone(), "w2".to_owned()),
            (ids[2].clone(), "w1".to_owned())
        ],
        "only the entry that was shown unchanged is acknowledged"
    );
    let audit = env.audit_lines();
    assert_eq!(
        audit[1]["outcome"]["acknowledged"],
        serde_json::json!([ids[0]])
    );
    assert_eq!(
        audit[1]["outcome"]["skipped"].as_array().map(Vec::len),
        Some(3)
    );

    // Restore re-adds only the acknowledged entry: the skipped ones are still pending, and
    // copies of them would be processed twice.
    let action = audit[0]["id"].as_str().expect("id");
    let restore = r.run(
        &env,
        &[
            "audit",
            "restore",
            action,
            "--to-stream",
            "queue:payouts:retry",
            "--yes",
            "-o",
            "json",
        ],
    );
    restore.expect_code(0);
    let j = restore.json();
    assert_eq!(j["restored"].as_array().map(Vec::len), Some(1), "{j}");
    assert_eq!(j["restored"][0]["id"], ids[0].as_str(), "{j}");
    assert_eq!(j["skipped"].as_array().map(Vec::len), Some(3), "{j}");
    assert_eq!(int(&mut *c, &["XLEN", "queue:payouts:retry"]), 1);

    // A second restore of the same action does not add the entry again.
    let again = r.run(
        &env,
        &[
            "audit",
            "restore",
            action,
            "--to-stream",
            "queue:payouts:retry",
            "--yes",
        ],
    );
    again.expect_code(4);
    assert!(
        again.stderr.contains("already re-added by audit restore"),
        "{}",
        again.stderr
    );
    assert_eq!(int(&mut *c, &["XLEN", "queue:payouts:retry"]), 1);
}

fn hundred_thousand_pending_are_paged(r: &Topology) {
    let env = Env::new();
    let mut c = r.conn();
    let stream = "queue:big";
    for _ in 0..10 {
        produce(r, stream, 10_000);
    }
    create_group(&mut *c, stream, "workers");
    let _: Value = redis::cmd("XREADGROUP")
        .arg("GROUP")
        .arg("workers")
        .arg("crashed")
        .arg("COUNT")
        .arg(100_000)
        .arg("STREAMS")
        .arg(stream)
        .arg(">")
        .query(&mut *c)
        .expect("XREADGROUP");
    assert_eq!(int(&mut *c, &["XLEN", stream]), 100_000);

    let ten = r.run(
        &env,
        &[
            "stream",
            "pending",
            stream,
            "-g",
            "workers",
            "--count",
            "10",
            "--payload",
            "-o",
            "json",
        ],
    );
    ten.expect_code(0);
    let j = ten.json();
    assert_eq!(j["count"], 100_000);
    assert_eq!(j["entries"].as_array().map(Vec::len), Some(10));
    assert_eq!(
        ten.round_trips(),
        3,
        "summary, one page of 10, one XRANGE pipeline"
    );

    let filtered = r.run(
        &env,
        &[
            "stream",
            "pending",
            stream,
            "-g",
            "workers",
            "--count",
            "10",
            "--min-deliveries",
            "1",
            "-o",
            "json",
        ],
    );
    filtered.expect_code(0);
    assert_eq!(
        filtered.json()["entries"].as_array().map(Vec::len),
        Some(10)
    );
    assert_eq!(filtered.round_trips(), 2);

    // All of them, page by page: 10 pages of 10,000 and one that finds the end.
    let all = r.run(
        &env,
        &[
            "stream",
            "pending",
            stream,
            "-g",
            "workers",
            "--detail",
            "--page-size",
            "10000",
            "-o",
            "ndjson",
        ],
    );
    all.expect_code(0);
    assert_eq!(all.round_trips(), 12);
    let doc: Json = serde_json::from_str(all.stdout.trim()).expect("one ndjson line");
    let e = doc["entries"].as_array().expect("entries");
    assert_eq!(e.len(), 100_000);
    let unique: BTreeSet<&str> = e.iter().map(|x| x["id"].as_str().expect("id")).collect();
    assert_eq!(
        unique.len(),
        100_000,
        "every entry exactly once across pages"
    );
}

#[test]
fn hundred_thousand_pending_are_paged_standalone() {
    let r = Topology::standalone();
    hundred_thousand_pending_are_paged(&r);

    // Without --count, a reclaim or an ack handles the oldest 10,000 and says more match: its
    // memory, its prompt and its audit line stay bounded.
    let env = Env::new();
    let stream = "queue:big";
    let dry = r.run(
        &env,
        &[
            "stream",
            "reclaim",
            stream,
            "-g",
            "workers",
            "--to",
            "w2",
            "--min-idle",
            "0s",
            "--dry-run",
            "-o",
            "json",
        ],
    );
    dry.expect_code(0);
    let j = dry.json();
    assert_eq!(j["entries"].as_array().map(Vec::len), Some(10_000));
    assert_eq!(j["more"], true);
    let ack = r.run(
        &env,
        &[
            "stream",
            "ack",
            stream,
            "-g",
            "workers",
            "--min-idle",
            "0s",
            "--yes",
            "-o",
            "json",
        ],
    );
    ack.expect_code(0);
    let j = ack.json();
    assert_eq!(j["acknowledged"], 10_000, "{}", ack.stderr);
    assert_eq!(j["more"], true);
    let mut c = r.conn();
    let summary = items(&q(&mut *c, &["XPENDING", stream, "workers"]));
    assert_eq!(summary[0], Value::Int(90_000));
    let first_10001 = items(&q(&mut *c, &["XRANGE", stream, "-", "+", "COUNT", "10001"]));
    let id_10001 = s(&items(first_10001.last().expect("entry"))[0]);
    assert_eq!(
        s(&summary[1]),
        id_10001,
        "the oldest 10,000 were acknowledged"
    );
    let audit = env.audit_lines();
    assert_eq!(audit[0]["prior"].as_array().map(Vec::len), Some(10_000));
}

#[test]
fn hundred_thousand_pending_are_paged_cluster() {
    hundred_thousand_pending_are_paged(&Topology::cluster());
}

/// The reclaim script itself, as redops sends it: it claims or dead-letters an entry only while
/// it is still pending on the consumer the operator saw and still idle enough, so a worker that
/// took the entry between the read and the script keeps it.
#[test]
fn reclaim_script_never_steals_an_entry_taken_in_between() {
    let r = Topology::standalone();
    let mut c = r.conn();
    let stream = "queue:race";
    let ids = produce(&r, stream, 3);
    create_group(&mut *c, stream, "workers");
    crashing_worker(&r, stream, "workers", "crashed", 3);
    std::thread::sleep(Duration::from_millis(150));
    // Since the operator looked: another worker claimed ids[0]; ids[1] was delivered again
    // (idle reset) to the same consumer.
    q(
        &mut *c,
        &["XCLAIM", stream, "workers", "other", "0", &ids[0]],
    );
    q(
        &mut *c,
        &["XCLAIM", stream, "workers", "crashed", "0", &ids[1]],
    );
    let reply: Vec<String> = redis::cmd("EVAL")
        .arg(redops::cmd::stream::RECLAIM)
        .arg(2)
        .arg(stream)
        .arg("queue:race:dead")
        .arg("workers")
        .arg("live")
        .arg(100)
        .arg(2)
        .arg(&ids[0])
        .arg("crashed")
        .arg(&ids[1])
        .arg("crashed")
        .arg(&ids[2])
        .arg("crashed")
        .query(&mut *c)
        .expect("EVAL");
    assert_eq!(reply[0..2], [ids[0].clone(), "skipped".into()], "{reply:?}");
    assert_eq!(reply[3..5], [ids[1].clone(), "skipped".into()], "{reply:?}");
    assert_eq!(reply[6..8], [ids[2].clone(), "claimed".into()], "{reply:?}");
    // Even with no idle condition, an entry now on another consumer is not taken (nor
    // dead-lettered).
    let reply: Vec<String> = redis::cmd("EVAL")
        .arg(redops::cmd::stream::RECLAIM)
        .arg(2)
        .arg(stream)
        .arg("queue:race:dead")
        .arg("workers")
        .arg("live")
        .arg(0)
        .arg(1)
        .arg(&ids[0])
        .arg("crashed")
        .query(&mut *c)
        .expect("EVAL");
    assert_eq!(reply[1], "skipped", "{reply:?}");
    assert!(reply[2].contains("other"), "{reply:?}");
    let owners: Vec<(String, String)> = pending_ids(&mut *c, stream, "workers")
        .into_iter()
        .map(|(i, o, _)| (i, o))
        .collect();
    assert_eq!(
        owners,
        [
            (ids[0].clone(), "other".into()),
            (ids[1].clone(), "crashed".into()),
            (ids[2].clone(), "live".into())
        ]
    );
    assert_eq!(int(&mut *c, &["EXISTS", "queue:race:dead"]), 0);
}
