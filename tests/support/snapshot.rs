//! Snapshot files of redops's exact output (`tests/snapshots/NAME.txt`), and the small
//! normaliser that keeps them stable without hiding anything else.
//!
//! A snapshot is a list of cases: the command line, its exit code, its stdout and its stderr,
//! once as a table and once with `-o json`. Before comparing, the output is normalised:
//! - exact substitutions the test knows (the server's port, temporary paths, the server's
//!   version) become `<PORT>`, `<DIR>`, `<VERSION>`;
//! - values that move with the clock or with the allocator are masked as `<~>`, and only where
//!   the case says so: a table's column by its header, a key/value table's row by its label, a
//!   JSON key, or the word after a marker in plain text ("round trip ", "in ");
//! - a table whose cells were masked is laid out again as comfy-table lays it out (column
//!   widths from the widest cell). Every table is first laid out again from its own cells and
//!   must come out byte-identical, so the layout itself is checked, not assumed.
//!
//! A masked value keeps its shape when it has no digit ("NO TTL", "-", null stay as they are).
//! Where the output legitimately differs by server version (memory sizes and encodings), the
//! test keeps one file per version: `NAME@redis-6.2.txt` beside `NAME.txt` is used on Redis 6.2.
//!
//! `REDOPS_UPDATE_GENERATED=1 cargo test --test runner snapshots` rewrites the files (the
//! versioned one when it exists; `REDOPS_UPDATE_GENERATED=version` creates it).
#![allow(dead_code)]

use super::{Env, server_build};
use std::path::PathBuf;

/// What a masked value becomes.
pub const MASK: &str = "<~>";

/// Which values of a case move with the clock (or the server's allocator).
#[derive(Clone, Copy, Default)]
pub struct Volatile<'a> {
    /// Table column headers, key/value-table row labels (first cell) and JSON keys.
    pub names: &'a [&'a str],
    /// In plain text (not in tables, not in JSON): the word after each marker, when it starts
    /// with a digit (`"round trip "` masks `0.26ms` in "round trip 0.26ms").
    pub after: &'a [&'a str],
    /// Like `names`, but masked even without a digit (the OS user and host in audit lines).
    pub always: &'a [&'a str],
}

pub const NONE: Volatile<'static> = Volatile {
    names: &[],
    after: &[],
    always: &[],
};

impl Volatile<'_> {
    fn masks(&self, name: &str, value: &str) -> bool {
        self.always.contains(&name)
            || (self.names.contains(&name) && value.contains(|c: char| c.is_ascii_digit()))
    }
}

/// One snapshot file being built.
pub struct Snapshot {
    name: String,
    subs: Vec<(String, String)>,
    body: String,
}

impl Snapshot {
    /// `subs`: exact strings to replace first (longest first is the caller's business).
    pub fn new(name: &str) -> Snapshot {
        let b = server_build();
        let (a, m, p) = b.version;
        Snapshot {
            name: name.to_owned(),
            subs: vec![
                (b.name(), format!("{} <VERSION>", b.flavor)),
                (format!("{a}.{m}.{p}"), "<VERSION>".to_owned()),
            ],
            body: String::new(),
        }
    }

    /// Replace `from` with `to` in every output from now on (applied before the server's
    /// version; add longer strings first).
    pub fn sub(&mut self, from: impl Into<String>, to: &str) {
        self.subs.insert(0, (from.into(), to.to_owned()));
    }

    /// Runs `redops ARGS` as a table and as `-o json`, and records both.
    pub fn case(&mut self, env: &Env, url: &str, args: &[&str], v: Volatile) {
        self.case_formats(env, url, args, v, &["table", "json"]);
    }

    /// Runs `redops ARGS` in each of `formats` ("table" adds no flag).
    pub fn case_formats(
        &mut self,
        env: &Env,
        url: &str,
        args: &[&str],
        v: Volatile,
        formats: &[&str],
    ) {
        for fmt in formats {
            let mut all: Vec<&str> = Vec::new();
            if !url.is_empty() {
                all.extend(["-u", url]);
            }
            if *fmt != "table" {
                all.extend(["-o", fmt]);
            }
            all.extend_from_slice(args);
            let out = env
                .command(&all)
                .env_remove("REDOPS_TRACE_ROUND_TRIPS")
                .output()
                .expect("run redops");
            let shown: Vec<&str> = all
                .iter()
                .copied()
                .filter(|a| *a != "-u" && *a != url)
                .collect();
            let shown = normalise(&shown.join(" "), &self.subs, NONE).unwrap_or_default();
            self.body.push_str(&format!(
                "$ redops {}\nexit {}\n",
                shown.trim_end(),
                out.status.code().unwrap_or(-1)
            ));
            for (what, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
                let text = String::from_utf8_lossy(bytes);
                if text.is_empty() {
                    continue;
                }
                let text = normalise(&text, &self.subs, v)
                    .unwrap_or_else(|e| panic!("{what} of redops {}: {e}\n{text}", all.join(" ")));
                self.body.push_str(&format!("--- {what}\n{text}"));
                if !text.ends_with('\n') {
                    self.body.push_str("\n[no newline at the end]\n");
                }
            }
            self.body.push('\n');
        }
    }

    /// Compares with the file (or writes it with `REDOPS_UPDATE_GENERATED`).
    pub fn check(self) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
        let tag = version_tag();
        let versioned = dir.join(format!("{}@{tag}.txt", self.name));
        let generic = dir.join(format!("{}.txt", self.name));
        let update = std::env::var("REDOPS_UPDATE_GENERATED").ok();
        let path = if versioned.exists() || update.as_deref() == Some("version") {
            versioned
        } else {
            generic
        };
        if update.is_some() {
            std::fs::create_dir_all(&dir).expect("create tests/snapshots");
            std::fs::write(&path, &self.body).expect("write snapshot");
            return;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}\ncreate it with: REDOPS_UPDATE_GENERATED=1 cargo test --test runner snapshots",
                path.display()
            )
        });
        if want != self.body {
            let (w, g): (Vec<&str>, Vec<&str>) =
                (want.lines().collect(), self.body.lines().collect());
            let i = w.iter().zip(&g).take_while(|(a, b)| a == b).count();
            let case = g[..i.min(g.len())]
                .iter()
                .rev()
                .find(|l| l.starts_with("$ redops"))
                .unwrap_or(&"");
            panic!(
                "{} differs from the output ({tag}), first at line {} (in `{case}`):\n  want: {}\n  got:  {}\n\
                 whole output:\n{}\nupdate with: REDOPS_UPDATE_GENERATED=1 cargo test --test runner snapshots",
                path.display(),
                i + 1,
                w.get(i).unwrap_or(&"<end>"),
                g.get(i).unwrap_or(&"<end>"),
                self.body
            );
        }
    }
}

/// `redis-7.0`, `valkey-8.1`: which versioned snapshot applies.
pub fn version_tag() -> String {
    let b = server_build();
    format!(
        "{}-{}.{}",
        b.flavor.to_lowercase(),
        b.version.0,
        b.version.1
    )
}

/// The normalised text (see the module's documentation), or what could not be understood.
pub fn normalise(text: &str, subs: &[(String, String)], v: Volatile) -> Result<String, String> {
    let sub = |s: &str| {
        let mut s = s.to_owned();
        for (from, to) in subs {
            if !from.is_empty() {
                s = s.replace(from.as_str(), to);
            }
        }
        s
    };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].starts_with('┌') {
            let end = (i..lines.len())
                .find(|&j| lines[j].starts_with('└'))
                .ok_or("a table without its bottom border")?;
            out.push_str(&table(&lines[i..=end], &sub, v)?);
            i = end + 1;
        } else {
            out.push_str(&mask_json(&mask_after(&sub(lines[i]), v.after), v));
            i += 1;
        }
    }
    Ok(out)
}

/// Masks the word after each marker when it starts with a digit.
fn mask_after(line: &str, markers: &[&str]) -> String {
    let mut s = line.to_owned();
    for m in markers {
        let mut from = 0;
        while let Some(pos) = s[from..].find(m) {
            let start = from + pos + m.len();
            let rest = &s[start..];
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                let len = rest
                    .find(|c: char| c.is_whitespace() || c == ';' || c == ',' || c == ')')
                    .unwrap_or(rest.len());
                s.replace_range(start..start + len, MASK);
                from = start + MASK.len();
            } else {
                from = start;
            }
        }
    }
    s
}

/// Masks the scalar value of each `"name":` (pretty or compact JSON) when it has a digit.
fn mask_json(line: &str, v: Volatile) -> String {
    let mut s = line.to_owned();
    for name in v.names.iter().chain(v.always) {
        let key = format!("\"{name}\":");
        let mut from = 0;
        while let Some(pos) = s[from..].find(&key) {
            let mut start = from + pos + key.len();
            if s[start..].starts_with(' ') {
                start += 1;
            }
            let rest = &s[start..];
            let len = scalar_len(rest);
            if len > 0 && v.masks(name, &rest[..len]) {
                let masked = if rest.starts_with('"') {
                    format!("\"{MASK}\"")
                } else {
                    MASK.to_owned()
                };
                s.replace_range(start..start + len, &masked);
                from = start + masked.len();
            } else {
                from = start;
            }
        }
    }
    s
}

/// The length of the JSON scalar at the start of `s` (0 for an object or an array).
fn scalar_len(s: &str) -> usize {
    if let Some(body) = s.strip_prefix('"') {
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => return i + 2,
                _ => {}
            }
        }
        return 0;
    }
    if s.starts_with(['{', '[']) {
        return 0;
    }
    s.find([',', '}', ']', '\n', ' ']).unwrap_or(s.len())
}

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Right,
}

/// A comfy-table (UTF8_FULL, inner `┆`) parsed and checked (laid out again from its own cells,
/// it must come out the same), then substituted, masked and laid out again.
fn table(lines: &[&str], sub: &dyn Fn(&str) -> String, v: Volatile) -> Result<String, String> {
    let raw: String = lines.concat();
    let mut rows: Vec<Vec<(String, Align)>> = Vec::new();
    let mut header_rows = 0;
    for l in lines {
        let l = l.trim_end_matches('\n');
        if l.starts_with('╞') {
            header_rows = rows.len();
            continue;
        }
        if l.starts_with(['┌', '└']) {
            continue;
        }
        let inner = l
            .strip_prefix('│')
            .and_then(|x| x.strip_suffix('│'))
            .ok_or_else(|| format!("not a table row: {l:?}"))?;
        let cells = inner
            .split('┆')
            .map(|c| {
                // Padding is one space each side; a right-aligned cell has more on the left.
                let left = c.len() - c.trim_start_matches(' ').len();
                let right = c.len() - c.trim_end_matches(' ').len();
                if left > 1 && right == 1 {
                    (c.trim_matches(' ').to_owned(), Align::Right)
                } else {
                    let body = c.strip_prefix(' ').unwrap_or(c);
                    (body.trim_end_matches(' ').to_owned(), Align::Left)
                }
            })
            .collect();
        rows.push(cells);
    }
    let relaid = layout(&rows, header_rows);
    if relaid != raw {
        return Err(format!(
            "the table does not lay out again the same (a cell with a line break, or a layout \
             the normaliser does not know):\n{raw}\nlaid out again:\n{relaid}"
        ));
    }
    // Substitute every cell; mask columns by header, rows by label.
    let mut changed = false;
    for row in rows.iter_mut() {
        for (cell, _) in row.iter_mut() {
            let new = mask_after(&sub(cell), v.after);
            if new != *cell {
                *cell = new;
                changed = true;
            }
        }
    }
    let header: Vec<String> = rows
        .first()
        .map(|r| r.iter().map(|(c, _)| c.clone()).collect())
        .unwrap_or_default();
    for (n, row) in rows.iter_mut().enumerate() {
        if n < header_rows {
            continue;
        }
        let label = row.first().map(|(c, _)| c.clone()).unwrap_or_default();
        for (i, (cell, _)) in row.iter_mut().enumerate() {
            let by_column = header_rows > 0 && header.get(i).is_some_and(|h| v.masks(h, cell));
            let by_label = i > 0 && v.masks(&label, cell);
            if (by_column || by_label) && cell != MASK {
                *cell = MASK.to_owned();
                changed = true;
            }
        }
    }
    Ok(if changed {
        layout(&rows, header_rows)
    } else {
        raw
    })
}

fn width(s: &str) -> usize {
    s.chars().count()
}

fn layout(rows: &[Vec<(String, Align)>], header_rows: usize) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|(c, _)| width(c))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let border = |l: char, fill: char, mid: char, r: char| {
        let parts: Vec<String> = widths
            .iter()
            .map(|w| fill.to_string().repeat(w + 2))
            .collect();
        format!("{l}{}{r}\n", parts.join(&mid.to_string()))
    };
    let mut out = border('┌', '─', '┬', '┐');
    for (n, row) in rows.iter().enumerate() {
        if n == header_rows && header_rows > 0 {
            out.push_str(&border('╞', '═', '╪', '╡'));
        }
        let cells: Vec<String> = widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let (c, align) = row.get(i).cloned().unwrap_or((String::new(), Align::Left));
                let pad = w - width(&c);
                match align {
                    Align::Left => format!(" {c}{} ", " ".repeat(pad)),
                    Align::Right => format!(" {}{c} ", " ".repeat(pad)),
                }
            })
            .collect();
        out.push_str(&format!("│{}│\n", cells.join("┆")));
    }
    out.push_str(&border('└', '─', '┴', '┘'));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_only_what_it_is_told_and_checks_the_layout() {
        let t = "┌──────┬─────────┐\n│ lock ┆ ttl     │\n╞══════╪═════════╡\n│ a    ┆ 59m 59s │\n│ b    ┆ NO TTL  │\n└──────┴─────────┘\n";
        let v = Volatile {
            names: &["ttl"],
            ..NONE
        };
        assert_eq!(
            normalise(t, &[("a".into(), "<A>".into())], v).expect("table"),
            "┌──────┬────────┐\n│ lock ┆ ttl    │\n╞══════╪════════╡\n│ <A>  ┆ <~>    │\n│ b    ┆ NO TTL │\n└──────┴────────┘\n"
        );
        // A table laid out wrongly (one cell too wide) is refused, not normalised.
        let bad = "┌──────┐\n│ lock  │\n└──────┘\n";
        assert!(normalise(bad, &[], NONE).is_err());
        assert_eq!(
            normalise(
                "{\"idle_ms\": 12, \"name\": \"w-1\"}\n",
                &[],
                Volatile {
                    names: &["idle_ms", "name"],
                    ..NONE
                }
            )
            .expect("json"),
            "{\"idle_ms\": <~>, \"name\": \"<~>\"}\n"
        );
        assert_eq!(
            normalise(
                "round trip 0.26ms, x\n",
                &[],
                Volatile {
                    after: &["round trip "],
                    ..NONE
                }
            )
            .expect("text"),
            "round trip <~>, x\n"
        );
    }
}
