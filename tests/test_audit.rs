//! The audit log as a regulated platform needs it: whole lines on a full disk, serialised
//! restores, private files never followed through a link, who acted, tamper evidence, and
//! secrets kept out of everything shown.

use crate::support::{Env, RedisServer, Run};
use redis::Commands;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs of a given size, mounted for one test (root only: CI runs the tests as root).
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> SmallDisk {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir.path())
            .output()
            .expect("run mount");
        assert!(
            out.status.success(),
            "this test mounts a small tmpfs to fill the disk and needs root (CI runs the tests as root): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        SmallDisk { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn resize(&self, size: &str) {
        let out = Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(self.dir.path())
            .output()
            .expect("run mount");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

fn run_with_log(env: &Env, log: &Path, args: &[&str]) -> Run {
    let out = env
        .command(args)
        .env("REDOPS_AUDIT_LOG", log)
        .output()
        .expect("run redops");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every line of the log is a whole JSON object.
fn assert_whole_lines(log: &Path) -> Vec<serde_json::Value> {
    let bytes = std::fs::read(log).expect("read log");
    assert!(
        bytes.is_empty() || bytes.ends_with(b"\n"),
        "the log ends in the middle of a line"
    );
    String::from_utf8(bytes)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a whole line ({e}): {l}")))
        .collect()
}

fn set_locks(r: &RedisServer, n: usize, token_len: usize) {
    let mut c = r.conn();
    for i in 0..n {
        let token = format!("{i}{}", "t".repeat(token_len));
        let _: () = c.set(format!("lock:r{i}"), token).expect("set");
    }
}

#[test]
fn a_full_disk_never_leaves_a_torn_line_and_the_log_stays_usable() {
    let r = RedisServer::start();
    let env = Env::new();
    let disk = SmallDisk::mount("16k");
    let log = disk.path().join("audit.jsonl");
    set_locks(&r, 12, 1500);
    let mut refused = 0;
    for i in 0..12 {
        let run = run_with_log(
            &env,
            &log,
            &[
                "-u",
                &r.url(),
                "lock",
                "force-release",
                &format!("r{i}"),
                "--yes",
            ],
        );
        match run.code {
            0 => {}
            5 => {
                refused += 1;
                assert!(run.stderr.contains("nothing was changed"), "{}", run.stderr);
                assert!(
                    r.conn()
                        .exists::<_, bool>(format!("lock:r{i}"))
                        .expect("exists")
                );
            }
            _ => panic!("unexpected exit {}: {}", run.code, run.stderr),
        }
        assert_whole_lines(&log);
    }
    assert!(refused > 0, "the disk never filled up");
    run_with_log(&env, &log, &["audit", "show"]).expect_code(0);

    // More room: the next release is audited on a line of its own and can be put back.
    disk.resize("1m");
    let last = run_with_log(
        &env,
        &log,
        &["-u", &r.url(), "lock", "force-release", "r11", "--yes"],
    );
    last.expect_code(0);
    let lines = assert_whole_lines(&log);
    let id = lines
        .iter()
        .rev()
        .find(|l| l["phase"] == "intent")
        .and_then(|l| l["id"].as_str())
        .expect("intent")
        .to_owned();
    run_with_log(
        &env,
        &log,
        &["-u", &r.url(), "audit", "restore", &id, "--yes"],
    )
    .expect_code(0);
    assert!(r.conn().exists::<_, bool>("lock:r11").expect("exists"));
    run_with_log(&env, &log, &["audit", "verify"]).expect_code(0);
}

#[test]
fn a_full_disk_after_the_intent_keeps_the_log_readable() {
    let r = RedisServer::start();
    let env = Env::new();
    let disk = SmallDisk::mount("4k");
    let log = disk.path().join("audit.jsonl");
    set_locks(&r, 1, 1500);
    let run = run_with_log(
        &env,
        &log,
        &["-u", &r.url(), "lock", "force-release", "r0", "--yes"],
    );
    let lines = assert_whole_lines(&log);
    assert!(!lines.is_empty(), "{}", run.stderr);
    let show = run_with_log(&env, &log, &["audit", "show", "-o", "json"]);
    show.expect_code(0);
    assert_eq!(show.json().as_array().map(Vec::len), Some(1));
}

#[test]
fn a_torn_tail_is_reported_and_the_rest_is_read() {
    let r = RedisServer::start();
    let env = Env::new();
    set_locks(&r, 2, 10);
    env.run(&["-u", &r.url(), "lock", "force-release", "r0", "--yes"])
        .expect_code(0);
    // A crash mid-write left half a line.
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(env.audit_log())
        .expect("open");
    std::io::Write::write_all(&mut f, br#"{"id":"x","phase":"intent","prio"#).expect("write");
    drop(f);
    let show = env.run(&["audit", "show", "-o", "json"]);
    show.expect_code(0);
    assert!(show.stderr.contains("incomplete"), "{}", show.stderr);
    assert_eq!(show.json().as_array().map(Vec::len), Some(1));
    // The next line starts on a line of its own, and can be restored.
    env.run(&["-u", &r.url(), "lock", "force-release", "r1", "--yes"])
        .expect_code(0);
    let text = std::fs::read_to_string(env.audit_log()).expect("read");
    let last_intent = text
        .lines()
        .rev()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["phase"] == "intent")
        .expect("intent");
    let id = last_intent["id"].as_str().expect("id");
    env.run(&["-u", &r.url(), "audit", "restore", id, "--yes"])
        .expect_code(0);
    assert!(r.conn().exists::<_, bool>("lock:r1").expect("exists"));
}

#[test]
fn concurrent_restores_put_each_entry_back_exactly_once() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let mut ids = Vec::new();
    for i in 0..3 {
        let id: String = redis::cmd("XADD")
            .arg("tx4")
            .arg("*")
            .arg("payload")
            .arg(format!("{{\"n\":{i}}}"))
            .query(&mut c)
            .expect("xadd");
        ids.push(id);
    }
    let _: () = redis::cmd("XGROUP")
        .arg("CREATE")
        .arg("tx4")
        .arg("g")
        .arg("0")
        .query(&mut c)
        .expect("group");
    let _: redis::Value = redis::cmd("XREADGROUP")
        .arg("GROUP")
        .arg("g")
        .arg("w")
        .arg("STREAMS")
        .arg("tx4")
        .arg(">")
        .query(&mut c)
        .expect("read");
    let mut ack = vec!["-u", &r.url(), "stream", "ack", "tx4", "--group", "g"]
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    ack.extend(ids.iter().cloned());
    ack.push("--yes".into());
    env.run(&ack.iter().map(String::as_str).collect::<Vec<_>>())
        .expect_code(0);
    let action = env.audit_lines()[0]["id"].as_str().expect("id").to_owned();
    // Through a slow link, so that every restore has read the log before any has written its
    // outcome: without serialisation, each would re-add all three.
    let proxy = crate::support::LatencyProxy::start(r.port, std::time::Duration::from_millis(100));
    let url = format!("redis://127.0.0.1:{}", proxy.port);
    let children: Vec<_> = (0..4)
        .map(|_| {
            env.command(&[
                "-u",
                &url,
                "audit",
                "restore",
                &action,
                "--to-stream",
                "tx4:restored",
                "--yes",
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn")
        })
        .collect();
    let codes: Vec<i32> = children
        .into_iter()
        .map(|c| {
            c.wait_with_output()
                .expect("wait")
                .status
                .code()
                .unwrap_or(-1)
        })
        .collect();
    let xlen: u64 = c.xlen("tx4:restored").expect("xlen");
    assert_eq!(xlen, 3, "exit codes {codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert!(codes.iter().all(|c| *c == 0 || *c == 4), "{codes:?}");
}

/// Runs redops under `sh` with a umask.
fn run_with_umask(env: &Env, umask: &str, log: &Path, args: &[&str]) -> Run {
    let cmd = env.command(&[]);
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(cmd.get_program())
        .args(args)
        .envs(cmd.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
        .env("REDOPS_AUDIT_LOG", log)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run sh");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn mode(p: &Path) -> u32 {
    p.symlink_metadata().expect("meta").permissions().mode() & 0o777
}

#[test]
fn the_log_is_private_whatever_the_umask_and_never_followed_through_a_link() {
    let r = RedisServer::start();
    let env = Env::new();
    set_locks(&r, 3, 10);
    let log: PathBuf = env.dir.path().join("state/redops/audit.jsonl");
    run_with_umask(
        &env,
        "022",
        &log,
        &["-u", &r.url(), "lock", "force-release", "r0", "--yes"],
    )
    .expect_code(0);
    assert_eq!(mode(&log), 0o600);
    assert_eq!(mode(&env.dir.path().join("state/redops")), 0o700);
    assert_eq!(mode(&env.dir.path().join("state")), 0o700);

    // A looser log is reported.
    std::fs::set_permissions(&log, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let show = run_with_log(&env, &log, &["audit", "show"]);
    show.expect_code(0);
    assert!(show.stderr.contains("mode 0644"), "{}", show.stderr);
    let check = run_with_log(&env, &log, &["-u", &r.url(), "check", "-o", "json"]);
    assert!(
        check.stdout.contains("audit_log") && check.stdout.contains("0644"),
        "{}\n{}",
        check.stdout,
        check.stderr
    );

    // A link at the path, to another private file: refused, the file untouched.
    let other = env.dir.path().join("secret");
    std::fs::write(&other, "keep\n").expect("write");
    std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let link = env.dir.path().join("link.jsonl");
    std::os::unix::fs::symlink(&other, &link).expect("symlink");
    let run = run_with_log(
        &env,
        &link,
        &["-u", &r.url(), "lock", "force-release", "r1", "--yes"],
    );
    run.expect_code(5);
    assert!(run.stderr.contains("symbolic link"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&other).expect("read"), "keep\n");
    assert!(r.conn().exists::<_, bool>("lock:r1").expect("exists"));

    // A dangling link: its target is not created.
    let nowhere = env.dir.path().join("nowhere");
    let dangling = env.dir.path().join("dangling.jsonl");
    std::os::unix::fs::symlink(&nowhere, &dangling).expect("symlink");
    run_with_log(
        &env,
        &dangling,
        &["-u", &r.url(), "lock", "force-release", "r2", "--yes"],
    )
    .expect_code(5);
    assert!(!nowhere.exists());
}

fn passwd_name(uid: u32) -> String {
    let passwd = std::fs::read_to_string("/etc/passwd").expect("/etc/passwd");
    passwd
        .lines()
        .find(|l| l.split(':').nth(2) == Some(&uid.to_string()))
        .and_then(|l| l.split(':').next())
        .expect("an entry for this uid")
        .to_owned()
}

#[test]
fn every_line_says_who_from_where_on_which_host_with_which_version() {
    let r = RedisServer::start();
    let env = Env::new();
    set_locks(&r, 1, 10);
    let out = env
        .command(&["-u", &r.url(), "lock", "force-release", "r0", "--yes"])
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env("SUDO_USER", "alice")
        .env("SSH_CONNECTION", "10.1.2.3 52144 10.0.0.5 22")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let uid = std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m))
        .expect("uid");
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").expect("hostname");
    let lines = env.audit_lines();
    assert_eq!(lines.len(), 2);
    for l in &lines {
        assert_eq!(l["user"], passwd_name(uid), "{l}");
        assert_eq!(l["uid"], uid);
        assert_eq!(l["sudo_user"], "alice");
        assert_eq!(l["ssh_client"], "10.1.2.3");
        assert_eq!(l["host"], host.trim());
        assert_eq!(l["redops_version"], env!("CARGO_PKG_VERSION"));
    }
}

#[test]
fn audit_verify_names_the_first_line_edited_or_removed() {
    let r = RedisServer::start();
    let env = Env::new();
    set_locks(&r, 3, 10);
    for i in 0..3 {
        env.run(&[
            "-u",
            &r.url(),
            "lock",
            "force-release",
            &format!("r{i}"),
            "--yes",
        ])
        .expect_code(0);
    }
    let ok = env.run(&["audit", "verify", "-o", "json"]);
    ok.expect_code(0);
    assert_eq!(ok.json()["intact"], true);
    assert_eq!(ok.json()["chained"], 6);
    let text = std::fs::read_to_string(env.audit_log()).expect("read");
    let lines: Vec<&str> = text.lines().collect();

    // The prior value of the second release is changed.
    let mut edited = lines.clone();
    let changed = edited[2].replace("1tttttttttt", "1xxxxxxxxxx");
    assert_ne!(changed, edited[2]);
    edited[2] = &changed;
    std::fs::write(env.audit_log(), edited.join("\n") + "\n").expect("write");
    let run = env.run(&["audit", "verify"]);
    run.expect_code(1);
    assert!(
        run.stdout.contains(":3: this line was edited"),
        "{}",
        run.stdout
    );

    // An outcome line is deleted.
    let mut removed = lines.clone();
    removed.remove(3);
    std::fs::write(env.audit_log(), removed.join("\n") + "\n").expect("write");
    let run = env.run(&["audit", "verify", "-o", "json"]);
    run.expect_code(1);
    assert_eq!(run.json()["first_bad_line"], 4);
}

fn assert_hidden(run: &Run, secrets: &[&str]) {
    for s in secrets {
        assert!(
            !run.stdout.contains(s) && !run.stderr.contains(s),
            "{s:?} shown\nstdout: {}\nstderr: {}",
            run.stdout,
            run.stderr
        );
    }
}

#[test]
fn passwords_with_spaces_and_at_signs_are_never_shown_and_their_use_is_warned_about() {
    let r = RedisServer::start();
    r.cli(&[
        "ACL",
        "SETUSER",
        "bob",
        "on",
        ">bob pw sp@ce",
        "~*",
        "+@all",
    ]);
    let env = Env::new();
    set_locks(&r, 1, 10);
    let url = format!("redis://bob:bob pw sp@ce@127.0.0.1:{}", r.port);
    let secrets = ["bob pw", "pw sp", "sp@ce"];
    for args in [
        vec!["-u", &url, "ping"],
        vec!["-u", &url, "ping", "-o", "json"],
        vec!["-u", &url, "config", "show"],
        vec!["-u", &url, "config", "show", "-o", "json"],
    ] {
        let run = env.run(&args);
        run.expect_code(0);
        assert_hidden(&run, &secrets);
        assert!(
            run.stderr.contains("visible to every user") && run.stderr.contains("REDISCLI_AUTH"),
            "{}",
            run.stderr
        );
    }
    // An error about that server.
    let run = env.run(&[
        "-u",
        &url,
        "session",
        "list",
        "--user",
        "1",
        "--timeout",
        "0s",
    ]);
    assert_hidden(&run, &secrets);
    let bad = format!(
        "redis://bob:bob pw sp@ce@127.0.0.1:{}",
        crate::support::free_port()
    );
    let run = env.run(&["-u", &bad, "ping"]);
    run.expect_code(3);
    assert_hidden(&run, &secrets);

    // The audit line's target and command line.
    env.run(&["-u", &url, "lock", "force-release", "r0", "--yes"])
        .expect_code(0);
    let text = std::fs::read_to_string(env.audit_log()).expect("read");
    for s in secrets {
        assert!(!text.contains(s), "{s:?} in the audit log: {text}");
    }
    let intent = &env.audit_lines()[0];
    assert!(
        intent["target"].as_str().is_some_and(|t| t.contains("***")),
        "{intent}"
    );
    assert!(
        intent["command_line"]
            .as_str()
            .is_some_and(|t| t.contains("***")),
        "{intent}"
    );

    // From REDISCLI_AUTH: no warning.
    let out = env
        .command(&["-u", &format!("redis://bob@127.0.0.1:{}", r.port), "ping"])
        .env("REDISCLI_AUTH", "bob pw sp@ce")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("visible to every user"), "{stderr}");
}

#[test]
fn a_url_that_does_not_parse_never_shows_its_password_and_hints_stay_readable() {
    let env = Env::new();
    let run = env.run(&["-u", "redis://alice:al/ice#pw?1@127.0.0.1:1/0", "ping"]);
    run.expect_code(2);
    assert_hidden(&run, &["al/ice", "ice#pw", "pw?1"]);
    // The hint's own URL template is not mistaken for a password and mangled.
    let run = env.run(&["-u", "http://example.com", "ping"]);
    run.expect_code(2);
    assert!(
        run.stderr
            .contains("use redis://HOST:PORT (rediss:// for TLS)")
            && !run.stderr.contains("***"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_url_never_turns_tls_verification_off() {
    if !crate::support::tls_built_in("a_url_never_turns_tls_verification_off") {
        return;
    }
    let tls = crate::support::TlsFiles::generate();
    let r = RedisServer::start_tls(&tls, false, &[]);
    let env = Env::new();
    let url = format!("rediss://127.0.0.1:{}/#insecure", r.port);
    let run = env.run(&["-u", &url, "ping"]);
    run.expect_code(2);
    assert!(run.stderr.contains("#insecure"), "{}", run.stderr);
    env.run(&["-u", &url, "--tls-ca", &tls.path("other-ca.crt"), "ping"])
        .expect_code(2);
    let out = env
        .command(&["ping"])
        .env("REDIS_URL", &url)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));

    // Knowingly: warned about, and recorded in the audit line.
    let plain = format!("rediss://127.0.0.1:{}", r.port);
    let run = env.run(&["-u", &plain, "--tls-insecure", "ping"]);
    run.expect_code(0);
    assert!(run.stderr.contains("not verified"), "{}", run.stderr);
    let mut c = redis::Client::open(url.as_str())
        .expect("client")
        .get_connection()
        .expect("connect");
    let _: () = c.set("lock:t", "tok").expect("set");
    env.run(&[
        "-u",
        &url,
        "--tls-insecure",
        "lock",
        "force-release",
        "t",
        "--yes",
    ])
    .expect_code(0);
    assert_eq!(env.audit_lines()[0]["tls_insecure"], true);

    // A CA file that is not PEM is named as such.
    let der = tls.dir.path().join("ca.der");
    let conv = Command::new("openssl")
        .args([
            "x509",
            "-in",
            &tls.path("ca.crt"),
            "-outform",
            "der",
            "-out",
        ])
        .arg(&der)
        .output()
        .expect("openssl");
    assert!(conv.status.success());
    let run = env.run(&["-u", &plain, "--tls-ca", &der.display().to_string(), "ping"]);
    run.expect_code(2);
    assert!(run.stderr.contains("is not PEM"), "{}", run.stderr);
    assert!(!run.stderr.contains("UnknownIssuer"), "{}", run.stderr);
}

#[test]
fn a_noperm_refusal_is_audited_as_refused() {
    let r = RedisServer::start();
    let env = Env::new();
    r.cli(&[
        "ACL",
        "SETUSER",
        "reader",
        "on",
        ">reader-pw",
        "~*",
        "&*",
        "+@read",
        "+@connection",
        "+scan",
        "+eval",
        "-@write",
    ]);
    set_locks(&r, 1, 10);
    let url = format!("redis://reader:reader-pw@127.0.0.1:{}", r.port);
    env.run(&["-u", &url, "lock", "force-release", "r0", "--yes"])
        .expect_code(5);
    let lines = env.audit_lines();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["outcome"]["status"], "refused", "{}", lines[1]);
    assert_eq!(lines[1]["outcome"]["removed"], serde_json::json!([]));
    let show = env.run(&["audit", "show"]);
    assert!(show.stdout.contains("refused"), "{}", show.stdout);
}

#[test]
fn audit_lines_are_shipped_to_syslog_and_a_profile_can_require_it() {
    let r = RedisServer::start();
    let env = Env::new();
    set_locks(&r, 3, 10);
    let socket = env.dir.path().join("log.sock");
    let syslog = std::os::unix::net::UnixDatagram::bind(&socket).expect("bind");
    syslog
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .expect("timeout");
    let out = env
        .command(&[
            "-u",
            &r.url(),
            "--audit-syslog",
            "lock",
            "force-release",
            "r0",
            "--yes",
        ])
        .env("REDOPS_SYSLOG_SOCKET", &socket)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = env.audit_lines();
    let text = std::fs::read_to_string(env.audit_log()).expect("read");
    let written: Vec<&str> = text.lines().collect();
    let mut buf = vec![0u8; 65536];
    for (i, line) in lines.iter().enumerate() {
        let n = syslog.recv(&mut buf).expect("a datagram for each line");
        let msg = String::from_utf8_lossy(&buf[..n]).into_owned();
        assert!(msg.starts_with("<85>redops["), "{msg}");
        let json: serde_json::Value =
            serde_json::from_str(msg.split_once("]: ").expect("tag").1).expect("json");
        assert_eq!(json["id"], line["id"]);
        assert_eq!(json["phase"], line["phase"]);
        assert_eq!(json["seq"], line["seq"]);
        assert!(
            json.get("prior").is_none(),
            "prior values stay local: {msg}"
        );
        let digest = redops::audit_log::sha256_hex(written[i].as_bytes());
        assert_eq!(json["line_sha256"], digest.as_str());
    }

    // A profile that requires syslog refuses a change it cannot ship.
    let cfg = env.dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        format!(
            "[profiles.prod]\nurl = \"{}\"\naudit_required = \"syslog\"\n",
            r.url()
        ),
    )
    .expect("config");
    let cfg = cfg.display().to_string();
    let nowhere = env.dir.path().join("no-syslog.sock");
    let out = env
        .command(&[
            "--config",
            &cfg,
            "--profile",
            "prod",
            "lock",
            "force-release",
            "r1",
            "--yes",
        ])
        .env("REDOPS_SYSLOG_SOCKET", &nowhere)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{stderr}");
    assert!(stderr.contains("syslog"), "{stderr}");
    assert!(r.conn().exists::<_, bool>("lock:r1").expect("exists"));
    assert_eq!(
        env.audit_lines().last().expect("line")["outcome"]["status"],
        "refused"
    );
    // Optional shipping only warns.
    let out = env
        .command(&[
            "-u",
            &r.url(),
            "--audit-syslog",
            "lock",
            "force-release",
            "r2",
            "--yes",
        ])
        .env("REDOPS_SYSLOG_SOCKET", &nowhere)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not ship"));
}

#[test]
fn redact_masks_ips_cards_tokens_session_ids_and_payloads_in_every_format() {
    let r = RedisServer::start();
    let env = Env::new();
    let mut c = r.conn();
    let now = 1_700_000_000;
    let session = serde_json::json!({
        "session_id": "sess-abcdef123", "device_type": "ios", "ip_address": "203.0.113.45",
        "created_at": now, "last_active": now,
    });
    let _: () = c
        .hset("sessions:user:7", "sess-abcdef123", session.to_string())
        .expect("hset");
    // A session id no text pattern recognises: only masking by field name hides it.
    let plain_id = serde_json::json!({
        "session_id": "plainsid42", "device_type": "ios", "ip_address": "203.0.113.46",
        "created_at": now, "last_active": now,
    });
    let _: () = c
        .hset("sessions:user:8", "plainsid42", plain_id.to_string())
        .expect("hset");
    let _: () = c.set("lock:pay", "tok-secret-9876").expect("set");
    let _: String = redis::cmd("XADD")
        .arg("tx")
        .arg("*")
        .arg("payload")
        .arg(r#"{"memo":"opaque-memo-77","card":"4111111111111111","amount":"12.50"}"#)
        .query(&mut c)
        .expect("xadd");
    let _: () = redis::cmd("XGROUP")
        .arg("CREATE")
        .arg("tx")
        .arg("g")
        .arg("0")
        .query(&mut c)
        .expect("group");
    let _: redis::Value = redis::cmd("XREADGROUP")
        .arg("GROUP")
        .arg("g")
        .arg("w")
        .arg("STREAMS")
        .arg("tx")
        .arg(">")
        .query(&mut c)
        .expect("read");
    let secrets = [
        "203.0.113.45",
        "sess-abcdef123",
        "tok-secret-9876",
        "4111111111111111",
        "plainsid42",
        // In a stream payload, where no text pattern recognises it either.
        "opaque-memo-77",
    ];
    let url = r.url();
    let commands: Vec<Vec<&str>> = vec![
        vec!["session", "list", "--user", "7"],
        vec!["session", "list", "--user", "8"],
        // The platform-wide listing (its NDJSON is streamed as it is read).
        vec!["session", "list", "--ip", "203.0.113.0/24"],
        vec!["lock", "inspect"],
        vec!["lock", "inspect", "pay"],
        vec!["stream", "pending", "tx", "--group", "g", "--payload"],
    ];
    for cmd in &commands {
        for format in ["table", "json", "ndjson"] {
            let mut args = vec!["-u", url.as_str(), "-o", format];
            args.extend(cmd.iter().copied());
            // Without --redact, the values are there (so the masked runs below mean something).
            let plain = env.run(&args);
            plain.expect_code(0);
            assert!(
                secrets.iter().any(|s| plain.stdout.contains(s)),
                "{cmd:?} {format}: {}",
                plain.stdout
            );
            args.push("--redact");
            let masked = env.run(&args);
            masked.expect_code(0);
            for s in secrets {
                assert!(
                    !masked.stdout.contains(s),
                    "{cmd:?} {format} shows {s}: {}",
                    masked.stdout
                );
            }
        }
    }
    let json = env
        .run(&[
            "-u", &url, "session", "list", "--user", "7", "-o", "json", "--redact",
        ])
        .stdout;
    assert!(json.contains("203.0.x.x"), "{json}");
    assert!(json.contains("sess…"), "{json}");

    // A production profile redacts by default; the audit log keeps the full values.
    let cfg = env.dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        format!("[profiles.prod]\nurl = \"{url}\"\nproduction = true\n"),
    )
    .expect("config");
    let cfg = cfg.display().to_string();
    let run = env.run(&[
        "--config",
        &cfg,
        "--profile",
        "prod",
        "lock",
        "inspect",
        "pay",
    ]);
    run.expect_code(0);
    assert!(!run.stdout.contains("tok-secret-9876"), "{}", run.stdout);
    let run = env.run(&[
        "--config",
        &cfg,
        "--profile",
        "prod",
        "lock",
        "force-release",
        "pay",
        "--yes",
    ]);
    run.expect_code(0);
    assert!(!run.stdout.contains("tok-secret-9876"), "{}", run.stdout);
    let log = std::fs::read_to_string(env.audit_log()).expect("log");
    assert!(
        log.contains("tok-secret-9876"),
        "the audit log keeps full values"
    );
    let show = env.run(&[
        "--config",
        &cfg,
        "--profile",
        "prod",
        "audit",
        "show",
        "-o",
        "json",
    ]);
    assert!(!show.stdout.contains("tok-secret-9876"), "{}", show.stdout);
}
