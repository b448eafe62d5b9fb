//! What every command gets: the resolved settings (before any I/O), output, and a way to connect.

use crate::cli::GlobalArgs;
use crate::client::sentinel::{SentinelUrl, is_sentinel_url};
use crate::client::{Client, ConnectOptions, Prefetch, SentinelAuth, SentinelLink};
use crate::config::{self, Loaded, Profile, RatePolicy};
use crate::error::{Error, Result, redact_text};
use crate::keyspace::Keyspace;
use crate::output::Output;
use clap::ArgMatches;
use clap::parser::ValueSource;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const DEFAULT_URL: &str = "redis://127.0.0.1:6379";

/// Where a setting's value came from, in precedence order: flag > environment > profile > default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env(&'static str),
    Profile(String),
    Default,
    /// Partly from one source, partly from another (a URL with parts replaced by flags).
    Mixed(String),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => f.write_str("flag"),
            Source::Env(v) => write!(f, "env {v}"),
            Source::Profile(p) => write!(f, "profile {p}"),
            Source::Default => f.write_str("default"),
            Source::Mixed(m) => f.write_str(m),
        }
    }
}

/// A latency budget as the flag takes it: `1ms`, `250us`, `1ms 500us`.
fn budget_text(d: Duration) -> String {
    let us = d.subsec_micros() % 1000;
    let whole = crate::output::exact_duration(d);
    match (us, d.as_millis()) {
        (0, _) => whole,
        (_, 0) => format!("{us}us"),
        _ => format!("{whole} {us}us"),
    }
}

/// One effective setting, for `redops config show` (values already redacted).
#[derive(Debug, Clone)]
pub struct Effective {
    pub name: &'static str,
    pub value: Option<String>,
    pub source: Source,
}

/// Settings resolved from flags, environment and the profile, before any I/O.
#[derive(Debug, Clone)]
pub struct Settings {
    pub connect: ConnectOptions,
    /// `--yes` of the command that runs (or typed before it).
    pub yes: bool,
    /// `--dry-run` of the command that runs (or typed before it).
    pub dry_run: bool,
    /// The command that runs takes --yes and --dry-run (`cli::SafetyArgs`): only such a command
    /// may change data (`safety::preflight` refuses otherwise: that would be a bug).
    pub takes_safety_flags: bool,
    /// Accept a scan that did not cover every slot (exit 0, report marked partial).
    pub allow_partial: bool,
    /// `--no-touch`: skip reads that update LRU/LFU data on servers without CLIENT NO-TOUCH.
    pub no_touch: bool,
    /// The longest any one command redops sends may keep the server busy (`None`: off).
    pub latency_budget: Option<Duration>,
    pub audit_log: Option<PathBuf>,
    /// Ship each audit line to syslog (`--audit-syslog`, or the profile's `audit_syslog`).
    pub audit_syslog: bool,
    /// The profile's `audit_required = "syslog"`: refuse a change that cannot be shipped.
    pub audit_syslog_required: bool,
    /// `--redact`, or the profile's `redact` (default: its `production`).
    pub redact: bool,
    pub profile: Option<String>,
    /// A read-only profile refuses every destructive command before connecting.
    pub read_only: bool,
    pub keyspace: Keyspace,
    /// Rate-limit policies of the profile, by category (over the built-in defaults).
    pub ratelimit_policies: BTreeMap<String, RatePolicy>,
    /// The profile's `[check]` table, if any.
    pub check: Option<config::CheckConfig>,
    /// The config file consulted (whether or not it exists).
    pub config_path: Option<PathBuf>,
    /// Every setting with its source, for `config show`.
    pub effective: Vec<Effective>,
}

impl Settings {
    /// Flags and environment only: no config file is read (for tests and tools). Without the
    /// parsed command line there is no command: --yes, --dry-run and --audit-syslog are off,
    /// and a destructive command refuses to run (`takes_safety_flags` is false).
    pub fn from_args(g: &GlobalArgs) -> Result<Settings> {
        Self::resolve(g, None)
    }

    /// Resolves every setting: flag > environment > profile > default. `matches` tells flags
    /// from environment from clap defaults; without it, a value clap holds counts as a flag.
    pub fn resolve(g: &GlobalArgs, matches: Option<&ArgMatches>) -> Result<Settings> {
        let source_of = |id: &str, env: &'static str| -> Option<Source> {
            match matches.map(|m| m.value_source(id)) {
                Some(Some(ValueSource::CommandLine)) => Some(Source::Flag),
                Some(Some(ValueSource::EnvVariable)) => Some(Source::Env(env)),
                Some(_) => None,
                None => Some(Source::Flag),
            }
        };
        let config_path = g.config.clone().or_else(config::default_path);
        let loaded = match (&g.profile, &config_path) {
            (Some(_), Some(p)) => Some(Loaded::read(p)?),
            (Some(name), None) => {
                return Err(Error::usage(format!(
                    "profile '{name}' was requested but there is no config directory"
                ))
                .hint("pass --config PATH or set REDOPS_CONFIG"));
            }
            (None, _) => None,
        };
        let profile = match (&loaded, &g.profile) {
            (Some(l), Some(name)) => Some(l.profile(name)?.clone()),
            _ => None,
        };
        let pname = g.profile.clone().unwrap_or_default();
        let from_profile = || Source::Profile(pname.clone());
        let mut effective = Vec::new();

        // url: a flag, else REDIS_URL, else the profile's, else the default; a --profile given
        // on the command line outranks REDIS_URL (the operator named the target just now).
        let profile_on_cli = g.profile.is_some()
            && matches!(source_of("profile", "REDOPS_PROFILE"), Some(Source::Flag));
        let profile_url = profile.as_ref().and_then(|p| p.url.as_ref());
        let (base_url, url_src) = match (&g.url, source_of("url", "REDIS_URL"), profile_url) {
            (Some(u), Some(Source::Flag), _) => (u.clone(), Source::Flag),
            (Some(_), Some(Source::Env(_)), Some(p)) if profile_on_cli => {
                (p.get_ref().clone(), from_profile())
            }
            (Some(u), Some(src), _) => (u.clone(), src),
            (_, _, Some(p)) => (p.get_ref().clone(), from_profile()),
            _ => (DEFAULT_URL.to_owned(), Source::Default),
        };

        // redis-cli's connection flags replace parts of that URL.
        let parts = UrlParts {
            host: g.host.clone(),
            port: g.port,
            socket: g.socket.clone(),
            db: g.db,
            user: g.user.clone(),
            pass: g.pass.clone(),
            tls: g.tls,
        };
        reject_web_url(&base_url, &url_src)?;
        let url = compose_url(&base_url, &parts)?;
        // Sentinel flags or a profile's sentinels name the address too (the primary is found
        // through them): the password rule below judges that source.
        let (url, url_src) = sentinel_target(g, profile.as_ref(), url, url_src, &pname)?;
        let addr_src = if parts.moves_address() {
            Source::Flag
        } else {
            url_src.clone()
        };
        effective.push(Effective {
            name: "url",
            value: Some(crate::error::redact_url(&url)),
            source: if url == base_url {
                url_src.clone()
            } else if url_src == Source::Flag || url_src == Source::Default {
                Source::Flag
            } else {
                Source::Mixed(format!("{url_src} + flags"))
            },
        });

        // password: -a, else the URL's own, else (a --profile on the command line outranking
        // the environment) REDISCLI_AUTH or the profile's password_env.
        let env_pw = std::env::var("REDISCLI_AUTH")
            .ok()
            .filter(|p| !p.is_empty());
        let profile_pw = match profile.as_ref().and_then(|p| p.password_env.as_ref()) {
            Some(var) => match std::env::var(var).ok().filter(|p| !p.is_empty()) {
                Some(pw) => Some(pw),
                None => {
                    return Err(Error::usage(format!(
                        "profile '{pname}' takes its password from ${var}, which is not set"
                    ))
                    .hint(format!(
                        "export {var}=... (redops never stores passwords itself)"
                    )));
                }
            },
            None => None,
        };
        let (password, pw_src) = if g.pass.is_some() {
            (None, Some(Source::Flag))
        } else if url_has_password(&base_url) {
            (None, Some(url_src.clone()))
        } else {
            match (env_pw, profile_pw) {
                (Some(_), Some(pw)) if profile_on_cli => (Some(pw), Some(from_profile())),
                (Some(pw), _) => (Some(pw), Some(Source::Env("REDISCLI_AUTH"))),
                (None, Some(pw)) => (Some(pw), Some(from_profile())),
                (None, None) => (None, None),
            }
        };
        if let Some(pw_src) = &pw_src
            && !password_may_go(pw_src, &addr_src)
        {
            return Err(Error::usage(format!(
                "refusing to send a password to a server named elsewhere: the address comes from {} but the password from {}",
                describe_source(&addr_src, "the address"),
                describe_source(pw_src, "the password"),
            ))
            .hint(
                "name the server and its password in the same place: both on the command line \
                 (-u redis://user:pass@host:port, or -h/-p with -a or REDISCLI_AUTH), both in the \
                 environment (REDIS_URL with REDISCLI_AUTH), or both in the profile (url and password_env)",
            ));
        }
        effective.push(Effective {
            name: "password",
            value: pw_src.as_ref().map(|_| "***".to_owned()),
            source: pw_src.unwrap_or(Source::Default),
        });

        // TLS files: flag, else the profile's (relative to the config file)
        let mut tls = |name: &'static str,
                       flag: &Option<PathBuf>,
                       prof: Option<&PathBuf>|
         -> Option<PathBuf> {
            let (v, src) = match (flag, prof, &loaded) {
                (Some(f), _, _) => (Some(f.clone()), Source::Flag),
                (None, Some(p), Some(l)) => (Some(l.resolve_path(p)), from_profile()),
                _ => (None, Source::Default),
            };
            effective.push(Effective {
                name,
                value: v.as_ref().map(|p| p.display().to_string()),
                source: src,
            });
            v
        };
        let tls_ca = tls(
            "tls_ca",
            &g.tls_ca,
            profile.as_ref().and_then(|p| p.tls_ca.as_ref()),
        );
        let tls_cert = tls(
            "tls_cert",
            &g.tls_cert,
            profile.as_ref().and_then(|p| p.tls_cert.as_ref()),
        );
        let tls_key = tls(
            "tls_key",
            &g.tls_key,
            profile.as_ref().and_then(|p| p.tls_key.as_ref()),
        );

        let sentinel = sentinel_auth(g, profile.as_ref(), loaded.as_ref(), &pname)?;
        if is_sentinel_url(&url) {
            let src = |flag: bool, prof: bool| {
                if flag {
                    Source::Flag
                } else if prof {
                    from_profile()
                } else {
                    Source::Default
                }
            };
            let p = profile.as_ref();
            effective.push(Effective {
                name: "sentinel_user",
                value: sentinel.user.clone(),
                source: src(
                    g.sentinel.sentinel_user.is_some(),
                    p.is_some_and(|p| p.sentinel_user.is_some()),
                ),
            });
            effective.push(Effective {
                name: "sentinel_password",
                value: sentinel.password.as_ref().map(|_| "***".to_owned()),
                source: if std::env::var("REDOPS_SENTINEL_AUTH").is_ok_and(|v| !v.is_empty()) {
                    Source::Env("REDOPS_SENTINEL_AUTH")
                } else {
                    src(false, sentinel.password.is_some())
                },
            });
            effective.push(Effective {
                name: "sentinel_tls",
                value: Some(match sentinel.tls {
                    Some(t) => t.to_string(),
                    None => "as the data nodes".to_owned(),
                }),
                source: src(
                    g.sentinel.sentinel_tls,
                    p.is_some_and(|p| p.sentinel_tls.is_some()),
                ),
            });
        }

        // timeouts: a flag beats the profile, the profile beats clap's default
        let mut duration = |name: &'static str,
                            flag: Duration,
                            prof: Option<&toml::Spanned<String>>|
         -> Result<Duration> {
            let (v, src) = match (source_of(name, ""), prof, &loaded) {
                (Some(_), _, _) => (flag, Source::Flag),
                (None, Some(p), Some(l)) => (l.duration(p, name)?, from_profile()),
                _ => (flag, Source::Default),
            };
            effective.push(Effective {
                name,
                value: Some(crate::output::exact_duration(v)),
                source: src,
            });
            Ok(v)
        };
        let timeout = duration(
            "timeout",
            g.timeout,
            profile.as_ref().and_then(|p| p.timeout.as_ref()),
        )?;
        let connect_timeout = duration(
            "connect_timeout",
            g.connect_timeout,
            profile.as_ref().and_then(|p| p.connect_timeout.as_ref()),
        )?;

        let latency_budget = {
            let prof = profile.as_ref().and_then(|p| p.latency_budget.as_ref());
            let (v, src) = match (source_of("latency_budget", ""), prof, &loaded) {
                (Some(_), _, _) => (g.latency_budget.0, Source::Flag),
                (None, Some(p), Some(l)) => (l.latency_budget(p)?, from_profile()),
                _ => (g.latency_budget.0, Source::Default),
            };
            effective.push(Effective {
                name: "latency_budget",
                value: Some(v.map_or_else(|| "off".to_owned(), budget_text)),
                source: src,
            });
            v
        };

        let (cluster, cluster_src) = match (
            g.cluster,
            g.no_cluster,
            profile.as_ref().and_then(|p| p.cluster),
        ) {
            (true, _, _) => (Some(true), Source::Flag),
            (_, true, _) => (Some(false), Source::Flag),
            (_, _, Some(c)) => (Some(c), from_profile()),
            _ => (None, Source::Default),
        };
        effective.push(Effective {
            name: "cluster",
            value: Some(match cluster {
                Some(true) => "cluster".into(),
                Some(false) => "standalone".into(),
                None => "auto-detect".into(),
            }),
            source: cluster_src,
        });

        let read_only = profile.as_ref().is_some_and(|p| p.read_only);
        effective.push(Effective {
            name: "read_only",
            value: Some(read_only.to_string()),
            source: if profile.is_some() {
                from_profile()
            } else {
                Source::Default
            },
        });

        let safety = match matches {
            Some(m) => safety_flags(m)?,
            None => SafetyFlags::default(),
        };
        let (audit_log, audit_src) = match (
            safety.audit_log,
            profile.as_ref().and_then(|p| p.audit_log.as_ref()),
            &loaded,
        ) {
            (Some((a, src)), _, _) => (Some(a), src),
            (None, Some(p), Some(l)) => (Some(l.resolve_path(p)), from_profile()),
            _ => (None, Source::Default),
        };
        effective.push(Effective {
            name: "audit_log",
            value: Some(
                audit_log
                    .clone()
                    .unwrap_or_else(crate::audit_log::default_path)
                    .display()
                    .to_string(),
            ),
            source: audit_src,
        });

        let audit_syslog_required = profile
            .as_ref()
            .is_some_and(|p| p.audit_required == Some(config::AuditRequired::Syslog));

        let (keyspace, ratelimit_policies) = match (&loaded, &profile) {
            (Some(l), Some(p)) => (l.keyspace(p)?, l.policies(p)?),
            _ => (Keyspace::default(), BTreeMap::new()),
        };
        let defaults = Keyspace::default();
        for ((name, t), (_, default)) in keyspace.templates().into_iter().zip(defaults.templates())
        {
            effective.push(Effective {
                name,
                value: Some(t.to_string()),
                source: if t != default {
                    from_profile()
                } else {
                    Source::Default
                },
            });
        }

        Ok(Settings {
            connect: ConnectOptions {
                url,
                password,
                tls_ca,
                tls_cert,
                tls_key,
                timeout,
                connect_timeout,
                cluster,
                for_writes: false,
                tls_insecure: g.tls_insecure,
                sentinel,
            },
            yes: safety.yes,
            dry_run: safety.dry_run,
            takes_safety_flags: safety.offered,
            allow_partial: g.allow_partial,
            no_touch: g.no_touch,
            latency_budget,
            audit_log,
            audit_syslog: safety.audit_syslog
                || audit_syslog_required
                || profile.as_ref().is_some_and(|p| p.audit_syslog),
            audit_syslog_required,
            redact: g.redact
                || profile
                    .as_ref()
                    .is_some_and(|p| p.redact.unwrap_or(p.production)),
            profile: g.profile.clone(),
            read_only,
            keyspace,
            ratelimit_policies,
            check: profile.as_ref().and_then(|p| p.check.clone()),
            config_path,
            effective,
        })
    }
}

/// The safety flags (`cli::SAFETY_FLAG_IDS`) as the command that runs takes them.
#[derive(Debug, Default)]
struct SafetyFlags {
    yes: bool,
    dry_run: bool,
    /// `--audit-log`, or REDOPS_AUDIT_LOG, with where it came from.
    audit_log: Option<(PathBuf, Source)>,
    audit_syslog: bool,
    /// The command takes --yes and --dry-run.
    offered: bool,
}

/// The leaf command that runs: its path (`session kill`), clap definition and matches.
fn leaf<'a>(
    root: &'a clap::Command,
    matches: &'a ArgMatches,
) -> (Vec<&'a str>, &'a clap::Command, &'a ArgMatches) {
    let (mut path, mut cmd, mut m) = (Vec::new(), root, matches);
    while let Some((name, sub_m)) = m.subcommand() {
        let Some(sub) = cmd.find_subcommand(name) else {
            break;
        };
        path.push(sub.get_name());
        (cmd, m) = (sub, sub_m);
    }
    (path, cmd, m)
}

fn takes(cmd: &clap::Command, id: &str) -> bool {
    cmd.get_arguments().any(|a| a.get_id() == id)
}

/// The leaf commands that take the flag `id`, for a hint.
fn commands_taking(cmd: &clap::Command, id: &str, prefix: &str, out: &mut Vec<String>) {
    if cmd.get_subcommands().next().is_none() {
        if takes(cmd, id) {
            out.push(prefix.trim().to_owned());
        }
        return;
    }
    for sub in cmd.get_subcommands() {
        commands_taking(sub, id, &format!("{prefix} {}", sub.get_name()), out);
    }
}

/// `--yes`, `--dry-run`, `--audit-log` and `--audit-syslog` belong to the commands that change
/// data (and `--audit-log` also to those that read the log, `--yes` to `memory bigkeys
/// --rdb-sync`). They are read from the command that runs; typed before the subcommand
/// (`redops -y session kill`, accepted as when they were global) they count as the command's
/// own, and before a command that does not take them they are a usage error, never ignored.
fn safety_flags(matches: &ArgMatches) -> Result<SafetyFlags> {
    use clap::CommandFactory;
    let root = crate::cli::Cli::command();
    let (path, cmd, m) = leaf(&root, matches);
    let typed_before = |id: &str| matches.value_source(id) == Some(ValueSource::CommandLine);
    for id in crate::cli::SAFETY_FLAG_IDS {
        if typed_before(id) && !takes(cmd, id) {
            let flag = format!("--{}", id.replace('_', "-"));
            let mut takers = Vec::new();
            commands_taking(&root, id, "", &mut takers);
            return Err(Error::usage(format!(
                "{flag} does not apply to `redops {}`, which {}",
                path.join(" "),
                match id {
                    "audit_log" => "neither writes nor reads the audit log",
                    "yes" => "asks for no confirmation",
                    _ => "changes no data",
                }
            ))
            .hint(format!(
                "{flag} is taken by: {}; leave it out here",
                takers.join(", ")
            )));
        }
    }
    let flag = |id: &str| (takes(cmd, id) && m.get_flag(id)) || matches.get_flag(id);
    let audit_log = if takes(cmd, "audit_log")
        && let Some(p) = m.get_one::<PathBuf>("audit_log")
        && m.value_source("audit_log") == Some(ValueSource::CommandLine)
    {
        Some((p.clone(), Source::Flag))
    } else if let Some(p) = matches.get_one::<PathBuf>("audit_log") {
        Some((p.clone(), Source::Flag))
    } else if takes(cmd, "audit_log") {
        m.get_one::<PathBuf>("audit_log")
            .map(|p| (p.clone(), Source::Env("REDOPS_AUDIT_LOG")))
    } else {
        // A command without --audit-log (`config show`) still reports the log in use.
        std::env::var_os("REDOPS_AUDIT_LOG")
            .filter(|v| !v.is_empty())
            .map(|v| (PathBuf::from(v), Source::Env("REDOPS_AUDIT_LOG")))
    };
    Ok(SafetyFlags {
        yes: flag("yes"),
        dry_run: flag("dry_run"),
        audit_log,
        audit_syslog: flag("audit_syslog"),
        offered: takes(cmd, "yes") && takes(cmd, "dry_run"),
    })
}

/// `--sentinel`/`--master` flags, or a profile's `sentinels`/`master`, name the target as a
/// `redis+sentinel://` URL (flag > environment > profile). Data-node TLS: `rediss+sentinel://`
/// when a data-node CA or client certificate is given.
fn sentinel_target(
    g: &GlobalArgs,
    profile: Option<&Profile>,
    url: String,
    src: Source,
    pname: &str,
) -> Result<(String, Source)> {
    let s = &g.sentinel;
    let data_tls = g.tls_ca.is_some()
        || g.tls_cert.is_some()
        || profile.is_some_and(|p| p.tls_ca.is_some() || p.tls_cert.is_some());
    if !s.sentinels.is_empty() {
        if src == Source::Flag {
            return Err(Error::usage(
                "--url and --sentinel both name the target; give one of them",
            )
            .hint("for Sentinel, --url redis+sentinel://host1:26379,host2:26379/MASTER is the same as --sentinel host1:26379 --sentinel host2:26379 --master MASTER"));
        }
        let master = s
            .master
            .clone()
            .or_else(|| profile.and_then(|p| p.master.clone()));
        let url = SentinelUrl::build(&s.sentinels, master.as_deref(), data_tls)?;
        return Ok((url, Source::Flag));
    }
    if let Some(p) = profile
        && let Some(list) = &p.sentinels
        && !matches!(src, Source::Flag | Source::Env(_))
    {
        if p.url.is_some() {
            return Err(Error::usage(format!(
                "profile '{pname}' sets both url and sentinels; keep one of them"
            )));
        }
        let master = s.master.clone().or_else(|| p.master.clone());
        let url = SentinelUrl::build(list, master.as_deref(), data_tls)?;
        return Ok((url, Source::Profile(pname.to_owned())));
    }
    if let Some(m) = &s.master {
        if is_sentinel_url(&url) {
            return Ok((SentinelUrl::with_master(&url, m)?, src));
        }
        return Err(Error::usage(format!(
            "--master {m} was given, but the target {} is not reached through Sentinel",
            redact_text(&url)
        ))
        .hint("name the sentinels too: --sentinel HOST:PORT, or --url redis+sentinel://HOST:PORT/MASTER"));
    }
    Ok((url, src))
}

/// The sentinels' own user, password and TLS settings: flag (or `REDOPS_SENTINEL_AUTH`) >
/// profile; files from the profile are relative to the config file.
fn sentinel_auth(
    g: &GlobalArgs,
    profile: Option<&Profile>,
    loaded: Option<&Loaded>,
    pname: &str,
) -> Result<SentinelAuth> {
    let s = &g.sentinel;
    let env_pw = std::env::var("REDOPS_SENTINEL_AUTH")
        .ok()
        .filter(|p| !p.is_empty());
    let password = match (
        env_pw,
        profile.and_then(|p| p.sentinel_password_env.as_ref()),
    ) {
        (Some(pw), _) => Some(pw),
        (None, Some(var)) => match std::env::var(var).ok().filter(|p| !p.is_empty()) {
            Some(pw) => Some(pw),
            None => {
                return Err(Error::usage(format!(
                    "profile '{pname}' takes the sentinels' password from ${var}, which is not set"
                ))
                .hint(format!(
                    "export {var}=... (redops never stores passwords itself)"
                )));
            }
        },
        (None, None) => None,
    };
    let file = |flag: &Option<PathBuf>, prof: Option<&PathBuf>| match (flag, prof, loaded) {
        (Some(f), _, _) => Some(f.clone()),
        (None, Some(p), Some(l)) => Some(l.resolve_path(p)),
        _ => None,
    };
    Ok(SentinelAuth {
        user: s
            .sentinel_user
            .clone()
            .or_else(|| profile.and_then(|p| p.sentinel_user.clone())),
        password,
        tls: if s.sentinel_tls {
            Some(true)
        } else {
            profile.and_then(|p| p.sentinel_tls)
        },
        tls_ca: file(
            &s.sentinel_tls_ca,
            profile.and_then(|p| p.sentinel_tls_ca.as_ref()),
        ),
        tls_cert: file(
            &s.sentinel_tls_cert,
            profile.and_then(|p| p.sentinel_tls_cert.as_ref()),
        ),
        tls_key: file(
            &s.sentinel_tls_key,
            profile.and_then(|p| p.sentinel_tls_key.as_ref()),
        ),
    })
}

impl Settings {
    /// The database number the URL selects (`-n`/`--db`, or `/N` in the URL); 0 when unknown.
    pub fn db(&self) -> i64 {
        use redis::IntoConnectionInfo;
        self.connect
            .url
            .as_str()
            .into_connection_info()
            .map(|i| i.redis_settings().db())
            .unwrap_or(0)
    }

    /// " in database N (-n/--db selects the database, as in redis-cli)" when not database 0:
    /// for "nothing found" hints, since `-n 5` may have been meant as a row count.
    pub fn db_note(&self) -> String {
        match self.db() {
            0 => String::new(),
            n => format!(
                " in database {n} (-n/--db selects the database, as in redis-cli; --count is the number of rows)"
            ),
        }
    }
}

fn url_has_password(url: &str) -> bool {
    crate::error::url_password(url).is_some()
}

/// An `http://` or `https://` URL is a common slip (a dashboard's address, a REST proxy):
/// say so plainly instead of "the URL did not parse".
fn reject_web_url(url: &str, src: &Source) -> Result<()> {
    let lower = url.trim().to_ascii_lowercase();
    let Some(scheme) = ["http://", "https://"]
        .into_iter()
        .find(|s| lower.starts_with(s))
    else {
        return Ok(());
    };
    Err(Error::usage(format!(
        "{} (from {src}) is an HTTP URL: redops speaks the Redis protocol, not HTTP",
        redact_text(url)
    ))
    .hint(format!(
        "use redis://HOST:PORT (rediss:// for TLS) instead of {scheme}, or -h HOST -p PORT"
    )))
}

/// redis-cli's connection flags (`-h`, `-p`, `-s`, `-n`, `--user`, `-a`, `--tls`), each
/// replacing one part of the URL.
#[derive(Debug, Default, Clone)]
pub struct UrlParts {
    pub host: Option<String>,
    pub port: Option<u16>,
    pub socket: Option<PathBuf>,
    pub db: Option<u32>,
    pub user: Option<String>,
    pub pass: Option<String>,
    pub tls: bool,
}

impl UrlParts {
    /// Whether these flags name another server than the URL does.
    pub fn moves_address(&self) -> bool {
        self.host.is_some() || self.port.is_some() || self.socket.is_some()
    }

    fn any(&self) -> bool {
        self.moves_address()
            || self.db.is_some()
            || self.user.is_some()
            || self.pass.is_some()
            || self.tls
    }
}

/// The URL with the parts the flags replace: `-s` makes it `unix://PATH`, `--tls` makes it
/// `rediss://`, `-h`/`-p` replace host and port, `-n` the database, `--user`/`-a` the
/// credentials. Without any of those flags the URL is returned as given.
pub fn compose_url(base: &str, parts: &UrlParts) -> Result<String> {
    if !parts.any() {
        return Ok(base.to_owned());
    }
    let bad = |what: String| {
        Error::usage(what).hint(
            "use redis://[user:password@]host:port[/db], rediss://... for TLS, or unix:///path/to/socket",
        )
    };
    let url = url::Url::parse(base)
        .map_err(|e| bad(format!("invalid Redis URL '{}': {e}", redact_text(base))))?;
    let unix_in = matches!(url.scheme(), "unix" | "redis+unix");
    // A unix URL keeps user, password and db in its query; a TCP URL in userinfo and path.
    let mut query: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let (mut user, mut pass, mut db) = if unix_in {
        let get = |k: &str| query.iter().find(|(q, _)| q == k).map(|(_, v)| v.clone());
        (get("user"), get("pass"), get("db"))
    } else {
        (
            Some(crate::error::percent_decode(url.username())).filter(|u| !u.is_empty()),
            url.password().map(crate::error::percent_decode),
            url.path()
                .trim_start_matches('/')
                .split('/')
                .next()
                .filter(|d| !d.is_empty())
                .map(str::to_owned),
        )
    };
    query.retain(|(k, _)| !matches!(k.as_str(), "user" | "pass" | "db"));
    if let Some(u) = &parts.user {
        user = Some(u.clone());
    }
    if let Some(p) = &parts.pass {
        pass = Some(p.clone());
    }
    if let Some(n) = parts.db {
        db = Some(n.to_string());
    }
    let socket = match &parts.socket {
        Some(s) => Some(s.clone()),
        None if unix_in && !(parts.host.is_some() || parts.port.is_some() || parts.tls) => {
            url.to_file_path().ok()
        }
        None => None,
    };
    let mut out = if let Some(path) = socket {
        let mut u = url::Url::from_file_path(&path).map_err(|()| {
            bad(format!(
                "--socket '{}' is not an absolute path",
                path.display()
            ))
        })?;
        let mut q = u.query_pairs_mut();
        q.clear();
        for (k, v) in &query {
            q.append_pair(k, v);
        }
        if let Some(d) = &db {
            q.append_pair("db", d);
        }
        if let Some(us) = &user {
            q.append_pair("user", us);
        }
        if let Some(p) = &pass {
            q.append_pair("pass", p);
        }
        drop(q);
        let text = u.as_str().replacen("file://", "unix://", 1);
        return Ok(text.trim_end_matches('?').to_owned());
    } else {
        let scheme = if parts.tls || url.scheme() == "rediss" {
            "rediss"
        } else {
            "redis"
        };
        let host = match (&parts.host, unix_in) {
            (Some(h), _) => h.clone(),
            (None, true) => "127.0.0.1".to_owned(),
            (None, false) => url.host_str().unwrap_or("127.0.0.1").to_owned(),
        };
        let port = parts
            .port
            .or(if unix_in { None } else { url.port() })
            .unwrap_or(6379);
        let host = if host.contains(':') && !host.starts_with('[') {
            format!("[{host}]")
        } else {
            host
        };
        let mut u = url::Url::parse(&format!("{scheme}://{host}:{port}/")).map_err(|e| {
            bad(format!(
                "--host '{host}' is not a host name or address: {e}"
            ))
        })?;
        if !unix_in {
            u.set_fragment(url.fragment());
        }
        u
    };
    let set = |r: std::result::Result<(), ()>, what: &str| {
        r.map_err(|()| bad(format!("cannot put the {what} into the URL")))
    };
    // `set_username`/`set_password` encode what userinfo cannot hold, but not '%'.
    if let Some(us) = &user {
        set(out.set_username(&us.replace('%', "%25")), "user name")?;
    }
    if let Some(p) = &pass {
        set(out.set_password(Some(&p.replace('%', "%25"))), "password")?;
    }
    out.set_path(db.as_deref().unwrap_or(""));
    if !query.is_empty() && !unix_in {
        let mut q = out.query_pairs_mut();
        for (k, v) in &query {
            q.append_pair(k, v);
        }
    }
    let text = out.as_str().to_owned();
    Ok(text.strip_suffix('/').map(str::to_owned).unwrap_or(text))
}

/// Whether a password from `pw` may be sent to a server named by `addr`: only when both come
/// from the same place, so that a profile's or a URL's password never goes to a server named
/// somewhere else. Two redis-cli habits are kept: `REDISCLI_AUTH` with an address given on the
/// command line, and `-a`/`REDISCLI_AUTH` with the default address (the local server).
pub fn password_may_go(pw: &Source, addr: &Source) -> bool {
    pw == addr
        || matches!(
            (pw, addr),
            (Source::Env(_), Source::Env(_))
                | (Source::Env("REDISCLI_AUTH"), Source::Flag)
                | (Source::Flag | Source::Env("REDISCLI_AUTH"), Source::Default)
        )
}

fn describe_source(src: &Source, what: &str) -> String {
    match src {
        Source::Flag => "the command line".to_owned(),
        Source::Env(v) => format!("the environment (${v})"),
        Source::Profile(p) => format!("profile '{p}'"),
        Source::Default => format!("the default ({what})"),
        Source::Mixed(m) => m.clone(),
    }
}

pub struct Ctx {
    pub settings: Settings,
    pub out: Output,
    /// Set when the operator pressed Ctrl-C: scans stop and report what they have.
    pub interrupted: Arc<AtomicBool>,
    /// Round-trip counters of the clients this command opened, for `REDOPS_TRACE_ROUND_TRIPS`.
    pub round_trips: Mutex<Vec<Arc<AtomicU64>>>,
    /// The touching reads of the clients this command opened (issue 17), for the report.
    pub touch_logs: Mutex<Vec<Arc<crate::client::TouchLog>>>,
    /// Their set-up round trips (see [`Client::setup_trip_counter`]).
    pub setup_trips: Mutex<Vec<Arc<AtomicI64>>>,
    /// The latency-budget sizing of those clients, for `REDOPS_TRACE_ROUND_TRIPS`.
    pub pacings: Mutex<Vec<Arc<crate::client::budget::Pacing>>>,
    /// The command line, passwords redacted, for the audit log.
    pub command_line: String,
    /// The primary a command that writes connected to through Sentinel: the safety gate checks
    /// right before the change that it is still the primary.
    pub sentinel_guard: Mutex<Option<SentinelLink>>,
}

impl Ctx {
    /// Connects for reading.
    pub async fn connect(&self) -> Result<Client> {
        self.open(false, &Prefetch::default()).await
    }

    /// Connects for reading, sending the command's first reads with the connection set-up
    /// (one round trip in all on a standalone server; see [`Prefetch`]).
    pub async fn connect_reading(&self, reads: Prefetch) -> Result<Client> {
        // With --no-touch nothing goes out before the set-up tells whether reads touch keys.
        if self.settings.no_touch {
            return self.open(false, &Prefetch::default()).await;
        }
        self.open(false, &reads).await
    }

    /// Connects for a command that may write: on a cluster, writes use a connection that
    /// never retries.
    pub async fn connect_for_writes(&self) -> Result<Client> {
        self.open(true, &Prefetch::default()).await
    }

    async fn open(&self, for_writes: bool, reads: &Prefetch) -> Result<Client> {
        let mut opts = self.settings.connect.clone();
        opts.for_writes = for_writes;
        let mut client = Client::connect_reading(&opts, reads).await?;
        client.set_latency_budget(self.settings.latency_budget);
        if let Ok(mut counters) = self.round_trips.lock() {
            counters.push(client.round_trip_counter());
        }
        client.touch_log().set_refuse(self.settings.no_touch);
        if let Ok(mut logs) = self.touch_logs.lock() {
            logs.push(client.touch_log());
        }
        if let Ok(mut counters) = self.setup_trips.lock() {
            counters.push(client.setup_trip_counter());
        }
        if let Ok(mut pacings) = self.pacings.lock() {
            pacings.push(client.pacing_handle());
        }
        if for_writes
            && let Some(link) = client.sentinel()
            && let Ok(mut guard) = self.sentinel_guard.lock()
        {
            *guard = Some(link.clone());
        }
        Ok(client)
    }

    /// What the latency budget's sizing did, over every client this command opened.
    pub fn pace_stats(&self) -> crate::client::budget::PaceStats {
        let mut total = crate::client::budget::PaceStats::default();
        if let Ok(pacings) = self.pacings.lock() {
            for p in pacings.iter() {
                total.add(&p.stats());
            }
        }
        total
    }

    /// Round trips made after connection set-up by every client this command opened.
    pub fn total_round_trips(&self) -> u64 {
        self.round_trips
            .lock()
            .map(|c| c.iter().map(|a| a.load(Ordering::Relaxed)).sum())
            .unwrap_or(0)
    }

    /// Every round trip every client this command opened made after its TCP connect (and TLS
    /// handshake), connection set-up included (sentinel look-ups are not).
    pub fn wire_round_trips(&self) -> u64 {
        let setup: i64 = self
            .setup_trips
            .lock()
            .map(|c| c.iter().map(|a| a.load(Ordering::Relaxed)).sum())
            .unwrap_or(0);
        self.total_round_trips().saturating_add_signed(setup)
    }

    pub fn is_interrupted(&self) -> bool {
        self.interrupted.load(Ordering::Relaxed)
    }

    /// Resolves when the operator presses Ctrl-C.
    pub async fn cancelled(&self) {
        while !self.is_interrupted() {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::{CommandFactory, FromArgMatches};

    fn settings(args: &[&str]) -> Result<Settings> {
        let matches = Cli::command()
            .try_get_matches_from(std::iter::once("redops").chain(args.iter().copied()))
            .map_err(|e| Error::usage(e.to_string()))?;
        let cli = Cli::from_arg_matches(&matches).map_err(|e| Error::usage(e.to_string()))?;
        Settings::resolve(&cli.global, Some(&matches))
    }

    #[test]
    fn sentinel_flags_make_a_sentinel_url() {
        let s = settings(&[
            "--sentinel",
            "a:1",
            "--sentinel",
            "b",
            "--master",
            "m",
            "ping",
        ])
        .expect("settings");
        assert_eq!(s.connect.url, "redis+sentinel://a:1,b:26379/m");
        // --master renames the URL's master; TLS files for the data nodes make it rediss+.
        let s = settings(&[
            "-u",
            "redis+sentinel://u:pw@a:1/x/2",
            "--master",
            "y",
            "ping",
        ])
        .expect("settings");
        assert_eq!(s.connect.url, "redis+sentinel://u:pw@a:1/y/2");
        let s = settings(&["--sentinel", "a:1", "--tls-ca", "/ca.pem", "ping"]).expect("settings");
        assert_eq!(s.connect.url, "rediss+sentinel://a:1/");
        assert_eq!(s.connect.sentinel.tls, None);
        let s = settings(&[
            "--sentinel",
            "a:1",
            "--sentinel-tls",
            "--sentinel-user",
            "ops",
            "ping",
        ])
        .expect("settings");
        assert_eq!(s.connect.sentinel.tls, Some(true));
        assert_eq!(s.connect.sentinel.user.as_deref(), Some("ops"));
    }

    #[test]
    fn sentinel_flags_refuse_what_does_not_fit() {
        let e = settings(&["--sentinel", "a:1", "-u", "redis://h", "ping"]).expect_err("both");
        assert_eq!(e.code, crate::error::ExitCode::Usage);
        let e = settings(&["-u", "redis://h", "--master", "m", "ping"]).expect_err("no sentinels");
        assert!(e.message.contains("--master"), "{}", e.message);
        let e = settings(&["--sentinel", "a:port", "ping"]).expect_err("bad address");
        assert!(e.message.contains("a:port"), "{}", e.message);
    }

    #[test]
    fn safety_flags_come_from_the_command_that_takes_them() {
        let s = settings(&["lock", "force-release", "x", "--dry-run"]).expect("settings");
        assert!(s.dry_run && !s.yes && s.takes_safety_flags);
        // Typed before the subcommand, as when they were global options.
        let s =
            settings(&["-y", "--audit-syslog", "lock", "force-release", "x"]).expect("settings");
        assert!(s.yes && !s.dry_run && s.audit_syslog);
        let s = settings(&["--audit-log", "/a", "lock", "force-release", "x"]).expect("settings");
        assert_eq!(s.audit_log, Some(PathBuf::from("/a")));
        let s = settings(&["--audit-log", "/a", "audit", "show", "--audit-log", "/b"])
            .expect("settings");
        assert_eq!(s.audit_log, Some(PathBuf::from("/b")));
        let s = settings(&["ping"]).expect("settings");
        assert!(!s.yes && !s.dry_run && !s.takes_safety_flags);
        // A command that does not take one refuses it, before or after the subcommand.
        for (args, flag) in [
            (&["--dry-run", "ping"][..], "--dry-run"),
            (&["-y", "session", "list"][..], "--yes"),
            (&["--audit-log", "/a", "config", "show"][..], "--audit-log"),
            (&["--audit-syslog", "audit", "show"][..], "--audit-syslog"),
        ] {
            let e = settings(args).expect_err(flag);
            assert_eq!(e.code, crate::error::ExitCode::Usage, "{args:?}");
            assert!(e.message.starts_with(flag), "{}", e.message);
            assert!(
                e.hints.iter().any(|h| h.contains("session kill")),
                "{:?}",
                e.hints
            );
        }
        assert!(settings(&["ping", "--dry-run"]).is_err());
        assert!(settings(&["session", "list", "--yes"]).is_err());
    }

    fn parts() -> UrlParts {
        UrlParts::default()
    }

    #[test]
    fn redis_cli_flags_replace_parts_of_the_url() {
        let c = |base: &str, p: UrlParts| compose_url(base, &p).expect("composes");
        assert_eq!(c("redis://h:1/2", parts()), "redis://h:1/2");
        assert_eq!(
            c(
                DEFAULT_URL,
                UrlParts {
                    host: Some("10.0.0.5".into()),
                    port: Some(7391),
                    ..parts()
                }
            ),
            "redis://10.0.0.5:7391"
        );
        assert_eq!(
            c(
                "redis://u:p%40ss@h:1/3",
                UrlParts {
                    port: Some(2),
                    ..parts()
                }
            ),
            "redis://u:p%40ss@h:2/3"
        );
        assert_eq!(
            c(
                "redis://h:1",
                UrlParts {
                    db: Some(4),
                    user: Some("ops".into()),
                    pass: Some("a%b c@d".into()),
                    tls: true,
                    ..parts()
                }
            ),
            "rediss://ops:a%25b%20c%40d@h:1/4"
        );
        assert_eq!(
            c(
                "redis://u:pw@h:1/2",
                UrlParts {
                    socket: Some("/tmp/r.sock".into()),
                    ..parts()
                }
            ),
            "unix:///tmp/r.sock?db=2&user=u&pass=pw"
        );
        assert_eq!(
            c(
                "unix:///tmp/r.sock?db=1",
                UrlParts {
                    db: Some(5),
                    ..parts()
                }
            ),
            "unix:///tmp/r.sock?db=5"
        );
        assert_eq!(
            c(
                "redis://h:1",
                UrlParts {
                    host: Some("::1".into()),
                    ..parts()
                }
            ),
            "redis://[::1]:1"
        );
        // The composed URL is one the client accepts, with the parts where they belong.
        use redis::IntoConnectionInfo;
        let info = c(
            "redis://h:1",
            UrlParts {
                db: Some(4),
                user: Some("ops".into()),
                pass: Some("a%b c@d:e".into()),
                ..parts()
            },
        )
        .as_str()
        .into_connection_info()
        .expect("parses");
        assert_eq!(info.redis_settings().password(), Some("a%b c@d:e"));
        assert_eq!(info.redis_settings().username(), Some("ops"));
        assert_eq!(info.redis_settings().db(), 4);
        assert!(
            compose_url(
                "http://x",
                &UrlParts {
                    socket: Some("relative".into()),
                    ..parts()
                }
            )
            .is_err()
        );
    }

    #[test]
    fn a_password_goes_only_to_a_server_named_in_the_same_place() {
        let prof = Source::Profile("prod".into());
        let auth = Source::Env("REDISCLI_AUTH");
        let url_env = Source::Env("REDIS_URL");
        assert!(password_may_go(&prof, &prof));
        assert!(password_may_go(&Source::Flag, &Source::Flag));
        assert!(password_may_go(&url_env, &url_env));
        assert!(password_may_go(&auth, &Source::Flag));
        assert!(password_may_go(&auth, &url_env));
        assert!(password_may_go(&Source::Flag, &Source::Default));
        // The profile's password never goes to REDIS_URL's host or a host on the command line.
        assert!(!password_may_go(&prof, &url_env));
        assert!(!password_may_go(&prof, &Source::Flag));
        // A URL's password (from the environment) never goes to a host given as a flag.
        assert!(!password_may_go(&url_env, &Source::Flag));
        assert!(!password_may_go(&Source::Flag, &prof));
        assert!(!password_may_go(&auth, &prof));
    }
}
