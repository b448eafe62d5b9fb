//! Connecting: URL parsing, credentials, TLS, timeouts, client name, cluster detection.

use super::{Client, Conn, Node, Prefetch, Prefetched, ServerCaps};
use crate::error::{Error, Result, redact_text};
use redis::aio::MultiplexedConnection;
use redis::cluster::ClusterClientBuilder;
use redis::{
    AsyncConnectionConfig, ConnectionAddr, ConnectionInfo, IntoConnectionInfo, RedisConnectionInfo,
    TlsCertificates,
};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, AtomicU64};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Everything needed to reach a server, resolved from flags, environment and profile.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    pub url: String,
    /// Password from `REDISCLI_AUTH` (or a profile), used when the URL has none.
    pub password: Option<String>,
    pub tls_ca: Option<PathBuf>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// `Some(true)` forces cluster mode, `Some(false)` standalone, `None` detects.
    pub cluster: Option<bool>,
    /// Also open a no-retry cluster connection for writes.
    pub for_writes: bool,
    /// `--tls-insecure`: the only way to skip certificate verification (never the URL).
    pub tls_insecure: bool,
    /// The sentinels' own credentials and TLS settings (for `redis+sentinel://` targets).
    pub sentinel: super::sentinel::SentinelAuth,
}

/// What the client found at the other end.
#[derive(Debug, Clone)]
pub struct Topology {
    pub cluster: bool,
    /// Primaries as `host:port` (the standalone server alone when not a cluster).
    pub primaries: Vec<String>,
    /// Nodes the cluster knows of (primaries and replicas), 1 for standalone.
    pub known_nodes: usize,
    /// Nodes flagged `fail` or `pfail`, as `host:port (flags)`.
    pub failing: Vec<String>,
    /// Slots served by a primary that is not failing (16384 when all are covered).
    pub slots_covered: u32,
    /// The slot ranges of those primaries, as `(first, last, "host:port")` (empty when
    /// standalone): where a keyed write is sent first (a redirect is followed from there).
    pub slot_ranges: Vec<(u16, u16, String)>,
}

impl ConnectOptions {
    /// The URL with any password replaced by `***`.
    pub fn redacted_url(&self) -> String {
        crate::error::redact_url(&self.url)
    }
}

pub(super) async fn connect(opts: &ConnectOptions, reads: &Prefetch) -> Result<Client> {
    if super::sentinel::is_sentinel_url(&opts.url) {
        return super::sentinel::connect(opts, reads).await;
    }
    connect_direct(opts, false, reads).await
}

/// Where each reply of the set-up pipeline is (`None`: not sent).
struct SetupSlots {
    auth: Option<usize>,
    select: Option<usize>,
    info_cluster: usize,
    info_server: usize,
    role: Option<usize>,
    /// Where each batch of the command's first reads starts.
    reads: Vec<usize>,
}

/// Connects to the server the URL names. `expect_primary`: it must report itself a primary
/// (`ROLE`, in the same set-up round trip), as a primary a sentinel named must. `reads`: the
/// command's first reads, sent in the set-up pipeline and kept for it on a standalone server.
///
/// On RESP2 (the default) the client library is given no credentials, database or library
/// name, so it sends nothing of its own after the TCP connect (and TLS handshake): `AUTH` and
/// `SELECT` lead redops's own set-up pipeline, followed by `CLIENT SETNAME`, `INFO cluster`,
/// `INFO server` and the reads: one round trip in all on a standalone server.
pub(super) async fn connect_direct(
    opts: &ConnectOptions,
    expect_primary: bool,
    reads: &Prefetch,
) -> Result<Client> {
    let target = opts.redacted_url();
    let info = connection_info(opts)?;
    let certs = tls_certificates(opts)?;
    let is_tls = matches!(info.addr(), ConnectionAddr::TcpTls { .. });
    if certs.is_some() && !is_tls {
        return Err(Error::usage(format!(
            "--tls-ca/--tls-cert were given but {target} is not a rediss:// URL"
        ))
        .hint("use rediss:// to connect with TLS; redops never sends TLS options over plaintext"));
    }

    let settings = info.redis_settings().clone();
    // RESP3 needs HELLO before anything else: the client library sends it (with AUTH) in a
    // round trip of its own.
    let lead = !settings.protocol().supports_resp3();
    let seed_info = if lead {
        info.clone()
            .set_redis_settings(RedisConnectionInfo::default().set_skip_set_lib_name())
    } else {
        info.clone()
            .set_redis_settings(settings.clone().set_skip_set_lib_name())
    };
    let mut setup_trips: i64 = if lead { 0 } else { 1 };
    let seed = open_node(&seed_info, certs.as_ref(), opts, &target).await?;
    let what = format!("setting up the connection to {target}");
    // Naming the connection and reading `INFO cluster` / `INFO server` (one section each:
    // Redis 6.2 takes no more) may be refused to a restricted ACL user; none is essential, so
    // the answers are taken one by one.
    let mut setup = redis::pipe();
    let slot = |setup: &mut redis::Pipeline, cmd: redis::Cmd| {
        setup.add_command(cmd);
        setup.len() - 1
    };
    let auth = match (lead, settings.password()) {
        (true, Some(pw)) => {
            let mut c = redis::cmd("AUTH");
            if let Some(user) = settings.username() {
                c.arg(user);
            }
            c.arg(pw);
            Some(slot(&mut setup, c))
        }
        _ => None,
    };
    let select = (lead && settings.db() != 0)
        .then(|| slot(&mut setup, redis::cmd("SELECT").arg(settings.db()).clone()));
    slot(
        &mut setup,
        redis::cmd("CLIENT").arg("SETNAME").arg("redops").clone(),
    );
    let info_cluster = slot(&mut setup, redis::cmd("INFO").arg("cluster").clone());
    let info_server = slot(&mut setup, redis::cmd("INFO").arg("server").clone());
    let role = expect_primary.then(|| slot(&mut setup, redis::cmd("ROLE")));
    // NO-TOUCH (7.2+, Valkey) is not sent on a connection that may write: a NO-TOUCH write
    // that wakes a client blocked on its key crashes Redis 8.0-8.2 and Valkey 8.1
    // (`ServerCaps::no_touch_can_crash`). Without reads to carry it goes first; with reads it
    // goes after them: they may be keyed reads on a cluster node (not known yet), where a
    // NO-TOUCH read of a key in a migrating slot crashes those same servers.
    let no_touch_first = reads.batches.is_empty() || opts.cluster == Some(true);
    let mut no_touch_at = no_touch_first.then(|| add_no_touch(&mut setup, !opts.for_writes));
    let mut starts = Vec::new();
    // The reads ride along only when this may be a standalone server (--cluster says not).
    if opts.cluster != Some(true) {
        for batch in &reads.batches {
            starts.push(setup.len());
            for c in batch {
                slot(&mut setup, c.clone());
            }
        }
    }
    let no_touch_at =
        *no_touch_at.get_or_insert_with(|| add_no_touch(&mut setup, !opts.for_writes));
    let slots = SetupSlots {
        auth,
        select,
        info_cluster,
        info_server,
        role,
        reads: starts,
    };
    setup.ignore_errors();
    setup_trips += 1;
    let replies: Vec<redis::Value> =
        match with_deadline(opts, &target, setup.query_async(&mut seed.clone())).await? {
            Ok(r) => r,
            // The first request on the connection: what answered may not be Redis at all.
            Err(e) => match super::probe::not_redis_at_first(&info, &e).await {
                Some(named) => return Err(named),
                None => return Err(Error::redis(e, &what)),
            },
        };
    let server_error = |i: Option<usize>| match i.and_then(|i| replies.get(i)) {
        Some(redis::Value::ServerError(e)) => Some(redis::RedisError::from(e.clone())),
        _ => None,
    };
    if let Some(e) = server_error(slots.auth) {
        return Err(connect_error(e, &target, opts));
    }
    if let Some(e) = server_error(slots.select) {
        return Err(Error::redis(
            e,
            &format!("selecting database {} on {target}", settings.db()),
        ));
    }
    if let Some(v) = slots.role.and_then(|i| replies.get(i))
        && !matches!(v, redis::Value::ServerError(_))
    {
        let role = super::sentinel::role_name(v);
        if role != "master" {
            return Err(Error::connection(format!(
                "{target} was named the primary by a sentinel, but it reports role {role}: a failover may be under way"
            ))
            .hint("try again in a few seconds; `redops sentinel status` shows what each sentinel reports"));
        }
    }
    let seed_no_touch = no_touch_on(&replies, no_touch_at);
    // The command's reads went out before NO-TOUCH: they may have touched their keys.
    let reads_before_no_touch = !no_touch_first;
    let info_reply = replies.get(slots.info_cluster);
    let info_refused = matches!(info_reply, Some(redis::Value::ServerError(_)));
    let seed_caps = server_caps(replies.get(slots.info_server));
    // The reads that came back redirected (or refused for spanning slots) tell a cluster node
    // even when INFO was refused.
    let redirected = slots.reads.first().is_some_and(|&start| {
        replies[start.min(replies.len())..].iter().any(|v| {
            matches!(v, redis::Value::ServerError(e)
                if matches!(e.code(), "MOVED" | "ASK" | "CROSSSLOT" | "CLUSTERDOWN"))
        })
    });
    let detected = match info_reply {
        Some(redis::Value::ServerError(e)) if opts.cluster.is_none() => {
            let e: redis::RedisError = e.clone().into();
            if matches!(e.code(), Some("NOAUTH" | "WRONGPASS")) {
                return Err(Error::redis(e, &what));
            }
            if !redirected {
                eprintln!(
                    "warning: cannot tell whether {target} is a cluster (INFO refused: {}); assuming standalone, pass --cluster if it is one",
                    e.code().unwrap_or("error")
                );
            }
            redirected
        }
        Some(v) => redis::from_redis_value_ref::<String>(v)
            .unwrap_or_default()
            .lines()
            .any(|l| l.trim() == "cluster_enabled:1"),
        None => false,
    };
    let cluster = match opts.cluster {
        Some(true) if !detected && !info_refused => {
            return Err(Error::usage(format!(
                "--cluster was given but {target} is not a cluster node (cluster_enabled:0)"
            )));
        }
        Some(c) => c,
        None => detected,
    };

    if !cluster {
        // The command's first reads, answered already: kept for it (see `Client::batch`).
        let mut prefetched = Vec::with_capacity(slots.reads.len());
        for (batch, &start) in reads.batches.iter().zip(&slots.reads) {
            let answers = replies.get(start..start + batch.len()).ok_or_else(|| {
                Error::internal(format!("{what}: short reply to the set-up pipeline"))
            })?;
            prefetched.push(Prefetched {
                packed: batch.iter().map(|c| c.get_packed_command()).collect(),
                replies: answers.to_vec(),
            });
        }
        let addr = info.addr().to_string();
        let client = Client {
            conn: Conn::Standalone(seed.clone()),
            write_conn: None,
            nodes: vec![Node {
                addr: addr.clone(),
                conn: seed,
                caps: seed_caps,
                no_touch: seed_no_touch,
                eviction_policy: policy_reply(&replies, no_touch_at),
            }],
            topology: Topology {
                cluster: false,
                primaries: vec![addr],
                known_nodes: 1,
                failing: vec![],
                slots_covered: 0,
                slot_ranges: vec![],
            },
            target,
            timeout: opts.timeout,
            round_trips: Arc::new(AtomicU64::new(0)),
            setup_trips: Arc::new(AtomicI64::new(setup_trips)),
            prefetched: Mutex::new(prefetched),
            pacing: Arc::default(),
            opts: opts.clone(),
            sentinel: None,
            routed_no_touch: seed_no_touch,
            touch: Default::default(),
        };
        // The command's first reads went out before NO-TOUCH: noted as reads that touched keys
        // (used or not: on a server with per-field TTLs the plain page read is read again).
        if reads_before_no_touch && seed_no_touch {
            let names: Vec<String> = reads
                .batches
                .iter()
                .flatten()
                .map(super::touch::command_name)
                .filter(|n| super::touch::touches(n))
                .collect();
            if !names.is_empty()
                && let Some(node) = client.nodes.first()
            {
                client.touch.remember(node);
                client.touch.note_names(names);
            }
        }
        return Ok(client);
    }
    // A cluster node: whatever the reads returned is dropped (they are sent again, each to
    // the node that owns its key). The seed connection is not authenticated by the client
    // library; the cluster connections below are.

    setup_trips += 1;
    let nodes_text: String = with_deadline(
        opts,
        &target,
        redis::cmd("CLUSTER")
            .arg("NODES")
            .query_async(&mut seed.clone()),
    )
    .await?
    .map_err(|e| Error::redis(e, &format!("reading the cluster topology from {target}")))?;
    let parsed = parse_cluster_nodes(&nodes_text);
    if parsed.primaries.is_empty() {
        return Err(Error::connection(format!(
            "{target} is in cluster mode but reports no primary serving slots"
        ))
        .hint("check `redis-cli cluster nodes`; the cluster may not be created yet"));
    }

    let build = |retries: u32| {
        let mut b = ClusterClientBuilder::new(vec![info.clone()])
            .connection_timeout(opts.connect_timeout)
            .response_timeout(opts.timeout)
            .retries(retries);
        if let Some(c) = &certs {
            b = b.certs(c.clone());
        }
        b.build()
            .map_err(|e| Error::redis(e, &format!("configuring the cluster client for {target}")))
    };
    let cluster_client = build(3)?;
    let conn = with_deadline(opts, &target, cluster_client.get_async_connection())
        .await?
        .map_err(|e| Error::redis(e, &format!("connecting to the cluster at {target}")))?;
    let write_conn = if opts.for_writes {
        let c = build(0)?;
        Some(
            with_deadline(opts, &target, c.get_async_connection())
                .await?
                .map_err(|e| Error::redis(e, &format!("connecting to the cluster at {target}")))?,
        )
    } else {
        None
    };

    // NO-TOUCH on a cluster only where it cannot crash a node: a command on a key of a
    // migrating slot (a resharding) from a NO-TOUCH client kills Redis 8.0-8.2 and Valkey 8.1
    // nodes (`ServerCaps::no_touch_can_crash`, judged by the node connected to first), and a
    // connection that may write never has it. Reads then touch keys, and are named as such.
    let cluster_no_touch_safe = !opts.for_writes && !seed_caps.no_touch_can_crash();
    let mut nodes = Vec::with_capacity(parsed.primaries.len());
    let futs = parsed.primaries.iter().map(|(host, port)| {
        let node_info = with_addr(&info, host, *port);
        let certs = certs.as_ref();
        async move {
            let conn = open_node(&node_info, certs, opts, &format!("{host}:{port}")).await?;
            let mut setup = redis::pipe();
            setup.cmd("CLIENT").arg("SETNAME").arg("redops");
            setup.cmd("INFO").arg("server");
            let no_touch_at = add_no_touch(&mut setup, cluster_no_touch_safe);
            setup.ignore_errors();
            let replies: Vec<redis::Value> = setup
                .query_async(&mut conn.clone())
                .await
                .unwrap_or_default();
            Ok::<_, Error>(Node {
                addr: format!("{host}:{port}"),
                conn,
                caps: server_caps(replies.get(1)),
                no_touch: no_touch_on(&replies, no_touch_at),
                eviction_policy: policy_reply(&replies, no_touch_at),
            })
        }
    });
    // The cluster connection (reads routed by key) is asked for NO-TOUCH at the same time.
    let (setups, routed_no_touch) =
        futures_util::future::join(futures_util::future::join_all(futs), async {
            if cluster_no_touch_safe {
                cluster_no_touch(&conn).await
            } else {
                false
            }
        })
        .await;
    for n in setups {
        nodes.push(n?);
    }
    // Counted, not measured: the cluster client's own set-up (a connection with its library
    // set-up, CLUSTER SLOTS, a connection to each node: 3), the no-retry one for writes (3),
    // then each primary's direct connection (its library set-up and redops's: 2, at once).
    setup_trips += 3 + if opts.for_writes { 3 } else { 0 } + 2;
    let topology = Topology {
        cluster: true,
        primaries: nodes.iter().map(|n| n.addr.clone()).collect(),
        known_nodes: parsed.known,
        failing: parsed.failing,
        slots_covered: parsed.slots_covered,
        slot_ranges: parsed.slot_ranges,
    };
    Ok(Client {
        conn: Conn::Cluster(conn),
        write_conn,
        nodes,
        topology,
        target,
        timeout: opts.timeout,
        round_trips: Arc::new(AtomicU64::new(0)),
        setup_trips: Arc::new(AtomicI64::new(setup_trips)),
        prefetched: Mutex::new(Vec::new()),
        pacing: Arc::default(),
        opts: opts.clone(),
        sentinel: None,
        routed_no_touch,
        touch: Default::default(),
    })
}

/// Opens a connection to one replica at `host:port` (with the URL's credentials and TLS
/// settings), named `redops`; on a cluster it is put in READONLY mode so it serves reads.
pub(super) async fn open_replica(
    opts: &ConnectOptions,
    host: &str,
    port: u16,
    cluster: bool,
) -> Result<Node> {
    let addr = format!("{host}:{port}");
    let info = with_addr(&connection_info(opts)?, host, port);
    let certs = tls_certificates(opts)?;
    let conn = open_node(&info, certs.as_ref(), opts, &addr).await?;
    let mut setup = redis::pipe();
    // Replies: SETNAME, READONLY (cluster only: without it the replica serves nothing), INFO.
    setup.cmd("CLIENT").arg("SETNAME").arg("redops");
    if cluster {
        setup.cmd("READONLY");
    }
    setup.cmd("INFO").arg("server");
    let info_at = if cluster { 2 } else { 1 };
    // A replica holds no migrating or importing slot and is only read: NO-TOUCH is safe there.
    let no_touch_at = add_no_touch(&mut setup, true);
    setup.ignore_errors();
    let what = format!("setting up the connection to the replica {addr}");
    let replies: Vec<redis::Value> =
        with_deadline(opts, &addr, setup.query_async(&mut conn.clone()))
            .await?
            .map_err(|e| Error::redis(e, &what))?;
    if cluster && let Some(redis::Value::ServerError(e)) = replies.get(1) {
        return Err(Error::redis(e.clone().into(), &what));
    }
    Ok(Node {
        addr,
        conn,
        caps: server_caps(replies.get(info_at)),
        no_touch: no_touch_on(&replies, no_touch_at),
        eviction_policy: policy_reply(&replies, no_touch_at),
    })
}

// --- CLIENT NO-TOUCH (issue 17): reads that leave the eviction policy's data alone ---

/// Where [`add_no_touch`] put its commands in a set-up pipeline.
#[derive(Debug, Clone, Copy)]
struct NoTouchSlots {
    /// `CLIENT NO-TOUCH ON`, when it was sent.
    no_touch: Option<usize>,
    /// `INFO memory`.
    info_memory: usize,
}

/// Appends `CLIENT NO-TOUCH ON` (when `send`) and `INFO memory` to a set-up pipeline. Sent to
/// every server, in the same round trip: Redis before 7.2 answers NO-TOUCH with an error (an
/// unknown subcommand), as does a user whose ACL does not allow it; both are only noted
/// ([`no_touch_on`]), and that connection's reads then touch keys as any client's do.
/// `INFO memory` gives the eviction policy (the touch note says whether it uses the data such
/// reads update) without a round trip of its own after the command.
fn add_no_touch(setup: &mut redis::Pipeline, send: bool) -> NoTouchSlots {
    let mut at = setup.cmd_iter().count();
    let no_touch = send.then(|| {
        setup.cmd("CLIENT").arg("NO-TOUCH").arg("ON");
        at += 1;
        at - 1
    });
    setup.cmd("INFO").arg("memory");
    NoTouchSlots {
        no_touch,
        info_memory: at,
    }
}

/// The eviction policy from the `INFO memory` reply [`add_no_touch`] asked for, or the
/// server's refusal.
fn policy_reply(replies: &[redis::Value], at: NoTouchSlots) -> Result<String, String> {
    match replies.get(at.info_memory) {
        Some(redis::Value::ServerError(e)) => Err(format!("INFO memory: {}", e.code())),
        Some(v) => match redis::from_redis_value_ref::<String>(v) {
            Ok(text) => text
                .lines()
                .find_map(|l| l.trim_end().strip_prefix("maxmemory_policy:"))
                .map(str::to_owned)
                .ok_or_else(|| "INFO memory has no maxmemory_policy".to_owned()),
            Err(_) => Err("INFO memory: not a text reply".to_owned()),
        },
        None => Err("INFO memory: no answer".to_owned()),
    }
}

/// `CLIENT NO-TOUCH ON` on the cluster connection's link to every primary (the key-routed
/// reads). Whether every primary accepted it. A link the cluster client re-opens later (after
/// a failover) does not have it.
async fn cluster_no_touch(conn: &redis::cluster_async::ClusterConnection) -> bool {
    use redis::cluster_routing::{MultipleNodeRoutingInfo, ResponsePolicy, RoutingInfo};
    let mut cmd = redis::cmd("CLIENT");
    cmd.arg("NO-TOUCH").arg("ON");
    let route = RoutingInfo::MultiNode((
        MultipleNodeRoutingInfo::AllMasters,
        Some(ResponsePolicy::AllSucceeded),
    ));
    conn.clone().route_command(cmd, route).await.is_ok()
}

/// Whether the server accepted `CLIENT NO-TOUCH ON` (its reply in a set-up pipeline; false
/// when it was not sent).
fn no_touch_on(replies: &[redis::Value], at: NoTouchSlots) -> bool {
    match at.no_touch.and_then(|i| replies.get(i)) {
        Some(redis::Value::Okay) => true,
        Some(redis::Value::SimpleString(s)) => s == "OK",
        _ => false,
    }
}

/// The server's flavor and version from its `INFO server` reply in a set-up pipeline
/// (unknown when it was refused).
fn server_caps(reply: Option<&redis::Value>) -> ServerCaps {
    match reply {
        Some(v @ (redis::Value::BulkString(_) | redis::Value::VerbatimString { .. })) => {
            ServerCaps::from_info(&redis::from_redis_value_ref::<String>(v).unwrap_or_default())
        }
        _ => ServerCaps::unknown(),
    }
}

/// Bounds a connection step by the connect timeout plus one response timeout.
pub(super) async fn with_deadline<T>(
    opts: &ConnectOptions,
    target: &str,
    fut: impl Future<Output = T>,
) -> Result<T> {
    tokio::time::timeout(opts.connect_timeout + opts.timeout, fut)
        .await
        .map_err(|_| {
            Error::connection(format!(
                "could not connect to {target}: no answer within {}",
                humantime::format_duration(opts.connect_timeout + opts.timeout)
            ))
            .hint("check the address and the network path; raise --connect-timeout for a slow link")
        })
}

pub(super) fn connection_info(opts: &ConnectOptions) -> Result<ConnectionInfo> {
    let target = opts.redacted_url();
    let mut info = opts.url.as_str().into_connection_info().map_err(|e| {
        Error::usage(format!("invalid Redis URL '{target}': {}", redact_text(&e.to_string())))
            .hint("use redis://[user:password@]host:port[/db], rediss://... for TLS, or unix:///path/to/socket")
    })?;
    if let ConnectionAddr::TcpTls {
        host,
        port,
        insecure,
        tls_params,
    } = info.addr()
    {
        if *insecure && !opts.tls_insecure {
            return Err(Error::usage(format!(
                "the URL {target} turns TLS certificate verification off (#insecure); redops never lets a URL do that"
            ))
            .hint("remove #insecure and pass --tls-ca with the CA that signed the server's certificate; or, knowingly, --tls-insecure"));
        }
        if opts.tls_insecure && !*insecure {
            let addr = ConnectionAddr::TcpTls {
                host: host.clone(),
                port: *port,
                insecure: true,
                tls_params: tls_params.clone(),
            };
            info = info.set_addr(addr);
        }
    }
    if info.redis_settings().password().is_none()
        && let Some(pw) = &opts.password
    {
        let settings = info.redis_settings().clone().set_password(pw);
        info = info.set_redis_settings(settings);
    }
    Ok(info)
}

pub(super) fn tls_certificates(opts: &ConnectOptions) -> Result<Option<TlsCertificates>> {
    if opts.tls_ca.is_none() && opts.tls_cert.is_none() {
        return Ok(None);
    }
    let read = |p: &PathBuf, what: &str| {
        let bytes = std::fs::read(p).map_err(|e| {
            Error::usage(format!("cannot read the {what} file {}: {e}", p.display()))
        })?;
        // rustls reads PEM only; anything else would surface as "UnknownIssuer" at handshake.
        if !bytes.windows(11).any(|w| w == b"-----BEGIN ") {
            return Err(Error::usage(format!(
                "the {what} file {} is not PEM (no -----BEGIN ...----- block): redops reads PEM files only",
                p.display()
            ))
            .hint(format!(
                "convert a DER file with `openssl x509 -inform der -in {} -out ca.pem` (a key: `openssl pkey -inform der ...`)",
                p.display()
            )));
        }
        Ok(bytes)
    };
    let root_cert = opts
        .tls_ca
        .as_ref()
        .map(|p| read(p, "TLS CA"))
        .transpose()?;
    let client_tls = match (&opts.tls_cert, &opts.tls_key) {
        (Some(c), Some(k)) => Some(redis::ClientTlsConfig {
            client_cert: read(c, "TLS certificate")?,
            client_key: read(k, "TLS key")?,
        }),
        _ => None,
    };
    Ok(Some(TlsCertificates {
        client_tls,
        root_cert,
    }))
}

pub(super) async fn open_node(
    info: &ConnectionInfo,
    certs: Option<&TlsCertificates>,
    opts: &ConnectOptions,
    target: &str,
) -> Result<MultiplexedConnection> {
    let client = match certs {
        Some(c) => redis::Client::build_with_tls(info.clone(), c.clone()),
        None => redis::Client::open(info.clone()),
    }
    .map_err(|e| Error::redis(e, &format!("configuring the connection to {target}")))?;
    let config = AsyncConnectionConfig::new()
        .set_connection_timeout(Some(opts.connect_timeout))
        .set_response_timeout(Some(opts.timeout));
    match with_deadline(
        opts,
        target,
        client.get_multiplexed_async_connection_with_config(&config),
    )
    .await?
    {
        Ok(conn) => Ok(conn),
        Err(e) => match super::probe::not_redis(info, &e).await {
            Some(named) => Err(named),
            None => Err(connect_error(e, target, opts)),
        },
    }
}

fn connect_error(e: redis::RedisError, target: &str, opts: &ConnectOptions) -> Error {
    let text = redact_text(&e.to_string());
    if e.kind() == redis::ErrorKind::AuthenticationFailed
        || matches!(e.code(), Some("WRONGPASS" | "NOAUTH"))
    {
        return Error::connection(format!(
            "could not connect to {target}: authentication failed"
        ))
        .hint("check the user and password in the URL, the profile, or REDISCLI_AUTH");
    }
    if e.is_timeout() {
        return Error::connection(format!(
            "could not connect to {target}: no answer within {}",
            humantime::format_duration(opts.connect_timeout)
        ))
        .hint("check the address and the network path; raise --connect-timeout for a slow link");
    }
    if e.is_connection_refusal() {
        return Error::connection(format!("could not connect to {target}: connection refused"))
            .hint("is redis-server running there? check --url / REDIS_URL");
    }
    let lower = text.to_lowercase();
    if lower.contains("certificate")
        || lower.contains("tls")
        || lower.contains("handshake")
        || lower.contains("invalidcontenttype")
    {
        return Error::connection(format!("could not connect to {target}: TLS failed: {text}"))
            .hint("check --tls-ca (the CA that signed the server's certificate), --tls-cert/--tls-key, and that the port speaks TLS");
    }
    Error::connection(format!("could not connect to {target}: {text}"))
        .hint("check the address, the network path and the TLS settings")
}

pub(super) fn with_addr(info: &ConnectionInfo, host: &str, port: u16) -> ConnectionInfo {
    let addr = match info.addr() {
        ConnectionAddr::TcpTls {
            insecure,
            tls_params,
            ..
        } => ConnectionAddr::TcpTls {
            host: host.to_owned(),
            port,
            insecure: *insecure,
            tls_params: tls_params.clone(),
        },
        _ => ConnectionAddr::Tcp(host.to_owned(), port),
    };
    info.clone().set_addr(addr)
}

pub(crate) struct ClusterNodes {
    pub primaries: Vec<(String, u16)>,
    pub known: usize,
    pub failing: Vec<String>,
    pub slots_covered: u32,
    pub slot_ranges: Vec<(u16, u16, String)>,
}

/// Parses `CLUSTER NODES`: primaries that serve slots and are not failing, and what is down.
pub(crate) fn parse_cluster_nodes(text: &str) -> ClusterNodes {
    let mut out = ClusterNodes {
        primaries: vec![],
        known: 0,
        failing: vec![],
        slots_covered: 0,
        slot_ranges: vec![],
    };
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 8 {
            continue;
        }
        out.known += 1;
        // ip:port@cport[,hostname]
        let addr = f[1].split('@').next().unwrap_or("");
        let flags = f[2];
        let failing = flags
            .split(',')
            .any(|x| x == "fail" || x == "fail?" || x == "noaddr");
        let is_primary = flags.split(',').any(|x| x == "master");
        if failing {
            let ranges: Vec<&str> = f[8..]
                .iter()
                .copied()
                .filter(|s| !s.starts_with('['))
                .collect();
            if is_primary && !ranges.is_empty() {
                out.failing
                    .push(format!("{addr} ({flags}, slots {})", ranges.join(" ")));
            } else {
                out.failing.push(format!("{addr} ({flags})"));
            }
        }
        let slots: u32 = f[8..]
            .iter()
            .filter(|s| !s.starts_with('['))
            .map(|s| match s.split_once('-') {
                Some((a, b)) => {
                    b.parse::<u32>()
                        .unwrap_or(0)
                        .saturating_sub(a.parse::<u32>().unwrap_or(0))
                        + 1
                }
                None => u32::from(s.parse::<u32>().is_ok()),
            })
            .sum();
        if is_primary && !failing && slots > 0 {
            out.slots_covered += slots;
            for s in f[8..].iter().filter(|s| !s.starts_with('[')) {
                let (a, b) = s.split_once('-').unwrap_or((s, s));
                if let (Ok(a), Ok(b)) = (a.parse::<u16>(), b.parse::<u16>()) {
                    out.slot_ranges.push((a, b, addr.to_owned()));
                }
            }
            if let Some((host, port)) = addr.rsplit_once(':')
                && let Ok(port) = port.parse::<u16>()
                && !host.is_empty()
            {
                out.primaries.push((host.to_owned(), port));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cluster_nodes() {
        let text = "\
a1 127.0.0.1:7000@17000 myself,master - 0 0 1 connected 0-5460
b2 127.0.0.1:7001@17001 master - 0 0 2 connected 5461-10922
c3 127.0.0.1:7002@17002 master,fail - 0 0 3 disconnected 10923-16383
d4 127.0.0.1:7003@17003 slave a1 0 0 1 connected
";
        let n = parse_cluster_nodes(text);
        assert_eq!(
            n.primaries,
            vec![
                ("127.0.0.1".to_string(), 7000),
                ("127.0.0.1".to_string(), 7001)
            ]
        );
        assert_eq!(n.known, 4);
        assert_eq!(n.slots_covered, 10923);
        assert_eq!(
            n.slot_ranges,
            vec![
                (0, 5460, "127.0.0.1:7000".to_string()),
                (5461, 10922, "127.0.0.1:7001".to_string())
            ]
        );
        assert_eq!(
            n.failing,
            vec!["127.0.0.1:7002 (master,fail, slots 10923-16383)".to_string()]
        );
    }
}
