//! redops: see and fix the live state of a Redis (or Redis Cluster) serving a fintech platform.
//!
//! The binary (`src/main.rs`) only parses, runs and maps the outcome to an exit code; tests,
//! benchmarks and the binary share everything here.

pub mod audit_log;
pub mod cli;
pub mod client;
pub mod cmd;
pub mod config;
pub mod context;
pub mod datagen;
pub mod error;
pub mod generate;
pub mod help;
pub mod keyspace;
#[cfg(test)]
mod layering;
pub mod output;
pub mod rdb;
pub mod redact;
pub mod safety;
pub mod time;
