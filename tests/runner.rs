//! One integration-test binary (faster to build than one per file); each `test_*` module
//! covers one subcommand group against real redis-server processes.

mod support;

mod test_audit;
mod test_budget;
mod test_check;
mod test_connection;
mod test_demo;
mod test_docs;
mod test_fuzz;
mod test_generated;
mod test_help;
mod test_hostile;
mod test_kill;
mod test_leaderboard;
mod test_lock;
mod test_memory;
mod test_notouch;
mod test_profiles;
mod test_progress;
mod test_ratelimit;
mod test_rdb;
mod test_reliability;
mod test_replicas;
mod test_round_trips;
mod test_sentinel;
mod test_session;
mod test_snapshots;
mod test_stream;
mod test_trust;
mod test_versions;
