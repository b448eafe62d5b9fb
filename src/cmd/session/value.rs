//! The session value model: what one session hash field holds (JSON
//! `{session_id, device_type, ip_address, created_at, last_active}`), decoded as far as it goes,
//! and how a session appears in every JSON report (list items, killed and skipped sessions).

use crate::output::{NamedBytes, show_bytes};
use serde::Serialize;
use serde_json::{Map, Value};

/// A session value decoded as far as it goes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionValue {
    /// The application's JSON object, when the value is one (every field it stored).
    pub object: Option<Map<String, Value>>,
    pub device_type: Option<String>,
    pub ip_address: Option<String>,
    pub created_at: Option<f64>,
    pub last_active: Option<f64>,
    /// What is wrong with the value when it is not the expected JSON.
    pub error: Option<String>,
}

/// Decodes a session value; never fails: what cannot be read is named in `error`.
pub fn parse_session_value(raw: &[u8], field: &[u8]) -> SessionValue {
    let object = match serde_json::from_slice::<Value>(raw) {
        Ok(Value::Object(m)) => m,
        Ok(other) => {
            return SessionValue {
                error: Some(format!(
                    "value is JSON {} but not an object",
                    json_kind(&other)
                )),
                ..Default::default()
            };
        }
        Err(e) => {
            return SessionValue {
                error: Some(format!("value is not JSON: {e}")),
                ..Default::default()
            };
        }
    };
    let mut problems = Vec::new();
    let text = |name: &str, problems: &mut Vec<String>| match object.get(name) {
        Some(Value::String(s)) => Some(s.clone()),
        None | Some(Value::Null) => {
            problems.push(format!("missing {name}"));
            None
        }
        Some(_) => {
            problems.push(format!("{name} is not a string"));
            None
        }
    };
    let time = |name: &str, problems: &mut Vec<String>| match object.get(name) {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) if s.trim().parse::<f64>().is_ok() => s.trim().parse().ok(),
        None | Some(Value::Null) => {
            problems.push(format!("missing {name}"));
            None
        }
        Some(_) => {
            problems.push(format!("{name} is not a Unix time"));
            None
        }
    };
    let device_type = text("device_type", &mut problems);
    let ip_address = text("ip_address", &mut problems);
    let created_at = time("created_at", &mut problems);
    let last_active = time("last_active", &mut problems);
    match object.get("session_id") {
        Some(Value::String(s)) if s.as_bytes() == field => {}
        Some(Value::String(s)) => problems.push(format!(
            "session_id in the value ({s}) differs from the field ({})",
            show_bytes(field)
        )),
        None | Some(Value::Null) => problems.push("missing session_id".into()),
        Some(_) => problems.push("session_id is not a string".into()),
    }
    SessionValue {
        object: Some(object),
        device_type,
        ip_address,
        created_at,
        last_active,
        error: (!problems.is_empty()).then(|| problems.join("; ")),
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// One session as read from Redis: the hash field, its raw value and what it decodes to.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: Vec<u8>,
    pub key: Vec<u8>,
    /// The session id: the hash field (what `kill` deletes).
    pub id: Vec<u8>,
    pub raw: Vec<u8>,
    pub value: SessionValue,
    /// The hash's remaining TTL; `None` when it never expires.
    pub ttl_ms: Option<i64>,
    /// The session field's own remaining TTL (`HPEXPIRE`, Redis 7.4+); `None` when it has none
    /// (always, on servers without per-field TTLs).
    pub field_ttl_ms: Option<i64>,
}

/// Field names redops itself puts in a session's JSON; an application field of the same name
/// is not repeated.
const OWN_FIELDS: [&str; 6] = [
    "user_id",
    "session_id",
    "ttl_ms",
    "field_ttl_ms",
    "error",
    "value",
];
const KNOWN_FIELDS: [&str; 4] = ["device_type", "ip_address", "created_at", "last_active"];

/// A session in a JSON report: who and which session, the four known fields (null when
/// missing), every other field the application stored (in its order), the TTLs, and for a
/// malformed value the raw value with what is wrong with it.
#[derive(Debug, Serialize)]
pub struct SessionJson {
    #[serde(flatten)]
    pub user_id: NamedBytes,
    #[serde(flatten)]
    pub session_id: NamedBytes,
    pub device_type: Option<Value>,
    pub ip_address: Option<Value>,
    pub created_at: Option<Value>,
    pub last_active: Option<Value>,
    /// The application's other fields, as stored.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
    pub ttl_ms: Option<i64>,
    pub field_ttl_ms: Option<i64>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub malformed: Option<Malformed>,
}

/// The raw value of a session that is not the expected JSON, and what is wrong with it.
#[derive(Debug, Serialize)]
pub struct Malformed {
    #[serde(flatten)]
    pub value: NamedBytes,
    pub error: String,
}

impl Session {
    /// A session as read from its user's hash: field `id`, value `raw` (parsed here), the
    /// hash's TTL and the field's own.
    pub fn read(
        user: Vec<u8>,
        key: Vec<u8>,
        id: Vec<u8>,
        raw: Vec<u8>,
        ttl_ms: Option<i64>,
        field_ttl_ms: Option<i64>,
    ) -> Session {
        Session {
            user,
            key,
            value: parse_session_value(&raw, &id),
            id,
            raw,
            ttl_ms,
            field_ttl_ms,
        }
    }

    /// This session as it appears in the JSON reports.
    pub fn json(&self) -> SessionJson {
        let user_id = NamedBytes::new("user_id", self.user.clone());
        let session_id = NamedBytes::new("session_id", self.id.clone());
        let obj = self.value.object.as_ref();
        let known = |name: &str| obj.and_then(|o| o.get(name)).cloned();
        // A name the identifiers above already take (`session_id_hex` of a binary id) is not
        // repeated either.
        let taken = |k: &str| {
            (k == "user_id_hex" && std::str::from_utf8(&self.user).is_err())
                || (k == "session_id_hex" && std::str::from_utf8(&self.id).is_err())
        };
        let extra = obj
            .map(|o| {
                o.iter()
                    .filter(|(k, _)| {
                        !KNOWN_FIELDS.contains(&k.as_str())
                            && !OWN_FIELDS.contains(&k.as_str())
                            && !taken(k)
                    })
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default();
        SessionJson {
            user_id,
            session_id,
            device_type: known("device_type"),
            ip_address: known("ip_address"),
            created_at: known("created_at"),
            last_active: known("last_active"),
            extra,
            ttl_ms: self.ttl_ms,
            field_ttl_ms: self.field_ttl_ms,
            malformed: self.value.error.clone().map(|error| Malformed {
                value: NamedBytes::new("value", self.raw.clone()),
                error,
            }),
        }
    }
}

/// A key under the session pattern that is not a hash (reported and skipped).
#[derive(Debug, Serialize)]
pub struct WrongTypeKey {
    #[serde(flatten)]
    pub user_id: NamedBytes,
    #[serde(flatten)]
    pub key: NamedBytes,
    pub error: &'static str,
}

impl WrongTypeKey {
    pub fn new(key: &[u8], user: &[u8]) -> WrongTypeKey {
        WrongTypeKey {
            user_id: NamedBytes::new("user_id", user),
            key: NamedBytes::new("key", key),
            error: "not a hash (WRONGTYPE): not a sessions key; skipped",
        }
    }
}

/// Newest `last_active` first; sessions without one last; then by user and id.
pub fn sort_sessions(sessions: &mut [Session]) {
    sessions.sort_by(|a, b| {
        let la = a.value.last_active.unwrap_or(f64::NEG_INFINITY);
        let lb = b.value.last_active.unwrap_or(f64::NEG_INFINITY);
        lb.total_cmp(&la)
            .then_with(|| a.user.cmp(&b.user))
            .then_with(|| a.id.cmp(&b.id))
    });
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::output::to_json;
    use serde_json::json;

    pub(in crate::cmd::session) fn good(id: &str, ip: &str, device: &str, last: f64) -> Vec<u8> {
        json!({"session_id": id, "device_type": device, "ip_address": ip,
               "created_at": 1_700_000_000, "last_active": last})
        .to_string()
        .into_bytes()
    }

    #[test]
    fn parses_application_values_and_names_what_is_wrong() {
        let v = parse_session_value(&good("s1", "10.1.2.3", "web", 1.7e9), b"s1");
        assert_eq!(v.error, None);
        assert_eq!(v.device_type.as_deref(), Some("web"));
        assert_eq!(v.last_active, Some(1.7e9));

        let v = parse_session_value(b"not json{", b"s1");
        assert!(v.error.unwrap().contains("not JSON"));
        let v = parse_session_value(b"[1]", b"s1");
        assert!(v.error.unwrap().contains("not an object"));
        let v = parse_session_value(br#"{"session_id":"s2","device_type":"web"}"#, b"s1");
        let e = v.error.unwrap();
        assert!(e.contains("missing ip_address"), "{e}");
        assert!(e.contains("differs from the field"), "{e}");
        let v = parse_session_value(
            br#"{"session_id":"s1","device_type":"web","ip_address":"1.2.3.4","created_at":"17","last_active":1}"#,
            b"s1",
        );
        assert_eq!(v.error, None, "a numeric string is a Unix time");
        assert_eq!(v.created_at, Some(17.0));
    }

    #[test]
    fn json_keeps_extra_application_fields_and_the_raw_value_of_bad_ones() {
        let mut raw: Value = serde_json::from_slice(&good("s1", "1.2.3.4", "web", 5.0)).unwrap();
        raw["tier"] = json!("gold");
        let raw = raw.to_string().into_bytes();
        let s = Session {
            user: b"42".to_vec(),
            key: b"sessions:user:42".to_vec(),
            id: b"s1".to_vec(),
            value: parse_session_value(&raw, b"s1"),
            raw,
            ttl_ms: None,
            field_ttl_ms: None,
        };
        let j = to_json(&s.json()).unwrap();
        assert_eq!(j["user_id"], "42");
        assert_eq!(j["tier"], "gold");
        assert_eq!(j["ttl_ms"], Value::Null);
        assert!(j.get("error").is_none());

        let bad = Session {
            raw: b"\xffgarbage".to_vec(),
            value: parse_session_value(b"\xffgarbage", b"s1"),
            ..s
        };
        let j = to_json(&bad.json()).unwrap();
        assert_eq!(j["value_hex"], "ff67617262616765");
        assert!(j["error"].as_str().unwrap().contains("not JSON"));
    }

    /// The key order of a session's JSON is the contract: identifiers, the known fields, the
    /// application's others in their order, the TTLs, then a malformed value and its error;
    /// an application field named like one of redops's own is not repeated.
    #[test]
    fn json_key_order_is_the_contract() {
        let raw = br#"{"zeta":1,"session_id":"x","ttl_ms":5,"alpha":2,"session_id_hex":"h","user_id_hex":"u","device_type":"web"}"#;
        let s = Session {
            user: b"7".to_vec(),
            key: b"sessions:user:7".to_vec(),
            id: b"\xff".to_vec(),
            value: parse_session_value(raw, b"\xff"),
            raw: raw.to_vec(),
            ttl_ms: Some(9),
            field_ttl_ms: None,
        };
        let j = to_json(&s.json()).unwrap();
        let keys: Vec<&str> = j.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "user_id",
                "session_id",
                "session_id_hex",
                "device_type",
                "ip_address",
                "created_at",
                "last_active",
                "zeta",
                "alpha",
                "user_id_hex",
                "ttl_ms",
                "field_ttl_ms",
                "value",
                "error"
            ]
        );
        assert_eq!(j["ttl_ms"], 9);
        assert_eq!(j["session_id_hex"], "ff");
        assert_eq!(j["user_id_hex"], "u");
    }

    #[test]
    fn newest_activity_first() {
        let mk = |id: &str, last: Option<f64>| Session {
            user: b"u".to_vec(),
            key: b"k".to_vec(),
            id: id.into(),
            raw: Vec::new(),
            value: SessionValue {
                last_active: last,
                ..Default::default()
            },
            ttl_ms: None,
            field_ttl_ms: None,
        };
        let mut v = vec![mk("a", Some(1.0)), mk("b", None), mk("c", Some(3.0))];
        sort_sessions(&mut v);
        let ids: Vec<_> = v.iter().map(|s| s.id.clone()).collect();
        assert_eq!(ids, [b"c".to_vec(), b"a".to_vec(), b"b".to_vec()]);
    }
}
