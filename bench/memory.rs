//! `redops memory bigkeys` against `redis-cli --memkeys` and `redis-cli --bigkeys` on the demo's
//! fintech keyspace (at least 400,000 keys), plus peak memory on 1,000,000 keys.
//! Run: `cargo bench --bench memory` (BENCH_USERS, BENCH_ROUNDS; BENCH_LINK=0 skips the run
//! through a slow link, BENCH_LINK_RTT_US / BENCH_LINK_USERS / BENCH_LINK_ROUNDS tune it;
//! BENCH_MILLION=0 skips the 1M run).

mod common;
use common::*;
use std::time::Duration;

/// `redops memory bigkeys -o json` against `url`, with `extra` flags.
fn bigkeys(url: &str, extra: &[&str]) -> Vec<String> {
    let mut a = argv(&["-u", url, "-q", "memory", "bigkeys", "-o", "json"]);
    a.extend(argv(extra));
    a
}

fn main() {
    let users = env_u64("BENCH_USERS", 160_000);
    let rounds = env_u64("BENCH_ROUNDS", 5) as usize;
    let server = Server::start();
    let keys = server.load(users);
    let url = server.url();
    let port = server.port.to_string();
    let cmds = vec![
        (
            "redops memory bigkeys -o json",
            redops(),
            bigkeys(&url, &[]),
        ),
        (
            "redops memory bigkeys --read-method pipeline -o json",
            redops(),
            bigkeys(&url, &["--read-method", "pipeline"]),
        ),
        (
            "redis-cli --memkeys",
            "redis-cli",
            argv(&["-p", &port, "--memkeys"]),
        ),
        (
            "redis-cli --bigkeys",
            "redis-cli",
            argv(&["-p", &port, "--bigkeys"]),
        ),
        // With no latency budget: the fastest (bench/budget.rs shows what the budget costs).
        (
            "redops memory bigkeys --latency-budget off -o json",
            redops(),
            bigkeys(&url, &["--latency-budget", "off"]),
        ),
    ];
    let samples = compare(&server, &cmds, rounds);
    let memkeys = median(samples[2].iter().map(|s| s.wall).collect());
    println!(
        "memory bigkeys: {keys} keys ({users} demo users), median of {rounds} runs each (release build, local redis-server 127.0.0.1)\n"
    );
    println!(
        "| command | median wall | redis-cli --memkeys / this | server CPU (INFO cpu) | commandstats usec | wall / server CPU | peak RSS |"
    );
    println!("|---|---|---|---|---|---|---|");
    for ((name, _, _), s) in cmds.iter().zip(&samples) {
        let wall = median(s.iter().map(|x| x.wall).collect());
        let cpu = median(s.iter().map(|x| x.server_cpu).collect());
        let usec = median(s.iter().map(|x| x.command_usec).collect());
        let rss = s.iter().map(|x| x.peak_rss_kib).max().unwrap_or(0);
        println!(
            "| `{name}` | {} | {:.2}x | {} | {} | {:.2} | {:.1} MiB |",
            ms(wall),
            memkeys.as_secs_f64() / wall.as_secs_f64(),
            ms(cpu),
            ms(usec),
            wall.as_secs_f64() / cpu.as_secs_f64().max(1e-9),
            rss as f64 / 1024.0
        );
    }
    // The floor: the server's own CPU time for redops's reads. No client asking the server for
    // the same facts per key can finish sooner, so this is the best ratio any client could reach.
    let floor = median(samples[0].iter().map(|s| s.server_cpu).collect());
    println!(
        "\nfloor: the server spent {} of CPU on `redops memory bigkeys`'s reads; against `--memkeys`'s {} that caps the ratio for these reads at {:.2}x on this machine",
        ms(floor),
        ms(memkeys),
        memkeys.as_secs_f64() / floor.as_secs_f64().max(1e-9)
    );
    drop(server);

    // The same comparison through a link with a real round-trip time (a bastion, another
    // zone), on a smaller keyspace: --memkeys's three round trips per 10 keys dominate there.
    if env_u64("BENCH_LINK", 1) != 0 {
        let rtt_us = env_u64("BENCH_LINK_RTT_US", 1000);
        let users = env_u64("BENCH_LINK_USERS", 20_000);
        let rounds = env_u64("BENCH_LINK_ROUNDS", 3) as usize;
        let server = Server::start();
        let keys = server.load(users);
        let proxy = LatencyProxy::start(server.port, Duration::from_micros(rtt_us / 2));
        let url = format!("redis://127.0.0.1:{}", proxy.port);
        let port = proxy.port.to_string();
        let cmds = vec![
            (
                "redops memory bigkeys -o json",
                redops(),
                bigkeys(&url, &[]),
            ),
            (
                "redops memory bigkeys --latency-budget off -o json",
                redops(),
                bigkeys(&url, &["--latency-budget", "off"]),
            ),
            (
                "redis-cli --memkeys",
                "redis-cli",
                argv(&["-p", &port, "--memkeys"]),
            ),
        ];
        let samples = compare(&server, &cmds, rounds);
        let memkeys = median(samples[2].iter().map(|s| s.wall).collect());
        println!(
            "\nthrough a link with a {:.1} ms round trip: {keys} keys ({users} demo users), median of {rounds} runs each\n",
            rtt_us as f64 / 1000.0
        );
        ratio_table(&cmds, &samples, "redis-cli --memkeys / this", |wall| {
            memkeys.as_secs_f64() / wall.as_secs_f64()
        });
    }

    if env_u64("BENCH_MILLION", 1) != 0 {
        let big = Server::start();
        let keys = big.load(env_u64("BENCH_MILLION_USERS", 400_000));
        let url = big.url();
        let s = run(
            &big,
            redops(),
            &["-u", &url, "-q", "memory", "bigkeys", "-o", "json"],
        );
        assert_eq!(
            s.code, 0,
            "redops memory bigkeys failed on the large keyspace"
        );
        println!(
            "\npeak memory of `redops memory bigkeys` on {keys} keys: {:.1} MiB (wall {}, server CPU {})",
            s.peak_rss_kib as f64 / 1024.0,
            ms(s.wall),
            ms(s.server_cpu)
        );
    }
}
