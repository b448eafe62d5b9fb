//! A snapshot streamed from a live server over the replication protocol, as `redis-cli --rdb`
//! gets one: `REPLCONF capa eof`, `REPLCONF rdb-only 1`, then `SYNC`. The server forks once and
//! sends the snapshot either as `$<length>\r\n<bytes>` (written to its disk first) or, with
//! diskless replication, as `$EOF:<40-byte mark>\r\n<bytes><mark>`. The bytes go straight into
//! the [`RdbReader`](super::RdbReader): nothing is written on this side, and no command is sent
//! per key.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::os::unix::net::UnixStream;
use std::time::Duration;

/// Where to ask for a snapshot, and as whom.
#[derive(Debug, Clone)]
pub struct SyncTarget {
    /// `host:port`, or a socket path when `unix` is set.
    pub addr: String,
    pub unix: bool,
    pub username: Option<String>,
    pub password: Option<String>,
    pub connect_timeout: Duration,
    /// How long one read may wait: the server first forks and, without diskless replication,
    /// writes the whole file before the first byte comes (it sends a newline every second
    /// meanwhile, so this only has to cover a silent server).
    pub read_timeout: Duration,
}

/// How the server framed the snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Framing {
    /// `$<length>`: the file, written to the server's disk first.
    Length(u64),
    /// `$EOF:<mark>`: diskless, ended by the 40-byte mark.
    Diskless,
}

/// The snapshot's bytes, positioned at `REDIS`.
pub struct Snapshot {
    pub reader: Box<dyn Read + Send>,
    pub framing: Framing,
}

/// A failure before the snapshot started, with whether it was the server refusing.
#[derive(Debug)]
pub struct SyncError {
    pub message: String,
    /// The server answered with an error (ACL, a replica that is itself loading, ...).
    pub refused: bool,
}

fn io_err(addr: &str, what: &str, e: io::Error) -> SyncError {
    SyncError {
        message: format!("{addr}: {what}: {e}"),
        refused: false,
    }
}

trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

/// One RESP argument array.
fn command(args: &[&[u8]]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a);
        out.extend_from_slice(b"\r\n");
    }
    out
}

fn read_line(r: &mut impl BufRead, addr: &str) -> Result<String, SyncError> {
    let mut line = Vec::new();
    r.read_until(b'\n', &mut line)
        .map_err(|e| io_err(addr, "reading the reply", e))?;
    if line.is_empty() {
        return Err(SyncError {
            message: format!("{addr}: the server closed the connection"),
            refused: false,
        });
    }
    Ok(String::from_utf8_lossy(&line).trim_end().to_owned())
}

/// Connects, authenticates and sends SYNC; returns the snapshot stream once the server starts
/// sending it.
pub fn open(target: &SyncTarget) -> Result<Snapshot, SyncError> {
    let addr = target.addr.as_str();
    let stream: Box<dyn Stream> = if target.unix {
        let s = UnixStream::connect(addr).map_err(|e| io_err(addr, "connecting", e))?;
        s.set_read_timeout(Some(target.read_timeout))
            .map_err(|e| io_err(addr, "setting a timeout", e))?;
        Box::new(s)
    } else {
        let sa = addr
            .to_socket_addrs()
            .map_err(|e| io_err(addr, "resolving", e))?
            .next()
            .ok_or_else(|| SyncError {
                message: format!("{addr}: the name resolves to no address"),
                refused: false,
            })?;
        let s = TcpStream::connect_timeout(&sa, target.connect_timeout)
            .map_err(|e| io_err(addr, "connecting", e))?;
        s.set_read_timeout(Some(target.read_timeout))
            .map_err(|e| io_err(addr, "setting a timeout", e))?;
        let _ = s.set_nodelay(true);
        Box::new(s)
    };
    let mut r = BufReader::with_capacity(64 * 1024, stream);

    // AUTH and the REPLCONFs in one write; their replies are read in order.
    let mut out = Vec::new();
    let mut expect_ok = Vec::new();
    if let Some(pw) = &target.password {
        match &target.username {
            Some(u) => out.extend(command(&[b"AUTH", u.as_bytes(), pw.as_bytes()])),
            None => out.extend(command(&[b"AUTH", pw.as_bytes()])),
        }
        expect_ok.push(("AUTH", true));
    }
    out.extend(command(&[b"REPLCONF", b"capa", b"eof"]));
    expect_ok.push(("REPLCONF capa eof", false));
    // Redis 7+: an RDB-only replica (the server does not stream writes afterwards); older
    // servers answer an error, which is fine.
    out.extend(command(&[b"REPLCONF", b"rdb-only", b"1"]));
    expect_ok.push(("REPLCONF rdb-only", false));
    r.get_mut()
        .write_all(&out)
        .map_err(|e| io_err(addr, "sending the handshake", e))?;
    for (what, required) in expect_ok {
        let line = read_line(&mut r, addr)?;
        if let Some(err) = line.strip_prefix('-')
            && required
        {
            return Err(SyncError {
                message: format!("{addr}: {what} was refused: {err}"),
                refused: true,
            });
        }
    }
    r.get_mut()
        .write_all(b"SYNC\r\n")
        .map_err(|e| io_err(addr, "sending SYNC", e))?;
    // The server sends newlines while it prepares the snapshot.
    let header = loop {
        let line = read_line(&mut r, addr)?;
        if !line.is_empty() {
            break line;
        }
    };
    if let Some(err) = header.strip_prefix('-') {
        return Err(SyncError {
            message: format!("{addr}: SYNC was refused: {err}"),
            refused: true,
        });
    }
    let Some(rest) = header.strip_prefix('$') else {
        return Err(SyncError {
            message: format!("{addr}: unexpected answer to SYNC: {header:?}"),
            refused: false,
        });
    };
    if let Some(mark) = rest.strip_prefix("EOF:") {
        if mark.len() != 40 {
            return Err(SyncError {
                message: format!("{addr}: a diskless snapshot mark of {} bytes", mark.len()),
                refused: false,
            });
        }
        // The reader stops at the RDB's own end (EOF opcode and checksum); the mark follows.
        return Ok(Snapshot {
            reader: Box::new(r),
            framing: Framing::Diskless,
        });
    }
    let len: u64 = rest.parse().map_err(|_| SyncError {
        message: format!("{addr}: unexpected snapshot header {header:?}"),
        refused: false,
    })?;
    Ok(Snapshot {
        reader: Box::new(r.take(len)),
        framing: Framing::Length(len),
    })
}

/// Why a fork for a snapshot may hurt this server, from its `INFO memory`: `None` when the
/// headroom looks fine. Copy-on-write can, while writes continue, need up to the whole
/// dataset again; the judgement is the resident size against the machine's memory.
pub fn fork_risk(addr: &str, info: &str) -> Option<String> {
    let num = |f: &str| -> u64 {
        info.lines()
            .find_map(|l| l.strip_prefix(f)?.strip_prefix(':'))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    };
    let rss = num("used_memory_rss").max(num("used_memory"));
    let system = num("total_system_memory");
    let maxmemory = num("maxmemory");
    let gib = |b: u64| format!("{:.1} GiB", b as f64 / f64::from(1u32 << 30));
    if system == 0 {
        return Some(format!(
            "{addr} does not report its machine's memory (total_system_memory), so the fork's headroom cannot be judged"
        ));
    }
    // Room for the parent and a child that may come to copy most of it.
    if rss.saturating_mul(2) > system / 10 * 9 {
        return Some(format!(
            "{addr} holds {} resident of {} on its machine: the snapshot's fork may need up to as much again while writes continue (copy-on-write), which this machine may not have",
            gib(rss),
            gib(system)
        ));
    }
    if maxmemory > 0 && maxmemory.saturating_mul(2) > system / 10 * 9 {
        return Some(format!(
            "{addr} may grow to its maxmemory of {} on a machine of {}: a fork at that size could need up to as much again (copy-on-write)",
            gib(maxmemory),
            gib(system)
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fork_risk_judges_resident_memory_against_the_machine() {
        let info = |rss: u64, sys: u64, max: u64| {
            format!(
                "# Memory\r\nused_memory:{rss}\r\nused_memory_rss:{rss}\r\ntotal_system_memory:{sys}\r\nmaxmemory:{max}\r\n"
            )
        };
        let g = 1u64 << 30;
        assert_eq!(fork_risk("n", &info(g, 16 * g, 0)), None);
        assert_eq!(fork_risk("n", &info(g, 16 * g, 4 * g)), None);
        let w = fork_risk("n", &info(5 * g, 8 * g, 0)).expect("risky");
        assert!(w.contains("5.0 GiB resident of 8.0 GiB"), "{w}");
        assert!(fork_risk("n", &info(g, 8 * g, 6 * g)).is_some());
        assert!(fork_risk("n", "# Memory\r\nused_memory:10\r\n").is_some());
    }

    #[test]
    fn commands_are_resp_arrays() {
        assert_eq!(
            command(&[b"AUTH", b"pw"]),
            b"*2\r\n$4\r\nAUTH\r\n$2\r\npw\r\n".to_vec()
        );
    }
}
