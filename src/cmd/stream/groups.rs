//! `redops stream groups [STREAM]`: consumer groups, their consumers, and the dead ones.

use super::model::{ConsumerInfo, GroupInfo};
use super::read::{stream_groups, type_and_groups, xinfo_consumers_of, xpending_range};
use crate::cli::parse_duration;
use crate::client::reply::{xinfo_consumers, xinfo_groups, xpending_entries};
use crate::client::walk::{Coverage, Step, Walk};
use crate::client::{Client, Feature, Node, ScanBatch, ScanOptions};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{NamedBytes, Output, add_row, bytes_cell, cell, human_ms, show_bytes};
use clap::Args;
use redis::Cmd;
use serde::Serialize;
use std::time::Duration;

#[derive(Debug, Args)]
pub struct GroupsArgs {
    /// The stream (key); without it, every stream that has consumer groups
    pub stream: Option<String>,

    /// A consumer holding an entry pending longer than this is reported stuck (dead), whatever
    /// its own idle time: a worker that keeps polling while its entries wait is stuck too
    #[arg(long, value_name = "DUR", default_value = "5m", value_parser = parse_duration)]
    pub dead_after: Duration,

    /// Exit 1 when a dead consumer is found (for checks and alerts)
    #[arg(long)]
    pub fail_if_dead: bool,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

pub async fn run(args: GroupsArgs, ctx: &Ctx) -> Result<()> {
    let client = ctx.connect().await?;
    let dead_after_ms = args.dead_after.as_millis() as u64;
    let mut found = Vec::new();
    let mut coverage = Coverage::default();
    match &args.stream {
        Some(stream) => {
            let stream = stream.as_bytes();
            let s = show_bytes(stream);
            // Round trip 1: TYPE + XINFO GROUPS (never creates anything).
            let replies = client
                .batch(&type_and_groups(stream), &format!("reading stream {s}"))
                .await?;
            let groups = stream_groups(stream, &replies)?;
            // Round trip 2: the consumers of every group at once.
            let cmds: Vec<Cmd> = groups
                .iter()
                .map(|g| xinfo_consumers_of(stream, &g.name))
                .collect();
            let consumers = client
                .batch(&cmds, &format!("reading the consumers of {s}"))
                .await?;
            for (g, c) in groups.into_iter().zip(consumers) {
                found.push(FoundGroup {
                    stream: stream.to_vec(),
                    consumers: c.as_ref().map(xinfo_consumers).unwrap_or_default(),
                    group: g,
                    node: None,
                });
            }
        }
        None => {
            // Every stream (SCAN TYPE stream), its groups and consumers read on the node that
            // returned it: two pipelines per SCAN batch.
            let opts = ScanOptions {
                key_type: Some("stream".into()),
                ..crate::cmd::scan_options(&args.scan)
            };
            let client = &client;
            let walked = Walk::new(ctx, client, opts)
                .run(
                    Vec::new(),
                    |batch: ScanBatch| async move {
                        groups_on_node(client, &batch.node, &batch.keys).await
                    },
                    async |all: &mut Vec<FoundGroup>, more: Vec<FoundGroup>| {
                        all.extend(more);
                        Ok(Step::Go)
                    },
                )
                .await?;
            found = walked.value;
            coverage = walked.coverage;
            found.sort_by(|a, b| (&a.stream, &a.group.name).cmp(&(&b.stream, &b.group.name)));
        }
    }
    mark_stuck(&client, &mut found, dead_after_ms).await?;
    let items: Vec<GroupItem> = found
        .iter()
        .map(|f| GroupItem::new(f, dead_after_ms))
        .collect();
    let dead: usize = items.iter().map(|g| g.dead_consumers).sum();
    // Before Redis 7, XINFO GROUPS has no entries-read nor lag: the table says why.
    let lag_unknown = client
        .require(Feature::StreamLag, "consumer-group lag")
        .err()
        .map(|e| e.message);
    ctx.out.emit_list(&items, || {
        render_table(&ctx.out, &items, dead_after_ms, lag_unknown.as_deref())
    })?;
    coverage.conclude(ctx)?;
    if args.fail_if_dead && dead > 0 {
        return Err(Error::problem(format!(
            "{dead} dead consumer(s): holding pending entries that waited longer than {} (or idle that long themselves)",
            human_ms(dead_after_ms as i64)
        )));
    }
    Ok(())
}

/// A group with its consumers, as read.
struct FoundGroup {
    stream: Vec<u8>,
    group: GroupInfo,
    consumers: Vec<ConsumerInfo>,
    /// The node the stream was scanned on (a replica with --replicas): its later reads go
    /// there too. `None`: routed by key (a stream named on the command line).
    node: Option<Node>,
}

/// One group in the report (a JSON array item, an NDJSON line).
#[derive(Debug, Serialize)]
pub struct GroupItem {
    #[serde(flatten)]
    pub stream: NamedBytes,
    #[serde(flatten)]
    pub group: NamedBytes,
    pub consumer_count: u64,
    pub pending: u64,
    pub last_delivered_id: String,
    /// `null` when the server cannot tell (after some deletions/trims, or before Redis 7).
    pub entries_read: Option<i64>,
    pub lag: Option<i64>,
    pub dead_consumers: usize,
    pub consumers: Vec<ConsumerItem>,
}

/// One consumer of a group in the report.
#[derive(Debug, Serialize)]
pub struct ConsumerItem {
    #[serde(flatten)]
    pub name: NamedBytes,
    pub pending: u64,
    pub idle_ms: u64,
    pub inactive_ms: Option<u64>,
    pub stuck_entry_idle_ms: Option<u64>,
    pub dead: bool,
}

impl GroupItem {
    fn new(f: &FoundGroup, dead_after_ms: u64) -> Self {
        let consumers: Vec<ConsumerItem> = f
            .consumers
            .iter()
            .map(|c| ConsumerItem {
                name: NamedBytes::new("name", c.name.clone()),
                pending: c.pending,
                idle_ms: c.idle_ms,
                inactive_ms: c.inactive_ms,
                stuck_entry_idle_ms: c.stuck_entry_idle_ms,
                dead: c.is_dead(dead_after_ms),
            })
            .collect();
        GroupItem {
            stream: NamedBytes::new("stream", f.stream.clone()),
            group: NamedBytes::new("group", f.group.name.clone()),
            consumer_count: f.group.consumers,
            pending: f.group.pending,
            last_delivered_id: f.group.last_delivered_id.clone(),
            entries_read: f.group.entries_read,
            lag: f.group.lag,
            dead_consumers: consumers.iter().filter(|c| c.dead).count(),
            consumers,
        }
    }
}

/// The table format: the groups, then their consumers with a status, why lag is unknown (when
/// the server cannot report it) and the hint about dead consumers.
fn render_table(
    out: &Output,
    items: &[GroupItem],
    dead_after_ms: u64,
    lag_unknown: Option<&str>,
) -> Result<()> {
    if items.is_empty() {
        out.hint("no consumer groups found");
        return Ok(());
    }
    let unknown = |x: Option<i64>| x.map(|n| n.to_string()).unwrap_or_else(|| "unknown".into());
    let mut t = out.new_table(&[
        "stream",
        "group",
        "consumers",
        "pending",
        "last delivered",
        "entries read",
        "lag",
    ]);
    for g in items {
        add_row(
            &mut t,
            vec![
                bytes_cell(&g.stream.bytes),
                bytes_cell(&g.group.bytes),
                cell(g.consumer_count),
                cell(g.pending),
                cell(&g.last_delivered_id),
                cell(unknown(g.entries_read)),
                cell(unknown(g.lag)),
            ],
        );
    }
    out.table(t)?;
    let mut t = out.new_table(&["stream", "group", "consumer", "pending", "idle", "status"]);
    let mut any = false;
    for g in items {
        for c in &g.consumers {
            any = true;
            let status = if c.dead && c.idle_ms > dead_after_ms {
                out.alert_cell(format!("DEAD: idle, holding {} entries", c.pending))
            } else if c.dead {
                let waited = c
                    .stuck_entry_idle_ms
                    .into_iter()
                    .chain(c.inactive_ms)
                    .max()
                    .unwrap_or(0);
                out.alert_cell(format!(
                    "STUCK: polls, but holds {} entries (one waiting {})",
                    c.pending,
                    human_ms(waited as i64)
                ))
            } else if c.pending > 0 {
                cell("working")
            } else {
                cell("idle")
            };
            add_row(
                &mut t,
                vec![
                    bytes_cell(&g.stream.bytes),
                    bytes_cell(&g.group.bytes),
                    bytes_cell(&c.name.bytes),
                    cell(c.pending),
                    cell(human_ms(c.idle_ms as i64)),
                    status,
                ],
            );
        }
    }
    if any {
        out.table(t)?;
    }
    if let Some(why) = lag_unknown {
        out.warn(&format!("entries read and lag are unknown: {why}"));
    }
    let dead: usize = items.iter().map(|g| g.dead_consumers).sum();
    if dead > 0 {
        out.hint(&format!(
            "{dead} consumer(s) hold pending entries that waited longer than {} (or are idle that long themselves); see them with `redops stream pending STREAM --group G --consumer C`, move them with `redops stream reclaim`",
            human_ms(dead_after_ms as i64)
        ));
    }
    Ok(())
}

/// The groups and consumers of the streams one SCAN call returned: two pipelines on that node.
async fn groups_on_node(client: &Client, node: &Node, keys: &[Vec<u8>]) -> Result<Vec<FoundGroup>> {
    let cmds: Vec<Cmd> = keys
        .iter()
        .map(|k| redis::cmd("XINFO").arg("GROUPS").arg(k).clone())
        .collect();
    let replies = client
        .batch_on(node, &cmds, "reading consumer groups")
        .await?;
    let mut found: Vec<(Vec<u8>, GroupInfo)> = Vec::new();
    for (k, r) in keys.iter().zip(replies) {
        // A stream deleted since the scan answers with an error: skip it.
        if let Ok(v) = r {
            for g in xinfo_groups(&v)? {
                found.push((k.clone(), g));
            }
        }
    }
    let cmds: Vec<Cmd> = found
        .iter()
        .map(|(k, g)| xinfo_consumers_of(k, &g.name))
        .collect();
    let consumers = client.batch_on(node, &cmds, "reading consumers").await?;
    Ok(found
        .into_iter()
        .zip(consumers)
        .map(|((stream, group), c)| FoundGroup {
            stream,
            group,
            consumers: c.as_ref().map(xinfo_consumers).unwrap_or_default(),
            node: Some(node.clone()),
        })
        .collect())
}

/// The entry checks of the streams scanned on one node: (node, (group, consumer), XPENDING).
type NodeReads = (Option<Node>, Vec<(usize, usize)>, Vec<Cmd>);

/// For each consumer that holds entries but was seen recently, whether one of its entries has
/// waited longer than the threshold: `XPENDING stream group IDLE ms - + 1 consumer`, all in one
/// round trip (none when every such consumer is already known to be stuck or holds nothing).
async fn mark_stuck(client: &Client, found: &mut [FoundGroup], dead_after_ms: u64) -> Result<()> {
    // Grouped by the node each stream was scanned on (None: routed by key), so that a
    // --replicas scan reads the replica here too; the groups are read concurrently.
    let mut by_node: Vec<NodeReads> = Vec::new();
    for (ri, r) in found.iter().enumerate() {
        let addr = r.node.as_ref().map(|n| n.addr.clone());
        let at = match by_node
            .iter()
            .position(|(n, _, _)| n.as_ref().map(|n| n.addr.clone()) == addr)
        {
            Some(i) => i,
            None => {
                by_node.push((r.node.clone(), Vec::new(), Vec::new()));
                by_node.len() - 1
            }
        };
        let (_, who, cmds) = &mut by_node[at];
        for (ci, c) in r.consumers.iter().enumerate() {
            if c.needs_entry_check(dead_after_ms) {
                who.push((ri, ci));
                cmds.push(xpending_range(
                    &r.stream,
                    &r.group.name,
                    dead_after_ms,
                    "-",
                    "+",
                    1,
                    Some(&c.name),
                ));
            }
        }
    }
    let what = "reading how long pending entries have waited";
    let reads = by_node
        .into_iter()
        .filter(|(_, _, cmds)| !cmds.is_empty())
        .map(|(node, who, cmds)| async move {
            let replies = match &node {
                Some(n) => client.batch_on(n, &cmds, what).await?,
                None => client.batch(&cmds, what).await?,
            };
            Ok::<_, Error>((who, replies))
        });
    let mut answers = Vec::new();
    for r in futures_util::future::join_all(reads).await {
        answers.push(r?);
    }
    for ((ri, ci), reply) in answers
        .into_iter()
        .flat_map(|(who, replies)| who.into_iter().zip(replies))
    {
        // [[id, consumer, idle_ms, deliveries]] or [] when none waited that long.
        let first = reply
            .ok()
            .and_then(|v| xpending_entries(&v).ok()?.into_iter().next());
        if let Some(e) = first {
            found[ri].consumers[ci].stuck_entry_idle_ms = Some(e.idle_ms);
        }
    }
    Ok(())
}
