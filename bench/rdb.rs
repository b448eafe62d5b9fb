//! `redops memory bigkeys --rdb FILE` on a 1,000,000-key snapshot of the demo's keyspace: keys
//! per second and peak RSS, on an RDB 10 file (redis-server on PATH, 7.0) and an RDB 9 file
//! (Redis 6.2, from `shared/servers/get-server 6.2`), where it is compared with the peer that
//! reads RDB 9: rdbtools' memory report (`rdb -c memory`, `pip install rdbtools python-lzf`).
//! Run: `cargo bench --bench rdb` (BENCH_RDB_USERS: demo users, 400,000 make about 990,000
//! keys; BENCH_ROUNDS; BENCH_RDB9=0 skips the 6.2 file and the peer).

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// SAVE, and the path of the file.
fn save(server: &Server) -> PathBuf {
    server.cli(&["SAVE"]);
    let dir = server.cli(&["CONFIG", "GET", "dir"]);
    let dir = dir
        .lines()
        .nth(1)
        .expect("CONFIG GET dir")
        .trim()
        .to_owned();
    Path::new(&dir).join("dump.rdb")
}

/// CPU time (user + system) of the children waited for so far.
fn children_cpu() -> Duration {
    // SAFETY: getrusage only writes into the struct we pass.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut ru) };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(ru.ru_utime) + tv(ru.ru_stime)
}

/// Median wall time, median CPU time and the highest peak RSS of `rounds` runs.
fn measure(
    server: &Server,
    program: &str,
    args: &[&str],
    rounds: usize,
) -> (Duration, Duration, u64) {
    let mut walls = Vec::new();
    let mut cpus = Vec::new();
    let mut peak = 0;
    for _ in 0..rounds {
        let before = children_cpu();
        let s = run(server, program, args);
        cpus.push(children_cpu().saturating_sub(before));
        assert_eq!(s.code, 0, "{program} {args:?} failed");
        walls.push(s.wall);
        peak = peak.max(s.peak_rss_kib);
    }
    (median(walls), median(cpus), peak)
}

fn row(name: &str, keys: u64, file: &Path, (wall, cpu, rss_kib): (Duration, Duration, u64)) {
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    println!(
        "| `{name}` | {keys} | {:.1} MiB | {} | {:.0} | {} | {:.0} | {:.1} MiB |",
        size as f64 / 1048576.0,
        ms(wall),
        keys as f64 / wall.as_secs_f64(),
        ms(cpu),
        keys as f64 / cpu.as_secs_f64().max(1e-9),
        rss_kib as f64 / 1024.0
    );
}

fn uptime() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// `get-server 6.2`'s redis-server, found above the repository (or at $REDOPS_GET_SERVER).
fn redis_62() -> Option<String> {
    let script = std::env::var_os("REDOPS_GET_SERVER")
        .map(PathBuf::from)
        .or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .ancestors()
                .map(|a| a.join("shared/servers/get-server"))
                .find(|p| p.exists())
        })?;
    let out = Command::new(script).arg("6.2").output().ok()?;
    out.status.success().then(|| {
        format!(
            "{}/redis-server",
            String::from_utf8_lossy(&out.stdout).trim()
        )
    })
}

fn main() {
    let users = env_u64("BENCH_RDB_USERS", 400_000);
    let rounds = env_u64("BENCH_ROUNDS", 3) as usize;
    println!(
        "machine load (/proc/loadavg) at start: {} — a shared 2-core machine",
        uptime()
    );
    println!(
        "\n| reader | keys | file | median wall | keys/s (wall) | CPU (user+sys) | keys/s (CPU) | peak RSS |"
    );
    println!("|---|---|---|---|---|---|---|---|");

    let server = Server::start();
    let keys = server.load(users);
    let file = save(&server);
    let f = file.to_str().expect("path");
    let m = measure(
        &server,
        redops(),
        &["-q", "memory", "bigkeys", "--rdb", f, "-o", "json"],
        rounds,
    );
    row(
        "redops memory bigkeys --rdb (RDB 10, Redis 7.0)",
        keys,
        &file,
        m,
    );
    drop(server);

    if env_u64("BENCH_RDB9", 1) == 0 {
        return;
    }
    let Some(bin) = redis_62() else {
        println!("\n(no Redis 6.2 from get-server: the RDB 9 comparison is skipped)");
        return;
    };
    let server = Server::start_bin(&bin);
    let keys = server.load(users);
    let file = save(&server);
    let f = file.to_str().expect("path");
    let m = measure(
        &server,
        redops(),
        &["-q", "memory", "bigkeys", "--rdb", f, "-o", "json"],
        rounds,
    );
    row(
        "redops memory bigkeys --rdb (RDB 9, Redis 6.2)",
        keys,
        &file,
        m,
    );
    let peer = Command::new("rdb").arg("--help").output().is_ok();
    if peer {
        // One run: the peer is much slower.
        let m = measure(&server, "rdb", &["-c", "memory", "-f", "/dev/null", f], 1);
        row("rdbtools rdb -c memory (same RDB 9 file)", keys, &file, m);
    } else {
        println!("\n(rdbtools is not installed: `pip install rdbtools python-lzf` adds the peer)");
    }
    println!("\nmachine load (/proc/loadavg) at the end: {}", uptime());
}
