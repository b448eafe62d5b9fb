use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum LockCommand {
    /// Show one lock's token and remaining TTL, or every lock sorted by remaining TTL
    ///
    /// With RESOURCE, reads lock:{RESOURCE}: exit 4 when it is not held, 6 when the key is not a
    /// string. Without it, scans every primary for lock:* and lists each lock, locks without a
    /// TTL (which never free themselves) first.
    Inspect(InspectArgs),
    /// Release a lock left by a dead worker, only if its token is still the one seen
    ///
    /// Reads the current token and TTL, shows them, asks for confirmation (or --yes), writes an
    /// audit line, then deletes the key atomically only if the token is unchanged (a Lua
    /// compare-and-delete, never a plain DEL). If another worker took the lock in between,
    /// nothing is deleted and the exit code is 5.
    ForceRelease(ForceReleaseArgs),
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The locked resource, e.g. withdrawal:42 for the key lock:withdrawal:42
    pub resource: Option<String>,

    /// Without RESOURCE: only resources matching this glob (e.g. 'withdrawal:*')
    #[arg(long, value_name = "GLOB", conflicts_with = "resource")]
    pub pattern: Option<String>,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

#[derive(Debug, Args)]
pub struct ForceReleaseArgs {
    /// The locked resource, e.g. withdrawal:42 for the key lock:withdrawal:42
    pub resource: String,

    /// Release only if the lock holds exactly this token
    #[arg(long, value_name = "TOKEN", conflicts_with = "token_hex")]
    pub token: Option<String>,

    /// Like --token, for a token that is not UTF-8, given as hex
    #[arg(long, value_name = "HEX")]
    pub token_hex: Option<String>,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}
