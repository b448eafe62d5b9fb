//! The session filters `list` and `kill` share: `--ip` and `--device` (their clap arguments),
//! and for `list` the activity times; a fast pre-filter on the raw value and the full judge.

use super::value::SessionValue;
use clap::Args;
use ipnet::IpNet;
use std::net::IpAddr;
use std::time::Duration;

/// Filters shared by `list` and `kill`.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)
    #[arg(long, value_name = "ADDR|CIDR", value_parser = parse_ip_filter)]
    pub ip: Option<IpNet>,

    /// Only sessions of this device_type (web, mobile, desktop; case-insensitive)
    #[arg(long, value_name = "TYPE")]
    pub device: Option<String>,
}

/// Parses `--ip`: a single address (as a /32 or /128) or a CIDR.
pub fn parse_ip_filter(s: &str) -> Result<IpNet, String> {
    let t = s.trim();
    if let Ok(net) = t.parse::<IpNet>() {
        return Ok(net.trunc());
    }
    if let Ok(addr) = t.parse::<IpAddr>() {
        return Ok(IpNet::from(addr));
    }
    Err(format!(
        "'{s}' is not an IP address or CIDR; use e.g. 10.1.2.3, 10.1.0.0/16 or 2001:db8::/32"
    ))
}

/// The session filters of `list` and `kill`, all of which must hold.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub ip: Option<IpNet>,
    pub device: Option<String>,
    pub idle_over: Option<Duration>,
    pub active_within: Option<Duration>,
}

/// Whether a session matches a filter.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Match,
    NoMatch,
    /// The value lacks what the filter looks at (a malformed value): neither in nor out.
    Undecided(String),
}

impl Filter {
    pub(crate) fn from_args(f: &FilterArgs) -> Filter {
        Filter {
            ip: f.ip,
            device: f.device.clone(),
            ..Default::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ip.is_none()
            && self.device.is_none()
            && self.idle_over.is_none()
            && self.active_within.is_none()
    }

    pub(super) fn needs_clock(&self) -> bool {
        self.idle_over.is_some() || self.active_within.is_some()
    }

    /// Judges a session value; `now` is the server's clock in Unix seconds.
    pub fn judge(&self, v: &SessionValue, now: f64) -> Verdict {
        self.judge_fields(
            v.ip_address.as_deref(),
            v.device_type.as_deref(),
            v.last_active,
            now,
        )
    }

    /// True only when the raw value surely fails the filter: a fast look at just the fields
    /// the filter needs, without decoding the rest. Anything unusual (not an object, a field of
    /// another type) gives false, and the full decoding and [`Filter::judge`] decide.
    pub fn surely_rejects(&self, raw: &[u8], now: f64) -> bool {
        #[derive(serde::Deserialize)]
        struct Peek<'a> {
            #[serde(borrow, default)]
            ip_address: Option<std::borrow::Cow<'a, str>>,
            #[serde(borrow, default)]
            device_type: Option<std::borrow::Cow<'a, str>>,
            #[serde(default)]
            last_active: Option<f64>,
        }
        if self.is_empty() {
            return false;
        }
        match serde_json::from_slice::<Peek>(raw) {
            Ok(p) => {
                self.judge_fields(
                    p.ip_address.as_deref(),
                    p.device_type.as_deref(),
                    p.last_active,
                    now,
                ) == Verdict::NoMatch
            }
            Err(_) => false,
        }
    }

    fn judge_fields(
        &self,
        ip_address: Option<&str>,
        device_type: Option<&str>,
        last_active: Option<f64>,
        now: f64,
    ) -> Verdict {
        let mut undecided = Vec::new();
        if let Some(net) = &self.ip {
            match ip_address.and_then(|s| s.trim().parse::<IpAddr>().ok()) {
                Some(addr) if net.contains(&addr.to_canonical()) => {}
                Some(_) => return Verdict::NoMatch,
                None => undecided.push("ip_address is missing or not an IP address"),
            }
        }
        if let Some(d) = &self.device {
            match device_type {
                Some(t) if t.eq_ignore_ascii_case(d) => {}
                Some(_) => return Verdict::NoMatch,
                None => undecided.push("device_type is missing"),
            }
        }
        if self.needs_clock() {
            match last_active {
                Some(last) => {
                    let idle = now - last;
                    if let Some(d) = self.idle_over
                        && idle <= d.as_secs_f64()
                    {
                        return Verdict::NoMatch;
                    }
                    if let Some(d) = self.active_within
                        && idle > d.as_secs_f64()
                    {
                        return Verdict::NoMatch;
                    }
                }
                None => undecided.push("last_active is missing"),
            }
        }
        if undecided.is_empty() {
            Verdict::Match
        } else {
            Verdict::Undecided(undecided.join("; "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmd::session::value::parse_session_value;
    use crate::cmd::session::value::tests::good;

    #[test]
    fn ip_filters() {
        assert_eq!(
            parse_ip_filter("10.1.0.0/16").unwrap().to_string(),
            "10.1.0.0/16"
        );
        assert_eq!(
            parse_ip_filter("10.1.2.3/16").unwrap().to_string(),
            "10.1.0.0/16"
        );
        assert_eq!(
            parse_ip_filter("10.1.2.3").unwrap().to_string(),
            "10.1.2.3/32"
        );
        assert_eq!(
            parse_ip_filter("2001:db8::1").unwrap().to_string(),
            "2001:db8::1/128"
        );
        assert!(parse_ip_filter("10.1.0.0/33").is_err());
        assert!(parse_ip_filter("10.1.0").is_err());
        assert!(parse_ip_filter("").is_err());
    }

    #[test]
    fn filters_match_cidr_device_and_idle_time() {
        let now = 10_000.0;
        let v = parse_session_value(&good("s", "10.1.200.7", "Mobile", now - 600.0), b"s");
        let f =
            |ip: Option<&str>, dev: Option<&str>, idle: Option<u64>, within: Option<u64>| Filter {
                ip: ip.map(|s| parse_ip_filter(s).unwrap()),
                device: dev.map(str::to_owned),
                idle_over: idle.map(Duration::from_secs),
                active_within: within.map(Duration::from_secs),
            };
        assert_eq!(
            f(Some("10.1.0.0/16"), None, None, None).judge(&v, now),
            Verdict::Match
        );
        assert_eq!(
            f(Some("10.2.0.0/16"), None, None, None).judge(&v, now),
            Verdict::NoMatch
        );
        assert_eq!(
            f(Some("10.1.200.7"), Some("mobile"), None, None).judge(&v, now),
            Verdict::Match
        );
        assert_eq!(
            f(None, Some("web"), None, None).judge(&v, now),
            Verdict::NoMatch
        );
        assert_eq!(
            f(None, None, Some(300), None).judge(&v, now),
            Verdict::Match
        );
        assert_eq!(
            f(None, None, Some(900), None).judge(&v, now),
            Verdict::NoMatch
        );
        assert_eq!(
            f(None, None, None, Some(900)).judge(&v, now),
            Verdict::Match
        );
        assert_eq!(
            f(None, None, None, Some(300)).judge(&v, now),
            Verdict::NoMatch
        );
        let bad = parse_session_value(b"nope", b"s");
        assert!(matches!(
            f(Some("10.0.0.0/8"), None, None, None).judge(&bad, now),
            Verdict::Undecided(_)
        ));
        assert_eq!(Filter::default().judge(&bad, now), Verdict::Match);
        let v6 = parse_session_value(&good("s", "::ffff:10.1.0.9", "web", now), b"s");
        assert_eq!(
            f(Some("10.1.0.0/16"), None, None, None).judge(&v6, now),
            Verdict::Match
        );
    }

    #[test]
    fn the_fast_prefilter_only_rejects_what_the_full_judge_rejects() {
        let now = 10_000.0;
        let filters = [
            Filter {
                ip: parse_ip_filter("10.1.0.0/16").ok(),
                ..Default::default()
            },
            Filter {
                device: Some("web".into()),
                idle_over: Some(Duration::from_secs(60)),
                ..Default::default()
            },
            Filter {
                active_within: Some(Duration::from_secs(60)),
                ..Default::default()
            },
        ];
        let values: Vec<Vec<u8>> = vec![
            good("s", "10.1.2.3", "web", now - 600.0),
            good("s", "10.2.2.3", "mobile", now),
            good("s", "not-an-ip", "WEB", now - 30.0),
            br#"{"session_id":"s","ip_address":7,"device_type":"web","last_active":"9000"}"#
                .to_vec(),
            br#"{"ip_address":"10.2.0.1","ip_address":"10.1.0.1"}"#.to_vec(),
            b"[]".to_vec(),
            b"garbage".to_vec(),
            b"{}".to_vec(),
        ];
        for f in &filters {
            for raw in &values {
                let full = f.judge(&parse_session_value(raw, b"s"), now);
                if f.surely_rejects(raw, now) {
                    assert_eq!(
                        full,
                        Verdict::NoMatch,
                        "{f:?} {}",
                        String::from_utf8_lossy(raw)
                    );
                }
            }
        }
        assert!(
            filters[0].surely_rejects(&values[1], now),
            "the common case is fast"
        );
        assert!(!Filter::default().surely_rejects(&values[1], now));
    }
}
