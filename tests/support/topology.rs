//! One scenario, two topologies: [`Topology`] is a standalone server or a 3-primary cluster
//! behind one interface, and [`topology_test!`] makes the pair of `#[test]`s that runs a
//! scenario on each.
//!
//! ```ignore
//! use crate::support::{Topology, topology_test};
//!
//! fn reclaim_to_a_live_worker(t: &Topology) { /* t.url(), t.conn(), t.run(&env, args) */ }
//! topology_test!(reclaim_to_a_live_worker: reclaim_to_a_live_worker_standalone, reclaim_to_a_live_worker_cluster);
//!
//! // Or with the scenario inline (the body sees `t: &Topology`):
//! topology_test!(list_standalone, list_cluster, |t| { check_list(&t.url()); });
//! ```
//!
//! Both test names are written out (macro_rules cannot make `name_standalone` from `name`
//! without a proc-macro crate), so every existing test keeps its exact name.

use super::{Env, RedisCluster, RedisServer, Run};
use redis::ConnectionLike;

/// The server under test: standalone or a 3-primary cluster.
pub enum Topology {
    Standalone(RedisServer),
    Cluster(RedisCluster),
}

impl Topology {
    pub fn standalone() -> Topology {
        Topology::Standalone(RedisServer::start())
    }

    pub fn cluster() -> Topology {
        Topology::Cluster(RedisCluster::start())
    }

    pub fn is_cluster(&self) -> bool {
        matches!(self, Topology::Cluster(_))
    }

    /// What `-u` takes (one seed node on a cluster).
    pub fn url(&self) -> String {
        match self {
            Topology::Standalone(s) => s.url(),
            Topology::Cluster(c) => c.url(),
        }
    }

    /// A connection as an application opens it (follows the slot map on a cluster).
    pub fn conn(&self) -> Box<dyn ConnectionLike + Send> {
        match self {
            Topology::Standalone(s) => Box::new(s.conn()),
            Topology::Cluster(c) => Box::new(c.conn()),
        }
    }

    /// The port of the node holding `key`.
    pub fn port_for(&self, key: &str) -> u16 {
        match self {
            Topology::Standalone(s) => s.port,
            Topology::Cluster(c) => c.nodes[c.node_of(key)].port,
        }
    }

    /// A direct connection to the node holding `key` (one key's commands can be pipelined).
    pub fn node_conn(&self, key: &str) -> redis::Connection {
        redis::Client::open(format!("redis://127.0.0.1:{}", self.port_for(key)))
            .expect("client")
            .get_connection()
            .expect("connect")
    }

    /// Runs `redops -u URL ARGS`.
    pub fn run(&self, env: &Env, args: &[&str]) -> Run {
        let url = self.url();
        let mut all = vec!["-u", url.as_str()];
        all.extend_from_slice(args);
        env.run(&all)
    }
}

/// The pair of tests running one scenario on a standalone server and on a cluster.
///
/// `topology_test!(scenario: name_standalone, name_cluster);` calls `scenario(&Topology)`;
/// `topology_test!(name_standalone, name_cluster, |t| { ... });` runs the block with
/// `t: &Topology`.
macro_rules! topology_test {
    ($scenario:path: $standalone:ident, $cluster:ident) => {
        #[test]
        fn $standalone() {
            $scenario(&$crate::support::Topology::standalone());
        }

        #[test]
        fn $cluster() {
            $scenario(&$crate::support::Topology::cluster());
        }
    };
    ($standalone:ident, $cluster:ident, |$t:ident| $body:block) => {
        #[test]
        fn $standalone() {
            let topology = $crate::support::Topology::standalone();
            let $t: &$crate::support::Topology = &topology;
            $body
        }

        #[test]
        fn $cluster() {
            let topology = $crate::support::Topology::cluster();
            let $t: &$crate::support::Topology = &topology;
            $body
        }
    };
}
pub(crate) use topology_test;
