//! Reading from replicas: one online replica of each primary, found with `INFO replication`.

use super::{Client, Node, connect};
use crate::error::Result;

/// A node to read from for one primary: a replica when it has an online one, else the primary.
#[derive(Clone)]
pub struct ReadNode {
    pub node: Node,
    /// The primary whose data this node holds.
    pub primary: String,
    pub is_replica: bool,
}

impl Client {
    /// For each primary, a connection to one of its online replicas (READONLY on a cluster),
    /// or the primary itself when it has none. One round trip (`INFO replication` on every
    /// primary), then one connection per replica.
    pub async fn replica_nodes(&self) -> Result<Vec<ReadNode>> {
        let mut info = redis::cmd("INFO");
        info.arg("replication");
        let answers = self
            .query_all_nodes(&info, "finding replicas (INFO replication)")
            .await?;
        let futs = answers.into_iter().map(|(primary, v)| async move {
            let text = redis::from_redis_value_ref::<String>(&v).unwrap_or_default();
            match online_replicas(&text).into_iter().next() {
                Some((host, port)) => {
                    let node =
                        connect::open_replica(&self.opts, &host, port, self.is_cluster()).await?;
                    Ok(ReadNode {
                        node,
                        primary: primary.addr,
                        is_replica: true,
                    })
                }
                None => Ok(ReadNode {
                    primary: primary.addr.clone(),
                    node: primary,
                    is_replica: false,
                }),
            }
        });
        futures_util::future::join_all(futs)
            .await
            .into_iter()
            .collect()
    }
}

/// The online replicas listed in an `INFO replication` reply of a primary
/// (`slave0:ip=10.0.0.2,port=6380,state=online,offset=1234,lag=0`).
pub fn online_replicas(info: &str) -> Vec<(String, u16)> {
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
            Some((get("ip")?.to_owned(), get("port")?.parse().ok()?))
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
        assert_eq!(
            online_replicas(info),
            vec![("10.0.0.2".to_owned(), 6380), ("10.0.0.4".to_owned(), 6382)]
        );
        assert!(online_replicas("role:master\r\nconnected_slaves:0\r\n").is_empty());
    }
}
