//! `redops session list --ip CIDR` against `redis-cli --scan --pattern 'sessions:user:*'` (which
//! only lists the keys) on the demo's keyspace of 200,000 users. Run: `cargo bench --bench session`.

mod common;
use common::*;

fn main() {
    let users = env_u64("BENCH_USERS", 200_000);
    let rounds = 5;
    let server = Server::start();
    let keys = server.load(users);
    let url = server.url();
    let port = server.port.to_string();
    let cmds = vec![
        (
            "redis-cli --scan --pattern 'sessions:user:*'",
            "redis-cli",
            argv(&["-p", &port, "--scan", "--pattern", "sessions:user:*"]),
        ),
        (
            "redops session list --ip 10.1.0.0/16 -o ndjson",
            redops(),
            argv(&[
                "-u",
                &url,
                "-q",
                "session",
                "list",
                "--ip",
                "10.1.0.0/16",
                "-o",
                "ndjson",
            ]),
        ),
    ];
    let samples = compare(&server, &cmds, rounds);
    let base = median(samples[0].iter().map(|s| s.wall).collect());
    println!(
        "session list: {users} users, {keys} keys, median of {rounds} runs each (release build, local redis-server)\n"
    );
    ratio_table(&cmds, &samples, "ratio to redis-cli --scan", |wall| {
        wall.as_secs_f64() / base.as_secs_f64()
    });
}
