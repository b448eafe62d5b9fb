//! Reads that touch keys (issue 17). On Redis before 7.2 there is no `CLIENT NO-TOUCH`: most
//! reads of a key (GET, STRLEN, HLEN, ZCARD, XLEN, HSCAN, HGETALL, XINFO, XPENDING, ...) update
//! its LRU/LFU data, so a scan makes every key it reads look recently used to the eviction
//! policy. The client notes which touching commands it sent over a connection without
//! NO-TOUCH, so that the report can say so.
//!
//! Not touching (checked on Redis 7.0 with `OBJECT FREQ` under `allkeys-lfu`): TYPE, PTTL, TTL,
//! EXISTS, OBJECT, MEMORY USAGE, SCAN (also with TYPE), and the commands without keys.

use crate::error::{Error, Result};
use std::collections::BTreeSet;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// The touching reads sent over connections that lack `CLIENT NO-TOUCH`, and `--no-touch`.
#[derive(Default)]
pub struct TouchLog {
    reads: Mutex<BTreeSet<String>>,
    /// `--no-touch`: a touching read over a connection without NO-TOUCH is refused (the
    /// commands that can do without one skip it; the others end with this error).
    refuse: AtomicBool,
    /// A node without NO-TOUCH, to read its eviction policy from for the report.
    node: Mutex<Option<super::Node>>,
}

/// Commands that never update a key's LRU/LFU data (they look keys up with NOTOUCH, or have
/// no key).
const NOT_TOUCHING: &[&str] = &[
    "TYPE",
    "PTTL",
    "TTL",
    "EXPIRETIME",
    "PEXPIRETIME",
    "EXISTS",
    "OBJECT",
    "MEMORY",
    "SCAN",
    "INFO",
    "PING",
    "CONFIG",
    "CLIENT",
    "DBSIZE",
    "TIME",
    "CLUSTER",
    "ROLE",
    "SLOWLOG",
    "LATENCY",
    "COMMAND",
    "SCRIPT",
    "FUNCTION",
    "ACL",
    "READONLY",
    "HELLO",
    "AUTH",
    "SELECT",
    "ECHO",
    "LASTSAVE",
];

/// Whether `name` (a command name, any case) updates the LRU/LFU data of the keys it reads.
pub fn touches(name: &str) -> bool {
    !NOT_TOUCHING.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// The command name of a `Cmd` (its first argument), upper case.
pub fn command_name(cmd: &redis::Cmd) -> String {
    match cmd.args_iter().next() {
        Some(redis::Arg::Simple(b)) => String::from_utf8_lossy(b).to_ascii_uppercase(),
        _ => String::new(),
    }
}

impl TouchLog {
    /// Before `cmds` go over a connection without NO-TOUCH (to `node`): notes the touching
    /// ones, or with `--no-touch` refuses them. Scripts (EVAL/EVALSHA) are noted by their
    /// callers, who know what they read ([`TouchLog::note_names`]).
    pub fn check(&self, cmds: &[redis::Cmd], node: &super::Node, what: &str) -> Result<()> {
        let names: Vec<String> = cmds
            .iter()
            .map(command_name)
            .filter(|n| !n.is_empty() && touches(n) && n != "EVALSHA" && n != "EVAL")
            .collect();
        if names.is_empty() {
            return Ok(());
        }
        let node_addr = &node.addr;
        if self.refusing() {
            let mut uniq = names;
            uniq.sort();
            uniq.dedup();
            return Err(Error::refused(format!(
                "{what}: needs {} on {node_addr}, which would update the keys' LRU/LFU data: \
                 this connection reads without CLIENT NO-TOUCH (the server lacks it, before Redis \
                 7.2; or redops keeps it off: a connection that writes, or a cluster of Redis \
                 8.0-8.2 or Valkey 8.1, which it can crash) and --no-touch was given",
                uniq.join(", ")
            ))
            .hint(
                "this command cannot work without those reads; run it without --no-touch \
                 (the report then names the reads that touched keys), or on Redis 7.2+/Valkey \
                 where CLIENT NO-TOUCH leaves the eviction data alone",
            ));
        }
        self.remember(node);
        self.note_names(names);
        Ok(())
    }

    /// `--no-touch`: refuse touching reads on connections without NO-TOUCH.
    pub fn set_refuse(&self, on: bool) {
        self.refuse.store(on, Ordering::Relaxed);
    }

    /// Whether `--no-touch` is in force (a command skips its touching reads).
    pub fn refusing(&self) -> bool {
        self.refuse.load(Ordering::Relaxed)
    }

    /// Remembers a node without NO-TOUCH (the first one), to read the eviction policy from.
    pub fn remember(&self, node: &super::Node) {
        if let Ok(mut n) = self.node.lock()
            && n.is_none()
        {
            *n = Some(node.clone());
        }
    }

    /// The remembered node without NO-TOUCH.
    pub fn node(&self) -> Option<super::Node> {
        self.node.lock().ok().and_then(|n| n.clone())
    }

    /// Notes touching reads by name (e.g. the length reads inside a read-only script).
    pub fn note_names(&self, names: impl IntoIterator<Item = impl Into<String>>) {
        if let Ok(mut reads) = self.reads.lock() {
            reads.extend(names.into_iter().map(Into::into));
        }
    }

    /// The touching reads noted so far, sorted.
    pub fn reads(&self) -> Vec<String> {
        self.reads
            .lock()
            .map(|r| r.iter().cloned().collect())
            .unwrap_or_default()
    }
}

/// Whether an eviction policy uses the LRU/LFU data reads update.
pub fn policy_uses_access_data(policy: &str) -> bool {
    policy.ends_with("-lru") || policy.ends_with("-lfu")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn which_commands_touch() {
        for c in [
            "GET", "strlen", "HLEN", "ZCARD", "XLEN", "HSCAN", "HGETALL", "XINFO",
        ] {
            assert!(touches(c), "{c}");
        }
        for c in ["TYPE", "pttl", "MEMORY", "OBJECT", "SCAN", "EXISTS", "INFO"] {
            assert!(!touches(c), "{c}");
        }
        let log = TouchLog::default();
        let mut hlen = redis::cmd("HLEN");
        hlen.arg("k");
        let mut ty = redis::cmd("TYPE");
        ty.arg("k");
        let names: Vec<String> = [hlen, ty, redis::cmd("zcard")]
            .iter()
            .map(command_name)
            .filter(|n| touches(n))
            .collect();
        assert_eq!(names, vec!["HLEN".to_owned(), "ZCARD".to_owned()]);
        log.note_names(names);
        assert_eq!(log.reads(), vec!["HLEN".to_owned(), "ZCARD".to_owned()]);
        assert!(policy_uses_access_data("allkeys-lfu") && policy_uses_access_data("volatile-lru"));
        assert!(
            !policy_uses_access_data("noeviction") && !policy_uses_access_data("allkeys-random")
        );
    }
}
