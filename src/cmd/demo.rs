//! `redops demo`: a private redis-server in a temp dir, the generated fintech keyspace
//! (`crate::datagen`), and a guided tour that runs the real binary against it.
//!
//! The server must never outlive redops: it lives in a [`DemoServer`] guard that kills it and
//! removes its directory when dropped (normal end, error half-way, Ctrl-C, SIGTERM).

use crate::cli::demo::DemoArgs;
use crate::context::Ctx;
use crate::datagen::{self, LoadReport, Spec};
use crate::error::{Error, ExitCode, Result};
use serde_json::{Value, json};
use std::io::IsTerminal;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One stop of the tour: what it shows, and the redops arguments (after `-u URL`). `{name}`
/// in an argument is replaced by the field `name` of [`LoadReport`] (e.g. `{lock_without_ttl}`),
/// or by `last_audit_id`: the id of the newest action in the demo's own audit log.
#[derive(Debug, Clone, Copy)]
pub struct Stop {
    pub title: &'static str,
    pub args: &'static [&'static str],
    /// The exit code the stop should end with (a different one fails the demo: a bug).
    pub expect: i32,
}

/// The tour. Each subcommand group adds its stops here.
pub const TOUR: &[Stop] = &[
    Stop {
        title: "Is the server there? Version, role, topology and round-trip time",
        args: &["ping"],
        expect: 0,
    },
    Stop {
        title: "Where each setting comes from: flag, environment, profile or default",
        args: &["config", "show"],
        expect: 0,
    },
    Stop {
        title: "One user's trading sessions, newest first (this one is over the session cap)",
        args: &["session", "list", "--user", "{over_cap_user}"],
        expect: 0,
    },
    Stop {
        title: "Sessions across the platform, counted: devices, users over the cap, hashes without TTL",
        args: &["session", "list", "--summary", "--over-limit", "5"],
        expect: 0,
    },
    Stop {
        title: "Ending all of that user's sessions, as a dry run",
        args: &[
            "session",
            "kill",
            "--user",
            "{over_cap_user}",
            "--all",
            "--dry-run",
        ],
        expect: 0,
    },
    Stop {
        title: "A user at their withdrawal limit, as the limiter sees it (read-only: no quota used)",
        args: &[
            "ratelimit",
            "probe",
            "--category",
            "withdrawal",
            "--user",
            "{withdrawal_limited_user}",
        ],
        expect: 0,
    },
    Stop {
        title: "Who is closest to the withdrawal limit right now, across the platform",
        args: &[
            "ratelimit",
            "top",
            "--category",
            "withdrawal",
            "--count",
            "5",
        ],
        expect: 0,
    },
    Stop {
        title: "Unblocking that user, as a dry run: exactly which entries would go",
        args: &[
            "ratelimit",
            "reset",
            "--category",
            "withdrawal",
            "--user",
            "{withdrawal_limited_user}",
            "--dry-run",
        ],
        expect: 0,
    },
    Stop {
        title: "This month's copy-trading leaderboard, with trader metadata (two round trips)",
        args: &["leaderboard", "top", "--count", "10"],
        expect: 0,
    },
    Stop {
        title: "Where a trader stands, and who is around them",
        args: &[
            "leaderboard",
            "rank",
            "{malformed_meta_trader}",
            "--around",
            "2",
        ],
        expect: 0,
    },
    Stop {
        title: "Every leaderboard that exists, with sizes, score ranges and TTLs",
        args: &["leaderboard", "list"],
        expect: 0,
    },
    Stop {
        title: "Every lock, those without a TTL first: they never free themselves",
        args: &["lock", "inspect"],
        expect: 0,
    },
    Stop {
        title: "The stuck lock: its holder's token, and no TTL",
        args: &["lock", "inspect", "{lock_without_ttl}"],
        expect: 0,
    },
    Stop {
        title: "Releasing it, as a dry run: shows exactly what would change, changes nothing",
        args: &["lock", "force-release", "{lock_without_ttl}", "--dry-run"],
        expect: 0,
    },
    Stop {
        title: "Releasing it for real: confirmed with --yes, its token and TTL go to the audit log first (the demo's own, in its temp dir)",
        args: &["lock", "force-release", "{lock_without_ttl}", "--yes"],
        expect: 0,
    },
    Stop {
        title: "The audit log: who changed what, when, and what it was before",
        args: &["audit", "show"],
        expect: 0,
    },
    Stop {
        title: "Putting the lock back from the audit log (SET NX: only if nobody took it meanwhile)",
        args: &["audit", "restore", "{last_audit_id}", "--yes"],
        expect: 0,
    },
    Stop {
        title: "Is the audit log as it was written? Each line holds the hash of the one before: verify names the first line edited, removed or reordered",
        args: &["audit", "verify"],
        expect: 0,
    },
    Stop {
        title: "Transaction queues: consumer groups, lag, and who holds pending entries",
        args: &["stream", "groups"],
        expect: 0,
    },
    Stop {
        title: "What is pending in the withdrawals queue, per consumer",
        args: &["stream", "pending", "{stream}", "--group", "{group}"],
        expect: 0,
    },
    Stop {
        title: "Handing the dead worker's entries to a live one (dead-lettering the poison ones), as a dry run",
        args: &[
            "stream",
            "reclaim",
            "{stream}",
            "--group",
            "{group}",
            "--from",
            "{dead_consumer}",
            "--to",
            "worker-1",
            "--min-idle",
            "0s",
            "--dead-letter",
            "{dead_letter_stream}",
            "--max-deliveries",
            "5",
            "--dry-run",
        ],
        expect: 0,
    },
    Stop {
        title: "Acknowledging the dead worker's poison entries (delivered 5 times or more), as a dry run",
        args: &[
            "stream",
            "ack",
            "{stream}",
            "--group",
            "{group}",
            "--consumer",
            "{dead_consumer}",
            "--min-deliveries",
            "5",
            "--dry-run",
        ],
        expect: 0,
    },
    Stop {
        title: "Where the memory goes: per type, biggest keys, key groups, keys without TTL",
        args: &["memory", "bigkeys", "--top", "5"],
        expect: 0,
    },
    Stop {
        title: "A few keys up close: bytes, type, elements, TTL and encoding",
        args: &[
            "memory",
            "usage",
            "{stream}",
            "{leaderboard_key}",
            "{cache_key_without_ttl}",
        ],
        expect: 0,
    },
    Stop {
        title: "The memory budget and eviction policy (the generator left a risky one)",
        args: &["memory", "policy"],
        expect: 0,
    },
    Stop {
        title: "The CI smoke check: what a pipeline would fail on (exit 1 here, on purpose)",
        args: &["check"],
        expect: 1,
    },
];

/// The extra stop of `demo --sentinel`.
pub const SENTINEL_STOP: Stop = Stop {
    title: "Is Sentinel healthy? Each sentinel's view of the primary, the replica's lag, CKQUORUM",
    args: &["sentinel", "status"],
    expect: 0,
};

/// The name the demo's sentinels monitor the primary under.
pub const DEMO_MASTER: &str = "redops-demo";

const INSTALL_HINT: &str = "install it with `apt-get install -y redis-server` (Debian/Ubuntu), \
`dnf install redis` (Fedora), or `brew install redis` (macOS), or pass --redis-server PATH";

pub async fn run(args: DemoArgs, ctx: &Ctx) -> Result<()> {
    let started = Instant::now();
    let mut server = DemoServer::start(args.redis_server.as_deref()).await?;
    // Anything that ends this function from here on drops `server`: the process is killed and
    // the directory removed.
    eprintln_unless_quiet(
        ctx,
        &format!(
            "redops demo: {} ({}) on {} (dir {})",
            server.version,
            server.binary.display(),
            server.url,
            server.dir_path().display()
        ),
    );
    let mut ha = Vec::new();
    let outcome = tokio::select! {
        r = async {
            let url = if args.with_sentinel {
                start_sentinels(args.redis_server.as_deref(), &server, &mut ha).await?
            } else {
                server.url.clone()
            };
            if args.with_sentinel {
                eprintln_unless_quiet(ctx, &format!("redops demo: a replica and three sentinels: {url}"));
            }
            demo(&args, ctx, &server, &url, &ha).await
        } => r,
        _ = terminated() => Err(Error::interrupted()),
    };
    for s in &mut ha {
        s.stop();
    }
    server.stop();
    // After Ctrl-C, whatever failed on the way out (a tour step killed by the same Ctrl-C) is
    // the interruption.
    let outcome = match outcome {
        Err(_) if ctx.is_interrupted() => Err(Error::interrupted()),
        o => o,
    };
    if outcome.is_ok() {
        eprintln_unless_quiet(
            ctx,
            &format!(
                "redops demo: done in {:.1}s; the server is stopped and its directory removed",
                started.elapsed().as_secs_f64()
            ),
        );
    }
    outcome
}

async fn demo(
    args: &DemoArgs,
    ctx: &Ctx,
    server: &DemoServer,
    url: &str,
    ha: &[DemoServer],
) -> Result<()> {
    let client = datagen::connect(&server.url).await?;
    let spec = Spec {
        users: args.users,
        seed: args.seed,
        keyspace: ctx.settings.keyspace.clone(),
        ..Spec::default()
    };
    let live = !ctx.out.quiet && std::io::stderr().is_terminal();
    let mut progress = |phase: &str, done: u64, total: u64| {
        if live {
            eprint!("\rloading {phase}: {done}/{total}        ");
        }
    };
    let report = tokio::select! {
        r = datagen::load_with_progress(&client, &spec, &mut progress) => r?,
        _ = ctx.cancelled() => return Err(Error::interrupted()),
    };
    if live {
        eprintln!();
    }
    if !ha.is_empty() {
        wait_sentinels_settled(server, ha).await?;
    }
    let table = ctx.out.is_table();
    if table {
        ctx.out.print(&load_summary(&report))?;
    }
    if args.keep {
        return keep(ctx, server, url, &report).await;
    }
    let tour: Vec<&Stop> = TOUR
        .iter()
        .chain(args.with_sentinel.then_some(&SENTINEL_STOP))
        .collect();
    let mut failures = Vec::new();
    let mut stops = Vec::new();
    let audit_log = server.dir_path().join("audit.jsonl");
    for (i, stop) in tour.iter().enumerate() {
        if ctx.is_interrupted() {
            return Err(Error::interrupted());
        }
        let argv = stop_args(stop, &tour_fields(&report, last_audit_id(&audit_log))?)?;
        let line = format!("redops -u {url} {}", shell_words(&argv));
        if table {
            ctx.out.print(&format!(
                "\n── {}/{}  {}\n$ {line}\n",
                i + 1,
                tour.len(),
                stop.title
            ))?;
        }
        let (code, stdout, stderr) = run_stop(ctx, url, &audit_log, &argv).await?;
        if table {
            ctx.out.print(&String::from_utf8_lossy(&stdout))?;
            let mut err = tokio::io::stderr();
            let _ = err.write_all(&stderr).await;
            let _ = err.flush().await;
        }
        stops.push(json!({
            "title": stop.title,
            "command": line,
            "exit_code": code,
            "stdout": String::from_utf8_lossy(&stdout),
        }));
        if code != stop.expect {
            failures.push(format!(
                "`redops {}` exited {code}, expected {}",
                shell_words(&argv),
                stop.expect
            ));
        }
    }
    if !failures.is_empty() {
        return Err(
            Error::internal(format!("the demo tour went wrong: {}", failures.join("; ")))
                .hint("this is a bug in redops: please report it with the output above"),
        );
    }
    if !table {
        return ctx.out.json(&json!({
            "url": url,
            "load": report,
            "tour": stops,
        }));
    }
    ctx.out.print(
        "\nThat was the tour. Run `redops demo --keep` to keep the server and try any command on it.\n",
    )
}

/// `--keep`: print the URL and commands to try, then wait for Ctrl-C.
async fn keep(ctx: &Ctx, server: &DemoServer, url: &str, report: &LoadReport) -> Result<()> {
    let mut commands = Vec::new();
    let fields = tour_fields(report, None)?;
    let sentinel = (url != server.url).then_some(&SENTINEL_STOP);
    for stop in TOUR.iter().chain(sentinel).filter(|s| !tour_only(s)) {
        let argv = stop_args(stop, &fields)?;
        commands.push(format!("redops -u {url} {}", shell_words(&argv)));
    }
    if ctx.out.is_table() {
        let mut text = format!("\nRedis is running at {url}\nTry, in another terminal:\n");
        for c in &commands {
            text.push_str(&format!("  {c}\n"));
        }
        text.push_str("Press Ctrl-C to stop the server and remove its data.\n");
        ctx.out.print(&text)?;
    } else {
        ctx.out.json(&json!({
            "url": url,
            "dir": server.dir_path(),
            "pid": std::process::id(),
            "load": report,
            "try": commands,
        }))?;
    }
    ctx.cancelled().await;
    Ok(())
}

/// Runs one stop: this same binary, as a subprocess. Returns its exit code, stdout and stderr.
async fn run_stop(
    ctx: &Ctx,
    url: &str,
    audit_log: &Path,
    argv: &[String],
) -> Result<(i32, Vec<u8>, Vec<u8>)> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::internal(format!("cannot find the redops binary itself: {e}")))?;
    let mut cmd = tokio::process::Command::new(exe);
    cmd.arg("-u")
        .arg(url)
        .args(argv)
        .env_remove("REDOPS_PROFILE")
        .env_remove("REDISCLI_AUTH")
        // The tour's changes are audited in the demo's own directory, not the operator's log.
        .env("REDOPS_AUDIT_LOG", audit_log)
        .stdin(Stdio::null())
        .kill_on_drop(true);
    if !ctx.out.color {
        cmd.arg("--no-color");
    }
    let out = tokio::select! {
        o = cmd.output() => o.map_err(|e| Error::internal(format!("cannot run redops for the tour: {e}")))?,
        _ = ctx.cancelled() => return Err(Error::interrupted()),
    };
    match out.status.code() {
        Some(130) | None => Err(Error::interrupted()),
        Some(code) => Ok((code, out.stdout, out.stderr)),
    }
}

/// What `{name}` in a stop's arguments can name: the load report's fields, plus
/// `last_audit_id` (the newest action in the demo's audit log, when there is one).
pub fn tour_fields(report: &LoadReport, last_audit_id: Option<String>) -> Result<Value> {
    let mut fields =
        serde_json::to_value(report).map_err(|e| Error::internal(format!("load report: {e}")))?;
    if let (Value::Object(m), Some(id)) = (&mut fields, last_audit_id) {
        m.insert("last_audit_id".into(), Value::String(id));
    }
    Ok(fields)
}

/// Whether a stop only makes sense inside the tour: it changes data (and puts it back in a
/// later stop), or names an action in the demo's own audit log. `--keep` does not offer these.
pub fn tour_only(stop: &Stop) -> bool {
    stop.args.contains(&"--yes") || stop.args.iter().any(|a| a.contains("{last_audit_id}"))
}

/// The id of the newest action in an audit log (the tour's own).
fn last_audit_id(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().rev().find_map(|l| {
        let v: Value = serde_json::from_str(l).ok()?;
        (v.get("phase").and_then(Value::as_str) == Some("intent"))
            .then(|| v.get("id").and_then(Value::as_str).map(str::to_owned))
            .flatten()
    })
}

/// The stop's arguments with `{field}` replaced by that field of `fields` ([`tour_fields`]).
pub fn stop_args(stop: &Stop, fields: &Value) -> Result<Vec<String>> {
    stop.args
        .iter()
        .map(|a| substitute(a, fields))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            Error::internal(format!(
                "tour stop '{}' names a field the load report does not have: {:?}",
                stop.title, stop.args
            ))
        })
}

fn substitute(arg: &str, fields: &Value) -> Option<String> {
    let mut out = String::new();
    let mut rest = arg;
    while let Some(start) = rest.find('{') {
        let end = start + rest[start..].find('}')?;
        out.push_str(&rest[..start]);
        match fields.get(&rest[start + 1..end])? {
            Value::String(s) => out.push_str(s),
            v => out.push_str(&v.to_string()),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// Arguments as a shell would need them typed.
fn shell_words(argv: &[String]) -> String {
    argv.iter()
        .map(|a| {
            if !a.is_empty()
                && a.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_:./=@,".contains(&b))
            {
                a.clone()
            } else {
                format!("'{}'", a.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn load_summary(r: &LoadReport) -> String {
    format!(
        "Loaded a fintech platform in {:.1}s ({} commands in {} round trips):\n\
         \x20 {} users with {} sessions, {} rate-limit windows ({} requests),\n\
         \x20 {} leaderboards ({} entries, month {}), {} trader profiles, {} locks,\n\
         \x20 {} streams ({} transactions, {} dead letters), {} cache keys: {} keys in all.\n",
        r.elapsed_ms as f64 / 1000.0,
        r.commands,
        r.round_trips,
        r.users,
        r.sessions,
        r.ratelimit_keys,
        r.ratelimit_entries,
        r.leaderboards,
        r.leaderboard_entries,
        r.month,
        r.meta_keys,
        r.locks,
        r.streams,
        r.stream_entries,
        r.dead_letter_entries,
        r.cache_keys,
        r.total_keys
    )
}

fn eprintln_unless_quiet(ctx: &Ctx, text: &str) {
    if !ctx.out.quiet {
        eprintln!("{text}");
    }
}

/// Resolves on SIGTERM or SIGHUP (Ctrl-C is handled in `main`), so the server is still stopped
/// when redops is terminated or its terminal goes away.
async fn terminated() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) {
            (Ok(mut term), Ok(mut hup)) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = hup.recv() => {}
                }
            }
            _ => std::future::pending::<()>().await,
        }
    }
    #[cfg(not(unix))]
    std::future::pending::<()>().await
}

/// Asks the kernel to send the server SIGTERM when redops dies, even by SIGKILL (which leaves
/// no chance to clean up): a demo server never outlives its demo. (Its temp dir is left then.)
#[cfg(target_os = "linux")]
fn stop_with_parent(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    let parent = std::process::id() as libc::pid_t;
    // SAFETY: between fork and exec, only async-signal-safe calls (prctl, getppid).
    unsafe {
        cmd.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) == -1 {
                return Err(std::io::Error::last_os_error());
            }
            // redops died before the prctl took effect: do not start an orphan.
            if libc::getppid() != parent {
                return Err(std::io::Error::other(
                    "redops exited while starting the server",
                ));
            }
            Ok(())
        });
    }
}

#[cfg(not(target_os = "linux"))]
fn stop_with_parent(_cmd: &mut Command) {}

/// What a demo process is.
#[derive(Debug, Clone, Copy)]
pub enum Role {
    Primary,
    Replica { primary: u16 },
    Sentinel { primary: u16 },
}

/// `demo --sentinel`: a replica of `server` and three sentinels monitoring it (pushed to
/// `ha`, so that they are stopped whatever happens next); returns the Sentinel URL.
async fn start_sentinels(
    binary: Option<&Path>,
    server: &DemoServer,
    ha: &mut Vec<DemoServer>,
) -> Result<String> {
    ha.push(
        DemoServer::start_as(
            binary,
            Role::Replica {
                primary: server.port,
            },
        )
        .await?,
    );
    let mut hosts = Vec::new();
    for _ in 0..3 {
        let s = DemoServer::start_as(
            binary,
            Role::Sentinel {
                primary: server.port,
            },
        )
        .await?;
        hosts.push(format!("127.0.0.1:{}", s.port));
        ha.push(s);
    }
    Ok(format!(
        "redis+sentinel://{}/{DEMO_MASTER}",
        hosts.join(",")
    ))
}

/// Waits until the replica has synced and every sentinel knows the replica and the other
/// sentinels and can reach the quorum (hello messages go every 2 s), so that the tour's
/// `sentinel status` is healthy.
async fn wait_sentinels_settled(server: &DemoServer, ha: &[DemoServer]) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let ask = |port: u16, cmd: redis::Cmd| async move {
        let client = redis::Client::open(format!("redis://127.0.0.1:{port}")).ok()?;
        let mut conn = client.get_multiplexed_async_connection().await.ok()?;
        cmd.query_async::<redis::Value>(&mut conn).await.ok()
    };
    loop {
        let mut settled = true;
        for s in ha {
            let ok = match ask(s.port, redis::cmd("ROLE")).await {
                Some(redis::Value::Array(a))
                    if a.first().is_some_and(
                        |r| matches!(r, redis::Value::BulkString(b) if b == b"sentinel"),
                    ) =>
                {
                    let q: Option<redis::Value> = ask(
                        s.port,
                        redis::cmd("SENTINEL")
                            .arg("CKQUORUM")
                            .arg(DEMO_MASTER)
                            .clone(),
                    )
                    .await;
                    let m = ask(
                        s.port,
                        redis::cmd("SENTINEL")
                            .arg("MASTER")
                            .arg(DEMO_MASTER)
                            .clone(),
                    )
                    .await;
                    let m = m.map(|v| super::sentinel::kv(&v)).unwrap_or_default();
                    q.is_some()
                        && m.get("num-slaves").map(String::as_str) == Some("1")
                        && m.get("num-other-sentinels").map(String::as_str) == Some("2")
                }
                Some(_) => ask(s.port, redis::cmd("INFO").arg("replication").clone())
                    .await
                    .and_then(|v| redis::from_redis_value::<String>(v).ok())
                    .is_some_and(|i| i.contains("master_link_status:up")),
                None => false,
            };
            settled &= ok;
        }
        if settled {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(Error::internal(format!(
                "the demo's replica and sentinels did not settle on the primary {} within 60s",
                server.url
            ))
            .hint("see redis.log and sentinel.conf in each demo directory; run without --sentinel for the plain tour"));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The private redis-server: killed, waited for, and its directory removed when dropped.
pub struct DemoServer {
    pub url: String,
    pub port: u16,
    /// "Redis 7.0.15", "Valkey 8.1.1", from the binary's `--version`.
    pub version: String,
    pub binary: PathBuf,
    child: Option<Child>,
    dir: Option<tempfile::TempDir>,
}

impl DemoServer {
    /// Starts redis-server on a free loopback port in a fresh temp dir (`$TMPDIR`), with no
    /// persistence, and waits until it answers PING.
    pub async fn start(binary: Option<&Path>) -> Result<DemoServer> {
        Self::start_as(binary, Role::Primary).await
    }

    /// Starts a primary, a replica of the primary on a port, or a sentinel monitoring it.
    pub async fn start_as(binary: Option<&Path>, role: Role) -> Result<DemoServer> {
        let binary = match binary {
            Some(b) => b.to_path_buf(),
            None => default_binary(),
        };
        let version = server_version(&binary)?;
        let mut last = String::new();
        for _attempt in 0..5 {
            let dir = tempfile::Builder::new()
                .prefix("redops-demo-")
                .tempdir()
                .map_err(|e| Error::internal(format!("cannot create a temp dir: {e}")))?;
            let port = free_port()?;
            let mut cmd = Command::new(&binary);
            // Its own process group: a Ctrl-C in the terminal reaches redops only, which then
            // stops the server itself (in order, after the tour's current step).
            #[cfg(unix)]
            std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
            stop_with_parent(&mut cmd);
            match role {
                Role::Sentinel { primary } => {
                    let conf = dir.path().join("sentinel.conf");
                    std::fs::write(
                        &conf,
                        format!(
                            "sentinel monitor {DEMO_MASTER} 127.0.0.1 {primary} 2\n\
                             sentinel down-after-milliseconds {DEMO_MASTER} 5000\n\
                             sentinel failover-timeout {DEMO_MASTER} 10000\n"
                        ),
                    )
                    .map_err(|e| {
                        Error::internal(format!("cannot write {}: {e}", conf.display()))
                    })?;
                    cmd.arg(&conf).arg("--sentinel");
                }
                Role::Replica { primary } => {
                    cmd.args(["--replicaof", "127.0.0.1", &primary.to_string()]);
                    cmd.args(["--save", "", "--appendonly", "no"]);
                }
                Role::Primary => {
                    cmd.args(["--save", "", "--appendonly", "no"]);
                }
            }
            let child = cmd
                .arg("--port")
                .arg(port.to_string())
                .args(["--bind", "127.0.0.1"])
                // `--dir` first: the server opens its log file as soon as it reads
                // `--logfile`, relative to where it is at that moment.
                .arg("--dir")
                .arg(dir.path())
                .args(["--daemonize", "no", "--logfile", "redis.log"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| missing(&binary, &e.to_string()))?;
            let mut server = DemoServer {
                url: format!("redis://127.0.0.1:{port}"),
                port,
                version: version.clone(),
                binary: binary.clone(),
                child: Some(child),
                dir: Some(dir),
            };
            match server.wait_ready().await {
                Ok(()) => return Ok(server),
                Err(why) => last = why, // port taken in between, or a bad binary: try again
            }
        }
        Err(Error::connection(format!(
            "could not start {}: {last}",
            binary.display()
        )))
    }

    pub fn dir_path(&self) -> PathBuf {
        self.dir
            .as_ref()
            .map(|d| d.path().to_path_buf())
            .unwrap_or_default()
    }

    async fn wait_ready(&mut self) -> std::result::Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(child) = self.child.as_mut()
                && let Ok(Some(status)) = child.try_wait()
            {
                let log =
                    std::fs::read_to_string(self.dir_path().join("redis.log")).unwrap_or_default();
                let tail: Vec<&str> = log.lines().rev().take(3).collect();
                return Err(format!(
                    "it exited ({status}): {}",
                    tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
                ));
            }
            if ping(self.port).await {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Err("it did not answer PING within 10s".into())
    }

    /// Kills the server, waits for it, and removes its directory.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(dir) = self.dir.take() {
            let _ = dir.close();
        }
    }
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn missing(binary: &Path, why: &str) -> Error {
    Error::new(
        ExitCode::Connection,
        format!(
            "redops demo needs redis-server (or valkey-server), and {} could not be run: {why}",
            binary.display()
        ),
    )
    .hint(INSTALL_HINT)
}

/// `redis-server` on PATH, else `valkey-server` (Valkey's own name; distributions that ship
/// Valkey may install only that).
fn default_binary() -> PathBuf {
    let on_path = |name: &str| {
        std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(name).is_file()))
    };
    if !on_path("redis-server") && on_path("valkey-server") {
        PathBuf::from("valkey-server")
    } else {
        PathBuf::from("redis-server")
    }
}

/// `redis-server --version`, which also tells whether the binary is there at all.
fn server_version(binary: &Path) -> Result<String> {
    let out = Command::new(binary)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| missing(binary, &e.to_string()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(missing(binary, "it is not a redis-server or valkey-server"));
    }
    parse_server_version(&text)
        .ok_or_else(|| missing(binary, "it is not a redis-server or valkey-server"))
}

/// "Redis 7.0.15" from `Redis server v=7.0.15 sha=...`, "Valkey 8.1.1" from `Valkey server
/// v=8.1.1 ...` (also what Valkey's `redis-server` says).
pub fn parse_server_version(text: &str) -> Option<String> {
    let flavor = if text.starts_with("Redis server") {
        "Redis"
    } else if text.starts_with("Valkey server") {
        "Valkey"
    } else {
        return None;
    };
    let v = text
        .split_whitespace()
        .find_map(|w| w.strip_prefix("v="))
        .unwrap_or("?");
    Some(format!("{flavor} {v}"))
}

fn free_port() -> Result<u16> {
    let l = TcpListener::bind(("127.0.0.1", 0))
        .map_err(|e| Error::internal(format!("cannot find a free port: {e}")))?;
    l.local_addr()
        .map(|a| a.port())
        .map_err(|e| Error::internal(format!("cannot find a free port: {e}")))
}

async fn ping(port: u16) -> bool {
    let attempt = async {
        let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
        s.write_all(b"PING\r\n").await?;
        let mut buf = [0u8; 16];
        let n = s.read(&mut buf).await?;
        Ok::<bool, std::io::Error>(buf[..n].starts_with(b"+PONG"))
    };
    matches!(
        tokio::time::timeout(Duration::from_millis(500), attempt).await,
        Ok(Ok(true))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> LoadReport {
        LoadReport {
            lock_without_ttl: "settlement:eod-batch".into(),
            users: 12,
            ..LoadReport::default()
        }
    }

    #[test]
    fn every_tour_stop_resolves_its_names() {
        let f = tour_fields(&report(), Some("18eb-1".into())).expect("fields");
        for stop in TOUR {
            let args = stop_args(stop, &f).expect("stop resolves");
            assert!(args.iter().all(|a| !a.contains('{')), "{args:?}");
        }
        let release = TOUR
            .iter()
            .find(|s| s.args.starts_with(&["lock", "force-release"]))
            .expect("a lock release stop");
        assert_eq!(
            stop_args(release, &f).unwrap(),
            ["lock", "force-release", "settlement:eod-batch", "--dry-run"]
        );
        let restore = TOUR
            .iter()
            .find(|s| s.args.starts_with(&["audit", "restore"]))
            .expect("a restore stop");
        assert_eq!(stop_args(restore, &f).unwrap()[2], "18eb-1");
        // --keep offers every stop but the real change and the restore of it.
        let kept: Vec<&Stop> = TOUR.iter().filter(|s| !tour_only(s)).collect();
        assert_eq!(kept.len(), TOUR.len() - 2);
        let keep_fields = tour_fields(&report(), None).expect("fields");
        for stop in kept {
            stop_args(stop, &keep_fields).expect("a --keep stop needs no audit id");
        }
    }

    #[test]
    fn accepts_redis_and_valkey_servers() {
        assert_eq!(
            parse_server_version("Redis server v=6.2.14 sha=40305114:0 malloc=libc bits=64"),
            Some("Redis 6.2.14".to_string())
        );
        assert_eq!(
            parse_server_version("Valkey server v=8.1.1 sha=00000000:1 malloc=libc bits=64"),
            Some("Valkey 8.1.1".to_string())
        );
        assert_eq!(parse_server_version("KeyDB server v=6.3.4"), None);
        assert_eq!(parse_server_version("usage: foo"), None);
    }

    #[test]
    fn substitution_and_quoting() {
        let f = serde_json::to_value(report()).unwrap();
        assert_eq!(substitute("x{users}y", &f).as_deref(), Some("x12y"));
        assert_eq!(substitute("{nope}", &f), None);
        assert_eq!(substitute("plain", &f).as_deref(), Some("plain"));
        assert_eq!(
            shell_words(&["lock".into(), "a b".into(), "it's".into()]),
            r"lock 'a b' 'it'\''s'"
        );
    }
}
