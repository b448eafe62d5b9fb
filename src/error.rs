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
        // Error::redis shows the error as redis-rs formats it (" - Server(NoPerm): ..."): a
        // refusal a script caught is shown as the server's own words.
        let formatted = redact_text(&err.to_string());
        let plain = |mut e: Error| {
            e.message = e.message.replace(&formatted, &redact_text(reply));
            e
        };
        match code {
            "WRONGTYPE" => Error::data(format!(
                "{what}: a key holds the wrong type of value: {msg}"
            ))
            .hint("check the keys with `redis-cli TYPE <key>`"),
            "OOM" => plain(Error::redis(err, what)),
            _ => {
                let mut e = plain(Error::redis(err, what));
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

/// Secrets this run knows of (passwords from the URL, `-a`, `REDISCLI_AUTH`, a profile's
/// `password_env`): replaced by `***` wherever they appear in text redops shows.
static SECRETS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Remembers a secret so that [`redact_text`] hides it wherever it appears. Very short values
/// (under 4 characters) would mask ordinary words and are left to the URL rules.
pub fn register_secret(secret: &str) {
    if secret.chars().count() < 4 {
        return;
    }
    if let Ok(mut s) = SECRETS.lock() {
        for form in [secret.to_owned(), percent_decode(secret)] {
            if !s.contains(&form) {
                s.push(form);
            }
        }
        // Longest first, so a secret that contains another is hidden whole.
        s.sort_by_key(|x| std::cmp::Reverse(x.len()));
    }
}

/// Decodes a URL's `%XX` escapes (its user name, its password); `+` stays `+`, and bytes that
/// are not UTF-8 become U+FFFD.
pub fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// The userinfo of a URL-shaped string (`scheme://USERINFO@host...`): everything between `//`
/// and the last `@`, as byte offsets. `None` when there is no `@` after the `//`.
fn userinfo_span(url: &str) -> Option<(usize, usize)> {
    let start = url.find("://")? + 3;
    let at = url[start..].rfind('@')? + start;
    Some((start, at))
}

/// The password in a URL, if it has one (the part of the userinfo after its first `:`).
pub fn url_password(url: &str) -> Option<&str> {
    let (start, at) = userinfo_span(url)?;
    let userinfo = &url[start..at];
    match userinfo.split_once(':') {
        Some((_, pw)) if !pw.is_empty() => Some(pw),
        // `redis://bob@host`: a user name alone (still hidden when shown, as some clients take
        // it for a password).
        _ => None,
    }
}

/// A URL as it may be shown: the password replaced by `***`. The URL is parsed (the `url`
/// crate): one without credentials is shown as it is (an `@` in its path, query or fragment is
/// not a user name); one with them has its user name kept and its password hidden
/// (`redis://bob:***@host`, a user name alone hidden as `***`), its userinfo ending at the last
/// `@` of its authority. A URL that does not parse has everything between `//` and its last `@`
/// hidden (`redis://***@host`).
pub fn redact_url(url: &str) -> String {
    let Some((start, last_at)) = userinfo_span(url) else {
        return url.to_owned();
    };
    match url::Url::parse(url) {
        Ok(u) => match parsed_userinfo_end(url, start, &u) {
            None => url.to_owned(),
            Some(at) => format!(
                "{}{}{}",
                &url[..start],
                hidden_userinfo(&url[start..at]),
                &url[at..]
            ),
        },
        Err(_) if start == last_at => url.to_owned(),
        Err(_) => format!("{}***{}", &url[..start], &url[last_at..]),
    }
}

/// Where the userinfo of a parsed URL ends (its `@`), `None` when it has no credentials. The
/// authority ends at the first `/`, `?` or `#` (and `\` for the web's schemes) after `//`.
fn parsed_userinfo_end(text: &str, start: usize, u: &url::Url) -> Option<usize> {
    if u.username().is_empty() && u.password().is_none() {
        return None;
    }
    let special = matches!(u.scheme(), "http" | "https" | "ws" | "wss" | "ftp" | "file");
    let end = text[start..]
        .find(|c: char| matches!(c, '/' | '?' | '#') || (special && c == '\\'))
        .map_or(text.len(), |i| start + i);
    text[start..end].rfind('@').map(|i| start + i)
}

/// A userinfo as shown: `user:***`, or `***` for a user name alone (some clients take it for a
/// password).
fn hidden_userinfo(userinfo: &str) -> String {
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{user}:***"),
        None if userinfo.is_empty() => String::new(),
        None => "***".to_owned(),
    }
}

/// Hides secrets in free text (errors, warnings, the audit's command line): every secret this
/// run knows of, then anything that looks like a password in a URL (`scheme://user:secret@host`).
pub fn redact_text(text: &str) -> String {
    redact_urls_in(&redact_known(text))
}

/// Only the secrets this run knows of (for text with templates such as
/// `redis://[user:password@]host`, which the URL rule would mangle).
pub fn redact_known(text: &str) -> String {
    let mut out = text.to_owned();
    if let Ok(secrets) = SECRETS.lock() {
        for s in secrets.iter() {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), "***");
            }
        }
    }
    out
}

/// Every URL in free text with its password hidden. A URL that parses is judged by the parse
/// (see [`redact_url`]); one that does not (a template such as `redis://[user:password@]host`, a
/// sentinel list `redis+sentinel://u:pw@h1:1,h2:2/m`) by its text: its authority runs to the
/// first `/`, whitespace or quote, its userinfo to the last `@` in it (left alone when it starts
/// with `[`).
fn redact_urls_in(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("://") {
        let (head, tail) = rest.split_at(pos + 3);
        out.push_str(head);
        // The URL: its scheme before `://`, and up to whitespace or a quote (less any closing
        // punctuation of the sentence around it).
        let scheme = head[..pos]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-')))
            .map_or(0, |i| i + 1);
        let len = tail
            .find(|c: char| c.is_whitespace() || c == '"' || c == '\'')
            .unwrap_or(tail.len());
        let whole = tail[..len].trim_end_matches([',', '.', ';', ')', ']', '}', '>', '!']);
        let url = format!("{}{whole}", &head[scheme..]);
        if let Ok(u) = url::Url::parse(&url) {
            let start = pos + 3 - scheme;
            match parsed_userinfo_end(&url, start, &u) {
                Some(at) => {
                    out.push_str(&hidden_userinfo(&url[start..at]));
                    out.push_str(&url[at..]);
                }
                None => out.push_str(whole),
            }
            rest = &tail[whole.len()..];
            continue;
        }
        let end = tail
            .find(|c: char| c == '/' || c.is_whitespace() || c == '"' || c == '\'')
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        if let Some(at) = authority.rfind('@') {
            let userinfo = &authority[..at];
            if userinfo.starts_with('[') && userinfo.contains(':') {
                out.push_str(userinfo);
            } else {
                out.push_str(&hidden_userinfo(userinfo));
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

/// The command line as the audit log records it: URLs redacted, the value of `-a`/`--pass`
/// hidden, and every known secret hidden.
pub fn redact_args(args: &[String]) -> String {
    let mut out = Vec::with_capacity(args.len());
    let mut hide_next = false;
    for a in args {
        if hide_next {
            out.push("***".to_owned());
            hide_next = false;
            continue;
        }
        let shown = if a == "-a" || a == "--pass" {
            hide_next = true;
            a.clone()
        } else if let Some(v) = a.strip_prefix("--pass=") {
            let _ = v;
            "--pass=***".to_owned()
        } else if a.starts_with("-a") && a.len() > 2 && !a.starts_with("--") {
            "-a***".to_owned()
        } else if let Some((flag, v)) = a.split_once('=').filter(|(_, v)| v.contains("://")) {
            format!("{flag}={}", redact_url(v))
        } else if a.contains("://") {
            redact_url(a)
        } else {
            a.clone()
        };
        out.push(redact_known(&shown));
    }
    out.join(" ")
}

/// Whether the command line itself carries a password (`-u` with one in the URL, `-a`,
/// `--pass`): then every user of the machine can read it in `ps`.
pub fn password_on_command_line(args: &[String]) -> bool {
    let mut iter = args.iter().skip(1).peekable();
    while let Some(a) = iter.next() {
        if a == "--" {
            break;
        }
        let url_value = if a == "-u" || a == "--url" {
            iter.peek().map(|s| s.as_str())
        } else {
            a.strip_prefix("--url=")
                .or_else(|| a.strip_prefix("-u").filter(|v| !v.is_empty()))
        };
        if url_value.is_some_and(|u| url_password(u.trim_start_matches('=')).is_some())
            || a == "-a"
            || a == "--pass"
            || a.starts_with("--pass=")
            || (a.starts_with("-a") && !a.starts_with("--") && a.len() > 2)
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_urls_that_do_not_parse_or_hide_the_password_oddly() {
        assert_eq!(
            redact_url("redis://bob:bob pw sp@ce@127.0.0.1:16407"),
            "redis://bob:***@127.0.0.1:16407"
        );
        assert_eq!(
            redact_url("redis://alice:al/ice#pw?1@127.0.0.1:1/0"),
            "redis://***@127.0.0.1:1/0"
        );
        assert_eq!(redact_url("redis://u:pw@h:1/0"), "redis://u:***@h:1/0");
        assert_eq!(redact_url("rediss://:pw@h"), "rediss://:***@h");
        assert_eq!(redact_url("redis://h:1"), "redis://h:1");
        assert_eq!(redact_url("unix:///tmp/s"), "unix:///tmp/s");
        assert_eq!(
            url_password("redis://bob:bob pw sp@ce@h"),
            Some("bob pw sp@ce")
        );
        assert_eq!(url_password("redis://bob@h"), None);
        assert_eq!(url_password("redis://h:1"), None);
        // A template in a hint is left alone.
        assert_eq!(
            redact_text("use redis://[user:password@]host:port[/db]"),
            "use redis://[user:password@]host:port[/db]"
        );
        let args: Vec<String> = [
            "redops",
            "-u",
            "redis://bob:s3 cr@t@h:1",
            "-a",
            "hunter22",
            "--pass=x",
            "ping",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            redact_args(&args),
            "redops -u redis://bob:***@h:1 -a *** --pass=*** ping"
        );
        assert!(password_on_command_line(&args));
        let plain: Vec<String> = ["redops", "-u", "redis://h:1", "ping"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(!password_on_command_line(&plain));
    }

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

    /// What the text scan got wrong, and the parse gets right: an `@` in a URL's query or
    /// fragment is not the end of a user name, so a URL without credentials is shown whole
    /// (the scan made `redis://h:6379?user=ops@corp` into `redis://h:***@corp`). URLs that
    /// do not parse (templates, sentinel lists) are still judged by their text.
    #[test]
    fn an_at_sign_after_the_host_is_not_a_password() {
        for url in [
            "redis://h:6379?user=ops@corp",
            "redis://h:1#frag@x",
            "redis://h:1/0?x=a@b",
        ] {
            assert_eq!(redact_url(url), url);
            let text = format!("connect to {url} failed");
            assert_eq!(redact_text(&text), text);
        }
        assert_eq!(
            redact_url("redis://u:pw@h:1/0?x=a@b"),
            "redis://u:***@h:1/0?x=a@b"
        );
        assert_eq!(
            redact_text("(see redis://u:pw@h:1/0?x=a@b), then"),
            "(see redis://u:***@h:1/0?x=a@b), then"
        );
        assert_eq!(
            redact_text("sentinels redis+sentinel://app:s3@h1:26379,h2:26379/m down"),
            "sentinels redis+sentinel://app:***@h1:26379,h2:26379/m down"
        );
        assert_eq!(
            redact_text("'rediss://ops@redis.internal:6380'"),
            "'rediss://***@redis.internal:6380'"
        );
    }

    /// The decoding that `context` and the secret registry each wrote by hand, now one call.
    #[test]
    fn percent_escapes_decode_as_before() {
        for (raw, decoded) in [
            ("p%40ss", "p@ss"),
            ("a+b%20c", "a+b c"),
            ("100%", "100%"),
            ("%4", "%4"),
            ("%zz%41", "%zzA"),
            ("%ff", "\u{fffd}"),
        ] {
            assert_eq!(percent_decode(raw), decoded, "{raw}");
        }
    }
}
