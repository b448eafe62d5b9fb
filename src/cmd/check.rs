//! `redops check`: a smoke check a CI pipeline can trust. Read-only: it never writes to Redis.

use super::info_field;
use crate::cli::check::{CheckArgs, CheckFormat, ExpectedMode};
use crate::client::{Client, Feature, Node, ScanOptions, reply_bytes, reply_int};
use crate::config::CheckConfig;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{add_row, cell, human_bytes, human_ms, show_bytes, text_cell};
use futures_util::StreamExt;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Pass,
    /// Nothing wrong in what was looked at, but that was a sample (`--sample N`) or the part
    /// of the keyspace a partial scan reached: never shown as a plain pass.
    PassSampled,
    Warn,
    Fail,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::PassSampled => "pass_sampled",
            Status::Warn => "warn",
            Status::Fail => "fail",
        }
    }
}

/// The outcome of one check: what was seen against what was allowed.
#[derive(Debug, Clone)]
pub struct CheckResult {
    pub name: &'static str,
    pub status: Status,
    pub observed: Value,
    pub threshold: Value,
    pub message: String,
}

impl CheckResult {
    fn new(
        name: &'static str,
        status: Status,
        observed: Value,
        threshold: Value,
        message: impl Into<String>,
    ) -> Self {
        CheckResult {
            name,
            status,
            observed,
            threshold,
            message: message.into(),
        }
    }
}

/// Every threshold, after defaults < checks file or profile < flags.
#[derive(Debug, Clone)]
pub struct Thresholds {
    pub strict: bool,
    pub max_rtt: Duration,
    pub expect: Option<ExpectedMode>,
    pub allowed_policies: Vec<String>,
    pub max_memory_percent: u8,
    pub max_lock_ttl: Duration,
    pub max_pending_idle: Duration,
    pub max_lag: u64,
    pub dead_letter_pattern: String,
    pub max_dead_letter: u64,
    /// Keys to visit per node for the scanning checks; `None` (the default) scans every key.
    pub sample: Option<u64>,
    pub bigkeys: bool,
    pub max_key_bytes: u64,
    pub skip: Vec<String>,
}

impl Thresholds {
    pub fn resolve(args: &CheckArgs, file: Option<&CheckConfig>) -> Result<Thresholds> {
        let f = file.cloned().unwrap_or_default();
        let dur = |flag: Option<Duration>,
                   from_file: &Option<String>,
                   name: &str,
                   default: Duration|
         -> Result<Duration> {
            match (flag, from_file) {
                (Some(d), _) => Ok(d),
                (None, Some(s)) => crate::cli::parse_duration(s)
                    .map_err(|e| Error::usage(format!("check setting {name}: {e}"))),
                (None, None) => Ok(default),
            }
        };
        let mut skip = f.skip.clone().unwrap_or_default();
        skip.extend(args.skip.iter().cloned());
        for s in &skip {
            if !CHECK_NAMES.contains(&s.as_str()) {
                return Err(Error::usage(format!("unknown check '{s}' to skip"))
                    .hint(format!("checks: {}", CHECK_NAMES.join(", "))));
            }
        }
        Ok(Thresholds {
            strict: args.strict || f.strict.unwrap_or(false),
            max_rtt: dur(
                args.max_rtt,
                &f.max_rtt,
                "max_rtt",
                Duration::from_millis(50),
            )?,
            expect: args.expect.or(f.expect),
            allowed_policies: if !args.allowed_policies.is_empty() {
                args.allowed_policies.clone()
            } else {
                f.allowed_policies
                    .clone()
                    .unwrap_or_else(|| vec!["allkeys-lfu".into()])
            },
            max_memory_percent: args
                .max_memory_percent
                .or(f.max_memory_percent)
                .unwrap_or(90),
            max_lock_ttl: dur(
                args.max_lock_ttl,
                &f.max_lock_ttl,
                "max_lock_ttl",
                Duration::from_secs(300),
            )?,
            max_pending_idle: dur(
                args.max_pending_idle,
                &f.max_pending_idle,
                "max_pending_idle",
                Duration::from_secs(300),
            )?,
            max_lag: args.max_lag.or(f.max_lag).unwrap_or(1000),
            dead_letter_pattern: args
                .dead_letter_pattern
                .clone()
                .or(f.dead_letter_pattern.clone())
                .unwrap_or_else(|| "*dead*".into()),
            max_dead_letter: args.max_dead_letter.or(f.max_dead_letter).unwrap_or(0),
            // A full scan unless a sample is asked for; --full (or full = true) overrides a
            // sample from the checks file or profile.
            sample: match (args.full, args.sample, f.full, f.sample) {
                (true, _, _, _) => None,
                (false, Some(n), _, _) => Some(n),
                (false, None, Some(true), _) => None,
                (false, None, _, s) => s,
            },
            bigkeys: args.bigkeys || f.bigkeys.unwrap_or(false),
            max_key_bytes: args
                .max_key_bytes
                .or(f.max_key_bytes)
                .unwrap_or(10 * 1024 * 1024),
            skip,
        })
    }
}

pub const CHECK_NAMES: &[&str] = &[
    "reachable",
    "rtt",
    "topology",
    "maxmemory",
    "maxmemory_policy",
    "memory_usage",
    "locks_without_ttl",
    "lock_ttl",
    "pending_idle",
    "consumer_lag",
    "dead_letter",
    "sessions_ttl",
    "ratelimit_ttl",
    "big_keys",
    "keyspace_scan",
];

pub async fn run(args: CheckArgs, ctx: &Ctx) -> Result<()> {
    let file = match &args.checks {
        Some(p) => Some(CheckConfig::read(p)?),
        None => ctx.settings.check.clone(),
    };
    let th = Thresholds::resolve(&args, file.as_ref())?;
    let client = ctx.connect().await?; // unreachable, auth and TLS failures: exit 3
    let mut results = vec![CheckResult::new(
        "reachable",
        Status::Pass,
        json!(client.target),
        json!(null),
        format!("connected and authenticated: {}", client.server_summary()),
    )];
    results.push(check_rtt(&client, &th).await?);
    results.extend(check_nodes(&client, &th).await?);
    if let Some(link) = client.sentinel() {
        results.push(check_sentinel(ctx, &link.master).await?);
    }
    let coverage = match check_keyspace(ctx, &client, &th, &args.scan).await {
        Ok((keyspace, coverage)) => {
            results.extend(keyspace);
            coverage
        }
        // The keyspace could not be read (a primary down, the cluster refusing reads): the
        // report still comes out, with that as a failed check, and the exit code is 3.
        Err(e) if e.code == crate::error::ExitCode::Connection => {
            let why = std::iter::once(e.message.clone())
                .chain(e.hints.iter().cloned())
                .collect::<Vec<_>>()
                .join("; ");
            results.push(CheckResult::new(
                "keyspace_scan",
                Status::Fail,
                json!(null),
                json!("every key read"),
                format!("the scanning checks could not run: {why}"),
            ));
            super::Coverage {
                interrupted: false,
                missed: vec![why],
                replicas: None,
            }
        }
        Err(e) => return Err(e),
    };
    results.extend(check_audit_log(ctx));
    results.retain(|r| !th.skip.iter().any(|s| s == r.name));

    let overall = overall_status(&results, th.strict);
    match args.format {
        Some(CheckFormat::Junit) => ctx.out.print(&junit(&results, th.strict))?,
        None if ctx.out.is_table() => {
            let mut t = ctx
                .out
                .new_table(&["check", "status", "observed", "threshold", "message"]);
            for r in &results {
                let status = match r.status {
                    Status::Pass => cell("pass"),
                    Status::PassSampled => cell("pass (sampled)"),
                    Status::Warn => ctx.out.warn_cell("WARN"),
                    Status::Fail => ctx.out.alert_cell("FAIL"),
                };
                add_row(
                    &mut t,
                    vec![
                        cell(r.name),
                        status,
                        cell(plain(&r.observed)),
                        cell(plain(&r.threshold)),
                        text_cell(&r.message),
                    ],
                );
            }
            ctx.out.table(t)?;
        }
        None => {
            let checks: Vec<Value> = results
                .iter()
                .map(|r| json!({ "name": r.name, "status": r.status.as_str(), "observed": r.observed, "threshold": r.threshold, "message": r.message }))
                .collect();
            let mut doc = json!({ "status": overall.as_str(), "server": client.server_summary(), "checks": checks });
            coverage.put_replicas(&mut doc);
            ctx.out.json(&doc)?;
        }
    }
    // A scan that missed part of the keyspace: exit 3 after the report, unless --allow-partial.
    coverage.conclude(ctx)?;
    if overall == Status::Fail {
        let failed: Vec<&str> = results
            .iter()
            .filter(|r| r.status == Status::Fail || (th.strict && r.status == Status::Warn))
            .map(|r| r.name)
            .collect();
        return Err(Error::problem(format!(
            "check failed: {}",
            failed.join(", ")
        )));
    }
    Ok(())
}

/// The audit log holds prior values, tokens and payloads: it must be private to its owner.
/// Checked only when there is a log.
fn check_audit_log(ctx: &Ctx) -> Option<CheckResult> {
    use std::os::unix::fs::PermissionsExt;
    let path = crate::safety::audit_path(ctx);
    let mode = path.symlink_metadata().ok()?.permissions().mode() & 0o777;
    let observed = json!({ "path": path.display().to_string(), "mode": format!("{mode:04o}") });
    Some(match crate::audit_log::loose_permissions(&path) {
        Some(w) => CheckResult::new("audit_log", Status::Warn, observed, json!("0600"), w),
        None => CheckResult::new(
            "audit_log",
            Status::Pass,
            observed,
            json!("0600"),
            "readable and writable by its owner only",
        ),
    })
}

/// An allowed policy passes; another `allkeys-*` policy still evicts from every key and only
/// warns; anything else (noeviction, volatile-*) fails.
pub fn policy_status(policy: &str, allowed: &[String]) -> Status {
    if allowed.iter().any(|p| p == policy) {
        Status::Pass
    } else if policy.starts_with("allkeys-") {
        Status::Warn
    } else {
        Status::Fail
    }
}

/// Over the limit fails; within 10 points of it warns.
pub fn memory_share_status(share_percent: f64, max_percent: u8) -> Status {
    let max = f64::from(max_percent);
    if share_percent > max {
        Status::Fail
    } else if share_percent > max - 10.0 {
        Status::Warn
    } else {
        Status::Pass
    }
}

/// Fail if any check failed (or warned, with `strict`), else warn if any warned, else pass.
pub fn overall_status(results: &[CheckResult], strict: bool) -> Status {
    let worst = results
        .iter()
        .map(|r| r.status)
        .max()
        .unwrap_or(Status::Pass);
    if strict && worst == Status::Warn {
        Status::Fail
    } else {
        worst
    }
}

fn plain(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Connected through Sentinel: the sentinels agree on the primary and the config epoch, the
/// quorum and a failover majority can be reached, the primary and its replicas are up (the
/// rules of `redops sentinel status`).
async fn check_sentinel(ctx: &Ctx, master: &str) -> Result<CheckResult> {
    let sentinels = crate::client::sentinel::Sentinels::from_options(&ctx.settings.connect)?;
    let st = crate::cmd::sentinel::master_status(&sentinels, master).await?;
    let answering = st.sentinels.iter().filter(|v| v.error.is_none()).count();
    let observed = json!({
        "primary": st.primary,
        "sentinels_answering": answering,
        "config_epoch": st.config_epoch,
        "ckquorum": st.ckquorum_ok,
    });
    let threshold = json!({ "quorum": st.quorum });
    Ok(if !st.problems.is_empty() {
        CheckResult::new(
            "sentinel",
            Status::Fail,
            observed,
            threshold,
            st.problems.join("; "),
        )
    } else if !st.warnings.is_empty() {
        CheckResult::new(
            "sentinel",
            Status::Warn,
            observed,
            threshold,
            st.warnings.join("; "),
        )
    } else {
        CheckResult::new(
            "sentinel",
            Status::Pass,
            observed,
            threshold,
            format!("{answering} sentinels agree; quorum reachable; replicas up"),
        )
    })
}

async fn check_rtt(client: &Client, th: &Thresholds) -> Result<CheckResult> {
    let mut samples = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let _: String = client.query(&redis::cmd("PING"), "sending PING").await?;
        samples.push(started.elapsed());
    }
    samples.sort();
    let median = samples[1];
    let status = if median <= th.max_rtt {
        Status::Pass
    } else {
        Status::Fail
    };
    Ok(CheckResult::new(
        "rtt",
        status,
        json!(format!("{:.2}ms", median.as_secs_f64() * 1e3)),
        json!(format!("<= {}", crate::output::exact_duration(th.max_rtt))),
        "median of 3 PINGs",
    ))
}

/// Topology and memory configuration, from INFO on every primary (one round trip).
async fn check_nodes(client: &Client, th: &Thresholds) -> Result<Vec<CheckResult>> {
    let mut out = Vec::new();
    let topo = client.topology();
    let mode = if topo.cluster {
        "cluster"
    } else {
        "standalone"
    };
    let mut problems = Vec::new();
    match th.expect {
        Some(ExpectedMode::Cluster) if !topo.cluster => {
            problems.push("expected a cluster, found a standalone server".to_string())
        }
        Some(ExpectedMode::Standalone) if topo.cluster => {
            problems.push("expected a standalone server, found a cluster".to_string())
        }
        _ => {}
    }
    if topo.cluster {
        if topo.slots_covered < 16384 {
            problems.push(format!(
                "only {} of 16384 slots are served by a healthy primary",
                topo.slots_covered
            ));
        }
        if !topo.failing.is_empty() {
            problems.push(format!("nodes down: {}", topo.failing.join(", ")));
        }
    }
    let infos = client
        .query_all_nodes(&redis::cmd("INFO"), "reading INFO")
        .await?;
    let mut roles = Vec::new();
    for (node, v) in &infos {
        let text: String = redis::from_redis_value_ref(v).unwrap_or_default();
        let role = info_field(&text, "role").unwrap_or("?").to_owned();
        if !topo.cluster && role != "master" {
            problems.push(format!("{} is a {role}, not a primary", node.addr));
        }
        roles.push(role);
    }
    let observed = if topo.cluster {
        json!(format!(
            "cluster: {} primaries, {} nodes, {} slots covered",
            topo.primaries.len(),
            topo.known_nodes,
            topo.slots_covered
        ))
    } else {
        json!(format!(
            "standalone, role {}",
            roles.first().map(String::as_str).unwrap_or("?")
        ))
    };
    out.push(CheckResult::new(
        "topology",
        if problems.is_empty() {
            Status::Pass
        } else {
            Status::Fail
        },
        observed,
        json!(match th.expect {
            Some(ExpectedMode::Cluster) => "cluster, all slots covered, all nodes up",
            Some(ExpectedMode::Standalone) => "standalone primary",
            None => "standalone primary, or cluster with all slots covered and all nodes up",
        }),
        if problems.is_empty() {
            format!("{mode} as expected")
        } else {
            problems.join("; ")
        },
    ));

    // Memory configuration: the worst node decides.
    let mut unset = Vec::new();
    // (status, node, policy) of every node whose policy is not a pass.
    let mut bad_policy: Vec<(Status, String, String)> = Vec::new();
    let mut policies = Vec::new();
    let mut worst_share: Option<(f64, String, u64, u64)> = None;
    for (node, v) in &infos {
        let text: String = redis::from_redis_value_ref(v).unwrap_or_default();
        let maxmemory: u64 = info_field(&text, "maxmemory")
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let used: u64 = info_field(&text, "used_memory")
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let policy = info_field(&text, "maxmemory_policy")
            .unwrap_or("?")
            .to_owned();
        if maxmemory == 0 {
            unset.push(node.addr.clone());
        } else {
            let share = used as f64 * 100.0 / maxmemory as f64;
            if worst_share.as_ref().is_none_or(|w| share > w.0) {
                worst_share = Some((share, node.addr.clone(), used, maxmemory));
            }
        }
        match policy_status(&policy, &th.allowed_policies) {
            Status::Pass => {}
            s => bad_policy.push((s, node.addr.clone(), policy.clone())),
        }
        if !policies.contains(&policy) {
            policies.push(policy);
        }
    }
    out.push(CheckResult::new(
        "maxmemory",
        if unset.is_empty() {
            Status::Pass
        } else {
            Status::Fail
        },
        json!(if unset.is_empty() {
            "set on every primary".to_string()
        } else {
            format!("unset on {}", unset.join(", "))
        }),
        json!("> 0"),
        if unset.is_empty() {
            "a memory budget is set".to_string()
        } else {
            // The same explanation `memory policy` gives.
            super::memory::policy_warnings(0, "allkeys-lfu").join("; ")
        },
    ));
    let policy_worst = bad_policy
        .iter()
        .map(|(s, _, _)| *s)
        .max()
        .unwrap_or(Status::Pass);
    out.push(CheckResult::new(
        "maxmemory_policy",
        policy_worst,
        json!(policies.join(", ")),
        json!(th.allowed_policies.join(" | ")),
        match policy_worst {
            Status::Pass | Status::PassSampled => "eviction policy as expected".to_string(),
            Status::Warn => format!(
                "{}: evicts from all keys, but is not an allowed policy",
                bad_policy
                    .iter()
                    .map(|(_, node, policy)| format!("{node} has {policy}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Status::Fail => {
                // Why, in the words `memory policy` uses (one judgement of policies, not two);
                // those words name the policy, so only the nodes are added.
                let failing: Vec<&(Status, String, String)> = bad_policy
                    .iter()
                    .filter(|(s, _, _)| *s == Status::Fail)
                    .collect();
                let nodes: Vec<&str> = failing.iter().map(|(_, n, _)| n.as_str()).collect();
                let why: Vec<String> = policies
                    .iter()
                    .filter(|p| failing.iter().any(|(_, _, fp)| fp == *p))
                    .flat_map(|p| super::memory::policy_warnings(1, p))
                    .collect();
                format!("on {}: {}", nodes.join(", "), why.join("; "))
            }
        },
    ));
    if let Some((share, addr, used, max)) = worst_share {
        let status = memory_share_status(share, th.max_memory_percent);
        out.push(CheckResult::new(
            "memory_usage",
            status,
            json!(format!(
                "{share:.1}% ({} of {}) on {addr}",
                human_bytes(used),
                human_bytes(max)
            )),
            json!(format!("<= {}%", th.max_memory_percent)),
            "used memory as a share of maxmemory, worst primary",
        ));
    }
    Ok(out)
}

/// How many keys had a problem, and the first few of them (to name in the message).
#[derive(Default)]
struct Examples {
    count: u64,
    names: Vec<String>,
}

impl Examples {
    fn push(&mut self, name: impl FnOnce() -> String) {
        self.count += 1;
        if self.names.len() < 6 {
            self.names.push(name());
        }
    }
    fn is_empty(&self) -> bool {
        self.count == 0
    }
    /// The first five, then "…" when there are more.
    fn list(&self) -> String {
        let mut s: Vec<&str> = self.names.iter().take(5).map(String::as_str).collect();
        if self.count > 5 {
            s.push("…");
        }
        s.join(", ")
    }
}

/// What the sampled scan found, per kind of key.
#[derive(Default)]
struct KeyspaceFindings {
    visited: u64,
    complete: bool,
    total_keys: u64,
    locks: u64,
    locks_no_ttl: Examples,
    locks_long: Examples,
    longest_lock_ms: Option<i64>,
    sessions: u64,
    sessions_no_ttl: Examples,
    /// Session fields that never expire: no TTL of their own (Redis 7.4+) in a hash without one.
    session_fields_no_ttl: u64,
    ratelimits: u64,
    ratelimits_no_ttl: Examples,
    streams: Vec<(Node, Vec<u8>)>,
    big: Examples,
    biggest: Option<u64>,
}

async fn check_keyspace(
    ctx: &Ctx,
    client: &Client,
    th: &Thresholds,
    scan: &crate::cli::ScanArgs,
) -> Result<(Vec<CheckResult>, super::Coverage)> {
    let mut f = KeyspaceFindings {
        total_keys: client.dbsize().await?,
        ..Default::default()
    };
    let ks = &ctx.settings.keyspace;
    let sample = th.sample;
    // One scan over every node in parallel (the shared scan engine, paced by --scan-count,
    // --max-rate and --sleep), reading TYPE and PTTL (and MEMORY USAGE with --bigkeys) of
    // every key seen in one pipeline per SCAN batch. With --sample N, N keys per node.
    let mut scan = super::KeyScan::start(
        ctx,
        client,
        &ScanOptions {
            max_keys_per_node: sample,
            ..super::scan_options(scan)
        },
    )
    .await;
    let mut per_node: std::collections::HashMap<String, u64> = Default::default();
    let width = if th.bigkeys { 3 } else { 2 };
    // With per-field TTLs, a session hash without a TTL is fine when each of its fields has one.
    let mut field_ttls = client.has(Feature::HashFieldTtl);
    // Two batches per node in flight: the server answers one while the next is parsed (one
    // under a latency budget).
    {
        let in_flight = client
            .pacing()
            .reads_in_flight(client.nodes().len(), 2 * client.nodes().len().max(1));
        let reads = scan
            .batches(ctx)
            .map(|batch| async move {
                let batch = batch?;
                let mut cmds = Vec::with_capacity(batch.keys.len() * width);
                for k in &batch.keys {
                    cmds.push(redis::cmd("TYPE").arg(k).clone());
                    cmds.push(redis::cmd("PTTL").arg(k).clone());
                    if th.bigkeys {
                        cmds.push(redis::cmd("MEMORY").arg("USAGE").arg(k).clone());
                    }
                }
                let replies = client
                    .batch_on(&batch.node, &cmds, "reading key types and TTLs")
                    .await?;
                Ok::<_, Error>((batch, replies))
            })
            .buffer_unordered(in_flight);
        let mut reads = std::pin::pin!(reads);
        while let Some(read) = reads.next().await {
            let (batch, replies) = read?;
            *per_node.entry(batch.node.addr.clone()).or_default() += batch.keys.len() as u64;
            let mut hashes_no_ttl: Vec<Vec<u8>> = Vec::new();
            for (key, replies) in batch.keys.into_iter().zip(replies.chunks(width)) {
                f.visited += 1;
                let kind = replies.first().and_then(reply_bytes).unwrap_or_default();
                let pttl = replies.get(1).and_then(reply_int).unwrap_or(-2);
                match kind.as_slice() {
                    b"string" if ks.lock.extract(&key).is_some() => {
                        f.locks += 1;
                        if pttl == -1 {
                            f.locks_no_ttl.push(|| show_bytes(&key));
                        } else if pttl > th.max_lock_ttl.as_millis() as i64 {
                            f.longest_lock_ms = f.longest_lock_ms.max(Some(pttl));
                            f.locks_long
                                .push(|| format!("{} ({})", show_bytes(&key), human_ms(pttl)));
                        }
                    }
                    b"hash" if ks.sessions.extract(&key).is_some() => {
                        f.sessions += 1;
                        if pttl == -1 {
                            hashes_no_ttl.push(key.clone());
                        }
                    }
                    b"zset" if ks.ratelimit.extract(&key).is_some() => {
                        f.ratelimits += 1;
                        if pttl == -1 {
                            f.ratelimits_no_ttl.push(|| show_bytes(&key));
                        }
                    }
                    b"stream" => f.streams.push((batch.node.clone(), key.clone())),
                    _ => {}
                }
                if th.bigkeys
                    && let Some(bytes) = replies
                        .get(2)
                        .and_then(reply_int)
                        .filter(|b| *b as u64 > th.max_key_bytes)
                {
                    f.biggest = f.biggest.max(Some(bytes as u64));
                    f.big
                        .push(|| format!("{} ({})", show_bytes(&key), human_bytes(bytes as u64)));
                }
            }
            let counts = if field_ttls && !hashes_no_ttl.is_empty() {
                let c =
                    super::session::fields_without_ttl(client, &batch.node, &hashes_no_ttl).await?;
                if c.is_none() {
                    // This user may not run EVAL_RO: judge the hashes' TTLs alone, as before 7.4.
                    ctx.out.warn(
                        "sessions_ttl: the session fields' own TTLs cannot be read by this user \
                         (EVAL_RO refused): a session hash without a TTL counts as never expiring",
                    );
                    field_ttls = false;
                }
                c
            } else {
                None
            };
            if let Some(counts) = counts {
                for (key, (fields, forever)) in hashes_no_ttl.iter().zip(counts) {
                    if forever > 0 {
                        f.session_fields_no_ttl += forever;
                        f.sessions_no_ttl
                            .push(|| format!("{} ({forever} of {fields} fields)", show_bytes(key)));
                    }
                }
            } else {
                for key in &hashes_no_ttl {
                    f.sessions_no_ttl.push(|| show_bytes(key));
                }
            }
        }
    }
    let coverage = scan.finish(ctx, client).await;
    if coverage.interrupted {
        return Err(Error::interrupted());
    }
    // A node whose scan returned fewer keys than the sample size was scanned to the end.
    let sampled = match sample {
        None => false,
        // (By the nodes scanned: the primaries, or their replicas with --replicas.)
        Some(max) => per_node.values().any(|&n| n >= max),
    };
    f.complete = !sampled && !coverage.partial();
    let scope = if f.complete {
        format!("all {} keys", f.visited)
    } else if sampled {
        format!(
            "a sample of {} of {} keys (without --sample, every key is checked)",
            f.visited, f.total_keys
        )
    } else {
        format!(
            "the {} keys of the nodes that could be scanned (partial)",
            f.visited
        )
    };
    let mut out = Vec::new();
    let complete = f.complete;
    let pass_if = |empty: bool| match (empty, complete) {
        (true, true) => Status::Pass,
        (true, false) => Status::PassSampled,
        (false, _) => Status::Fail,
    };
    out.push(CheckResult::new(
        "locks_without_ttl",
        pass_if(f.locks_no_ttl.is_empty()),
        json!(f.locks_no_ttl.count),
        json!(0),
        if f.locks_no_ttl.is_empty() {
            format!("{} locks in {scope}", f.locks)
        } else {
            format!(
                "locks that never expire: {} (redops lock force-release)",
                f.locks_no_ttl.list()
            )
        },
    ));
    out.push(CheckResult::new(
        "lock_ttl",
        pass_if(f.locks_long.is_empty()),
        json!(f.longest_lock_ms.map(human_ms)),
        json!(format!(
            "<= {}",
            crate::output::exact_duration(th.max_lock_ttl)
        )),
        if f.locks_long.is_empty() {
            format!("no lock held longer than the limit in {scope}")
        } else {
            format!("locks with too long a TTL: {}", f.locks_long.list())
        },
    ));
    for (name, count, missing, what) in [
        (
            "sessions_ttl",
            f.sessions,
            &f.sessions_no_ttl,
            "session hashes",
        ),
        (
            "ratelimit_ttl",
            f.ratelimits,
            &f.ratelimits_no_ttl,
            "rate-limit sets",
        ),
    ] {
        out.push(CheckResult::new(
            name,
            pass_if(missing.is_empty()),
            json!(missing.count),
            json!(0),
            if missing.is_empty() {
                format!("{count} {what} in {scope}, all with a TTL")
            } else if name == "sessions_ttl" && field_ttls {
                format!(
                    "{what} without a TTL grow forever: {} session field(s) with no TTL of their own either: {}",
                    f.session_fields_no_ttl,
                    missing.list()
                )
            } else {
                format!("{what} without a TTL grow forever: {}", missing.list())
            },
        ));
    }
    out.extend(check_streams(client, th, &f.streams, &scope, f.complete).await?);
    if th.bigkeys {
        out.push(CheckResult::new(
            "big_keys",
            pass_if(f.big.is_empty()),
            json!(f.biggest),
            json!(format!("<= {}", th.max_key_bytes)),
            if f.big.is_empty() {
                format!("no key over the limit in {scope}")
            } else {
                format!("big keys: {}", f.big.list())
            },
        ));
    }
    Ok((out, coverage))
}

/// Pending entries idle too long, consumer-group lag, dead-letter streams: XINFO GROUPS and
/// XLEN per stream (one pipeline per node), then XPENDING with IDLE per group (one more).
async fn check_streams(
    client: &Client,
    th: &Thresholds,
    streams: &[(Node, Vec<u8>)],
    scope: &str,
    complete: bool,
) -> Result<Vec<CheckResult>> {
    let pass_if = |ok: bool| match (ok, complete) {
        (true, true) => Status::Pass,
        (true, false) => Status::PassSampled,
        (false, _) => Status::Fail,
    };
    let mut groups: Vec<GroupSeen> = Vec::new();
    let mut dead_letters: Vec<(String, i64)> = Vec::new();
    // The nodes the streams were scanned on (the primaries, or their replicas with --replicas).
    let mut nodes: Vec<&Node> = Vec::new();
    for (n, _) in streams {
        if !nodes.iter().any(|m| m.addr == n.addr) {
            nodes.push(n);
        }
    }
    for &node in &nodes {
        let mine: Vec<&Vec<u8>> = streams
            .iter()
            .filter(|(n, _)| n.addr == node.addr)
            .map(|(_, s)| s)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let cmds: Vec<redis::Cmd> = mine
            .iter()
            .flat_map(|s| {
                [
                    redis::cmd("XINFO").arg("GROUPS").arg(s.as_slice()).clone(),
                    redis::cmd("XLEN").arg(s.as_slice()).clone(),
                ]
            })
            .collect();
        let replies = client
            .batch_on(node, &cmds, "reading stream groups")
            .await?;
        for (s, r) in mine.iter().zip(replies.chunks(2)) {
            if glob_match(th.dead_letter_pattern.as_bytes(), s)
                && let Some(len) = r.get(1).and_then(reply_int)
            {
                dead_letters.push((show_bytes(s), len));
            }
            if let Some(Ok(redis::Value::Array(gs))) = r.first() {
                for g in gs {
                    let fields = flat_map(g);
                    let name = fields
                        .iter()
                        .find(|(k, _)| k == "name")
                        .and_then(|(_, v)| reply_bytes(&Ok(v.clone())));
                    let lag = fields
                        .iter()
                        .find(|(k, _)| k == "lag")
                        .and_then(|(_, v)| reply_int(&Ok(v.clone())));
                    if let Some(name) = name {
                        groups.push(GroupSeen {
                            node: node.clone(),
                            stream: (*s).clone(),
                            name,
                            lag,
                        });
                    }
                }
            }
        }
    }
    let idle_ms = th.max_pending_idle.as_millis() as u64;
    let mut stuck = Vec::new();
    for node in &nodes {
        let node = *node;
        let mine: Vec<&GroupSeen> = groups.iter().filter(|g| g.node.addr == node.addr).collect();
        if mine.is_empty() {
            continue;
        }
        let cmds: Vec<redis::Cmd> = mine
            .iter()
            .map(|g| {
                redis::cmd("XPENDING")
                    .arg(g.stream.as_slice())
                    .arg(g.name.as_slice())
                    .arg("IDLE")
                    .arg(idle_ms)
                    .arg("-")
                    .arg("+")
                    .arg(1)
                    .clone()
            })
            .collect();
        let replies = client
            .batch_on(node, &cmds, "reading pending entries")
            .await?;
        for (g, r) in mine.iter().zip(replies) {
            if let Ok(redis::Value::Array(entries)) = r
                && let Some(first) = entries.first()
            {
                // [id, consumer, idle_ms, deliveries]: the consumer holding it is stuck,
                // whatever its own idle time (it may keep polling).
                let part = |i: usize| match first {
                    redis::Value::Array(parts) => parts.get(i).cloned(),
                    _ => None,
                };
                let id = part(0)
                    .and_then(|p| reply_bytes(&Ok(p)))
                    .map(|b| show_bytes(&b))
                    .unwrap_or_default();
                let consumer = part(1)
                    .and_then(|p| reply_bytes(&Ok(p)))
                    .map(|b| show_bytes(&b))
                    .unwrap_or_default();
                let waited = part(2).and_then(|p| reply_int(&Ok(p))).unwrap_or(0);
                stuck.push(format!(
                    "{} group {}: consumer {consumer} is stuck, holding {id} for {}",
                    show_bytes(&g.stream),
                    show_bytes(&g.name),
                    human_ms(waited)
                ));
            }
        }
    }
    let lagging: Vec<String> = groups
        .iter()
        .filter(|g| g.lag.is_some_and(|l| l as u64 > th.max_lag))
        .map(|g| {
            format!(
                "{} group {} lag {}",
                show_bytes(&g.stream),
                show_bytes(&g.name),
                g.lag.unwrap_or(0)
            )
        })
        .collect();
    let full_dl: Vec<String> = dead_letters
        .iter()
        .filter(|(_, n)| *n as u64 > th.max_dead_letter)
        .map(|(s, n)| format!("{s} ({n} entries)"))
        .collect();
    Ok(vec![
        CheckResult::new(
            "pending_idle",
            pass_if(stuck.is_empty()),
            json!(stuck.len()),
            json!(format!(
                "no entry pending longer than {}",
                crate::output::exact_duration(th.max_pending_idle)
            )),
            if stuck.is_empty() {
                format!(
                    "{} consumer groups on {} streams in {scope}",
                    groups.len(),
                    streams.len()
                )
            } else {
                format!(
                    "stuck entries in: {} (redops stream pending / reclaim)",
                    stuck.join(", ")
                )
            },
        ),
        // Before Redis 7.0, XINFO GROUPS has no lag: not measurable is a warning, not a pass.
        match client
            .nodes()
            .iter()
            .find(|n| !n.caps.has(Feature::StreamLag))
            .filter(|_| !groups.is_empty())
        {
            Some(old) => CheckResult::new(
                "consumer_lag",
                Status::Warn,
                json!(null),
                json!(format!("<= {}", th.max_lag)),
                format!(
                    "not measured for {} consumer group(s): {}",
                    groups.len(),
                    old.caps
                        .lacks(Feature::StreamLag, "consumer-group lag")
                        .message
                ),
            ),
            None => CheckResult::new(
                "consumer_lag",
                pass_if(lagging.is_empty()),
                json!(groups.iter().filter_map(|g| g.lag).max()),
                json!(format!("<= {}", th.max_lag)),
                if lagging.is_empty() {
                    "no group lags behind its stream beyond the limit".to_string()
                } else {
                    lagging.join(", ")
                },
            ),
        },
        CheckResult::new(
            "dead_letter",
            pass_if(full_dl.is_empty()),
            json!(dead_letters.iter().map(|(_, n)| *n).max()),
            json!(format!(
                "<= {} entries in streams matching {}",
                th.max_dead_letter, th.dead_letter_pattern
            )),
            if full_dl.is_empty() {
                format!(
                    "{} dead-letter streams within the limit",
                    dead_letters.len()
                )
            } else {
                format!("dead letters waiting: {}", full_dl.join(", "))
            },
        ),
    ])
}

/// A consumer group found on a stream during the scan.
struct GroupSeen {
    node: Node,
    stream: Vec<u8>,
    name: Vec<u8>,
    lag: Option<i64>,
}

/// A RESP2 flat list or RESP3 map as (name, value) pairs.
fn flat_map(v: &redis::Value) -> Vec<(String, redis::Value)> {
    match v {
        redis::Value::Map(m) => m
            .iter()
            .filter_map(|(k, v)| {
                reply_bytes(&Ok(k.clone()))
                    .map(|k| (String::from_utf8_lossy(&k).into_owned(), v.clone()))
            })
            .collect(),
        redis::Value::Array(a) => a
            .chunks(2)
            .filter_map(|p| match p {
                [k, v] => reply_bytes(&Ok(k.clone()))
                    .map(|k| (String::from_utf8_lossy(&k).into_owned(), v.clone())),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Redis's glob rules live with the key patterns (`crate::keyspace`).
pub use crate::keyspace::glob_match;

/// JUnit XML: one testcase per check; failures (and warnings with --strict) as `<failure>`.
pub fn junit(results: &[CheckResult], strict: bool) -> String {
    let failing =
        |r: &CheckResult| r.status == Status::Fail || (strict && r.status == Status::Warn);
    let failures = results.iter().filter(|r| failing(r)).count();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<testsuites name=\"redops check\" tests=\"{}\" failures=\"{failures}\">\n",
        results.len()
    ));
    x.push_str(&format!("  <testsuite name=\"redops check\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">\n", results.len()));
    for r in results {
        x.push_str(&format!(
            "    <testcase classname=\"redops.check\" name=\"{}\">\n",
            xml_escape(r.name)
        ));
        // The status as redops judged it (pass_sampled is distinct from pass).
        x.push_str(&format!(
            "      <properties><property name=\"redops.status\" value=\"{}\"/></properties>\n",
            r.status.as_str()
        ));
        let detail = format!(
            "observed: {}; threshold: {}; {}",
            plain(&r.observed),
            plain(&r.threshold),
            r.message
        );
        if failing(r) {
            x.push_str(&format!(
                "      <failure message=\"{}\">{}</failure>\n",
                xml_escape(&r.message),
                xml_escape(&detail)
            ));
        } else {
            x.push_str(&format!(
                "      <system-out>{}: {}</system-out>\n",
                match r.status {
                    Status::PassSampled => "pass (sampled)",
                    other => other.as_str(),
                },
                xml_escape(&detail)
            ));
        }
        x.push_str("    </testcase>\n");
    }
    x.push_str("  </testsuite>\n</testsuites>\n");
    x
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('?'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_and_memory_judgements() {
        let allowed = vec!["allkeys-lfu".to_string()];
        assert_eq!(policy_status("allkeys-lfu", &allowed), Status::Pass);
        assert_eq!(policy_status("allkeys-lru", &allowed), Status::Warn);
        assert_eq!(policy_status("noeviction", &allowed), Status::Fail);
        assert_eq!(policy_status("volatile-lru", &allowed), Status::Fail);
        assert_eq!(memory_share_status(50.0, 90), Status::Pass);
        assert_eq!(memory_share_status(85.0, 90), Status::Warn);
        assert_eq!(memory_share_status(90.5, 90), Status::Fail);
    }

    #[test]
    fn overall_status_and_strict() {
        let r = |s| CheckResult::new("x", s, json!(1), json!(0), "");
        assert_eq!(
            overall_status(&[r(Status::Pass), r(Status::Warn)], false),
            Status::Warn
        );
        assert_eq!(
            overall_status(&[r(Status::Pass), r(Status::Warn)], true),
            Status::Fail
        );
        assert_eq!(
            overall_status(&[r(Status::Pass), r(Status::Fail)], false),
            Status::Fail
        );
        assert_eq!(overall_status(&[], false), Status::Pass);
    }

    #[test]
    fn junit_escapes_and_counts_failures() {
        let results = vec![
            CheckResult::new("a", Status::Pass, json!("ok"), json!(null), "fine"),
            CheckResult::new("b", Status::Fail, json!("<1>"), json!(0), "bad & \"worse\""),
            CheckResult::new("c", Status::Warn, json!(2), json!(1), "hm"),
        ];
        let x = junit(&results, false);
        assert!(x.contains("tests=\"3\" failures=\"1\""));
        assert!(x.contains("bad &amp; &quot;worse&quot;") && x.contains("&lt;1&gt;"));
        assert!(junit(&results, true).contains("failures=\"2\""));
    }
}
