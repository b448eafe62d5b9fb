//! clap definitions only: no I/O happens here. The command line's root ([`Cli`]), the global
//! flags, the flags several commands share (scanning, safety), and the one [`Command`] enum,
//! whose variants hold each group's subcommand enum; each leaf command's own `Args` are defined
//! beside the code that runs it, in `src/cmd/<group>/`.

pub use crate::output::OutputFormat;
/// The value syntax of durations lives below the clap layer (the config file uses it too);
/// re-exported for the `value_parser = crate::cli::parse_duration` of every command's Args.
pub use crate::time::{
    LatencyBudget, MAX_DURATION, parse_duration, parse_duration_in, parse_latency_budget,
    parse_timeout,
};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

/// See and fix the live state of a Redis (or Redis Cluster) that serves a fintech platform:
/// sessions, rate limits, leaderboards, locks, stream queues and memory, safely.
///
/// Destructive commands are dry-runnable (--dry-run), ask before they change anything (or take
/// --yes), change only what you were shown, and record the prior value in an audit log.
#[derive(Debug, Parser)]
#[command(
    name = "redops",
    version,
    propagate_version = true,
    max_term_width = 100,
    // `-h` is redis-cli's --host: help is `--help` only (defined in GlobalArgs).
    disable_help_flag = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(flatten)]
    pub before_command: SafetyBeforeCommand,

    #[command(subcommand)]
    pub command: Command,
}

/// The safety flags of the commands that change data (`session kill`, `lock force-release`,
/// ...: every command that goes through `safety::gate`). Only those commands offer them, so a
/// read-only command's help, man page and completions do not list them.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Safety")]
pub struct SafetyArgs {
    /// Confirm without a prompt (a shell that is not interactive is refused without it)
    #[arg(short = 'y', long)]
    pub yes: bool,

    /// Show exactly what would change, and change nothing
    #[arg(long)]
    pub dry_run: bool,

    #[command(flatten)]
    pub audit: AuditLogArgs,

    /// Also send each audit line to syslog/journald (/dev/log), without its prior values
    ///
    /// The syslog copy holds who, what, when and the line's SHA-256, out of the operator's
    /// reach. A profile can turn this on (`audit_syslog = true`) or require it
    /// (`audit_required = "syslog"`: a change whose line cannot be shipped is refused).
    #[arg(long)]
    pub audit_syslog: bool,
}

/// `--audit-log`: offered by the commands that write the audit log (those with
/// [`SafetyArgs`]) and by those that read it (`audit show`, `audit verify`, `check`).
#[derive(Debug, Clone, Default, Args)]
pub struct AuditLogArgs {
    /// The audit log: where changes are recorded with their prior values (JSON Lines)
    ///
    /// Default: the profile's audit_log, else $XDG_STATE_HOME/redops/audit.jsonl
    /// (~/.local/state/redops/audit.jsonl).
    #[arg(long, env = "REDOPS_AUDIT_LOG", value_name = "PATH")]
    pub audit_log: Option<PathBuf>,
}

/// The safety flags typed before the subcommand (`redops -y session kill ...`), as the
/// contract's "global options before or after the subcommand" allowed when they were global.
/// Hidden: help, man pages and completions show them on the commands that take them. A
/// command that does not take one refuses it (a usage error), see `context::safety_flags`.
#[derive(Debug, Clone, Default, Args)]
pub struct SafetyBeforeCommand {
    /// The command's --yes, typed before it
    #[arg(short = 'y', long = "yes", id = "yes", hide = true)]
    pub yes: bool,

    /// The command's --dry-run, typed before it
    #[arg(long = "dry-run", id = "dry_run", hide = true)]
    pub dry_run: bool,

    // No `env` here: REDOPS_AUDIT_LOG is read by the command that takes --audit-log.
    /// The command's --audit-log, typed before it
    #[arg(long = "audit-log", id = "audit_log", value_name = "PATH", hide = true)]
    pub audit_log: Option<PathBuf>,

    /// The command's --audit-syslog, typed before it
    #[arg(long = "audit-syslog", id = "audit_syslog", hide = true)]
    pub audit_syslog: bool,
}

/// The ids of the safety flags, as `SafetyArgs` and `SafetyBeforeCommand` define them.
pub const SAFETY_FLAG_IDS: [&str; 4] = ["yes", "dry_run", "audit_log", "audit_syslog"];

/// Options accepted before or after any subcommand.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL
    ///
    /// Without a password in the URL, REDISCLI_AUTH is used when set. The password is never
    /// printed: every URL redops shows has it replaced by ***.
    #[arg(
        short = 'u',
        long,
        env = "REDIS_URL",
        global = true,
        value_name = "URL",
        hide_env_values = true
    )]
    pub url: Option<String>,

    /// Server host, as redis-cli's -h (replaces the host of the URL)
    #[arg(
        short = 'h',
        long,
        global = true,
        value_name = "HOST",
        help_heading = "Connection (redis-cli's flags)"
    )]
    pub host: Option<String>,

    /// Server port, as redis-cli's -p (replaces the port of the URL)
    #[arg(
        short = 'p',
        long,
        global = true,
        value_name = "PORT",
        help_heading = "Connection (redis-cli's flags)"
    )]
    pub port: Option<u16>,

    /// Password, as redis-cli's -a (prefer REDISCLI_AUTH: a flag shows in `ps`)
    #[arg(
        short = 'a',
        long = "pass",
        global = true,
        value_name = "PASSWORD",
        hide_env_values = true,
        help_heading = "Connection (redis-cli's flags)"
    )]
    pub pass: Option<String>,

    /// ACL user name, as redis-cli's --user: before the subcommand only (after it, --user
    /// names a platform user, as in `session list --user 42`)
    #[arg(
        long = "user",
        id = "acl_user",
        value_name = "USER",
        help_heading = "Connection (redis-cli's flags)"
    )]
    pub user: Option<String>,

    /// Database number, as redis-cli's -n (standalone servers only)
    #[arg(
        short = 'n',
        long,
        global = true,
        value_name = "DB",
        help_heading = "Connection (redis-cli's flags)"
    )]
    pub db: Option<u32>,

    /// Unix socket path, as redis-cli's -s (replaces the host and port)
    #[arg(
        short = 's',
        long,
        global = true,
        value_name = "PATH",
        conflicts_with_all = ["host", "port", "tls"],
        help_heading = "Connection (redis-cli's flags)"
    )]
    pub socket: Option<PathBuf>,

    /// Connect with TLS, as redis-cli's --tls (the URL becomes rediss://)
    #[arg(long, global = true, help_heading = "Connection (redis-cli's flags)")]
    pub tls: bool,

    /// A named target from the config file (url, TLS files, key patterns, read_only)
    ///
    /// Given on the command line, the profile outranks REDIS_URL from the environment.
    #[arg(long, env = "REDOPS_PROFILE", global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// The config file with the profiles
    ///
    /// Default: $XDG_CONFIG_HOME/redops/config.toml (~/.config/redops/config.toml).
    #[arg(long, env = "REDOPS_CONFIG", global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Output format: table for humans, json (one document), ndjson (one object a line)
    #[arg(short = 'o', long, value_enum, default_value_t = OutputFormat::Table, global = true)]
    pub output: OutputFormat,

    /// Per-command response timeout (500ms, 2s, 1m)
    #[arg(long, value_name = "DUR", default_value = "5s", value_parser = parse_timeout, global = true)]
    pub timeout: Duration,

    /// Connection timeout (500ms, 2s, 1m)
    #[arg(long, value_name = "DUR", default_value = "3s", value_parser = parse_timeout, global = true)]
    pub connect_timeout: Duration,

    /// Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms),
    /// or `off` for a maintenance window
    ///
    /// Scans, reads and chunked writes size themselves to stay under it, so the application
    /// sharing the server keeps its latency. Default 1ms (or the profile's latency_budget).
    #[arg(long, value_name = "DUR|off", default_value = "1ms", value_parser = parse_latency_budget, global = true)]
    pub latency_budget: LatencyBudget,

    /// CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)
    #[arg(long, visible_alias = "cacert", value_name = "FILE", global = true)]
    pub tls_ca: Option<PathBuf>,

    /// Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)
    #[arg(
        long,
        visible_alias = "cert",
        value_name = "FILE",
        global = true,
        requires = "tls_key"
    )]
    pub tls_cert: Option<PathBuf>,

    /// Private key (PEM) of the client certificate (redis-cli's --key: in redops --key names a
    /// Redis key, so the TLS key is --tls-key only)
    #[arg(long, value_name = "FILE", global = true, requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// Treat the server as a Redis Cluster (default: detect it)
    #[arg(long, global = true, conflicts_with = "no_cluster")]
    pub cluster: bool,

    /// Treat the server as standalone even if cluster mode is enabled
    #[arg(long, global = true)]
    pub no_cluster: bool,

    /// No colours (also when NO_COLOR is set)
    #[arg(long, global = true)]
    pub no_color: bool,

    /// No progress bars or hints on stderr
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,

    /// Accept a scan that did not cover every slot (a node down or unreachable): exit 0
    /// with the report marked partial, instead of exit 3
    #[arg(long, global = true)]
    pub allow_partial: bool,

    /// On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update
    /// the keys' LRU/LFU data
    ///
    /// Redis 7.2+ and Valkey: every read redops sends leaves the eviction policy's data alone
    /// (CLIENT NO-TOUCH), and this flag changes nothing. Older servers: lengths (STRLEN, HLEN,
    /// ZCARD, XLEN, ...) and values (GET, HGETALL, HSCAN, ...) touch the keys they read; with
    /// this flag what they would have told is shown as unknown, and a command that cannot work
    /// without them says so and stops. Without it, the report names the reads that touched keys
    /// when maxmemory-policy is an LRU/LFU policy.
    #[arg(long, global = true)]
    pub no_touch: bool,

    /// Print help (`-h` is --host, as in redis-cli)
    #[arg(long, global = true, action = clap::ArgAction::Help)]
    pub help: Option<bool>,

    // --- audit and secrets (issue 20): keep these together ---
    /// Do not verify the rediss:// server's certificate (warned about on every run, audited)
    ///
    /// A URL never turns verification off: `#insecure` in a URL is refused unless this flag is
    /// given. Anyone on the network path can read and change an unverified session.
    #[arg(long, global = true)]
    pub tls_insecure: bool,

    /// Mask IPs, card numbers, tokens, session ids and payloads in every output format
    ///
    /// For output pasted in tickets and shared channels: IP addresses keep their /16, card-like
    /// numbers (13-19 digits passing the Luhn check) their first 6 and last 4 digits, lock
    /// tokens and session ids their first 4 characters and a short digest, stream payloads and
    /// stored values become their size and a digest. On by default for a profile marked
    /// `production = true` (or with `redact = true`). The audit log always keeps full values.
    #[arg(long, global = true)]
    pub redact: bool,

    /// In json and ndjson, cut every stored value longer than N bytes to its first N bytes
    ///
    /// JSON keeps full values by default (a 50 MB lock token is printed whole). With this flag a
    /// longer value (a session field, a lock token, a stream field value, a sorted-set member, a
    /// value in an audit line) keeps its first N bytes, and a sibling `NAME_truncated` object
    /// says how long it was and its digest, as tables do: `{"bytes": 52428800, "digest":
    /// "#1a2b3c4d"}`. Names that identify what to act on (key, stream, group, consumer, id,
    /// session_id, user, field...) are never cut. Tables always shorten long values.
    #[arg(long, value_name = "N", global = true, value_parser = clap::value_parser!(u64).range(1..=1_073_741_824))]
    pub max_value_bytes: Option<u64>,
    #[command(flatten)]
    pub sentinel: SentinelArgs,
}

/// Reaching the primary through Redis Sentinel. The sentinels' own password comes from
/// REDOPS_SENTINEL_AUTH or a profile's sentinel_password_env; the data nodes' from the URL,
/// REDISCLI_AUTH or the profile's password_env.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Sentinel")]
pub struct SentinelArgs {
    /// A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)
    ///
    /// Makes the target redis+sentinel://HOST:PORT,.../MASTER (with --master); a down sentinel
    /// is skipped. Cannot be combined with --url.
    #[arg(long = "sentinel", value_name = "HOST:PORT", global = true)]
    pub sentinels: Vec<String>,

    /// The name the sentinels monitor the primary under
    #[arg(long, value_name = "NAME", global = true)]
    pub master: Option<String>,

    /// ACL user for the sentinels (not the data nodes)
    #[arg(long, value_name = "USER", global = true)]
    pub sentinel_user: Option<String>,

    /// Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)
    #[arg(long, global = true)]
    pub sentinel_tls: bool,

    /// CA certificate (PEM) to trust for the sentinels' TLS
    #[arg(long, value_name = "FILE", global = true)]
    pub sentinel_tls_ca: Option<PathBuf>,

    /// Client certificate (PEM) for the sentinels
    #[arg(
        long,
        value_name = "FILE",
        global = true,
        requires = "sentinel_tls_key"
    )]
    pub sentinel_tls_cert: Option<PathBuf>,

    /// Private key (PEM) of the sentinels' client certificate
    #[arg(
        long,
        value_name = "FILE",
        global = true,
        requires = "sentinel_tls_cert"
    )]
    pub sentinel_tls_key: Option<PathBuf>,
}

/// `check --expect`'s values: [`crate::config::ExpectedMode`] is a setting of the config file
/// too, and has the same names here as there.
impl ValueEnum for crate::config::ExpectedMode {
    fn value_variants<'a>() -> &'a [Self] {
        &crate::config::ExpectedMode::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()))
    }
}

/// `-o`'s values ([`OutputFormat`] is the output layer's; its flag syntax is defined here).
impl ValueEnum for OutputFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            OutputFormat::Table,
            OutputFormat::Json,
            OutputFormat::Ndjson,
        ]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        use clap::builder::PossibleValue;
        Some(match self {
            OutputFormat::Table => PossibleValue::new("table").help("Tables for humans"),
            OutputFormat::Json => PossibleValue::new("json").help("One JSON document"),
            OutputFormat::Ndjson => {
                PossibleValue::new("ndjson").help("One JSON object a line, streamed")
            }
        })
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a throwaway Redis with a realistic fintech keyspace and tour redops on it
    ///
    /// Starts a private redis-server on a free loopback port in a temporary directory (no
    /// persistence), loads users with sessions, rate-limit windows, leaderboards with trader
    /// metadata, locks (one without a TTL), transaction streams with a dead consumer and a
    /// dead-letter stream, and cache keys, then runs each redops command on it and shows its
    /// output. The server is stopped and its directory removed when the demo ends, fails or is
    /// interrupted. The global --url is not used: the demo always makes its own server.
    Demo(crate::cmd::demo::DemoArgs),
    /// Check connectivity: server version, role, topology and round-trip time
    Ping,
    /// See and end trading sessions (sessions:user:{user}), per user and across the platform
    #[command(subcommand)]
    Session(crate::cmd::session::SessionCommand),
    /// See sliding-window rate limits as the limiter sees them; clear a user's window safely
    #[command(subcommand)]
    Ratelimit(crate::cmd::ratelimit::RatelimitCommand),
    /// Copy-trading leaderboards: top traders with metadata, a trader's rank, every board
    #[command(subcommand)]
    Leaderboard(crate::cmd::leaderboard::LeaderboardCommand),
    /// Inspect and safely release distributed locks (lock:{resource})
    #[command(subcommand)]
    Lock(crate::cmd::lock::LockCommand),
    /// Stream queues: consumer groups, pending entries, reclaim, dead-letter and acknowledge
    #[command(subcommand)]
    Stream(crate::cmd::stream::StreamCommand),
    /// Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy
    #[command(subcommand)]
    Memory(crate::cmd::memory::MemoryCommand),
    /// Smoke-check a Redis for CI: reachable, configured for this workload, nothing stuck
    ///
    /// Exit 0 when every check passes (warnings allowed unless --strict), 1 when any fails,
    /// 3 when Redis cannot be reached or the scan missed part of the keyspace (unless
    /// --allow-partial). Never writes to Redis. Checks that scan look at every key, gently
    /// (--scan-count, --max-rate, --sleep); with --sample N only N keys per node, and a check
    /// that passed on a sample says "pass (sampled)", never a plain pass.
    Check(crate::cmd::check::CheckArgs),
    /// Show the config file's location and the effective settings with their sources
    #[command(subcommand)]
    Config(crate::cmd::config::ConfigCommand),
    /// Read the audit log of destructive actions, and put back what one removed
    #[command(subcommand)]
    Audit(crate::cmd::audit::AuditCommand),
    /// Redis Sentinel: is it healthy (status), and fail a primary over (failover)
    #[command(subcommand)]
    Sentinel(crate::cmd::sentinel::SentinelCommand),
    /// Print shell completions to stdout
    Completions(crate::cmd::completions::CompletionsArgs),
}

/// How a command that walks the keyspace scans it: every primary with SCAN (never KEYS), in
/// batches, optionally throttled so that a scan of a busy production server stays gentle.
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Scanning")]
pub struct ScanArgs {
    #[command(flatten)]
    pub throttle: ThrottleArgs,

    /// Scan and read one online replica of each primary instead of the primary
    ///
    /// Keeps the scan's load off the primaries. The report shows each replica's lag behind its
    /// primary (bytes and seconds, from the primary's INFO replication). A primary without an
    /// online replica (or whose replicas cannot be reached) is not read at all: the report is
    /// partial and the exit code 3, unless --allow-partial.
    #[arg(long)]
    pub replicas: bool,
}

/// The scan options of a command that changes what it finds (`session kill`): as [`ScanArgs`]
/// without `--replicas`, since the targets of a change are always read on the primary.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Scanning")]
pub struct WriteScanArgs {
    #[command(flatten)]
    pub throttle: ThrottleArgs,
}

/// How hard a scan may work: `--scan-count`, `--max-rate`, `--sleep` (one definition, in
/// [`ScanArgs`] and [`WriteScanArgs`]).
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Scanning")]
pub struct ThrottleArgs {
    /// SCAN COUNT: under --latency-budget, the most it may grow to; with --latency-budget off,
    /// the COUNT sent (default 1000)
    ///
    /// Under a latency budget (the default) the COUNT starts at 50 and adapts while the scan
    /// runs, up to this ceiling (default 5000), so that no SCAN call keeps the server busy
    /// longer than the budget.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub scan_count: Option<u32>,

    /// Throttle: visit at most this many keys a second, over all nodes together
    ///
    /// Each SCAN call counts as --scan-count keys (the work it costs the server), even when a
    /// pattern keeps fewer.
    #[arg(long, value_name = "KEYS_PER_SEC", value_parser = parse_rate)]
    pub max_rate: Option<f64>,

    /// Throttle: pause this long after each SCAN call on each node (e.g. 10ms)
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub sleep: Option<Duration>,
}

impl From<&WriteScanArgs> for ScanArgs {
    fn from(w: &WriteScanArgs) -> ScanArgs {
        ScanArgs {
            throttle: w.throttle.clone(),
            replicas: false,
        }
    }
}

/// Parses a positive, finite rate (keys a second).
pub fn parse_rate(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(r) if r > 0.0 && r.is_finite() => Ok(r),
        _ => Err(format!(
            "'{s}' is not a positive number of keys a second (e.g. 5000)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// A global flag and a subcommand's own flag of the same name would silently take each
    /// other's values (clap does not flag it): `--user 42` must stay the platform user.
    #[test]
    fn no_subcommand_flag_shadows_a_global_one() {
        let root = Cli::command();
        let globals: Vec<(Option<String>, Option<char>)> = root
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| (a.get_long().map(str::to_owned), a.get_short()))
            .collect();
        fn walk(
            cmd: &clap::Command,
            path: &str,
            globals: &[(Option<String>, Option<char>)],
            bad: &mut Vec<String>,
        ) {
            for sub in cmd.get_subcommands() {
                let here = format!("{path} {}", sub.get_name());
                for a in sub.get_arguments().filter(|a| !a.is_global_set()) {
                    for (long, short) in globals {
                        if a.get_long().is_some() && a.get_long() == long.as_deref() {
                            bad.push(format!("{here}: --{}", long.as_deref().unwrap_or("")));
                        }
                        if a.get_short().is_some() && a.get_short() == *short {
                            bad.push(format!("{here}: -{}", short.unwrap_or(' ')));
                        }
                    }
                }
                walk(sub, &here, globals, bad);
            }
        }
        let mut bad = Vec::new();
        walk(&root, "redops", &globals, &mut bad);
        assert!(bad.is_empty(), "flags that shadow a global one: {bad:?}");
    }

    /// The commands that change data, read from their code: every call of `safety::gate` in
    /// `src/cmd/` (and its group folders) follows the `const COMMAND: &str = "..."` that names
    /// its command.
    fn gated_commands() -> Vec<String> {
        fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("src/cmd") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    rust_files(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        rust_files(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cmd"),
            &mut files,
        );
        let mut names = Vec::new();
        let mut calls = 0;
        for path in files {
            let text = std::fs::read_to_string(&path).expect("read");
            for (at, _) in text.match_indices("gate(") {
                let before = &text[..at];
                if before.ends_with("fn ")
                    || before.ends_with(|c: char| c.is_alphanumeric() || c == '_')
                {
                    continue;
                }
                calls += 1;
                let decl = "const COMMAND: &str = \"";
                let start = before.rfind(decl).unwrap_or_else(|| {
                    panic!(
                        "a gate call in {} without a COMMAND before it",
                        path.display()
                    )
                }) + decl.len();
                let name = &text[start..start + text[start..].find('"').expect("closing quote")];
                names.push(name.to_owned());
            }
        }
        assert!(calls > 0, "no safety::gate call found in src/cmd");
        names.sort();
        // A command may gate more than one path (`audit restore` of a change audited in parts).
        names.dedup();
        names
    }

    /// `--yes`, `--dry-run`, `--audit-log` and `--audit-syslog` are offered by exactly the
    /// commands that change data (so help, man pages and completions of the others do not list
    /// them), with the documented exceptions; typed before the subcommand they are hidden.
    #[test]
    fn safety_flags_are_offered_by_the_commands_that_change_data_only() {
        const FLAGS: [&str; 4] = ["yes", "dry-run", "audit-log", "audit-syslog"];
        // Read-only commands that take one of them, and why.
        const EXCEPTIONS: &[(&str, &str)] = &[
            ("memory bigkeys", "yes"), // --rdb-sync: take the snapshot despite the fork risk
            ("audit show", "audit-log"), // the log it reads
            ("audit verify", "audit-log"),
            ("check", "audit-log"), // the log whose permissions it checks
        ];
        let gated = gated_commands();
        assert!(gated.len() >= 7, "{gated:?}");
        let mut root = Cli::command();
        root.build();
        for a in root.get_arguments() {
            if let Some(long) = a.get_long()
                && FLAGS.contains(&long)
            {
                assert!(
                    a.is_hide_set() && !a.is_global_set(),
                    "redops --{long} is shown or global"
                );
            }
        }
        fn leaves(cmd: &clap::Command, path: &str, out: &mut Vec<(String, Vec<String>)>) {
            let subs: Vec<_> = cmd
                .get_subcommands()
                .filter(|s| s.get_name() != "help")
                .collect();
            if subs.is_empty() {
                let offered = cmd
                    .get_arguments()
                    .filter(|a| !a.is_hide_set())
                    .filter_map(|a| a.get_long().map(str::to_owned))
                    .collect();
                out.push((path.trim().to_owned(), offered));
            }
            for s in subs {
                leaves(s, &format!("{path} {}", s.get_name()), out);
            }
        }
        let mut all = Vec::new();
        leaves(&root, "", &mut all);
        for name in &gated {
            assert!(all.iter().any(|(p, _)| p == name), "no command `{name}`");
        }
        for (path, offered) in &all {
            for flag in FLAGS {
                let has = offered.iter().any(|l| l == flag);
                let want = gated.contains(path) || EXCEPTIONS.contains(&(path.as_str(), flag));
                assert_eq!(has, want, "`redops {path}` offers --{flag}: {has}");
            }
        }
        // What the settings read: the ids the flags have on every command that offers them.
        for (path, _) in all.iter().filter(|(p, _)| gated.contains(p)) {
            let mut cmd = &root;
            for name in path.split(' ') {
                cmd = cmd.find_subcommand(name).expect("subcommand");
            }
            for id in SAFETY_FLAG_IDS {
                assert!(
                    cmd.get_arguments().any(|a| a.get_id() == id),
                    "`{path}`: {id}"
                );
            }
        }
    }

    #[test]
    fn scan_args_default_is_what_the_flags_default_to() {
        #[derive(Parser)]
        struct Probe {
            #[command(flatten)]
            scan: ScanArgs,
        }
        let parsed = Probe::parse_from(["probe"]).scan.throttle;
        let d = ScanArgs::default().throttle;
        assert_eq!(
            (parsed.scan_count, parsed.max_rate, parsed.sleep),
            (d.scan_count, d.max_rate, d.sleep)
        );
        assert_eq!(parse_rate("2500"), Ok(2500.0));
        for bad in ["0", "-1", "inf", "NaN", "fast", ""] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
    }
}
