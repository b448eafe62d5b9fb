//! `leaderboard top / rank / list` against real servers, with boards of 100,000 traders written
//! the way the trading application writes them: ZADD and ZINCRBY score updates in pipelines,
//! metadata SET with EX 3600 (some never written, some malformed). Every answer is checked
//! against a reference computed here from the raw data.

use crate::support::{Env, RedisCluster, RedisServer};
use serde_json::Value;
use std::collections::HashMap;

const TRADERS: u64 = 100_000;
const PIPELINE: usize = 10_000;

/// Sends commands the way an application does: pipelines of 10k (routed by key on a cluster).
enum Writer {
    Standalone(redis::Connection),
    Cluster(redis::cluster::ClusterConnection),
}

impl Writer {
    fn of_server(r: &RedisServer) -> Writer {
        Writer::Standalone(r.conn())
    }
    fn of_cluster(c: &RedisCluster) -> Writer {
        Writer::Cluster(c.conn())
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
    if i % 10 == 0 {
        MetaKind::Missing
    } else if i % 37 == 0 {
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

#[test]
fn big_board_agrees_with_reference_standalone() {
    let r = RedisServer::start();
    let board = write_board(
        &mut Writer::of_server(&r),
        "leaderboard:monthly:2026-10",
        0x5eed_1234,
    );
    check_big_board(&r.url(), &board);
}

#[test]
fn big_board_agrees_with_reference_cluster() {
    let c = RedisCluster::start();
    let board = write_board(
        &mut Writer::of_cluster(&c),
        "leaderboard:monthly:2026-10",
        0xc105_7e55,
    );
    check_big_board(&c.url(), &board);
}
