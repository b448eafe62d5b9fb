//! `redops sentinel status`: whether Sentinel itself is healthy.

use super::model::{MasterStatus, master_status, monitored_names};
use crate::client::sentinel::Sentinels;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Output, Report, add_row, cell, human_bytes, human_ms};
use clap::Args;

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The name the sentinels monitor the primary under (default: the URL's or --master; without
    /// either, every primary the sentinels monitor)
    #[arg(id = "master_name", value_name = "MASTER")]
    pub master: Option<String>,
}

pub async fn run(args: StatusArgs, ctx: &Ctx) -> Result<()> {
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
    let ok = all.iter().all(|s| s.problems.is_empty());
    let report = StatusReport { masters: all, ok };
    ctx.out.emit(&report)?;
    let all = report.masters;
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

/// What `sentinel status` prints: each monitored primary, and whether all are healthy.
#[derive(Debug, serde::Serialize)]
pub struct StatusReport {
    pub masters: Vec<MasterStatus>,
    pub ok: bool,
}

impl Report for StatusReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        for st in &self.masters {
            print_status(out, st)?;
        }
        Ok(())
    }
}

fn print_status(out: &Output, st: &MasterStatus) -> Result<()> {
    let last = match (st.config_epoch, st.last_failover_ago_ms) {
        (Some(0), _) => "never".to_owned(),
        (_, Some(ms)) => format!("{} ago", human_ms(ms)),
        _ => "?".to_owned(),
    };
    out.print(&format!(
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
    let mut t = out.new_table(&["replica", "flags", "link", "lag", "behind"]);
    for r in &st.replicas {
        let link = if r.link == "ok" {
            cell("ok")
        } else {
            out.alert_cell(&r.link)
        };
        add_row(
            &mut t,
            vec![
                cell(&r.address),
                cell(r.flags.join(",")),
                link,
                cell(r.lag_secs.map(|s| format!("{s}s")).unwrap_or("?".into())),
                cell(r.lag_bytes.map(human_bytes).unwrap_or("?".into())),
            ],
        );
    }
    out.table(t)?;
    let mut t = out.new_table(&["sentinel", "primary it reports", "config epoch", "state"]);
    for v in &st.sentinels {
        let (primary, epoch, state) = match (&v.error, &v.master) {
            (Some(e), _) => (
                "-".to_owned(),
                "-".to_owned(),
                out.alert_cell(format!("DOWN: {e}")),
            ),
            (None, None) => (
                "-".into(),
                "-".into(),
                out.alert_cell("does not monitor it"),
            ),
            (None, Some(m)) => (
                format!(
                    "{}:{}",
                    m.get("ip").map(String::as_str).unwrap_or("?"),
                    m.get("port").map(String::as_str).unwrap_or("?")
                ),
                m.get("config-epoch").cloned().unwrap_or("?".into()),
                cell("ok"),
            ),
        };
        add_row(
            &mut t,
            vec![cell(&v.addr), cell(primary), cell(epoch), state],
        );
    }
    out.table(t)?;
    for p in &st.problems {
        out.print(&format!("PROBLEM: {p}\n"))?;
    }
    Ok(())
}
