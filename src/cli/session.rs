use crate::cli::parse_duration;
use clap::{ArgGroup, Args, Subcommand};
use ipnet::IpNet;
use std::net::IpAddr;
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// List trading sessions of one user, or across the platform with filters
    ///
    /// With --user, reads sessions:user:{ID} (one round trip): newest activity first, exit 4
    /// when the user has no sessions. Without it, scans every primary for sessions:user:* and
    /// reads each batch of keys in one pipeline; --output ndjson streams sessions as found.
    /// A value that is not the expected JSON is listed with its raw value and an `error`; a key
    /// of another type under the pattern is reported and skipped.
    List(ListArgs),
    /// End sessions: chosen ones, all of a user's, or every session from an IP range or device
    ///
    /// Reads the sessions that match, shows them, asks for confirmation (or --yes), writes an
    /// audit line with each session's full value, then deletes each field atomically only if
    /// its value is still exactly the one read (Lua compare-then-delete). Sessions that changed
    /// or ended in between are reported as skipped; sessions created after the read are never
    /// touched. Any number of sessions: the scripts are sized to --latency-budget, sent node by
    /// node (each round trip within --timeout, redirects followed, never retried), and a large
    /// kill is audited part by part, each part before it is sent. The report says per node
    /// what was ended, skipped, unknown (sent, no reply) and not sent.
    #[command(group(ArgGroup::new("target").required(true).multiple(true).args(["session", "session_hex", "all", "ip", "device"])))]
    Kill(KillArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this user's sessions (the key sessions:user:{ID}), in one round trip
    #[arg(long, value_name = "ID")]
    pub user: Option<String>,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Last activity longer ago than this (e.g. 30m, 12h), by the server's clock
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub idle_over: Option<Duration>,

    /// Last activity within this long (e.g. 5m), by the server's clock
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub active_within: Option<Duration>,

    /// Only users holding more than N sessions (with --summary: the limit counted against)
    #[arg(long, value_name = "N", conflicts_with = "user")]
    pub over_limit: Option<u64>,

    /// Counts instead of rows: users, sessions, by device, users over the limit, hashes without TTL
    #[arg(long, conflicts_with = "user")]
    pub summary: bool,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

/// Filters shared by `list` and `kill`.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)
    #[arg(long, value_name = "ADDR|CIDR", value_parser = parse_ip_filter)]
    pub ip: Option<IpNet>,

    /// Only sessions of this device_type (web, mobile, desktop; case-insensitive)
    #[arg(long, value_name = "TYPE")]
    pub device: Option<String>,
}

#[derive(Debug, Args)]
pub struct KillArgs {
    /// The user whose sessions end (required with --session and --all)
    #[arg(long, value_name = "ID")]
    pub user: Option<String>,

    /// End exactly these sessions of --user (session ids, the hash fields)
    #[arg(long, value_name = "SID", num_args = 1.., requires = "user", conflicts_with_all = ["all", "ip", "device"])]
    pub session: Vec<String>,

    /// Like --session, for session ids that are not UTF-8, given as hex (as in `session_id_hex`)
    #[arg(long, value_name = "HEX", num_args = 1.., requires = "user", conflicts_with_all = ["all", "ip", "device"], value_parser = parse_hex_arg)]
    pub session_hex: Vec<Vec<u8>>,

    /// End every session of --user
    #[arg(long, requires = "user", conflicts_with_all = ["ip", "device"])]
    pub all: bool,

    #[command(flatten)]
    pub filter: FilterArgs,

    // No --replicas: the sessions a kill ends are always read on the primary.
    #[command(flatten)]
    pub scan: crate::cli::WriteScanArgs,
    #[command(flatten)]
    pub safety: crate::cli::SafetyArgs,
}

fn parse_hex_arg(s: &str) -> Result<Vec<u8>, String> {
    crate::output::parse_hex(s)
}

/// Parses `--ip`: a single address (as a /32 or /128) or a CIDR.
pub fn parse_ip_filter(s: &str) -> Result<IpNet, String> {
    let t = s.trim();
    if let Ok(net) = t.parse::<IpNet>() {
        return Ok(net.trunc());
    }
    if let Ok(addr) = t.parse::<IpAddr>() {
        return Ok(IpNet::from(addr));
    }
    Err(format!(
        "'{s}' is not an IP address or CIDR; use e.g. 10.1.2.3, 10.1.0.0/16 or 2001:db8::/32"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_filters() {
        assert_eq!(
            parse_ip_filter("10.1.0.0/16").unwrap().to_string(),
            "10.1.0.0/16"
        );
        assert_eq!(
            parse_ip_filter("10.1.2.3/16").unwrap().to_string(),
            "10.1.0.0/16"
        );
        assert_eq!(
            parse_ip_filter("10.1.2.3").unwrap().to_string(),
            "10.1.2.3/32"
        );
        assert_eq!(
            parse_ip_filter("2001:db8::1").unwrap().to_string(),
            "2001:db8::1/128"
        );
        assert!(parse_ip_filter("10.1.0.0/33").is_err());
        assert!(parse_ip_filter("10.1.0").is_err());
        assert!(parse_ip_filter("").is_err());
    }
}
