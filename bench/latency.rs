//! Single-key commands through a slow link: `redis-cli GET` against `lock inspect`,
//! `ratelimit probe`, `session list --user`, `leaderboard rank` and `leaderboard top`, all
//! through the same latency proxy (default: a 100 ms round trip), on the same data, in one run.
//! Prints each one's median wall time, its ratio to `redis-cli GET`, and the round trips it
//! reports (`REDOPS_TRACE_ROUND_TRIPS`, connection set-up included).
//!
//! `cargo bench --bench latency` (release build). Knobs: `BENCH_LINK_RTT_US` (default
//! 100000), `BENCH_ROUNDS` (default 7).

#[path = "common.rs"]
mod common;

use common::*;
use std::process::Command;
use std::time::Duration;

/// What the issue asks of each command after `redis-cli GET`, as a ratio to it.
const TARGETS: [f64; 5] = [1.2, 1.2, 1.2, 1.2, 2.2];

fn seed(server: &Server) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    server.cli(&["SET", "lock:withdrawal:42", "c0ffee-token", "PX", "3600000"]);
    let mut zadd = vec!["ZADD".to_string(), "ratelimit:login:user:42".to_string()];
    for i in 0..20 {
        zadd.push((now - i * 2).to_string());
        zadd.push(format!("attempt-{i}"));
    }
    let zadd: Vec<&str> = zadd.iter().map(String::as_str).collect();
    server.cli(&zadd);
    for s in 0..5 {
        let sid = format!("s-{s}");
        let v = format!(
            r#"{{"session_id":"{sid}","device_type":"ios","ip_address":"10.1.2.{s}","created_at":{},"last_active":{}}}"#,
            now - 3600,
            now - 60 * s
        );
        server.cli(&["HSET", "sessions:user:42", &sid, &v]);
    }
    server.cli(&["EXPIRE", "sessions:user:42", "86400"]);
    let mut board = vec![
        "ZADD".to_string(),
        "leaderboard:monthly:2026-12".to_string(),
    ];
    let mut meta = vec!["MSET".to_string()];
    for t in 0..1000 {
        board.push(((t * 7919) % 100_000).to_string());
        board.push(format!("trader-{t}"));
        meta.push(format!("trader:meta:trader-{t}"));
        meta.push(format!(r#"{{"name":"Trader {t}","followers":{}}}"#, t * 3));
    }
    for cmd in [board, meta] {
        let cmd: Vec<&str> = cmd.iter().map(String::as_str).collect();
        server.cli(&cmd);
    }
}

/// The round trips a command reports, set-up included (one extra, traced run).
fn traced_round_trips(args: &[String]) -> String {
    let out = Command::new(redops())
        .args(args)
        .env("REDOPS_TRACE_ROUND_TRIPS", "1")
        .output()
        .expect("run redops");
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .find_map(|l| l.strip_prefix("redops: round trips in all, connection set-up included: "))
        .map(|n| n.trim().to_string())
        .unwrap_or_else(|| "?".into())
}

fn main() {
    let rtt_us = env_u64("BENCH_LINK_RTT_US", 100_000);
    let rounds = env_u64("BENCH_ROUNDS", 7) as usize;
    let server = Server::start();
    seed(&server);
    let proxy = LatencyProxy::start(server.port, Duration::from_micros(rtt_us / 2));
    let url = format!("redis://127.0.0.1:{}", proxy.port);
    let port = proxy.port.to_string();
    let r = |args: &[&str]| {
        let mut a = vec!["-u", url.as_str(), "-q", "-o", "json"];
        a.extend_from_slice(args);
        argv(&a)
    };
    let cmds = vec![
        (
            "redis-cli GET lock:withdrawal:42",
            "redis-cli",
            argv(&["-p", &port, "GET", "lock:withdrawal:42"]),
        ),
        (
            "redops lock inspect withdrawal:42",
            redops(),
            r(&["lock", "inspect", "withdrawal:42"]),
        ),
        (
            "redops ratelimit probe --key ratelimit:login:user:42",
            redops(),
            r(&["ratelimit", "probe", "--key", "ratelimit:login:user:42"]),
        ),
        (
            "redops session list --user 42",
            redops(),
            r(&["session", "list", "--user", "42"]),
        ),
        (
            "redops leaderboard rank trader-7 --month 2026-12",
            redops(),
            r(&["leaderboard", "rank", "trader-7", "--month", "2026-12"]),
        ),
        (
            "redops leaderboard top --month 2026-12 (50 rows with metadata)",
            redops(),
            r(&["leaderboard", "top", "--month", "2026-12"]),
        ),
    ];
    let samples = compare(&server, &cmds, rounds);
    let base = median(samples[0].iter().map(|s| s.wall).collect());
    println!(
        "single-key commands through a link with a {:.0} ms round trip (latency proxy), median of {rounds} runs each, release build\n",
        rtt_us as f64 / 1000.0
    );
    println!(
        "| command | median wall | ratio to `redis-cli GET` | target | round trips (set-up included) |"
    );
    println!("|---|---|---|---|---|");
    for (i, ((name, _, args), s)) in cmds.iter().zip(&samples).enumerate() {
        let wall = median(s.iter().map(|x| x.wall).collect());
        let ratio = wall.as_secs_f64() / base.as_secs_f64();
        let (target, trips) = match i.checked_sub(1).and_then(|j| TARGETS.get(j)) {
            Some(t) => (format!("≤ {t:.1}x"), traced_round_trips(args)),
            None => ("—".to_string(), "1".to_string()),
        };
        println!(
            "| `{name}` | {} | {ratio:.2}x | {target} | {trips} |",
            ms(wall)
        );
    }
}
