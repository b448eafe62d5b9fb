//! What every command gets: the resolved settings (before any I/O), output, and a way to connect.

use crate::cli::GlobalArgs;
use crate::client::sentinel::{SentinelUrl, is_sentinel_url};
use crate::client::{Client, ConnectOptions, SentinelAuth, SentinelLink};
use crate::config::{self, Loaded, Profile, RatePolicy};
use crate::error::{Error, Result, redact_text};
use crate::keyspace::Keyspace;
use crate::output::Output;
use clap::ArgMatches;
use clap::parser::ValueSource;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
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
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => f.write_str("flag"),
            Source::Env(v) => write!(f, "env {v}"),
            Source::Profile(p) => write!(f, "profile {p}"),
            Source::Default => f.write_str("default"),
        }
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
    pub yes: bool,
    pub dry_run: bool,
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
    /// Flags and environment only: no config file is read (for tests and tools).
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

        // url
        let (url, url_src) = match (&g.url, source_of("url", "REDIS_URL")) {
            (Some(u), Some(src)) => (u.clone(), src),
            _ => match profile.as_ref().and_then(|p| p.url.as_ref()) {
                Some(u) => (u.get_ref().clone(), from_profile()),
                None => (DEFAULT_URL.to_owned(), Source::Default),
            },
        };
        let (url, url_src) = sentinel_target(g, profile.as_ref(), url, url_src, &pname)?;
        effective.push(Effective {
            name: "url",
            value: Some(crate::error::redact_url(&url)),
            source: url_src.clone(),
        });

        // password: in the URL, else REDISCLI_AUTH, else the profile's password_env
        let env_pw = std::env::var("REDISCLI_AUTH")
            .ok()
            .filter(|p| !p.is_empty());
        let (password, pw_src) = if url_has_password(&url) {
            (None, Some(url_src.clone()))
        } else if let Some(pw) = env_pw {
            (Some(pw), Some(Source::Env("REDISCLI_AUTH")))
        } else if let Some(var) = profile.as_ref().and_then(|p| p.password_env.as_ref()) {
            match std::env::var(var).ok().filter(|p| !p.is_empty()) {
                Some(pw) => (Some(pw), Some(from_profile())),
                None => {
                    return Err(Error::usage(format!(
                        "profile '{pname}' takes its password from ${var}, which is not set"
                    ))
                    .hint(format!(
                        "export {var}=... (redops never stores passwords itself)"
                    )));
                }
            }
        } else {
            (None, None)
        };
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
                value: Some(humantime::format_duration(v).to_string()),
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

        let (audit_log, audit_src) = match (
            &g.audit_log,
            source_of("audit_log", "REDOPS_AUDIT_LOG"),
            profile.as_ref().and_then(|p| p.audit_log.as_ref()),
            &loaded,
        ) {
            (Some(a), Some(src), _, _) => (Some(a.clone()), src),
            (_, _, Some(p), Some(l)) => (Some(l.resolve_path(p)), from_profile()),
            _ => (None, Source::Default),
        };
        effective.push(Effective {
            name: "audit_log",
            value: Some(
                audit_log
                    .clone()
                    .unwrap_or_else(crate::safety::default_audit_path)
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
            yes: g.yes,
            dry_run: g.dry_run,
            audit_log,
            audit_syslog: g.audit_syslog
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

fn url_has_password(url: &str) -> bool {
    crate::error::url_password(url).is_some()
}

pub struct Ctx {
    pub settings: Settings,
    pub out: Output,
    /// Set when the operator pressed Ctrl-C: scans stop and report what they have.
    pub interrupted: Arc<AtomicBool>,
    /// Round-trip counters of the clients this command opened, for `REDOPS_TRACE_ROUND_TRIPS`.
    pub round_trips: Mutex<Vec<Arc<AtomicU64>>>,
    /// The command line, passwords redacted, for the audit log.
    pub command_line: String,
    /// The primary a command that writes connected to through Sentinel: the safety gate checks
    /// right before the change that it is still the primary.
    pub sentinel_guard: Mutex<Option<SentinelLink>>,
}

impl Ctx {
    /// Connects for reading.
    pub async fn connect(&self) -> Result<Client> {
        self.open(false).await
    }

    /// Connects for a command that may write: on a cluster, writes use a connection that
    /// never retries.
    pub async fn connect_for_writes(&self) -> Result<Client> {
        self.open(true).await
    }

    async fn open(&self, for_writes: bool) -> Result<Client> {
        let mut opts = self.settings.connect.clone();
        opts.for_writes = for_writes;
        let client = Client::connect(&opts).await?;
        if let Ok(mut counters) = self.round_trips.lock() {
            counters.push(client.round_trip_counter());
        }
        if for_writes
            && let Some(link) = client.sentinel()
            && let Ok(mut guard) = self.sentinel_guard.lock()
        {
            *guard = Some(link.clone());
        }
        Ok(client)
    }

    /// Round trips made after connection set-up by every client this command opened.
    pub fn total_round_trips(&self) -> u64 {
        self.round_trips
            .lock()
            .map(|c| c.iter().map(|a| a.load(Ordering::Relaxed)).sum())
            .unwrap_or(0)
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
}
