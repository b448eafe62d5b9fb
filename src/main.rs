use clap::{CommandFactory, FromArgMatches};
use redops::cli::Cli;
use redops::context::{Ctx, Settings};
use redops::error::{Error, ExitCode, redact_text};
use redops::output::{Output, safe_message};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

fn main() {
    let _ = color_eyre::install();
    // A panic is a bug: report it (color-eyre's hook prints it) and exit 70 as the contract says.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        hook(info);
        std::process::exit(ExitCode::Internal as i32);
    }));
    let _ = rustls::crypto::ring::default_provider().install_default();

    // Usage errors exit 2 here (clap). The matches are kept to tell flags from environment.
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let code = run(cli, &matches);
    std::process::exit(code as i32);
}

fn run(cli: Cli, matches: &clap::ArgMatches) -> ExitCode {
    let out = Output::new(cli.global.output, cli.global.no_color, cli.global.quiet);
    let settings = match Settings::resolve(&cli.global, Some(matches)) {
        Ok(s) => s,
        Err(e) => return report(e),
    };
    let ctx = Ctx {
        settings,
        out,
        interrupted: Arc::new(AtomicBool::new(false)),
        round_trips: Default::default(),
        // args_os: an argument that is not UTF-8 (a path) must not panic; it is kept escaped.
        command_line: std::env::args_os()
            .map(|a| {
                use std::os::unix::ffi::OsStrExt;
                redact_text(&redops::output::show_bytes(a.as_bytes()))
            })
            .collect::<Vec<_>>()
            .join(" "),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            return report(Error::internal(format!(
                "cannot start the async runtime: {e}"
            )));
        }
    };
    let result = runtime.block_on(async {
        let work = redops::cmd::run(cli.command, &ctx);
        tokio::pin!(work);
        tokio::select! {
            biased;
            r = &mut work => r,
            _ = tokio::signal::ctrl_c() => {
                // Let scans stop and print what they have; give up after a grace period.
                ctx.interrupted.store(true, Ordering::Relaxed);
                match tokio::time::timeout(Duration::from_secs(2), &mut work).await {
                    Ok(Err(e)) => Err(e),
                    _ => Err(Error::interrupted()),
                }
            }
        }
    });
    if std::env::var_os("REDOPS_TRACE_ROUND_TRIPS").is_some() {
        eprintln!(
            "redops: round trips after connection set-up: {}",
            ctx.total_round_trips()
        );
    }
    // Do not wait for background tasks (a scan still running on another node).
    runtime.shutdown_background();
    match result {
        Ok(()) => ExitCode::Success,
        Err(e) => report(e),
    }
}

fn report(e: Error) -> ExitCode {
    match e.code {
        // A closed stdout (`redops ... | head`) is not an error.
        ExitCode::Success => {}
        ExitCode::Interrupted if e.message == "interrupted" => eprintln!("redops: interrupted"),
        _ => {
            eprintln!("error: {}", safe_message(&redact_text(&e.message)));
            for h in &e.hints {
                eprintln!("hint: {}", safe_message(&redact_text(h)));
            }
        }
    }
    e.code
}
