//! Key patterns of the platform and their parsing (`sessions:user:{user}` <-> user id).
//!
//! A template is literal text with `{name}` placeholders; `{{` and `}}` stand for literal
//! braces, so a cluster hash tag can be part of a pattern: `lock:{{{resource}}}` gives
//! `lock:{withdrawal:42}`.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Lit(Vec<u8>),
    Var(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyTemplate {
    raw: String,
    parts: Vec<Part>,
}

impl fmt::Display for KeyTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl KeyTemplate {
    /// Parses a template; `allowed` lists the placeholder names it may (and must) use.
    pub fn parse(raw: &str, allowed: &[&str]) -> Result<KeyTemplate, String> {
        let mut parts = Vec::new();
        let mut lit = Vec::new();
        let mut chars = raw.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '{' if chars.peek().map(|p| p.1) == Some('{') => {
                    chars.next();
                    lit.push(b'{');
                }
                '}' if chars.peek().map(|p| p.1) == Some('}') => {
                    chars.next();
                    lit.push(b'}');
                }
                '{' => {
                    let rest = &raw[i + 1..];
                    let end = rest.find('}').ok_or_else(|| {
                        format!("key template '{raw}': '{{' at {i} is never closed")
                    })?;
                    let name = &rest[..end];
                    if !allowed.contains(&name) {
                        return Err(format!(
                            "key template '{raw}': unknown placeholder {{{name}}}; expected {}",
                            allowed
                                .iter()
                                .map(|a| format!("{{{a}}}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ));
                    }
                    if matches!(parts.last(), Some(Part::Var(_))) && lit.is_empty() {
                        return Err(format!(
                            "key template '{raw}': two placeholders need text between them to be told apart"
                        ));
                    }
                    if !lit.is_empty() {
                        parts.push(Part::Lit(std::mem::take(&mut lit)));
                    }
                    parts.push(Part::Var(name.to_owned()));
                    for _ in 0..=name.chars().count() {
                        chars.next();
                    }
                }
                '}' => {
                    return Err(format!(
                        "key template '{raw}': unmatched '}}' at {i} (write '}}}}' for a literal brace)"
                    ));
                }
                c => {
                    let mut buf = [0u8; 4];
                    lit.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
        if !lit.is_empty() {
            parts.push(Part::Lit(lit));
        }
        for a in allowed {
            if !parts.iter().any(|p| matches!(p, Part::Var(v) if v == a)) {
                return Err(format!(
                    "key template '{raw}': placeholder {{{a}}} is missing"
                ));
            }
        }
        Ok(KeyTemplate {
            raw: raw.to_owned(),
            parts,
        })
    }

    /// The key for the given placeholder values (a missing value renders as empty).
    pub fn render(&self, vals: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        for p in &self.parts {
            match p {
                Part::Lit(l) => out.extend_from_slice(l),
                Part::Var(v) => {
                    if let Some((_, val)) = vals.iter().find(|(n, _)| n == v) {
                        out.extend_from_slice(val)
                    }
                }
            }
        }
        out
    }

    /// A SCAN MATCH glob: the given placeholders fixed (their values glob-escaped), the rest `*`.
    /// A fixed value may instead be a glob itself when `raw_globs` is set.
    pub fn glob(&self, fixed: &[(&str, &[u8])], raw_globs: bool) -> Vec<u8> {
        let mut out = Vec::new();
        for p in &self.parts {
            match p {
                Part::Lit(l) => out.extend(escape_glob(l)),
                Part::Var(v) => match fixed.iter().find(|(n, _)| n == v) {
                    Some((_, val)) if raw_globs => out.extend_from_slice(val),
                    Some((_, val)) => out.extend(escape_glob(val)),
                    None => out.push(b'*'),
                },
            }
        }
        out
    }

    /// Splits a key into placeholder values, or `None` when it does not follow the template.
    /// A placeholder ends at the first occurrence of the literal text that follows it (the
    /// last one takes the rest of the key).
    pub fn extract(&self, key: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
        let mut out = Vec::new();
        let mut rest = key;
        let mut i = 0;
        while i < self.parts.len() {
            match &self.parts[i] {
                Part::Lit(l) => rest = rest.strip_prefix(l.as_slice())?,
                Part::Var(v) => {
                    let value = match self.parts.get(i + 1) {
                        Some(Part::Lit(next)) => {
                            // The last placeholder before a final literal suffix takes all but the suffix.
                            let pos = if i + 2 == self.parts.len() {
                                if rest.len() < next.len() || !rest.ends_with(next) {
                                    return None;
                                }
                                rest.len() - next.len()
                            } else {
                                find(rest, next)?
                            };
                            let (value, tail) = rest.split_at(pos);
                            rest = tail;
                            value
                        }
                        _ => std::mem::take(&mut rest),
                    };
                    if value.is_empty() {
                        return None;
                    }
                    out.push((v.clone(), value.to_vec()));
                }
            }
            i += 1;
        }
        if rest.is_empty() { Some(out) } else { None }
    }

    /// The value of one placeholder in a key.
    pub fn extract_one(&self, key: &[u8], name: &str) -> Option<Vec<u8>> {
        self.extract(key)?
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Checks a SCAN MATCH glob typed by the operator: an unclosed `[` or a trailing `\\` is a
/// typo that Redis would silently match as something else. `Err` names what is wrong.
pub fn check_glob(glob: &str) -> Result<(), String> {
    let b = glob.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if i + 1 == b.len() => {
                return Err(format!("'{glob}' ends with an unescaped '\\'"));
            }
            b'\\' => i += 1,
            b'[' => {
                let mut j = i + 1;
                if j < b.len() && b[j] == b'^' {
                    j += 1;
                }
                // A ']' right after '[' (or '[^') is a literal member of the class.
                if j < b.len() && b[j] == b']' {
                    j += 1;
                }
                while j < b.len() && b[j] != b']' {
                    if b[j] == b'\\' {
                        j += 1;
                    }
                    j += 1;
                }
                if j >= b.len() {
                    return Err(format!("'{glob}' has a '[' that is never closed by ']'"));
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Redis-style glob matching (`*`, `?`, `[abc]`, `[^a]`, `[a-z]`, `\x`), as SCAN MATCH does.
pub fn glob_match(pattern: &[u8], s: &[u8]) -> bool {
    match (pattern.first(), s.first()) {
        (None, None) => true,
        (None, Some(_)) => false,
        (Some(b'*'), _) => {
            glob_match(&pattern[1..], s) || (!s.is_empty() && glob_match(pattern, &s[1..]))
        }
        (Some(_), None) => false,
        (Some(b'?'), Some(_)) => glob_match(&pattern[1..], &s[1..]),
        (Some(b'['), Some(&c)) => {
            let Some(end) = pattern
                .iter()
                .skip(1)
                .position(|&b| b == b']')
                .map(|p| p + 1)
            else {
                return pattern[0] == c && glob_match(&pattern[1..], &s[1..]);
            };
            let class = &pattern[1..end];
            let (negate, class) = match class.first() {
                Some(b'^') => (true, &class[1..]),
                _ => (false, class),
            };
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == b'-' {
                    hit |= (class[i]..=class[i + 2]).contains(&c);
                    i += 3;
                } else {
                    hit |= class[i] == c;
                    i += 1;
                }
            }
            hit != negate && glob_match(&pattern[end + 1..], &s[1..])
        }
        (Some(b'\\'), Some(&c)) if pattern.len() > 1 => {
            pattern[1] == c && glob_match(&pattern[2..], &s[1..])
        }
        (Some(&p), Some(&c)) => p == c && glob_match(&pattern[1..], &s[1..]),
    }
}

/// Escapes the glob specials of SCAN MATCH (`* ? [ ] \`).
pub fn escape_glob(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    for &c in b {
        if matches!(c, b'*' | b'?' | b'[' | b']' | b'\\') {
            out.push(b'\\');
        }
        out.push(c);
    }
    out
}

/// The key patterns of a platform. Defaults follow the CLI contract's keyspace conventions.
#[derive(Debug, Clone)]
pub struct Keyspace {
    pub sessions: KeyTemplate,
    pub ratelimit: KeyTemplate,
    pub leaderboard: KeyTemplate,
    pub trader_meta: KeyTemplate,
    pub lock: KeyTemplate,
}

pub const SESSIONS: (&str, &[&str]) = ("sessions:user:{user}", &["user"]);
pub const RATELIMIT: (&str, &[&str]) = ("ratelimit:{category}:user:{user}", &["category", "user"]);
pub const LEADERBOARD: (&str, &[&str]) = ("leaderboard:{period}:{month}", &["period", "month"]);
pub const TRADER_META: (&str, &[&str]) = ("trader:meta:{trader}", &["trader"]);
pub const LOCK: (&str, &[&str]) = ("lock:{resource}", &["resource"]);

impl Default for Keyspace {
    fn default() -> Self {
        let t = |(raw, allowed): (&str, &[&str])| match KeyTemplate::parse(raw, allowed) {
            Ok(t) => t,
            Err(e) => unreachable!("built-in template is valid: {e}"),
        };
        Keyspace {
            sessions: t(SESSIONS),
            ratelimit: t(RATELIMIT),
            leaderboard: t(LEADERBOARD),
            trader_meta: t(TRADER_META),
            lock: t(LOCK),
        }
    }
}

impl Keyspace {
    /// Every template with its name, as in the profile's `[keyspace]` table.
    pub fn templates(&self) -> Vec<(&'static str, &KeyTemplate)> {
        vec![
            ("keyspace.sessions", &self.sessions),
            ("keyspace.ratelimit", &self.ratelimit),
            ("keyspace.leaderboard", &self.leaderboard),
            ("keyspace.trader_meta", &self.trader_meta),
            ("keyspace.lock", &self.lock),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_extracts() {
        let ks = Keyspace::default();
        assert_eq!(
            ks.lock.render(&[("resource", b"withdrawal:42")]),
            b"lock:withdrawal:42"
        );
        assert_eq!(
            ks.lock
                .extract_one(b"lock:withdrawal:42", "resource")
                .unwrap(),
            b"withdrawal:42"
        );
        assert_eq!(ks.lock.extract(b"other:1"), None);
        let r = ks.ratelimit.extract(b"ratelimit:deposit:user:7").unwrap();
        assert_eq!(
            r,
            vec![
                ("category".into(), b"deposit".to_vec()),
                ("user".into(), b"7".to_vec())
            ]
        );
        assert_eq!(
            ks.ratelimit.glob(&[("category", b"deposit")], false),
            b"ratelimit:deposit:user:*"
        );
        assert_eq!(ks.lock.glob(&[], false), b"lock:*");
        assert_eq!(ks.lock.glob(&[("resource", b"a*")], false), b"lock:a\\*");
    }

    #[test]
    fn hash_tags_and_validation() {
        let t = KeyTemplate::parse("lock:{{{resource}}}", &["resource"]).unwrap();
        assert_eq!(
            t.render(&[("resource", b"withdrawal:42")]),
            b"lock:{withdrawal:42}"
        );
        assert_eq!(
            t.extract_one(b"lock:{withdrawal:42}", "resource").unwrap(),
            b"withdrawal:42"
        );
        assert_eq!(t.glob(&[], false), b"lock:{*}");
        assert!(KeyTemplate::parse("lock:{res}", &["resource"]).is_err());
        assert!(KeyTemplate::parse("lock:", &["resource"]).is_err());
        assert!(KeyTemplate::parse("lock:{resource", &["resource"]).is_err());
        assert!(KeyTemplate::parse("a:{category}{user}", &["category", "user"]).is_err());
    }

    #[test]
    fn malformed_globs_are_named() {
        for ok in ["sessions:*", "a[bc]d", "a[^x]", "a[]]b", "x\\[", "lock:?"] {
            assert!(check_glob(ok).is_ok(), "{ok}");
        }
        for bad in ["[abc", "lock:[x", "a\\", "a[\\]"] {
            assert!(check_glob(bad).unwrap_err().contains(bad), "{bad}");
        }
    }

    #[test]
    fn globs_match_like_redis() {
        assert!(glob_match(b"*dead*", b"tx:dead-letter"));
        assert!(!glob_match(b"*dead*", b"tx:queue"));
        assert!(glob_match(b"dlq:?", b"dlq:1"));
        assert!(glob_match(b"a[bc]d", b"acd"));
        assert!(!glob_match(b"a[^bc]d", b"acd"));
        assert!(glob_match(b"a[0-9]", b"a7"));
        assert!(glob_match(b"a\\*", b"a*"));
        assert!(!glob_match(b"a\\*", b"ab"));
    }

    proptest::proptest! {
        // Any value without the following literal renders and parses back to itself.
        #[test]
        fn render_then_extract_round_trips(cat in "[a-z_]{1,12}", user in proptest::collection::vec(proptest::num::u8::ANY, 1..24)) {
            let ks = Keyspace::default();
            proptest::prop_assume!(!cat.contains(":user:"));
            let key = ks.ratelimit.render(&[("category", cat.as_bytes()), ("user", &user)]);
            let parts = ks.ratelimit.extract(&key).expect("extract");
            proptest::prop_assert_eq!(&parts[0].1, &cat.as_bytes().to_vec());
            proptest::prop_assert_eq!(&parts[1].1, &user);
        }

        #[test]
        fn parsing_any_template_never_panics(raw in "\\PC{0,40}") {
            let _ = KeyTemplate::parse(&raw, &["user"]);
        }

        #[test]
        fn escaped_globs_match_only_themselves(v in proptest::collection::vec(proptest::num::u8::ANY, 0..16)) {
            let g = escape_glob(&v);
            proptest::prop_assert!(glob_match(&g, &v));
        }
    }
}
