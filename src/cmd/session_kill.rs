//! `redops session kill`: read what matches, show it, confirm, audit, then end each session
//! with a compare-then-delete script, in chunks sized to the latency budget, node by node.
//!
//! Memory is bounded by a page, whatever the number of sessions: the sessions to end are
//! spooled as they are read (to an unlinked 0600 temp file, one per node), and read back part
//! by part when they are written, reported and audited. Only a bounded sample (the table's
//! rows) is held in memory.
//!
//! Writes go straight to each node (the standalone server, or each cluster primary), every
//! node's part on its own, concurrently: each round trip under `--timeout` plus a small
//! constant, never retried. A `MOVED` / `ASK` redirect is followed with the same script on the
//! node named (`ASKING` first for `ASK`). A node that stops answering stops its own part: what
//! it was sent and did not answer is "unknown", what was never sent is "not sent"; the other
//! nodes finish theirs.
//!
//! Audit: up to [`ONE_LINE_MAX`] sessions, the intent line holds every prior value (as for
//! every destructive command) and the outcome line lists what was removed. A larger kill is
//! audited in parts: before each part of up to [`PART_ITEMS`] sessions is sent, a `part` line
//! with their prior values is on disk; after it, a `part_outcome` line gives the fate of each
//! one (`results`, one character per session). An interruption (Ctrl-C, a dead node) leaves a
//! precise record; a crash leaves at most one part per node without its outcome.

use super::session::{
    self, Filter, KeyRead, SKIPPED_SHOWN, Session, TABLE_ROWS, Verdict, local_now, open_user,
    print_skipped_table, scan_sessions, session_table, skipped_json, sort_sessions,
    warn_wrong_type, wrong_type_json,
};
use crate::cli::session::KillArgs;
use crate::client::{Client, Lost, Node, Redirect, Reply, is_wrongtype, redirect_of, reply_int};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{add_row, cell, put_bytes, show_bytes};
use crate::safety::{self, Gate, Plan, PriorItem};
use redis::Value as RValue;
use serde_json::{Map, Value, json};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::time::Duration;

const COMMAND: &str = "session kill";

/// Up to this many sessions, the audit intent line holds every prior value and the outcome
/// line every removed one; beyond it, the kill is audited part by part.
pub const ONE_LINE_MAX: usize = 10_000;
/// Sessions per audit part, at most (and [`PART_BYTES`] of values).
pub const PART_ITEMS: usize = 5_000;
const PART_BYTES: usize = 4 << 20;
/// Scripts per round trip to one node, at most (and [`PIPELINE_BYTES`] of arguments).
const PIPELINE_CMDS: usize = 1_000;
const PIPELINE_BYTES: usize = 4 << 20;
/// Server time of the compare-then-delete script per session, with margin (measured with
/// SLOWLOG on Redis 7.0 on the 2-core machine: a median of 2.4 µs per field of a 200k-field
/// hash; counted as 4 µs, and against half the budget, so that a script takes about a third of
/// the budget on a quiet server and has room when it is busy).
const NS_PER_FIELD: u64 = 4_000;
/// How long the reply in flight is still waited for after Ctrl-C (main gives the command 2 s).
const CTRL_C_WAIT: Duration = Duration::from_millis(1000);
/// Redirects followed for one script before it is reported as not ended.
const REDIRECT_HOPS: usize = 3;

/// Server time of an `HSCAN` page (with the fields' `HPTTL` on 7.4+) per field, with margin
/// (measured: 10,000 fields of a 1M-field hash took 7.8 ms on Redis 7.0).
const READ_NS_PER_FIELD: u64 = 1_500;

/// `HSCAN COUNT` of the pages of a huge hash `--user` reads: about half the latency budget
/// (333 at 1 ms), 10,000 with `off`.
pub fn read_page(budget: Option<Duration>) -> usize {
    match budget {
        None => 10_000,
        Some(d) => {
            usize::try_from((d.as_nanos() / 2).min(u128::from(u64::MAX)) as u64 / READ_NS_PER_FIELD)
                .unwrap_or(10_000)
                .clamp(10, 10_000)
        }
    }
}

/// How big one compare-then-delete script may be, so that it keeps the server busy for at
/// most half the latency budget: by sessions, and by bytes of arguments.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizing {
    pub fields: usize,
    pub bytes: usize,
}

impl Sizing {
    pub fn for_budget(budget: Option<Duration>) -> Sizing {
        match budget {
            // A maintenance window: the pre-budget sizes.
            None => Sizing {
                fields: 10_000,
                bytes: 16 << 20,
            },
            Some(d) => {
                let half = (d.as_nanos() / 2).min(u128::from(u64::MAX)) as u64;
                Sizing {
                    fields: usize::try_from(half / NS_PER_FIELD)
                        .unwrap_or(usize::MAX)
                        .clamp(1, 10_000),
                    // About a byte a nanosecond to parse and compare.
                    bytes: usize::try_from(half / 2)
                        .unwrap_or(usize::MAX)
                        .clamp(16 << 10, 16 << 20),
                }
            }
        }
    }
}

/// One session to end, as it was read and shown.
#[derive(Debug, Clone, PartialEq)]
struct Rec {
    user: Vec<u8>,
    key: Vec<u8>,
    id: Vec<u8>,
    raw: Vec<u8>,
    ttl_ms: Option<i64>,
    field_ttl_ms: Option<i64>,
}

impl Rec {
    fn from_session(s: &Session) -> Rec {
        Rec {
            user: s.user.clone(),
            key: s.key.clone(),
            id: s.id.clone(),
            raw: s.raw.clone(),
            ttl_ms: s.ttl_ms,
            field_ttl_ms: s.field_ttl_ms,
        }
    }
    fn prior(&self) -> PriorItem {
        PriorItem::HashField {
            key: self.key.clone(),
            field: self.id.clone(),
            value: self.raw.clone(),
            key_ttl_ms: self.ttl_ms,
            field_ttl_ms: self.field_ttl_ms,
        }
    }
    fn session(&self) -> Session {
        Session {
            user: self.user.clone(),
            key: self.key.clone(),
            id: self.id.clone(),
            raw: self.raw.clone(),
            value: session::parse_session_value(&self.raw, &self.id),
            ttl_ms: self.ttl_ms,
            field_ttl_ms: self.field_ttl_ms,
        }
    }
    fn size(&self) -> usize {
        self.key.len() + self.id.len() + self.raw.len() + 32
    }
}

/// Sessions to end, written to an unlinked temp file (0600) as they are read, and read back
/// in order as often as needed: memory stays bounded by a page.
struct Spool {
    file: BufWriter<File>,
    len: usize,
}

fn spool_error(e: std::io::Error) -> Error {
    Error::refused(format!(
        "cannot keep the sessions to end in a temporary file: {e}; nothing was changed"
    ))
    .hint("free space in the temporary directory (TMPDIR), or narrow the filters")
}

impl Spool {
    fn new() -> Result<Spool> {
        Ok(Spool {
            file: BufWriter::with_capacity(256 << 10, tempfile::tempfile().map_err(spool_error)?),
            len: 0,
        })
    }

    fn push(&mut self, r: &Rec) -> Result<()> {
        let w = &mut self.file;
        let mut put = |b: &[u8]| -> std::io::Result<()> {
            w.write_all(&(b.len() as u64).to_le_bytes())?;
            w.write_all(b)
        };
        put(&r.user)
            .and_then(|()| put(&r.key))
            .and_then(|()| put(&r.id))
            .and_then(|()| put(&r.raw))
            .and_then(|()| {
                for t in [r.ttl_ms, r.field_ttl_ms] {
                    w.write_all(&t.unwrap_or(i64::MIN).to_le_bytes())?;
                }
                Ok(())
            })
            .map_err(spool_error)?;
        self.len += 1;
        Ok(())
    }

    /// A reader from the first record.
    fn reader(&mut self) -> std::io::Result<SpoolReader> {
        self.file.flush()?;
        let mut f = self.file.get_ref().try_clone()?;
        f.seek(SeekFrom::Start(0))?;
        Ok(SpoolReader {
            r: BufReader::with_capacity(256 << 10, f),
            left: self.len,
        })
    }
}

struct SpoolReader {
    r: BufReader<File>,
    left: usize,
}

impl SpoolReader {
    fn next(&mut self) -> std::io::Result<Option<Rec>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        let r = &mut self.r;
        let mut word = [0u8; 8];
        let mut bytes = |r: &mut BufReader<File>| -> std::io::Result<Vec<u8>> {
            r.read_exact(&mut word)?;
            let n = usize::try_from(u64::from_le_bytes(word))
                .map_err(|_| std::io::Error::other("a spooled record is too long"))?;
            let mut b = vec![0u8; n];
            r.read_exact(&mut b)?;
            Ok(b)
        };
        let (user, key, id, raw) = (bytes(r)?, bytes(r)?, bytes(r)?, bytes(r)?);
        let mut ttl = || -> std::io::Result<Option<i64>> {
            let mut w = [0u8; 8];
            r.read_exact(&mut w)?;
            Ok(Some(i64::from_le_bytes(w)).filter(|t| *t != i64::MIN))
        };
        let (ttl_ms, field_ttl_ms) = (ttl()?, ttl()?);
        Ok(Some(Rec {
            user,
            key,
            id,
            raw,
            ttl_ms,
            field_ttl_ms,
        }))
    }
}

/// The sessions to end on one node.
struct NodePlan {
    node: Node,
    spool: Spool,
}

/// Everything the read found to end: spooled per node, plus what the table and the prompt show.
struct Targets {
    nodes: Vec<NodePlan>,
    total: usize,
    /// Distinct users, by a 64-bit fingerprint (8 bytes each, whatever the ids' length).
    users: std::collections::HashSet<u64>,
    /// The most recently active sessions (at most [`TABLE_ROWS`]): the table's rows.
    sample: Vec<Session>,
}

impl Targets {
    fn new() -> Targets {
        Targets {
            nodes: Vec::new(),
            total: 0,
            users: Default::default(),
            sample: Vec::new(),
        }
    }

    fn add(&mut self, client: &Client, s: Session) -> Result<()> {
        let node = client
            .node_for_key(&s.key)
            .or_else(|| client.nodes().first())
            .ok_or_else(|| Error::internal("no node to send the writes to"))?;
        let i = match self.nodes.iter().position(|n| n.node.addr == node.addr) {
            Some(i) => i,
            None => {
                self.nodes.push(NodePlan {
                    node: node.clone(),
                    spool: Spool::new()?,
                });
                self.nodes.len() - 1
            }
        };
        self.nodes[i].spool.push(&Rec::from_session(&s))?;
        self.total += 1;
        self.users.insert(fingerprint(&s.user));
        self.sample.push(s);
        if self.sample.len() >= 2 * TABLE_ROWS {
            self.trim_sample();
        }
        Ok(())
    }

    fn trim_sample(&mut self) {
        sort_sessions(&mut self.sample);
        self.sample.truncate(TABLE_ROWS);
    }

    /// Every spooled session, node by node, in the order they will be sent.
    fn for_each(&mut self, mut each: impl FnMut(&str, Rec) -> Result<()>) -> Result<()> {
        for np in &mut self.nodes {
            let mut r = np.spool.reader().map_err(spool_error)?;
            while let Some(rec) = r.next().map_err(spool_error)? {
                each(&np.node.addr, rec)?;
            }
        }
        Ok(())
    }
}

fn fingerprint(b: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    b.hash(&mut h);
    h.finish()
}

/// What became of one session, one byte each in a node's `codes` and in an audit part's
/// `results`.
mod code {
    /// Ended (the value was still the one shown).
    pub const ENDED: u8 = b'1';
    /// Kept: its value changed since it was read.
    pub const CHANGED: u8 = b'0';
    /// Already gone (ended since it was read).
    pub const GONE: u8 = b'-';
    /// Kept: the key is no longer a hash.
    pub const WRONG_TYPE: u8 = b'w';
    /// Not ended: the server refused the script (e.g. NOPERM), or too many redirects.
    pub const FAILED: u8 = b'e';
    /// Not ended: the script's reply was not understood.
    pub const UNEXPECTED: u8 = b'x';
    /// Sent, no reply: it may or may not have ended.
    pub const UNKNOWN: u8 = b'?';
    /// Not sent.
    pub const NOT_SENT: u8 = b's';
}

/// How one node's part went.
struct NodeRun {
    addr: String,
    codes: Vec<u8>,
    /// Why the part stopped before its end (the node stopped answering, Ctrl-C, the audit
    /// log): the reason given for the sessions not sent.
    stopped: Option<String>,
    /// The first refusal by the server (e.g. NOPERM), as the command's error.
    failure: Option<Error>,
    /// Scripts that were redirected (MOVED / ASK) and followed.
    redirected: usize,
    /// Nodes a redirect led to, and what went wrong there.
    redirect_errors: Vec<String>,
    interrupted: bool,
    parts: usize,
}

impl NodeRun {
    fn count(&self, c: u8) -> usize {
        self.codes.iter().filter(|x| **x == c).count()
    }

    fn to_json(&self) -> Value {
        json!({
            "node": self.addr,
            "targeted": self.codes.len(),
            "ended": self.count(code::ENDED),
            "changed": self.count(code::CHANGED),
            "gone": self.count(code::GONE),
            "wrong_type": self.count(code::WRONG_TYPE),
            "failed": self.count(code::FAILED) + self.count(code::UNEXPECTED),
            "unknown": self.count(code::UNKNOWN),
            "not_sent": self.count(code::NOT_SENT),
            "redirected": self.redirected,
            "error": self.stopped.clone().or_else(|| self.failure.as_ref().map(|e| e.message.clone())),
        })
    }

    fn reason(&self, c: u8) -> String {
        match c {
            code::CHANGED => {
                "changed since it was read: its value is no longer the one shown; kept".into()
            }
            code::GONE => "ended since it was read (field gone)".into(),
            code::WRONG_TYPE => "the key is no longer a hash (WRONGTYPE); kept".into(),
            code::FAILED => format!(
                "not ended: {}",
                self.failure
                    .as_ref()
                    .map(|e| e.message.clone())
                    .or_else(|| self.redirect_errors.first().cloned())
                    .unwrap_or_else(|| "the server refused the script".into())
            ),
            code::UNKNOWN => format!(
                "outcome unknown: the delete was sent to {} but no reply came",
                self.addr
            ),
            code::NOT_SENT => format!(
                "not sent: {}",
                self.stopped
                    .clone()
                    .or_else(|| self.redirect_errors.first().cloned())
                    .unwrap_or_else(|| format!("{} could not be reached", self.addr))
            ),
            _ => "unexpected reply from the compare-then-delete script".into(),
        }
    }
}

pub async fn kill(args: KillArgs, ctx: &Ctx) -> Result<()> {
    safety::preflight(ctx, COMMAND)?;
    let filter = Filter::from_args(&args.filter);
    let client = ctx.connect_for_writes().await?;

    // Round trip 1 (or the scan): what matches, exactly as it will be shown and compared.
    let mut targets = Targets::new();
    let mut skipped: Vec<Value> = Vec::new();
    if let Some(user) = &args.user {
        let mut hash = open_user(&client, ctx, user, false).await?;
        let wanted: Vec<Vec<u8>> = args
            .session
            .iter()
            .map(|s| s.as_bytes().to_vec())
            .chain(args.session_hex.iter().cloned())
            .collect();
        let mut wanted_left: std::collections::HashSet<&[u8]> =
            wanted.iter().map(Vec::as_slice).collect();
        let mut undecided = 0usize;
        // Page by page: what will be ended is spooled, never held.
        while let Some(page) = hash.next_page(&client).await? {
            for s in page {
                if !wanted.is_empty() {
                    if wanted_left.remove(s.id.as_slice()) {
                        targets.add(&client, s)?;
                    }
                    continue;
                }
                match filter.judge(&s.value, hash.now) {
                    Verdict::Match => targets.add(&client, s)?,
                    Verdict::NoMatch => {}
                    Verdict::Undecided(why) => {
                        undecided += 1;
                        if undecided <= SKIPPED_SHOWN {
                            skipped.push(skipped_json(
                                &s,
                                &format!(
                                    "cannot be matched against the filters ({why}); end it with --session"
                                ),
                            ));
                        }
                    }
                }
            }
            if !wanted.is_empty() && wanted_left.is_empty() {
                break;
            }
            if ctx.is_interrupted() {
                return Err(Error::interrupted());
            }
        }
        if undecided > SKIPPED_SHOWN {
            ctx.out.warn(&format!(
                "{} more session(s) cannot be matched against the filters (not listed)",
                undecided - SKIPPED_SHOWN
            ));
        }
        // In the order given, each unknown id once.
        for sid in &wanted {
            if wanted_left.remove(sid.as_slice()) {
                let mut m = Map::new();
                m.insert("user_id".into(), json!(user));
                put_bytes(&mut m, "session_id", sid);
                m.insert("reason".into(), json!("no such session"));
                skipped.push(Value::Object(m));
            }
        }
    } else {
        let mut wrong_keys = Vec::new();
        // Sessions that cannot be judged beyond the SKIPPED_SHOWN listed: counted only.
        let mut not_listed = 0usize;
        let now = local_now();
        let skip = |raw: &[u8]| filter.surely_rejects(raw, now);
        let coverage = scan_sessions(ctx, &client, &(&args.scan).into(), &skip, |read| {
            match read {
                KeyRead::WrongType { key, user } => {
                    let mut item = wrong_type_json(&key, &user);
                    if let Value::Object(m) = &mut item {
                        m.insert("reason".into(), json!("not a hash (WRONGTYPE)"));
                    }
                    skipped.push(item);
                    wrong_keys.push(key);
                }
                KeyRead::Hash { sessions, .. } => {
                    for s in sessions {
                        match filter.judge(&s.value, now) {
                            Verdict::Match => targets.add(&client, s)?,
                            Verdict::NoMatch => {}
                            Verdict::Undecided(_) if skipped.len() >= SKIPPED_SHOWN => {
                                not_listed += 1;
                            }
                            Verdict::Undecided(why) => skipped.push(skipped_json(
                                &s,
                                &format!("cannot be matched against the filters ({why}); end it with --user and --session"),
                            )),
                        }
                    }
                }
            }
            Ok(())
        })
        .await?;
        for k in &wrong_keys {
            warn_wrong_type(ctx, k);
        }
        if not_listed > 0 {
            ctx.out.warn(&format!(
                "{not_listed} more session(s) cannot be matched against the filters (not listed)"
            ));
        }
        // Sessions on a node that was not scanned would be left running: change nothing on a
        // partial scan (unless --allow-partial).
        coverage
            .conclude(ctx)
            .map_err(|e| e.hint("nothing was changed"))?;
    }
    if targets.total == 0 {
        for s in &skipped {
            if let Some(r) = s.get("reason").and_then(Value::as_str) {
                let id = s
                    .get("session_id")
                    .or_else(|| s.get("key"))
                    .and_then(Value::as_str)
                    .unwrap_or("?");
                ctx.out.warn(&format!("{id}: {r}"));
            }
        }
        return Err(Error::not_found("no session matches; nothing was changed")
            .hint("`redops session list` shows the sessions there are"));
    }
    targets.trim_sample();

    let total = targets.total;
    let one_line = total <= ONE_LINE_MAX;
    let mut names: Vec<String> = targets
        .sample
        .iter()
        .take(5)
        .map(|s| format!("{}/{}", show_bytes(&s.user), show_bytes(&s.id)))
        .collect();
    if total > 5 {
        names.push(format!("and {} more", total - 5));
    }
    let mut items = Vec::new();
    if one_line {
        targets.for_each(|_, r| {
            items.push(r.prior());
            Ok(())
        })?;
    }
    let plan = Plan {
        command: COMMAND,
        summary: format!(
            "end {total} session(s) of {} user(s): {}",
            targets.users.len(),
            names.join(", "),
        ),
        items,
        context: json!({
            "user": args.user,
            "sessions": args.session,
            "all": args.all,
            "ip": args.filter.ip.map(|n| n.to_string()),
            "device": args.filter.device,
            "targeted": total,
            // The prior values are in the `part` lines of this id, each written before it was
            // applied (`audit restore` reads them).
            "audit_parts": !one_line,
        }),
    };
    if ctx.out.is_table() {
        let now = local_now();
        ctx.out.table(session_table(ctx, &targets.sample, now))?;
        if total > targets.sample.len() {
            ctx.out.say(&format!(
                "(the {} most recently active of {total} shown; -o json lists all)\n",
                targets.sample.len()
            ))?;
        }
    }
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => {
            return if ctx.out.is_table() {
                ctx.out.say(&format!("dry run: would {}\n", plan.summary))?;
                print_skipped_table(ctx, &skipped)
            } else {
                let mut doc = JsonDoc::new(ctx);
                doc.raw("{\"dry_run\":true,\"killed\":[")?;
                targets.for_each(|_, r| doc.item(&r.session().to_json()))?;
                doc.raw("],\"skipped\":[")?;
                for s in &skipped {
                    doc.item(s)?;
                }
                doc.raw("]}")?;
                doc.finish()
            };
        }
        Gate::Proceed(id) => id,
    };
    drop(plan);

    // The change: node by node, concurrently; chunk by chunk within a node.
    let sizing = Sizing::for_budget(ctx.settings.latency_budget);
    let mut runs: Vec<NodeRun> = futures_util::future::join_all(
        targets
            .nodes
            .iter_mut()
            .map(|np| apply_node(ctx, &client, &id, !one_line, np, sizing)),
    )
    .await;

    let count = |c: u8| runs.iter().map(|r| r.count(c)).sum::<usize>();
    let (ended, unknown, not_sent) = (
        count(code::ENDED),
        count(code::UNKNOWN),
        count(code::NOT_SENT),
    );
    let failed_msg = runs
        .iter()
        .find_map(|r| r.failure.as_ref().map(|e| e.message.clone()));
    let interrupted = runs.iter().any(|r| r.interrupted);
    let decided = total - unknown - not_sent;
    let status = if unknown > 0 && decided == 0 && not_sent == 0 {
        "unknown"
    } else if unknown > 0 {
        "partly unknown"
    } else if interrupted {
        "interrupted"
    } else if not_sent > 0 {
        "partial"
    } else if failed_msg.is_some() {
        "failed"
    } else {
        "done"
    };
    let nodes_json: Vec<Value> = runs.iter().map(NodeRun::to_json).collect();
    // The skipped sessions of the write, with the reasons (after those of the read).
    let reasons = |addr: &str, c: u8| -> Option<String> {
        (c != code::ENDED).then(|| {
            runs.iter()
                .find(|r| r.addr == addr)
                .map(|r| r.reason(c))
                .unwrap_or_default()
        })
    };
    let mut outcome = Map::new();
    outcome.insert("status".into(), json!(status));
    if one_line {
        let mut removed = Vec::new();
        let mut write_skipped = skipped.clone();
        let mut pos = vec![0usize; runs.len()];
        targets.for_each(|addr, r| {
            let Some(i) = runs.iter().position(|x| x.addr == addr) else {
                return Ok(());
            };
            let c = runs[i].codes.get(pos[i]).copied().unwrap_or(code::NOT_SENT);
            pos[i] += 1;
            match reasons(addr, c) {
                None => removed.push(r.prior()),
                Some(why) => write_skipped.push(skipped_json(&r.session(), &why)),
            }
            Ok(())
        })?;
        outcome.insert("removed".into(), safety::removed_json(&removed));
        outcome.insert("skipped".into(), Value::Array(write_skipped));
    } else {
        outcome.insert(
            "parts".into(),
            json!(runs.iter().map(|r| r.parts).sum::<usize>()),
        );
        outcome.insert("ended".into(), json!(ended));
        outcome.insert("unknown".into(), json!(unknown));
        outcome.insert("not_sent".into(), json!(not_sent));
    }
    if let Some(e) = &failed_msg {
        outcome.insert("error".into(), json!(e));
    }
    outcome.insert("nodes".into(), Value::Array(nodes_json.clone()));
    safety::record_outcome(ctx, &id, Value::Object(outcome));

    // The report: streamed from the spools, so a million sessions take no more memory.
    let mut shown_skipped = 0usize;
    let mut more_skipped = 0usize;
    if ctx.out.is_table() {
        ctx.out
            .say(&format!("ended {ended} of {total} session(s)\n"))?;
        if runs.len() > 1 || ended < total {
            let mut t = ctx.out.new_table(&[
                "node",
                "targeted",
                "ended",
                "changed/gone",
                "failed",
                "unknown",
                "not sent",
                "redirected",
                "error",
            ]);
            for r in &runs {
                add_row(
                    &mut t,
                    vec![
                        cell(r.addr.clone()),
                        cell(r.codes.len().to_string()),
                        cell(r.count(code::ENDED).to_string()),
                        cell(
                            (r.count(code::CHANGED)
                                + r.count(code::GONE)
                                + r.count(code::WRONG_TYPE))
                            .to_string(),
                        ),
                        cell((r.count(code::FAILED) + r.count(code::UNEXPECTED)).to_string()),
                        cell(r.count(code::UNKNOWN).to_string()),
                        cell(r.count(code::NOT_SENT).to_string()),
                        cell(r.redirected.to_string()),
                        ctx.out.warn_cell(
                            r.stopped
                                .clone()
                                .or_else(|| r.failure.as_ref().map(|e| e.message.clone()))
                                .unwrap_or_default(),
                        ),
                    ],
                );
            }
            ctx.out.table(t)?;
        }
        let mut listed = skipped;
        let mut pos = vec![0usize; runs.len()];
        targets.for_each(|addr, r| {
            let Some(i) = runs.iter().position(|x| x.addr == addr) else {
                return Ok(());
            };
            let c = runs[i].codes.get(pos[i]).copied().unwrap_or(code::NOT_SENT);
            pos[i] += 1;
            if let Some(why) = reasons(addr, c) {
                if listed.len() < SKIPPED_SHOWN {
                    listed.push(skipped_json(&r.session(), &why));
                } else {
                    more_skipped += 1;
                }
            }
            Ok(())
        })?;
        shown_skipped = listed.len();
        print_skipped_table(ctx, &listed)?;
        if more_skipped > 0 {
            ctx.out.say(&format!(
                "and {more_skipped} more skipped session(s) (-o json lists them all)\n"
            ))?;
        }
    } else {
        let mut doc = JsonDoc::new(ctx);
        doc.raw("{\"killed\":[")?;
        let mut pos = vec![0usize; runs.len()];
        targets.for_each(|addr, r| {
            let Some(i) = runs.iter().position(|x| x.addr == addr) else {
                return Ok(());
            };
            let c = runs[i].codes.get(pos[i]).copied().unwrap_or(code::NOT_SENT);
            pos[i] += 1;
            if c == code::ENDED {
                doc.item(&r.session().to_json())?;
            }
            Ok(())
        })?;
        doc.raw("],\"skipped\":[")?;
        for s in &skipped {
            doc.item(s)?;
        }
        let mut pos = vec![0usize; runs.len()];
        targets.for_each(|addr, r| {
            let Some(i) = runs.iter().position(|x| x.addr == addr) else {
                return Ok(());
            };
            let c = runs[i].codes.get(pos[i]).copied().unwrap_or(code::NOT_SENT);
            pos[i] += 1;
            if let Some(why) = reasons(addr, c) {
                doc.item(&skipped_json(&r.session(), &why))?;
            }
            Ok(())
        })?;
        doc.raw("],\"nodes\":")?;
        doc.raw(&serde_json::to_string(&nodes_json).unwrap_or_else(|_| "[]".into()))?;
        doc.raw(&format!(
            ",\"targeted\":{total},\"ended\":{ended},\"unknown\":{unknown},\"not_sent\":{not_sent},\"status\":\"{status}\"}}"
        ))?;
        doc.finish()?;
    }
    let _ = (shown_skipped, more_skipped);

    for r in runs
        .iter()
        .filter(|r| r.stopped.is_some() && !r.interrupted)
    {
        ctx.out.warn(&format!(
            "{}: {} ({} unknown, {} not sent)",
            r.addr,
            r.stopped.as_deref().unwrap_or(""),
            r.count(code::UNKNOWN),
            r.count(code::NOT_SENT)
        ));
    }
    if interrupted {
        return Err(Error::interrupted());
    }
    if unknown > 0 || not_sent > 0 {
        let nodes: Vec<String> = runs
            .iter()
            .filter(|r| r.count(code::UNKNOWN) + r.count(code::NOT_SENT) > 0)
            .map(|r| r.addr.clone())
            .collect();
        return Err(Error::connection(format!(
            "ended {ended} of {total} session(s); outcome unknown for {unknown} (sent, no reply) and {not_sent} not sent, on {}",
            nodes.join(", ")
        ))
        .hint("redops does not retry a write it cannot confirm; run `redops session list` to see what is left, and the same kill again once the node is back"));
    }
    if let Some(e) = runs.iter_mut().find_map(|r| r.failure.take()) {
        // Reported above per node; the command did not do what it was asked to.
        return Err(e);
    }
    if ended == 0 {
        return Err(Error::refused(format!(
            "nothing was ended: {total} session(s) changed or ended since they were read"
        ))
        .hint("run the command again to see the current sessions"));
    }
    Ok(())
}

/// A JSON document written as it is produced (a million sessions are never held as values):
/// with `-o json` an item a line, with `-o ndjson` the whole document on one line (as every
/// other one-document report); values cut to `--max-value-bytes` and masked by `--redact`.
pub(crate) struct JsonDoc<'a> {
    ctx: &'a Ctx,
    buf: String,
    /// No item written yet in the current list (no comma before the next).
    first: bool,
}

impl<'a> JsonDoc<'a> {
    pub(crate) fn new(ctx: &'a Ctx) -> Self {
        JsonDoc {
            ctx,
            buf: String::new(),
            first: true,
        }
    }
    pub(crate) fn raw(&mut self, s: &str) -> Result<()> {
        self.buf.push_str(s);
        self.first = true;
        self.flush_if_big()
    }
    pub(crate) fn item(&mut self, v: &Value) -> Result<()> {
        if !self.first {
            self.buf.push(',');
        }
        self.first = false;
        let capped = self.ctx.out.cap_ref(v);
        let masked;
        let v = if self.ctx.out.redact {
            masked = crate::redact::json(&capped);
            &masked
        } else {
            &*capped
        };
        // `-o ndjson`: the document stays on one line; `-o json`: an item a line.
        if !self.ctx.out.is_ndjson() {
            self.buf.push('\n');
        }
        self.buf
            .push_str(&serde_json::to_string(v).unwrap_or_else(|_| "null".into()));
        self.flush_if_big()
    }
    fn flush_if_big(&mut self) -> Result<()> {
        if self.buf.len() >= 64 << 10 {
            self.ctx.out.print(&std::mem::take(&mut self.buf))?;
        }
        Ok(())
    }
    pub(crate) fn finish(mut self) -> Result<()> {
        self.buf.push('\n');
        self.ctx.out.print(&std::mem::take(&mut self.buf))
    }
}

/// One compare-then-delete script: the sessions `range` of a part (all of one key).
struct Script {
    range: std::ops::Range<usize>,
    cmd: redis::Cmd,
    bytes: usize,
}

/// The scripts for a part: consecutive sessions of one key together, each script within
/// `sizing`.
fn scripts(part: &[Rec], sizing: Sizing) -> Vec<Script> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < part.len() {
        let key = &part[i].key;
        let start = i;
        let mut bytes = key.len();
        while i < part.len()
            && &part[i].key == key
            && i - start < sizing.fields
            && (i == start || bytes + part[i].size() <= sizing.bytes)
        {
            bytes += part[i].size();
            i += 1;
        }
        let mut cmd = redis::cmd("EVAL");
        cmd.arg(session::COMPARE_THEN_HDEL).arg(1).arg(key);
        for r in &part[start..i] {
            cmd.arg(&r.id).arg(&r.raw);
        }
        out.push(Script {
            range: start..i,
            cmd,
            bytes,
        });
    }
    out
}

/// The codes of one script's reply (or `None` for a redirect, followed by the caller).
fn decode(reply: &Reply, n: usize, addr: &str, key: &[u8], failure: &mut Option<Error>) -> Vec<u8> {
    match reply {
        Ok(RValue::Array(v)) if v.len() == n => v
            .iter()
            .map(|c| match reply_int(&Ok(c.clone())) {
                Some(1) => code::ENDED,
                Some(0) => code::CHANGED,
                Some(-1) => code::GONE,
                _ => code::UNEXPECTED,
            })
            .collect(),
        Ok(_) => vec![code::UNEXPECTED; n],
        r if is_wrongtype(r) => vec![code::WRONG_TYPE; n],
        Err(e) => {
            if failure.is_none() {
                *failure = Some(Error::redis(
                    e.clone(),
                    &format!("ending sessions of {} on {addr}", show_bytes(key)),
                ));
            }
            vec![code::FAILED; n]
        }
    }
}

/// Sends one node's sessions, part by part, chunk by chunk; see the module doc.
async fn apply_node(
    ctx: &Ctx,
    client: &Client,
    id: &str,
    in_parts: bool,
    np: &mut NodePlan,
    sizing: Sizing,
) -> NodeRun {
    let total = np.spool.len;
    let mut run = NodeRun {
        addr: np.node.addr.clone(),
        codes: Vec::with_capacity(total),
        stopped: None,
        failure: None,
        redirected: 0,
        redirect_errors: Vec::new(),
        interrupted: false,
        parts: 0,
    };
    let mut reader = match np.spool.reader() {
        Ok(r) => r,
        Err(e) => {
            run.stopped = Some(format!("the sessions to end could not be read back: {e}"));
            run.codes.resize(total, code::NOT_SENT);
            return run;
        }
    };
    // Scripts in the next round trip: one first, then four times more each time, up to
    // PIPELINE_CMDS; a node that died while the prompt waited leaves one script unknown, not
    // a thousand.
    let mut window = 1usize;
    'parts: while run.stopped.is_none() {
        let mut part: Vec<Rec> = Vec::new();
        let mut bytes = 0;
        while part.len() < PART_ITEMS && bytes < PART_BYTES {
            match reader.next() {
                Ok(Some(r)) => {
                    bytes += r.size();
                    part.push(r);
                }
                Ok(None) => break,
                Err(e) => {
                    run.stopped = Some(format!("the sessions to end could not be read back: {e}"));
                    break;
                }
            }
        }
        if part.is_empty() {
            break;
        }
        if ctx.is_interrupted() {
            run.interrupted = true;
            run.stopped = Some("interrupted (Ctrl-C) before it was sent".into());
            break;
        }
        run.parts += 1;
        if in_parts {
            let mut body = Map::new();
            body.insert("node".into(), json!(run.addr));
            body.insert("part".into(), json!(run.parts));
            body.insert(
                "prior".into(),
                Value::Array(part.iter().map(|r| r.prior().to_json()).collect()),
            );
            if let Err(e) = safety::record_part(ctx, id, "part", body) {
                run.stopped = Some(format!(
                    "the audit log could not be written ({e}), so the rest was not sent"
                ));
                break;
            }
        }
        let mut codes = vec![code::NOT_SENT; part.len()];
        let scripts = scripts(&part, sizing);
        let mut i = 0;
        while i < scripts.len() {
            if ctx.is_interrupted() {
                run.interrupted = true;
                run.stopped = Some("interrupted (Ctrl-C) before it was sent".into());
                break;
            }
            let mut n = 0;
            let mut size = 0;
            while i + n < scripts.len()
                && n < window
                && (n == 0 || size + scripts[i + n].bytes <= PIPELINE_BYTES)
            {
                size += scripts[i + n].bytes;
                n += 1;
            }
            let batch = &scripts[i..i + n];
            let cmds: Vec<redis::Cmd> = batch.iter().map(|s| s.cmd.clone()).collect();
            // After Ctrl-C the reply in flight is waited for a moment only (a node that does
            // not answer does not hold the record back): then it is unknown, and the record is
            // written within the grace period.
            let sent = tokio::select! {
                r = client.write_pipeline_on(&np.node, &cmds, false) => r,
                () = async {
                    ctx.cancelled().await;
                    tokio::time::sleep(CTRL_C_WAIT).await;
                } => {
                    run.interrupted = true;
                    Err(Lost::Unknown("interrupted (Ctrl-C) while waiting for the reply".into()))
                }
            };
            match sent {
                Err(Lost::Unknown(e)) => {
                    for s in batch {
                        codes[s.range.clone()].fill(code::UNKNOWN);
                    }
                    run.stopped = Some(format!("no reply: {e}"));
                }
                Err(Lost::NotSent(e)) => {
                    run.stopped = Some(format!("could not be reached: {e}"));
                }
                Ok(replies) => {
                    let mut redirects: Vec<(usize, Redirect)> = Vec::new();
                    for (k, (s, reply)) in batch.iter().zip(&replies).enumerate() {
                        if let Some(r) = redirect_of(reply) {
                            redirects.push((i + k, r));
                            continue;
                        }
                        let c = decode(
                            reply,
                            s.range.len(),
                            &run.addr,
                            &part[s.range.start].key,
                            &mut run.failure,
                        );
                        codes[s.range.clone()].copy_from_slice(&c);
                    }
                    if !redirects.is_empty() {
                        follow(client, &scripts, &part, redirects, &mut codes, &mut run).await;
                    }
                }
            }
            i += n;
            window = (window * 4).min(PIPELINE_CMDS);
            if run.stopped.is_some() {
                break;
            }
        }
        run.codes.extend_from_slice(&codes);
        if in_parts {
            let mut body = Map::new();
            body.insert("node".into(), json!(run.addr));
            body.insert("part".into(), json!(run.parts));
            body.insert(
                "results".into(),
                json!(String::from_utf8_lossy(&codes).into_owned()),
            );
            if let Err(e) = safety::record_part(ctx, id, "part_outcome", body) {
                ctx.out.warn(&format!(
                    "could not append the outcome of part {} on {} to the audit log ({e}); nothing more is sent",
                    run.parts, run.addr
                ));
                run.stopped = Some(format!(
                    "the audit log could not be written ({e}), so the rest was not sent"
                ));
                break 'parts;
            }
        }
    }
    run.codes.resize(total, code::NOT_SENT);
    run
}

/// Follows the redirects of a pipeline's scripts: the same script on the node named (with
/// `ASKING` for `ASK`), up to [`REDIRECT_HOPS`] times. A node that a redirect leads to and
/// that does not answer affects only those scripts.
async fn follow(
    client: &Client,
    scripts: &[Script],
    part: &[Rec],
    mut pending: Vec<(usize, Redirect)>,
    codes: &mut [u8],
    run: &mut NodeRun,
) {
    for _ in 0..REDIRECT_HOPS {
        if pending.is_empty() {
            return;
        }
        run.redirected += pending.len();
        let mut next: Vec<(usize, Redirect)> = Vec::new();
        // One pipeline per (node, ASK or not).
        let mut groups: Vec<(String, bool, Vec<usize>)> = Vec::new();
        for (i, r) in pending.drain(..) {
            let (addr, ask) = match r {
                Redirect::Moved(a) => (a, false),
                Redirect::Ask(a) => (a, true),
            };
            match groups.iter_mut().find(|(a, k, _)| *a == addr && *k == ask) {
                Some((_, _, v)) => v.push(i),
                None => groups.push((addr, ask, vec![i])),
            }
        }
        for (addr, ask, idx) in groups {
            let target = match client.node_at(&addr).await {
                Ok(n) => n,
                Err(e) => {
                    run.redirect_errors.push(format!(
                        "redirected to {addr}, which could not be reached: {}",
                        e.message
                    ));
                    continue; // NOT_SENT stays
                }
            };
            let cmds: Vec<redis::Cmd> = idx.iter().map(|&i| scripts[i].cmd.clone()).collect();
            match client.write_pipeline_on(&target, &cmds, ask).await {
                Err(Lost::Unknown(e)) => {
                    for &i in &idx {
                        codes[scripts[i].range.clone()].fill(code::UNKNOWN);
                    }
                    run.redirect_errors
                        .push(format!("redirected to {addr}: no reply: {e}"));
                }
                Err(Lost::NotSent(e)) => {
                    run.redirect_errors.push(format!(
                        "redirected to {addr}, which could not be reached: {e}"
                    ));
                }
                Ok(replies) => {
                    for (&i, reply) in idx.iter().zip(&replies) {
                        if let Some(r) = redirect_of(reply) {
                            next.push((i, r));
                            continue;
                        }
                        let s = &scripts[i];
                        let c = decode(
                            reply,
                            s.range.len(),
                            &addr,
                            &part[s.range.start].key,
                            &mut run.failure,
                        );
                        codes[s.range.clone()].copy_from_slice(&c);
                    }
                }
            }
        }
        pending = next;
    }
    for (i, _) in pending {
        codes[scripts[i].range.clone()].fill(code::FAILED);
        run.redirect_errors
            .push(format!("redirected more than {REDIRECT_HOPS} times"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(key: &str, id: &str, raw: &[u8]) -> Rec {
        Rec {
            user: b"u".to_vec(),
            key: key.as_bytes().to_vec(),
            id: id.as_bytes().to_vec(),
            raw: raw.to_vec(),
            ttl_ms: Some(5),
            field_ttl_ms: None,
        }
    }

    #[test]
    fn the_spool_gives_back_every_record_in_order_losslessly() {
        let mut s = Spool::new().expect("spool");
        let recs = vec![
            rec("k1", "a", b"\xff\x00v"),
            rec("k1", "b", b""),
            rec("k2", "c", &vec![b'x'; 100_000]),
        ];
        for r in &recs {
            s.push(r).expect("push");
        }
        for _ in 0..2 {
            let mut r = s.reader().expect("reader");
            let mut back = Vec::new();
            while let Some(x) = r.next().expect("next") {
                back.push(x);
            }
            assert_eq!(back, recs);
        }
    }

    #[test]
    fn scripts_keep_to_one_key_and_to_the_sizing() {
        let part: Vec<Rec> = (0..10)
            .map(|i| rec(if i < 7 { "k1" } else { "k2" }, &format!("s{i}"), b"v"))
            .collect();
        let s = scripts(
            &part,
            Sizing {
                fields: 3,
                bytes: 1 << 20,
            },
        );
        let ranges: Vec<_> = s.iter().map(|s| s.range.clone()).collect();
        assert_eq!(ranges, vec![0..3, 3..6, 6..7, 7..10]);
        // A byte cap smaller than one session still sends it, alone.
        let s = scripts(
            &part,
            Sizing {
                fields: 100,
                bytes: 1,
            },
        );
        assert_eq!(s.len(), 10);
    }

    #[test]
    fn the_budget_sizes_the_scripts() {
        let one_ms = Sizing::for_budget(Some(Duration::from_millis(1)));
        assert_eq!(one_ms.fields, 125);
        assert!(Sizing::for_budget(Some(Duration::from_micros(1))).fields >= 1);
        assert_eq!(Sizing::for_budget(None).fields, 10_000);
        assert_eq!(read_page(Some(Duration::from_millis(1))), 333);
        assert_eq!(read_page(None), 10_000);
    }
}
