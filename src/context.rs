//! What every command gets: the resolved settings (before any I/O), output, and a way to connect.

use crate::cli::GlobalArgs;
use crate::client::{Client, ConnectOptions};
use crate::error::Result;
use crate::keyspace::Keyspace;
use crate::output::Output;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

pub const DEFAULT_URL: &str = "redis://127.0.0.1:6379";

/// Settings resolved from flags, environment and (later) the profile, before any I/O.
#[derive(Debug, Clone)]
pub struct Settings {
    pub connect: ConnectOptions,
    pub yes: bool,
    pub dry_run: bool,
    pub audit_log: Option<PathBuf>,
    pub profile: Option<String>,
    /// A read-only profile refuses every destructive command before connecting.
    pub read_only: bool,
    pub keyspace: Keyspace,
}

impl Settings {
    pub fn from_args(g: &GlobalArgs) -> Result<Settings> {
        let cluster = match (g.cluster, g.no_cluster) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        };
        Ok(Settings {
            connect: ConnectOptions {
                url: g.url.clone().unwrap_or_else(|| DEFAULT_URL.to_owned()),
                password: std::env::var("REDISCLI_AUTH")
                    .ok()
                    .filter(|p| !p.is_empty()),
                tls_ca: g.tls_ca.clone(),
                tls_cert: g.tls_cert.clone(),
                tls_key: g.tls_key.clone(),
                timeout: g.timeout,
                connect_timeout: g.connect_timeout,
                cluster,
                for_writes: false,
            },
            yes: g.yes,
            dry_run: g.dry_run,
            audit_log: g.audit_log.clone(),
            profile: g.profile.clone(),
            read_only: false,
            keyspace: Keyspace::default(),
        })
    }
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
