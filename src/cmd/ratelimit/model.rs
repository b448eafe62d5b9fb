//! What the ratelimit leaves share: which key (`--category`/`--user` or `--key`) and which
//! policy (`--limit`/`--window` over the profile's or the built-in one), the stored entries,
//! the clock, and the group's errors and warnings.

use super::window::{Policy, WindowState, policy_for};
use crate::client::Reply;
use crate::client::reply::{Scored, local_now, scored_reply};
use crate::context::Ctx;
use crate::error::{Error, ExitCode, Result};
use crate::output::{NamedBytes, NamedOptBytes, show_bytes};
use clap::Args;
use serde::Serialize;
use std::time::Duration;

/// Which rate-limit key: a category and a user, or the key itself.
#[derive(Debug, Args)]
pub struct Target {
    /// Endpoint category, e.g. deposit, withdrawal, kyc_check, card_token
    #[arg(
        long,
        value_name = "CAT",
        required_unless_present = "key",
        requires = "user"
    )]
    pub category: Option<String>,

    /// User id, as in ratelimit:{CATEGORY}:user:{USER}
    #[arg(long, value_name = "ID", requires = "category")]
    pub user: Option<String>,

    /// The rate-limit key itself, instead of --category and --user
    ///
    /// When the key follows the rate-limit pattern, its category picks the policy.
    #[arg(long, value_name = "KEY", conflicts_with_all = ["category", "user"])]
    pub key: Option<String>,
}

/// Overrides of the category's policy (the limiter's limit and window).
#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Attempts allowed per window, instead of the category's policy
    ///
    /// Defaults: deposit 30, withdrawal 10, kyc_check 5, card_token 20, any other category 60.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,

    /// Window length, instead of the category's policy (500ms, 2s, 1m)
    ///
    /// Default: 60s for every built-in category.
    #[arg(long, value_name = "DUR", value_parser = parse_window)]
    pub window: Option<Duration>,
}

/// A window length: 1ms (the finest a limiter's millisecond scores tell apart) to 100 years.
pub fn parse_window(s: &str) -> std::result::Result<Duration, String> {
    let d = crate::time::parse_duration(s)?;
    if d.is_zero() {
        return Err(format!(
            "window '{s}' is zero; a sliding window needs a length, e.g. 1s, 60s"
        ));
    }
    crate::time::parse_duration_in(s, Duration::from_millis(1), crate::time::MAX_DURATION)
}

/// The platform's policy for a category: the profile's `[profiles.NAME.ratelimit.CAT]` when
/// it has one, else the default table.
pub fn platform_policy(ctx: &Ctx, category: &[u8]) -> Policy {
    std::str::from_utf8(category)
        .ok()
        .and_then(|c| ctx.settings.ratelimit_policies.get(c))
        .map(|p| Policy {
            limit: p.limit,
            window: p.window,
        })
        .unwrap_or_else(|| policy_for(category))
}

/// A base policy with `--limit` / `--window` applied.
pub fn effective_policy(base: Policy, args: &PolicyArgs) -> Policy {
    Policy {
        limit: args.limit.unwrap_or(base.limit),
        window: args.window.unwrap_or(base.window),
    }
}

/// The key a command is about, with its category and user when it follows the pattern. In a
/// JSON report: `key`, `category`, `user` (`null` when the key does not follow the pattern).
#[derive(Debug, Clone, Serialize)]
pub struct RateKey {
    #[serde(flatten)]
    pub key: NamedBytes,
    #[serde(flatten)]
    pub category: NamedOptBytes,
    #[serde(flatten)]
    pub user: NamedOptBytes,
}

impl RateKey {
    /// The key `--key`, or `--category`/`--user` through the keyspace's rate-limit pattern.
    pub fn resolve(ctx: &Ctx, t: &Target) -> RateKey {
        let tpl = &ctx.settings.keyspace.ratelimit;
        let (key, category, user) = match (&t.key, &t.category, &t.user) {
            (Some(k), _, _) => {
                let key = k.clone().into_bytes();
                let category = tpl.extract_one(&key, "category");
                let user = tpl.extract_one(&key, "user");
                (key, category, user)
            }
            (None, c, u) => {
                let category = c.clone().unwrap_or_default().into_bytes();
                let user = u.clone().unwrap_or_default().into_bytes();
                let key = tpl.render(&[("category", &category), ("user", &user)]);
                (key, Some(category), Some(user))
            }
        };
        RateKey {
            key: NamedBytes::new("key", key),
            category: NamedOptBytes::new("category", category),
            user: NamedOptBytes::new("user", user),
        }
    }

    pub fn key(&self) -> &[u8] {
        &self.key.bytes
    }

    pub fn category(&self) -> Option<&[u8]> {
        self.category.bytes.as_deref()
    }
}

/// The server's clock as read (`TIME`), or this machine's, with a warning, when the ACL does
/// not let this user run `TIME`.
pub fn server_or_local(ctx: &Ctx, time: Result<f64>) -> Result<f64> {
    match time {
        Err(e) if e.code == ExitCode::Refused => {
            ctx.out.warn(
                "this user may not run TIME: windows are judged by this machine's clock instead of the server's",
            );
            Ok(local_now())
        }
        r => r,
    }
}

/// The entries of a `WITHSCORES` read of `key` (a server error, or a score that is not a
/// number, is an error naming the key).
pub fn entries(r: &Reply, key: &[u8]) -> Result<Vec<Scored>> {
    scored_reply(r, &format!("reading {}", show_bytes(key)), |_| true)
}

/// Exit 6: the key is not a rate-limit window.
pub fn wrong_type(key: &[u8], kind: &[u8]) -> Error {
    Error::data(format!(
        "{} is a {}, not a rate-limit window (a sorted set)",
        show_bytes(key),
        show_bytes(kind)
    ))
    .hint("check the key pattern; redops expects ratelimit:{category}:user:{user} sorted sets scored by Unix seconds")
}

/// Warns about entries whose score is not Unix seconds (and what that does to the quota).
pub fn implausible_warning(ctx: &Ctx, key: &[u8], s: &WindowState) {
    if s.implausible == 0 {
        return;
    }
    let mut text = format!(
        "{}: {} entr{} with a score that is not a Unix time in seconds (milliseconds?)",
        show_bytes(key),
        s.implausible,
        if s.implausible == 1 { "y" } else { "ies" }
    );
    if s.implausible_in_window > 0 {
        text.push_str(&format!(
            "; {} of them count in every window and are never removed by the limiter, so they hold the user's quota until reset (`redops ratelimit reset`)",
            s.implausible_in_window
        ));
    }
    ctx.out.warn(&text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_override_the_policy() {
        let over = PolicyArgs {
            limit: Some(3),
            window: Some(Duration::from_secs(2)),
        };
        assert_eq!(
            effective_policy(policy_for(b"deposit"), &over),
            Policy {
                limit: 3,
                window: Duration::from_secs(2)
            }
        );
    }
}
