//! The audit log file itself: how a line is appended (whole or not at all, hash-chained,
//! 0600, never through a symlink), how the log is read (a line at a time, a torn line reported
//! and skipped), how restores are serialised, and who is recorded as having acted.
//!
//! Each line is one JSON object. Every line this version writes carries `seq` (its position
//! in the chain, from 1) and `prev_sha256` (the SHA-256 of the previous line's bytes, `null`
//! for the first), so `redops audit verify` can name the first line edited, removed or
//! reordered.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Why the log could not be used. `Symlink` is refused on purpose; `Io` is the file system.
#[derive(Debug)]
pub enum LogError {
    Symlink(PathBuf),
    Io(std::io::Error),
}

impl std::fmt::Display for LogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LogError::Symlink(p) => write!(
                f,
                "{} is a symbolic link; redops never reads or writes the audit log through a link",
                p.display()
            ),
            LogError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<std::io::Error> for LogError {
    fn from(e: std::io::Error) -> Self {
        LogError::Io(e)
    }
}

fn open_error(path: &Path, e: std::io::Error) -> LogError {
    // O_NOFOLLOW on a symlink: ELOOP.
    if e.raw_os_error() == Some(libc::ELOOP) {
        LogError::Symlink(path.to_path_buf())
    } else {
        LogError::Io(e)
    }
}

/// Creates the log's missing directories 0700 (whatever the umask).
fn create_dirs(dir: &Path) -> std::io::Result<()> {
    let mut missing = Vec::new();
    let mut d = Some(dir);
    while let Some(p) = d.filter(|p| !p.as_os_str().is_empty()) {
        if p.symlink_metadata().is_ok() {
            break;
        }
        missing.push(p.to_path_buf());
        d = p.parent();
    }
    for p in missing.iter().rev() {
        match std::fs::DirBuilder::new().mode(0o700).create(p) {
            Ok(()) => std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700))?,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Opens the log for appending: created 0600 (and its directories 0700) when missing, never
/// through a symlink.
fn open_for_append(path: &Path) -> Result<File, LogError> {
    if let Some(dir) = path.parent() {
        create_dirs(dir)?;
    }
    let mut opts = OpenOptions::new();
    opts.read(true)
        .append(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .mode(0o600);
    match opts.clone().create_new(true).open(path) {
        Ok(f) => {
            // The umask may have taken bits away (never added any): make it exactly 0600.
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
            Ok(f)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            opts.open(path).map_err(|e| open_error(path, e))
        }
        Err(e) => Err(open_error(path, e)),
    }
}

/// Opens the log for reading, never through a symlink. `None`: there is no log yet.
pub fn open_for_read(path: &Path) -> Result<Option<File>, LogError> {
    match OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
    {
        Ok(f) => Ok(Some(f)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(open_error(path, e)),
    }
}

/// A warning when the log (or its directory) can be read or written by others than its owner.
pub fn loose_permissions(path: &Path) -> Option<String> {
    let mode = path.symlink_metadata().ok()?.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Some(format!(
            "the audit log {} is mode {mode:04o}: others can read the prior values, tokens and payloads it holds; run `chmod 600 {}`",
            path.display(),
            path.display()
        ));
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty())?;
    let dmode = dir.metadata().ok()?.permissions().mode() & 0o777;
    (dmode & 0o022 != 0).then(|| {
        format!(
            "the audit log's directory {} is mode {dmode:04o}: others can replace or remove the log; run `chmod 700 {}`",
            dir.display(),
            dir.display()
        )
    })
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Reads the line that ends at `end` (exclusive of its newline, if any): its bytes.
fn line_before(f: &mut File, end: u64) -> std::io::Result<(u64, Vec<u8>)> {
    const CHUNK: u64 = 64 * 1024;
    let mut start = end;
    let mut tail: Vec<u8> = Vec::new();
    while start > 0 {
        let from = start.saturating_sub(CHUNK);
        let mut chunk = vec![0u8; (start - from) as usize];
        f.seek(SeekFrom::Start(from))?;
        f.read_exact(&mut chunk)?;
        if let Some(nl) = chunk.iter().rposition(|&b| b == b'\n') {
            chunk.drain(..=nl);
            chunk.extend_from_slice(&tail);
            return Ok((from + nl as u64 + 1, chunk));
        }
        chunk.extend_from_slice(&tail);
        tail = chunk;
        start = from;
    }
    Ok((0, tail))
}

/// What a new line continues: the hash of the last line and the next sequence number.
fn chain_tail(f: &mut File, len: u64) -> std::io::Result<(Option<String>, u64, bool)> {
    if len == 0 {
        return Ok((None, 1, false));
    }
    let mut last_byte = [0u8; 1];
    f.seek(SeekFrom::Start(len - 1))?;
    f.read_exact(&mut last_byte)?;
    let torn = last_byte[0] != b'\n';
    let end = if torn { len } else { len - 1 };
    let (mut start, last) = line_before(f, end)?;
    let prev = Some(sha256_hex(&last));
    // The sequence continues from the newest whole line that has one (a torn fragment, or a
    // line from an older redops, has none).
    let mut line = last;
    let seq = loop {
        if let Some(s) = serde_json::from_slice::<Value>(&line)
            .ok()
            .and_then(|v| v.get("seq").and_then(Value::as_u64))
        {
            break s + 1;
        }
        if start == 0 {
            break 1;
        }
        let (s, l) = line_before(f, start - 1)?;
        start = s;
        line = l;
    };
    Ok((prev, seq, torn))
}

/// Appends one line, whole or not at all: under an exclusive lock of the file, one write of the
/// complete line, then fsync; on any failure the file is truncated back to where the line
/// began. `seq` and `prev_sha256` are added to the line. A torn line left by a crash is
/// closed with a newline first, so the new line is never glued onto it. Returns the line as
/// written (without its newline).
pub fn append(path: &Path, mut line: Map<String, Value>) -> Result<String, LogError> {
    let mut f = open_for_append(path)?;
    f.lock()?;
    let len = f.metadata()?.len();
    let (prev, seq, torn) = chain_tail(&mut f, len)?;
    line.insert("seq".into(), json!(seq));
    line.insert("prev_sha256".into(), json!(prev));
    let json = serde_json::to_string(&Value::Object(line)).map_err(std::io::Error::other)?;
    let mut text = Vec::with_capacity(json.len() + 2);
    if torn {
        text.push(b'\n');
    }
    text.extend_from_slice(json.as_bytes());
    text.push(b'\n');
    let written = f.write_all(&text).and_then(|()| f.sync_data());
    if let Err(e) = written {
        let _ = f.set_len(len);
        let _ = f.sync_data();
        return Err(LogError::Io(e));
    }
    Ok(json)
}

/// Where syslog listens: `REDOPS_SYSLOG_SOCKET` (tests, unusual systems), else `/dev/log`
/// (journald and rsyslog both listen there).
pub fn syslog_socket() -> PathBuf {
    std::env::var_os("REDOPS_SYSLOG_SOCKET")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/dev/log"))
}

/// Sends one audit line to syslog (facility authpriv, severity notice) as one datagram: the
/// line without its prior values and payloads (those stay in the 0600 file), plus
/// `line_sha256`, the hash of the full line as written, which anchors the local file outside
/// the operator's reach.
pub fn ship_to_syslog(written: &str) -> std::io::Result<()> {
    let mut v: Value = serde_json::from_str(written).map_err(std::io::Error::other)?;
    if let Value::Object(m) = &mut v {
        m.remove("prior");
        m.remove("context");
        if let Some(Value::Object(o)) = m.get_mut("outcome") {
            o.remove("removed");
            o.remove("put_back");
        }
        m.insert("line_sha256".into(), json!(sha256_hex(written.as_bytes())));
    }
    // <PRI> = facility authpriv (10) * 8 + severity notice (5).
    let msg = format!("<85>redops[{}]: {v}", std::process::id());
    let sock = std::os::unix::net::UnixDatagram::unbound()?;
    sock.send_to(msg.as_bytes(), syslog_socket())?;
    Ok(())
}

/// The exclusive lock that serialises restores: held from reading what earlier restores put
/// back until this restore's outcome is on disk. A file beside the log (`PATH.lock`).
pub fn lock_restores(path: &Path) -> Result<File, LogError> {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    let lock = PathBuf::from(name);
    let f = open_for_append(&lock)?;
    f.lock()?;
    Ok(f)
}

/// One line of the log as read.
pub enum Line {
    Json(Value),
    /// Not a JSON object: `torn` when it is the last line and has no newline (an interrupted
    /// write), otherwise a damaged line.
    Bad {
        torn: bool,
        error: String,
    },
}

/// Reads the log a line at a time (memory bounded by the longest line), calling `each` with
/// the line number (from 1), the byte offset where the line begins, its raw bytes (no newline)
/// and the parsed line. Blank lines are skipped.
pub fn for_each_line(
    file: File,
    mut each: impl FnMut(usize, u64, &[u8], Line) -> bool,
) -> std::io::Result<()> {
    let mut r = BufReader::with_capacity(256 * 1024, file);
    let mut buf = Vec::new();
    let mut n = 0;
    let mut offset = 0u64;
    loop {
        buf.clear();
        let read = r.read_until(b'\n', &mut buf)?;
        if read == 0 {
            return Ok(());
        }
        n += 1;
        let start = offset;
        offset += read as u64;
        let complete = buf.last() == Some(&b'\n');
        if complete {
            buf.pop();
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed = match serde_json::from_slice::<Value>(&buf) {
            Ok(v) if v.is_object() => Line::Json(v),
            Ok(_) => Line::Bad {
                torn: !complete,
                error: "not a JSON object".into(),
            },
            Err(e) => Line::Bad {
                torn: !complete,
                error: e.to_string(),
            },
        };
        if !each(n, start, &buf, parsed) {
            return Ok(());
        }
    }
}

/// Reads the one line that begins at `offset`.
pub fn read_line_at(file: &mut File, offset: u64) -> std::io::Result<Option<Value>> {
    file.seek(SeekFrom::Start(offset))?;
    let mut buf = Vec::new();
    BufReader::new(&mut *file).read_until(b'\n', &mut buf)?;
    Ok(serde_json::from_slice(&buf).ok())
}

/// The warning for a line that is not JSON.
pub fn bad_line_warning(path: &Path, n: usize, torn: bool, error: &str) -> String {
    if torn {
        format!(
            "{}:{n}: the last line is incomplete (a write was interrupted); it is skipped",
            path.display()
        )
    } else {
        format!(
            "{}:{n}: not a JSON line ({error}); it is skipped",
            path.display()
        )
    }
}

/// The first break in the chain: the line and what is wrong with it.
#[derive(Debug, PartialEq)]
pub struct Broken {
    pub line: usize,
    pub problem: String,
}

/// What `audit verify` found.
#[derive(Debug, Default)]
pub struct Verified {
    pub lines: usize,
    pub chained: usize,
    /// Lines before the first chained one (written by a redops without the chain).
    pub unchained: usize,
    /// Line numbers of torn lines (interrupted writes).
    pub torn: Vec<usize>,
    pub broken: Option<Broken>,
}

/// Walks the chain: each chained line's `prev_sha256` must be the hash of the line before it,
/// and its `seq` one more than the previous chained line's.
pub fn verify(file: File) -> std::io::Result<Verified> {
    let mut v = Verified::default();
    let mut prev_hash: Option<String> = None;
    let mut prev_seq: Option<u64> = None;
    for_each_line(file, |n, _, raw, line| {
        v.lines += 1;
        let hash = sha256_hex(raw);
        let mut fail = |line: usize, problem: String| {
            v.broken = Some(Broken { line, problem });
            false
        };
        let value = match line {
            Line::Json(value) => value,
            Line::Bad { .. } => {
                // A fragment from an interrupted write: the next line hashes it, so the chain
                // still holds across it; anything else that is not JSON was damaged.
                v.torn.push(n);
                prev_hash = Some(hash);
                return true;
            }
        };
        let seq = value.get("seq").and_then(Value::as_u64);
        let recorded = value.get("prev_sha256");
        let (Some(seq), Some(recorded)) = (seq, recorded) else {
            if prev_seq.is_some() {
                return fail(
                    n,
                    "this line has no place in the chain (no seq / prev_sha256): it was inserted, or edited".into(),
                );
            }
            v.unchained += 1;
            prev_hash = Some(hash);
            return true;
        };
        let recorded = recorded.as_str().map(str::to_owned);
        let expected_seq = prev_seq.map_or(1, |s| s + 1);
        if prev_seq.is_some() || n == 1 {
            if seq > expected_seq {
                return fail(
                    n,
                    format!(
                        "{} line(s) before this one were removed or moved (seq {} follows seq {})",
                        seq - expected_seq,
                        seq,
                        expected_seq - 1
                    ),
                );
            }
            if seq < expected_seq {
                return fail(
                    n,
                    format!(
                        "this line is out of order or repeated (seq {seq} after seq {})",
                        expected_seq - 1
                    ),
                );
            }
        }
        if recorded != prev_hash {
            let problem = match (n, &recorded) {
                (1, Some(_)) => "the line(s) before this one were removed (it records the hash of a previous line, and is the first)".to_owned(),
                (_, None) => "this line claims to be the first of the log, but it is not: lines before it were inserted".to_owned(),
                _ => {
                    return fail(
                        n - 1,
                        format!("this line was edited (line {n} records a different hash for it)"),
                    );
                }
            };
            return fail(n, problem);
        }
        v.chained += 1;
        prev_seq = Some(seq);
        prev_hash = Some(hash);
        true
    })?;
    Ok(v)
}

/// Who acted, from where, with what: recorded in every line.
pub fn who() -> Map<String, Value> {
    let mut m = Map::new();
    // SAFETY: getuid cannot fail.
    let uid = unsafe { libc::getuid() };
    m.insert(
        "user".into(),
        json!(user_name(uid).unwrap_or_else(|| format!("uid {uid}"))),
    );
    m.insert("uid".into(), json!(uid));
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if let Some(s) = var("SUDO_USER") {
        m.insert("sudo_user".into(), json!(s));
    }
    if let Some(l) = var("LOGNAME") {
        m.insert("login_user".into(), json!(l));
    }
    // SSH_CONNECTION: "client_ip client_port server_ip server_port"; SSH_CLIENT: "ip port port".
    if let Some(ip) = var("SSH_CONNECTION")
        .or_else(|| var("SSH_CLIENT"))
        .and_then(|s| s.split_whitespace().next().map(str::to_owned))
    {
        m.insert("ssh_client".into(), json!(ip));
    }
    if let Some(h) = hostname() {
        m.insert("host".into(), json!(h));
    }
    m.insert("redops_version".into(), json!(env!("CARGO_PKG_VERSION")));
    m
}

/// The name of a uid in the password database (getpwuid_r), if it has one.
fn user_name(uid: libc::uid_t) -> Option<String> {
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0 as libc::c_char; size];
        // SAFETY: zeroed is a valid passwd (pointers null); getpwuid_r fills it from `buf`,
        // which outlives every use of the pointers it sets.
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc =
            unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
        if rc == libc::ERANGE && size < 1 << 20 {
            size *= 4;
            continue;
        }
        if rc != 0 || result.is_null() || pwd.pw_name.is_null() {
            return None;
        }
        // SAFETY: pw_name points into `buf`, NUL-terminated by getpwuid_r.
        let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) };
        return Some(name.to_string_lossy().into_owned());
    }
}

fn hostname() -> Option<String> {
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates on success
    // (the last byte stays 0 if it truncates).
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) };
    if rc != 0 {
        return None;
    }
    // SAFETY: NUL-terminated within `buf` (its last byte is never written).
    let s = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) };
    Some(s.to_string_lossy().into_owned()).filter(|s| !s.is_empty())
}

/// `$XDG_STATE_HOME/redops/audit.jsonl` (or `~/.local/state/...`): where the log is when
/// neither `--audit-log` nor `REDOPS_AUDIT_LOG` says.
pub fn default_path() -> PathBuf {
    dirs::state_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join(".local/state")))
        .unwrap_or_else(std::env::temp_dir)
        .join("redops")
        .join("audit.jsonl")
}

/// One piece of Redis state a destructive command removes, with its full prior value.
/// The audit log stores these as JSON (`PriorItem::to_json`), bytes losslessly (a string, plus
/// a `_hex` sibling when not UTF-8), so that a restore needs nothing but the audit line.
#[derive(Debug, Clone, PartialEq)]
pub enum PriorItem {
    /// A string key (a lock): `SET key value [PX ttl_ms]`.
    String {
        key: Vec<u8>,
        value: Vec<u8>,
        ttl_ms: Option<i64>,
    },
    /// One field of a hash (a session): `HSET key field value`, and the TTL the hash had
    /// (`None`: no expiry), so that a hash a restore re-creates expires as it would have.
    HashField {
        key: Vec<u8>,
        field: Vec<u8>,
        value: Vec<u8>,
        key_ttl_ms: Option<i64>,
        /// The field's own remaining TTL (`HPEXPIRE`, Redis 7.4+), put back with it.
        field_ttl_ms: Option<i64>,
    },
    /// One member of a sorted set (a rate-limit entry): `ZADD key score member`.
    /// The score is kept as Redis printed it, so nothing is lost to float formatting.
    ZsetMember {
        key: Vec<u8>,
        member: Vec<u8>,
        score: String,
        /// The sorted set's TTL (`None`: no expiry), so that a set a restore re-creates expires
        /// as it would have (a rate-limit window without a TTL never shrinks).
        key_ttl_ms: Option<i64>,
    },
    /// One stream entry that was pending in a group (acknowledged or moved).
    StreamEntry {
        stream: Vec<u8>,
        id: String,
        /// Field/value pairs in stream order; `None` when the entry was already deleted.
        fields: Option<Vec<(Vec<u8>, Vec<u8>)>>,
        group: Vec<u8>,
        consumer: Vec<u8>,
        deliveries: u64,
        /// The stream's TTL when the entry was removed (`None`: no expiry, or an audit line
        /// written before it was recorded), so that a stream a restore adds the entry to gets
        /// the expiry it had.
        stream_ttl_ms: Option<i64>,
    },
}

impl PriorItem {
    pub fn to_json(&self) -> Value {
        use crate::output::put_bytes;
        let mut m = serde_json::Map::new();
        match self {
            PriorItem::String { key, value, ttl_ms } => {
                m.insert("kind".into(), json!("string"));
                put_bytes(&mut m, "key", key);
                put_bytes(&mut m, "value", value);
                m.insert("ttl_ms".into(), json!(ttl_ms));
            }
            PriorItem::HashField {
                key,
                field,
                value,
                key_ttl_ms,
                field_ttl_ms,
            } => {
                m.insert("kind".into(), json!("hash_field"));
                put_bytes(&mut m, "key", key);
                put_bytes(&mut m, "field", field);
                put_bytes(&mut m, "value", value);
                m.insert("key_ttl_ms".into(), json!(key_ttl_ms));
                m.insert("field_ttl_ms".into(), json!(field_ttl_ms));
            }
            PriorItem::ZsetMember {
                key,
                member,
                score,
                key_ttl_ms,
            } => {
                m.insert("kind".into(), json!("zset_member"));
                put_bytes(&mut m, "key", key);
                put_bytes(&mut m, "member", member);
                m.insert("score".into(), json!(score));
                m.insert("key_ttl_ms".into(), json!(key_ttl_ms));
            }
            PriorItem::StreamEntry {
                stream,
                id,
                fields,
                group,
                consumer,
                deliveries,
                stream_ttl_ms,
            } => {
                m.insert("kind".into(), json!("stream_entry"));
                m.insert("stream_ttl_ms".into(), json!(stream_ttl_ms));
                put_bytes(&mut m, "stream", stream);
                m.insert("id".into(), json!(id));
                put_bytes(&mut m, "group", group);
                put_bytes(&mut m, "consumer", consumer);
                m.insert("deliveries".into(), json!(deliveries));
                let fields = fields.as_ref().map(|fs| {
                    fs.iter()
                        .map(|(f, v)| {
                            let mut p = serde_json::Map::new();
                            put_bytes(&mut p, "field", f);
                            put_bytes(&mut p, "value", v);
                            Value::Object(p)
                        })
                        .collect::<Vec<_>>()
                });
                m.insert("fields".into(), json!(fields));
            }
        }
        Value::Object(m)
    }

    /// Reads an item back from its audit-log JSON.
    pub fn from_json(v: &Value) -> std::result::Result<PriorItem, String> {
        let bytes = |obj: &Value, name: &str| -> std::result::Result<Vec<u8>, String> {
            if let Some(h) = obj.get(format!("{name}_hex")).and_then(Value::as_str) {
                return crate::output::parse_hex(h);
            }
            obj.get(name)
                .and_then(Value::as_str)
                .map(|s| s.as_bytes().to_vec())
                .ok_or_else(|| format!("missing field '{name}'"))
        };
        match v.get("kind").and_then(Value::as_str) {
            Some("string") => Ok(PriorItem::String {
                key: bytes(v, "key")?,
                value: bytes(v, "value")?,
                ttl_ms: v.get("ttl_ms").and_then(Value::as_i64),
            }),
            Some("hash_field") => Ok(PriorItem::HashField {
                key: bytes(v, "key")?,
                field: bytes(v, "field")?,
                value: bytes(v, "value")?,
                key_ttl_ms: v.get("key_ttl_ms").and_then(Value::as_i64),
                // Absent in lines written before per-field TTLs were recorded: none.
                field_ttl_ms: v.get("field_ttl_ms").and_then(Value::as_i64),
            }),
            Some("zset_member") => Ok(PriorItem::ZsetMember {
                key: bytes(v, "key")?,
                member: bytes(v, "member")?,
                score: v
                    .get("score")
                    .and_then(Value::as_str)
                    .ok_or("missing field 'score'")?
                    .to_owned(),
                key_ttl_ms: v.get("key_ttl_ms").and_then(Value::as_i64),
            }),
            Some("stream_entry") => {
                let fields = match v.get("fields") {
                    Some(Value::Array(a)) => Some(
                        a.iter()
                            .map(|p| Ok((bytes(p, "field")?, bytes(p, "value")?)))
                            .collect::<std::result::Result<Vec<_>, String>>()?,
                    ),
                    _ => None,
                };
                Ok(PriorItem::StreamEntry {
                    stream: bytes(v, "stream")?,
                    id: v
                        .get("id")
                        .and_then(Value::as_str)
                        .ok_or("missing field 'id'")?
                        .to_owned(),
                    fields,
                    group: bytes(v, "group")?,
                    consumer: bytes(v, "consumer")?,
                    deliveries: v.get("deliveries").and_then(Value::as_u64).unwrap_or(0),
                    // Absent in lines written before stream TTLs were recorded: none.
                    stream_ttl_ms: v.get("stream_ttl_ms").and_then(Value::as_i64),
                })
            }
            other => Err(format!("unknown item kind {other:?}")),
        }
    }
}

impl Serialize for PriorItem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

impl PriorItem {
    /// The `prior` items of an intent line or a `part` line (none when it has none); `Err` names
    /// the first item that cannot be read.
    pub fn list_of(line: &Value) -> std::result::Result<Vec<PriorItem>, String> {
        line.get("prior")
            .and_then(Value::as_array)
            .map_or(Ok(Vec::new()), |a| {
                a.iter().map(PriorItem::from_json).collect()
            })
    }
}

impl<'de> Deserialize<'de> for PriorItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        PriorItem::from_json(&Value::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// What a line of the log is: `intent` (what is about to change, with the prior values),
/// `outcome` (what became of it, an [`Outcome`]), `chunk` (a [`Chunk`] of a chunked change,
/// before it is sent), `part` / `part_outcome` (a [`Part`] of a change made in parts, and a
/// [`PartOutcome`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Intent,
    Outcome,
    Chunk,
    Part,
    PartOutcome,
}

impl Phase {
    /// The phase of a line as read; `None` when it has none (or one this version does not know).
    pub fn of(line: &Value) -> Option<Phase> {
        Phase::deserialize(line.get("phase")?).ok()
    }
}

/// The status of an audited change's outcome. Every status redops writes is one of these; a
/// line from another version with a status this one does not know is read as `Other`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Done as planned.
    Done,
    /// Refused (by redops or the server) before anything was changed.
    Refused,
    /// The write was sent but its reply was lost: whether it was applied is not known.
    Unknown,
    /// Some parts' replies were lost (`session kill`): the rest is known.
    PartlyUnknown,
    /// Some items were not sent (`session kill`).
    Partial,
    /// Stopped by an error after some items were applied (`not_attempted` says which not).
    Failed,
    /// Stopped by Ctrl-C (`session kill`); also what `audit restore` reads into a chunked
    /// change that has chunk lines but no outcome line.
    Interrupted,
    /// `lock force-release`: released; or not, because the token changed, the lock was
    /// extended, or it was gone; or the script answered something unexpected (unknown).
    Released,
    TokenChanged,
    Extended,
    Gone,
    Unexpected,
    /// `ratelimit reset`: done.
    Reset,
    /// `sentinel failover`: not sent (the sentinels could not be asked), or not sent because
    /// the primary had changed since the operator saw it.
    NotSent,
    PrimaryChanged,
    /// `audit restore`: everything, some, or none of what was to be put back was.
    Restored,
    PartlyRestored,
    NothingRestored,
    /// A status this version does not know (a newer redops wrote it), kept as written.
    Other(String),
}

impl Status {
    const NAMES: [(Status, &'static str); 18] = [
        (Status::Done, "done"),
        (Status::Refused, "refused"),
        (Status::Unknown, "unknown"),
        (Status::PartlyUnknown, "partly unknown"),
        (Status::Partial, "partial"),
        (Status::Failed, "failed"),
        (Status::Interrupted, "interrupted"),
        (Status::Released, "released"),
        (Status::TokenChanged, "token_changed"),
        (Status::Extended, "extended"),
        (Status::Gone, "gone"),
        (Status::Unexpected, "unexpected"),
        (Status::Reset, "reset"),
        (Status::NotSent, "not_sent"),
        (Status::PrimaryChanged, "primary_changed"),
        (Status::Restored, "restored"),
        (Status::PartlyRestored, "partly_restored"),
        (Status::NothingRestored, "nothing_restored"),
    ];

    /// The status as the log spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Status::Other(s) => s,
            known => Status::NAMES
                .iter()
                .find(|(s, _)| s == known)
                .map_or("?", |(_, name)| name),
        }
    }

    pub fn parse(text: &str) -> Status {
        Status::NAMES
            .iter()
            .find(|(_, name)| *name == text)
            .map_or_else(|| Status::Other(text.to_owned()), |(s, _)| s.clone())
    }

    /// Whether the change may or may not have been applied (a reply was lost or unexpected):
    /// only its current state can tell.
    pub fn is_unknown(&self) -> bool {
        matches!(
            self,
            Status::Unknown | Status::PartlyUnknown | Status::Unexpected
        )
    }

    /// Whether an `audit restore` reached its end (its `put_back` lists what it put back).
    pub fn is_restore_finished(&self) -> bool {
        matches!(
            self,
            Status::Restored | Status::PartlyRestored | Status::NothingRestored
        )
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Ok(Status::parse(&String::deserialize(d)?))
    }
}

/// The `skipped` of an outcome: how many items were skipped, or the skipped items themselves
/// with the reason for each (their shape is the command's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Skipped {
    Count(u64),
    Items(Vec<Value>),
}

/// The `outcome` of an audited change (the object in its `phase: "outcome"` line): its
/// [`Status`], what it is known to have removed (`audit restore` puts back these and nothing
/// else), what it put back (a restore), what it skipped, the error that stopped it, and the
/// command's own fields (`detail`: counts, nodes, the primary before and after, ...).
///
/// Written and read by this type: the keys of a line come out in the order they were set
/// (the order the line was read in, for a line read back), so every line is the same, byte for
/// byte, as the `json!` map it replaces, and a line this version wrote, read and written
/// again, is unchanged.
/// A known field whose value has another shape (a line from another version) stays in
/// `detail`, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub status: Status,
    pub removed: Option<Vec<PriorItem>>,
    pub put_back: Option<Vec<PriorItem>>,
    pub skipped: Option<Skipped>,
    pub error: Option<String>,
    pub detail: Map<String, Value>,
    /// The keys in the order they go into the line.
    order: Vec<String>,
}

impl Outcome {
    pub fn new(status: Status) -> Outcome {
        Outcome {
            status,
            removed: None,
            put_back: None,
            skipped: None,
            error: None,
            detail: Map::new(),
            order: vec!["status".into()],
        }
    }

    /// An outcome whose line begins with the command's own `fields` (stream ack/reclaim: what
    /// became of each entry), then the status.
    pub fn after(fields: Map<String, Value>, status: Status) -> Outcome {
        let mut o = Outcome::new(status);
        o.order.clear();
        for (k, v) in fields {
            o.set(k, v);
        }
        o.order.push("status".into());
        o
    }

    fn place(&mut self, key: &str) {
        if !self.order.iter().any(|k| k == key) {
            self.order.push(key.to_owned());
        }
    }

    /// The items the change is known to have removed (`removed`).
    pub fn removed<'a>(mut self, items: impl IntoIterator<Item = &'a PriorItem>) -> Outcome {
        self.removed = Some(items.into_iter().cloned().collect());
        self.place("removed");
        self
    }

    /// What a restore put back, or may have (`put_back`).
    pub fn put_back(mut self, items: Vec<PriorItem>) -> Outcome {
        self.put_back = Some(items);
        self.place("put_back");
        self
    }

    pub fn skipped(mut self, skipped: Skipped) -> Outcome {
        self.skipped = Some(skipped);
        self.place("skipped");
        self
    }

    pub fn error(mut self, message: impl Into<String>) -> Outcome {
        self.error = Some(message.into());
        self.place("error");
        self
    }

    /// One of the command's own fields (a known field's name sets that field).
    pub fn with(mut self, key: &str, value: impl Into<Value>) -> Outcome {
        self.set(key.to_owned(), value.into());
        self
    }

    /// Sets `key`: a known field when `value` has its shape, else a `detail` field.
    fn set(&mut self, key: String, value: Value) {
        fn typed<T: serde::de::DeserializeOwned>(v: &Value) -> Option<T> {
            T::deserialize(v).ok()
        }
        let known = match key.as_str() {
            "status" => typed(&value).map(|s| self.status = s).is_some(),
            "removed" => typed(&value).map(|r| self.removed = Some(r)).is_some(),
            "put_back" => typed(&value).map(|r| self.put_back = Some(r)).is_some(),
            "skipped" => typed(&value).map(|s| self.skipped = Some(s)).is_some(),
            "error" => typed(&value).map(|e| self.error = Some(e)).is_some(),
            _ => false,
        };
        if !known {
            self.detail.insert(key.clone(), value);
        }
        self.place(&key);
    }

    /// The outcome from a line's `outcome` object.
    pub fn from_json(v: &Value) -> std::result::Result<Outcome, String> {
        Outcome::deserialize(v).map_err(|e| e.to_string())
    }

    /// The outcome as its line holds it.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

impl Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        let entry = |m: &mut S::SerializeMap, key: &str| -> std::result::Result<(), S::Error> {
            match key {
                "status" => m.serialize_entry(key, &self.status),
                "removed" if self.removed.is_some() => m.serialize_entry(key, &self.removed),
                "put_back" if self.put_back.is_some() => m.serialize_entry(key, &self.put_back),
                "skipped" if self.skipped.is_some() => m.serialize_entry(key, &self.skipped),
                "error" if self.error.is_some() => m.serialize_entry(key, &self.error),
                _ => match self.detail.get(key) {
                    Some(v) => m.serialize_entry(key, v),
                    None => Ok(()),
                },
            }
        };
        for key in &self.order {
            entry(&mut m, key)?;
        }
        // Fields set directly (not through the builder) go after the others.
        for key in ["status", "removed", "put_back", "skipped", "error"]
            .into_iter()
            .chain(self.detail.keys().map(String::as_str))
        {
            if !self.order.iter().any(|k| k == key) {
                entry(&mut m, key)?;
            }
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Outcome {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let map = Map::<String, Value>::deserialize(d)?;
        let status = match map.get("status") {
            Some(s) => Status::deserialize(s).map_err(serde::de::Error::custom)?,
            None => return Err(serde::de::Error::missing_field("status")),
        };
        let mut o = Outcome::new(status);
        o.order.clear();
        for (k, v) in map {
            o.set(k, v);
        }
        Ok(o)
    }
}

/// A `chunk` line: before chunk `chunk` (1, 2, ...) of a chunked change is sent, the prior
/// items it covers (`items`: the half-open range `[from, to)` of the intent line's `prior`) and
/// which of the chunk before it were applied (`previous_applied`: indexes into `prior`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chunk {
    pub chunk: usize,
    pub items: [usize; 2],
    pub previous_applied: Vec<usize>,
}

/// A `part` line of a change made in parts (a large `session kill`): the prior values of part
/// `part` on `node`, written before any of it is sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    pub node: String,
    pub part: u64,
    pub prior: Vec<PriorItem>,
}

/// A `part_outcome` line: what became of each item of part `part` on `node`, one character per
/// item (`1` removed, `?` unknown, `s` not sent, others: skipped).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartOutcome {
    pub node: String,
    pub part: u64,
    pub results: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => unreachable!(),
        }
    }

    #[test]
    fn appends_chain_and_survive_a_torn_tail() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("a/b/audit.jsonl");
        append(&path, line(json!({"n": 1}))).expect("append");
        append(&path, line(json!({"n": 2}))).expect("append");
        let text = std::fs::read_to_string(&path).expect("read");
        let lines: Vec<&str> = text.lines().collect();
        let first: Value = serde_json::from_str(lines[0]).expect("json");
        let second: Value = serde_json::from_str(lines[1]).expect("json");
        assert_eq!(first["seq"], 1);
        assert_eq!(first["prev_sha256"], Value::Null);
        assert_eq!(second["seq"], 2);
        assert_eq!(
            second["prev_sha256"],
            json!(sha256_hex(lines[0].as_bytes()))
        );
        let mode = |p: &Path| p.metadata().expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        assert_eq!(mode(&dir.path().join("a/b")), 0o700);

        // A crash mid-line: the next line starts on a line of its own, after the fragment.
        let mut f = OpenOptions::new().append(true).open(&path).expect("open");
        f.write_all(br#"{"n": 3, "trunc"#).expect("write");
        drop(f);
        append(&path, line(json!({"n": 4}))).expect("append");
        let text = std::fs::read_to_string(&path).expect("read");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4);
        let fourth: Value = serde_json::from_str(lines[3]).expect("json");
        assert_eq!(fourth["seq"], 3);
        assert_eq!(
            fourth["prev_sha256"],
            json!(sha256_hex(lines[2].as_bytes()))
        );
    }

    fn chain(n: usize) -> (tempfile::TempDir, PathBuf, Vec<String>) {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("audit.jsonl");
        for i in 0..n {
            append(&path, line(json!({ "n": i }))).expect("append");
        }
        let lines = std::fs::read_to_string(&path)
            .expect("read")
            .lines()
            .map(str::to_owned)
            .collect();
        (dir, path, lines)
    }

    fn verify_text(path: &Path, lines: &[String]) -> Verified {
        std::fs::write(path, lines.join("\n") + "\n").expect("write");
        verify(File::open(path).expect("open")).expect("verify")
    }

    #[test]
    fn verify_names_the_first_line_edited_removed_or_reordered() {
        let (_d, path, lines) = chain(5);
        let ok = verify_text(&path, &lines);
        assert_eq!((ok.chained, ok.broken), (5, None));

        let mut edited = lines.clone();
        edited[2] = edited[2].replace("\"n\":2", "\"n\":9");
        assert_eq!(verify_text(&path, &edited).broken.map(|b| b.line), Some(3));

        let mut removed = lines.clone();
        removed.remove(1);
        let b = verify_text(&path, &removed).broken.expect("broken");
        assert_eq!(b.line, 2);
        assert!(b.problem.contains("removed"), "{}", b.problem);

        let mut first_removed = lines.clone();
        first_removed.remove(0);
        assert_eq!(
            verify_text(&path, &first_removed).broken.map(|b| b.line),
            Some(1)
        );

        let mut swapped = lines.clone();
        swapped.swap(2, 3);
        assert_eq!(verify_text(&path, &swapped).broken.map(|b| b.line), Some(3));

        let mut inserted = lines.clone();
        inserted.insert(2, r#"{"n":7}"#.into());
        assert_eq!(
            verify_text(&path, &inserted).broken.map(|b| b.line),
            Some(3)
        );

        // Lines from before the chain are counted, not judged.
        let mut legacy = vec![r#"{"old":1}"#.to_owned()];
        legacy.extend(lines.iter().cloned());
        std::fs::write(&path, legacy.join("\n") + "\n").expect("write");
        append(&path, line(json!({"n": 10}))).expect("append");
        let v = verify(File::open(&path).expect("open")).expect("verify");
        // The chain's first line records the hash of nothing, so the inserted old line shows.
        assert_eq!(v.broken.map(|b| b.line), Some(2));
        let fresh = tempfile::tempdir().expect("tmp");
        let p2 = fresh.path().join("audit.jsonl");
        std::fs::write(&p2, "{\"old\":1}\n").expect("write");
        append(&p2, line(json!({"n": 1}))).expect("append");
        append(&p2, line(json!({"n": 2}))).expect("append");
        let v = verify(File::open(&p2).expect("open")).expect("verify");
        assert_eq!((v.unchained, v.chained, v.broken), (1, 2, None));
    }

    #[test]
    fn a_symlink_is_refused() {
        let dir = tempfile::tempdir().expect("tmp");
        let target = dir.path().join("target");
        let link = dir.path().join("audit.jsonl");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        assert!(matches!(
            append(&link, line(json!({}))),
            Err(LogError::Symlink(_))
        ));
        assert!(!target.exists(), "a dangling link's target is not created");
    }

    #[test]
    fn who_names_the_uid() {
        let w = who();
        assert!(w["user"].as_str().is_some_and(|u| !u.is_empty()));
        assert!(w["uid"].is_u64());
        assert_eq!(w["redops_version"], env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn prior_items_round_trip_through_json_losslessly() {
        let items = vec![
            PriorItem::String {
                key: b"lock:a".to_vec(),
                value: b"\xff\x00t".to_vec(),
                ttl_ms: Some(5),
            },
            PriorItem::String {
                key: b"lock:b".to_vec(),
                value: b"t".to_vec(),
                ttl_ms: None,
            },
            PriorItem::HashField {
                key: b"sessions:user:1".to_vec(),
                field: b"s1".to_vec(),
                value: br#"{"a":1}"#.to_vec(),
                key_ttl_ms: Some(86_400_000),
                field_ttl_ms: Some(1_800_000),
            },
            PriorItem::ZsetMember {
                key: b"ratelimit:deposit:user:1".to_vec(),
                member: b"1700000000.5:ab".to_vec(),
                score: "1700000000.5".into(),
                key_ttl_ms: Some(600_000),
            },
            PriorItem::StreamEntry {
                stream: b"tx".to_vec(),
                id: "1-0".into(),
                fields: Some(vec![(b"payload".to_vec(), b"\xfe".to_vec())]),
                group: b"g".to_vec(),
                consumer: b"c".to_vec(),
                deliveries: 3,
                stream_ttl_ms: Some(600_000),
            },
            PriorItem::StreamEntry {
                stream: b"tx".to_vec(),
                id: "2-0".into(),
                fields: None,
                group: b"g".to_vec(),
                consumer: b"c".to_vec(),
                deliveries: 1,
                stream_ttl_ms: None,
            },
        ];
        for item in items {
            let back = PriorItem::from_json(&item.to_json()).expect("parse");
            assert_eq!(back, item);
        }
        assert!(PriorItem::from_json(&json!({"kind": "nope"})).is_err());
    }

    /// Each writer's outcome as it was built with `json!` before `Outcome` existed, and the
    /// same outcome built with the typed API: the same line, byte for byte.
    #[test]
    fn outcomes_are_written_byte_for_byte_as_the_json_maps_were() {
        let lock = PriorItem::String {
            key: b"lock:a".to_vec(),
            value: b"\xfft".to_vec(),
            ttl_ms: Some(5),
        };
        let entry = PriorItem::StreamEntry {
            stream: b"tx".to_vec(),
            id: "1-0".into(),
            fields: Some(vec![(b"f".to_vec(), b"v".to_vec())]),
            group: b"g".to_vec(),
            consumer: b"c".to_vec(),
            deliveries: 2,
            stream_ttl_ms: None,
        };
        let mut fields = Map::new();
        fields.insert("acknowledged".into(), json!(["1-0"]));
        fields.insert("skipped".into(), json!([{"id": "2-0", "reason": "gone"}]));
        fields.insert("not_attempted".into(), json!([]));
        fields.insert("unknown".into(), json!([]));
        let cases: Vec<(Value, Outcome)> = vec![
            (
                json!({"status": "refused", "error": "NOPERM", "removed": []}),
                Outcome::new(Status::Refused).error("NOPERM").removed([]),
            ),
            (
                json!({"status": "unknown", "error": "lost"}),
                Outcome::new(Status::Unknown).error("lost"),
            ),
            (
                json!({"status": "released", "ttl_ms_at_release": 4, "removed": [lock.to_json()]}),
                Outcome::new(Status::Released)
                    .with("ttl_ms_at_release", 4)
                    .removed([&lock]),
            ),
            (
                json!({"status": "unexpected", "reply": 7, "removed": []}),
                Outcome::new(Status::Unexpected)
                    .with("reply", 7)
                    .removed([]),
            ),
            (
                json!({"status": "reset", "removed": [], "skipped": 2, "not_attempted": 0, "unknown": 0, "chunks": 1, "error": "x"}),
                Outcome::new(Status::Reset)
                    .removed([])
                    .skipped(Skipped::Count(2))
                    .with("not_attempted", 0)
                    .with("unknown", 0)
                    .with("chunks", 1)
                    .error("x"),
            ),
            (
                json!({"acknowledged": ["1-0"], "skipped": [{"id": "2-0", "reason": "gone"}], "not_attempted": [], "unknown": [], "status": "done", "removed": [entry.to_json()], "requested": 2, "chunks": 1}),
                Outcome::after(fields, Status::Done)
                    .removed([&entry])
                    .with("requested", 2)
                    .with("chunks", 1),
            ),
            (
                json!({"status": "partly unknown", "parts": 3, "ended": 1, "unknown": 1, "not_sent": 1, "error": "e", "nodes": [{"node": "a"}]}),
                Outcome::new(Status::PartlyUnknown)
                    .with("parts", 3)
                    .with("ended", 1)
                    .with("unknown", 1)
                    .with("not_sent", 1)
                    .error("e")
                    .with("nodes", json!([{"node": "a"}])),
            ),
            (
                json!({"status": "done", "primary_before": "a:1", "primary_after": "b:2", "elapsed_ms": 9}),
                Outcome::new(Status::Done)
                    .with("primary_before", "a:1")
                    .with("primary_after", "b:2")
                    .with("elapsed_ms", 9),
            ),
            (
                json!({"status": "partly_restored", "restored": 1, "skipped": 1, "put_back": [lock.to_json()]}),
                Outcome::new(Status::PartlyRestored)
                    .with("restored", 1)
                    .skipped(Skipped::Count(1))
                    .put_back(vec![lock.clone()]),
            ),
        ];
        for (map, typed) in cases {
            let before = serde_json::to_string(&map).expect("json");
            assert_eq!(serde_json::to_string(&typed).expect("json"), before);
            // Read back by the same type: the same fields, and written again unchanged.
            let read = Outcome::from_json(&map).expect("outcome");
            assert_eq!(read.status, typed.status);
            assert_eq!(read.removed, typed.removed);
            assert_eq!(read.put_back, typed.put_back);
            assert_eq!(read.skipped, typed.skipped);
            assert_eq!(read.error, typed.error);
            assert_eq!(serde_json::to_string(&read).expect("json"), before);
        }
    }

    #[test]
    fn every_status_reads_back_as_itself_and_unknown_ones_are_kept() {
        for (status, name) in Status::NAMES {
            assert_eq!(Status::parse(name), status);
            assert_eq!(json!(status), json!(name));
            // What `audit restore` matched as text before: `contains("unknown") || == "unexpected"`.
            assert_eq!(
                status.is_unknown(),
                name.contains("unknown") || name == "unexpected",
                "{name}"
            );
        }
        let odd = Outcome::from_json(&json!({"status": "later", "removed": 3})).expect("outcome");
        assert_eq!(odd.status, Status::Other("later".into()));
        // A known field with another shape stays as written.
        assert_eq!(odd.removed, None);
        assert_eq!(odd.detail["removed"], json!(3));
        assert_eq!(odd.to_json(), json!({"status": "later", "removed": 3}));
        assert!(Outcome::from_json(&json!({"removed": []})).is_err());
    }
}
