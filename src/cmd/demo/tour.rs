//! The demo's tour: its stops, how their arguments are filled in from the load report, and
//! how each runs (this same binary, as a subprocess).

use crate::context::Ctx;
use crate::datagen::LoadReport;
use crate::error::{Error, Result};
use serde_json::Value;
use std::path::Path;
use std::process::Stdio;

/// One stop of the tour: what it shows, and the redops arguments (after `-u URL`). `{name}`
/// in an argument is replaced by the field `name` of [`LoadReport`] (e.g. `{lock_without_ttl}`),
/// or by `last_audit_id`: the id of the newest action in the demo's own audit log.
#[derive(Debug, Clone, Copy)]
pub struct Stop {
    pub title: &'static str,
    pub args: &'static [&'static str],
    /// The exit code the stop should end with (a different one fails the demo: a bug).
    pub expect: i32,
}

/// The tour. Each subcommand group adds its stops here.
pub const TOUR: &[Stop] = &[
    Stop {
        title: "Is the server there? Version, role, topology and round-trip time",
        args: &["ping"],
        expect: 0,
    },
    Stop {
        title: "Where each setting comes from: flag, environment, profile or default",
        args: &["config", "show"],
        expect: 0,
    },
    Stop {
        title: "One user's trading sessions, newest first (this one is over the session cap)",
        args: &["session", "list", "--user", "{over_cap_user}"],
        expect: 0,
    },
    Stop {
        title: "Sessions across the platform, counted: devices, users over the cap, hashes without TTL",
        args: &["session", "list", "--summary", "--over-limit", "5"],
        expect: 0,
    },
    Stop {
        title: "Ending all of that user's sessions, as a dry run",
        args: &[
            "session",
            "kill",
            "--user",
            "{over_cap_user}",
            "--all",
            "--dry-run",
        ],
        expect: 0,
    },
    Stop {
        title: "A user at their withdrawal limit, as the limiter sees it (read-only: no quota used)",
        args: &[
            "ratelimit",
            "probe",
            "--category",
            "withdrawal",
            "--user",
            "{withdrawal_limited_user}",
        ],
        expect: 0,
    },
    Stop {
        title: "Who is closest to the withdrawal limit right now, across the platform",
        args: &[
            "ratelimit",
            "top",
            "--category",
            "withdrawal",
            "--count",
            "5",
        ],
        expect: 0,
    },
    Stop {
        title: "Unblocking that user, as a dry run: exactly which entries would go",
        args: &[
            "ratelimit",
            "reset",
            "--category",
            "withdrawal",
            "--user",
            "{withdrawal_limited_user}",
            "--dry-run",
        ],
        expect: 0,
    },
    Stop {
        title: "This month's copy-trading leaderboard, with trader metadata (two round trips)",
        args: &["leaderboard", "top", "--count", "10"],
        expect: 0,
    },
    Stop {
        title: "Where a trader stands, and who is around them",
        args: &[
            "leaderboard",
            "rank",
            "{malformed_meta_trader}",
            "--around",
            "2",
        ],
        expect: 0,
    },
    Stop {
        title: "Every leaderboard that exists, with sizes, score ranges and TTLs",
        args: &["leaderboard", "list"],
        expect: 0,
    },
    Stop {
        title: "Every lock, those without a TTL first: they never free themselves",
        args: &["lock", "inspect"],
        expect: 0,
    },
    Stop {
        title: "The stuck lock: its holder's token, and no TTL",
        args: &["lock", "inspect", "{lock_without_ttl}"],
        expect: 0,
    },
    Stop {
        title: "Releasing it, as a dry run: shows exactly what would change, changes nothing",
        args: &["lock", "force-release", "{lock_without_ttl}", "--dry-run"],
        expect: 0,
    },
    Stop {
        title: "Releasing it for real: confirmed with --yes, its token and TTL go to the audit log first (the demo's own, in its temp dir)",
        args: &["lock", "force-release", "{lock_without_ttl}", "--yes"],
        expect: 0,
    },
    Stop {
        title: "The audit log: who changed what, when, and what it was before",
        args: &["audit", "show"],
        expect: 0,
    },
    Stop {
        title: "Putting the lock back from the audit log (SET NX: only if nobody took it meanwhile)",
        args: &["audit", "restore", "{last_audit_id}", "--yes"],
        expect: 0,
    },
    Stop {
        title: "Is the audit log as it was written? Each line holds the hash of the one before: verify names the first line edited, removed or reordered",
        args: &["audit", "verify"],
        expect: 0,
    },
    Stop {
        title: "Transaction queues: consumer groups, lag, and who holds pending entries",
        args: &["stream", "groups"],
        expect: 0,
    },
    Stop {
        title: "What is pending in the withdrawals queue, per consumer",
        args: &["stream", "pending", "{stream}", "--group", "{group}"],
        expect: 0,
    },
    Stop {
        title: "Handing the dead worker's entries to a live one (dead-lettering the poison ones), as a dry run",
        args: &[
            "stream",
            "reclaim",
            "{stream}",
            "--group",
            "{group}",
            "--from",
            "{dead_consumer}",
            "--to",
            "worker-1",
            "--min-idle",
            "0s",
            "--dead-letter",
            "{dead_letter_stream}",
            "--max-deliveries",
            "5",
            "--dry-run",
        ],
        expect: 0,
    },
    Stop {
        title: "Acknowledging the dead worker's poison entries (delivered 5 times or more), as a dry run",
        args: &[
            "stream",
            "ack",
            "{stream}",
            "--group",
            "{group}",
            "--consumer",
            "{dead_consumer}",
            "--min-deliveries",
            "5",
            "--dry-run",
        ],
        expect: 0,
    },
    Stop {
        title: "Where the memory goes: per type, biggest keys, key groups, keys without TTL",
        args: &["memory", "bigkeys", "--top", "5"],
        expect: 0,
    },
    Stop {
        title: "A few keys up close: bytes, type, elements, TTL and encoding",
        args: &[
            "memory",
            "usage",
            "{stream}",
            "{leaderboard_key}",
            "{cache_key_without_ttl}",
        ],
        expect: 0,
    },
    Stop {
        title: "The memory budget and eviction policy (the generator left a risky one)",
        args: &["memory", "policy"],
        expect: 0,
    },
    Stop {
        title: "The CI smoke check: what a pipeline would fail on (exit 1 here, on purpose)",
        args: &["check"],
        expect: 1,
    },
];

/// The extra stop of `demo --sentinel`.
pub const SENTINEL_STOP: Stop = Stop {
    title: "Is Sentinel healthy? Each sentinel's view of the primary, the replica's lag, CKQUORUM",
    args: &["sentinel", "status"],
    expect: 0,
};

/// Runs one stop: this same binary, as a subprocess. Returns its exit code, stdout and stderr.
pub(super) async fn run_stop(
    ctx: &Ctx,
    url: &str,
    audit_log: &Path,
    argv: &[String],
) -> Result<(i32, Vec<u8>, Vec<u8>)> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::internal(format!("cannot find the redops binary itself: {e}")))?;
    let mut cmd = tokio::process::Command::new(exe);
    cmd.arg("-u")
        .arg(url)
        .args(argv)
        .env_remove("REDOPS_PROFILE")
        .env_remove("REDISCLI_AUTH")
        // The tour's changes are audited in the demo's own directory, not the operator's log.
        .env("REDOPS_AUDIT_LOG", audit_log)
        .stdin(Stdio::null())
        .kill_on_drop(true);
    if !ctx.out.color {
        cmd.arg("--no-color");
    }
    let out = tokio::select! {
        o = cmd.output() => o.map_err(|e| Error::internal(format!("cannot run redops for the tour: {e}")))?,
        _ = ctx.cancelled() => return Err(Error::interrupted()),
    };
    match out.status.code() {
        Some(130) | None => Err(Error::interrupted()),
        Some(code) => Ok((code, out.stdout, out.stderr)),
    }
}

/// What `{name}` in a stop's arguments can name: the load report's fields, plus
/// `last_audit_id` (the newest action in the demo's audit log, when there is one).
pub fn tour_fields(report: &LoadReport, last_audit_id: Option<String>) -> Result<Value> {
    let mut fields =
        serde_json::to_value(report).map_err(|e| Error::internal(format!("load report: {e}")))?;
    if let (Value::Object(m), Some(id)) = (&mut fields, last_audit_id) {
        m.insert("last_audit_id".into(), Value::String(id));
    }
    Ok(fields)
}

/// Whether a stop only makes sense inside the tour: it changes data (and puts it back in a
/// later stop), or names an action in the demo's own audit log. `--keep` does not offer these.
pub fn tour_only(stop: &Stop) -> bool {
    stop.args.contains(&"--yes") || stop.args.iter().any(|a| a.contains("{last_audit_id}"))
}

/// The id of the newest action in an audit log (the tour's own).
pub(super) fn last_audit_id(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().rev().find_map(|l| {
        let v: Value = serde_json::from_str(l).ok()?;
        (v.get("phase").and_then(Value::as_str) == Some("intent"))
            .then(|| v.get("id").and_then(Value::as_str).map(str::to_owned))
            .flatten()
    })
}

/// The stop's arguments with `{field}` replaced by that field of `fields` ([`tour_fields`]).
pub fn stop_args(stop: &Stop, fields: &Value) -> Result<Vec<String>> {
    stop.args
        .iter()
        .map(|a| substitute(a, fields))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            Error::internal(format!(
                "tour stop '{}' names a field the load report does not have: {:?}",
                stop.title, stop.args
            ))
        })
}

fn substitute(arg: &str, fields: &Value) -> Option<String> {
    let mut out = String::new();
    let mut rest = arg;
    while let Some(start) = rest.find('{') {
        let end = start + rest[start..].find('}')?;
        out.push_str(&rest[..start]);
        match fields.get(&rest[start + 1..end])? {
            Value::String(s) => out.push_str(s),
            v => out.push_str(&v.to_string()),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// Arguments as a shell would need them typed (shlex's quoting). A NUL, which no argument
/// can hold, is shown as it is rather than refused: the line is only shown.
pub(super) fn shell_words(argv: &[String]) -> String {
    shlex::Quoter::new()
        .allow_nul(true)
        .join(argv.iter().map(String::as_str))
        .unwrap_or_else(|_| argv.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> LoadReport {
        LoadReport {
            lock_without_ttl: "settlement:eod-batch".into(),
            users: 12,
            ..LoadReport::default()
        }
    }

    #[test]
    fn every_tour_stop_resolves_its_names() {
        let f = tour_fields(&report(), Some("18eb-1".into())).expect("fields");
        for stop in TOUR {
            let args = stop_args(stop, &f).expect("stop resolves");
            assert!(args.iter().all(|a| !a.contains('{')), "{args:?}");
        }
        let release = TOUR
            .iter()
            .find(|s| s.args.starts_with(&["lock", "force-release"]))
            .expect("a lock release stop");
        assert_eq!(
            stop_args(release, &f).unwrap(),
            ["lock", "force-release", "settlement:eod-batch", "--dry-run"]
        );
        let restore = TOUR
            .iter()
            .find(|s| s.args.starts_with(&["audit", "restore"]))
            .expect("a restore stop");
        assert_eq!(stop_args(restore, &f).unwrap()[2], "18eb-1");
        // --keep offers every stop but the real change and the restore of it.
        let kept: Vec<&Stop> = TOUR.iter().filter(|s| !tour_only(s)).collect();
        assert_eq!(kept.len(), TOUR.len() - 2);
        let keep_fields = tour_fields(&report(), None).expect("fields");
        for stop in kept {
            stop_args(stop, &keep_fields).expect("a --keep stop needs no audit id");
        }
    }

    #[test]
    fn substitution_and_quoting() {
        let f = serde_json::to_value(report()).unwrap();
        assert_eq!(substitute("x{users}y", &f).as_deref(), Some("x12y"));
        assert_eq!(substitute("{nope}", &f), None);
        assert_eq!(substitute("plain", &f).as_deref(), Some("plain"));
        assert_eq!(
            shell_words(&["lock".into(), "a b".into(), "it's".into()]),
            r#"lock 'a b' "it's""#
        );
        // What the tour's arguments hold is shown unquoted, as before.
        assert_eq!(
            shell_words(&[
                "session".into(),
                "--user".into(),
                "42".into(),
                "lock:settlement:eod-batch".into(),
                "transactions:dead-letter".into(),
                "a@b/c.d_e".into(),
            ]),
            "session --user 42 lock:settlement:eod-batch transactions:dead-letter a@b/c.d_e"
        );
        assert_eq!(
            shell_words(&["*".into(), "".into(), "{x}".into()]),
            "'*' '' '{x}'"
        );
    }
}
