//! What `--help` and the man pages teach beyond the clap definitions: real examples for every
//! leaf command, and the sections a man page needs (exit status, environment, files). One
//! source for both, so that `redops session list --help` and `man redops-session-list` agree.

use crate::cli::Cli;
use clap::CommandFactory;

/// Examples per leaf command: (command path, [(what it does, the command line)]). A test
/// parses every line with the real clap definition and checks that every leaf has 2 to 4.
pub const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    (
        "demo",
        &[
            ("The guided tour on a throwaway server", "redops demo"),
            (
                "A smaller platform, and keep the server to try commands on",
                "redops demo --users 2000 --keep",
            ),
        ],
    ),
    (
        "ping",
        &[
            (
                "Is the server there? Version, role, topology, round trip",
                "redops -u redis://127.0.0.1:6379 ping",
            ),
            ("The same as JSON, for a script", "redops ping -o json"),
        ],
    ),
    (
        "session list",
        &[
            ("Every session of one user", "redops session list --user 42"),
            (
                "Sessions from a compromised range, one JSON object a line",
                "redops session list --ip 10.1.0.0/16 -o ndjson",
            ),
            (
                "How many sessions per device and user, platform-wide",
                "redops session list --summary",
            ),
        ],
    ),
    (
        "session kill",
        &[
            (
                "What ending every session from a range would remove",
                "redops session kill --ip 10.1.0.0/16 --dry-run",
            ),
            (
                "End one session of one user, without a prompt",
                "redops session kill --user 42 --session s1 --yes",
            ),
            (
                "End every session of a user",
                "redops session kill --user 42 --all",
            ),
        ],
    ),
    (
        "ratelimit probe",
        &[
            (
                "A user's withdrawal window as the limiter's next attempt sees it",
                "redops ratelimit probe --category withdrawal --user 42",
            ),
            (
                "Any sorted-set window, with its own policy",
                "redops ratelimit probe --key ratelimit:api:user:7 --limit 100 --window 1m",
            ),
        ],
    ),
    (
        "ratelimit top",
        &[
            (
                "Users closest to their withdrawal limit right now",
                "redops ratelimit top --category withdrawal",
            ),
            (
                "The top 5 as JSON",
                "redops ratelimit top --category deposit --count 5 -o json",
            ),
        ],
    ),
    (
        "ratelimit reset",
        &[
            (
                "What clearing a blocked user's window would remove",
                "redops ratelimit reset --category withdrawal --user 7 --dry-run",
            ),
            (
                "Clear it (audited, only the entries shown)",
                "redops ratelimit reset --category withdrawal --user 7 --yes",
            ),
        ],
    ),
    (
        "leaderboard top",
        &[
            (
                "This month's top traders with their metadata",
                "redops leaderboard top",
            ),
            (
                "The weekly board's first 5, as JSON",
                "redops leaderboard top --period weekly --count 5 -o json",
            ),
        ],
    ),
    (
        "leaderboard rank",
        &[
            ("A trader's rank and score", "redops leaderboard rank t-7"),
            (
                "The traders just above and below",
                "redops leaderboard rank t-19 --around 2",
            ),
        ],
    ),
    (
        "leaderboard list",
        &[
            (
                "Every leaderboard with its size and TTL",
                "redops leaderboard list",
            ),
            ("The same as JSON", "redops leaderboard list -o json"),
            (
                "Off the primaries: read one replica of each, with its lag",
                "redops leaderboard list --replicas",
            ),
        ],
    ),
    (
        "lock inspect",
        &[
            (
                "Every lock held, oldest first, with its TTL",
                "redops lock inspect",
            ),
            (
                "Every lock as JSON, tokens over 256 bytes cut (with their length and digest)",
                "redops lock inspect -o json --max-value-bytes 256",
            ),
            (
                "One lock, as JSON",
                "redops lock inspect withdrawal:42 -o json",
            ),
        ],
    ),
    (
        "lock force-release",
        &[
            (
                "What releasing a stuck lock would remove",
                "redops lock force-release settlement:eod-batch --dry-run",
            ),
            (
                "Release it only while it still holds the token you saw",
                "redops lock force-release withdrawal:42 --token tok123 --yes",
            ),
        ],
    ),
    (
        "stream groups",
        &[
            (
                "Consumer groups of every stream, with dead consumers",
                "redops stream groups",
            ),
            (
                "One stream; exit 1 when a consumer is dead",
                "redops stream groups transactions:withdrawals --dead-after 5m --fail-if-dead",
            ),
        ],
    ),
    (
        "stream pending",
        &[
            (
                "Pending entries of a group, summarised",
                "redops stream pending transactions:withdrawals -g processors",
            ),
            (
                "One consumer's oldest entries with their payloads",
                "redops stream pending transactions:withdrawals -g processors --consumer worker-dead --detail --payload --count 5",
            ),
        ],
    ),
    (
        "stream reclaim",
        &[
            (
                "What moving a dead worker's entries would move",
                "redops stream reclaim transactions:withdrawals -g processors --from worker-dead --to worker-1 --min-idle 10m --dry-run",
            ),
            (
                "Dead-letter entries delivered too often",
                "redops stream reclaim transactions:withdrawals -g processors --to worker-1 --min-idle 10m --dead-letter transactions:dead-letter --max-deliveries 5 --yes",
            ),
        ],
    ),
    (
        "stream ack",
        &[
            (
                "What acknowledging two entries would do",
                "redops stream ack transactions:withdrawals -g processors 1795681855729-0 1795681855736-0 --dry-run",
            ),
            (
                "Acknowledge them (only while still pending as shown)",
                "redops stream ack transactions:withdrawals -g processors 1795681855729-0 --yes",
            ),
        ],
    ),
    (
        "memory bigkeys",
        &[
            (
                "Where memory goes: per type, biggest keys, key groups",
                "redops memory bigkeys",
            ),
            (
                "Only sessions, the 3 biggest, as JSON",
                "redops memory bigkeys --pattern 'sessions:*' --top 3 -o json",
            ),
            (
                "Gently, on a busy server",
                "redops memory bigkeys --scan-count 100 --max-rate 20000",
            ),
            (
                "On Redis before 7.2: leave the LRU/LFU data alone (element counts unknown)",
                "redops memory bigkeys --no-touch",
            ),
        ],
    ),
    (
        "memory usage",
        &[(
            "The size, type, length and TTL of named keys",
            "redops memory usage sessions:user:42 leaderboard:monthly:2026-11",
        )],
    ),
    (
        "memory policy",
        &[
            (
                "The eviction policy and memory headroom of every primary",
                "redops memory policy",
            ),
            ("The same as JSON", "redops memory policy -o json"),
        ],
    ),
    (
        "check",
        &[
            (
                "The CI smoke check (exit 1 when a check fails)",
                "redops check",
            ),
            (
                "JUnit XML for the pipeline, warnings fail too",
                "redops check --format junit --strict",
            ),
        ],
    ),
    (
        "config show",
        &[
            (
                "The effective settings and where each came from",
                "redops config show",
            ),
            ("Those of a profile", "redops --profile staging config show"),
        ],
    ),
    (
        "config path",
        &[("Where the config file is looked for", "redops config path")],
    ),
    (
        "audit show",
        &[
            (
                "Destructive actions of the last day",
                "redops audit show --since 1d",
            ),
            ("All of them, as JSON", "redops audit show -o json"),
        ],
    ),
    (
        "audit restore",
        &[
            (
                "What putting back one action's removals would do",
                "redops audit restore 18eb8a36efb9637b-673 --dry-run",
            ),
            (
                "Put back stream entries into another stream",
                "redops audit restore 18eb8a36efb9637b-673 --to-stream transactions:restored --yes",
            ),
        ],
    ),
    (
        "audit verify",
        &[
            (
                "Check that no audit line was edited, removed or reordered (exit 1 if one was)",
                "redops audit verify",
            ),
            (
                "The same for another log, as JSON",
                "redops audit verify --audit-log /var/log/redops/audit.jsonl -o json",
            ),
        ],
    ),
    (
        "sentinel status",
        &[
            (
                "Health of every primary the sentinels monitor (exit 1 on disagreement or lost quorum)",
                "redops --sentinel 127.0.0.1:26379 sentinel status",
            ),
            (
                "One primary, as JSON",
                "redops -u redis+sentinel://127.0.0.1:26379,127.0.0.1:26380/payments sentinel status payments -o json",
            ),
        ],
    ),
    (
        "sentinel failover",
        &[
            (
                "What a failover would do (refused when CKQUORUM fails)",
                "redops --sentinel 127.0.0.1:26379 sentinel failover payments --dry-run",
            ),
            (
                "Fail over and wait up to a minute for the new primary",
                "redops --sentinel 127.0.0.1:26379 sentinel failover payments --wait 1m --yes",
            ),
        ],
    ),
    (
        "completions",
        &[
            ("bash completions for this user", "redops completions bash"),
            (
                "zsh completions into a directory on $fpath",
                "redops completions zsh",
            ),
        ],
    ),
];

/// Exit codes, as `--help` of the top command and every man page list them.
pub const EXIT_STATUS: &[(&str, &str)] = &[
    (
        "0",
        "success (also when stdout is closed early, as in `redops ... | head`)",
    ),
    (
        "1",
        "the command ran and found a problem it was asked to judge (`check` failures)",
    ),
    ("2", "usage error: a bad flag, duration, URL or pattern"),
    (
        "3",
        "could not talk to Redis (refused, unreachable, timed out, TLS or authentication failure), or a write whose reply was lost (outcome unknown)",
    ),
    (
        "4",
        "not found: the named key, lock, session, member, stream or group does not exist",
    ),
    (
        "5",
        "refused: not confirmed in a non-interactive shell, lock token changed, NOPERM, audit log unwritable",
    ),
    (
        "6",
        "data error: wrong key type (WRONGTYPE), undecodable value",
    ),
    ("70", "internal error (a bug: please report it)"),
    (
        "130",
        "interrupted (Ctrl-C); a scan prints what it had so far",
    ),
];

/// Environment variables redops reads.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "REDIS_URL",
        "the server to talk to, when --url is not given",
    ),
    (
        "REDISCLI_AUTH",
        "the password, when the URL has none (as redis-cli reads it)",
    ),
    (
        "REDOPS_PROFILE",
        "the profile to use, when --profile is not given",
    ),
    (
        "REDOPS_CONFIG",
        "the profiles file, when --config is not given",
    ),
    (
        "REDOPS_AUDIT_LOG",
        "where destructive actions are recorded, when --audit-log is not given",
    ),
    ("NO_COLOR", "no colours in tables"),
    (
        "REDOPS_TRACE_ROUND_TRIPS",
        "print the number of round trips made after the connection was set up, and in all (set-up included)",
    ),
];

/// Files redops reads or writes.
pub const FILES: &[(&str, &str)] = &[
    (
        "$XDG_CONFIG_HOME/redops/config.toml",
        "the profiles file (default ~/.config/redops/config.toml)",
    ),
    (
        "$XDG_STATE_HOME/redops/audit.jsonl",
        "the audit log of destructive actions, one JSON object a line (default ~/.local/state/redops/audit.jsonl)",
    ),
];

/// The examples of the leaf command at `path` ("session list"), if any.
pub fn examples(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, e)| *e)
}

fn examples_text(examples: &[(&str, &str)]) -> String {
    let mut s = String::from("Examples:\n");
    for (what, line) in examples {
        s.push_str(&format!("  # {what}\n  {line}\n"));
    }
    s.pop();
    s
}

/// The clap command with the examples attached (`--help` ends with them). main, the man
/// pages and the completions all start from this.
pub fn command() -> clap::Command {
    let mut cmd = Cli::command();
    let exits: Vec<String> = EXIT_STATUS
        .iter()
        .map(|(code, what)| format!("  {code:>3}  {what}"))
        .collect();
    cmd = cmd.after_long_help(format!(
        "Exit status:\n{}\n\nRun `redops demo` for a guided tour; `redops COMMAND --help` ends with examples.",
        exits.join("\n")
    ));
    for (path, examples) in EXAMPLES {
        let text = examples_text(examples);
        let names: Vec<&str> = path.split(' ').collect();
        cmd = with_subcommand(cmd, &names, &move |c| c.after_help(text.clone()));
    }
    cmd
}

/// Parses a command line. A usage error is worded as if no environment variable were set:
/// clap counts a value from REDIS_URL, REDOPS_PROFILE or REDOPS_AUDIT_LOG as typed, and would
/// show `--url <URL> --audit-log <PATH>` in the usage line of an error about something else.
pub fn matches_from<I, T>(args: I) -> Result<clap::ArgMatches, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::error::ErrorKind;
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let e = match command().try_get_matches_from(&args) {
        Ok(m) => return Ok(m),
        Err(e) => e,
    };
    if !matches!(
        e.kind(),
        ErrorKind::MissingRequiredArgument | ErrorKind::ArgumentConflict
    ) {
        return Err(e);
    }
    // The same error without the environment (none of the arguments clap reads from it is
    // required or conflicting, so the error is the same one, with a usage line of what was typed).
    match without_env(command()).try_get_matches_from(&args) {
        Err(plain) if plain.kind() == e.kind() => Err(plain),
        _ => Err(e),
    }
}

fn without_env(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|a| a.env(None::<&str>))
        .mut_subcommands(without_env)
}

fn with_subcommand(
    cmd: clap::Command,
    path: &[&str],
    f: &dyn Fn(clap::Command) -> clap::Command,
) -> clap::Command {
    match path.split_first() {
        None => f(cmd),
        Some((first, rest)) => {
            let first = (*first).to_owned();
            cmd.mut_subcommand(first, |c| with_subcommand(c, rest, f))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits an example line as a POSIX shell would (single quotes only: that is all the
    /// examples use).
    fn words(line: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = String::new();
        let mut quoted = false;
        let mut any = false;
        for c in line.chars() {
            match c {
                '\'' => {
                    quoted = !quoted;
                    any = true;
                }
                ' ' if !quoted => {
                    if any {
                        out.push(std::mem::take(&mut cur));
                        any = false;
                    }
                }
                c => {
                    cur.push(c);
                    any = true;
                }
            }
        }
        if any {
            out.push(cur);
        }
        out
    }

    fn leaves(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        let subs: Vec<_> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push(prefix.trim().to_owned());
        }
        for s in subs {
            leaves(s, &format!("{prefix} {}", s.get_name()), out);
        }
    }

    #[test]
    fn every_leaf_command_has_two_to_four_examples_that_parse() {
        let cmd = command();
        let mut all = Vec::new();
        leaves(&cmd, "", &mut all);
        for leaf in &all {
            let ex = examples(leaf).unwrap_or_else(|| panic!("no examples for `redops {leaf}`"));
            // A command with nothing to vary (config path, memory usage) may have one.
            assert!(
                (1..=4).contains(&ex.len()),
                "`redops {leaf}`: {} examples",
                ex.len()
            );
            for (_, line) in ex {
                let w = words(line);
                assert_eq!(w.first().map(String::as_str), Some("redops"), "{line}");
                if let Err(e) = command().try_get_matches_from(&w) {
                    panic!("example does not parse: {line}\n{e}");
                }
                let named = leaf.split(' ').all(|n| w.iter().any(|x| x == n));
                assert!(named, "example for `{leaf}` runs another command: {line}");
            }
        }
        for (path, _) in EXAMPLES {
            assert!(
                all.iter().any(|l| l == path),
                "examples for no command: {path}"
            );
        }
        let many = all
            .iter()
            .filter(|l| examples(l).is_some_and(|e| e.len() >= 2))
            .count();
        assert!(
            many * 10 >= all.len() * 8,
            "most commands should have 2-4 examples"
        );
    }

    #[test]
    fn help_ends_with_the_examples() {
        let mut cmd = command();
        let help = cmd
            .find_subcommand_mut("session")
            .and_then(|s| s.find_subcommand_mut("list"))
            .map(|c| c.render_help().to_string())
            .unwrap_or_default();
        assert!(
            help.trim_end().ends_with("redops session list --summary"),
            "{help}"
        );
        let top = command().render_long_help().to_string();
        assert!(top.contains("130  interrupted"), "{top}");
    }
}
