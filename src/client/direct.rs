//! Writes sent straight to one node, each round trip under its own deadline, never retried:
//! what a destructive command uses on a cluster so that a dead or slow node stops its own part
//! only (the cluster connection of redis-rs reconnects and retries with backoff, which under
//! a dead primary took minutes), and a `MOVED` / `ASK` redirect is followed explicitly with
//! the same conditional command on the node named.

use super::{Client, Node, Reply, value_to_reply};
use crate::error::{Error, Result};
use redis::Cmd;
use std::time::Duration;

/// Extra time on top of `--timeout` a round trip to one node may take before its part stops
/// (the connection's own response timeout normally fires first).
pub const DEADLINE_SLACK: Duration = Duration::from_millis(500);

/// Why a pipeline to a node got no replies.
#[derive(Debug)]
pub enum Lost {
    /// Sent (or possibly sent), and no reply came: its writes may or may not have happened.
    Unknown(String),
    /// Not sent: the connection to the node could not be made.
    NotSent(String),
}

impl std::fmt::Display for Lost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Lost::Unknown(e) | Lost::NotSent(e) => f.write_str(e),
        }
    }
}

/// A redirect a node answered a keyed command with.
#[derive(Debug, Clone, PartialEq)]
pub enum Redirect {
    Moved(String),
    Ask(String),
}

/// The redirect in a reply, if it is one: `MOVED 3999 127.0.0.1:6381` / `ASK ...`.
pub fn redirect_of(r: &Reply) -> Option<Redirect> {
    let Err(e) = r else { return None };
    let code = e.code()?;
    if code != "MOVED" && code != "ASK" {
        return None;
    }
    // redis-rs keeps the rest of the line ("3999 127.0.0.1:6381") as the detail.
    let addr = e
        .detail()
        .and_then(|d| d.split_whitespace().nth(1))
        .map(str::to_owned)
        .or_else(|| {
            e.to_string()
                .split_whitespace()
                .find(|w| w.contains(':') && w.rsplit(':').next().is_some_and(is_port))
                .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_digit()).to_owned())
        })?;
    Some(if code == "MOVED" {
        Redirect::Moved(addr)
    } else {
        Redirect::Ask(addr)
    })
}

fn is_port(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| !c.is_ascii_digit());
    !s.is_empty() && s.parse::<u16>().is_ok()
}

/// The cluster hash slot of a key (CRC16/XMODEM of the key, or of its `{hash tag}`).
pub fn key_slot(key: &[u8]) -> u16 {
    let tagged = key
        .iter()
        .position(|&b| b == b'{')
        .and_then(|open| {
            let rest = &key[open + 1..];
            rest.iter()
                .position(|&b| b == b'}')
                .filter(|&close| close > 0)
                .map(|close| &rest[..close])
        })
        .unwrap_or(key);
    let mut crc: u16 = 0;
    for &b in tagged {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc % 16384
}

impl Client {
    /// The primary the slot map read at connection set-up gives for `key` (the only node
    /// when standalone); `None` when no known primary serves its slot.
    pub fn node_for_key(&self, key: &[u8]) -> Option<&Node> {
        if !self.is_cluster() {
            return self.nodes.first();
        }
        let slot = key_slot(key);
        let addr = self
            .topology
            .slot_ranges
            .iter()
            .find(|(a, b, _)| (*a..=*b).contains(&slot))
            .map(|(_, _, addr)| addr)?;
        self.nodes.iter().find(|n| &n.addr == addr)
    }

    /// A direct connection to the node at `addr` (`host:port`): the one already open when it
    /// is a known primary, else a new one (as the client connected: credentials, TLS), named
    /// `redops`. A redirect can name a node the set-up did not know (a new primary).
    pub async fn node_at(&self, addr: &str) -> Result<Node> {
        if let Some(n) = self.nodes.iter().find(|n| n.addr == addr) {
            return Ok(n.clone());
        }
        let (host, port) = addr
            .rsplit_once(':')
            .and_then(|(h, p)| Some((h, p.parse::<u16>().ok()?)))
            .ok_or_else(|| Error::data(format!("a redirect named '{addr}', not host:port")))?;
        let info =
            super::connect::with_addr(&super::connect::connection_info(&self.opts)?, host, port);
        let certs = super::connect::tls_certificates(&self.opts)?;
        let conn = super::connect::open_node(&info, certs.as_ref(), &self.opts, addr).await?;
        let mut setup = redis::pipe();
        setup.cmd("CLIENT").arg("SETNAME").arg("redops");
        setup.ignore_errors();
        let _: std::result::Result<Vec<redis::Value>, _> =
            setup.query_async(&mut conn.clone()).await;
        Ok(Node {
            addr: addr.to_owned(),
            conn,
            caps: super::ServerCaps::unknown(),
            // A node reached through a redirect, for writes only.
            no_touch: false,
            eviction_policy: Err("not read on a connection opened for a redirect".to_owned()),
        })
    }

    /// Writes in one pipeline on one node, never retried, bounded by `--timeout` plus
    /// [`DEADLINE_SLACK`]: each command gets its own reply or server error (a redirect stays
    /// that command's reply); a connection failure or a missed deadline is [`Lost`] for the
    /// whole pipeline. With `asking`, each command is preceded by `ASKING` (the target of an
    /// `ASK` redirect), whose replies are dropped.
    pub async fn write_pipeline_on(
        &self,
        node: &Node,
        cmds: &[Cmd],
        asking: bool,
    ) -> std::result::Result<Vec<Reply>, Lost> {
        if cmds.is_empty() {
            return Ok(Vec::new());
        }
        self.count();
        let mut pipe = redis::pipe();
        for cmd in cmds {
            if asking {
                pipe.cmd("ASKING");
            }
            pipe.add_command(cmd.clone());
        }
        pipe.ignore_errors();
        let mut conn = node.conn.clone();
        let deadline = self.timeout + DEADLINE_SLACK;
        let replies: Vec<redis::Value> =
            match tokio::time::timeout(deadline, pipe.query_async(&mut conn)).await {
                Err(_) => {
                    return Err(Lost::Unknown(format!(
                        "no reply from {} within {}",
                        node.addr,
                        humantime::format_duration(deadline)
                    )));
                }
                Ok(Err(e)) if e.is_connection_refusal() => {
                    return Err(Lost::NotSent(format!("{}: {e}", node.addr)));
                }
                Ok(Err(e)) => return Err(Lost::Unknown(format!("{}: {e}", node.addr))),
                Ok(Ok(r)) => r,
            };
        let replies: Vec<Reply> = if asking {
            replies
                .into_iter()
                .skip(1)
                .step_by(2)
                .map(value_to_reply)
                .collect()
        } else {
            replies.into_iter().map(value_to_reply).collect()
        };
        if replies.len() != cmds.len() {
            return Err(Lost::Unknown(format!(
                "{}: {} replies to {} commands",
                node.addr,
                replies.len(),
                cmds.len()
            )));
        }
        Ok(replies)
    }

    /// The response deadline of one round trip to one node.
    pub fn node_deadline(&self) -> Duration {
        self.timeout + DEADLINE_SLACK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_match_redis() {
        // Values from `CLUSTER KEYSLOT`.
        assert_eq!(key_slot(b"foo"), 12182);
        assert_eq!(key_slot(b"sessions:user:42"), 976);
        assert_eq!(key_slot(b"{user1000}.following"), 3443);
        assert_eq!(key_slot(b"foo{}{bar}"), 8363);
        assert_eq!(key_slot(b"123456789"), 12739);
    }

    #[test]
    fn redirects_are_read_from_the_error() {
        let parse = |wire: &[u8]| value_to_reply(redis::parse_redis_value(wire).expect("resp"));
        let moved = parse(b"-MOVED 3999 127.0.0.1:6381\r\n");
        let ask = parse(b"-ASK 12 10.0.0.2:7000\r\n");
        assert_eq!(
            redirect_of(&ask),
            Some(Redirect::Ask("10.0.0.2:7000".into()))
        );
        assert_eq!(
            redirect_of(&moved),
            Some(Redirect::Moved("127.0.0.1:6381".into()))
        );
        assert_eq!(redirect_of(&Ok(redis::Value::Int(1))), None);
    }
}
