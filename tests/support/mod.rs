//! Real Redis servers for the tests: a fresh `redis-server` on a free port in a temp dir (or a
//! 3-primary cluster made with `redis-cli --cluster create`), killed when the value is dropped.
//! No mocks: if `redis-server` is missing, the test fails and says how to install it.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::{Duration, Instant};

mod latency_proxy;
pub mod snapshot;
mod topology;
pub use latency_proxy::LatencyProxy;
pub use topology::Topology;
pub(crate) use topology::topology_test;
mod turn_proxy;
pub use turn_proxy::TurnCountingProxy;

const INSTALL_HINT: &str = "redis-server / redis-cli not found on PATH: the tests need a real Redis. \
Install it with `apt-get install -y redis-server redis-tools` (Debian/Ubuntu) or `brew install redis` (macOS), \
or run `bash .ci/run`, which installs what is missing.";

pub fn require_redis() {
    for bin in ["redis-server", "redis-cli"] {
        let found = Command::new(bin)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok();
        assert!(found, "{INSTALL_HINT}");
    }
}

/// A port that is free now, and (for cluster nodes) whose bus port (+10000) is free too.
/// Ports are handed out from a per-process sequence so parallel tests do not collide.
pub fn free_port() -> u16 {
    static NEXT: AtomicU16 = AtomicU16::new(0);
    if NEXT.load(Ordering::Relaxed) == 0 {
        // Start somewhere depending on the pid, so concurrent test binaries rarely overlap.
        let base = 20000 + (std::process::id() % 400) as u16 * 50;
        let _ = NEXT.compare_exchange(0, base, Ordering::Relaxed, Ordering::Relaxed);
    }
    loop {
        let p = NEXT.fetch_add(1, Ordering::Relaxed);
        if p >= 55000 {
            NEXT.store(20000, Ordering::Relaxed);
            continue;
        }
        if TcpListener::bind(("127.0.0.1", p)).is_ok()
            && TcpListener::bind(("127.0.0.1", p + 10000)).is_ok()
        {
            return p;
        }
    }
}

/// The `redis-server` the tests run (the first on PATH): flavor and version from its
/// `--version` ("Redis server v=6.2.14", "Valkey server v=8.1.1"), and whether it was built
/// with TLS. Read once per test process.
#[derive(Debug, Clone)]
pub struct ServerBuild {
    /// `Redis` or `Valkey`.
    pub flavor: String,
    /// The flavor's own version (Valkey 8.1.1 is `(8, 1, 1)`).
    pub version: (u32, u32, u32),
    pub tls: bool,
}

impl ServerBuild {
    pub fn is_valkey(&self) -> bool {
        self.flavor == "Valkey"
    }
    /// Whether it is Redis `at_least` or later; Valkey counts as Redis 7.2 (what it is
    /// compatible with), and `valkey` says from which Valkey version on it has the feature.
    pub fn has(&self, redis: (u32, u32), valkey: (u32, u32)) -> bool {
        let (ma, mi, _) = self.version;
        if self.is_valkey() {
            (ma, mi) >= valkey
        } else {
            (ma, mi) >= redis
        }
    }
    /// Hash-field expiration (`HEXPIRE`, `HTTL`): Redis 7.4+, Valkey 9.0+.
    pub fn hash_field_ttl(&self) -> bool {
        self.has((7, 4), (9, 0))
    }
    /// `enable-debug-command` (and the rest of 7.0's new config): Redis 7.0+, every Valkey.
    pub fn redis7(&self) -> bool {
        self.has((7, 0), (7, 2))
    }
    /// "Redis 6.2.14" / "Valkey 8.1.1", as redops names the server.
    pub fn name(&self) -> String {
        let (a, b, c) = self.version;
        format!("{} {a}.{b}.{c}", self.flavor)
    }
}

/// The `redis-server` under test (see [`ServerBuild`]); fails with the install hint when there
/// is none.
pub fn server_build() -> &'static ServerBuild {
    static BUILD: std::sync::OnceLock<ServerBuild> = std::sync::OnceLock::new();
    BUILD.get_or_init(|| {
        let out = Command::new("redis-server")
            .arg("--version")
            .output()
            .unwrap_or_else(|e| panic!("{INSTALL_HINT} ({e})"));
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let flavor = if text.starts_with("Valkey") {
            "Valkey"
        } else {
            "Redis"
        };
        let version = text
            .split_whitespace()
            .find_map(|w| w.strip_prefix("v="))
            .and_then(parse_version)
            .unwrap_or_else(|| panic!("cannot read the version of redis-server --version: {text}"));
        // A build without TLS rejects `tls-port` as a bad directive; one with TLS accepts it and
        // stops at the next (deliberately unknown) directive instead. Nothing is started.
        let probe = Command::new("redis-server")
            .args(["--port", "0", "--tls-port", "0", "--redops-probe", "x"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .unwrap_or_else(|e| panic!("{INSTALL_HINT} ({e})"));
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&probe.stdout),
            String::from_utf8_lossy(&probe.stderr)
        );
        let tls = said.contains("redops-probe") && !said.contains("'tls-port");
        ServerBuild {
            flavor: flavor.to_owned(),
            version,
            tls,
        }
    })
}

fn parse_version(v: &str) -> Option<(u32, u32, u32)> {
    let mut it = v.split('.').map(|p| p.parse::<u32>().ok());
    Some((it.next()??, it.next()??, it.next().flatten().unwrap_or(0)))
}

/// Records that part of a test did not run because the server under test lacks `needs`: said
/// on stderr and appended to the file `$REDOPS_TEST_NOT_RUN` when set (`.ci/run` prints that
/// list per server version, and fails if anything is on it for the newest server).
pub fn not_run(test: &str, needs: &str) {
    let line = format!(
        "{test}: not run on {}: needs {needs}",
        server_build().name()
    );
    eprintln!("{line}");
    if let Some(path) = std::env::var_os("REDOPS_TEST_NOT_RUN") {
        use std::io::Write;
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            let _ = writeln!(f, "{line}");
        }
    }
}

/// Whether the server under test has TLS built in; when not, the calling TLS test records that
/// it did not run (see [`not_run`]) and should return. Every other failure to start a TLS
/// server still fails the test.
pub fn tls_built_in(test: &str) -> bool {
    let b = server_build();
    if !b.tls {
        not_run(
            test,
            "a redis-server built with TLS (BUILD_TLS=yes; CI's 7.0, 8.0 and valkey-8.1 have it)",
        );
    }
    b.tls
}

pub struct RedisServer {
    pub port: u16,
    pub dir: tempfile::TempDir,
    child: Child,
}

impl RedisServer {
    pub fn start() -> RedisServer {
        Self::start_with(&[])
    }

    /// Starts a server with extra `redis-server` arguments (e.g. `["--requirepass", "pw"]`).
    pub fn start_with(extra: &[&str]) -> RedisServer {
        require_redis();
        for _attempt in 0..5 {
            let port = free_port();
            let dir = tempfile::tempdir().expect("temp dir");
            if let Some(child) = spawn_server(port, dir.path(), extra) {
                return RedisServer { port, dir, child };
            }
        }
        panic!("could not start redis-server after 5 attempts");
    }

    /// A server on a given port (e.g. to restart one where it was).
    pub fn start_with_port(port: u16) -> RedisServer {
        require_redis();
        for _attempt in 0..50 {
            let dir = tempfile::tempdir().expect("temp dir");
            if let Some(child) = spawn_server(port, dir.path(), &[]) {
                return RedisServer { port, dir, child };
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("could not start redis-server on port {port}");
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// A plain connection for setting up and checking data, as an application would.
    pub fn conn(&self) -> redis::Connection {
        redis::Client::open(self.url())
            .expect("client")
            .get_connection()
            .expect("connect to test redis")
    }

    /// Runs redis-cli against this server and returns its stdout.
    pub fn cli(&self, args: &[&str]) -> String {
        redis_cli(self.port, args)
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}

fn spawn_server(port: u16, dir: &Path, extra: &[&str]) -> Option<Child> {
    // DEBUG is off by default from 7.0 on; 6.2 has it on and does not know the option.
    spawn_server_bin(
        Path::new("redis-server"),
        server_build().redis7(),
        port,
        dir,
        extra,
    )
}

/// `debug_command`: pass `--enable-debug-command local` (Redis 7+; 6.2 refuses the option).
fn spawn_server_bin(
    bin: &Path,
    debug_command: bool,
    port: u16,
    dir: &Path,
    extra: &[&str],
) -> Option<Child> {
    let mut cmd = Command::new(bin);
    cmd.args([
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
    .arg(dir)
    .args(if debug_command {
        &["--enable-debug-command", "local"][..]
    } else {
        &[]
    })
    .args(["--logfile", "redis.log"])
    .args(extra)
    .stdout(Stdio::null())
    .stderr(Stdio::null());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("{INSTALL_HINT} ({e})"));
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return None; // exited: port taken or bad args; caller retries
        }
        let out = Command::new("redis-cli")
            .args(["-p", &port.to_string(), "--no-auth-warning", "PING"])
            .output();
        if let Ok(o) = out {
            let s = String::from_utf8_lossy(&o.stdout);
            if s.contains("PONG") || s.contains("NOAUTH") {
                return Some(child);
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

/// The directory holding `redis-server` of a server version (`6.2`, `8.0`, `valkey-8.1`;
/// `7.0` is the one on PATH), from the project's `shared/servers/get-server` (found above the
/// repository, or at `$REDOPS_GET_SERVER`). Builds it the first time (minutes).
pub fn server_dir(version: &str) -> PathBuf {
    let script = std::env::var_os("REDOPS_GET_SERVER")
        .map(PathBuf::from)
        .or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .ancestors()
                .map(|a| a.join("shared/servers/get-server"))
                .find(|p| p.exists())
        })
        .unwrap_or_else(|| {
            panic!(
                "this test needs redis-server {version}: get-server was not found above {} (set REDOPS_GET_SERVER to the script, which builds or unpacks each version once)",
                env!("CARGO_MANIFEST_DIR")
            )
        });
    let out = Command::new(&script)
        .arg(version)
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", script.display()));
    assert!(
        out.status.success(),
        "{} {version} failed: {}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if version != "7.0" || is_version(&dir, "7.0") {
        return dir;
    }
    // get-server's 7.0 is the redis-server first on PATH, which a run against another version
    // (`./dev test`) puts elsewhere: find the system's 7.0 (the Debian package) instead.
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(["/usr/bin", "/usr/local/bin"].map(PathBuf::from))
        .find(|d| is_version(d, "7.0"))
        .unwrap_or_else(|| {
            panic!(
                "this test needs redis-server 7.0 (apt-get install -y redis-server on Debian 12); none was found on PATH or in /usr/bin"
            )
        })
}

/// Whether `dir/redis-server --version` is Redis `version` (e.g. "7.0").
fn is_version(dir: &Path, version: &str) -> bool {
    Command::new(dir.join("redis-server"))
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains(&format!("v={version}.")))
        .unwrap_or(false)
}

impl RedisServer {
    /// A server of the given version (see [`server_dir`]); `7.0` is the one on PATH.
    pub fn start_version(version: &str, extra: &[&str]) -> RedisServer {
        require_redis();
        let bin = server_dir(version).join("redis-server");
        for _attempt in 0..5 {
            let port = free_port();
            let dir = tempfile::tempdir().expect("temp dir");
            if let Some(child) = spawn_server_bin(&bin, version != "6.2", port, dir.path(), extra) {
                return RedisServer { port, dir, child };
            }
        }
        panic!("could not start {} after 5 attempts", bin.display());
    }
}

pub fn redis_cli(port: u16, args: &[&str]) -> String {
    let out = Command::new("redis-cli")
        .args(["-p", &port.to_string()])
        .args(args)
        .output()
        .expect("redis-cli");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Three primaries, no replicas, all 16384 slots assigned.
pub struct RedisCluster {
    pub nodes: Vec<RedisServer>,
}

impl RedisCluster {
    pub fn start() -> RedisCluster {
        Self::start_with_replicas(0)
    }

    /// Three primaries, each with `replicas` replicas (nodes 0..3 are the primaries).
    pub fn start_with_replicas(replicas: usize) -> RedisCluster {
        require_redis();
        let nodes: Vec<RedisServer> = (0..3 * (1 + replicas))
            .map(|_| {
                RedisServer::start_with(&[
                    "--cluster-enabled",
                    "yes",
                    "--cluster-config-file",
                    "nodes.conf",
                    "--cluster-node-timeout",
                    "2000",
                ])
            })
            .collect();
        let addrs: Vec<String> = nodes
            .iter()
            .map(|n| format!("127.0.0.1:{}", n.port))
            .collect();
        let out = Command::new("redis-cli")
            .args(["--cluster", "create"])
            .args(&addrs)
            .args(["--cluster-replicas", &replicas.to_string(), "--cluster-yes"])
            .output()
            .expect("redis-cli --cluster create");
        assert!(
            out.status.success(),
            "cluster create failed: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ok = nodes
                .iter()
                .all(|n| n.cli(&["CLUSTER", "INFO"]).contains("cluster_state:ok"))
                && nodes.iter().all(|n| {
                    n.cli(&["CLUSTER", "NODES"])
                        .lines()
                        .filter(|l| l.contains("master"))
                        .count()
                        == 3
                })
                && nodes[3..].iter().all(|n| {
                    n.cli(&["INFO", "replication"])
                        .contains("master_link_status:up")
                });
            if ok {
                break;
            }
            assert!(Instant::now() < deadline, "cluster did not become ready");
            std::thread::sleep(Duration::from_millis(100));
        }
        RedisCluster { nodes }
    }

    pub fn url(&self) -> String {
        self.nodes[0].url()
    }

    /// A cluster connection that follows the slot map, for setting up data.
    pub fn conn(&self) -> redis::cluster::ClusterConnection {
        let urls: Vec<String> = self.nodes.iter().map(|n| n.url()).collect();
        redis::cluster::ClusterClient::new(urls)
            .expect("cluster client")
            .get_connection()
            .expect("cluster connection")
    }

    /// The index of a replica of primary `primary`.
    pub fn replica_of(&self, primary: usize) -> usize {
        let nodes = self.nodes[0].cli(&["CLUSTER", "NODES"]);
        let port = self.nodes[primary].port.to_string();
        let id = nodes
            .lines()
            .find(|l| {
                l.split_whitespace().nth(1).is_some_and(|a| {
                    a.split('@')
                        .next()
                        .is_some_and(|a| a.ends_with(&format!(":{port}")))
                })
            })
            .and_then(|l| l.split_whitespace().next())
            .expect("primary id")
            .to_owned();
        let replica_port: u16 = nodes
            .lines()
            .find(|l| l.split_whitespace().nth(3) == Some(id.as_str()))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|a| a.split('@').next())
            .and_then(|a| a.rsplit(':').next())
            .and_then(|p| p.parse().ok())
            .expect("a replica of that primary");
        self.nodes
            .iter()
            .position(|n| n.port == replica_port)
            .expect("replica node")
    }

    /// Which node (index) holds `key`.
    pub fn node_of(&self, key: &str) -> usize {
        let slot: u16 = redis_cli(self.nodes[0].port, &["CLUSTER", "KEYSLOT", key])
            .trim()
            .parse()
            .expect("slot");
        let nodes = redis_cli(self.nodes[0].port, &["CLUSTER", "NODES"]);
        for line in nodes.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            for range in f.iter().skip(8) {
                let (a, b) = range.split_once('-').unwrap_or((range, range));
                if let (Ok(a), Ok(b)) = (a.parse::<u16>(), b.parse::<u16>())
                    && (a..=b).contains(&slot)
                {
                    let port: u16 = f[1]
                        .split('@')
                        .next()
                        .and_then(|x| x.rsplit(':').next())
                        .and_then(|p| p.parse().ok())
                        .expect("port");
                    return self
                        .nodes
                        .iter()
                        .position(|n| n.port == port)
                        .expect("node");
                }
            }
        }
        panic!("no node serves slot {slot}");
    }
}

/// What one run of the real `redops` binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }
    /// Asserts the exit code, showing the output when it differs.
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "unexpected exit code\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
    /// The number `REDOPS_TRACE_ROUND_TRIPS` reported.
    pub fn round_trips(&self) -> u64 {
        self.stderr
            .lines()
            .find_map(|l| l.strip_prefix("redops: round trips after connection set-up: "))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("no round-trip count in stderr: {}", self.stderr))
    }
    /// The number of round trips in all, connection set-up included (after the TCP connect
    /// and TLS handshake), that `REDOPS_TRACE_ROUND_TRIPS` reported.
    pub fn round_trips_in_all(&self) -> u64 {
        self.stderr
            .lines()
            .find_map(|l| {
                l.strip_prefix("redops: round trips in all, connection set-up included: ")
            })
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| {
                panic!(
                    "no set-up-included round-trip count in stderr: {}",
                    self.stderr
                )
            })
    }
}

/// A private environment for running redops: its own audit log and config dir.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn audit_log(&self) -> PathBuf {
        self.dir.path().join("audit.jsonl")
    }

    pub fn audit_lines(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(self.audit_log())
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("audit line is JSON"))
            .collect()
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_redops"));
        cmd.args(args)
            .env_remove("REDIS_URL")
            .env_remove("REDOPS_PROFILE")
            .env_remove("REDISCLI_AUTH")
            .env("REDOPS_AUDIT_LOG", self.audit_log())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_STATE_HOME", self.dir.path().join("state"))
            .env("REDOPS_TRACE_ROUND_TRIPS", "1")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        cmd
    }

    /// Runs `redops ARGS` (non-interactive: stdin is not a terminal).
    pub fn run(&self, args: &[&str]) -> Run {
        let out = self.command(args).output().expect("run redops");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Default for Env {
    fn default() -> Self {
        Self::new()
    }
}

/// A TCP listener that accepts connections and never answers: a hung server.
pub struct SilentServer {
    pub port: u16,
    _listener: TcpListener,
}

impl SilentServer {
    pub fn start() -> SilentServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let l = listener.try_clone().expect("clone");
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for s in l.incoming().flatten() {
                held.push(s); // keep it open, say nothing
            }
        });
        SilentServer {
            port,
            _listener: listener,
        }
    }
}

/// Certificates for TLS tests, made with openssl in a temp dir: a CA, a server certificate for
/// 127.0.0.1 signed by it, a client certificate signed by it, and an unrelated second CA.
pub struct TlsFiles {
    pub dir: tempfile::TempDir,
}

impl TlsFiles {
    pub fn generate() -> TlsFiles {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        let openssl = |args: &[&str]| {
            let out = Command::new("openssl")
                .args(args)
                .current_dir(d)
                .output()
                .unwrap_or_else(|e| {
                    panic!("openssl is needed for TLS tests: apt-get install -y openssl ({e})")
                });
            assert!(
                out.status.success(),
                "openssl {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        std::fs::write(
            d.join("san.ext"),
            "subjectAltName=IP:127.0.0.1,DNS:localhost\n",
        )
        .expect("ext");
        for ca in ["ca", "other-ca"] {
            openssl(&[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                &format!("{ca}.key"),
                "-out",
                &format!("{ca}.crt"),
                "-days",
                "2",
                "-subj",
                &format!("/CN=redops test {ca}"),
            ]);
        }
        for who in ["server", "client"] {
            openssl(&[
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                &format!("{who}.key"),
                "-out",
                &format!("{who}.csr"),
                "-subj",
                &format!("/CN={who}"),
            ]);
            openssl(&[
                "x509",
                "-req",
                "-in",
                &format!("{who}.csr"),
                "-CA",
                "ca.crt",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                &format!("{who}.crt"),
                "-days",
                "2",
                "-extfile",
                "san.ext",
            ]);
        }
        TlsFiles { dir }
    }

    pub fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }
}

impl RedisServer {
    /// A TLS-only server (no plaintext port) using `tls`'s certificates; `require_client_cert`
    /// makes it demand a client certificate. Extra arguments as in `start_with`.
    pub fn start_tls(tls: &TlsFiles, require_client_cert: bool, extra: &[&str]) -> RedisServer {
        require_redis();
        assert!(
            server_build().tls,
            "{} on PATH is built without TLS: this test needs one with TLS \
             (check with support::tls_built_in first; `get-server 8.0` has TLS)",
            server_build().name()
        );
        for _attempt in 0..5 {
            let port = free_port();
            let dir = tempfile::tempdir().expect("temp dir");
            let mut cmd = Command::new("redis-server");
            cmd.args([
                "--port",
                "0",
                "--tls-port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .args([
                "--tls-cert-file",
                &tls.path("server.crt"),
                "--tls-key-file",
                &tls.path("server.key"),
                "--tls-ca-cert-file",
                &tls.path("ca.crt"),
            ])
            .args([
                "--tls-auth-clients",
                if require_client_cert { "yes" } else { "no" },
            ])
            .arg("--dir")
            .arg(dir.path())
            .args(["--logfile", "redis.log"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
            let mut child = cmd
                .spawn()
                .unwrap_or_else(|e| panic!("{INSTALL_HINT} ({e})"));
            let deadline = Instant::now() + Duration::from_secs(10);
            let mut ready = false;
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    ready = true;
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            if ready {
                return RedisServer { port, dir, child };
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("could not start a TLS redis-server (is redis-server built with TLS?)");
    }
}

/// A TCP proxy in front of a real server that forwards every request but, once a client has
/// sent a request containing `needle` (e.g. `EVAL`), never forwards that connection's replies
/// again: the write reaches Redis, the answer is lost on the way back.
pub struct LostReplyProxy {
    pub port: u16,
}

impl LostReplyProxy {
    pub fn start(upstream_port: u16, needle: &'static [u8]) -> LostReplyProxy {
        use std::io::{Read, Write};
        use std::sync::Arc;
        use std::sync::atomic::AtomicBool;
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = std::net::TcpStream::connect(("127.0.0.1", upstream_port)) else {
                    continue;
                };
                let lost = Arc::new(AtomicBool::new(false));
                let (mut c_in, mut s_out) = (
                    client.try_clone().expect("clone"),
                    server.try_clone().expect("clone"),
                );
                let seen = Arc::clone(&lost);
                std::thread::spawn(move || {
                    let mut buf = [0u8; 65536];
                    while let Ok(n) = c_in.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        if buf[..n]
                            .windows(needle.len())
                            .any(|w| w.eq_ignore_ascii_case(needle))
                        {
                            seen.store(true, Ordering::SeqCst);
                        }
                        if s_out.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                });
                let (mut s_in, mut c_out) = (server, client);
                std::thread::spawn(move || {
                    let mut buf = [0u8; 65536];
                    while let Ok(n) = s_in.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        if lost.load(Ordering::SeqCst) {
                            continue; // swallowed
                        }
                        if c_out.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                });
            }
        });
        LostReplyProxy { port }
    }
}

/// True once the first node sees node `down` as FAIL (agreed by the majority, not just
/// suspected) and every other node as healthy.
pub fn only_failed(cl: &RedisCluster, down: usize) -> bool {
    let port = cl.nodes[down].port.to_string();
    let nodes = cl.nodes[0].cli(&["CLUSTER", "NODES"]);
    nodes.lines().filter(|l| !l.trim().is_empty()).all(|l| {
        let addr = l.split_whitespace().nth(1).unwrap_or("");
        let flags = l.split_whitespace().nth(2).unwrap_or("");
        let is_down = addr
            .split('@')
            .next()
            .is_some_and(|a| a.ends_with(&format!(":{port}")));
        let failed = flags.split(',').any(|f| f == "fail");
        let suspect = flags.split(',').any(|f| f == "fail?");
        if is_down { failed } else { !failed && !suspect }
    })
}

/// A primary, one replica and three sentinels (`redis-server --sentinel`) on free ports in
/// temp dirs, monitoring the primary as `mymaster`, with short timeouts so tests are quick.
/// Everything is killed when the value is dropped.
pub struct SentinelSetup {
    pub servers: Vec<RedisServer>,
    pub sentinels: Vec<SentinelNode>,
    pub quorum: u32,
    pub data_password: Option<&'static str>,
}

/// Passwords of a [`SentinelSetup`]: the data nodes' (`requirepass`/`masterauth`) and the
/// sentinels' own (`requirepass` of the sentinels), which differ.
#[derive(Clone, Copy, Default)]
pub struct SentinelPasswords {
    pub data: Option<&'static str>,
    pub sentinel: Option<&'static str>,
}

pub struct SentinelNode {
    pub port: u16,
    pub dir: tempfile::TempDir,
    child: Option<Child>,
    password: Option<&'static str>,
}

impl SentinelNode {
    pub fn cli(&self, args: &[&str]) -> String {
        match self.password {
            Some(pw) => {
                let mut full = vec!["--no-auth-warning", "-a", pw];
                full.extend_from_slice(args);
                redis_cli(self.port, &full)
            }
            None => redis_cli(self.port, args),
        }
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for SentinelNode {
    fn drop(&mut self) {
        self.stop();
    }
}

pub const SENTINEL_MASTER: &str = "mymaster";

impl SentinelSetup {
    pub fn start() -> SentinelSetup {
        Self::start_with_quorum(2)
    }

    pub fn start_with_quorum(quorum: u32) -> SentinelSetup {
        Self::start_with(quorum, SentinelPasswords::default())
    }

    pub fn start_with(quorum: u32, pw: SentinelPasswords) -> SentinelSetup {
        require_redis();
        let auth: Vec<&str> = match pw.data {
            Some(p) => vec!["--requirepass", p, "--masterauth", p],
            None => vec![],
        };
        let primary = RedisServer::start_with(&auth);
        let port = primary.port.to_string();
        let mut args = vec!["--replicaof", "127.0.0.1", &port];
        args.extend_from_slice(&auth);
        let replica = RedisServer::start_with(&args);
        let sentinels = (0..3)
            .map(|_| start_sentinel(primary.port, quorum, pw))
            .collect();
        let setup = SentinelSetup {
            servers: vec![primary, replica],
            sentinels,
            quorum,
            data_password: pw.data,
        };
        setup.wait_settled(setup.servers[0].port);
        setup
    }

    /// `redis+sentinel://` URL naming every sentinel and `mymaster`.
    pub fn url(&self) -> String {
        let hosts: Vec<String> = self
            .sentinels
            .iter()
            .map(|s| format!("127.0.0.1:{}", s.port))
            .collect();
        format!("redis+sentinel://{}/{SENTINEL_MASTER}", hosts.join(","))
    }

    /// The port of the primary the first answering sentinel names.
    pub fn primary_port(&self) -> u16 {
        for s in &self.sentinels {
            let out = s.cli(&["SENTINEL", "GET-MASTER-ADDR-BY-NAME", SENTINEL_MASTER]);
            if let Some(p) = out.lines().nth(1).and_then(|p| p.trim().parse().ok()) {
                return p;
            }
        }
        panic!("no sentinel names a primary");
    }

    /// The server (primary or replica) listening on `port`.
    pub fn server(&self, port: u16) -> &RedisServer {
        self.servers
            .iter()
            .find(|s| s.port == port)
            .expect("a server of this setup")
    }

    pub fn primary(&self) -> &RedisServer {
        self.server(self.primary_port())
    }

    /// redis-cli on a data node, with the data nodes' password.
    pub fn data_cli(&self, port: u16, args: &[&str]) -> String {
        match self.data_password {
            Some(pw) => {
                let mut full = vec!["--no-auth-warning", "-a", pw];
                full.extend_from_slice(args);
                redis_cli(port, &full)
            }
            None => redis_cli(port, args),
        }
    }

    /// `SENTINEL FAILOVER`, then waits until every sentinel names the other server, it reports
    /// itself primary and the old primary follows it. Returns the new primary's port.
    pub fn failover(&self) -> u16 {
        let old = self.primary_port();
        let out = self.sentinels[0].cli(&["SENTINEL", "FAILOVER", SENTINEL_MASTER]);
        assert!(out.contains("OK"), "SENTINEL FAILOVER: {out}");
        let new = self
            .servers
            .iter()
            .map(|s| s.port)
            .find(|p| *p != old)
            .expect("the other server");
        self.wait_settled(new);
        new
    }

    /// Waits until every running sentinel names `primary`, knows the replica and the other
    /// sentinels, the quorum is reachable, and the replica's link is up.
    pub fn wait_settled(&self, primary: u16) {
        let deadline = Instant::now() + Duration::from_secs(40);
        let replica = self
            .servers
            .iter()
            .find(|s| s.port != primary)
            .expect("replica");
        loop {
            let sentinels_ok = self.sentinels.iter().all(|s| {
                let m = s.cli(&["SENTINEL", "MASTER", SENTINEL_MASTER]);
                let field = |name: &str| {
                    let lines: Vec<&str> = m.lines().collect();
                    lines
                        .iter()
                        .position(|l| l.trim() == name)
                        .and_then(|i| lines.get(i + 1))
                        .map(|v| v.trim().to_owned())
                };
                field("port") == Some(primary.to_string())
                    && field("num-slaves") == Some("1".into())
                    && field("num-other-sentinels") == Some("2".into())
                    && field("flags") == Some("master".into())
                    && s.cli(&["SENTINEL", "CKQUORUM", SENTINEL_MASTER])
                        .starts_with("OK")
            });
            // Both ends of the link: the replica's view, and the primary's (`state=online`,
            // which `sentinel status` reads: right after the sync it still says send_bulk).
            let replica_ok = self
                .data_cli(replica.port, &["INFO", "replication"])
                .contains("master_link_status:up")
                && self.data_cli(primary, &["ROLE"]).starts_with("master")
                && self
                    .data_cli(primary, &["INFO", "replication"])
                    .contains(&format!("port={},state=online", replica.port));
            if sentinels_ok && replica_ok {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the sentinels did not settle on primary {primary}: {}",
                self.sentinels[0].cli(&["SENTINEL", "MASTER", SENTINEL_MASTER])
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

fn start_sentinel(primary: u16, quorum: u32, pw: SentinelPasswords) -> SentinelNode {
    for _attempt in 0..5 {
        let port = free_port();
        let dir = tempfile::tempdir().expect("temp dir");
        let conf = dir.path().join("sentinel.conf");
        std::fs::write(
            &conf,
            format!(
                "port {port}\nbind 127.0.0.1\ndir {}\nlogfile sentinel.log\n\
                 sentinel monitor {SENTINEL_MASTER} 127.0.0.1 {primary} {quorum}\n\
                 sentinel down-after-milliseconds {SENTINEL_MASTER} 4000\n\
                 sentinel failover-timeout {SENTINEL_MASTER} 10000\n{}{}",
                dir.path().display(),
                pw.data
                    .map(|p| format!("sentinel auth-pass {SENTINEL_MASTER} {p}\n"))
                    .unwrap_or_default(),
                pw.sentinel
                    .map(|p| format!("requirepass {p}\n"))
                    .unwrap_or_default(),
            ),
        )
        .expect("write sentinel.conf");
        let mut child = Command::new("redis-server")
            .arg(&conf)
            .arg("--sentinel")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{INSTALL_HINT} ({e})"));
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut up = false;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                break;
            }
            let ping = redis_cli(port, &["PING"]);
            if ping.contains("PONG") || ping.contains("NOAUTH") {
                up = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        if up {
            return SentinelNode {
                port,
                dir,
                child: Some(child),
                password: pw.sentinel,
            };
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    panic!("could not start redis-server --sentinel after 5 attempts");
}

/// One TLS-only sentinel (quorum 1) monitoring a plaintext primary as `mymaster`, requiring a
/// client certificate signed by `tls`'s CA: the sentinels' TLS settings apart from the data
/// nodes'.
pub fn start_tls_sentinel(primary: u16, tls: &TlsFiles) -> SentinelNode {
    require_redis();
    for _attempt in 0..5 {
        let port = free_port();
        let dir = tempfile::tempdir().expect("temp dir");
        let conf = dir.path().join("sentinel.conf");
        std::fs::write(
            &conf,
            format!(
                "port 0\ntls-port {port}\nbind 127.0.0.1\ndir {}\nlogfile sentinel.log\n\
                 tls-cert-file {}\ntls-key-file {}\ntls-ca-cert-file {}\ntls-auth-clients yes\n\
                 sentinel monitor {SENTINEL_MASTER} 127.0.0.1 {primary} 1\n",
                dir.path().display(),
                tls.path("server.crt"),
                tls.path("server.key"),
                tls.path("ca.crt"),
            ),
        )
        .expect("write sentinel.conf");
        let mut child = Command::new("redis-server")
            .arg(&conf)
            .arg("--sentinel")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{INSTALL_HINT} ({e})"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                break;
            }
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return SentinelNode {
                    port,
                    dir,
                    child: Some(child),
                    password: None,
                };
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    panic!("could not start a TLS sentinel (is redis-server built with TLS?)");
}

/// This machine's clock in Unix seconds (what the application writes in session values).
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64
}

/// Waits until `primary` reports an online replica that has caught up with its offset.
pub fn wait_for_replica(primary: &RedisServer) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let info = primary.cli(&["INFO", "replication"]);
        let master_offset = info
            .lines()
            .find_map(|l| l.trim().strip_prefix("master_repl_offset:"))
            .unwrap_or("x")
            .to_owned();
        let synced = info.lines().any(|l| {
            l.starts_with("slave0:")
                && l.contains("state=online")
                && l.contains(&format!("offset={master_offset},"))
        });
        if synced {
            return;
        }
        assert!(Instant::now() < deadline, "replica did not sync: {info}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Loads the platform keyspace of `redops demo` (`redops::datagen`) through `url`.
pub fn load_demo_data(
    url: &str,
    spec: &redops::datagen::Spec,
) -> redops::error::Result<redops::datagen::LoadReport> {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let client = redops::datagen::connect(url).await?;
        redops::datagen::load(&client, spec).await
    })
}
