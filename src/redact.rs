//! `--redact`: output fit to paste in a ticket or a shared channel. One set of rules, applied
//! where results are rendered (tables, JSON, NDJSON, plain lines), never to the audit log
//! (it is the undo, and keeps full values):
//! - IP addresses keep their /16 (`10.2.x.x`; IPv6 its first group);
//! - card-like numbers (13 to 19 digits passing the Luhn check) keep the first 6 and last 4;
//! - lock tokens and session ids keep their first 4 characters and a short digest, so the
//!   same value is recognisable across outputs without being usable;
//! - stream payloads and stored values become their size and a short digest.

use serde_json::Value;
use sha2::{Digest, Sha256};

fn digest6(s: &str) -> String {
    hex::encode(&Sha256::digest(s.as_bytes())[..3])
}

/// A token or session id: first 4 characters and a short digest.
pub fn mask_id(s: &str) -> String {
    if s.is_empty() || s == "-" {
        return s.to_owned();
    }
    let head: String = s.chars().take(4).collect();
    format!("{head}…{}", digest6(s))
}

/// A payload or stored value: its size and a short digest.
pub fn mask_payload(s: &str) -> String {
    format!("*** ({} bytes, {})", s.len(), digest6(s))
}

/// An IP address keeps its /16 (IPv6: its first group); anything else goes through
/// [`mask_text`].
pub fn mask_ip(s: &str) -> String {
    if let Ok(v6) = s.parse::<std::net::Ipv6Addr>() {
        return format!("{:x}:x:x:x:x:x:x:x", v6.segments()[0]);
    }
    mask_text(s)
}

fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// Masks IPv4 addresses, card-like numbers and the word after `token` in free text.
pub fn mask_text(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        let boundary = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.');
        if b[i].is_ascii_digit() && boundary {
            // A run of digits and dots: an IPv4 address, or a run of digits (spaces allowed
            // between groups of a card number).
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.') {
                j += 1;
            }
            let run = &text[i..j];
            let parts: Vec<&str> = run.split('.').collect();
            if parts.len() == 4 && parts.iter().all(|p| p.parse::<u8>().is_ok()) {
                out.push_str(&text[copied..i]);
                out.push_str(&format!("{}.{}.x.x", parts[0], parts[1]));
                copied = j;
                i = j;
                continue;
            }
            let mut k = i;
            let mut digits = Vec::new();
            while k < b.len() {
                if b[k].is_ascii_digit() {
                    digits.push(b[k]);
                    k += 1;
                } else if b[k] == b' ' && k + 1 < b.len() && b[k + 1].is_ascii_digit() {
                    k += 1;
                } else {
                    break;
                }
            }
            // A stream id (`1700000000000-0`) is not a card number.
            let stream_id = k + 1 < b.len() && b[k] == b'-' && b[k + 1].is_ascii_digit();
            let end_ok = k == b.len() || !b[k].is_ascii_alphanumeric();
            if (13..=19).contains(&digits.len()) && luhn(&digits) && !stream_id && end_ok {
                out.push_str(&text[copied..i]);
                let n = digits.len();
                let mut seen = 0;
                for &c in &b[i..k] {
                    if c.is_ascii_digit() {
                        seen += 1;
                        out.push(if seen <= 6 || seen > n - 4 {
                            c as char
                        } else {
                            '*'
                        });
                    } else {
                        out.push(c as char);
                    }
                }
                copied = k;
                i = k;
                continue;
            }
            i = j.max(i + 1);
            continue;
        }
        if text[i..].starts_with("token ") && boundary {
            let start = i + "token ".len();
            let end = text[start..]
                .find(|c: char| c.is_whitespace() || c == ',' || c == ')' || c == ';')
                .map_or(text.len(), |e| start + e);
            if end > start {
                out.push_str(&text[copied..start]);
                out.push_str(&mask_id(&text[start..end]));
                copied = end;
                i = end;
                continue;
            }
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out.push_str(&text[copied..]);
    out
}

/// What a field holds, by its name in JSON or its column header in a table.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Id,
    Ip,
    Payload,
    /// Kept as is (stream entry ids, timestamps: needed to act, and not personal).
    Keep,
    Text,
}

fn kind_of(name: &str) -> Kind {
    let base = name.strip_suffix("_hex").unwrap_or(name);
    match base {
        "token" | "session_id" | "session" => Kind::Id,
        "ip" | "ip_address" => Kind::Ip,
        "payload" | "value" | "fields" | "raw" => Kind::Payload,
        "id" | "time" | "when" | "idle" | "ttl" | "age" | "created" | "last active" => Kind::Keep,
        _ if base.ends_with("_at") || base.ends_with("_ms") => Kind::Keep,
        _ => Kind::Text,
    }
}

fn mask_as(kind: Kind, s: &str) -> String {
    match kind {
        Kind::Id => mask_id(s),
        Kind::Ip => mask_ip(s),
        Kind::Payload => mask_payload(s),
        Kind::Keep => s.to_owned(),
        Kind::Text => mask_text(s),
    }
}

/// Masks a JSON document by field names (see the module's rules); strings in other fields go
/// through [`mask_text`].
pub fn json(v: &Value) -> Value {
    walk(v, Kind::Text)
}

fn walk(v: &Value, kind: Kind) -> Value {
    match v {
        Value::String(s) => Value::String(mask_as(kind, s)),
        Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, kind)).collect()),
        Value::Object(m) => {
            // A setting's value (`config show`) is not a payload.
            let setting = m.contains_key("source");
            Value::Object(
                m.iter()
                    .map(|(k, x)| {
                        let kind = match kind_of(k) {
                            Kind::Payload if setting => Kind::Text,
                            kind => kind,
                        };
                        (k.clone(), walk(x, kind))
                    })
                    .collect(),
            )
        }
        other => other.clone(),
    }
}

/// Masks a table's cells by column header (see the module's rules).
pub fn cell(header: &str, settings_table: bool, content: &str) -> String {
    let kind = match kind_of(header) {
        Kind::Payload if settings_table => Kind::Text,
        k => k,
    };
    mask_as(kind, content)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn masks_ips_cards_and_tokens_in_text() {
        assert_eq!(mask_text("from 10.2.3.4 now"), "from 10.2.x.x now");
        assert_eq!(
            mask_text("card 4111111111111111."),
            "card 411111******1111."
        );
        assert_eq!(
            mask_text("card 4111 1111 1111 1111"),
            "card 4111 11** **** 1111"
        );
        // Not Luhn-valid, a stream id, a version: kept.
        assert_eq!(mask_text("4111111111111112"), "4111111111111112");
        assert_eq!(mask_text("1700000000000-0"), "1700000000000-0");
        assert_eq!(mask_text("7.0.15"), "7.0.15");
        let t = mask_text("released lock:x (token abcdef123)");
        assert!(t.starts_with("released lock:x (token abcd…"), "{t}");
        assert!(!t.contains("abcdef123"), "{t}");
        assert_eq!(mask_ip("2001:db8::1"), "2001:x:x:x:x:x:x:x");
    }

    #[test]
    fn masks_json_by_field_name() {
        let v = json!({
            "session_id": "s-123456", "ip_address": "192.168.7.9", "device_type": "ios",
            "token": "tok-abcdef", "id": "1700000000000-0",
            "fields": [{"field": "payload", "value": "{\"card\":\"4111111111111111\"}"}],
            "note": "paid with 4111111111111111 from 10.0.0.1",
            "settings": {"url": {"value": "redis://10.1.2.3:6379", "source": "flag"}},
        });
        let m = json(&v);
        assert!(
            m["session_id"]
                .as_str()
                .is_some_and(|s| s.starts_with("s-12…"))
        );
        assert_eq!(m["ip_address"], "192.168.x.x");
        assert_eq!(m["device_type"], "ios");
        assert!(m["token"].as_str().is_some_and(|s| s.starts_with("tok-…")));
        assert_eq!(m["id"], "1700000000000-0");
        assert_eq!(m["fields"][0]["field"], "payload");
        assert!(
            m["fields"][0]["value"]
                .as_str()
                .is_some_and(|s| s.starts_with("*** ("))
        );
        assert_eq!(m["note"], "paid with 411111******1111 from 10.0.x.x");
        assert_eq!(m["settings"]["url"]["value"], "redis://10.1.x.x:6379");
        // The same value masks the same way (recognisable across outputs).
        assert_eq!(mask_id("tok-abcdef"), m["token"].as_str().unwrap_or(""));
    }
}
