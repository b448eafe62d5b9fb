//! What the server at the other end is and can do: flavor and version from `INFO server`
//! (read in the connection set-up round trip, never in one of its own), and the features that
//! differ between the versions production runs (Redis 6.2 to 8.x, Valkey 7.2 to 9.x).

use crate::error::{Error, Result};
use std::fmt;

/// A server version, `major.minor.patch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub u32, pub u32, pub u32);

impl Version {
    /// Parses `7.2.4` (a missing patch is 0); `None` for anything else.
    pub fn parse(s: &str) -> Option<Version> {
        let mut it = s.trim().split('.');
        let major = it.next()?.parse().ok()?;
        let minor = it.next()?.parse().ok()?;
        let patch = match it.next() {
            Some(p) => p.parse().ok()?,
            None => 0,
        };
        Some(Version(major, minor, patch))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// Which server software answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Redis,
    /// Valkey reports `redis_version:7.2.4` (what it is compatible with) and `valkey_version`.
    Valkey,
}

impl Flavor {
    pub fn name(self) -> &'static str {
        match self {
            Flavor::Redis => "Redis",
            Flavor::Valkey => "Valkey",
        }
    }
}

/// A behaviour that differs between server versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    /// `INFO server replication` (several sections in one call): Redis 7.0+.
    MultiSectionInfo,
    /// `XINFO GROUPS` reports `entries-read` and `lag`; `XAUTOCLAIM` replies with 3 elements
    /// (the third: ids of deleted entries): Redis 7.0+.
    StreamLag,
    /// `CLIENT NO-TOUCH`: reads that leave LRU/LFU data alone: Redis 7.2+, every Valkey.
    ClientNoTouch,
    /// Hash fields with their own TTL (`HEXPIRE`, `HPEXPIRE`, `HPTTL`, `HPERSIST`): Redis 7.4+,
    /// Valkey 9.0+.
    HashFieldTtl,
}

impl Feature {
    /// The first Redis version with it, and the first Valkey version (Valkey began at 7.2.4,
    /// so `7.2` means every Valkey).
    fn since(self) -> (Version, Version) {
        match self {
            Feature::MultiSectionInfo | Feature::StreamLag => (Version(7, 0, 0), Version(7, 2, 0)),
            Feature::ClientNoTouch => (Version(7, 2, 0), Version(7, 2, 0)),
            Feature::HashFieldTtl => (Version(7, 4, 0), Version(9, 0, 0)),
        }
    }

    /// What the feature is, in an operator's words.
    pub fn describe(self) -> &'static str {
        match self {
            Feature::MultiSectionInfo => "INFO with several sections",
            Feature::StreamLag => "consumer-group lag (XINFO GROUPS entries-read/lag)",
            Feature::ClientNoTouch => "CLIENT NO-TOUCH",
            Feature::HashFieldTtl => "per-field TTLs on hashes (HEXPIRE/HPTTL)",
        }
    }

    /// "Redis 7.4 or later (Valkey 9.0 or later)"; "Redis 7.0 or later" when every Valkey has it.
    pub fn needs(self) -> String {
        let (redis, valkey) = self.since();
        let short = |v: Version| format!("{}.{}", v.0, v.1);
        if valkey <= Version(7, 2, 4) {
            format!("Redis {} or later (or any Valkey)", short(redis))
        } else {
            format!(
                "Redis {} or later (Valkey {} or later)",
                short(redis),
                short(valkey)
            )
        }
    }
}

/// The server behind one connection, from its `INFO server`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerCaps {
    /// `None` when `INFO server` could not be read (e.g. refused to a restricted ACL user).
    pub flavor: Option<Flavor>,
    /// The flavor's own version (Valkey 8.1.1: 8.1.1).
    pub version: Option<Version>,
    /// `redis_version`: for Valkey, the Redis version it is compatible with.
    pub redis_version: Option<Version>,
}

impl ServerCaps {
    /// Nothing known: every feature is assumed present (the server's own error then says what
    /// it lacks), and messages say the version is unknown.
    pub fn unknown() -> ServerCaps {
        ServerCaps {
            flavor: None,
            version: None,
            redis_version: None,
        }
    }

    /// From an `INFO server` (or full `INFO`) reply.
    pub fn from_info(info: &str) -> ServerCaps {
        let field = |name: &str| {
            info.lines()
                .filter_map(|l| l.trim_end().split_once(':'))
                .find(|(k, _)| *k == name)
                .and_then(|(_, v)| Version::parse(v))
        };
        let redis_version = field("redis_version");
        let valkey_version = field("valkey_version");
        let is_valkey =
            valkey_version.is_some() || info.lines().any(|l| l.trim_end() == "server_name:valkey");
        match (is_valkey, redis_version) {
            (true, _) => ServerCaps {
                flavor: Some(Flavor::Valkey),
                version: valkey_version.or(redis_version),
                redis_version,
            },
            (false, Some(v)) => ServerCaps {
                flavor: Some(Flavor::Redis),
                version: Some(v),
                redis_version: Some(v),
            },
            (false, None) => ServerCaps::unknown(),
        }
    }

    /// Whether a `CLIENT NO-TOUCH` client can crash this server. Redis 8.0 to 8.2 and Valkey 8.1
    /// read `server.executing_client->cmd` in `lookupKey` without checking that it is set, and
    /// it is not set while a cluster node routes a command on a key of a migrating or
    /// importing slot, nor while it serves clients blocked on a key a NO-TOUCH client wrote:
    /// the server dies with SIGSEGV (seen here on Redis 8.0.2 and Valkey 8.1.1; fixed by
    /// redis/redis#14415 and valkey-io/valkey#2347). An unknown version counts as at risk.
    pub fn no_touch_can_crash(&self) -> bool {
        match (self.flavor, self.version) {
            (Some(Flavor::Redis), Some(v)) => v >= Version(7, 9, 0) && v < Version(8, 4, 0),
            (Some(Flavor::Valkey), Some(v)) => v >= Version(8, 1, 0) && v < Version(9, 0, 0),
            _ => true,
        }
    }

    /// Whether the server has `f` (assumed yes when the version is unknown).
    pub fn has(&self, f: Feature) -> bool {
        let (redis, valkey) = f.since();
        match (self.flavor, self.version) {
            (Some(Flavor::Redis), Some(v)) => v >= redis,
            (Some(Flavor::Valkey), Some(v)) => v >= valkey,
            _ => true,
        }
    }

    /// Exit 5 with "`what` needs Redis 7.4 or later ...: this server is Redis 6.2.14" when the
    /// server lacks `f`.
    pub fn require(&self, f: Feature, what: &str) -> Result<()> {
        if self.has(f) {
            return Ok(());
        }
        Err(self.lacks(f, what))
    }

    /// The error for a server that lacks `f` (see [`ServerCaps::require`]).
    pub fn lacks(&self, f: Feature, what: &str) -> Error {
        Error::refused(format!(
            "{what} needs {}: this server is {}",
            f.needs(),
            self.describe()
        ))
        .hint(format!(
            "{} is what is missing; upgrade the server, or run this against one that has it",
            f.describe()
        ))
    }

    /// "Redis 7.0.15", "Valkey 8.1.1 (Redis 7.2.4 compatible)", "unknown version (INFO server
    /// refused)".
    pub fn describe(&self) -> String {
        match (self.flavor, self.version) {
            (Some(Flavor::Valkey), Some(v)) => match self.redis_version {
                Some(r) => format!("Valkey {v} (Redis {r} compatible)"),
                None => format!("Valkey {v}"),
            },
            (Some(f), Some(v)) => format!("{} {v}", f.name()),
            _ => "a server of unknown version (INFO server was refused)".to_string(),
        }
    }

    /// The flavor's version as text, `None` when unknown.
    pub fn version_text(&self) -> Option<String> {
        self.version.map(|v| v.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REDIS_62: &str =
        "# Server\r\nredis_version:6.2.14\r\nredis_git_sha1:40305114\r\nredis_mode:standalone\r\n";
    const VALKEY_81: &str = "# Server\r\nredis_version:7.2.4\r\nserver_name:valkey\r\nvalkey_version:8.1.1\r\nvalkey_release_stage:ga\r\n";
    const REDIS_80: &str = "# Server\r\nredis_version:8.0.2\r\nredis_mode:standalone\r\n";

    #[test]
    fn reads_flavor_and_version() {
        let r = ServerCaps::from_info(REDIS_62);
        assert_eq!(r.flavor, Some(Flavor::Redis));
        assert_eq!(r.version, Some(Version(6, 2, 14)));
        assert_eq!(r.describe(), "Redis 6.2.14");
        let v = ServerCaps::from_info(VALKEY_81);
        assert_eq!(v.flavor, Some(Flavor::Valkey));
        assert_eq!(v.version, Some(Version(8, 1, 1)));
        assert_eq!(v.describe(), "Valkey 8.1.1 (Redis 7.2.4 compatible)");
        assert_eq!(ServerCaps::from_info("").flavor, None);
        assert!(ServerCaps::from_info("").describe().contains("unknown"));
    }

    #[test]
    fn features_by_version_and_flavor() {
        let r62 = ServerCaps::from_info(REDIS_62);
        let v81 = ServerCaps::from_info(VALKEY_81);
        let r80 = ServerCaps::from_info(REDIS_80);
        let r70 = ServerCaps::from_info("redis_version:7.0.15\r\n");
        for f in [Feature::MultiSectionInfo, Feature::StreamLag] {
            assert!(!r62.has(f));
            assert!(r70.has(f) && v81.has(f) && r80.has(f));
        }
        assert!(!r70.has(Feature::ClientNoTouch));
        assert!(v81.has(Feature::ClientNoTouch) && r80.has(Feature::ClientNoTouch));
        assert!(r80.has(Feature::HashFieldTtl));
        assert!(!v81.has(Feature::HashFieldTtl) && !r70.has(Feature::HashFieldTtl));
        assert!(ServerCaps::from_info("valkey_version:9.0.0\r\n").has(Feature::HashFieldTtl));
        // Unknown: assumed present, so the server's own answer decides.
        assert!(ServerCaps::unknown().has(Feature::HashFieldTtl));
    }

    #[test]
    fn lacking_a_feature_says_which_version_is_needed() {
        let e = ServerCaps::from_info(REDIS_62)
            .require(Feature::StreamLag, "stream lag")
            .expect_err("6.2 lacks it");
        assert_eq!(e.code, crate::error::ExitCode::Refused);
        assert_eq!(
            e.message,
            "stream lag needs Redis 7.0 or later (or any Valkey): this server is Redis 6.2.14"
        );
        let e = ServerCaps::from_info(VALKEY_81)
            .require(Feature::HashFieldTtl, "field TTLs")
            .expect_err("valkey 8.1 lacks it");
        assert_eq!(
            e.message,
            "field TTLs needs Redis 7.4 or later (Valkey 9.0 or later): this server is Valkey 8.1.1 (Redis 7.2.4 compatible)"
        );
    }
}
