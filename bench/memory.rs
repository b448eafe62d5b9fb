//! `redops memory bigkeys` against `redis-cli --memkeys` and `redis-cli --bigkeys` on the demo's
//! fintech keyspace (at least 400,000 keys), plus peak memory on 1,000,000 keys.
//! Run: `cargo bench --bench memory` (BENCH_USERS, BENCH_ROUNDS, BENCH_MILLION=0 to skip the 1M run).

mod common;
use common::*;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
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
            ["-u", &url, "-q", "memory", "bigkeys", "-o", "json"]
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>(),
        ),
        (
            "redops memory bigkeys --read-method pipeline -o json",
            redops(),
            [
                "-u",
                &url,
                "-q",
                "memory",
                "bigkeys",
                "--read-method",
                "pipeline",
                "-o",
                "json",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>(),
        ),
        (
            "redis-cli --memkeys",
            "redis-cli",
            vec!["-p".to_string(), port.clone(), "--memkeys".into()],
        ),
        (
            "redis-cli --bigkeys",
            "redis-cli",
            vec!["-p".to_string(), port.clone(), "--bigkeys".into()],
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
    drop(server);

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
