//! Scans that take more than a moment show what they are doing on a terminal (keys so far,
//! rate, time), and nothing when stderr is not a terminal or with --quiet.

use crate::support::{Env, RedisServer};
use std::process::{Command, Stdio};

/// Runs redops in a pseudo-terminal (util-linux `script`) and returns what the terminal showed.
fn in_pty(env: &Env, args: &[&str]) -> (i32, String) {
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let line = std::iter::once(quote(env!("CARGO_BIN_EXE_redops")))
        .chain(args.iter().map(|a| quote(a)))
        .collect::<Vec<_>>()
        .join(" ");
    let out = Command::new("script")
        .args(["-q", "-e", "-c", &line, "/dev/null"])
        .env_remove("REDIS_URL")
        .env_remove("REDOPS_PROFILE")
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("XDG_STATE_HOME", env.dir.path().join("state"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("util-linux `script` is needed for this test (apt-get install -y util-linux)");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn a_slow_scan_shows_progress_on_a_terminal_and_nothing_otherwise() {
    let server = RedisServer::start();
    let mut c = server.conn();
    let mut pipe = redis::pipe();
    for u in 0..3000 {
        pipe.cmd("HSET")
            .arg(format!("sessions:user:{u}"))
            .arg("s1")
            .arg(r#"{"session_id":"s1","device_type":"web","ip_address":"10.1.2.3","created_at":1,"last_active":2}"#)
            .ignore();
    }
    pipe.query::<()>(&mut c).expect("load");
    let env = Env::new();
    let url = server.url();
    // Throttled so that the scan lasts well over the spinner's first tick.
    let args = [
        "-u",
        &url,
        "session",
        "list",
        "--summary",
        "--scan-count",
        "100",
        "--sleep",
        "20ms",
    ];
    let (code, screen) = in_pty(&env, &args);
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("scanning sessions:user:*") && screen.contains("keys"),
        "no progress on a terminal: {screen}"
    );
    let mut quiet = args.to_vec();
    quiet.push("--quiet");
    let (code, screen) = in_pty(&env, &quiet);
    assert_eq!(code, 0, "{screen}");
    assert!(
        !screen.contains("scanning"),
        "progress despite --quiet: {screen}"
    );
    let run = env.run(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stderr.contains("scanning"),
        "progress when stderr is not a terminal: {}",
        run.stderr
    );
}
