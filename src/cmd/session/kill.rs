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
//! audited in parts: before each part of up to [`super::apply::PART_ITEMS`] sessions is sent, a `part` line
//! with their prior values is on disk; after it, a `part_outcome` line gives the fate of each
//! one (`results`, one character per session). An interruption (Ctrl-C, a dead node) leaves a
//! precise record; a crash leaves at most one part per node without its outcome.
//!
//! The reads are shared with `list` ([`super::read`], [`super::scan`]); the spool is in
//! [`super::spool`], the writes and the part lines in [`super::apply`].

use super::apply::{NodeReport, NodeRun, Sizing, apply_node, code};
use super::filter::{Filter, FilterArgs, Verdict};
use super::read::open_user;
use super::scan::{KeyRead, scan_sessions, warn_wrong_type};
use super::spool::{Rec, Targets, spool_error};
use super::table::session_table;
use super::value::{Session, SessionJson, WrongTypeKey};
use crate::audit_log::{Outcome, Skipped as OutcomeSkipped, Status};
use crate::client::Client;
use crate::client::reply::local_now;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{DryRunFlag, JsonStyle, NamedBytes, add_row, cell, show_bytes, to_json};
use crate::safety::{self, Gate, Plan};
use clap::Args;
use serde::Serialize;
use std::io::{BufRead, Write};

#[derive(Debug, Args)]
pub struct KillArgs {
    /// The user whose sessions end (required with --session and --all)
    #[arg(long, value_name = "ID")]
    pub user: Option<String>,

    /// End exactly these sessions of --user (session ids, the hash fields)
    #[arg(long, value_name = "SID", num_args = 1.., requires = "user", conflicts_with_all = ["all", "ip", "device"])]
    pub session: Vec<String>,

    /// Like --session, for session ids that are not UTF-8, given as hex (as in `session_id_hex`)
    #[arg(long, value_name = "HEX", num_args = 1.., requires = "user", conflicts_with_all = ["all", "ip", "device"], value_parser = parse_hex_arg)]
    pub session_hex: Vec<Vec<u8>>,

    /// End every session of --user
    #[arg(long, requires = "user", conflicts_with_all = ["ip", "device"])]
    pub all: bool,

    #[command(flatten)]
    pub filter: FilterArgs,

    // No --replicas: the sessions a kill ends are always read on the primary.
    #[command(flatten)]
    pub scan: crate::cli::WriteScanArgs,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

fn parse_hex_arg(s: &str) -> Result<Vec<u8>, String> {
    crate::output::parse_hex(s)
}

const COMMAND: &str = "session kill";

/// Up to this many sessions, the audit intent line holds every prior value and the outcome
/// line every removed one; beyond it, the kill is audited part by part.
pub const ONE_LINE_MAX: usize = 10_000;

/// Sessions listed as skipped (cannot be judged) at most; the rest are counted.
const SKIPPED_SHOWN: usize = 1_000;

/// What a skipped item is: a session, a key of another type under the pattern, or a session
/// id given with `--session` that does not exist.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum SkippedWhat {
    Session(Box<SessionJson>),
    Key(WrongTypeKey),
    Id {
        user_id: String,
        #[serde(flatten)]
        session_id: NamedBytes,
    },
}

/// A session (or key) that will not be ended, and why: in the report's and the audit
/// outcome's `skipped`.
#[derive(Debug, Serialize)]
struct Skipped {
    #[serde(flatten)]
    what: SkippedWhat,
    reason: String,
}

impl Skipped {
    fn session(s: &Session, reason: impl Into<String>) -> Skipped {
        Skipped {
            what: SkippedWhat::Session(Box::new(s.json())),
            reason: reason.into(),
        }
    }

    /// The user, as the JSON shows it.
    fn user(&self) -> String {
        match &self.what {
            SkippedWhat::Session(s) => show_bytes(&s.user_id.bytes),
            SkippedWhat::Key(k) => show_bytes(&k.user_id.bytes),
            SkippedWhat::Id { user_id, .. } => user_id.clone(),
        }
    }

    /// The session id, or the key, as the JSON shows it.
    fn what(&self) -> String {
        match &self.what {
            SkippedWhat::Session(s) => show_bytes(&s.session_id.bytes),
            SkippedWhat::Key(k) => show_bytes(&k.key.bytes),
            SkippedWhat::Id { session_id, .. } => show_bytes(&session_id.bytes),
        }
    }
}

/// The audit context of a kill: what was asked and how many sessions it targets.
#[derive(Serialize)]
struct KillContext<'a> {
    user: &'a Option<String>,
    sessions: &'a [String],
    all: bool,
    ip: Option<String>,
    device: &'a Option<String>,
    targeted: usize,
    /// The prior values are in the `part` lines of this id, each written before it was
    /// applied (`audit restore` reads them).
    audit_parts: bool,
}

/// The last fields of the JSON report, after the streamed `killed` and `skipped` lists.
#[derive(Serialize)]
struct KillTotals {
    nodes: Vec<NodeReport>,
    targeted: usize,
    ended: usize,
    unknown: usize,
    not_sent: usize,
    status: Status,
}

/// Every spooled session with what became of it (its code in its node's run; not sent when
/// the run stopped before it), in the order they were sent.
fn each_fate(
    targets: &mut Targets,
    runs: &[NodeRun],
    mut each: impl FnMut(&NodeRun, Rec, u8) -> Result<()>,
) -> Result<()> {
    targets.for_each(|n, pos, rec| {
        let Some(run) = runs.get(n) else {
            return Ok(());
        };
        let c = run.codes.get(pos).copied().unwrap_or(code::NOT_SENT);
        each(run, rec, c)
    })
}

pub async fn run(args: KillArgs, ctx: &Ctx) -> Result<()> {
    safety::preflight(ctx, COMMAND)?;
    let filter = Filter::from_args(&args.filter);
    let client = ctx.connect_for_writes().await?;

    // Round trip 1 (or the scan): what matches, exactly as it will be shown and compared.
    let (mut targets, skipped) = match &args.user {
        Some(user) => read_user(ctx, &client, &args, user, &filter).await?,
        None => scan_targets(ctx, &client, &args, &filter).await?,
    };
    if targets.total == 0 {
        for s in &skipped {
            ctx.out.warn(&format!("{}: {}", s.what(), s.reason));
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
        targets.for_each(|_, _, r| {
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
        context: to_json(&KillContext {
            user: &args.user,
            sessions: &args.session,
            all: args.all,
            ip: args.filter.ip.map(|n| n.to_string()),
            device: &args.filter.device,
            targeted: total,
            audit_parts: !one_line,
        })?,
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
        Gate::DryRun => return dry_run(ctx, &plan, &mut targets, &skipped),
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
        Status::Unknown
    } else if unknown > 0 {
        Status::PartlyUnknown
    } else if interrupted {
        Status::Interrupted
    } else if not_sent > 0 {
        Status::Partial
    } else if failed_msg.is_some() {
        Status::Failed
    } else {
        Status::Done
    };
    let nodes: Vec<NodeReport> = runs.iter().map(NodeRun::report).collect();
    let mut outcome = Outcome::new(status.clone());
    if one_line {
        let mut removed = Vec::new();
        // The skipped sessions of the write, with the reasons (after those of the read).
        let mut write_skipped = skipped.iter().map(to_json).collect::<Result<Vec<_>>>()?;
        each_fate(&mut targets, &runs, |run, r, c| {
            if c == code::ENDED {
                removed.push(r.prior());
            } else {
                write_skipped.push(to_json(&Skipped::session(&r.session(), run.reason(c)))?);
            }
            Ok(())
        })?;
        outcome = outcome
            .removed(&removed)
            .skipped(OutcomeSkipped::Items(write_skipped));
    } else {
        outcome = outcome
            .with("parts", runs.iter().map(|r| r.parts).sum::<usize>())
            .with("ended", ended)
            .with("unknown", unknown)
            .with("not_sent", not_sent);
    }
    if let Some(e) = &failed_msg {
        outcome = outcome.error(e.clone());
    }
    safety::record_outcome(ctx, &id, outcome.with("nodes", to_json(&nodes)?));

    // The report: streamed from the spools, so a million sessions take no more memory.
    if ctx.out.is_table() {
        report_table(ctx, &runs, &mut targets, skipped)?;
    } else {
        let totals = KillTotals {
            nodes,
            targeted: total,
            ended,
            unknown,
            not_sent,
            status,
        };
        report_json(ctx, &runs, &mut targets, &skipped, &totals)?;
    }

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

/// The sessions of `--user` to end (`--session`/`--session-hex`, `--all`, or the filters),
/// read page by page and spooled, and those that will not be, with why.
async fn read_user(
    ctx: &Ctx,
    client: &Client,
    args: &KillArgs,
    user: &str,
    filter: &Filter,
) -> Result<(Targets, Vec<Skipped>)> {
    let mut targets = Targets::new();
    let mut skipped: Vec<Skipped> = Vec::new();
    let mut hash = open_user(client, ctx, user, false).await?;
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
    while let Some(page) = hash.next_page(client).await? {
        for s in page {
            if !wanted.is_empty() {
                if wanted_left.remove(s.id.as_slice()) {
                    targets.add(client, s)?;
                }
                continue;
            }
            match filter.judge(&s.value, hash.now) {
                Verdict::Match => targets.add(client, s)?,
                Verdict::NoMatch => {}
                Verdict::Undecided(why) => {
                    undecided += 1;
                    if undecided <= SKIPPED_SHOWN {
                        skipped.push(Skipped::session(
                            &s,
                            format!(
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
            skipped.push(Skipped {
                what: SkippedWhat::Id {
                    user_id: user.to_owned(),
                    session_id: NamedBytes::new("session_id", sid.as_slice()),
                },
                reason: "no such session".into(),
            });
        }
    }
    Ok((targets, skipped))
}

/// The sessions the filters match on every primary (spooled as the walk finds them), and
/// those that will not be ended, with why. A partial walk is an error: nothing is changed.
async fn scan_targets(
    ctx: &Ctx,
    client: &Client,
    args: &KillArgs,
    filter: &Filter,
) -> Result<(Targets, Vec<Skipped>)> {
    let mut targets = Targets::new();
    let mut skipped: Vec<Skipped> = Vec::new();
    let mut wrong_keys = Vec::new();
    // Sessions that cannot be judged beyond the SKIPPED_SHOWN listed: counted only.
    let mut not_listed = 0usize;
    let now = local_now();
    let skip = |raw: &[u8]| filter.surely_rejects(raw, now);
    let coverage = scan_sessions(ctx, client, &(&args.scan).into(), &skip, |read| {
        match read {
            KeyRead::WrongType { key, user } => {
                skipped.push(Skipped {
                    what: SkippedWhat::Key(WrongTypeKey::new(&key, &user)),
                    reason: "not a hash (WRONGTYPE)".into(),
                });
                wrong_keys.push(key);
            }
            KeyRead::Hash { sessions, .. } => {
                for s in sessions {
                    match filter.judge(&s.value, now) {
                        Verdict::Match => targets.add(client, s)?,
                        Verdict::NoMatch => {}
                        Verdict::Undecided(_) if skipped.len() >= SKIPPED_SHOWN => {
                            not_listed += 1;
                        }
                        Verdict::Undecided(why) => skipped.push(Skipped::session(
                            &s,
                            format!("cannot be matched against the filters ({why}); end it with --user and --session"),
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
    Ok((targets, skipped))
}

/// `--dry-run`: what would be ended and what would not (the JSON streamed from the spools).
fn dry_run(ctx: &Ctx, plan: &Plan, targets: &mut Targets, skipped: &[Skipped]) -> Result<()> {
    if ctx.out.is_table() {
        ctx.out.say(&format!("dry run: would {}\n", plan.summary))?;
        print_skipped_table(ctx, skipped)
    } else {
        let mut doc = ctx.out.stream_doc(JsonStyle::ITEM_LINES);
        doc.fields(&DryRunFlag { dry_run: true })?;
        doc.list("killed")?;
        targets.for_each(|_, _, r| doc.item(&r.session().json()))?;
        doc.end_list();
        doc.list("skipped")?;
        for s in skipped {
            doc.item(s)?;
        }
        doc.end_list();
        doc.finish()
    }
}

/// The report as a table: how many were ended, per node when it matters, and what was
/// skipped (the first [`SKIPPED_SHOWN`], then a count).
fn report_table(
    ctx: &Ctx,
    runs: &[NodeRun],
    targets: &mut Targets,
    skipped: Vec<Skipped>,
) -> Result<()> {
    let total = targets.total;
    let ended: usize = runs.iter().map(|r| r.count(code::ENDED)).sum();
    let mut more_skipped = 0usize;
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
        for r in runs {
            add_row(
                &mut t,
                vec![
                    cell(r.addr.clone()),
                    cell(r.codes.len().to_string()),
                    cell(r.count(code::ENDED).to_string()),
                    cell(
                        (r.count(code::CHANGED) + r.count(code::GONE) + r.count(code::WRONG_TYPE))
                            .to_string(),
                    ),
                    cell((r.count(code::FAILED) + r.count(code::UNEXPECTED)).to_string()),
                    cell(r.count(code::UNKNOWN).to_string()),
                    cell(r.count(code::NOT_SENT).to_string()),
                    cell(r.redirected.to_string()),
                    ctx.out.warn_cell(r.error().unwrap_or_default()),
                ],
            );
        }
        ctx.out.table(t)?;
    }
    let mut listed = skipped;
    each_fate(targets, runs, |run, r, c| {
        if c != code::ENDED {
            if listed.len() < SKIPPED_SHOWN {
                listed.push(Skipped::session(&r.session(), run.reason(c)));
            } else {
                more_skipped += 1;
            }
        }
        Ok(())
    })?;
    print_skipped_table(ctx, &listed)?;
    if more_skipped > 0 {
        ctx.out.say(&format!(
            "and {more_skipped} more skipped session(s) (-o json lists them all)\n"
        ))?;
    }
    Ok(())
}

/// The report as one JSON document, streamed: the sessions ended, those skipped (by the read,
/// then by the write), then the totals; the spools are read once.
fn report_json(
    ctx: &Ctx,
    runs: &[NodeRun],
    targets: &mut Targets,
    skipped: &[Skipped],
    totals: &KillTotals,
) -> Result<()> {
    let mut doc = ctx.out.stream_doc(JsonStyle::ITEM_LINES);
    doc.list("killed")?;
    // One walk of the spools: the sessions ended go out as they come; those the write
    // skipped wait, rendered, in a temp file until the list of the skipped is open.
    let mut later = LaterItems::new()?;
    each_fate(targets, runs, |run, r, c| {
        let s = r.session();
        if c == code::ENDED {
            doc.item(&s.json())
        } else {
            later.push(&doc.render(&Skipped::session(&s, run.reason(c)))?)
        }
    })?;
    doc.end_list();
    doc.list("skipped")?;
    for s in skipped {
        doc.item(s)?;
    }
    later.each(|text| doc.rendered(text))?;
    doc.end_list();
    doc.fields(totals)?;
    doc.finish()
}

fn print_skipped_table(ctx: &Ctx, skipped: &[Skipped]) -> Result<()> {
    if skipped.is_empty() {
        return Ok(());
    }
    let mut t = ctx
        .out
        .new_table(&["user", "session / key", "skipped because"]);
    for s in skipped {
        add_row(
            &mut t,
            vec![
                cell(s.user()),
                cell(s.what()),
                ctx.out.warn_cell(s.reason.clone()),
            ],
        );
    }
    ctx.out.table(t)
}

/// Items of a JSON report rendered before their list is open, kept in an unlinked temp file
/// (0600) a line each (a rendered item has no newline), so that their number does not
/// matter.
struct LaterItems {
    file: std::io::BufWriter<std::fs::File>,
    len: usize,
}

impl LaterItems {
    fn new() -> Result<LaterItems> {
        Ok(LaterItems {
            file: std::io::BufWriter::new(tempfile::tempfile().map_err(spool_error)?),
            len: 0,
        })
    }

    fn push(&mut self, text: &str) -> Result<()> {
        self.file
            .write_all(text.as_bytes())
            .and_then(|()| self.file.write_all(b"\n"))
            .map_err(spool_error)?;
        self.len += 1;
        Ok(())
    }

    /// Each item, in the order pushed.
    fn each(self, mut each: impl FnMut(&str) -> Result<()>) -> Result<()> {
        if self.len == 0 {
            return Ok(());
        }
        let mut f = self
            .file
            .into_inner()
            .map_err(|e| spool_error(e.into_error()))?;
        std::io::Seek::rewind(&mut f).map_err(spool_error)?;
        for line in std::io::BufReader::new(f).lines() {
            each(&line.map_err(spool_error)?)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmd::session::value::parse_session_value;

    /// What the report's and the audit outcome's `skipped` hold, key for key.
    #[test]
    fn skipped_items_are_the_session_the_key_or_the_id_with_the_reason() {
        let raw = br#"{"session_id":"s1","device_type":"web","reason":"app's"}"#;
        let s = Session {
            user: b"\xfe".to_vec(),
            key: b"sessions:user:\xfe".to_vec(),
            id: b"s1".to_vec(),
            value: parse_session_value(raw, b"s1"),
            raw: raw.to_vec(),
            ttl_ms: None,
            field_ttl_ms: Some(5),
        };
        let j = to_json(&Skipped::session(&s, "why")).unwrap();
        let keys: Vec<&str> = j.as_object().unwrap().keys().map(String::as_str).collect();
        // An application field named `reason` keeps its place and takes the reason.
        assert_eq!(
            keys,
            [
                "user_id",
                "user_id_hex",
                "session_id",
                "device_type",
                "ip_address",
                "created_at",
                "last_active",
                "reason",
                "ttl_ms",
                "field_ttl_ms",
                "value",
                "error"
            ]
        );
        assert_eq!(j["reason"], "why");
        let k = Skipped {
            what: SkippedWhat::Key(WrongTypeKey::new(b"sessions:user:x", b"x")),
            reason: "not a hash (WRONGTYPE)".into(),
        };
        assert_eq!(
            serde_json::to_string(&to_json(&k).unwrap()).unwrap(),
            r#"{"user_id":"x","key":"sessions:user:x","error":"not a hash (WRONGTYPE): not a sessions key; skipped","reason":"not a hash (WRONGTYPE)"}"#
        );
        let id = Skipped {
            what: SkippedWhat::Id {
                user_id: "7".into(),
                session_id: NamedBytes::new("session_id", b"\xff".as_slice()),
            },
            reason: "no such session".into(),
        };
        assert_eq!(
            serde_json::to_string(&to_json(&id).unwrap()).unwrap(),
            r#"{"user_id":"7","session_id":"\\xff","session_id_hex":"ff","reason":"no such session"}"#
        );
        assert_eq!((id.user(), id.what()), ("7".to_owned(), "\\xff".to_owned()));
    }
}
