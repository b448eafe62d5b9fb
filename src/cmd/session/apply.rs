//! The change `session kill` makes: each node's sessions sent part by part, chunk by chunk,
//! as compare-then-delete scripts sized to the latency budget; redirects followed; what
//! became of each session recorded (one code a session), and the audit part lines of a
//! large kill.

use super::spool::{NodePlan, Rec};
use crate::audit_log::{Part, PartOutcome};
use crate::client::reply::value_int;
use crate::client::scripts::SESSION_COMPARE_THEN_HDEL;
use crate::client::{Client, Lost, Redirect, Reply, is_wrongtype, redirect_of};
use crate::context::Ctx;
use crate::error::Error;
use crate::output::show_bytes;
use crate::safety;
use redis::Value as RValue;
use serde::Serialize;
use std::time::Duration;

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

/// What became of one session, one byte each in a node's `codes` and in an audit part's
/// `results`.
pub(super) mod code {
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
pub(super) struct NodeRun {
    pub(super) addr: String,
    /// What became of each of the node's sessions, in spool order ([`code`]).
    pub(super) codes: Vec<u8>,
    /// Why the part stopped before its end (the node stopped answering, Ctrl-C, the audit
    /// log): the reason given for the sessions not sent.
    pub(super) stopped: Option<String>,
    /// The first refusal by the server (e.g. NOPERM), as the command's error.
    pub(super) failure: Option<Error>,
    /// Scripts that were redirected (MOVED / ASK) and followed.
    pub(super) redirected: usize,
    /// Nodes a redirect led to, and what went wrong there.
    redirect_errors: Vec<String>,
    pub(super) interrupted: bool,
    pub(super) parts: usize,
}

/// How the kill went on one node, in the JSON report and the audit outcome.
#[derive(Debug, Clone, Serialize)]
pub struct NodeReport {
    pub node: String,
    pub targeted: usize,
    pub ended: usize,
    pub changed: usize,
    pub gone: usize,
    pub wrong_type: usize,
    pub failed: usize,
    pub unknown: usize,
    pub not_sent: usize,
    pub redirected: usize,
    pub error: Option<String>,
}

impl NodeRun {
    pub(super) fn count(&self, c: u8) -> usize {
        self.codes.iter().filter(|x| **x == c).count()
    }

    pub(super) fn report(&self) -> NodeReport {
        NodeReport {
            node: self.addr.clone(),
            targeted: self.codes.len(),
            ended: self.count(code::ENDED),
            changed: self.count(code::CHANGED),
            gone: self.count(code::GONE),
            wrong_type: self.count(code::WRONG_TYPE),
            failed: self.count(code::FAILED) + self.count(code::UNEXPECTED),
            unknown: self.count(code::UNKNOWN),
            not_sent: self.count(code::NOT_SENT),
            redirected: self.redirected,
            error: self.error(),
        }
    }

    /// Why the node's part stopped, or the server's first refusal.
    pub(super) fn error(&self) -> Option<String> {
        self.stopped
            .clone()
            .or_else(|| self.failure.as_ref().map(|e| e.message.clone()))
    }

    pub(super) fn reason(&self, c: u8) -> String {
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
        let args: Vec<&[u8]> = part[start..i]
            .iter()
            .flat_map(|r| [r.id.as_slice(), r.raw.as_slice()])
            .collect();
        let cmd = SESSION_COMPARE_THEN_HDEL.eval(&[key], &args);
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
            .map(|c| match value_int(c) {
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
pub(super) async fn apply_node(
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
            let prior = Part {
                node: run.addr.clone(),
                part: run.parts as u64,
                prior: part.iter().map(Rec::prior).collect(),
            };
            if let Err(e) = safety::record_part_prior(ctx, id, &prior) {
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
            let fates = PartOutcome {
                node: run.addr.clone(),
                part: run.parts as u64,
                results: String::from_utf8_lossy(&codes).into_owned(),
            };
            if let Err(e) = safety::record_part_outcome(ctx, id, &fates) {
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
    use crate::cmd::session::spool::tests::rec;

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
    }
}
