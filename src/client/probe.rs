//! What answered when a connection got a reply that is not Redis: an HTTP server (a wrong
//! port, a load balancer's health page) is named as such instead of a protocol parse error.

use crate::error::Error;
use redis::{ConnectionAddr, ConnectionInfo};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// When `e` says the reply could not be parsed as RESP, asks the endpoint once more (a fresh
/// TCP connection, an inline `PING`) and names what answered. `None` when that cannot be told
/// (TLS, a socket, no answer, or an answer that looks like Redis after all).
pub(super) async fn not_redis(info: &ConnectionInfo, e: &redis::RedisError) -> Option<Error> {
    if !looks_unparseable(e) {
        return None;
    }
    ask_again(info).await
}

/// As [`not_redis`], for the first request on a connection (the set-up pipeline): something
/// that is not Redis may also have hung up on it (a broken pipe, a reset).
pub(super) async fn not_redis_at_first(
    info: &ConnectionInfo,
    e: &redis::RedisError,
) -> Option<Error> {
    if !(looks_unparseable(e) || e.is_io_error() || e.is_connection_dropped()) {
        return None;
    }
    ask_again(info).await
}

async fn ask_again(info: &ConnectionInfo) -> Option<Error> {
    let ConnectionAddr::Tcp(host, port) = info.addr() else {
        return None;
    };
    let addr = format!("{host}:{port}");
    let wait = Duration::from_secs(2);
    let mut s = tokio::time::timeout(wait, tokio::net::TcpStream::connect((host.as_str(), *port)))
        .await
        .ok()?
        .ok()?;
    s.write_all(b"PING\r\n").await.ok()?;
    let mut buf = [0u8; 64];
    let n = tokio::time::timeout(wait, s.read(&mut buf))
        .await
        .ok()?
        .ok()?;
    describe(&addr, &buf[..n])
}

fn looks_unparseable(e: &redis::RedisError) -> bool {
    e.kind() == redis::ErrorKind::Parse || e.to_string().contains("Parse error")
}

/// Names what sent `head` in answer to a `PING`, unless it looks like Redis.
pub fn describe(addr: &str, head: &[u8]) -> Option<Error> {
    let hint = "check the port (Redis usually listens on 6379, or 7000+ in a cluster) and that \
                nothing (a proxy, a load balancer) sits in front of it";
    if head.is_empty() || matches!(head[0], b'+' | b'-' | b':' | b'$' | b'*' | b'%' | b'_') {
        return None;
    }
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    if lower.starts_with("http/") || lower.starts_with("<!doctype") || lower.starts_with("<html") {
        return Some(
            Error::connection(format!("{addr} answered like an HTTP server, not Redis")).hint(hint),
        );
    }
    let shown: String = head
        .iter()
        .take(32)
        .flat_map(|b| std::ascii::escape_default(*b))
        .map(char::from)
        .collect();
    Some(
        Error::connection(format!(
            "{addr} did not answer like Redis (it sent \"{shown}\")"
        ))
        .hint(hint),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_http_and_other_non_redis_answers() {
        let http = describe("h:1", b"HTTP/1.1 400 Bad Request\r\n").expect("http");
        assert_eq!(http.message, "h:1 answered like an HTTP server, not Redis");
        assert!(describe("h:1", b"<!DOCTYPE HTML>").is_some());
        assert!(describe("h:1", b"+PONG\r\n").is_none());
        assert!(describe("h:1", b"-NOAUTH\r\n").is_none());
        let ssh = describe("h:1", b"SSH-2.0-OpenSSH\r\n").expect("other");
        assert!(ssh.message.contains("SSH-2.0"), "{}", ssh.message);
    }
}
