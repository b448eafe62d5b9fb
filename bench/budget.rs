//! The latency budget on a busy server: for `memory bigkeys`, `session list --summary`, `check`
//! (each with the default `--latency-budget 1ms` and with `off`) and `redis-cli --memkeys`, on
//! the same data in one run:
//! - wall time, and the server's CPU time during the run (INFO cpu);
//! - the largest server time of any single command the tool sent, and how many were over 1 ms
//!   (a second run of each with SLOWLOG at threshold 0, attributed by client name: redops names
//!   its connections `redops`; redis-cli sends no name);
//! - what a concurrent application feels: one thread with 4 connections doing GET in a loop
//!   (like `redis-benchmark -t get -c 4`): p50/p99/max latency and throughput, against the same
//!   client alone on the server (its baseline);
//! - the fully pipelined reference for `memory bigkeys`: the server time of the same reads sent
//!   as pipelines with no budget (`--read-method pipeline --latency-budget off`).
//!
//! Run: `cargo bench --bench budget` (BENCH_USERS, default 200,000 demo users = about 505,000
//! keys; BENCH_USERS=20000 for a quick run).

mod common;
use common::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// What the application client saw.
struct App {
    lat: Vec<Duration>,
    elapsed: Duration,
}

impl App {
    fn pct(&self, p: f64) -> Duration {
        if self.lat.is_empty() {
            return Duration::ZERO;
        }
        let i = ((self.lat.len() - 1) as f64 * p).round() as usize;
        self.lat[i]
    }
    fn ops_per_sec(&self) -> f64 {
        self.lat.len() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Starts the application: 4 connections named `app` on one thread, each a GET loop.
fn start_app(port: u16, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<App> {
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let client = redis::Client::open(format!("redis://127.0.0.1:{port}")).expect("url");
            let started = Instant::now();
            let mut tasks = Vec::new();
            for _ in 0..4 {
                let client = client.clone();
                let stop = Arc::clone(&stop);
                tasks.push(tokio::spawn(async move {
                    let mut con = client
                        .get_multiplexed_async_connection()
                        .await
                        .expect("app connection");
                    let _: () = redis::cmd("CLIENT")
                        .arg("SETNAME")
                        .arg("app")
                        .query_async(&mut con)
                        .await
                        .expect("setname");
                    let mut lat = Vec::new();
                    while !stop.load(Ordering::Relaxed) {
                        let t = Instant::now();
                        let _: Option<Vec<u8>> = redis::cmd("GET")
                            .arg("bench:app:key")
                            .query_async(&mut con)
                            .await
                            .expect("GET");
                        lat.push(t.elapsed());
                    }
                    lat
                }));
            }
            let mut lat = Vec::new();
            for t in tasks {
                lat.extend(t.await.expect("app task"));
            }
            let elapsed = started.elapsed();
            lat.sort();
            App { lat, elapsed }
        })
    })
}

/// The commands one client sent, from SLOWLOG at threshold 0.
#[derive(Default)]
struct Sent {
    commands: u64,
    max: Duration,
    max_cmd: String,
    over_1ms: u64,
}

fn admin(server: &Server) -> redis::Connection {
    let mut con = redis::Client::open(server.url())
        .expect("url")
        .get_connection()
        .expect("connection");
    let _: () = redis::cmd("CLIENT")
        .arg("SETNAME")
        .arg("bench")
        .query(&mut con)
        .expect("setname");
    con
}

fn config_set(con: &mut redis::Connection, k: &str, v: &str) {
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg(k)
        .arg(v)
        .query(con)
        .expect("CONFIG SET");
}

/// Runs the command once with SLOWLOG logging every command, and reads what the tool sent:
/// commands from connections named `redops`, or (for redis-cli) from unnamed ones.
fn slowlog_run(server: &Server, program: &str, args: &[&str], redops: bool) -> Sent {
    let mut con = admin(server);
    config_set(&mut con, "slowlog-max-len", "10000000");
    config_set(&mut con, "slowlog-log-slower-than", "0");
    let _: () = redis::cmd("SLOWLOG")
        .arg("RESET")
        .query(&mut con)
        .expect("reset");
    let s = run(server, program, args);
    config_set(&mut con, "slowlog-log-slower-than", "-1");
    let entries: Vec<redis::Value> = redis::cmd("SLOWLOG")
        .arg("GET")
        .arg(-1)
        .query(&mut con)
        .expect("SLOWLOG GET");
    let _: () = redis::cmd("SLOWLOG")
        .arg("RESET")
        .query(&mut con)
        .expect("reset");
    assert!(
        s.code == 0 || s.code == 1,
        "{program} {args:?} exited {}",
        s.code
    );
    let mut sent = Sent::default();
    for e in entries {
        let redis::Value::Array(f) = e else { continue };
        let text = |v: &redis::Value| -> String {
            match v {
                redis::Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
                redis::Value::SimpleString(s) => s.clone(),
                _ => String::new(),
            }
        };
        let us = match f.get(2) {
            Some(redis::Value::Int(i)) => *i as u64,
            _ => continue,
        };
        let name = f.get(5).map(text).unwrap_or_default();
        let ours = if redops {
            name == "redops"
        } else {
            name.is_empty()
        };
        if !ours {
            continue;
        }
        let cmd = match f.get(3) {
            Some(redis::Value::Array(a)) => {
                a.iter().take(4).map(text).collect::<Vec<_>>().join(" ")
            }
            _ => String::new(),
        };
        // redis-cli's own set-up and the tool's reply to nothing: every command counts.
        sent.commands += 1;
        let d = Duration::from_micros(us);
        if d > Duration::from_millis(1) {
            sent.over_1ms += 1;
        }
        if d > sent.max {
            sent.max = d;
            sent.max_cmd = cmd.chars().take(40).collect();
        }
    }
    sent
}

/// Runs the command with the application client running beside it.
fn timed_run(server: &Server, program: &str, args: &[&str]) -> (Sample, App) {
    let stop = Arc::new(AtomicBool::new(false));
    let app = start_app(server.port, Arc::clone(&stop));
    std::thread::sleep(Duration::from_millis(200));
    let s = run(server, program, args);
    stop.store(true, Ordering::Relaxed);
    let app = app.join().expect("app thread");
    assert!(
        s.code == 0 || s.code == 1,
        "{program} {args:?} exited {}",
        s.code
    );
    (s, app)
}

fn us(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn uptime() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().take(3).collect();
            format!("load average {}", f.join(", "))
        })
        .unwrap_or_default()
}

fn main() {
    let users = env_u64("BENCH_USERS", 200_000);
    let server = Server::start();
    let keys = server.load(users);
    let url = server.url();
    let port = server.port.to_string();
    server.cli(&["SET", "bench:app:key", &"x".repeat(100)]);
    let load_before = uptime();

    // The application alone: its baseline.
    let stop = Arc::new(AtomicBool::new(false));
    let app = start_app(server.port, Arc::clone(&stop));
    std::thread::sleep(Duration::from_secs(3));
    stop.store(true, Ordering::Relaxed);
    let base = app.join().expect("app thread");

    let r = |extra: &[&str]| -> Vec<String> {
        let mut a = argv(&["-u", &url, "-q"]);
        a.extend(argv(extra));
        a
    };
    let cmds: Vec<(&str, &str, Vec<String>)> = vec![
        (
            "redops memory bigkeys",
            redops(),
            r(&["memory", "bigkeys", "-o", "json"]),
        ),
        (
            "redops memory bigkeys --read-method lua",
            redops(),
            r(&["memory", "bigkeys", "-o", "json", "--read-method", "lua"]),
        ),
        (
            "redops memory bigkeys --latency-budget off",
            redops(),
            r(&["memory", "bigkeys", "-o", "json", "--latency-budget", "off"]),
        ),
        (
            "redops session list --summary",
            redops(),
            r(&["session", "list", "--summary", "-o", "json"]),
        ),
        (
            "redops session list --summary --latency-budget off",
            redops(),
            r(&[
                "session",
                "list",
                "--summary",
                "-o",
                "json",
                "--latency-budget",
                "off",
            ]),
        ),
        ("redops check", redops(), r(&["check", "-o", "json"])),
        (
            "redops check --latency-budget off",
            redops(),
            r(&["check", "-o", "json", "--latency-budget", "off"]),
        ),
        (
            "redis-cli --memkeys",
            "redis-cli",
            argv(&["-p", &port, "--memkeys"]),
        ),
        (
            "reference: bigkeys fully pipelined (--read-method pipeline --latency-budget off)",
            redops(),
            r(&[
                "memory",
                "bigkeys",
                "-o",
                "json",
                "--read-method",
                "pipeline",
                "--latency-budget",
                "off",
            ]),
        ),
    ];
    let mut rows = Vec::new();
    for (name, program, args) in &cmds {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (s, app) = timed_run(&server, program, &args);
        let sent = slowlog_run(&server, program, &args, *program != "redis-cli");
        eprintln!("done: {name} ({})", ms(s.wall));
        rows.push((*name, s, app, sent));
    }
    let memkeys = rows
        .iter()
        .find(|r| r.0 == "redis-cli --memkeys")
        .map_or(Duration::from_secs(1), |r| r.1.wall);

    println!(
        "latency budget: {keys} keys ({users} demo users), Redis on 127.0.0.1, one run each, release build; \
         application: 1 thread, 4 connections, GET in a loop\n"
    );
    println!(
        "application alone (baseline): p50 {}, p99 {}, max {}, {:.0} GET/s\n",
        us(base.pct(0.5)),
        us(base.pct(0.99)),
        us(base.pct(1.0)),
        base.ops_per_sec()
    );
    println!(
        "| command | wall | --memkeys / this | server CPU | commands sent | largest (SLOWLOG) | over 1 ms | app p50 | app p99 | app max | app throughput |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for (name, s, app, sent) in &rows {
        println!(
            "| `{name}` | {} | {:.2}x | {} | {} | {} (`{}`) | {} | {} | {} | {} | {:.0}% |",
            ms(s.wall),
            memkeys.as_secs_f64() / s.wall.as_secs_f64(),
            ms(s.server_cpu),
            sent.commands,
            us(sent.max),
            sent.max_cmd,
            sent.over_1ms,
            us(app.pct(0.5)),
            us(app.pct(0.99)),
            us(app.pct(1.0)),
            100.0 * app.ops_per_sec() / base.ops_per_sec().max(1e-9)
        );
    }
    if let (Some(off), Some(reference)) = (
        rows.iter()
            .find(|r| r.0 == "redops memory bigkeys --latency-budget off"),
        rows.iter().find(|r| r.0.starts_with("reference")),
    ) {
        println!(
            "\n`memory bigkeys --latency-budget off`: wall {} against {} of server time for the same reads fully pipelined (no budget): {:.2}x",
            ms(off.1.wall),
            ms(reference.1.server_cpu),
            off.1.wall.as_secs_f64() / reference.1.server_cpu.as_secs_f64().max(1e-9)
        );
    }
    println!(
        "machine: {} cores; {load_before} before the runs, {} after (the machine is shared: other jobs run beside this one)",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        uptime()
    );
}
