//! Errors that end a command, each with the exit code the CLI contract gives it.

use std::fmt;

/// The contract's exit codes (`cli-contract.md`, "Exit codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Success = 0,
    /// The command ran and found a problem it was asked to judge.
    Problem = 1,
    Usage = 2,
    /// Could not talk to Redis (refused, unreachable, timeout, TLS, auth) or a write's outcome is unknown.
    Connection = 3,
    NotFound = 4,
    Refused = 5,
    Data = 6,
    Internal = 70,
    Interrupted = 130,
}

/// An error that ends the command: what happened, and hints on what to do next.
#[derive(Debug)]
pub struct Error {
    pub code: ExitCode,
    pub message: String,
    pub hints: Vec<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(code: ExitCode, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
            hints: Vec::new(),
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Usage, message)
    }
    pub fn connection(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Connection, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ExitCode::NotFound, message)
    }
    pub fn refused(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Refused, message)
    }
    pub fn data(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Data, message)
    }
    pub fn problem(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Problem, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Internal, message)
    }
    pub fn interrupted() -> Self {
        Self::new(ExitCode::Interrupted, "interrupted")
    }
    /// Adds a line shown under the message, saying what to do next.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Maps a Redis error met while doing `what` (e.g. "reading lock:x") to the contract's exit codes.
    pub fn redis(err: redis::RedisError, what: &str) -> Self {
        use redis::{ErrorKind as K, ServerErrorKind as S};
        let code = err.code().map(str::to_owned);
        let detail = redact_text(&err.to_string());
        match (err.kind(), code.as_deref()) {
            (_, Some("WRONGTYPE")) => Error::data(format!("{what}: the key holds the wrong type of value"))
                .hint("check the key with `redis-cli TYPE <key>`; redops expects the type of the keyspace conventions"),
            (K::Server(S::NoPerm), _) | (_, Some("NOPERM")) => {
                Error::refused(format!("{what}: the server refused it: {detail}"))
                    .hint("this ACL user lacks the permission; use a user that has it")
            }
            // A script calling a command the ACL user may not run.
            _ if detail.contains("can't run this command") || detail.contains("no permissions") => {
                Error::refused(format!("{what}: the server refused it: {detail}"))
                    .hint("this ACL user lacks the permission; use a user that has it")
            }
            (_, c) if c == Some("OOM") || detail.contains("OOM command not allowed") => {
                Error::refused(format!("{what}: the server is out of memory and refused the write (OOM): {detail}"))
                    .hint("the server is at maxmemory with a noeviction policy: free memory (or raise maxmemory) on that node, then run the command again")
            }
            (_, Some("BUSY")) | (_, Some("BUSYKEY")) => Error::connection(format!("{what}: the server is busy: {detail}"))
                .hint("a long script or function is running on that node (SCRIPT KILL / FUNCTION KILL ends it); try again when it is done"),
            (K::Server(S::ReadOnly), _) => Error::refused(format!("{what}: the node is a read-only replica: {detail}"))
                .hint("point redops at the primary"),
            (K::AuthenticationFailed, _) | (_, Some("WRONGPASS")) | (_, Some("NOAUTH")) => {
                Error::connection(format!("{what}: authentication failed"))
                    .hint("check the user and password in the URL, the profile, or REDISCLI_AUTH")
            }
            _ if err.is_timeout() => Error::connection(format!("{what}: Redis did not answer in time"))
                .hint("raise --timeout if the server is slow, or check that it is not blocked (SLOWLOG, CLIENT LIST)"),
            _ if err.is_connection_refusal() => {
                Error::connection(format!("{what}: connection refused")).hint("is redis-server running at that address? check --url / REDIS_URL")
            }
            (K::Io, _) | (K::ClusterConnectionNotFound, _) => {
                Error::connection(format!("{what}: {detail}")).hint("check the address, the network path and the TLS settings")
            }
            (K::Server(S::ClusterDown | S::MasterDown | S::BusyLoading | S::TryAgain), _) => {
                Error::connection(format!("{what}: the server is not ready: {detail}"))
            }
            (K::InvalidClientConfig, _) => Error::usage(format!("{what}: {detail}")),
            // Any other refusal by the server (an argument it rejects, a command it lacks): the
            // server said no, which is not a bug in redops.
            (K::Server(_), _) => Error::refused(format!("{what}: the server refused it: {detail}"))
                .hint("the server's reply is above; check the server version and its configuration for that command"),
            _ => Error::internal(format!("{what}: unexpected reply from Redis: {detail}")),
        }
    }
}

impl Error {
    /// An error reply a script caught (`redis.pcall`), e.g. `OOM command not allowed ...` or
    /// `WRONGTYPE ...`, mapped to the contract's exit codes like [`Error::redis`].
    pub fn server_refusal(reply: &str, what: &str) -> Self {
        let (code, msg) = reply.split_once(' ').unwrap_or((reply, ""));
        let kind = match code {
            "NOPERM" => redis::ErrorKind::Server(redis::ServerErrorKind::NoPerm),
            "READONLY" => redis::ErrorKind::Server(redis::ServerErrorKind::ReadOnly),
            _ => redis::ErrorKind::Server(redis::ServerErrorKind::ResponseError),
        };
        let err = redis::RedisError::from((kind, "", reply.to_owned()));
        match code {
            "WRONGTYPE" => Error::data(format!(
                "{what}: a key holds the wrong type of value: {msg}"
            ))
            .hint("check the keys with `redis-cli TYPE <key>`"),
            "OOM" => Error::redis(err, what),
            _ => {
                let mut e = Error::redis(err, what);
                if e.code == ExitCode::Internal {
                    e.code = ExitCode::Refused;
                }
                e
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::internal(format!("I/O error: {e}"))
    }
}

/// Replaces anything that looks like a password in a URL (`scheme://user:secret@host`) with `***`.
pub fn redact_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("://") {
        let (head, tail) = rest.split_at(pos + 3);
        out.push_str(head);
        // The authority ends at the first '/', whitespace or end of text.
        let end = tail
            .find(|c: char| c == '/' || c.is_whitespace() || c == '"' || c == '\'')
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        if let Some(at) = authority.rfind('@') {
            let userinfo = &authority[..at];
            match userinfo.find(':') {
                Some(colon) => {
                    out.push_str(&userinfo[..colon]);
                    out.push_str(":***");
                }
                None if !userinfo.is_empty() => out.push_str("***"),
                None => {}
            }
            out.push_str(&authority[at..]);
        } else {
            out.push_str(authority);
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords_in_urls() {
        assert_eq!(redact_text("redis://u:pw@h:1/0"), "redis://u:***@h:1/0");
        assert_eq!(redact_text("rediss://:pw@h"), "rediss://:***@h");
        assert_eq!(redact_text("redis://pw@h x"), "redis://***@h x");
        assert_eq!(redact_text("no url here"), "no url here");
        assert_eq!(
            redact_text("a redis://h:1 b unix:///tmp/s"),
            "a redis://h:1 b unix:///tmp/s"
        );
    }
}
