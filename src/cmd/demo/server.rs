//! The demo's private servers: a redis-server in a temp dir (and, with --with-sentinel, a
//! replica and three sentinels), which never outlive redops.

use crate::client::reply::{items, value_bytes};
use crate::error::{Error, ExitCode, Result};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The name the demo's sentinels monitor the primary under.
pub const DEMO_MASTER: &str = "redops-demo";

const INSTALL_HINT: &str = "install it with `apt-get install -y redis-server` (Debian/Ubuntu), \
`dnf install redis` (Fedora), or `brew install redis` (macOS), or pass --redis-server PATH";

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
pub(super) async fn start_sentinels(
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
pub(super) async fn wait_sentinels_settled(server: &DemoServer, ha: &[DemoServer]) -> Result<()> {
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
                Some(role)
                    if items(&role).first().and_then(value_bytes).as_deref()
                        == Some(b"sentinel") =>
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
                    let m = m.map(|v| crate::cmd::sentinel::kv(&v)).unwrap_or_default();
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
}
