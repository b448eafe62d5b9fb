//! `redops sentinel failover`: a confirmed, audited failover that waits for the new primary.

use crate::audit_log::{Outcome, Status};
use crate::client::reply::value_str;
use crate::client::sentinel::{Sentinels, get_master_addr, host_port, parse_addr};
use crate::context::Ctx;
use crate::error::{Error, Result, redact_text};
use crate::output::{Output, Report};
use crate::safety::{self, Gate, Plan};
use clap::Args;
use std::time::{Duration, Instant};

#[derive(Debug, Args)]
pub struct FailoverArgs {
    /// The name the sentinels monitor the primary under
    #[arg(id = "master_name", value_name = "MASTER")]
    pub master: String,

    /// How long to wait for the new primary (500ms, 30s, 2m)
    #[arg(long, value_name = "DUR", default_value = "30s", value_parser = crate::cli::parse_duration)]
    pub wait: Duration,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

const COMMAND: &str = "sentinel failover";

pub async fn run(args: FailoverArgs, ctx: &Ctx) -> Result<()> {
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
        Some(Ok(v)) => value_str(v).unwrap_or_default(),
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
        context: crate::output::to_json(&PlanContext {
            master: m,
            primary: &old,
            sentinel: &via,
        })?,
    };
    let id = match safety::gate(ctx, &plan).await? {
        Gate::DryRun => {
            return safety::report_dry_run(
                ctx,
                &plan,
                &DryRunReport {
                    master: m,
                    primary: &old,
                    sentinel: &via,
                    ckquorum: &quorum,
                    dry_run: true,
                },
            );
        }
        Gate::Proceed(id) => id,
    };
    // Only the primary the operator was shown is failed over: if the sentinels already name
    // another one (a failover at the prompt), nothing is asked.
    let started = Instant::now();
    let current = sentinels.primary_of(m).await.inspect_err(|e| {
        safety::record_outcome(
            ctx,
            &id,
            Outcome::new(Status::NotSent).error(e.message.clone()),
        );
    })?;
    let (asked, current) = (current.0, host_port(&current.1, current.2));
    if current != old {
        safety::record_outcome(
            ctx,
            &id,
            Outcome::new(Status::PrimaryChanged).with("primary_now", current.as_str()),
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
            safety::record_outcome(ctx, &id, Outcome::new(Status::Unknown).error(e.as_str()));
            return Err(Error::connection(format!(
                "fail over '{m}': outcome unknown: SENTINEL FAILOVER to {asked} got no answer ({e})"
            ))
            .hint("redops does not retry it; `redops sentinel status` shows whether the failover started"));
        }
    };
    if let Some(Err(e)) = r.first() {
        let text = redact_text(&e.to_string());
        safety::record_outcome(ctx, &id, Outcome::new(Status::Refused).error(text.as_str()));
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
                Outcome::new(Status::Unknown).with("primary_before", old.as_str()),
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
        Outcome::new(Status::Done)
            .with("primary_before", old.as_str())
            .with("primary_after", new.as_str())
            .with("elapsed_ms", elapsed.as_millis() as u64),
    );
    ctx.out.emit(&FailoverReport {
        master: m,
        primary_before: &old,
        primary_after: &new,
        sentinel: &via,
        elapsed_ms: elapsed.as_millis() as u64,
        audit_id: &id,
        elapsed,
    })
}

/// What the plan (and its audit line) names: the primary to fail over, and where it was asked.
#[derive(Debug, serde::Serialize)]
struct PlanContext<'a> {
    master: &'a str,
    primary: &'a str,
    sentinel: &'a str,
}

/// What `--dry-run` prints (JSON): the primary that would be failed over, and CKQUORUM.
#[derive(Debug, serde::Serialize)]
pub struct DryRunReport<'a> {
    pub master: &'a str,
    pub primary: &'a str,
    pub sentinel: &'a str,
    pub ckquorum: &'a str,
    pub dry_run: bool,
}

/// What a failover that went through prints.
#[derive(Debug, serde::Serialize)]
pub struct FailoverReport<'a> {
    pub master: &'a str,
    pub primary_before: &'a str,
    pub primary_after: &'a str,
    pub sentinel: &'a str,
    pub elapsed_ms: u64,
    pub audit_id: &'a str,
    /// How long it took, for the table (`elapsed_ms` in JSON).
    #[serde(skip)]
    pub elapsed: Duration,
}

impl Report for FailoverReport<'_> {
    fn render_table(&self, out: &Output) -> Result<()> {
        out.print(&format!(
            "failed over '{}': the primary was {}, it is now {} (took {})\n",
            self.master,
            self.primary_before,
            self.primary_after,
            crate::output::human_duration(self.elapsed)
        ))
    }
}
