//! `--latency-budget`: the SCAN COUNTs a budgeted scan sends follow the sizing rules (read
//! back from SLOWLOG at threshold 0), `--scan-count` is their ceiling, `off` sends the fixed
//! COUNT of before, and every scanning command reports the same with a budget as without one,
//! standalone and on a cluster. No timing is asserted: the sizes depend on the machine.

use crate::support::{Env, RedisServer, load_demo_data, topology_test};
use redops::datagen::Spec;
use serde_json::Value;

fn load(url: &str, users: u64) -> u64 {
    load_demo_data(
        url,
        &Spec {
            users,
            batch_size: 700,
            ..Spec::default()
        },
    )
    .unwrap_or_else(|e| panic!("loading the keyspace: {}", e.message))
    .total_keys
}

/// The SCAN calls redops sent, in order, as (client address, COUNT), from SLOWLOG.
fn scans_sent(r: &RedisServer) -> Vec<(String, u32)> {
    let mut c = r.conn();
    let entries: Vec<Value> = {
        let v: redis::Value = redis::cmd("SLOWLOG")
            .arg("GET")
            .arg(-1)
            .query(&mut c)
            .expect("SLOWLOG GET");
        let redis::Value::Array(items) = v else {
            panic!("SLOWLOG GET: {v:?}")
        };
        items.iter().map(to_json).collect()
    };
    let mut scans: Vec<(u64, String, u32)> = entries
        .iter()
        .filter(|e| {
            e[5] == "redops"
                && e[3][0]
                    .as_str()
                    .is_some_and(|c| c.eq_ignore_ascii_case("scan"))
        })
        .map(|e| {
            let args: Vec<&str> = e[3]
                .as_array()
                .expect("args")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let i = args
                .iter()
                .position(|a| a.eq_ignore_ascii_case("count"))
                .unwrap_or_else(|| panic!("SCAN without COUNT: {args:?}"));
            (
                e[0].as_u64().expect("id"),
                e[4].as_str().expect("addr").to_owned(),
                args[i + 1].parse().expect("COUNT"),
            )
        })
        .collect();
    scans.sort();
    scans.into_iter().map(|(_, a, n)| (a, n)).collect()
}

fn to_json(v: &redis::Value) -> Value {
    match v {
        redis::Value::Int(i) => Value::from(*i),
        redis::Value::BulkString(b) => Value::from(String::from_utf8_lossy(b).into_owned()),
        redis::Value::SimpleString(s) => Value::from(s.clone()),
        redis::Value::Array(a) => Value::Array(a.iter().map(to_json).collect()),
        _ => Value::Null,
    }
}

fn slowlog_everything(r: &RedisServer) {
    r.cli(&["CONFIG", "SET", "slowlog-log-slower-than", "0"]);
    r.cli(&["CONFIG", "SET", "slowlog-max-len", "1000000"]);
}

fn bigkeys_scans(env: &Env, r: &RedisServer, extra: &[&str]) -> Vec<(String, u32)> {
    r.cli(&["SLOWLOG", "RESET"]);
    let url = r.url();
    let mut args = vec!["-u", &url, "memory", "bigkeys", "-o", "json"];
    args.extend(extra);
    env.run(&args).expect_code(0);
    scans_sent(r)
}

#[test]
fn budgeted_scan_counts_start_small_grow_by_half_at_most_and_keep_under_the_ceiling() {
    let r = RedisServer::start();
    let env = Env::new();
    let keys = load(&r.url(), 400);
    slowlog_everything(&r);

    // The default budget: COUNT starts at 50, never grows by more than half a call, stays
    // within 10..=5000, and is sent on one connection of its own (named redops).
    let scans = bigkeys_scans(&env, &r, &[]);
    assert!(scans.len() >= 2, "{keys} keys in one SCAN call: {scans:?}");
    // 50, or less when the PING probe before it already found the server slow (a loaded test
    // machine): the pacing halves sizes then, never grows them.
    assert!(
        (10..=50).contains(&scans[0].1),
        "the first COUNT: {scans:?}"
    );
    for w in scans.windows(2) {
        assert!(
            w[1].1 <= w[0].1 + w[0].1 / 2 + 1,
            "grew by more than half: {scans:?}"
        );
    }
    assert!(
        scans.iter().all(|(_, n)| (10..=5000).contains(n)),
        "{scans:?}"
    );
    assert!(
        scans.iter().all(|(a, _)| *a == scans[0].0),
        "one scan connection: {scans:?}"
    );

    // --scan-count is the ceiling under a budget.
    let capped = bigkeys_scans(&env, &r, &["--scan-count", "60"]);
    assert!((10..=50).contains(&capped[0].1), "{capped:?}");
    assert!(capped.iter().all(|(_, n)| *n <= 60), "{capped:?}");

    // With the budget off: the fixed COUNT of before, 1000 (or --scan-count).
    let off = bigkeys_scans(&env, &r, &["--latency-budget", "off"]);
    assert!(off.iter().all(|(_, n)| *n == 1000), "{off:?}");
    let off = bigkeys_scans(
        &env,
        &r,
        &["--latency-budget", "off", "--scan-count", "300"],
    );
    assert!(off.iter().all(|(_, n)| *n == 300), "{off:?}");
}

/// A command's JSON without what changes from one run to the next (elapsed time, TTLs and
/// ages counting down, the server's clock).
fn stable(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| {
                    !(k.contains("elapsed")
                        || k.contains("ttl")
                        || k.contains("age")
                        || k.contains("idle")
                        || k.contains("inactive")
                        || k.contains("time")
                        || k.contains("retry_after")
                        || k.contains("expires")
                        || k.contains("rtt")
                        || *k == "now")
                })
                .map(|(k, v)| (k.clone(), stable(v)))
                .collect(),
        ),
        // `check`'s round-trip time.
        Value::Array(a) => Value::Array(
            a.iter()
                .filter(|v| v["name"] != "rtt")
                .map(stable)
                .collect(),
        ),
        v => v.clone(),
    }
}

/// Every scanning command, with a budget so small that every size is at its floor (SCAN COUNT
/// 10, read pipelines and script calls split), and with the budget off: the same report.
fn same_with_and_without_a_budget(url: &str) {
    let env = Env::new();
    let commands: Vec<Vec<&str>> = vec![
        vec!["memory", "bigkeys", "--top", "20"],
        vec!["memory", "bigkeys", "--read-method", "lua", "--top", "20"],
        vec![
            "memory",
            "bigkeys",
            "--read-method",
            "pipeline",
            "--top",
            "20",
        ],
        vec!["session", "list", "--summary"],
        vec!["check"],
        vec!["lock", "inspect"],
        vec!["leaderboard", "list"],
        vec!["stream", "groups"],
    ];
    for cmd in commands {
        // (Not `ratelimit top`: the demo's windows slide with the clock, its counts change from
        // one second to the next.) A key that expires between the two runs makes a difference
        // that does not come twice in a row; a budget's would.
        let (outs, scans) = match compare_runs(&env, url, &cmd) {
            (o, s) if o[0] == o[1] => (o, s),
            _ => compare_runs(&env, url, &cmd),
        };
        assert_eq!(outs[0], outs[1], "{cmd:?}: a budget changed the report");
        // Under the budget the scans started at COUNT 50 (more calls than at 1000 each).
        assert!(scans[0] > scans[1], "{cmd:?}: SCAN calls {scans:?}");
    }
}

/// `cmd` with a tiny budget, then with none: the stable part of each report, and SCAN calls.
fn compare_runs(env: &Env, url: &str, cmd: &[&str]) -> (Vec<(i32, Value)>, Vec<u64>) {
    let mut outs = Vec::new();
    let mut scans = Vec::new();
    {
        for budget in ["50us", "off"] {
            let mut args = vec!["-u", url, "-o", "json", "--latency-budget", budget];
            args.extend(cmd);
            let run = env.run(&args);
            assert!(
                run.code == 0 || run.code == 1,
                "{args:?}: exit {}\n{}",
                run.code,
                run.stderr
            );
            outs.push((run.code, stable(&run.json())));
            scans.push(scan_calls(&run.stderr));
        }
    }
    (outs, scans)
}

/// The demo's lock about to expire would expire between two runs: keep it.
const EXPIRING_LOCK: &str = "lock:ledger:rebalance";

/// The SCAN calls `REDOPS_TRACE_ROUND_TRIPS` reported.
fn scan_calls(stderr: &str) -> u64 {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("redops: latency budget: "))
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no latency-budget trace in stderr: {stderr}"))
}

topology_test!(
    every_scanning_command_reports_the_same_with_a_budget_standalone,
    every_scanning_command_reports_the_same_with_a_budget_on_a_cluster,
    |t| {
        load(&t.url(), 300);
        let persisted: i64 = redis::cmd("PERSIST")
            .arg(EXPIRING_LOCK)
            .query(&mut *t.conn())
            .expect("PERSIST");
        assert_eq!(persisted, 1, "the demo's expiring lock");
        same_with_and_without_a_budget(&t.url());
        if !t.is_cluster() {
            // The budget is accepted in all its forms.
            let env = Env::new();
            for b in ["off", "OFF", "250us", "1ms", "5ms"] {
                env.run(&["-u", &t.url(), "--latency-budget", b, "ping"])
                    .expect_code(0);
            }
        }
    }
);

/// The HSCAN COUNTs redops sent to read session hashes (plain `HSCAN`, or the `EVAL_RO` that
/// reads a page with the fields' own TTLs), from SLOWLOG.
fn hscan_counts(r: &RedisServer) -> Vec<u64> {
    let v: redis::Value = redis::cmd("SLOWLOG")
        .arg("GET")
        .arg(-1)
        .query(&mut r.conn())
        .expect("SLOWLOG GET");
    let redis::Value::Array(items) = v else {
        panic!("SLOWLOG GET: {v:?}")
    };
    items
        .iter()
        .map(to_json)
        .filter(|e| e[5] == "redops")
        .filter_map(|e| {
            let args: Vec<String> = e[3]
                .as_array()?
                .iter()
                .filter_map(|a| a.as_str().map(str::to_ascii_uppercase))
                .collect();
            match args.first()?.as_str() {
                "HSCAN" => args.get(4)?.parse().ok(),
                "EVAL_RO" => args.get(5)?.parse().ok(),
                _ => None,
            }
        })
        .collect()
}

/// A huge session hash is read in HSCAN pages sized to the budget (at most 333 fields a page
/// at the default 1ms: about 1.5 µs of server time a field), by `session list --user` and by
/// the platform-wide scan alike; with the budget off, the pages of before (1,000, then 10,000).
#[test]
fn a_huge_session_hash_is_read_in_pages_sized_to_the_budget() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut hset = redis::cmd("HSET");
    hset.arg("sessions:user:big");
    for i in 0..3000 {
        hset.arg(format!("s{i}")).arg(format!(
            r#"{{"session_id":"s{i}","device_type":"web","ip_address":"10.0.0.1","created_at":1764000000,"last_active":1764600000}}"#
        ));
    }
    let _: () = hset.query(&mut r.conn()).expect("HSET");
    r.cli(&["CONFIG", "SET", "slowlog-log-slower-than", "0"]);
    r.cli(&["CONFIG", "SET", "slowlog-max-len", "100000"]);
    let url = r.url();
    for args in [
        vec!["session", "list", "--user", "big", "-o", "json"],
        vec!["session", "list", "--summary", "-o", "json"],
    ] {
        r.cli(&["SLOWLOG", "RESET"]);
        let mut all = vec!["-u", url.as_str()];
        all.extend_from_slice(&args);
        let run = env.run(&all);
        run.expect_code(0);
        let counts = hscan_counts(&r);
        assert!(
            counts.len() >= 3000 / 333,
            "{args:?}: {counts:?}\n{}",
            run.stderr
        );
        assert!(
            counts.iter().all(|&n| n <= 333),
            "{args:?}: pages over the budget: {counts:?}"
        );
        r.cli(&["SLOWLOG", "RESET"]);
        all.extend_from_slice(&["--latency-budget", "off"]);
        env.run(&all).expect_code(0);
        let mut counts = hscan_counts(&r);
        counts.sort_unstable();
        counts.dedup();
        assert_eq!(counts, vec![1000, 10_000], "{args:?} with the budget off");
    }
}
