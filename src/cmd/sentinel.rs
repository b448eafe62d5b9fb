//! `redops sentinel status` / `sentinel failover`: whether Sentinel itself is healthy, and a
//! confirmed, audited failover that waits for the new primary.

use crate::cli::sentinel::{FailoverArgs, SentinelCommand, StatusArgs};
use crate::client::Reply;
use crate::client::sentinel::{Sentinels, get_master_addr, host_port, parse_addr};
use crate::context::Ctx;
use crate::error::{Error, Result, redact_text};
use crate::output::human_ms;
use crate::safety::{self, Gate, Plan};
use redis::Value;
use serde_json::{Value as Json, json};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

pub async fn run(cmd: SentinelCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        SentinelCommand::Status(a) => status(a, ctx).await,
        SentinelCommand::Failover(a) => failover(a, ctx).await,
    }
}

/// One sentinel's view of one monitored primary.
#[derive(Debug, Clone)]
pub struct SentinelView {
    pub addr: String,
    /// Why this sentinel could not be asked (down, refused, auth).
    pub error: Option<String>,
    /// `SENTINEL MASTER`: ip, port, flags, config-epoch, quorum, num-other-sentinels, ...
    /// `None` when the sentinel does not monitor that name.
    pub master: Option<BTreeMap<String, String>>,
    /// `SENTINEL REPLICAS`: one map per replica.
    pub replicas: Vec<BTreeMap<String, String>>,
    /// `SENTINEL CKQUORUM`: the OK text, or the error (NOQUORUM ...).
    pub ckquorum: std::result::Result<String, String>,
    /// `SENTINEL SENTINELS`: the other sentinels this one knows of, `(ip, port)`.
    pub peers: Vec<(String, u16)>,
}

/// A replica as the sentinels and the primary see it.
#[derive(Debug, Clone)]
pub struct ReplicaState {
    pub address: String,
    pub flags: Vec<String>,
    /// `master-link-status`: `ok` or `err`.
    pub link: String,
    pub link_down_ms: Option<i64>,
    /// Bytes of replication stream the replica has not acknowledged (from the primary's INFO).
    pub lag_bytes: Option<u64>,
    /// Seconds since the replica's last acknowledgement (the primary's INFO `lag=`).
    pub lag_secs: Option<u64>,
}

/// The judgement of one monitored primary: what the sentinels report, and what is wrong.
#[derive(Debug, Clone)]
pub struct MasterStatus {
    pub name: String,
    pub primary: Option<String>,
    pub flags: Vec<String>,
    pub quorum: Option<u64>,
    pub config_epoch: Option<u64>,
    /// Sentinels that exist for this primary (1 + the others a sentinel knows of).
    pub known_sentinels: usize,
    pub ckquorum_ok: bool,
    pub ckquorum_message: String,
    /// Since the sentinels saw the primary take its role (the last failover), when it failed
    /// over at least once (`config-epoch` > 0).
    pub last_failover_ago_ms: Option<i64>,
    pub replicas: Vec<ReplicaState>,
    pub sentinels: Vec<SentinelView>,
    /// What makes `status` exit 1.
    pub problems: Vec<String>,
    /// Worth knowing, not failing (a sentinel down while the quorum is still reachable).
    pub warnings: Vec<String>,
}

fn flags_of(s: Option<&String>) -> Vec<String> {
    s.map(|f| f.split(',').map(str::to_owned).collect())
        .unwrap_or_default()
}

fn is_down(flags: &[String]) -> bool {
    flags
        .iter()
        .any(|f| matches!(f.as_str(), "s_down" | "o_down" | "disconnected"))
}

/// Judges the sentinels' views of one primary: they must agree on its address and config
/// epoch, the quorum and a failover majority must be reachable, and the primary and every
/// replica must be up.
/// `primary_info`: the primary's `INFO replication`, fresher than the sentinels' view (they
/// refresh theirs every 10 s): a replica it lists is judged by its state there, with its lag.
pub fn judge(name: &str, views: Vec<SentinelView>, primary_info: Option<&str>) -> MasterStatus {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let answering: Vec<&SentinelView> = views.iter().filter(|v| v.error.is_none()).collect();
    for v in views.iter().filter(|v| v.error.is_some()) {
        warnings.push(format!(
            "sentinel {} did not answer: {}",
            v.addr,
            v.error.as_deref().unwrap_or("")
        ));
    }
    let monitoring: Vec<&SentinelView> = answering
        .iter()
        .copied()
        .filter(|v| v.master.is_some())
        .collect();
    for v in answering.iter().filter(|v| v.master.is_none()) {
        problems.push(format!(
            "sentinel {} does not monitor a primary named '{name}'",
            v.addr
        ));
    }
    let addr_of = |m: &BTreeMap<String, String>| match (
        m.get("ip"),
        m.get("port").and_then(|p| p.parse::<u16>().ok()),
    ) {
        (Some(h), Some(p)) => host_port(h, p),
        _ => "?".to_owned(),
    };
    let first = monitoring.first().and_then(|v| v.master.as_ref());
    let primary = first.map(addr_of);
    let mut addrs: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let mut epochs: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for v in &monitoring {
        if let Some(m) = &v.master {
            addrs.entry(addr_of(m)).or_default().push(&v.addr);
            epochs
                .entry(m.get("config-epoch").cloned().unwrap_or_default())
                .or_default()
                .push(&v.addr);
        }
    }
    let listing = |m: &BTreeMap<String, Vec<&str>>| {
        m.iter()
            .map(|(k, who)| format!("{} say {k}", who.join(", ")))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if addrs.len() > 1 {
        problems.push(format!(
            "the sentinels disagree on the primary of '{name}': {}",
            listing(&addrs)
        ));
    }
    if epochs.len() > 1 {
        problems.push(format!(
            "the sentinels disagree on the config epoch of '{name}': {}",
            listing(&epochs)
        ));
    }
    let num = |k: &str| {
        first
            .and_then(|m| m.get(k))
            .and_then(|v| v.parse::<u64>().ok())
    };
    let quorum = num("quorum");
    let known_sentinels = monitoring
        .iter()
        .filter_map(|v| {
            v.master
                .as_ref()?
                .get("num-other-sentinels")?
                .parse::<usize>()
                .ok()
        })
        .max()
        .map(|n| n + 1)
        .unwrap_or(views.len())
        .max(views.len());
    let reachable = monitoring.len();
    if let Some(q) = quorum
        && (reachable as u64) < q
    {
        problems.push(format!(
            "only {reachable} sentinel(s) answer, fewer than the quorum of {q}: a failure of the primary would not be detected"
        ));
    }
    let majority = known_sentinels / 2 + 1;
    if !monitoring.is_empty() && reachable < majority {
        problems.push(format!(
            "only {reachable} of {known_sentinels} sentinels answer, fewer than the {majority} a failover needs to be authorised"
        ));
    }
    let mut ck_ok = !monitoring.is_empty();
    let mut ck_msgs = Vec::new();
    for v in &monitoring {
        match &v.ckquorum {
            Ok(m) => ck_msgs.push(format!("{}: {m}", v.addr)),
            Err(e) => {
                ck_ok = false;
                ck_msgs.push(format!("{}: {e}", v.addr));
                problems.push(format!(
                    "quorum cannot be reached for '{name}' (sentinel {}: {e})",
                    v.addr
                ));
            }
        }
    }
    let flags = flags_of(first.and_then(|m| m.get("flags")));
    if is_down(&flags) {
        problems.push(format!(
            "the primary {} of '{name}' is down ({})",
            primary.as_deref().unwrap_or("?"),
            flags.join(",")
        ));
    }
    let replicas: Vec<ReplicaState> = monitoring
        .first()
        .map(|v| {
            v.replicas
                .iter()
                .map(|r| ReplicaState {
                    address: addr_of(r),
                    flags: flags_of(r.get("flags")),
                    link: r
                        .get("master-link-status")
                        .cloned()
                        .unwrap_or_else(|| "?".into()),
                    link_down_ms: r
                        .get("master-link-down-time")
                        .and_then(|v| v.parse().ok())
                        .filter(|ms: &i64| *ms > 0),
                    lag_bytes: None,
                    lag_secs: None,
                })
                .collect()
        })
        .unwrap_or_default();
    let mut replicas = replicas;
    if let Some(info) = primary_info {
        let seen = replication_of(info);
        for r in &mut replicas {
            if let Some((state, lag_bytes, lag_secs)) = seen.get(&r.address) {
                r.link = if state == "online" {
                    "ok".to_owned()
                } else {
                    state.clone()
                };
                r.lag_bytes = *lag_bytes;
                r.lag_secs = *lag_secs;
            }
        }
    }
    for r in &replicas {
        if is_down(&r.flags) {
            problems.push(format!(
                "replica {} of '{name}' is down ({})",
                r.address,
                r.flags.join(",")
            ));
        } else if r.link != "ok" {
            problems.push(format!(
                "replica {} of '{name}' has lost its link to the primary{}",
                r.address,
                r.link_down_ms
                    .map(|ms| format!(" ({} ago)", human_ms(ms)))
                    .unwrap_or_default()
            ));
        }
    }
    let config_epoch = num("config-epoch");
    let last_failover_ago_ms = match config_epoch {
        Some(e) if e > 0 => monitoring
            .iter()
            .filter_map(|v| v.master.as_ref()?.get("role-reported-time")?.parse().ok())
            .min(),
        _ => None,
    };
    MasterStatus {
        name: name.to_owned(),
        primary,
        flags,
        quorum,
        config_epoch,
        known_sentinels,
        ckquorum_ok: ck_ok,
        ckquorum_message: ck_msgs.join("; "),
        last_failover_ago_ms,
        replicas,
        sentinels: views,
        problems,
        warnings,
    }
}

/// A `SENTINEL MASTER`-style flat array (or a RESP3 map) as a map of strings.
pub(crate) fn kv(v: &Value) -> BTreeMap<String, String> {
    let s = |v: &Value| redis::from_redis_value_ref::<String>(v).unwrap_or_default();
    match v {
        Value::Array(a) => a
            .chunks(2)
            .filter(|c| c.len() == 2)
            .map(|c| (s(&c[0]), s(&c[1])))
            .collect(),
        Value::Map(m) => m.iter().map(|(k, v)| (s(k), s(v))).collect(),
        _ => BTreeMap::new(),
    }
}

fn status_cmds(master: &str) -> Vec<redis::Cmd> {
    ["MASTER", "REPLICAS", "CKQUORUM", "SENTINELS"]
        .iter()
        .map(|sub| redis::cmd("SENTINEL").arg(*sub).arg(master).clone())
        .collect()
}

fn view_of(addr: String, replies: std::result::Result<Vec<Reply>, String>) -> SentinelView {
    let replies = match replies {
        Ok(r) => r,
        Err(e) => {
            return SentinelView {
                addr,
                error: Some(e),
                master: None,
                replicas: vec![],
                ckquorum: Err(String::new()),
                peers: vec![],
            };
        }
    };
    let text = |r: Option<&Reply>| match r {
        Some(Ok(v)) => Ok(redis::from_redis_value_ref::<String>(v).unwrap_or_default()),
        Some(Err(e)) => Err(redact_text(&e.to_string())),
        None => Err("no reply".to_owned()),
    };
    let master = match replies.first() {
        Some(Ok(v)) => Some(kv(v)).filter(|m| !m.is_empty()),
        _ => None,
    };
    let replicas = match replies.get(1) {
        Some(Ok(Value::Array(a))) => a.iter().map(kv).collect(),
        _ => vec![],
    };
    let peers = match replies.get(3) {
        Some(Ok(Value::Array(a))) => a
            .iter()
            .map(kv)
            .filter_map(|m| Some((m.get("ip")?.clone(), m.get("port")?.parse().ok()?)))
            .collect(),
        _ => vec![],
    };
    SentinelView {
        addr,
        error: None,
        master,
        replicas,
        ckquorum: text(replies.get(2)),
        peers,
    }
}

/// Asks every sentinel about `master` (one round trip, all at once; one more for sentinels
/// they know of that were not named), judges, and adds the replicas' lag from the primary's
/// `INFO replication` (best effort: one more round trip).
pub async fn master_status(sentinels: &Sentinels, master: &str) -> Result<MasterStatus> {
    let cmds = status_cmds(master);
    let mut answers = sentinels.ask_each(&cmds).await;
    if answers.iter().all(|a| a.replies.is_err()) {
        let errors: Vec<String> = answers
            .into_iter()
            .filter_map(|a| a.replies.err())
            .collect();
        return Err(Error::connection(format!("no sentinel answered: {}", errors.join("; ")))
            .hint("check the sentinel addresses (--sentinel, the URL or the profile), that redis-sentinel runs there, and the sentinels' credentials and TLS settings"));
    }
    let mut views: Vec<SentinelView> = answers
        .drain(..)
        .map(|a| view_of(a.addr, a.replies))
        .collect();
    let mut unnamed: Vec<(String, u16)> = Vec::new();
    for (h, p) in views.iter().flat_map(|v| v.peers.iter()) {
        let addr = host_port(h, *p);
        if !views.iter().any(|v| v.addr == addr)
            && !unnamed.iter().any(|(h2, p2)| host_port(h2, *p2) == addr)
        {
            unnamed.push((h.clone(), *p));
        }
    }
    if !unnamed.is_empty() {
        for a in sentinels.ask_these(&unnamed, &cmds).await {
            views.push(view_of(a.addr, a.replies));
        }
    }
    let info = primary_info(sentinels, &views).await;
    let mut st = judge(master, views, info.as_deref());
    if info.is_none() && st.primary.is_some() {
        st.warnings.push(format!(
            "could not read INFO replication from the primary {}: replica lag is not shown, and replica links are as the sentinels last saw them",
            st.primary.as_deref().unwrap_or("?")
        ));
    }
    Ok(st)
}

/// The primary's `INFO replication` (best effort, bounded): `None` when it cannot be read.
async fn primary_info(sentinels: &Sentinels, views: &[SentinelView]) -> Option<String> {
    let (host, port) = views
        .iter()
        .find_map(|v| v.master.as_ref())
        .and_then(|m| Some((m.get("ip")?.clone(), m.get("port")?.parse::<u16>().ok()?)))?;
    let info = async {
        let mut conn = sentinels.open_data_node(&host, port).await.ok()?;
        redis::cmd("INFO")
            .arg("replication")
            .query_async::<String>(&mut conn)
            .await
            .ok()
    };
    tokio::time::timeout(Duration::from_secs(5), info)
        .await
        .ok()
        .flatten()
}

/// Each replica a primary's `INFO replication` lists: `ip:port` -> (state, bytes behind,
/// seconds since its last acknowledgement).
pub fn replication_of(info: &str) -> BTreeMap<String, (String, Option<u64>, Option<u64>)> {
    let master_offset: Option<u64> =
        super::info_field(info, "master_repl_offset").and_then(|v| v.trim().parse().ok());
    let mut out = BTreeMap::new();
    for (name, fields) in super::info_fields(info) {
        let Some(n) = name.strip_prefix("slave") else {
            continue;
        };
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let get = |k: &str| {
            fields
                .split(',')
                .find_map(|f| f.strip_prefix(k)?.strip_prefix('='))
        };
        let (Some(ip), Some(p)) = (get("ip"), get("port").and_then(|p| p.parse::<u16>().ok()))
        else {
            continue;
        };
        let offset: Option<u64> = get("offset").and_then(|o| o.parse().ok());
        out.insert(
            host_port(ip, p),
            (
                get("state").unwrap_or("?").to_owned(),
                master_offset.zip(offset).map(|(m, o)| m.saturating_sub(o)),
                get("lag").and_then(|l| l.parse().ok()),
            ),
        );
    }
    out
}

/// The names the sentinels monitor (`SENTINEL MASTERS` on every sentinel, one round trip).
async fn monitored_names(sentinels: &Sentinels) -> Result<Vec<String>> {
    let answers = sentinels
        .ask_each(&[redis::cmd("SENTINEL").arg("MASTERS").clone()])
        .await;
    let mut names = std::collections::BTreeSet::new();
    let mut errors = Vec::new();
    for a in answers {
        match a.replies {
            Ok(r) => {
                if let Some(Ok(Value::Array(list))) = r.first() {
                    for m in list {
                        if let Some(n) = kv(m).get("name") {
                            names.insert(n.clone());
                        }
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if names.is_empty() && !errors.is_empty() {
        return Err(Error::connection(format!(
            "no sentinel answered: {}",
            errors.join("; ")
        )));
    }
    Ok(names.into_iter().collect())
}

impl MasterStatus {
    pub fn to_json(&self) -> Json {
        json!({
            "name": self.name,
            "primary": self.primary,
            "flags": self.flags,
            "quorum": self.quorum,
            "config_epoch": self.config_epoch,
            "ckquorum": { "ok": self.ckquorum_ok, "message": self.ckquorum_message },
            "last_failover_ago_ms": self.last_failover_ago_ms,
            "replicas": self.replicas.iter().map(|r| json!({
                "address": r.address,
                "flags": r.flags,
                "link": r.link,
                "link_down_ms": r.link_down_ms,
                "lag_bytes": r.lag_bytes,
                "lag_secs": r.lag_secs,
            })).collect::<Vec<_>>(),
            "sentinels": self.sentinels.iter().map(|v| {
                let m = v.master.as_ref();
                json!({
                    "address": v.addr,
                    "reachable": v.error.is_none(),
                    "error": v.error,
                    "monitors": m.is_some(),
                    "primary": m.and_then(|m| Some(format!("{}:{}", m.get("ip")?, m.get("port")?))),
                    "config_epoch": m.and_then(|m| m.get("config-epoch")?.parse::<u64>().ok()),
                    "flags": m.map(|m| flags_of(m.get("flags"))),
                })
            }).collect::<Vec<_>>(),
            "problems": self.problems,
            "warnings": self.warnings,
            "ok": self.problems.is_empty(),
        })
    }
}

async fn status(args: StatusArgs, ctx: &Ctx) -> Result<()> {
    let sentinels = Sentinels::from_options(&ctx.settings.connect)?;
    let names = match args.master.or_else(|| sentinels.url.master.clone()) {
        Some(m) => vec![m],
        None => monitored_names(&sentinels).await?,
    };
    if names.is_empty() {
        return Err(Error::not_found("the sentinels monitor no primary").hint(
            "configure one with SENTINEL MONITOR, or check that these are the right sentinels",
        ));
    }
    let all = futures_util::future::join_all(names.iter().map(|n| master_status(&sentinels, n)))
        .await
        .into_iter()
        .collect::<Result<Vec<_>>>()?;
    if ctx.out.is_table() {
        for st in &all {
            print_status(ctx, st)?;
        }
    } else {
        let ok = all.iter().all(|s| s.problems.is_empty());
        ctx.out.json(&json!({
            "masters": all.iter().map(MasterStatus::to_json).collect::<Vec<_>>(),
            "ok": ok,
        }))?;
    }
    for st in &all {
        for w in &st.warnings {
            ctx.out.warn(w);
        }
    }
    let problems: Vec<&String> = all.iter().flat_map(|s| &s.problems).collect();
    if !problems.is_empty() {
        return Err(Error::problem(format!(
            "Sentinel is not healthy: {}",
            problems
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        )));
    }
    Ok(())
}

fn print_status(ctx: &Ctx, st: &MasterStatus) -> Result<()> {
    let last = match (st.config_epoch, st.last_failover_ago_ms) {
        (Some(0), _) => "never".to_owned(),
        (_, Some(ms)) => format!("{} ago", human_ms(ms)),
        _ => "?".to_owned(),
    };
    ctx.out.print(&format!(
        "{}: primary {} ({}), quorum {}, config epoch {}, last failover {}\nCKQUORUM: {}\n",
        st.name,
        st.primary.as_deref().unwrap_or("?"),
        st.flags.join(","),
        st.quorum.map(|q| q.to_string()).unwrap_or("?".into()),
        st.config_epoch.map(|q| q.to_string()).unwrap_or("?".into()),
        last,
        if st.ckquorum_ok {
            "OK".to_owned()
        } else {
            format!("FAILED ({})", st.ckquorum_message)
        }
    ))?;
    let mut t = ctx
        .out
        .new_table(&["replica", "flags", "link", "lag", "behind"]);
    for r in &st.replicas {
        let link = if r.link == "ok" {
            crate::output::cell("ok")
        } else {
            ctx.out.alert_cell(&r.link)
        };
        crate::output::add_row(
            &mut t,
            vec![
                crate::output::cell(&r.address),
                crate::output::cell(r.flags.join(",")),
                link,
                crate::output::cell(r.lag_secs.map(|s| format!("{s}s")).unwrap_or("?".into())),
                crate::output::cell(
                    r.lag_bytes
                        .map(crate::output::human_bytes)
                        .unwrap_or("?".into()),
                ),
            ],
        );
    }
    ctx.out.table(t)?;
    let mut t = ctx
        .out
        .new_table(&["sentinel", "primary it reports", "config epoch", "state"]);
    for v in &st.sentinels {
        let (primary, epoch, state) = match (&v.error, &v.master) {
            (Some(e), _) => (
                "-".to_owned(),
                "-".to_owned(),
                ctx.out.alert_cell(format!("DOWN: {e}")),
            ),
            (None, None) => (
                "-".into(),
                "-".into(),
                ctx.out.alert_cell("does not monitor it"),
            ),
            (None, Some(m)) => (
                format!(
                    "{}:{}",
                    m.get("ip").map(String::as_str).unwrap_or("?"),
                    m.get("port").map(String::as_str).unwrap_or("?")
                ),
                m.get("config-epoch").cloned().unwrap_or("?".into()),
                crate::output::cell("ok"),
            ),
        };
        crate::output::add_row(
            &mut t,
            vec![
                crate::output::cell(&v.addr),
                crate::output::cell(primary),
                crate::output::cell(epoch),
                state,
            ],
        );
    }
    ctx.out.table(t)?;
    for p in &st.problems {
        ctx.out.print(&format!("PROBLEM: {p}\n"))?;
    }
    Ok(())
}

const COMMAND: &str = "sentinel failover";

async fn failover(args: FailoverArgs, ctx: &Ctx) -> Result<()> {
    safety::preflight(ctx, COMMAND)?;
    let sentinels = Sentinels::from_options(&ctx.settings.connect)?;
    let m = args.master.as_str();
    let ckquorum = redis::cmd("SENTINEL").arg("CKQUORUM").arg(m).clone();
    let (via, replies) = sentinels.ask_first(&[get_master_addr(m), ckquorum]).await?;
    let old = match replies.first().map(parse_addr) {
        Some(Ok(Some((h, p)))) => host_port(&h, p),
        Some(Ok(None)) => {
            return Err(Error::not_found(format!(
                "sentinel {via} monitors no primary named '{m}'"
            ))
            .hint("`redops sentinel status` (without a name) lists every primary the sentinels monitor"));
        }
        Some(Err(e)) => return Err(Error::data(format!("sentinel {via}: {e}"))),
        None => return Err(Error::data(format!("sentinel {via}: no reply"))),
    };
    let quorum = match replies.get(1) {
        Some(Ok(v)) => redis::from_redis_value_ref::<String>(v).unwrap_or_default(),
        Some(Err(e)) => {
            return Err(Error::refused(format!(
                "the sentinels cannot reach the quorum for '{m}' ({}); a failover could not be authorised; nothing was changed",
                redact_text(&e.to_string())
            ))
            .hint("`redops sentinel status` shows which sentinels are down"));
        }
        None => String::new(),
    };
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "fail over '{m}': the sentinels will promote a replica of the primary {old} (asked through sentinel {via})"
        ),
        items: vec![],
        context: json!({ "master": m, "primary": old, "sentinel": via }),
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => {
            return safety::report_dry_run_with(
                ctx,
                &plan,
                || json!({ "master": m, "primary": old, "sentinel": via, "ckquorum": quorum, "dry_run": true }),
            );
        }
        Gate::Proceed(id) => id,
    };
    // Only the primary the operator was shown is failed over: if the sentinels already name
    // another one (a failover at the prompt), nothing is asked.
    let started = Instant::now();
    let current = sentinels.primary_of(m).await.inspect_err(|e| {
        safety::record_outcome(ctx, &id, json!({"status": "not_sent", "error": e.message}));
    })?;
    let (asked, current) = (current.0, host_port(&current.1, current.2));
    if current != old {
        safety::record_outcome(
            ctx,
            &id,
            json!({"status": "primary_changed", "primary_now": current}),
        );
        return Err(Error::refused(format!(
            "the primary of '{m}' changed from {old} to {current} after you were shown it; nothing was changed"
        ))
        .hint("run the command again if the new primary should be failed over too"));
    }
    // Sent to the sentinel that just answered, and to no other: a lost reply is never retried.
    let failover_cmd = redis::cmd("SENTINEL").arg("FAILOVER").arg(m).clone();
    let r = match sentinels
        .ask_at(&asked, std::slice::from_ref(&failover_cmd))
        .await
    {
        Ok(r) => r,
        Err(e) => {
            safety::record_outcome(ctx, &id, json!({"status": "unknown", "error": e}));
            return Err(Error::connection(format!(
                "fail over '{m}': outcome unknown: SENTINEL FAILOVER to {asked} got no answer ({e})"
            ))
            .hint("redops does not retry it; `redops sentinel status` shows whether the failover started"));
        }
    };
    if let Some(Err(e)) = r.first() {
        let text = redact_text(&e.to_string());
        safety::record_outcome(ctx, &id, json!({"status": "refused", "error": text}));
        return Err(Error::refused(format!(
            "the sentinel refused to fail over '{m}': {text}; nothing was changed"
        ))
        .hint(if text.contains("NOGOODSLAVE") {
            "no replica is fit to be promoted: `redops sentinel status` shows their links and lag"
        } else {
            "`redops sentinel status` shows what the sentinels report"
        }));
    }
    let deadline = started + args.wait;
    let new = loop {
        if let Ok((_, h, p)) = sentinels.primary_of(m).await
            && host_port(&h, p) != old
            && sentinels.role_of(&h, p).await.is_ok_and(|r| r == "master")
        {
            break host_port(&h, p);
        }
        if Instant::now() >= deadline {
            safety::record_outcome(
                ctx,
                &id,
                json!({"status": "unknown", "primary_before": old}),
            );
            return Err(Error::connection(format!(
                "fail over '{m}': outcome unknown: the failover was started, but no new primary took over within {}",
                humantime::format_duration(args.wait)
            ))
            .hint("`redops sentinel status` shows where it stands; raise --wait for a slow failover"));
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(200)) => {}
            _ = ctx.cancelled() => return Err(Error::interrupted()),
        }
    };
    let elapsed = started.elapsed();
    safety::record_outcome(
        ctx,
        &id,
        json!({"status": "done", "primary_before": old, "primary_after": new, "elapsed_ms": elapsed.as_millis() as u64}),
    );
    if ctx.out.is_table() {
        ctx.out.print(&format!(
            "failed over '{m}': the primary was {old}, it is now {new} (took {})\n",
            crate::output::human_duration(elapsed)
        ))
    } else {
        ctx.out.json(&json!({
            "master": m,
            "primary_before": old,
            "primary_after": new,
            "sentinel": via,
            "elapsed_ms": elapsed.as_millis() as u64,
            "audit_id": id,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(addr: &str, ip: &str, port: &str, epoch: &str) -> SentinelView {
        let master: BTreeMap<String, String> = [
            ("ip", ip),
            ("port", port),
            ("flags", "master"),
            ("config-epoch", epoch),
            ("quorum", "2"),
            ("num-other-sentinels", "2"),
            ("role-reported-time", "5000"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        SentinelView {
            addr: addr.into(),
            error: None,
            master: Some(master),
            replicas: vec![],
            ckquorum: Ok("OK 3 usable Sentinels".into()),
            peers: vec![],
        }
    }

    #[test]
    fn agreeing_sentinels_are_healthy() {
        let st = judge(
            "m",
            vec![
                view("s1", "10.0.0.1", "6379", "1"),
                view("s2", "10.0.0.1", "6379", "1"),
                view("s3", "10.0.0.1", "6379", "1"),
            ],
            None,
        );
        assert!(st.problems.is_empty(), "{:?}", st.problems);
        assert_eq!(st.primary.as_deref(), Some("10.0.0.1:6379"));
        assert_eq!(st.last_failover_ago_ms, Some(5000));
    }

    #[test]
    fn disagreement_down_sentinels_and_down_replicas_are_problems() {
        let st = judge(
            "m",
            vec![
                view("s1", "10.0.0.1", "6379", "1"),
                view("s2", "10.0.0.2", "6379", "2"),
                view("s3", "10.0.0.1", "6379", "1"),
            ],
            None,
        );
        assert_eq!(st.problems.len(), 2, "{:?}", st.problems);
        assert!(st.problems[0].contains("disagree on the primary"));
        assert!(st.problems[1].contains("config epoch"));

        let mut down = view("s3", "", "", "");
        down.master = None;
        down.error = Some("connection refused".into());
        let mut s1 = view("s1", "10.0.0.1", "6379", "0");
        s1.replicas = vec![
            [
                ("ip", "10.0.0.2"),
                ("port", "6380"),
                ("flags", "slave,s_down"),
                ("master-link-status", "err"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
        ];
        let st = judge("m", vec![s1.clone(), down.clone(), down], None);
        assert_eq!(st.last_failover_ago_ms, None);
        assert!(
            st.problems
                .iter()
                .any(|p| p.contains("fewer than the quorum")),
            "{:?}",
            st.problems
        );
        assert!(
            st.problems
                .iter()
                .any(|p| p.contains("replica 10.0.0.2:6380")),
            "{:?}",
            st.problems
        );
        assert_eq!(st.warnings.len(), 2);

        // The primary's own view of the replica's link wins over the sentinels' older one.
        let mut ok_link = s1;
        ok_link.replicas[0].insert("flags".into(), "slave".into());
        let info = "role:master\r\nslave0:ip=10.0.0.2,port=6380,state=online,offset=90,lag=1\r\nmaster_repl_offset:100\r\n";
        let st = judge("m", vec![ok_link], Some(info));
        assert_eq!(st.replicas[0].link, "ok");
        assert_eq!(st.replicas[0].lag_bytes, Some(10));
        assert_eq!(st.replicas[0].lag_secs, Some(1));
        assert!(
            !st.problems.iter().any(|p| p.contains("replica")),
            "{:?}",
            st.problems
        );
    }
}
