//! Shared by the benchmarks: a private redis-server, the demo's data generator, and timing of
//! real processes (wall time, peak RSS, and the server's own CPU time from INFO commandstats).
#![allow(dead_code)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Server {
    pub port: u16,
    child: Child,
    _dir: tempfile::TempDir,
}

impl Server {
    pub fn start() -> Server {
        Self::start_bin("redis-server")
    }

    /// A server from a given `redis-server` binary (another version than the one on PATH).
    pub fn start_bin(bin: &str) -> Server {
        let dir = tempfile::tempdir().expect("temp dir");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .expect("bind")
            .local_addr()
            .expect("addr")
            .port();
        let mut child = Command::new(bin)
            .args([
                "--port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .arg("--dir")
            .arg(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server is needed: apt-get install -y redis-server redis-tools");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if cli_out(port, &["PING"]).contains("PONG") {
                return Server {
                    port,
                    child,
                    _dir: dir,
                };
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("redis-server did not start");
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Loads the demo's fintech keyspace for `users` users; returns the number of keys.
    pub fn load(&self, users: u64) -> u64 {
        let rt = tokio::runtime::Runtime::new().expect("runtime");
        let report = rt
            .block_on(async {
                let client = redops::datagen::connect(&self.url()).await?;
                redops::datagen::load(
                    &client,
                    &redops::datagen::Spec {
                        users,
                        ..Default::default()
                    },
                )
                .await
            })
            .unwrap_or_else(|e| panic!("loading the keyspace failed: {}", e.message));
        report.total_keys
    }

    pub fn cli(&self, args: &[&str]) -> String {
        cli_out(self.port, args)
    }

    /// Resets INFO commandstats (before a run).
    pub fn reset_stats(&self) {
        self.cli(&["CONFIG", "RESETSTAT"]);
    }

    /// The server process's own CPU time so far (`used_cpu_user` + `used_cpu_sys`, INFO cpu).
    pub fn process_cpu(&self) -> Duration {
        let info = self.cli(&["INFO", "cpu"]);
        let field = |name: &str| -> f64 {
            info.lines()
                .find_map(|l| l.strip_prefix(name).and_then(|v| v.strip_prefix(':')))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0.0)
        };
        Duration::from_secs_f64(field("used_cpu_user") + field("used_cpu_sys"))
    }

    /// Time the server spent in commands since the last reset (sum of `usec` in INFO
    /// commandstats). Commands a Lua script calls are counted both on their own line and
    /// inside EVALSHA's, so for script-based readers this overstates the work.
    pub fn command_cpu(&self) -> Duration {
        let stats = self.cli(&["INFO", "commandstats"]);
        let usec: u64 = stats
            .lines()
            .filter(|l| {
                l.starts_with("cmdstat_")
                    && !l.starts_with("cmdstat_config")
                    && !l.starts_with("cmdstat_info")
            })
            .filter_map(|l| {
                l.split("usec=")
                    .nth(1)?
                    .split(',')
                    .next()?
                    .parse::<u64>()
                    .ok()
            })
            .sum();
        Duration::from_micros(usec)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn cli_out(port: u16, args: &[&str]) -> String {
    Command::new("redis-cli")
        .args(["-p", &port.to_string()])
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

/// One timed run of a process: wall time, peak resident memory, server CPU, exit code.
pub struct Sample {
    pub wall: Duration,
    pub peak_rss_kib: u64,
    /// The server process's CPU time during the run (INFO cpu delta): the floor no client beats.
    pub server_cpu: Duration,
    /// INFO commandstats usec summed over the run (see `Server::command_cpu`).
    pub command_usec: Duration,
    pub code: i32,
}

/// Runs `program args` with stdout discarded (as an operator piping to a file would), sampling
/// its peak RSS (VmHWM) while it runs.
pub fn run(server: &Server, program: &str, args: &[&str]) -> Sample {
    server.reset_stats();
    let cpu_before = server.process_cpu();
    let started = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    let code = loop {
        if let Ok(text) = std::fs::read_to_string(&status_path)
            && let Some(kib) = text
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        {
            peak = peak.max(kib);
        }
        if let Ok(Some(status)) = child.try_wait() {
            break status.code().unwrap_or(-1);
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let wall = started.elapsed();
    let server_cpu = server.process_cpu().saturating_sub(cpu_before);
    Sample {
        wall,
        peak_rss_kib: peak,
        server_cpu,
        command_usec: server.command_cpu(),
        code,
    }
}

/// A number from the environment (a benchmark's knob), or the default.
pub fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Owned arguments for [`compare`].
pub fn argv(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

/// Prints a markdown table of each command's median wall time, a ratio computed from it, and
/// the server's median CPU time.
pub fn ratio_table(
    cmds: &[(&str, &str, Vec<String>)],
    samples: &[Vec<Sample>],
    ratio_header: &str,
    ratio: impl Fn(Duration) -> f64,
) {
    println!("| command | median wall | {ratio_header} | server CPU (INFO cpu, median) |");
    println!("|---|---|---|---|");
    for ((name, _, _), s) in cmds.iter().zip(samples) {
        let wall = median(s.iter().map(|x| x.wall).collect());
        let cpu = median(s.iter().map(|x| x.server_cpu).collect());
        println!(
            "| `{name}` | {} | {:.2}x | {} |",
            ms(wall),
            ratio(wall),
            ms(cpu)
        );
    }
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

pub fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1e3)
}

pub fn redops() -> &'static str {
    env!("CARGO_BIN_EXE_redops")
}

/// Runs each named command `rounds` times, interleaved, and returns the samples per command.
pub fn compare(
    server: &Server,
    cmds: &[(&str, &str, Vec<String>)],
    rounds: usize,
) -> Vec<Vec<Sample>> {
    let mut out: Vec<Vec<Sample>> = cmds.iter().map(|_| Vec::new()).collect();
    for _ in 0..rounds {
        for (i, (_, program, args)) in cmds.iter().enumerate() {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let s = run(server, program, &args);
            assert_eq!(s.code, 0, "{program} {args:?} failed");
            out[i].push(s);
        }
    }
    out
}

// The slow-link proxy the tests use too: one copy of it.
#[path = "../tests/support/latency_proxy.rs"]
mod latency_proxy;
#[allow(unused_imports)] // not every bench uses it
pub use latency_proxy::LatencyProxy;
