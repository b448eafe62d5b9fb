//! One integration-test binary (faster to build than one per file); each `test_*` module
//! covers one subcommand group against real redis-server processes.

mod support;

mod test_connection;
mod test_generated;
mod test_lock;
mod test_memory;
