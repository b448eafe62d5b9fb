//! Reaching the primary through Redis Sentinel: `redis+sentinel://` URLs, asking the sentinels
//! where the primary is (one round trip to the first sentinel that answers), checking that the
//! node redops talks to is still the primary, and reading what each sentinel reports.
//!
//! Written by hand rather than with `redis::sentinel`: that one reports only the last
//! sentinel's error, shares one set of credentials and TLS settings between sentinels and data
//! nodes, and has no per-step deadline; operators need each down sentinel named with its error.

use super::connect::{self, ConnectOptions};
use super::{Client, Reply, value_to_reply};
use crate::error::{Error, Result, redact_text};
use redis::aio::MultiplexedConnection;
use redis::{Cmd, ConnectionAddr, IntoConnectionInfo, RedisConnectionInfo, Value};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// How redops talks to the sentinels themselves: their own ACL user, password and TLS
/// settings, apart from the data nodes' (which come from the URL, the profile or REDISCLI_AUTH).
#[derive(Debug, Clone, Default)]
pub struct SentinelAuth {
    pub user: Option<String>,
    pub password: Option<String>,
    /// `None`: TLS to the sentinels exactly when the data nodes use it (`rediss+sentinel://`).
    pub tls: Option<bool>,
    pub tls_ca: Option<PathBuf>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
}

/// A parsed `redis+sentinel://[user:pass@]host1:26379,host2:26379/MASTER[/db]` URL
/// (`rediss+sentinel://` for TLS to the data nodes).
#[derive(Debug, Clone, PartialEq)]
pub struct SentinelUrl {
    /// TLS to the data nodes.
    pub tls: bool,
    /// `user:password` for the data nodes, as written in the URL (still percent-encoded).
    userinfo: Option<String>,
    pub sentinels: Vec<(String, u16)>,
    /// The name the sentinels monitor the primary under (`None`: `sentinel status` shows all).
    pub master: Option<String>,
    pub db: i64,
}

pub const DEFAULT_SENTINEL_PORT: u16 = 26379;

/// Whether a URL names sentinels rather than a server.
pub fn is_sentinel_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("redis+sentinel://") || lower.starts_with("rediss+sentinel://")
}

impl SentinelUrl {
    /// Parses a sentinel URL; the error never contains the password.
    pub fn parse(url: &str) -> Result<SentinelUrl> {
        let bad = |why: &str| {
            Error::usage(format!(
                "invalid Sentinel URL '{}': {why}",
                redact_text(url)
            ))
            .hint(
                "use redis+sentinel://[user:password@]host1:26379,host2:26379/MASTER[/db] \
                 (rediss+sentinel:// for TLS)",
            )
        };
        let (scheme, rest) = url.split_once("://").ok_or_else(|| bad("no scheme"))?;
        let tls = match scheme.to_ascii_lowercase().as_str() {
            "redis+sentinel" => false,
            "rediss+sentinel" => true,
            _ => {
                return Err(bad(
                    "the scheme is not redis+sentinel:// or rediss+sentinel://",
                ));
            }
        };
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        let (userinfo, hosts) = match authority.rfind('@') {
            Some(i) => (Some(authority[..i].to_owned()), &authority[i + 1..]),
            None => (None, authority),
        };
        let mut sentinels = Vec::new();
        for h in hosts.split(',').filter(|h| !h.is_empty()) {
            sentinels.push(parse_host_port(h).map_err(|e| bad(&e))?);
        }
        if sentinels.is_empty() {
            return Err(bad("no sentinel address"));
        }
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let master = parts.next().map(str::to_owned);
        let db = match parts.next() {
            Some(d) => d
                .parse::<i64>()
                .map_err(|_| bad(&format!("'{d}' is not a database number")))?,
            None => 0,
        };
        if parts.next().is_some() {
            return Err(bad("too many path parts after the master name"));
        }
        Ok(SentinelUrl {
            tls,
            userinfo: userinfo.filter(|u| !u.is_empty()),
            sentinels,
            master,
            db,
        })
    }

    /// Builds the URL for `--sentinel` flags or a profile's `sentinels = [...]`.
    pub fn build(sentinels: &[String], master: Option<&str>, tls: bool) -> Result<String> {
        let mut list = Vec::with_capacity(sentinels.len());
        for s in sentinels {
            let (h, p) = parse_host_port(s).map_err(|e| {
                Error::usage(format!("invalid sentinel address '{s}': {e}"))
                    .hint("give each sentinel as HOST:PORT, e.g. --sentinel 10.0.0.5:26379")
            })?;
            list.push(host_port(&h, p));
        }
        Ok(format!(
            "{}://{}/{}",
            if tls {
                "rediss+sentinel"
            } else {
                "redis+sentinel"
            },
            list.join(","),
            master.unwrap_or("")
        ))
    }

    /// The same URL naming another master.
    pub fn with_master(url: &str, master: &str) -> Result<String> {
        let mut u = SentinelUrl::parse(url)?;
        u.master = Some(master.to_owned());
        Ok(u.to_url())
    }

    pub fn to_url(&self) -> String {
        let hosts: Vec<String> = self
            .sentinels
            .iter()
            .map(|(h, p)| host_port(h, *p))
            .collect();
        let mut s = format!(
            "{}://{}{}/{}",
            if self.tls {
                "rediss+sentinel"
            } else {
                "redis+sentinel"
            },
            self.userinfo
                .as_ref()
                .map(|u| format!("{u}@"))
                .unwrap_or_default(),
            hosts.join(","),
            self.master.as_deref().unwrap_or("")
        );
        if self.db != 0 {
            s.push_str(&format!("/{}", self.db));
        }
        s
    }

    /// The URL of a data node at `host:port`, with the data nodes' credentials, TLS and db.
    fn data_url(&self, host: &str, port: u16) -> String {
        format!(
            "{}://{}{}/{}",
            if self.tls { "rediss" } else { "redis" },
            self.userinfo
                .as_ref()
                .map(|u| format!("{u}@"))
                .unwrap_or_default(),
            host_port(host, port),
            self.db
        )
    }

    fn master_name(&self) -> Result<&str> {
        self.master.as_deref().ok_or_else(|| {
            Error::usage(format!(
                "the Sentinel URL {} names no primary",
                redact_text(&self.to_url())
            ))
            .hint("add the name the sentinels monitor it under: redis+sentinel://host:26379/MASTER, or pass --master NAME")
        })
    }
}

fn parse_host_port(s: &str) -> std::result::Result<(String, u16), String> {
    let s = s.trim();
    let (host, port) = if let Some(rest) = s.strip_prefix('[') {
        let (h, after) = rest
            .split_once(']')
            .ok_or_else(|| format!("'{s}': unclosed '['"))?;
        (h, after.strip_prefix(':'))
    } else {
        match s.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (s, None),
        }
    };
    if host.is_empty() {
        return Err(format!("'{s}' has no host"));
    }
    let port = match port {
        Some(p) => p
            .parse::<u16>()
            .map_err(|_| format!("'{p}' is not a port number"))?,
        None => DEFAULT_SENTINEL_PORT,
    };
    Ok((host.to_owned(), port))
}

/// `host:port`, with brackets around an IPv6 address.
pub fn host_port(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// The sentinels of a target, with how to reach them (their own credentials and TLS) and the
/// data nodes they point to (the URL's credentials and TLS).
#[derive(Clone)]
pub struct Sentinels {
    pub url: SentinelUrl,
    opts: ConnectOptions,
}

/// One sentinel's answer to a pipeline, or why there is none.
pub struct SentinelAnswer {
    pub addr: String,
    pub replies: std::result::Result<Vec<Reply>, String>,
}

impl Sentinels {
    /// The sentinels the settings name; a usage error when the target is not a Sentinel URL.
    pub fn from_options(opts: &ConnectOptions) -> Result<Sentinels> {
        if !is_sentinel_url(&opts.url) {
            return Err(Error::usage(format!(
                "{} is not reached through Sentinel",
                opts.redacted_url()
            ))
            .hint("name the sentinels: --url redis+sentinel://host1:26379,host2:26379/MASTER, --sentinel HOST:PORT (repeatable), or a profile's sentinels = [...]"));
        }
        Ok(Sentinels {
            url: SentinelUrl::parse(&opts.url)?,
            opts: opts.clone(),
        })
    }

    pub fn addrs(&self) -> Vec<String> {
        self.url
            .sentinels
            .iter()
            .map(|(h, p)| host_port(h, *p))
            .collect()
    }

    fn tls(&self) -> bool {
        let a = &self.opts.sentinel;
        a.tls.unwrap_or(self.url.tls) || a.tls_ca.is_some() || a.tls_cert.is_some()
    }

    async fn open(&self, host: &str, port: u16) -> Result<MultiplexedConnection> {
        let a = &self.opts.sentinel;
        let addr = if self.tls() {
            ConnectionAddr::TcpTls {
                host: host.to_owned(),
                port,
                insecure: false,
                tls_params: None,
            }
        } else {
            ConnectionAddr::Tcp(host.to_owned(), port)
        };
        let target = format!("sentinel {}", host_port(host, port));
        let mut settings = RedisConnectionInfo::default().set_skip_set_lib_name();
        if let Some(u) = &a.user {
            settings = settings.set_username(u);
        }
        if let Some(p) = &a.password {
            settings = settings.set_password(p);
        }
        let info = addr
            .into_connection_info()
            .map_err(|e| Error::redis(e, &format!("configuring the connection to {target}")))?
            .set_redis_settings(settings);
        let tls_opts = ConnectOptions {
            tls_ca: a.tls_ca.clone(),
            tls_cert: a.tls_cert.clone(),
            tls_key: a.tls_key.clone(),
            ..self.opts.clone()
        };
        let certs = connect::tls_certificates(&tls_opts)?;
        connect::open_node(&info, certs.as_ref(), &self.opts, &target).await
    }

    /// Sends `cmds` as one pipeline to one sentinel, bounded by the connect and response
    /// timeouts. The error is one line for a per-sentinel list (no password in it).
    async fn ask(
        &self,
        host: &str,
        port: u16,
        cmds: &[Cmd],
    ) -> std::result::Result<Vec<Reply>, String> {
        let addr = host_port(host, port);
        let work = async {
            let conn = self.open(host, port).await.map_err(|e| e.message)?;
            let mut pipe = redis::pipe();
            for c in cmds {
                pipe.add_command(c.clone());
            }
            pipe.ignore_errors();
            let replies: Vec<Value> = pipe
                .query_async(&mut conn.clone())
                .await
                .map_err(|e| Error::redis(e, &format!("asking sentinel {addr}")).message)?;
            let replies: Vec<Reply> = replies.into_iter().map(value_to_reply).collect();
            if let Some(Err(e)) = replies.first()
                && matches!(e.code(), Some("NOAUTH" | "WRONGPASS" | "NOPERM"))
            {
                return Err(format!(
                    "sentinel {addr}: {} (the sentinels' own credentials: --sentinel-user, REDOPS_SENTINEL_AUTH, or the profile's sentinel_user / sentinel_password_env)",
                    redact_text(&e.to_string())
                ));
            }
            Ok(replies)
        };
        match connect::with_deadline(&self.opts, &format!("sentinel {addr}"), work).await {
            Ok(r) => r,
            Err(e) => Err(e.message),
        }
    }

    /// The pipeline sent to every sentinel at once (one round trip), answers in URL order.
    pub async fn ask_each(&self, cmds: &[Cmd]) -> Vec<SentinelAnswer> {
        self.ask_these(&self.url.sentinels, cmds).await
    }

    /// The pipeline sent at once to the sentinels at `addrs` (e.g. ones the named sentinels
    /// know of), with the same credentials and TLS settings.
    pub async fn ask_these(&self, addrs: &[(String, u16)], cmds: &[Cmd]) -> Vec<SentinelAnswer> {
        let futs = addrs.iter().map(|(h, p)| async move {
            SentinelAnswer {
                addr: host_port(h, *p),
                replies: self.ask(h, *p, cmds).await,
            }
        });
        futures_util::future::join_all(futs).await
    }

    /// The pipeline sent to one sentinel (`host:port` as [`Sentinels::addrs`] names it), never to
    /// another: for a command that must not be sent twice (`SENTINEL FAILOVER`).
    pub async fn ask_at(
        &self,
        sentinel: &str,
        cmds: &[Cmd],
    ) -> std::result::Result<Vec<Reply>, String> {
        match self
            .url
            .sentinels
            .iter()
            .find(|(h, p)| host_port(h, *p) == sentinel)
        {
            Some((h, p)) => self.ask(h, *p, cmds).await,
            None => Err(format!(
                "sentinel {sentinel} is not one of the sentinels named"
            )),
        }
    }

    /// The pipeline sent to the sentinels in turn until one answers: a down sentinel is
    /// skipped; when none answers, exit 3 naming each with its error.
    pub async fn ask_first(&self, cmds: &[Cmd]) -> Result<(String, Vec<Reply>)> {
        let mut errors = Vec::new();
        for (h, p) in &self.url.sentinels {
            match self.ask(h, *p, cmds).await {
                Ok(r) => return Ok((host_port(h, *p), r)),
                Err(e) => errors.push(e),
            }
        }
        Err(all_down(&errors))
    }

    /// Where the sentinels say the primary of `master` is: `(sentinel, host, port)`. A
    /// sentinel that is down or does not know the name is skipped.
    pub async fn primary_of(&self, master: &str) -> Result<(String, String, u16)> {
        let cmd = get_master_addr(master);
        let mut errors = Vec::new();
        let mut unknown = 0;
        for (h, p) in &self.url.sentinels {
            let addr = host_port(h, *p);
            match self.ask(h, *p, std::slice::from_ref(&cmd)).await {
                Ok(r) => match r.first().map(parse_addr) {
                    Some(Ok(Some((host, port)))) => return Ok((addr, host, port)),
                    Some(Ok(None)) => {
                        unknown += 1;
                        errors.push(format!(
                            "sentinel {addr}: monitors no primary named '{master}'"
                        ));
                    }
                    Some(Err(e)) => errors.push(format!("sentinel {addr}: {e}")),
                    None => errors.push(format!("sentinel {addr}: no reply")),
                },
                Err(e) => errors.push(e),
            }
        }
        if unknown > 0 && unknown == errors.len() {
            return Err(Error::not_found(format!(
                "no sentinel monitors a primary named '{master}': {}",
                errors.join("; ")
            ))
            .hint("check the name: `redops sentinel status` (without a name) lists every primary the sentinels monitor"));
        }
        Err(all_down(&errors))
    }

    /// A direct connection to a data node, with the data nodes' credentials and TLS.
    pub async fn open_data_node(&self, host: &str, port: u16) -> Result<MultiplexedConnection> {
        let opts = self.data_options(host, port);
        let info = connect::connection_info(&opts)?;
        let certs = connect::tls_certificates(&opts)?;
        connect::open_node(&info, certs.as_ref(), &opts, &host_port(host, port)).await
    }

    fn data_options(&self, host: &str, port: u16) -> ConnectOptions {
        ConnectOptions {
            url: self.url.data_url(host, port),
            cluster: Some(false),
            ..self.opts.clone()
        }
    }

    /// The role a data node reports (`master`, `slave`), bounded by the timeouts.
    pub async fn role_of(&self, host: &str, port: u16) -> Result<String> {
        let addr = host_port(host, port);
        let work = async {
            let mut conn = self.open_data_node(host, port).await?;
            let v: Value = redis::cmd("ROLE")
                .query_async(&mut conn)
                .await
                .map_err(|e| Error::redis(e, &format!("asking {addr} for its ROLE")))?;
            Ok::<_, Error>(role_name(&v))
        };
        connect::with_deadline(&self.opts, &addr, work).await?
    }
}

fn all_down(errors: &[String]) -> Error {
    Error::connection(format!(
        "no sentinel answered: {}",
        if errors.is_empty() {
            "no sentinel was named".to_owned()
        } else {
            errors.join("; ")
        }
    ))
    .hint("check the sentinel addresses (--sentinel, the URL or the profile), that redis-sentinel runs there, and the sentinels' credentials and TLS settings")
}

pub fn get_master_addr(master: &str) -> Cmd {
    redis::cmd("SENTINEL")
        .arg("GET-MASTER-ADDR-BY-NAME")
        .arg(master)
        .clone()
}

/// `SENTINEL GET-MASTER-ADDR-BY-NAME`'s answer: `[host, port]`, or nil for an unknown name.
pub fn parse_addr(r: &Reply) -> std::result::Result<Option<(String, u16)>, String> {
    match r {
        Ok(Value::Nil) => Ok(None),
        Ok(Value::Array(a)) if a.len() == 2 => {
            let host: String = redis::from_redis_value_ref(&a[0]).map_err(|e| e.to_string())?;
            let port: String = redis::from_redis_value_ref(&a[1]).map_err(|e| e.to_string())?;
            let port = port
                .parse()
                .map_err(|_| format!("'{port}' is not a port"))?;
            Ok(Some((host, port)))
        }
        Ok(v) => Err(format!("unexpected reply {v:?}")),
        Err(e) => Err(redact_text(&e.to_string())),
    }
}

/// The role in a `ROLE` reply (`master`, `slave`, `sentinel`), or `?`.
pub fn role_name(v: &Value) -> String {
    match v {
        Value::Array(a) => a
            .first()
            .and_then(|r| redis::from_redis_value_ref::<String>(r).ok())
            .unwrap_or_else(|| "?".into()),
        _ => "?".into(),
    }
}

/// What a client reached through Sentinel knows about how it got there, to check before a
/// change that the node it changes is still the primary.
#[derive(Clone)]
pub struct SentinelLink {
    pub master: String,
    /// The primary redops connected to, `host:port`.
    pub primary: String,
    /// The sentinel that named it.
    pub via: String,
    sentinels: Sentinels,
    node: MultiplexedConnection,
    round_trips: Arc<AtomicU64>,
}

impl SentinelLink {
    /// The target for messages and the audit log: the Sentinel URL (password redacted) and
    /// the primary it resolved to.
    pub fn describe(&self) -> String {
        format!(
            "{} (primary {})",
            redact_text(&self.sentinels.url.to_url()),
            self.primary
        )
    }

    /// Right before a change: the node is still the primary (ROLE), and the sentinels still
    /// name it (both asked at once: one round trip). After a failover since the operator was
    /// shown the state: refused (exit 5), nothing is changed. Sentinels that cannot be reached
    /// now do not block the change when the node itself says it is the primary.
    pub async fn still_primary(&self) -> Result<()> {
        self.round_trips.fetch_add(1, Ordering::Relaxed);
        let role = async {
            let v: Value = redis::cmd("ROLE")
                .query_async(&mut self.node.clone())
                .await
                .map_err(|e| {
                    Error::redis(
                        e,
                        &format!(
                            "checking that {} is still the primary of '{}' (ROLE); nothing was changed",
                            self.primary, self.master
                        ),
                    )
                })?;
            Ok::<_, Error>(role_name(&v))
        };
        let named = self.sentinels.primary_of(&self.master);
        let (role, named) = tokio::join!(
            connect::with_deadline(&self.sentinels.opts, &self.primary, role),
            named
        );
        let named = named.ok().map(|(_, h, p)| host_port(&h, p));
        let now = named.filter(|a| *a != self.primary);
        let role = match role.and_then(|r| r) {
            Ok(r) => r,
            // A sentinel that reconfigures the old primary closes its clients' connections:
            // when the sentinels now name another node, that is the failover, not an outage.
            Err(_) if now.is_some() => "unknown (the connection was closed)".to_owned(),
            Err(e) => return Err(e),
        };
        if role != "master" || now.is_some() {
            let mut why = Vec::new();
            if role != "master" {
                why.push(format!("it now reports role {role}"));
            }
            if let Some(a) = &now {
                why.push(format!("the sentinels now name {a}"));
            }
            return Err(Error::refused(format!(
                "{} is no longer the primary of '{}' ({}): a failover happened after you were shown its state; nothing was changed",
                self.primary,
                self.master,
                why.join(", ")
            ))
            .hint("run the command again: redops will read the state of the new primary and show it"));
        }
        Ok(())
    }
}

/// Connects to the primary the sentinels name, and checks it reports itself the primary.
pub(super) async fn connect(opts: &ConnectOptions, reads: &super::Prefetch) -> Result<Client> {
    let sentinels = Sentinels::from_options(opts)?;
    if opts.cluster == Some(true) {
        return Err(Error::usage(
            "--cluster was given with a Sentinel URL: Sentinel watches a standalone primary",
        ));
    }
    let master = sentinels.url.master_name()?.to_owned();
    let (via, host, port) = sentinels.primary_of(&master).await?;
    let data_opts = sentinels.data_options(&host, port);
    let mut client = connect::connect_direct(&data_opts, true, reads).await?;
    let primary = host_port(&host, port);
    let node = client
        .nodes
        .first()
        .map(|n| n.conn.clone())
        .ok_or_else(|| Error::internal("a standalone client without its node"))?;
    let link = SentinelLink {
        master,
        primary,
        via,
        sentinels,
        node,
        round_trips: client.round_trip_counter(),
    };
    client.target = link.describe();
    client.sentinel = Some(link);
    Ok(client)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sentinel_urls() {
        let u =
            SentinelUrl::parse("redis+sentinel://app:s3cret@h1:26379,h2,[::1]:26380/mymaster/2")
                .expect("parses");
        assert!(!u.tls);
        assert_eq!(
            u.sentinels,
            vec![
                ("h1".to_owned(), 26379),
                ("h2".to_owned(), 26379),
                ("::1".to_owned(), 26380)
            ]
        );
        assert_eq!(u.master.as_deref(), Some("mymaster"));
        assert_eq!(u.db, 2);
        assert_eq!(
            u.data_url("10.0.0.1", 6379),
            "redis://app:s3cret@10.0.0.1:6379/2"
        );
        assert_eq!(
            redact_text(&u.to_url()),
            "redis+sentinel://app:***@h1:26379,h2:26379,[::1]:26380/mymaster/2"
        );

        let t = SentinelUrl::parse("rediss+sentinel://h1:1/m").expect("parses");
        assert!(t.tls);
        assert_eq!(t.data_url("h", 2), "rediss://h:2/0");
        let none = SentinelUrl::parse("redis+sentinel://h1").expect("no master is allowed");
        assert_eq!(none.master, None);
        assert!(none.master_name().is_err());

        for bad in [
            "redis://h:1/m",
            "redis+sentinel:///m",
            "redis+sentinel://h:port/m",
            "redis+sentinel://h/m/x",
            "redis+sentinel://h/m/1/2",
        ] {
            assert!(SentinelUrl::parse(bad).is_err(), "{bad}");
        }
        let e = SentinelUrl::parse("redis+sentinel://u:hunter2@h:x/m").expect_err("bad port");
        assert!(!e.message.contains("hunter2"), "{}", e.message);
    }

    #[test]
    fn builds_urls_from_flags() {
        let url = SentinelUrl::build(&["a:1".into(), "b".into()], Some("m"), false).expect("ok");
        assert_eq!(url, "redis+sentinel://a:1,b:26379/m");
        assert_eq!(
            SentinelUrl::with_master("redis+sentinel://u:p@a:1/x/3", "y").expect("ok"),
            "redis+sentinel://u:p@a:1/y/3"
        );
        assert!(SentinelUrl::build(&["a:b".into()], None, false).is_err());
    }

    #[test]
    fn reads_addresses_and_roles() {
        let ok: Reply = Ok(Value::Array(vec![
            Value::BulkString(b"10.0.0.1".to_vec()),
            Value::BulkString(b"6380".to_vec()),
        ]));
        assert_eq!(parse_addr(&ok), Ok(Some(("10.0.0.1".into(), 6380))));
        assert_eq!(parse_addr(&Ok(Value::Nil)), Ok(None));
        let role = Value::Array(vec![Value::BulkString(b"slave".to_vec())]);
        assert_eq!(role_name(&role), "slave");
    }
}
