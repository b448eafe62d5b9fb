//! The binary: parse the command line, build the context (output, settings, the secrets no
//! message may show), run the command to its end (`cmd::run_to_end`), and map the outcome to
//! the exit code.

use clap::FromArgMatches;
use redops::cli::Cli;
use redops::context::{Ctx, Settings};
use redops::error::{
    Error, ExitCode, password_on_command_line, redact_args, redact_known, redact_text,
    register_secret, url_password,
};
use redops::output::{Output, safe_message};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

fn main() {
    // A panic is a bug: say so, print the panic (and a backtrace with RUST_BACKTRACE=1), and
    // exit 70 as the contract says.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        eprintln!(
            "redops {}: internal error (a bug). Please report it with the command line and this message:",
            env!("CARGO_PKG_VERSION")
        );
        hook(info);
        std::process::exit(ExitCode::Internal as i32);
    }));
    let _ = rustls::crypto::ring::default_provider().install_default();

    // Usage errors exit 2 here (clap). The matches are kept to tell flags from environment.
    let matches = redops::help::matches_from(std::env::args_os()).unwrap_or_else(|e| e.exit());
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let code = run(cli, &matches);
    std::process::exit(code as i32);
}

/// Builds the context (output, settings, secrets to mask) and runs the command to its end.
fn run(cli: Cli, matches: &clap::ArgMatches) -> ExitCode {
    let mut out = Output::new(cli.global.output, cli.global.no_color, cli.global.quiet);
    // args_os: an argument that is not UTF-8 (a path) must not panic; it is kept escaped.
    let args: Vec<String> = std::env::args_os()
        .map(|a| {
            use std::os::unix::ffi::OsStrExt;
            redops::output::show_bytes(a.as_bytes())
        })
        .collect();
    register_secrets(&args);
    if password_on_command_line(&args) {
        out.warn("a password on the command line is visible to every user of this machine (ps, /proc); put it in REDISCLI_AUTH, or in the variable a profile's password_env names");
    }
    if cli.global.tls_insecure {
        out.warn("--tls-insecure: the server's TLS certificate is not verified; anyone on the network path can read and change this session (recorded in the audit log)");
    }
    let settings = match Settings::resolve(&cli.global, Some(matches)) {
        Ok(s) => s,
        Err(e) => return report(e),
    };
    if let Some(pw) = url_password(&settings.connect.url) {
        register_secret(pw);
    }
    if let Some(pw) = &settings.connect.password {
        register_secret(pw);
    }
    out.redact = settings.redact;
    out.max_value_bytes = cli.global.max_value_bytes.map(|n| n as usize);
    let ctx = Ctx {
        settings,
        out,
        interrupted: Arc::new(AtomicBool::new(false)),
        round_trips: Default::default(),
        touch_logs: Default::default(),
        setup_trips: Default::default(),
        pacings: Default::default(),
        command_line: redact_args(&args),
        sentinel_guard: Default::default(),
    };
    let result = redops::cmd::run_to_end(cli.command, &ctx);
    match result {
        Ok(()) => ExitCode::Success,
        Err(e) => report(e),
    }
}

/// Every password this run can see, so that no message shows it (also ones the URL rules
/// would miss: spaces, `/` or `#` in a password).
fn register_secrets(args: &[String]) {
    for var in ["REDIS_URL"] {
        if let Ok(u) = std::env::var(var)
            && let Some(pw) = url_password(&u)
        {
            register_secret(pw);
        }
    }
    if let Ok(pw) = std::env::var("REDISCLI_AUTH") {
        register_secret(&pw);
    }
    let mut iter = args.iter().peekable();
    while let Some(a) = iter.next() {
        let value = match a.as_str() {
            "-a" | "--pass" => iter.peek().map(|s| s.to_string()),
            "-u" | "--url" => iter.peek().and_then(|u| url_password(u)).map(str::to_owned),
            _ => a.strip_prefix("--pass=").map(str::to_owned).or_else(|| {
                a.strip_prefix("--url=")
                    .and_then(url_password)
                    .map(str::to_owned)
            }),
        };
        if let Some(v) = value {
            register_secret(&v);
        }
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
                // Hints hold templates (`redis://[user:password@]host`): known secrets only.
                eprintln!("hint: {}", safe_message(&redact_known(h)));
            }
        }
    }
    e.code
}
