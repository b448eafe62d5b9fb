//! Time as the operator writes it and as keys name it: durations (`500ms`, `2s`, `1h 30m`,
//! a latency budget or `off`), parsed the same for flags and for the config file; and the UTC
//! month of a Unix time (`YYYY-MM`, the leaderboards' key suffix).

use std::time::Duration;

/// The longest duration any option takes: 100 years. Redis counts idle times and TTLs in
/// milliseconds in a signed 64-bit integer, and redops does arithmetic on them; anything longer
/// would wrap or be refused by the server, so it is a usage error here instead.
pub const MAX_DURATION: Duration = Duration::from_secs(100 * 365 * 86_400);

/// Parses a humane duration (`500ms`, `2s`, `1m`, `1h 30m`); a bare number is seconds.
/// At most [`MAX_DURATION`].
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("empty duration; use e.g. 500ms, 2s, 1m".into());
    }
    let d = if t.bytes().all(|b| b.is_ascii_digit()) {
        t.parse::<u64>().map(Duration::from_secs).map_err(|_| {
            format!("duration '{s}' is out of range: the allowed range is 0 to 100 years")
        })?
    } else {
        humantime::parse_duration(t).map_err(|e| {
            if matches!(e, humantime::DurationError::NumberOverflow) {
                format!("duration '{s}' is out of range: the allowed range is 0 to 100 years")
            } else {
                format!("invalid duration '{s}': {e}; use e.g. 500ms, 2s, 1m")
            }
        })?
    };
    if d > MAX_DURATION {
        return Err(format!(
            "duration '{s}' is out of range: the allowed range is 0 to 100 years"
        ));
    }
    Ok(d)
}

/// A duration within `min..=max` (both inclusive), named in the error as the allowed range.
pub fn parse_duration_in(s: &str, min: Duration, max: Duration) -> Result<Duration, String> {
    let d = parse_duration(s)?;
    if d < min || d > max {
        return Err(format!(
            "duration '{s}' is out of range: the allowed range is {} to {}",
            range_end(min),
            range_end(max)
        ));
    }
    Ok(d)
}

fn range_end(d: Duration) -> String {
    if d == MAX_DURATION {
        "100 years".into()
    } else {
        humantime::format_duration(d).to_string()
    }
}

/// `--latency-budget`: the longest any one command may keep the server busy; `off` = no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LatencyBudget(pub Option<Duration>);

/// A latency budget: `off`, or 50us to 10s.
pub fn parse_latency_budget(s: &str) -> Result<LatencyBudget, String> {
    if s.trim().eq_ignore_ascii_case("off") {
        return Ok(LatencyBudget(None));
    }
    parse_duration_in(s, Duration::from_micros(50), Duration::from_secs(10))
        .map(|d| LatencyBudget(Some(d)))
        .map_err(|e| format!("{e}, or `off`"))
}

/// A response or connection timeout: 1ms to 24h (zero would time out every command at once).
pub fn parse_timeout(s: &str) -> Result<Duration, String> {
    parse_duration_in(s, Duration::from_millis(1), Duration::from_secs(86_400))
}

/// The UTC month (`YYYY-MM`) of a Unix time in seconds: the suffix of a monthly leaderboard's
/// key. A time beyond the calendar's range (years -9999 to 9999; no clock's) gives its first or
/// last month.
pub fn month_of(unix_secs: i64) -> String {
    use ::time::{OffsetDateTime, PrimitiveDateTime};
    let first = PrimitiveDateTime::MIN.assume_utc().unix_timestamp();
    let last = PrimitiveDateTime::MAX.assume_utc().unix_timestamp();
    let at = OffsetDateTime::from_unix_timestamp(unix_secs.clamp(first, last))
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    format!("{:04}-{:02}", at.year(), u8::from(at.month()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("1m"), Ok(Duration::from_secs(60)));
        assert_eq!(parse_duration("7"), Ok(Duration::from_secs(7)));
        assert!(parse_duration("").is_err());
        assert!(parse_duration("5 parsecs").is_err());
        assert!(parse_duration("-1s").is_err());
        for huge in [
            "999999999999d",
            "18446744073709551616",
            "101y",
            "999999999999999999999ms",
        ] {
            let e = parse_duration(huge).expect_err(huge);
            assert!(e.contains("out of range") && e.contains("100 years"), "{e}");
        }
        assert!(parse_duration("36500d").is_ok());
        assert!(parse_timeout("0s").unwrap_err().contains("1ms to 1day"));
        assert_eq!(parse_timeout("1ms"), Ok(Duration::from_millis(1)));
        assert_eq!(parse_latency_budget("off"), Ok(LatencyBudget(None)));
        assert_eq!(
            parse_latency_budget("250us"),
            Ok(LatencyBudget(Some(Duration::from_micros(250))))
        );
        assert!(parse_latency_budget("0s").is_err());
        assert!(parse_latency_budget("1h").is_err());
    }

    proptest::proptest! {
        #[test]
        fn durations_never_panic(s in "\\PC{0,20}") {
            let _ = parse_duration(&s);
        }

        #[test]
        fn plain_seconds_parse(n in 0u64..10_000_000) {
            proptest::prop_assert_eq!(parse_duration(&n.to_string()), Ok(Duration::from_secs(n)));
        }
    }

    #[test]
    fn months_in_utc() {
        assert_eq!(month_of(0), "1970-01");
        assert_eq!(month_of(1_764_145_373), "2025-11"); // 2025-11-26
        assert_eq!(month_of(1_767_225_599), "2025-12"); // 2025-12-31T23:59:59Z
        assert_eq!(month_of(1_767_225_600), "2026-01");
        assert_eq!(month_of(951_782_400), "2000-02"); // 2000-02-29
    }

    /// The leaderboards' months (`cmd/leaderboard.rs` wrote its own copy of the arithmetic):
    /// the same answers, leap days and year ends included.
    #[test]
    fn months_at_the_edges() {
        assert_eq!(month_of(1_709_251_199), "2024-02"); // 2024-02-29 23:59:59
        assert_eq!(month_of(1_709_251_200), "2024-03");
        assert_eq!(month_of(1_798_761_599), "2026-12"); // 2026-12-31 23:59:59
        assert_eq!(month_of(1_798_761_600), "2027-01");
        assert_eq!(month_of(-1), "1969-12");
        assert_eq!(month_of(i64::MAX), "9999-12");
        assert_eq!(month_of(i64::MIN), "-9999-01");
    }
}
