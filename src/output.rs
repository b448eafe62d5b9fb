//! Rendering: tables for humans, JSON and NDJSON for scripts, humane durations and sizes, and
//! lossless display of binary keys and values.

use crate::error::{Error, Result};
use comfy_table::{Cell, Color, ContentArrangement, Table, presets};
use serde_json::{Map, Value, json};
use std::io::{IsTerminal, Write};
use std::time::Duration;

/// The output format (`-o`): tables for humans, one JSON document, or one JSON object a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Json,
    Ndjson,
}

/// Where results go: stdout only, in the chosen format.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: OutputFormat,
    pub color: bool,
    pub quiet: bool,
    /// `--redact`: every result goes through [`crate::redact`] as it is rendered.
    pub redact: bool,
    /// `--max-value-bytes N`: JSON values longer than N bytes are cut ([`cap_values`]).
    pub max_value_bytes: Option<usize>,
}

impl Output {
    pub fn new(format: OutputFormat, no_color: bool, quiet: bool) -> Self {
        let color = !no_color
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::io::stdout().is_terminal();
        Output {
            format,
            color,
            quiet,
            redact: false,
            max_value_bytes: None,
        }
    }

    /// A JSON result as it is printed: values cut to `--max-value-bytes` (when given).
    /// [`JsonStream`] passes each item it writes through this.
    pub fn cap(&self, mut value: Value) -> Value {
        if let Some(max) = self.max_value_bytes {
            cap_values(&mut value, max);
        }
        value
    }

    pub fn is_table(&self) -> bool {
        self.format == OutputFormat::Table
    }

    pub fn is_ndjson(&self) -> bool {
        self.format == OutputFormat::Ndjson
    }

    /// Writes raw text to stdout; a closed pipe becomes [`Error`] with exit 0 handled in main.
    pub fn print(&self, text: &str) -> Result<()> {
        let masked;
        let text = if self.redact {
            masked = crate::redact::mask_text(text);
            masked.as_str()
        } else {
            text
        };
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|_| out.flush())
            .map_err(io_to_error)
    }

    /// Prints one JSON document (pretty) for `json`, or one line for `ndjson`.
    pub fn json(&self, value: &Value) -> Result<()> {
        let masked;
        let value = if self.redact {
            masked = crate::redact::json(value);
            &masked
        } else {
            value
        };
        let capped;
        let value = if self.max_value_bytes.is_some() {
            capped = self.cap(value.clone());
            &capped
        } else {
            value
        };
        let text = match self.format {
            OutputFormat::Ndjson => serde_json::to_string(value),
            _ => serde_json::to_string_pretty(value),
        }
        .map_err(|e| Error::internal(format!("could not render JSON: {e}")))?;
        self.print(&(text + "\n"))
    }

    pub fn table(&self, table: Table) -> Result<()> {
        if self.redact {
            return self.print_raw(&format!("{}\n", self.redacted_table(&table)));
        }
        self.print(&format!("{table}\n"))
    }

    /// The table rebuilt with every cell masked by its column (colours are dropped).
    fn redacted_table(&self, table: &Table) -> Table {
        let header: Vec<String> = table
            .header()
            .map(|h| h.cell_iter().map(|c| c.content()).collect())
            .unwrap_or_default();
        let settings = header.iter().any(|h| h == "source");
        let names: Vec<&str> = header.iter().map(String::as_str).collect();
        let mut t = self.new_table(&names);
        if header.is_empty() {
            t = Table::new();
            t.load_style(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .force_no_tty();
        }
        for row in table.row_iter() {
            add_text_row(
                &mut t,
                row.cell_iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let h = header.get(i).map_or("", String::as_str);
                        crate::redact::cell(h, settings, &c.content())
                    })
                    .collect::<Vec<_>>(),
            );
        }
        t
    }

    /// Writes text already masked.
    fn print_raw(&self, text: &str) -> Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|_| out.flush())
            .map_err(io_to_error)
    }

    /// Writes lines of prose for humans to stdout (a dry-run summary, a result line), each
    /// line escaped ([`safe`]) so that no stored value in it can drive the terminal.
    pub fn say(&self, text: &str) -> Result<()> {
        self.print(&safe_lines(text))
    }

    /// A table with the house style and the given header.
    pub fn new_table(&self, header: &[&str]) -> Table {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if self.color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        #[allow(clippy::disallowed_methods)]
        t.set_header(header.iter().map(Cell::new));
        t
    }

    /// A cell that stands out (red when colours are on) for something the operator must notice.
    pub fn alert_cell(&self, text: impl Into<String>) -> Cell {
        let c = text_cell(text.into());
        if self.color { c.fg(Color::Red) } else { c }
    }

    /// A cell for a mild warning (yellow when colours are on).
    pub fn warn_cell(&self, text: impl Into<String>) -> Cell {
        let c = text_cell(text.into());
        if self.color { c.fg(Color::Yellow) } else { c }
    }

    /// A hint on stderr for humans; silent with --quiet and in machine formats.
    pub fn hint(&self, text: &str) {
        if !self.quiet {
            eprintln!("{}", safe_message(text));
        }
    }

    /// A warning on stderr (always shown: it is about the data).
    pub fn warn(&self, text: &str) {
        eprintln!("warning: {}", safe_message(text));
    }
}

pub fn io_to_error(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Error::new(crate::error::ExitCode::Success, "broken pipe")
    } else {
        Error::internal(format!("could not write output: {e}"))
    }
}

/// Shows bytes losslessly as text: valid UTF-8 as is, anything else with `\xNN` escapes
/// (and backslashes doubled, so the escaped form cannot be confused with the raw one).
pub fn show_bytes(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) => s.to_owned(),
        Err(_) => escape_bytes(b),
    }
}

pub fn escape_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() * 2);
    for chunk in b.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '\\' {
                out.push_str("\\\\");
            } else {
                out.push(c);
            }
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02x}"));
        }
    }
    out
}

/// Bytes as lowercase hex.
pub fn hex(b: &[u8]) -> String {
    ::hex::encode(b)
}

/// Parses hex (as given to `--token-hex` and similar) into bytes.
pub fn parse_hex(s: &str) -> Result<Vec<u8>, String> {
    let s = s.trim();
    ::hex::decode(s).map_err(|e| match e {
        ::hex::FromHexError::OddLength => format!("'{s}' is not hex: odd number of digits"),
        _ => format!("'{s}' is not hex"),
    })
}

/// Puts `name` into a JSON object losslessly: a string, plus `{name}_hex` when it is not UTF-8.
pub fn put_bytes(obj: &mut Map<String, Value>, name: &str, b: &[u8]) {
    match std::str::from_utf8(b) {
        Ok(s) => {
            obj.insert(name.to_owned(), json!(s));
        }
        Err(_) => {
            obj.insert(name.to_owned(), json!(escape_bytes(b)));
            obj.insert(format!("{name}_hex"), json!(hex(b)));
        }
    }
}

/// Fields that name what a script acts on (a key, a stream, an id, a session id...): never cut
/// by [`cap_values`], whatever their length.
const NEVER_CUT: &[&str] = &[
    "key",
    "keys",
    "stream",
    "group",
    "consumer",
    "id",
    "session_id",
    "user_id",
    "user",
    "resource",
    "category",
    "period",
    "month",
    "last_key",
    "dead_letter",
    "dead_letter_id",
    "to",
    "field",
    "kind",
    "phase",
    "status",
    "command",
    "target",
    "profile",
    "restores",
    "prev_sha256",
    "node",
    "label",
];

/// `--max-value-bytes`: every string in `v` longer than `max` bytes, under a name that is not an
/// identifier ([`NEVER_CUT`]), is cut to its first `max` bytes (at a character boundary; its
/// `_hex` sibling to the same bytes), and a sibling `NAME_truncated: {"bytes", "digest"}` says
/// how long it was and its digest (the digest tables show: `#1a2b3c4d`, of the full value).
/// Strings inside plain arrays (lists of ids) are left as they are.
pub fn cap_values(v: &mut Value, max: usize) {
    match v {
        Value::Array(a) => a.iter_mut().for_each(|x| cap_values(x, max)),
        Value::Object(m) => {
            let names: Vec<String> = m.keys().cloned().collect();
            let mut marks = Vec::new();
            for name in names {
                if name.ends_with("_hex") || name.ends_with("_truncated") {
                    continue;
                }
                let hex_name = format!("{name}_hex");
                let Some(child) = m.get_mut(&name) else {
                    continue;
                };
                if !child.is_string() {
                    cap_values(child, max);
                    continue;
                }
                if NEVER_CUT.contains(&name.as_str()) {
                    continue;
                }
                // The value's bytes: its `_hex` sibling when it was not UTF-8.
                let raw: Option<Vec<u8>> = match m.get(&hex_name) {
                    Some(Value::String(h)) => parse_hex(h).ok(),
                    _ => None,
                };
                let Some(Value::String(text)) = m.get(&name) else {
                    continue;
                };
                let (len, digest_of) = match &raw {
                    Some(b) => (b.len(), digest(b)),
                    None => (text.len(), digest(text.as_bytes())),
                };
                if len <= max {
                    continue;
                }
                let cut = match &raw {
                    Some(b) => {
                        m.insert(hex_name, json!(hex(&b[..max])));
                        escape_bytes(&b[..max])
                    }
                    None => {
                        let mut end = max;
                        while !text.is_char_boundary(end) {
                            end -= 1;
                        }
                        text[..end].to_owned()
                    }
                };
                m.insert(name.clone(), json!(cut));
                marks.push((
                    format!("{name}_truncated"),
                    json!({"bytes": len, "digest": format!("#{digest_of}")}),
                ));
            }
            m.extend(marks);
        }
        _ => {}
    }
}

/// Like [`put_bytes`] for an optional value (`null` when absent).
pub fn put_opt_bytes(obj: &mut Map<String, Value>, name: &str, b: Option<&[u8]>) {
    match b {
        Some(b) => put_bytes(obj, name, b),
        None => {
            obj.insert(name.to_owned(), Value::Null);
        }
    }
}

/// A duration for humans, to the two largest units: `3h 12m`, `45s`, `820ms`.
pub fn human_duration(d: Duration) -> String {
    let ms = u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
    if ms < 1000 {
        return format!("{ms}ms");
    }
    // Under a minute, to the tenth of a second; above, to the second.
    let ms = if ms >= 60_000 {
        ms / 1000 * 1000
    } else {
        ms / 100 * 100
    };
    duration_parts(ms)
        .into_iter()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A duration in full (`1h 30m 15s`), for settings and thresholds that must read exactly as
/// given; the same units as [`human_duration`].
pub fn exact_duration(d: Duration) -> String {
    let parts = duration_parts(d.as_millis() as u64);
    if parts.is_empty() {
        "0s".into()
    } else {
        parts.join(" ")
    }
}

/// The non-zero units of a duration, largest first: `d`, `h`, `m`, `s`, `ms` (the one
/// duration vocabulary of every output, and one `--timeout` and friends parse back).
fn duration_parts(ms: u64) -> Vec<String> {
    let mut rest = ms;
    let mut out = Vec::new();
    for (unit, size) in [
        ("d", 86_400_000),
        ("h", 3_600_000),
        ("m", 60_000),
        ("s", 1000),
        ("ms", 1),
    ] {
        let n = rest / size;
        rest %= size;
        if n > 0 {
            out.push(format!("{n}{unit}"));
        }
    }
    out
}

pub fn human_ms(ms: i64) -> String {
    if ms < 0 {
        return format!(
            "-{}",
            human_duration(Duration::from_millis(ms.unsigned_abs()))
        );
    }
    human_duration(Duration::from_millis(ms as u64))
}

/// Unix times further than this from now (about 3,000 years) are not a moment anyone can mean:
/// they are shown as the number stored, not as a duration.
const MAX_HUMANE_SECS: f64 = 1e11;

/// "3m ago" for a past Unix time (seconds), relative to `now` (seconds); "in 3m" for the future.
/// A time out of any sensible range (`1e300`, NaN, infinity) is shown as the number it is,
/// never turned into a duration (which cannot hold it).
pub fn ago(then_secs: f64, now_secs: f64) -> String {
    let delta = now_secs - then_secs;
    let Some(d) = secs_duration(delta.abs()) else {
        return format!("at {}", show_number(then_secs));
    };
    if delta >= 0.0 {
        format!("{} ago", human_duration(d))
    } else {
        format!("in {}", human_duration(d))
    }
}

/// A number of seconds as a [`Duration`], `None` when it is negative, not finite, or beyond
/// any time an operator means (the one place floats become durations, so none panics).
pub fn secs_duration(secs: f64) -> Option<Duration> {
    if !(0.0..=MAX_HUMANE_SECS).contains(&secs) {
        return None;
    }
    Duration::try_from_secs_f64(secs).ok()
}

/// A number (a score, a Unix time) the way Redis prints a double: integers without a
/// fraction, huge or tiny magnitudes with an exponent (`1e+20`), `inf`, `-inf`, `nan`.
pub fn show_number(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let a = v.abs();
    if a != 0.0 && !(1e-5..1e17).contains(&a) {
        let t = format!("{v:e}");
        // Redis (%.17g) writes the exponent with a sign: 1e+20, 2.5e-7.
        return match t.split_once('e') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e}"),
            _ => t,
        };
    }
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Widest a data value (key, member, token, field, session value) is shown in a table cell or
/// a prompt; longer ones are shortened with their length and a digest (JSON keeps them whole).
pub const CELL_MAX: usize = 64;
/// Widest any cell is, prose included (reasons, errors).
pub const TEXT_MAX: usize = 160;

/// Text made safe for a terminal: control characters (C0, DEL, C1: ESC/OSC/CSI sequences, a
/// newline that would fake a table row) and bidirectional overrides are escaped as `\xNN` or
/// `\u{NNNN}`, so nothing stored in Redis can move the cursor, retitle the window or hide text.
pub fn safe(text: &str) -> String {
    if !text.chars().any(needs_escape) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_safe(&mut out, c);
    }
    out
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn push_safe(out: &mut String, c: char) {
    use std::fmt::Write as _;
    if !needs_escape(c) {
        out.push(c);
    } else if (c as u32) < 0x80 {
        let _ = write!(out, "\\x{:02x}", c as u32);
    } else {
        let _ = write!(out, "\\u{{{:04x}}}", c as u32);
    }
}

/// [`safe`] for several lines: the line breaks stay, everything else is escaped.
pub fn safe_lines(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|l| match l.strip_suffix('\n') {
            Some(l) => safe(l) + "\n",
            None => safe(l),
        })
        .collect()
}

/// Longest message (an error, a warning, a hint, a prompt) shown on the terminal.
pub const MESSAGE_MAX: usize = 2000;

/// A message for stderr or a prompt: lines escaped, and at most [`MESSAGE_MAX`] characters (a
/// message that names a 50 MB value is shortened with its length and a digest).
pub fn safe_message(text: &str) -> String {
    text.split('\n')
        .map(|l| capped(l, MESSAGE_MAX))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A short digest of a value (FNV-1a, 64 bits, 8 hex digits): enough to tell two long values
/// apart at a glance and to match a shortened cell against the JSON output.
pub fn digest(b: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for x in b {
        h ^= u64::from(*x);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", h >> 32)
}

/// Text for a table cell or a prompt: escaped ([`safe`]) and at most `max` characters; longer
/// text keeps its head and says how long it was and its digest: `abc… (52428800 bytes, #1a2b3c4d)`.
/// Only the head is ever escaped, so a 50 MB value costs no more than a short one.
pub fn capped(text: &str, max: usize) -> String {
    capped_bytes(text.as_bytes(), max)
}

/// [`capped`] for raw bytes (not necessarily UTF-8: invalid bytes are shown as `\xNN`, and
/// backslashes doubled, as [`show_bytes`] does).
pub fn capped_bytes(b: &[u8], max: usize) -> String {
    // Backslashes are doubled only where show_bytes doubles them (a value that is not UTF-8).
    let utf8 = std::str::from_utf8(b).is_ok();
    let tail_room = 32;
    let keep = max.saturating_sub(tail_room).max(8);
    let mut out = String::new();
    let mut head_end = None;
    let mut shown = 0usize;
    let mut unit = String::new();
    let mut cut = false;
    'outer: for chunk in b.utf8_chunks() {
        let valid = chunk.valid().chars().map(Ok);
        let invalid = chunk.invalid().iter().map(|x| Err(*x));
        for u in valid.chain(invalid) {
            unit.clear();
            match u {
                Ok('\\') if !utf8 => unit.push_str("\\\\"),
                Ok(c) => push_safe(&mut unit, c),
                Err(byte) => unit.push_str(&format!("\\x{byte:02x}")),
            }
            let width = unit.chars().count();
            if shown + width > keep && head_end.is_none() {
                head_end = Some(out.len());
            }
            if shown + width > max {
                cut = true;
                break 'outer;
            }
            out.push_str(&unit);
            shown += width;
        }
    }
    if !cut {
        return out;
    }
    out.truncate(head_end.unwrap_or(out.len()));
    format!("{out}… ({} bytes, #{})", b.len(), digest(b))
}

/// Adds a row of cells made by [`cell`], [`bytes_cell`] or [`text_cell`] (never raw strings,
/// which would reach the terminal unescaped).
pub fn add_row(t: &mut Table, cells: Vec<Cell>) {
    #[allow(clippy::disallowed_methods)]
    t.add_row(cells);
}

/// Adds a row of text, each cell escaped and capped like [`text_cell`].
pub fn add_text_row(t: &mut Table, cells: Vec<String>) {
    add_row(t, cells.into_iter().map(text_cell).collect());
}

/// A table cell for a data value: escaped and capped at [`CELL_MAX`].
pub fn cell(content: impl ToString) -> Cell {
    #[allow(clippy::disallowed_methods)]
    Cell::new(capped(&content.to_string(), CELL_MAX))
}

/// A table cell for raw bytes (a key, member, token): lossless escaping, capped at [`CELL_MAX`].
pub fn bytes_cell(b: &[u8]) -> Cell {
    #[allow(clippy::disallowed_methods)]
    Cell::new(capped_bytes(b, CELL_MAX))
}

/// A table cell for redops' own prose (a reason, an error): escaped, capped at [`TEXT_MAX`].
pub fn text_cell(content: impl ToString) -> Cell {
    #[allow(clippy::disallowed_methods)]
    Cell::new(capped(&content.to_string(), TEXT_MAX))
}

/// Bytes for humans, binary units: `512 B`, `1.3 KiB`, `2.0 GiB`.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1024.0 && i < UNITS.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    format!("{v:.1} {}", UNITS[i])
}

/// Shortens a long identifier for a table cell: the head and an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let head: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_cut_at_a_character_boundary_and_identifiers_never() {
        let mut v = json!({
            "key": "k".repeat(50),
            "value": "é".repeat(10),
            "items": [{"member": "abcdefgh", "id": "x".repeat(40)}],
            "ids": ["y".repeat(40)],
        });
        cap_values(&mut v, 5);
        assert_eq!(v["key"], json!("k".repeat(50)));
        assert_eq!(v["value"], json!("éé"), "5 bytes end inside the third é");
        assert_eq!(
            v["value_truncated"],
            json!({"bytes": 20, "digest": format!("#{}", digest("é".repeat(10).as_bytes()))})
        );
        assert_eq!(v["items"][0]["member"], json!("abcde"));
        assert_eq!(v["items"][0]["member_truncated"]["bytes"], json!(8));
        assert_eq!(v["items"][0]["id"], json!("x".repeat(40)));
        assert_eq!(v["ids"][0], json!("y".repeat(40)));
        let mut short = json!({"value": "abc"});
        cap_values(&mut short, 5);
        assert_eq!(short, json!({"value": "abc"}));
    }

    #[test]
    fn bytes_are_lossless() {
        assert_eq!(show_bytes(b"abc"), "abc");
        assert_eq!(show_bytes(b"a\xffb"), "a\\xffb");
        assert_eq!(show_bytes(b"a\\\xff"), "a\\\\\\xff");
        let mut m = Map::new();
        put_bytes(&mut m, "token", b"\x00\xfe");
        assert_eq!(m["token_hex"], json!("00fe"));
        assert_eq!(m["token"], json!("\u{0}\\xfe"));
        assert_eq!(parse_hex("00fe").unwrap(), vec![0, 0xfe]);
        assert!(parse_hex("0").is_err());
        assert!(parse_hex("zz").is_err());
        // The messages are the operator's: unchanged.
        assert_eq!(
            parse_hex("abc"),
            Err("'abc' is not hex: odd number of digits".into())
        );
        assert_eq!(parse_hex(" zz "), Err("'zz' is not hex".into()));
        // What the hand-written parser got wrong: a sign is not a hex digit (it took "+f" for
        // 0x0f), and a multi-byte character no longer panics (it sliced inside "é").
        assert_eq!(parse_hex("+f"), Err("'+f' is not hex".into()));
        assert_eq!(parse_hex("a\u{e9}b"), Err("'a\u{e9}b' is not hex".into()));
    }

    #[test]
    fn humane_units() {
        assert_eq!(human_duration(Duration::from_millis(820)), "820ms");
        assert_eq!(human_duration(Duration::from_millis(45_300)), "45s 300ms");
        // Days read as days (not "9days"), and the two largest non-zero units are shown.
        assert_eq!(
            human_duration(Duration::from_secs(9 * 86_400 + 57 * 60 + 12)),
            "9d 57m"
        );
        assert_eq!(human_duration(Duration::from_secs(400 * 86_400)), "400d");
        assert_eq!(
            exact_duration(Duration::from_secs(3600 + 30 * 60 + 15)),
            "1h 30m 15s"
        );
        assert_eq!(exact_duration(Duration::from_millis(1500)), "1s 500ms");
        assert_eq!(exact_duration(Duration::ZERO), "0s");
        for d in [
            Duration::from_secs(9 * 86_400 + 7),
            Duration::from_millis(2500),
        ] {
            assert_eq!(
                crate::time::parse_duration(&exact_duration(d)),
                Ok(d),
                "parses back"
            );
        }
        assert_eq!(
            human_duration(Duration::from_secs(3 * 3600 + 12 * 60 + 5)),
            "3h 12m"
        );
        assert_eq!(ago(100.0, 280.0), "3m ago");
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1363149), "1.3 MiB");
        assert_eq!(shorten("abcdef", 4), "abc…");
    }

    #[test]
    fn out_of_range_times_and_scores_are_shown_as_stored() {
        assert_eq!(ago(1e300, 1.7e9), "at 1e+300");
        assert_eq!(ago(f64::NAN, 1.7e9), "at nan");
        assert_eq!(show_number(1e20), "1e+20");
        assert_eq!(show_number(f64::NEG_INFINITY), "-inf");
        assert_eq!(show_number(1_700_000_000.0), "1700000000");
        assert_eq!(show_number(2.5), "2.5");
    }

    #[test]
    fn control_characters_are_escaped_and_long_values_capped_with_length_and_digest() {
        assert_eq!(safe("a\x1b]0;x\x07b"), "a\\x1b]0;x\\x07b");
        assert_eq!(safe("\u{9b}2J\u{202e}"), "\\u{009b}2J\\u{202e}");
        let big = vec![b'z'; 1 << 20];
        let c = capped_bytes(&big, 64);
        assert!(
            c.starts_with("zzzz") && c.contains("… (1048576 bytes, #"),
            "{c}"
        );
        assert!(c.chars().count() <= 64, "{c}");
        assert_eq!(capped_bytes(b"short", 64), "short");
        assert_eq!(
            capped_bytes(b"a\\\xff", 64),
            "a\\\\\\xff",
            "as show_bytes shows it"
        );
    }

    proptest::proptest! {
        #[test]
        fn hex_round_trips(b in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            proptest::prop_assert_eq!(parse_hex(&hex(&b)).expect("hex"), b);
        }

        // Hostile values (issue 19): whatever bytes, numbers or durations come from Redis or a
        // file, the formatters never panic and never let a control character through.
        #[test]
        fn hostile_values_are_escaped_capped_and_never_panic(
            b in proptest::collection::vec(proptest::num::u8::ANY, 0..400),
            max in 1usize..100,
            x in proptest::num::f64::ANY,
            y in proptest::num::f64::ANY,
            ms in proptest::num::i64::ANY,
        ) {
            let shown = capped_bytes(&b, max);
            proptest::prop_assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
            proptest::prop_assert!(shown.chars().count() <= max.max(8) + 40, "{shown:?}");
            let text = String::from_utf8_lossy(&b);
            proptest::prop_assert!(!safe(&text).chars().any(|c| c.is_control()));
            proptest::prop_assert!(!safe_message(&text).chars().any(|c| c.is_control() && c != '\n'));
            proptest::prop_assert!(!safe_lines(&text).chars().any(|c| c.is_control() && c != '\n'));
            let _ = ago(x, y);
            let _ = show_number(x);
            let _ = secs_duration(x);
            let _ = human_ms(ms);
            let _ = human_duration(Duration::from_millis(ms.unsigned_abs()));
            let _ = digest(&b);
        }

        // Distinct byte strings never display the same (the escaping is lossless).
        #[test]
        fn escaping_is_injective(a in proptest::collection::vec(proptest::num::u8::ANY, 0..12), b in proptest::collection::vec(proptest::num::u8::ANY, 0..12)) {
            if a != b {
                proptest::prop_assert_ne!(escape_bytes(&a), escape_bytes(&b));
            }
        }
    }
}

/// A command's result: the JSON contract is its `Serialize` form (field order is the order of
/// the struct's fields), and [`Report::render_table`] is what a human sees with `-o table`.
/// [`Output::emit`] prints it in the chosen format, through `--redact` and `--max-value-bytes`.
pub trait Report: serde::Serialize {
    /// The table format: a table, and any lines of prose around it.
    fn render_table(&self, out: &Output) -> Result<()>;
}

impl Output {
    /// Prints a report: its table, or its JSON (one document for `json`, one line for
    /// `ndjson`).
    pub fn emit<R: Report + ?Sized>(&self, report: &R) -> Result<()> {
        match self.format {
            OutputFormat::Table => report.render_table(self),
            _ => self.json(&to_json(report)?),
        }
    }

    /// Prints a list of items: the table `table` builds, a JSON array, or one NDJSON line per
    /// item.
    pub fn emit_list<T: serde::Serialize>(
        &self,
        items: &[T],
        table: impl FnOnce() -> Result<()>,
    ) -> Result<()> {
        match self.format {
            OutputFormat::Table => table(),
            OutputFormat::Json => self.json(&to_json(&items)?),
            OutputFormat::Ndjson => {
                for item in items {
                    self.json(&to_json(item)?)?;
                }
                Ok(())
            }
        }
    }
}

/// How `--redact` reaches what a [`JsonStream`] writes. Each is what a command did before
/// its streaming writer became this one, kept byte for byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redaction {
    /// Each item is cut, then masked by its field names ([`crate::redact::json`]); the text
    /// written is masked too.
    ItemsAndText,
    /// Each item is masked by its field names, then cut (as [`Output::json`] does); the text
    /// is written as it is.
    Items,
}

/// The layout of a [`JsonStream`] with `-o json` (with `-o ndjson` a list is an item a line
/// and a document one line, whatever the style), and its [`Redaction`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonStyle {
    /// Written before each item of a list (after the comma that separates items).
    pub before_item: &'static str,
    /// Written before the `]` of a list that has items.
    pub before_close: &'static str,
    /// Items pretty-printed (else each on one line).
    pub pretty_items: bool,
    /// A document's own fields ([`JsonStream::fields`]) pretty-printed, and cut to
    /// `--max-value-bytes` (else on one line, as they are).
    pub pretty_fields: bool,
    pub redaction: Redaction,
}

impl JsonStyle {
    /// A list of one-line items, indented: `[\n  {…},\n  {…}\n]` (`session list` beyond what
    /// is sorted).
    pub const INDENTED_LINES: JsonStyle = JsonStyle {
        before_item: "\n  ",
        before_close: "\n",
        pretty_items: false,
        pretty_fields: false,
        redaction: Redaction::Items,
    };
    /// A list of pretty items, not indented: `[\n{\n  "id": …\n},\n{…}\n]` (`audit show`).
    pub const PRETTY_ITEMS: JsonStyle = JsonStyle {
        before_item: "\n",
        before_close: "\n",
        pretty_items: true,
        pretty_fields: false,
        redaction: Redaction::Items,
    };
    /// A document on few lines, an item a line: `{"killed":[\n{…},\n{…}],"ended":3}`
    /// (`session kill`, `audit restore` of a chunked action).
    pub const ITEM_LINES: JsonStyle = JsonStyle {
        before_item: "\n",
        before_close: "",
        pretty_items: false,
        pretty_fields: false,
        redaction: Redaction::ItemsAndText,
    };
    /// A pretty document whose lists hold one-line items:
    /// `{\n  "count": 2,\n  "entries":[\n    {…},\n    {…}\n  ]\n}` (`stream pending --detail`).
    pub const PRETTY_FIELDS: JsonStyle = JsonStyle {
        before_item: "\n    ",
        before_close: "\n  ",
        pretty_items: false,
        pretty_fields: true,
        redaction: Redaction::ItemsAndText,
    };
}

/// `"dry_run": true`, the first field of a dry run's streamed document
/// ([`JsonStream::fields`]).
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct DryRunFlag {
    pub dry_run: bool,
}

/// A JSON list or document written as it is produced, so that memory stays bounded however
/// many items there are (a million sessions are never held as values). Printed in blocks of
/// about 64 KiB, each ending after an item ([`JsonStream::flush`] prints what is buffered);
/// nothing is printed when it is dropped unfinished (an error leaves no whole-looking
/// document). Made by [`Output::stream_list`] and [`Output::stream_doc`].
pub struct JsonStream<'a> {
    out: &'a Output,
    style: JsonStyle,
    /// `-o json` (else `-o ndjson`).
    json: bool,
    /// A document (else a list).
    doc: bool,
    buf: String,
    /// Items written in the current list.
    written: usize,
    /// The document has a field (the next one needs a comma).
    has_field: bool,
}

impl Output {
    /// A list written item by item: with `-o json` an array laid out by `style`, with
    /// `-o ndjson` an item a line.
    pub fn stream_list(&self, style: JsonStyle) -> JsonStream<'_> {
        self.stream(style, false)
    }

    /// A document written part by part ([`JsonStream::fields`], [`JsonStream::list`], items,
    /// [`JsonStream::end_list`], [`JsonStream::finish`]): with `-o json` laid out by `style`,
    /// with `-o ndjson` on one line.
    pub fn stream_doc(&self, style: JsonStyle) -> JsonStream<'_> {
        let mut s = self.stream(style, true);
        s.buf.push('{');
        s
    }

    fn stream(&self, style: JsonStyle, doc: bool) -> JsonStream<'_> {
        JsonStream {
            out: self,
            style,
            json: self.format != OutputFormat::Ndjson,
            doc,
            buf: String::new(),
            written: 0,
            has_field: false,
        }
    }
}

fn render_error(e: serde_json::Error) -> Error {
    Error::internal(format!("could not render JSON: {e}"))
}

impl JsonStream<'_> {
    /// An item as [`JsonStream::item`] writes it: cut to `--max-value-bytes` and masked by
    /// `--redact` (as the style says), on one line (pretty with a pretty style and `-o json`).
    pub fn render(&self, v: &impl serde::Serialize) -> Result<String> {
        let v = to_json(v)?;
        let v = match self.style.redaction {
            Redaction::ItemsAndText if self.out.redact => crate::redact::json(&self.out.cap(v)),
            Redaction::ItemsAndText => self.out.cap(v),
            Redaction::Items if self.out.redact => self.out.cap(crate::redact::json(&v)),
            Redaction::Items => self.out.cap(v),
        };
        if self.json && self.style.pretty_items {
            serde_json::to_string_pretty(&v)
        } else {
            serde_json::to_string(&v)
        }
        .map_err(render_error)
    }

    /// The next item of the current list.
    pub fn item(&mut self, v: &impl serde::Serialize) -> Result<()> {
        let text = self.render(v)?;
        self.rendered(&text)
    }

    /// The next item of the current list, as [`JsonStream::render`] gave it.
    pub fn rendered(&mut self, text: &str) -> Result<()> {
        if !self.doc && !self.json {
            self.buf.push_str(text);
            self.buf.push('\n');
        } else {
            if !self.doc && self.written == 0 {
                self.buf.push('[');
            }
            if self.written > 0 {
                self.buf.push(',');
            }
            if self.json {
                self.buf.push_str(self.style.before_item);
            }
            self.buf.push_str(text);
        }
        self.written += 1;
        if self.buf.len() >= 64 << 10 {
            self.flush()?;
        }
        Ok(())
    }

    /// A document's own fields (those of a struct: `{"a":1,"b":2}`) after those already
    /// written; pretty and cut to `--max-value-bytes` with a `pretty_fields` style.
    pub fn fields(&mut self, fields: &impl serde::Serialize) -> Result<()> {
        let text = if self.style.pretty_fields {
            let v = self.out.cap(to_json(fields)?);
            if self.json {
                serde_json::to_string_pretty(&v)
            } else {
                serde_json::to_string(&v)
            }
        } else {
            serde_json::to_string(fields)
        }
        .map_err(render_error)?;
        let inner = text
            .trim_end()
            .strip_prefix('{')
            .and_then(|t| t.strip_suffix('}'))
            .ok_or_else(|| Error::internal("the fields of a JSON document are not an object"))?
            .trim_end();
        if !inner.is_empty() {
            if self.has_field {
                self.buf.push(',');
            }
            self.buf.push_str(inner);
            self.has_field = true;
        }
        Ok(())
    }

    /// Opens the list `name` in the document (its items follow).
    pub fn list(&mut self, name: &str) -> Result<()> {
        if self.has_field {
            self.buf.push(',');
        }
        if self.json && self.style.pretty_fields {
            self.buf.push_str("\n  ");
        }
        self.buf
            .push_str(&serde_json::to_string(name).map_err(render_error)?);
        self.buf.push_str(":[");
        self.has_field = true;
        self.written = 0;
        Ok(())
    }

    /// Closes the current list of the document.
    pub fn end_list(&mut self) {
        if self.json && self.written > 0 {
            self.buf.push_str(self.style.before_close);
        }
        self.buf.push(']');
    }

    /// Prints what is buffered.
    pub fn flush(&mut self) -> Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let text = std::mem::take(&mut self.buf);
        match self.style.redaction {
            Redaction::Items => self.out.print_raw(&text),
            _ => self.out.print(&text),
        }
    }

    /// Ends the list (`-o json`: its `]`) or the document (its `}`), and prints what is left.
    pub fn finish(mut self) -> Result<()> {
        self.close();
        self.flush()
    }

    /// The end of the list or the document, buffered.
    fn close(&mut self) {
        if self.doc {
            if self.json && self.style.pretty_fields {
                self.buf.push('\n');
            }
            self.buf.push_str("}\n");
        } else if self.json {
            if self.written == 0 {
                self.buf.push('[');
            } else {
                self.buf.push_str(self.style.before_close);
            }
            self.buf.push_str("]\n");
        }
    }
}

/// A report's JSON form (what [`Output::emit`] prints).
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::internal(format!("could not render JSON: {e}")))
}

/// Bytes in a JSON report, losslessly: flattened into the report (`#[serde(flatten)]`), they
/// are `name: "text"`, plus `name_hex` when they are not UTF-8 (the rule of [`put_bytes`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedBytes {
    pub name: &'static str,
    pub bytes: Vec<u8>,
}

impl NamedBytes {
    pub fn new(name: &'static str, bytes: impl Into<Vec<u8>>) -> Self {
        NamedBytes {
            name,
            bytes: bytes.into(),
        }
    }
}

impl serde::Serialize for NamedBytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match std::str::from_utf8(&self.bytes) {
            Ok(text) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry(self.name, text)?;
                m.end()
            }
            Err(_) => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry(self.name, &escape_bytes(&self.bytes))?;
                m.serialize_entry(&format!("{}_hex", self.name), &hex(&self.bytes))?;
                m.end()
            }
        }
    }
}

/// Bytes that may be absent, in a JSON report: like [`NamedBytes`] when present, `name: null`
/// when absent (the rule of [`put_opt_bytes`]). Flatten it into the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedOptBytes {
    pub name: &'static str,
    pub bytes: Option<Vec<u8>>,
}

impl NamedOptBytes {
    pub fn new(name: &'static str, bytes: Option<impl Into<Vec<u8>>>) -> Self {
        NamedOptBytes {
            name,
            bytes: bytes.map(Into::into),
        }
    }
}

impl serde::Serialize for NamedOptBytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.bytes {
            Some(b) => serde::Serialize::serialize(&NamedBytes::new(self.name, b.clone()), s),
            None => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry(self.name, &())?;
                m.end()
            }
        }
    }
}

#[cfg(test)]
mod report_tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Row {
        n: u32,
        #[serde(flatten)]
        key: NamedBytes,
        after: bool,
    }

    #[derive(serde::Serialize)]
    struct OptRow {
        #[serde(flatten)]
        category: NamedOptBytes,
        after: bool,
    }

    #[test]
    fn named_opt_bytes_serialize_as_put_opt_bytes_does() {
        for raw in [None, Some(b"deposit".to_vec()), Some(vec![b'c', 0xfe])] {
            let mut by_hand = Map::new();
            put_opt_bytes(&mut by_hand, "category", raw.as_deref());
            by_hand.insert("after".into(), json!(false));
            let typed = to_json(&OptRow {
                category: NamedOptBytes::new("category", raw.clone()),
                after: false,
            })
            .unwrap();
            assert_eq!(
                serde_json::to_string(&typed).unwrap(),
                serde_json::to_string(&Value::Object(by_hand)).unwrap()
            );
        }
    }

    #[test]
    fn named_opt_bytes_are_null_or_named_bytes() {
        #[derive(serde::Serialize)]
        struct R {
            a: u8,
            #[serde(flatten)]
            dl: NamedOptBytes,
            b: u8,
        }
        let text = |bytes: Option<Vec<u8>>| {
            serde_json::to_string(&R {
                a: 1,
                dl: NamedOptBytes {
                    name: "dead_letter",
                    bytes,
                },
                b: 2,
            })
            .expect("json")
        };
        assert_eq!(text(None), r#"{"a":1,"dead_letter":null,"b":2}"#);
        assert_eq!(
            text(Some(b"d".to_vec())),
            r#"{"a":1,"dead_letter":"d","b":2}"#
        );
        assert_eq!(
            text(Some(vec![0xff])),
            r#"{"a":1,"dead_letter":"\\xff","dead_letter_hex":"ff","b":2}"#
        );
    }

    /// What a [`JsonStream`] writes in `format` with `style`: `write` fills it, then it is
    /// closed (never printed).
    fn streamed(
        format: OutputFormat,
        style: JsonStyle,
        doc: bool,
        write: impl FnOnce(&mut JsonStream) -> Result<()>,
    ) -> String {
        let out = Output::new(format, true, true);
        let mut s = if doc {
            out.stream_doc(style)
        } else {
            out.stream_list(style)
        };
        write(&mut s).unwrap();
        s.close();
        s.buf
    }

    #[derive(serde::Serialize)]
    struct Totals {
        ended: u32,
        status: &'static str,
    }

    /// The bytes each command wrote before its writer became [`JsonStream`].
    #[test]
    fn streamed_json_keeps_each_commands_bytes() {
        use OutputFormat::{Json, Ndjson};
        let (a, b) = (json!({"k": "a", "n": [1]}), json!({"k": "b"}));
        // `session list` beyond what is sorted.
        let two = |s: &mut JsonStream| {
            s.item(&a)?;
            s.item(&b)
        };
        assert_eq!(
            streamed(Json, JsonStyle::INDENTED_LINES, false, two),
            "[\n  {\"k\":\"a\",\"n\":[1]},\n  {\"k\":\"b\"}\n]\n"
        );
        assert_eq!(
            streamed(Ndjson, JsonStyle::INDENTED_LINES, false, two),
            "{\"k\":\"a\",\"n\":[1]}\n{\"k\":\"b\"}\n"
        );
        // `audit show`: pretty items, not indented; `[]` when there is none.
        assert_eq!(
            streamed(Json, JsonStyle::PRETTY_ITEMS, false, two),
            "[\n{\n  \"k\": \"a\",\n  \"n\": [\n    1\n  ]\n},\n{\n  \"k\": \"b\"\n}\n]\n"
        );
        assert_eq!(
            streamed(Json, JsonStyle::PRETTY_ITEMS, false, |_| Ok(())),
            "[]\n"
        );
        assert_eq!(
            streamed(Ndjson, JsonStyle::PRETTY_ITEMS, false, |_| Ok(())),
            ""
        );
        // `session kill` / `audit restore`: an item a line, frames on the items' lines.
        let kill = |s: &mut JsonStream| {
            s.fields(&DryRunFlag { dry_run: true })?;
            s.list("killed")?;
            s.item(&a)?;
            s.item(&b)?;
            s.end_list();
            s.list("skipped")?;
            s.end_list();
            s.fields(&Totals {
                ended: 2,
                status: "done",
            })
        };
        assert_eq!(
            streamed(Json, JsonStyle::ITEM_LINES, true, kill),
            "{\"dry_run\":true,\"killed\":[\n{\"k\":\"a\",\"n\":[1]},\n{\"k\":\"b\"}],\"skipped\":[],\"ended\":2,\"status\":\"done\"}\n"
        );
        assert_eq!(
            streamed(Ndjson, JsonStyle::ITEM_LINES, true, kill),
            "{\"dry_run\":true,\"killed\":[{\"k\":\"a\",\"n\":[1]},{\"k\":\"b\"}],\"skipped\":[],\"ended\":2,\"status\":\"done\"}\n"
        );
        // `stream pending --detail`: the summary pretty, then "entries" an item a line; the
        // same bytes as the whole document printed at once when there are no entries.
        let pending = |entries: bool| {
            move |s: &mut JsonStream| {
                s.fields(&Totals {
                    ended: 2,
                    status: "done",
                })?;
                s.list("entries")?;
                if entries {
                    s.item(&json!({"id": "1-0"}))?;
                    s.item(&json!({"id": "2-0"}))?;
                }
                s.end_list();
                Ok(())
            }
        };
        assert_eq!(
            streamed(Json, JsonStyle::PRETTY_FIELDS, true, pending(true)),
            "{\n  \"ended\": 2,\n  \"status\": \"done\",\n  \"entries\":[\n    {\"id\":\"1-0\"},\n    {\"id\":\"2-0\"}\n  ]\n}\n"
        );
        assert_eq!(
            streamed(Json, JsonStyle::PRETTY_FIELDS, true, pending(false)),
            "{\n  \"ended\": 2,\n  \"status\": \"done\",\n  \"entries\":[]\n}\n"
        );
        assert_eq!(
            streamed(Ndjson, JsonStyle::PRETTY_FIELDS, true, pending(true)),
            "{\"ended\":2,\"status\":\"done\",\"entries\":[{\"id\":\"1-0\"},{\"id\":\"2-0\"}]}\n"
        );
    }

    /// `--redact` and `--max-value-bytes` reach each style's items as they did each command's.
    #[test]
    fn streamed_items_are_cut_and_masked_as_the_style_says() {
        let mut out = Output::new(OutputFormat::Ndjson, true, true);
        out.redact = true;
        out.max_value_bytes = Some(4);
        let item = json!({"value": "abcdefgh", "note": "x"});
        let render = |style: JsonStyle| out.stream_list(style).render(&item).unwrap();
        let cut = out.cap(item.clone());
        // Masked by field names, then cut, as a sorted listing is (`session list` beyond what is
        // sorted, and its NDJSON: it was once only cut, and a session id or value no text
        // pattern recognises went out unmasked).
        assert_eq!(
            render(JsonStyle::INDENTED_LINES),
            serde_json::to_string(&out.cap(crate::redact::json(&item))).unwrap()
        );
        // Cut, then masked by field names.
        assert_eq!(
            render(JsonStyle::ITEM_LINES),
            serde_json::to_string(&crate::redact::json(&cut)).unwrap()
        );
        // Masked by field names, then cut (as `Output::json`).
        assert_eq!(
            render(JsonStyle::PRETTY_ITEMS),
            serde_json::to_string(&out.cap(crate::redact::json(&item))).unwrap()
        );
        assert_ne!(
            render(JsonStyle::ITEM_LINES),
            render(JsonStyle::PRETTY_ITEMS)
        );
    }

    #[test]
    fn named_bytes_serialize_as_put_bytes_does() {
        for raw in [b"user:1".to_vec(), vec![b'k', 0xff, b'\\']] {
            let mut by_hand = Map::new();
            by_hand.insert("n".into(), json!(1));
            put_bytes(&mut by_hand, "key", &raw);
            by_hand.insert("after".into(), json!(true));
            let typed = to_json(&Row {
                n: 1,
                key: NamedBytes::new("key", raw.clone()),
                after: true,
            })
            .unwrap();
            assert_eq!(
                serde_json::to_string(&typed).unwrap(),
                serde_json::to_string(&Value::Object(by_hand)).unwrap()
            );
        }
    }
}
