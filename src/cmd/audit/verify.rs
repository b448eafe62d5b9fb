//! `redops audit verify`: walks the log's hash chain a line at a time and names the first line
//! edited, removed, inserted or moved.

use super::{open_log, read_error};
use crate::audit_log;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Output, Report};
use crate::safety;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub audit: crate::cli::AuditLogArgs,
}

/// What `audit verify` reports: the chain intact or not, what it holds, and the first line that
/// breaks it.
#[derive(Debug, Serialize)]
struct Verification {
    path: String,
    intact: bool,
    lines: usize,
    chained: usize,
    unchained: usize,
    torn_lines: Vec<usize>,
    first_bad_line: Option<usize>,
    problem: Option<String>,
    /// There is no log yet (nothing recorded: nothing to contradict).
    #[serde(skip)]
    missing: bool,
}

impl Report for Verification {
    fn render_table(&self, out: &Output) -> Result<()> {
        let text = match (&self.first_bad_line, &self.problem) {
            _ if self.missing => format!("{}: no audit log yet: nothing to verify\n", self.path),
            (Some(line), Some(problem)) => format!("{}:{line}: {problem}\n", self.path),
            _ => format!(
                "{}: intact: {} chained line(s){}\n",
                self.path,
                self.chained,
                if self.unchained > 0 {
                    format!(
                        ", after {} line(s) from before the chain (not verifiable)",
                        self.unchained
                    )
                } else {
                    String::new()
                }
            ),
        };
        out.print(&text)
    }
}

pub(super) fn run(_args: VerifyArgs, ctx: &Ctx) -> Result<()> {
    let path = safety::audit_path(ctx);
    let shown = path.display().to_string();
    let Some(file) = open_log(ctx)? else {
        // Nothing recorded yet: nothing to contradict (a deleted log is for syslog to show).
        return ctx.out.emit(&Verification {
            path: shown,
            intact: true,
            lines: 0,
            chained: 0,
            unchained: 0,
            torn_lines: Vec::new(),
            first_bad_line: None,
            problem: None,
            missing: true,
        });
    };
    if let Some(w) = audit_log::loose_permissions(&path) {
        ctx.out.warn(&w);
    }
    let found = audit_log::verify(file).map_err(|e| read_error(ctx, e))?;
    for n in &found.torn {
        ctx.out.warn(&format!(
            "{shown}:{n}: an incomplete line (an interrupted write); the chain continues over it"
        ));
    }
    ctx.out.emit(&Verification {
        path: shown.clone(),
        intact: found.broken.is_none(),
        lines: found.lines,
        chained: found.chained,
        unchained: found.unchained,
        torn_lines: found.torn,
        first_bad_line: found.broken.as_ref().map(|b| b.line),
        problem: found.broken.as_ref().map(|b| b.problem.clone()),
        missing: false,
    })?;
    match found.broken {
        None => Ok(()),
        Some(b) => Err(Error::problem(format!(
            "the audit log {shown} was changed: line {}: {}",
            b.line, b.problem
        ))
        .hint("compare with the copy shipped to syslog, and keep this file as evidence")),
    }
}
