//! Reading from replicas: one online replica of each primary, found with `INFO replication`.

use super::{Client, Node, connect};
use redis::aio::ConnectionLike;

/// A replica to read instead of its primary.
#[derive(Clone)]
pub struct ReadNode {
    pub node: Node,
    /// The primary whose data this node holds.
    pub primary: String,
    /// How far the replica is behind, as its primary reports it.
    pub lag: ReplicaLag,
}

/// A replica's lag from its primary's `INFO replication`: bytes of replication stream not yet
/// acknowledged (`master_repl_offset - offset`) and seconds since its last acknowledgement
/// (`lag`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplicaLag {
    pub bytes: Option<u64>,
    pub secs: Option<u64>,
}

/// For one primary: the replica to read, or why there is none to read.
pub enum ReplicaPick {
    Replica(ReadNode),
    /// The primary (`host:port`) and why none of its replicas can be read.
    Missing {
        primary: String,
        reason: String,
    },
}

/// An online replica listed by a primary, with its lag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnlineReplica {
    pub host: String,
    pub port: u16,
    pub lag: ReplicaLag,
}

impl Client {
    /// `--replicas` for a scan: for each primary, one online replica to read (the one that
    /// lags least), or why there is none; never the primary itself. `INFO replication` on
    /// every primary (one round trip), then the replicas' connections (concurrently). A
    /// primary whose INFO is refused, or whose replicas cannot be reached, is `Missing`.
    pub async fn replica_picks(&self) -> Vec<ReplicaPick> {
        let mut info = redis::cmd("INFO");
        info.arg("replication");
        self.count();
        let futs = self.nodes.iter().map(|primary| {
            let mut c = primary.conn.clone();
            let info = &info;
            async move {
                let text = match c.req_packed_command(info).await {
                    Ok(v) => redis::from_redis_value_ref::<String>(&v).unwrap_or_default(),
                    Err(e) => {
                        return ReplicaPick::Missing {
                            primary: primary.addr.clone(),
                            reason: format!(
                                "its replicas could not be listed (INFO replication: {})",
                                crate::error::redact_text(&e.to_string())
                            ),
                        };
                    }
                };
                let mut online = online_replicas(&text);
                if online.is_empty() {
                    return ReplicaPick::Missing {
                        primary: primary.addr.clone(),
                        reason: "it has no online replica".to_owned(),
                    };
                }
                online.sort_by_key(|r| (r.lag.bytes.unwrap_or(u64::MAX), r.lag.secs));
                let mut failures = Vec::new();
                for r in online {
                    match connect::open_replica(&self.opts, &r.host, r.port, self.is_cluster())
                        .await
                    {
                        Ok(node) => {
                            return ReplicaPick::Replica(ReadNode {
                                node,
                                primary: primary.addr.clone(),
                                lag: r.lag,
                            });
                        }
                        Err(e) => failures.push(format!("{}:{}: {}", r.host, r.port, e.message)),
                    }
                }
                ReplicaPick::Missing {
                    primary: primary.addr.clone(),
                    reason: format!(
                        "none of its online replicas could be reached ({})",
                        failures.join("; ")
                    ),
                }
            }
        });
        futures_util::future::join_all(futs).await
    }
}

/// The online replicas listed in an `INFO replication` reply of a primary
/// (`slave0:ip=10.0.0.2,port=6380,state=online,offset=1234,lag=0`), with their lag.
pub fn online_replicas(info: &str) -> Vec<OnlineReplica> {
    let master_offset: Option<u64> = info
        .lines()
        .find_map(|l| l.trim_end().strip_prefix("master_repl_offset:"))
        .and_then(|v| v.parse().ok());
    info.lines()
        .filter_map(|l| {
            let (name, fields) = l.trim_end().split_once(':')?;
            let n = name.strip_prefix("slave")?;
            if n.is_empty() || !n.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let get = |k: &str| {
                fields
                    .split(',')
                    .find_map(|f| f.strip_prefix(k)?.strip_prefix('='))
            };
            if get("state") != Some("online") {
                return None;
            }
            let offset: Option<u64> = get("offset").and_then(|v| v.parse().ok());
            Some(OnlineReplica {
                host: get("ip")?.to_owned(),
                port: get("port")?.parse().ok()?,
                lag: ReplicaLag {
                    bytes: master_offset.zip(offset).map(|(m, o)| m.saturating_sub(o)),
                    secs: get("lag").and_then(|v| v.parse().ok()),
                },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_online_replicas() {
        let info = "# Replication\r\nrole:master\r\nconnected_slaves:3\r\n\
            slave0:ip=10.0.0.2,port=6380,state=online,offset=1,lag=0\r\n\
            slave1:ip=10.0.0.3,port=6381,state=wait_bgsave,offset=0,lag=0\r\n\
            slave2:ip=10.0.0.4,port=6382,state=online,offset=1,lag=1\r\n\
            slave_read_repl_offset:1\r\nmaster_repl_offset:1\r\n";
        let got: Vec<(String, u16, ReplicaLag)> = online_replicas(info)
            .into_iter()
            .map(|r| (r.host, r.port, r.lag))
            .collect();
        let lag = |b, s| ReplicaLag {
            bytes: Some(b),
            secs: Some(s),
        };
        assert_eq!(
            got,
            vec![
                ("10.0.0.2".to_owned(), 6380, lag(0, 0)),
                ("10.0.0.4".to_owned(), 6382, lag(0, 1))
            ]
        );
        let behind =
            "master_repl_offset:1500\r\nslave0:ip=h,port=1,state=online,offset=1000,lag=3\r\n";
        assert_eq!(online_replicas(behind)[0].lag, lag(500, 3));
        assert!(online_replicas("role:master\r\nconnected_slaves:0\r\n").is_empty());
    }
}
