//! `redops demo`: a private redis-server in a temp dir, the generated fintech keyspace
//! (`crate::datagen`), and a guided tour that runs the real binary against it.
//!
//! The server must never outlive redops: it lives in a [`DemoServer`] guard that kills it and
//! removes its directory when dropped (normal end, error half-way, Ctrl-C, SIGTERM).
//!
//! The tour's stops and how each runs are in `tour.rs`; the servers in `server.rs`.

mod server;
mod tour;

pub use tour::{SENTINEL_STOP, Stop, TOUR};

use crate::context::Ctx;
use crate::datagen::{self, LoadReport, Spec};
use crate::error::{Error, Result};
use crate::output::{Output, Report};
use clap::Args;
use server::{DemoServer, start_sentinels, wait_sentinels_settled};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;
use tokio::io::AsyncWriteExt;
use tour::{last_audit_id, run_stop, shell_words, stop_args, tour_fields, tour_only};

/// Arguments of `redops demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Number of users to generate (at least 10)
    #[arg(long, value_name = "N", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(10..))]
    pub users: u64,

    /// Seed of the data generator: the same seed gives the same data
    #[arg(long, value_name = "N", default_value_t = 42)]
    pub seed: u64,

    /// The redis-server binary to run (default: redis-server on PATH)
    #[arg(long, value_name = "PATH")]
    pub redis_server: Option<PathBuf>,

    /// Skip the tour: leave the server running, print its URL, and wait for Ctrl-C
    ///
    /// Point any other redops command at the printed URL with -u. Ctrl-C stops the server and
    /// removes its directory.
    #[arg(long)]
    pub keep: bool,

    /// Also start a replica and three sentinels, and take the tour through Sentinel
    ///
    /// Every stop then runs against redis+sentinel://.../redops-demo, and one more stop shows
    /// `sentinel status`. Starting and settling the sentinels adds a few seconds, which is why
    /// the default tour does without them. (Not --sentinel: that global flag names a sentinel.)
    #[arg(long)]
    pub with_sentinel: bool,
}

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
        stops.push(StopReport {
            title: stop.title,
            command: line,
            exit_code: code,
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
        });
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
    ctx.out.emit(&TourReport {
        url,
        load: &report,
        tour: stops,
    })
}

/// What the tour prints at its end: the load report and each stop with its output (JSON);
/// a table shows each stop as it runs, and only a closing line here.
#[derive(Debug, serde::Serialize)]
pub struct TourReport<'a> {
    pub url: &'a str,
    pub load: &'a LoadReport,
    pub tour: Vec<StopReport>,
}

/// One stop of the tour, as it ran.
#[derive(Debug, serde::Serialize)]
pub struct StopReport {
    pub title: &'static str,
    pub command: String,
    pub exit_code: i32,
    pub stdout: String,
}

impl Report for TourReport<'_> {
    fn render_table(&self, out: &Output) -> Result<()> {
        out.print(
            "\nThat was the tour. Run `redops demo --keep` to keep the server and try any command on it.\n",
        )
    }
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
    ctx.out.emit(&KeepReport {
        url,
        dir: server.dir_path(),
        pid: std::process::id(),
        load: report,
        try_: commands,
    })?;
    ctx.cancelled().await;
    Ok(())
}

/// `demo --keep`: where the server runs, what it holds, and the commands to try on it.
#[derive(Debug, serde::Serialize)]
pub struct KeepReport<'a> {
    pub url: &'a str,
    pub dir: PathBuf,
    pub pid: u32,
    pub load: &'a LoadReport,
    #[serde(rename = "try")]
    pub try_: Vec<String>,
}

impl Report for KeepReport<'_> {
    fn render_table(&self, out: &Output) -> Result<()> {
        let mut text = format!(
            "\nRedis is running at {}\nTry, in another terminal:\n",
            self.url
        );
        for c in &self.try_ {
            text.push_str(&format!("  {c}\n"));
        }
        text.push_str("Press Ctrl-C to stop the server and remove its data.\n");
        out.print(&text)
    }
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
