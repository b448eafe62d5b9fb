//! `redops session list`: one user's sessions (`--user`, one round trip), or every session
//! hash the scan finds, filtered; `--summary` counts instead of rows.

use super::filter::{Filter, FilterArgs, Verdict};
use super::read::{connect_for_user, open_user};
use super::scan::{KeyRead, scan_sessions, warn_wrong_type};
use super::table::{TABLE_ROWS, hint_malformed, session_table};
use super::value::{Session, SessionJson, WrongTypeKey, sort_sessions};
use crate::cli::parse_duration;
use crate::client::reply::local_now;
use crate::client::walk::ReplicaRead;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{JsonStream, JsonStyle, Output, Report, add_row, cell, show_bytes};
use clap::Args;
use comfy_table::{Cell, Table};
use serde::Serialize;
use std::collections::BTreeMap;
use std::time::Duration;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this user's sessions (the key sessions:user:{ID}), in one round trip
    #[arg(long, value_name = "ID")]
    pub user: Option<String>,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Last activity longer ago than this (e.g. 30m, 12h), by the server's clock
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub idle_over: Option<Duration>,

    /// Last activity within this long (e.g. 5m), by the server's clock
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub active_within: Option<Duration>,

    /// Only users holding more than N sessions (with --summary: the limit counted against)
    #[arg(long, value_name = "N", conflicts_with = "user")]
    pub over_limit: Option<u64>,

    /// Counts instead of rows: users, sessions, by device, users over the limit, hashes without TTL
    #[arg(long, conflicts_with = "user")]
    pub summary: bool,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<()> {
    if args.user.is_some() {
        list_user(args, ctx).await
    } else {
        list_all(args, ctx).await
    }
}

fn list_filter(a: &ListArgs) -> Filter {
    Filter {
        idle_over: a.idle_over,
        active_within: a.active_within,
        ..Filter::from_args(&a.filter)
    }
}

/// One item of a session listing: a session, or a key of another type under the pattern.
#[derive(Serialize)]
#[serde(untagged)]
enum ListItem<'a> {
    Session(Box<SessionJson>),
    WrongType(&'a WrongTypeKey),
}

/// Up to this many matching sessions are sorted (newest activity first) before they are
/// shown; beyond it, JSON and NDJSON are written page by page in scan order, so memory stays
/// bounded by the page whatever the size of the hash.
const SORTED_MAX: usize = 10_000;

/// How a listing too long to sort (and every NDJSON listing) is streamed: one-line items,
/// indented; with `--redact` each item is masked by its field names, as a sorted listing is
/// (`session_id`, `value`, `ip`...), then cut to `--max-value-bytes`.
const STREAMED: JsonStyle = JsonStyle::INDENTED_LINES;

/// Where the sessions of a listing go as they are read: held and sorted while few, then
/// streamed (JSON, NDJSON) or cut to the newest [`TABLE_ROWS`] (table).
struct SessionSink<'a> {
    ctx: &'a Ctx,
    held: Vec<Session>,
    /// The JSON/NDJSON list, once started (the list was too long to sort).
    stream: Option<JsonStream<'a>>,
    /// Sessions matched in all.
    matched: usize,
    /// Matching sessions whose field has no TTL of its own.
    without_field_ttl: usize,
    /// Malformed values among the matching sessions.
    malformed: usize,
    /// Table rows were dropped (only the newest kept).
    cut: bool,
    /// JSON items that follow the sessions (keys of another type under the pattern).
    extra: Vec<WrongTypeKey>,
}

impl<'a> SessionSink<'a> {
    fn new(ctx: &'a Ctx) -> Self {
        SessionSink {
            ctx,
            held: Vec::new(),
            stream: None,
            matched: 0,
            without_field_ttl: 0,
            malformed: 0,
            cut: false,
            extra: Vec::new(),
        }
    }

    fn push(&mut self, s: Session) {
        self.matched += 1;
        if s.field_ttl_ms.is_none() {
            self.without_field_ttl += 1;
        }
        if s.value.error.is_some() {
            self.malformed += 1;
        }
        self.held.push(s);
    }

    /// After each page: stream or cut what is held once it is more than can be sorted.
    fn flush_page(&mut self) -> Result<()> {
        if self.held.len() <= SORTED_MAX && self.stream.is_none() {
            return Ok(());
        }
        if self.ctx.out.is_table() {
            sort_sessions(&mut self.held);
            self.held.truncate(TABLE_ROWS);
            self.cut = true;
            return Ok(());
        }
        let list = self
            .stream
            .get_or_insert_with(|| self.ctx.out.stream_list(STREAMED));
        for s in self.held.drain(..) {
            list.item(&s.json())?;
        }
        list.flush()
    }

    /// Writes what is left: a sorted list, the end of a streamed one, or the table.
    fn finish(mut self, now: f64) -> Result<()> {
        if self.stream.is_some() {
            self.flush_page()?;
            if let Some(mut list) = self.stream.take() {
                for item in &self.extra {
                    list.item(item)?;
                }
                list.finish()?;
            }
            return Ok(());
        }
        sort_sessions(&mut self.held);
        if self.held.len() > TABLE_ROWS && self.ctx.out.is_table() {
            self.held.truncate(TABLE_ROWS);
            self.cut = true;
        }
        let items: Vec<ListItem> = if self.ctx.out.is_table() {
            Vec::new()
        } else {
            self.held
                .iter()
                .map(|s| ListItem::Session(Box::new(s.json())))
                .chain(self.extra.iter().map(ListItem::WrongType))
                .collect()
        };
        if self.ctx.out.is_table() && self.held.is_empty() {
            self.ctx.out.hint("no sessions match");
            return Ok(());
        }
        self.ctx.out.emit_list(&items, || {
            self.ctx.out.table(session_table(self.ctx, &self.held, now))
        })?;
        hint_malformed(self.ctx, self.malformed);
        if self.cut {
            self.ctx.out.hint(&format!(
                "showing the {} most recently active of {} matching sessions; `-o ndjson` lists every one",
                self.held.len(),
                self.matched
            ));
        }
        Ok(())
    }
}

async fn list_user(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let user = args.user.clone().unwrap_or_default();
    let filter = list_filter(&args);
    let with_time = ctx.out.is_table() || filter.needs_clock();
    let client = connect_for_user(ctx, &user, with_time).await?;
    let mut hash = open_user(&client, ctx, &user, with_time).await?;
    let now = hash.now;
    let mut sink = SessionSink::new(ctx);
    while let Some(page) = hash.next_page(&client).await? {
        for s in page {
            if filter.judge(&s.value, now) != Verdict::NoMatch {
                sink.push(s);
            }
        }
        sink.flush_page()?;
    }
    if sink.matched == 0 {
        return Err(if hash.fields == 0 {
            Error::not_found(format!(
                "user {user} has no sessions (no key {})",
                show_bytes(&hash.key)
            ))
        } else {
            Error::not_found(format!(
                "none of user {user}'s {} session(s) match the filters",
                hash.fields
            ))
        });
    }
    let (matched, forever) = (sink.matched, sink.without_field_ttl);
    sink.finish(now)?;
    if ctx.out.is_table() && hash.ttl_ms.is_none() && forever > 0 {
        ctx.out.hint(&format!(
            "{} has no TTL: {} never expire on their own",
            show_bytes(&hash.key),
            if forever == matched {
                "these sessions".to_string()
            } else {
                format!("the {forever} sessions without a TTL of their own")
            }
        ));
    }
    Ok(())
}

async fn list_all(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let filter = list_filter(&args);
    let client = ctx.connect().await?;
    let now = if (ctx.out.is_table() && !args.summary) || filter.needs_clock() {
        client.server_time().await?
    } else {
        local_now()
    };
    let streaming = ctx.out.is_ndjson();
    let mut summary = Summary {
        limit: args.over_limit,
        ..Default::default()
    };
    // Sessions for a table or a JSON document: sorted while few, then streamed or cut.
    let mut sink = SessionSink::new(ctx);
    let mut wrong_keys: Vec<Vec<u8>> = Vec::new();
    // ndjson lines, written out in blocks rather than one write a session.
    let mut lines = ctx.out.stream_list(STREAMED);
    let skip = |raw: &[u8]| filter.surely_rejects(raw, now);
    let coverage = scan_sessions(ctx, &client, &args.scan, &skip, |read| match read {
        KeyRead::WrongType { key, user } => {
            summary.wrong_type_keys += 1;
            let item = WrongTypeKey::new(&key, &user);
            wrong_keys.push(key);
            if args.summary {
                Ok(())
            } else if streaming {
                lines.item(&item)
            } else {
                sink.extra.push(item);
                Ok(())
            }
        }
        KeyRead::Hash {
            ttl_ms,
            total,
            sessions,
            first,
            ..
        } => {
            if !args.summary
                && let Some(limit) = args.over_limit
                && total as u64 <= limit
            {
                return Ok(());
            }
            let matching: Vec<Session> = sessions
                .into_iter()
                .filter(|s| filter.judge(&s.value, now) != Verdict::NoMatch)
                .collect();
            if args.summary {
                summary.add_part(&matching.iter().collect::<Vec<_>>(), total, ttl_ms, first);
                return Ok(());
            }
            if streaming {
                for s in &matching {
                    lines.item(&s.json())?;
                }
            } else {
                for s in matching {
                    sink.push(s);
                }
                sink.flush_page()?;
            }
            Ok(())
        }
    })
    .await;
    let coverage = match coverage {
        Ok(c) => c,
        // Sessions already streamed to stdout are not the whole answer: say so (a JSON
        // document is left unterminated, so that no parser takes it for a whole one).
        Err(e) if streaming || sink.stream.is_some() => {
            return Err(e.hint(
                "partial: the sessions already written to stdout are only those read before \
                 this error; the listing is incomplete",
            ));
        }
        Err(e) => return Err(e),
    };
    lines.flush()?;
    for k in &wrong_keys {
        warn_wrong_type(ctx, k);
    }
    if args.summary {
        ctx.out
            .emit(&summary.report(coverage.replicas.as_deref()))?;
    } else if !streaming {
        sink.finish(now)?;
    }
    coverage.conclude(ctx)
}

/// Counts for `session list --summary`.
#[derive(Debug, Default)]
pub struct Summary {
    pub users: u64,
    pub sessions: u64,
    pub by_device: BTreeMap<String, u64>,
    pub limit: Option<u64>,
    pub users_over_limit: u64,
    pub max_sessions_per_user: u64,
    pub hashes_without_ttl: u64,
    pub malformed_values: u64,
    pub wrong_type_keys: u64,
    /// The current hash's user is counted in `users` (its later parts do not count again).
    user_counted: bool,
}

impl Summary {
    /// Adds one part of a user's hash (a huge hash comes in pages); `first` for its first part.
    pub fn add_part(
        &mut self,
        matching: &[&Session],
        total: usize,
        ttl_ms: Option<i64>,
        first: bool,
    ) {
        if first {
            self.user_counted = false;
        } else {
            self.add_sessions(matching);
            return;
        }
        if ttl_ms.is_none() {
            self.hashes_without_ttl += 1;
        }
        if let Some(limit) = self.limit
            && total as u64 > limit
        {
            self.users_over_limit += 1;
        }
        self.max_sessions_per_user = self.max_sessions_per_user.max(total as u64);
        self.add_sessions(matching);
    }

    fn add_sessions(&mut self, matching: &[&Session]) {
        if matching.is_empty() {
            return;
        }
        if !self.user_counted {
            self.users += 1;
            self.user_counted = true;
        }
        for s in matching {
            self.sessions += 1;
            if s.value.error.is_some() {
                self.malformed_values += 1;
            }
            let device = s
                .value
                .device_type
                .clone()
                .unwrap_or_else(|| "(unknown)".into());
            *self.by_device.entry(device).or_default() += 1;
        }
    }

    /// The `--summary` report; `replicas`: the replicas read (`--replicas`).
    pub fn report<'a>(&'a self, replicas: Option<&'a [ReplicaRead]>) -> SummaryReport<'a> {
        SummaryReport {
            users: self.users,
            sessions: self.sessions,
            by_device: &self.by_device,
            limit: self.limit,
            users_over_limit: self.limit.map(|_| self.users_over_limit),
            max_sessions_per_user: self.max_sessions_per_user,
            hashes_without_ttl: self.hashes_without_ttl,
            malformed_values: self.malformed_values,
            wrong_type_keys: self.wrong_type_keys,
            replicas,
        }
    }
}

/// `session list --summary`: the counts (`users_over_limit` is null without `--over-limit`),
/// and with `--replicas` the replicas read and their lag.
#[derive(Debug, Serialize)]
pub struct SummaryReport<'a> {
    pub users: u64,
    pub sessions: u64,
    pub by_device: &'a BTreeMap<String, u64>,
    pub limit: Option<u64>,
    pub users_over_limit: Option<u64>,
    pub max_sessions_per_user: u64,
    pub hashes_without_ttl: u64,
    pub malformed_values: u64,
    pub wrong_type_keys: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<&'a [ReplicaRead]>,
}

impl Report for SummaryReport<'_> {
    fn render_table(&self, out: &Output) -> Result<()> {
        out.table(summary_table(out, self))
    }
}

fn summary_table(out: &Output, s: &SummaryReport) -> Table {
    let mut t = out.new_table(&["", "count"]);
    let mut row = |name: String, v: Cell| {
        add_row(&mut t, vec![cell(name), v]);
    };
    row("users".into(), cell(s.users));
    row("sessions".into(), cell(s.sessions));
    for (d, n) in s.by_device {
        row(format!("  on {d}"), cell(n));
    }
    if let (Some(l), Some(over)) = (s.limit, s.users_over_limit) {
        let c = if over > 0 {
            out.warn_cell(over.to_string())
        } else {
            cell(0)
        };
        row(format!("users over {l} sessions"), c);
    }
    row(
        "most sessions of one user".into(),
        cell(s.max_sessions_per_user),
    );
    let c = if s.hashes_without_ttl > 0 {
        out.alert_cell(s.hashes_without_ttl.to_string())
    } else {
        cell(0)
    };
    row("hashes without TTL".into(), c);
    row("malformed values".into(), cell(s.malformed_values));
    row("keys of another type".into(), cell(s.wrong_type_keys));
    t
}
