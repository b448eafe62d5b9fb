//! What the sentinels report about a monitored primary, and the judgement of it: shared by
//! `sentinel status`, `check` (through Sentinel) and the demo.

use crate::client::Reply;
use crate::client::reply::{items, string_pairs, value_str};
use crate::client::sentinel::{Sentinels, host_port};
use crate::error::{Error, Result, redact_text};
use crate::output::human_ms;
use redis::Value;
use std::collections::BTreeMap;
use std::time::Duration;

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

/// A replica as the sentinels and the primary see it (its fields are its JSON, in order).
#[derive(Debug, Clone, serde::Serialize)]
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

pub(super) fn flags_of(s: Option<&String>) -> Vec<String> {
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

/// A `SENTINEL MASTER`-style reply (a flat array, or a RESP3 map) as a map of its fields
/// ([`string_pairs`]).
pub(crate) fn kv(v: &Value) -> BTreeMap<String, String> {
    string_pairs(v).into_iter().collect()
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
        Some(Ok(v)) => Ok(value_str(v).unwrap_or_default()),
        Some(Err(e)) => Err(redact_text(&e.to_string())),
        None => Err("no reply".to_owned()),
    };
    let master = match replies.first() {
        Some(Ok(v)) => Some(kv(v)).filter(|m| !m.is_empty()),
        _ => None,
    };
    let list = |r: Option<&Reply>| match r {
        Some(Ok(v)) => items(v).iter().map(kv).collect(),
        _ => Vec::new(),
    };
    let replicas = list(replies.get(1));
    let peers = list(replies.get(3))
        .into_iter()
        .filter_map(|m| Some((m.get("ip")?.clone(), m.get("port")?.parse().ok()?)))
        .collect();
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
    let master_offset: Option<u64> = crate::client::reply::info_field(info, "master_repl_offset")
        .and_then(|v| v.trim().parse().ok());
    let mut out = BTreeMap::new();
    for (name, fields) in crate::client::reply::info_fields(info) {
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
pub(super) async fn monitored_names(sentinels: &Sentinels) -> Result<Vec<String>> {
    let answers = sentinels
        .ask_each(&[redis::cmd("SENTINEL").arg("MASTERS").clone()])
        .await;
    let mut names = std::collections::BTreeSet::new();
    let mut errors = Vec::new();
    for a in answers {
        match a.replies {
            Ok(r) => {
                if let Some(Ok(v)) = r.first() {
                    for m in items(v) {
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

/// The JSON contract of a [`MasterStatus`] (one element of `sentinel status`'s `masters`).
#[derive(serde::Serialize)]
struct MasterJson<'a> {
    name: &'a str,
    primary: &'a Option<String>,
    flags: &'a [String],
    quorum: Option<u64>,
    config_epoch: Option<u64>,
    ckquorum: CkquorumJson<'a>,
    last_failover_ago_ms: Option<i64>,
    replicas: &'a [ReplicaState],
    sentinels: Vec<SentinelJson<'a>>,
    problems: &'a [String],
    warnings: &'a [String],
    ok: bool,
}

#[derive(serde::Serialize)]
struct CkquorumJson<'a> {
    ok: bool,
    message: &'a str,
}

/// One sentinel's view, as `sentinel status` reports it.
#[derive(serde::Serialize)]
struct SentinelJson<'a> {
    address: &'a str,
    reachable: bool,
    error: &'a Option<String>,
    monitors: bool,
    primary: Option<String>,
    config_epoch: Option<u64>,
    flags: Option<Vec<String>>,
}

impl serde::Serialize for MasterStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        MasterJson {
            name: &self.name,
            primary: &self.primary,
            flags: &self.flags,
            quorum: self.quorum,
            config_epoch: self.config_epoch,
            ckquorum: CkquorumJson {
                ok: self.ckquorum_ok,
                message: &self.ckquorum_message,
            },
            last_failover_ago_ms: self.last_failover_ago_ms,
            replicas: &self.replicas,
            sentinels: self
                .sentinels
                .iter()
                .map(|v| {
                    let m = v.master.as_ref();
                    SentinelJson {
                        address: &v.addr,
                        reachable: v.error.is_none(),
                        error: &v.error,
                        monitors: m.is_some(),
                        primary: m
                            .and_then(|m| Some(format!("{}:{}", m.get("ip")?, m.get("port")?))),
                        config_epoch: m.and_then(|m| m.get("config-epoch")?.parse::<u64>().ok()),
                        flags: m.map(|m| flags_of(m.get("flags"))),
                    }
                })
                .collect(),
            problems: &self.problems,
            warnings: &self.warnings,
            ok: self.problems.is_empty(),
        }
        .serialize(s)
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
