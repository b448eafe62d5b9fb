//! The limiter's arithmetic, read-only: policies, the sliding window, and the verdict the
//! application's next attempt would reach.
//!
//! The application's attempt: remove entries with score `<= now - window`, count the rest,
//! allow when the count is below the limit (then add one), and when refused answer
//! `retry_after = ceil(oldest_in_window + window - now)` seconds. [`window_state`] is that
//! arithmetic, without the writes.

use serde::Serialize;
use std::time::Duration;

/// A limiter policy: at most `limit` attempts in any sliding `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub limit: u64,
    pub window: Duration,
}

impl Policy {
    /// The window in whole milliseconds (the JSON reports' `window_ms`).
    pub fn window_ms(&self) -> u64 {
        self.window.as_millis() as u64
    }
}

/// The platform's default policy for a category (the CLI contract's table). The one place
/// these numbers live: a profile overrides them per platform
/// ([`super::model::platform_policy`]), flags per command.
pub fn policy_for(category: &[u8]) -> Policy {
    let minute = Duration::from_secs(60);
    let limit = match category {
        b"deposit" => 30,
        b"withdrawal" => 10,
        b"kyc_check" => 5,
        b"card_token" => 20,
        _ => 60,
    };
    Policy {
        limit,
        window: minute,
    }
}

/// Scores outside this range are not plausible Unix times in seconds (2001..5138): a
/// millisecond timestamp (about 1.7e12), a counter, 0, or ±inf.
pub const PLAUSIBLE_SECS: std::ops::RangeInclusive<f64> = 1e9..=1e11;

pub fn is_plausible(score: f64) -> bool {
    score.is_finite() && PLAUSIBLE_SECS.contains(&score)
}

/// What the application's next attempt would decide, given the entries in the window.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Verdict {
    /// Further attempts that would be allowed now: `max(0, limit - count)`.
    pub remaining: u64,
    /// Whether the next attempt would be allowed (`count < limit`).
    pub allowed: bool,
    /// Seconds until an attempt would be allowed, as the application computes it when it
    /// refuses: `ceil(oldest + window - now)`. `Some(0)` when allowed now; `None` when it
    /// cannot be computed (the oldest entry in the window is unknown or not finite).
    pub retry_after_secs: Option<u64>,
}

pub fn verdict(count: u64, oldest: Option<f64>, now: f64, window_secs: f64, limit: u64) -> Verdict {
    let allowed = count < limit;
    let retry_after_secs = if allowed {
        Some(0)
    } else {
        oldest
            .map(|o| (o + window_secs - now).ceil())
            .filter(|r| r.is_finite())
            .map(|r| r.max(0.0) as u64)
    };
    Verdict {
        remaining: limit.saturating_sub(count),
        allowed,
        retry_after_secs,
    }
}

/// One user's window at one instant of the server's clock.
#[derive(Debug, Clone, PartialEq)]
pub struct WindowState {
    /// Entries in the window (`score > now - window`): what the application counts.
    pub count: u64,
    /// Entries still stored that the application would remove first (`score <= now - window`).
    pub stale: u64,
    /// Entries whose score is not a plausible Unix time in seconds (counted in `count` or
    /// `stale` exactly as the application would, and flagged).
    pub implausible: u64,
    /// Implausible entries inside the window (e.g. millisecond scores: never leave it).
    pub implausible_in_window: u64,
    pub verdict: Verdict,
    pub oldest: Option<f64>,
    pub newest: Option<f64>,
}

/// The sliding-window arithmetic of the application, read-only. `scores` in any order.
/// An entry exactly on the boundary (`score == now - window`) is stale, as the application
/// removes `<= now - window`.
pub fn window_state(scores: &[f64], now: f64, window_secs: f64, limit: u64) -> WindowState {
    let boundary = now - window_secs;
    let mut count = 0;
    let mut stale = 0;
    let mut implausible = 0;
    let mut implausible_in_window = 0;
    let mut oldest: Option<f64> = None;
    let mut newest: Option<f64> = None;
    for &s in scores {
        let plausible = is_plausible(s);
        if !plausible {
            implausible += 1;
        }
        // NaN cannot be a sorted-set score; treat it as the application's ZREMRANGEBYSCORE
        // would never match it: in the window.
        if s <= boundary {
            stale += 1;
            continue;
        }
        count += 1;
        if !plausible {
            implausible_in_window += 1;
        }
        oldest = Some(oldest.map_or(s, |o| o.min(s)));
        newest = Some(newest.map_or(s, |n| n.max(s)));
    }
    WindowState {
        count,
        stale,
        implausible,
        implausible_in_window,
        verdict: verdict(count, oldest, now, window_secs, limit),
        oldest,
        newest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: f64 = 1_764_146_069.123_456;

    #[test]
    fn policies_follow_the_contract() {
        let l = |c: &str| policy_for(c.as_bytes()).limit;
        assert_eq!(
            (
                l("deposit"),
                l("withdrawal"),
                l("kyc_check"),
                l("card_token"),
                l("x")
            ),
            (30, 10, 5, 20, 60)
        );
        assert_eq!(policy_for(b"deposit").window, Duration::from_secs(60));
    }

    #[test]
    fn empty_window_is_full_quota() {
        let s = window_state(&[], NOW, 60.0, 10);
        assert_eq!(s.count, 0);
        assert_eq!(s.verdict.remaining, 10);
        assert!(s.verdict.allowed);
        assert_eq!(s.verdict.retry_after_secs, Some(0));
        assert_eq!((s.oldest, s.newest), (None, None));
    }

    #[test]
    fn entry_exactly_on_the_boundary_is_stale() {
        let boundary = NOW - 60.0;
        let s = window_state(&[boundary, boundary + 1e-6], NOW, 60.0, 10);
        assert_eq!((s.count, s.stale), (1, 1));
        assert_eq!(s.oldest, Some(boundary + 1e-6));
    }

    #[test]
    fn at_below_and_over_the_limit() {
        let scores: Vec<f64> = (0..10).map(|i| NOW - 50.5 + i as f64).collect();
        let below = window_state(&scores[..9], NOW, 60.0, 10);
        assert!(below.verdict.allowed);
        assert_eq!(below.verdict.remaining, 1);
        let at = window_state(&scores, NOW, 60.0, 10);
        assert!(!at.verdict.allowed);
        assert_eq!(at.verdict.remaining, 0);
        // oldest = now - 50.5 -> leaves the window in 9.5 s -> ceil = 10.
        assert_eq!(at.verdict.retry_after_secs, Some(10));
        assert_eq!(at.oldest, Some(NOW - 50.5));
        assert_eq!(at.newest, Some(NOW - 41.5));
        let mut more = scores.clone();
        more.push(NOW - 1.0);
        let over = window_state(&more, NOW, 60.0, 10);
        assert_eq!(over.verdict.remaining, 0);
        assert_eq!(over.verdict.retry_after_secs, Some(10));
    }

    #[test]
    fn stale_entries_do_not_count() {
        let s = window_state(&[NOW - 120.0, NOW - 61.0, NOW - 59.0], NOW, 60.0, 1);
        assert_eq!((s.count, s.stale), (1, 2));
        assert!(!s.verdict.allowed);
        assert_eq!(s.verdict.retry_after_secs, Some(1));
    }

    #[test]
    fn millisecond_scores_are_counted_like_the_application_and_flagged() {
        let ms = NOW * 1000.0;
        let s = window_state(&[ms, NOW - 10.0, 5.0], NOW, 60.0, 2);
        assert_eq!((s.count, s.stale), (2, 1));
        assert_eq!((s.implausible, s.implausible_in_window), (2, 1));
        assert!(!s.verdict.allowed);
        assert_eq!(s.newest, Some(ms));
        let inf = window_state(&[f64::INFINITY], NOW, 60.0, 1);
        assert_eq!(inf.count, 1);
        assert_eq!(
            inf.verdict.retry_after_secs, None,
            "never leaves the window"
        );
        assert!(!is_plausible(f64::NAN));
        assert!(is_plausible(NOW));
    }

    #[test]
    fn sub_second_windows() {
        let s = window_state(&[NOW - 0.4, NOW - 0.6], NOW, 0.5, 1);
        assert_eq!((s.count, s.stale), (1, 1));
        assert_eq!(s.verdict.retry_after_secs, Some(1));
    }
}
