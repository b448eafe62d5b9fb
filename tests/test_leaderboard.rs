//! `leaderboard top / rank / list` against real servers, with boards of 100,000 traders written
//! the way the trading application writes them: ZADD and ZINCRBY score updates in pipelines,
//! metadata SET with EX 3600 (some never written, some malformed). Every answer is checked
//! against a reference computed here from the raw data.

use crate::support::{Env, RedisServer, Topology, topology_test};
use serde_json::Value;
use std::collections::HashMap;

const TRADERS: u64 = 100_000;
const PIPELINE: usize = 10_000;

/// Sends commands the way an application does: pipelines of 10k (routed by key on a cluster).
enum Writer {
    Standalone(redis::Connection),
    Cluster(Box<redis::cluster::ClusterConnection>),
}

impl Writer {
    fn of_server(r: &RedisServer) -> Writer {
        Writer::Standalone(r.conn())
    }
    fn of(t: &Topology) -> Writer {
        match t {
            Topology::Standalone(r) => Writer::of_server(r),
            Topology::Cluster(c) => Writer::Cluster(Box::new(c.conn())),
        }
    }
    fn send(&mut self, cmds: &[redis::Cmd]) {
        for chunk in cmds.chunks(PIPELINE) {
            match self {
                Writer::Standalone(c) => {
                    let mut p = redis::pipe();
                    for cmd in chunk {
                        p.add_command(cmd.clone());
                    }
                    let _: Vec<redis::Value> = p.query(c).expect("pipeline");
                }
                Writer::Cluster(c) => {
                    let mut p = redis::cluster::cluster_pipe();
                    for cmd in chunk {
                        p.add_command(cmd.clone());
                    }
                    let _: Vec<redis::Value> = p.query(c).expect("cluster pipeline");
                }
            }
        }
    }
}

/// A tiny deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn trader(i: u64) -> String {
    // Unpadded ids: lexicographic order (Redis's tie order) differs from numeric order.
    format!("T{i}")
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum MetaKind {
    Ok,
    Missing,
    Bad,
}

fn meta_kind(i: u64) -> MetaKind {
    if i.is_multiple_of(10) {
        MetaKind::Missing
    } else if i.is_multiple_of(37) {
        MetaKind::Bad
    } else {
        MetaKind::Ok
    }
}

/// The raw data as the application produced it, and the reference order computed from it.
struct Board {
    key: String,
    /// (member, score) sorted as the reference says: score desc, ties by member desc.
    sorted: Vec<(String, f64)>,
}

/// Writes a 100k-trader board: an initial ZADD per trader, 50k ZINCRBY updates and 10k ZADD
/// overwrites (scores in quarters, 0..2000: many ties), and metadata for most traders.
fn write_board(w: &mut Writer, key: &str, seed: u64) -> Board {
    let mut rng = Rng(seed);
    let mut scores: HashMap<String, f64> = HashMap::new();
    let mut cmds = Vec::new();
    for i in 0..TRADERS {
        let s = (rng.next() % 2000) as f64;
        scores.insert(trader(i), s);
        cmds.push(redis::cmd("ZADD").arg(key).arg(s).arg(trader(i)).clone());
    }
    for _ in 0..50_000 {
        let t = trader(rng.next() % TRADERS);
        let inc = (rng.next() % 8) as f64 * 0.25;
        *scores.get_mut(&t).expect("known trader") += inc;
        cmds.push(redis::cmd("ZINCRBY").arg(key).arg(inc).arg(&t).clone());
    }
    for _ in 0..10_000 {
        let t = trader(rng.next() % TRADERS);
        let s = (rng.next() % 2000) as f64;
        scores.insert(t.clone(), s);
        cmds.push(redis::cmd("ZADD").arg(key).arg(s).arg(&t).clone());
    }
    for i in 0..TRADERS {
        let mk = redis::cmd("SET")
            .arg(format!("trader:meta:{}", trader(i)))
            .clone();
        let value = match meta_kind(i) {
            MetaKind::Missing => continue,
            MetaKind::Bad => "{\"name\": \"broken".to_string(),
            MetaKind::Ok => format!(
                "{{\"name\":\"Trader {i}\",\"avatar\":\"https://cdn.example/a/{i}.png\",\"followers\":{}}}",
                i * 7 % 5000
            ),
        };
        cmds.push(mk.clone().arg(value).arg("EX").arg(3600).clone());
    }
    w.send(&cmds);
    let mut sorted: Vec<(String, f64)> = scores.into_iter().collect();
    sorted.sort_by(|a, b| {
        b.1.partial_cmp(&a.1)
            .expect("finite")
            .then_with(|| b.0.as_bytes().cmp(a.0.as_bytes()))
    });
    Board {
        key: key.into(),
        sorted,
    }
}

fn trader_num(member: &str) -> u64 {
    member[1..].parse().expect("trader id")
}

/// Checks one JSON row against the reference row at 0-based position `pos`.
fn check_row(row: &Value, board: &Board, pos: usize, with_meta: bool) {
    let (member, score) = &board.sorted[pos];
    assert_eq!(row["rank"], pos as u64 + 1, "rank of {row}");
    assert_eq!(row["member"], member.as_str(), "member at rank {}", pos + 1);
    assert_eq!(row["score"].as_f64(), Some(*score), "score of {member}");
    assert!(
        row.get("score_text").is_none(),
        "ordinary score has no score_text"
    );
    if !with_meta {
        assert!(row.get("meta").is_none(), "--no-meta: no meta field: {row}");
        return;
    }
    let i = trader_num(member);
    match meta_kind(i) {
        MetaKind::Ok => {
            assert_eq!(row["meta_status"], "ok");
            assert_eq!(row["meta"]["name"], format!("Trader {i}"));
            assert_eq!(row["meta"]["followers"], i * 7 % 5000);
        }
        MetaKind::Missing => {
            assert_eq!(row["meta_status"], "missing");
            assert!(row["meta"].is_null());
        }
        MetaKind::Bad => {
            assert_eq!(row["meta_status"], "bad");
            assert!(row["meta"].is_null());
        }
    }
}

fn percentile(rank: u64, total: u64) -> f64 {
    ((1.0 - (rank - 1) as f64 / total as f64) * 1000.0).round() / 10.0
}

/// The whole story on one target: top (with and without metadata, at the head, the middle and
/// the tail), rank, and rank --around, against the reference, with round-trip budgets.
fn check_big_board(url: &str, board: &Board) {
    let env = Env::new();
    let run = |args: &[&str]| {
        let mut a = vec!["-u", url, "-o", "json", "leaderboard"];
        a.extend_from_slice(args);
        env.run(&a)
    };

    // top 50 of the month's board, chosen by --period/--month.
    let top = run(&["top", "--period", "monthly", "--month", "2026-10"]);
    top.expect_code(0);
    let rows = top.json();
    let rows = rows.as_array().expect("array");
    assert_eq!(rows.len(), 50);
    for (i, row) in rows.iter().enumerate() {
        check_row(row, board, i, true);
    }
    assert_eq!(
        top.round_trips(),
        2,
        "top = range read + one metadata round"
    );

    // A big page in the middle (ties everywhere): still two round trips.
    let mid = run(&[
        "top", "--key", &board.key, "--offset", "50000", "--count", "2000",
    ]);
    mid.expect_code(0);
    let rows = mid.json();
    let rows = rows.as_array().expect("array");
    assert_eq!(rows.len(), 2000);
    for (i, row) in rows.iter().enumerate() {
        check_row(row, board, 50_000 + i, true);
    }
    let statuses: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["meta_status"].as_str())
        .collect();
    for s in ["ok", "missing", "bad"] {
        assert!(statuses.contains(&s), "the page has {s} metadata");
    }
    assert_eq!(mid.round_trips(), 2, "2000 rows still cost 2 round trips");

    // The tail without metadata: one round trip, the page is short.
    let tail = run(&[
        "top",
        "--key",
        &board.key,
        "--offset",
        "99950",
        "--count",
        "100",
        "--no-meta",
    ]);
    tail.expect_code(0);
    let rows = tail.json();
    let rows = rows.as_array().expect("array");
    assert_eq!(rows.len(), 50);
    for (i, row) in rows.iter().enumerate() {
        check_row(row, board, 99_950 + i, false);
    }
    assert_eq!(tail.round_trips(), 1, "top --no-meta is one round trip");

    // rank: a few positions, including the first, the last and members inside tie groups.
    let tied_pos = (1..TRADERS as usize - 1)
        .skip(30_000)
        .find(|&p| {
            board.sorted[p - 1].1 == board.sorted[p].1 && board.sorted[p + 1].1 == board.sorted[p].1
        })
        .expect("a tie group");
    for pos in [0, 1, 777, tied_pos, TRADERS as usize - 1] {
        let (member, score) = &board.sorted[pos];
        let r = run(&["rank", member, "--key", &board.key]);
        r.expect_code(0);
        let j = r.json();
        assert_eq!(j["member"], member.as_str());
        assert_eq!(j["rank"], pos as u64 + 1, "rank of {member}");
        assert_eq!(j["score"].as_f64(), Some(*score));
        assert_eq!(j["total"], TRADERS);
        assert_eq!(
            j["percentile"].as_f64(),
            Some(percentile(pos as u64 + 1, TRADERS))
        );
        assert_eq!(r.round_trips(), 1, "rank is one round trip");
    }
    let first = run(&["rank", &board.sorted[0].0, "--key", &board.key]);
    assert_eq!(first.json()["percentile"].as_f64(), Some(100.0));

    // rank --around: the neighbours in Redis's order, ties marked, metadata joined.
    for (pos, n) in [(tied_pos, 5usize), (0, 3), (TRADERS as usize - 1, 2)] {
        let member = &board.sorted[pos].0;
        let r = run(&[
            "rank",
            member,
            "--key",
            &board.key,
            "--around",
            &n.to_string(),
        ]);
        r.expect_code(0);
        let j = r.json();
        let around = j["around"].as_array().expect("around");
        let lo = pos.saturating_sub(n);
        let hi = (pos + n).min(TRADERS as usize - 1);
        assert_eq!(around.len(), hi - lo + 1, "window around {pos}");
        for (k, row) in around.iter().enumerate() {
            let p = lo + k;
            check_row(row, board, p, true);
            let s = board.sorted[p].1;
            let tied = (p > 0 && board.sorted[p - 1].1 == s)
                || (p + 1 < board.sorted.len() && board.sorted[p + 1].1 == s);
            assert_eq!(row["tied"], tied, "tie flag at rank {}", p + 1);
            assert_eq!(row["target"], p == pos);
        }
        assert_eq!(
            r.round_trips(),
            3,
            "rank --around = rank + window + metadata"
        );
    }

    // The table: visible markers for missing and bad metadata, tie marks around a tie.
    let env2 = Env::new();
    let table = env2.run(&[
        "-u",
        url,
        "leaderboard",
        "top",
        "--key",
        &board.key,
        "--count",
        "200",
    ]);
    table.expect_code(0);
    assert!(table.stdout.contains("no metadata"), "{}", table.stdout);
    assert!(table.stdout.contains("bad metadata"), "{}", table.stdout);
    let named = board.sorted[..200]
        .iter()
        .map(|(m, _)| trader_num(m))
        .find(|&i| meta_kind(i) == MetaKind::Ok)
        .expect("a trader with metadata");
    assert!(
        table.stdout.contains(&format!("Trader {named} ")),
        "{}",
        table.stdout
    );
    let around = env2.run(&[
        "-u",
        url,
        "leaderboard",
        "rank",
        &board.sorted[tied_pos].0,
        "--key",
        &board.key,
        "--around",
        "2",
    ]);
    around.expect_code(0);
    assert!(around.stdout.contains("(tie)"), "{}", around.stdout);
    assert!(
        around
            .stdout
            .contains(&format!("rank {} of {TRADERS}", tied_pos + 1)),
        "{}",
        around.stdout
    );
}

// Each topology its own board (seed).
topology_test!(
    big_board_agrees_with_reference_standalone,
    big_board_agrees_with_reference_cluster,
    |t| {
        let seed = if t.is_cluster() {
            0xc105_7e55
        } else {
            0x5eed_1234
        };
        let board = write_board(&mut Writer::of(t), "leaderboard:monthly:2026-10", seed);
        check_big_board(&t.url(), &board);
    }
);

#[test]
fn missing_board_wrong_type_and_absent_member_have_their_exit_codes() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut w = Writer::of_server(&r);
    w.send(&[
        redis::cmd("ZADD")
            .arg("leaderboard:monthly:2026-01")
            .arg(10)
            .arg("T1")
            .clone(),
        redis::cmd("SET")
            .arg("leaderboard:monthly:2026-02")
            .arg("oops")
            .clone(),
    ]);
    let url = r.url();
    let run = |args: &[&str]| {
        let mut a = vec!["-u", url.as_str(), "leaderboard"];
        a.extend_from_slice(args);
        env.run(&a)
    };
    let missing = run(&["top", "--month", "2025-12"]);
    missing.expect_code(4);
    assert!(
        missing
            .stderr
            .contains("leaderboard:monthly:2025-12 does not exist"),
        "{}",
        missing.stderr
    );
    assert_eq!(missing.round_trips(), 1);
    run(&["rank", "T1", "--month", "2025-12"]).expect_code(4);

    let wrong = run(&["top", "--month", "2026-02"]);
    wrong.expect_code(6);
    assert!(
        wrong.stderr.contains("is a string, not a leaderboard"),
        "{}",
        wrong.stderr
    );
    run(&["rank", "T1", "--month", "2026-02"]).expect_code(6);

    let absent = run(&["rank", "T2", "--month", "2026-01"]);
    absent.expect_code(4);
    assert!(
        absent
            .stderr
            .contains("T2 is not on leaderboard:monthly:2026-01"),
        "{}",
        absent.stderr
    );
    run(&["rank", "--member-hex", "5431", "--month", "2026-01"]).expect_code(0);

    // Bad input is a usage error before any connection.
    for bad in [
        &["top", "--month", "2026-13"][..],
        &["top", "--month", "26-01"],
        &["top", "--key", "k", "--month", "2026-01"],
        &["top", "--period", "a:b"],
        &["top", "--count", "0"],
        &["top", "--offset", "-1"],
        &["top", "--offset", "99999999999999999999"],
        &["rank"],
    ] {
        let b = run(bad);
        b.expect_code(2);
    }

    // An offset past the end: an empty list, not an error.
    let past = env.run(&[
        "-u",
        &url,
        "-o",
        "json",
        "leaderboard",
        "top",
        "--month",
        "2026-01",
        "--offset",
        "5",
    ]);
    past.expect_code(0);
    assert_eq!(past.json(), serde_json::json!([]));
}

#[test]
fn the_current_month_is_the_default_board() {
    let r = RedisServer::start();
    let env = Env::new();
    let key = format!(
        "leaderboard:monthly:{}",
        redops::cmd::leaderboard::current_month()
    );
    let mut w = Writer::of_server(&r);
    w.send(&[
        redis::cmd("ZADD")
            .arg(&key)
            .arg(5)
            .arg("T5")
            .arg(7)
            .arg("T7")
            .clone(),
        redis::cmd("ZADD")
            .arg("leaderboard:weekly:2026-01")
            .arg(1)
            .arg("W")
            .clone(),
    ]);
    let top = env.run(&["-u", &r.url(), "-o", "json", "leaderboard", "top"]);
    top.expect_code(0);
    let rows = top.json();
    let members: Vec<&str> = rows
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["member"].as_str())
        .collect();
    assert_eq!(members, ["T7", "T5"]);
    let rank = env.run(&["-u", &r.url(), "-o", "json", "leaderboard", "rank", "T5"]);
    rank.expect_code(0);
    assert_eq!(rank.json()["rank"], 2);
    assert_eq!(rank.json()["percentile"].as_f64(), Some(50.0));
    assert_eq!(rank.json()["key"], key.as_str());
    let weekly = env.run(&[
        "-u",
        &r.url(),
        "-o",
        "json",
        "leaderboard",
        "top",
        "--period",
        "weekly",
        "--month",
        "2026-01",
    ]);
    assert_eq!(weekly.json()[0]["member"], "W");
}

/// Scores a JSON double cannot carry: +inf, -inf, and integers from 2^53 on (Redis itself
/// stores doubles: ZADD of 2^53+1 holds 2^53, and 2^53+3 holds 2^53+4).
#[test]
fn infinite_and_huge_scores_are_shown_as_redis_holds_them() {
    let r = RedisServer::start();
    let env = Env::new();
    let key = "leaderboard:monthly:2026-05";
    let mut w = Writer::of_server(&r);
    w.send(&[
        redis::cmd("ZADD")
            .arg(key)
            .arg("+inf")
            .arg("whale")
            .arg("9007199254740993")
            .arg("big1")
            .arg("9007199254740995")
            .arg("big3")
            .arg("1e300")
            .arg("vast")
            .arg("1.5")
            .arg("normal")
            .arg("0.1")
            .arg("tenth")
            .arg("-inf")
            .arg("sink")
            .clone(),
        redis::cmd("ZADD")
            .arg(key)
            .arg(2)
            .arg(b"bin\xff".as_slice())
            .clone(),
    ]);
    let held = |m: &str| r.cli(&["ZSCORE", key, m]).trim().to_owned();
    let top = env.run(&[
        "-u",
        &r.url(),
        "-o",
        "json",
        "leaderboard",
        "top",
        "--month",
        "2026-05",
        "--no-meta",
    ]);
    top.expect_code(0);
    let rows = top.json();
    let by: HashMap<String, Value> = rows
        .as_array()
        .expect("array")
        .iter()
        .map(|r| (r["member"].as_str().expect("member").to_owned(), r.clone()))
        .collect();
    assert_eq!(rows[0]["member"], "whale");
    assert!(by["whale"]["score"].is_null(), "JSON numbers cannot be inf");
    assert_eq!(by["whale"]["score_text"], "inf");
    assert!(by["sink"]["score"].is_null());
    assert_eq!(by["sink"]["score_text"], "-inf");
    assert_eq!(
        rows[rows.as_array().expect("array").len() - 1]["member"],
        "sink"
    );
    for m in ["big1", "big3", "vast"] {
        assert_eq!(
            by[m]["score_text"].as_str(),
            Some(held(m).as_str()),
            "{m} shows exactly what Redis holds"
        );
        assert_eq!(by[m]["score"].as_f64(), held(m).parse::<f64>().ok());
    }
    assert_eq!(
        by["big1"]["score_text"], "9007199254740992",
        "2^53+1 is held as 2^53"
    );
    assert!(by["normal"].get("score_text").is_none());
    assert_eq!(by["tenth"]["score"].as_f64(), Some(0.1));
    assert_eq!(by["bin\\xff"]["member_hex"], "62696eff");
    assert!(top.stderr.contains("beyond 2^53"), "{}", top.stderr);

    let rank = env.run(&[
        "-u",
        &r.url(),
        "-o",
        "json",
        "leaderboard",
        "rank",
        "sink",
        "--month",
        "2026-05",
        "--around",
        "1",
    ]);
    rank.expect_code(0);
    let j = rank.json();
    assert_eq!(j["score_text"], "-inf");
    assert_eq!(j["rank"], 8);
    assert_eq!(j["percentile"].as_f64(), Some(12.5));
    assert_eq!(j["around"].as_array().map(Vec::len), Some(2));

    let table = env.run(&["-u", &r.url(), "leaderboard", "top", "--month", "2026-05"]);
    table.expect_code(0);
    let vast = held("vast");
    for text in [
        "inf",
        "-inf",
        "9007199254740992",
        "9007199254740996",
        &vast,
        "1.5",
        "0.1",
        "bin\\xff",
    ] {
        assert!(
            table.stdout.contains(&format!(" {text} ")),
            "{text} in\n{}",
            table.stdout
        );
    }
}

fn app_boards(w: &mut Writer) -> Vec<(String, u64, Option<u64>)> {
    // (key, members, ttl secs): this year's monthly boards, some weekly ones, all-time.
    let mut boards = Vec::new();
    let mut cmds = Vec::new();
    for m in 1..=12u64 {
        for period in ["monthly", "weekly"] {
            let key = format!("leaderboard:{period}:2025-{m:02}");
            let n = m * 3 + if period == "weekly" { 1 } else { 0 };
            for i in 0..n {
                cmds.push(
                    redis::cmd("ZADD")
                        .arg(&key)
                        .arg(i as f64 * 1.5 - 2.0)
                        .arg(format!("T{i}"))
                        .clone(),
                );
            }
            let ttl = (m % 2 == 0).then_some(86_400 * m);
            if let Some(t) = ttl {
                cmds.push(redis::cmd("EXPIRE").arg(&key).arg(t).clone());
            }
            boards.push((key, n, ttl));
        }
    }
    cmds.push(
        redis::cmd("HSET")
            .arg("leaderboard:monthly:broken")
            .arg("f")
            .arg("v")
            .clone(),
    );
    cmds.push(redis::cmd("SET").arg("trader:meta:T1").arg("{}").clone());
    w.send(&cmds);
    boards
}

fn check_list(url: &str, boards: &[(String, u64, Option<u64>)]) {
    let env = Env::new();
    let run = env.run(&[
        "-u",
        url,
        "-o",
        "json",
        "leaderboard",
        "list",
        "--scan-count",
        "5",
    ]);
    run.expect_code(0);
    let items = run.json();
    let items = items.as_array().expect("array");
    assert_eq!(
        items.len(),
        boards.len() + 1,
        "every board on every primary, and the odd key"
    );
    let mut want: Vec<&(String, u64, Option<u64>)> = boards.iter().collect();
    want.sort_by(|a, b| a.0.cmp(&b.0));
    for (item, (key, n, ttl)) in items.iter().zip(want) {
        assert_eq!(item["key"], key.as_str());
        assert_eq!(item["members"], *n);
        assert_eq!(item["lowest_score"].as_f64(), Some(-2.0));
        assert_eq!(
            item["highest_score"].as_f64(),
            Some((*n - 1) as f64 * 1.5 - 2.0)
        );
        assert_eq!(
            item["month"].as_str().map(|m| m.starts_with("2025-")),
            Some(true)
        );
        match ttl {
            None => {
                assert!(item["ttl_ms"].is_null());
                assert_eq!(item["stale"], true, "a past month without TTL: {item}");
            }
            Some(t) => {
                let ms = item["ttl_ms"].as_i64().expect("ttl_ms");
                assert!(
                    ms > (*t as i64 - 60) * 1000 && ms <= *t as i64 * 1000,
                    "{ms}"
                );
                assert_eq!(item["stale"], false);
            }
        }
    }
    let odd = &items[boards.len()];
    assert_eq!(odd["key"], "leaderboard:monthly:broken");
    assert!(
        odd["error"]
            .as_str()
            .expect("error")
            .contains("not a sorted set")
    );
    assert!(
        run.stderr.contains("leaderboard:monthly:broken"),
        "{}",
        run.stderr
    );

    let weekly = env.run(&[
        "-u",
        url,
        "-o",
        "json",
        "leaderboard",
        "list",
        "--period",
        "weekly",
    ]);
    assert_eq!(weekly.json().as_array().map(Vec::len), Some(12));

    let table = env.run(&["-u", url, "leaderboard", "list"]);
    table.expect_code(0);
    assert!(
        table.stdout.contains("past month, kept forever"),
        "{}",
        table.stdout
    );
    assert!(
        table.stdout.contains("leaderboard:weekly:2025-12"),
        "{}",
        table.stdout
    );
}

topology_test!(
    list_shows_every_board_standalone,
    list_shows_every_board_on_every_primary_cluster,
    |t| {
        let boards = app_boards(&mut Writer::of(t));
        if let Topology::Cluster(c) = t {
            let mut nodes: Vec<usize> = boards.iter().map(|(k, _, _)| c.node_of(k)).collect();
            nodes.sort();
            nodes.dedup();
            assert_eq!(nodes, [0, 1, 2], "the boards live on all three primaries");
        }
        check_list(&t.url(), &boards);
    }
);
