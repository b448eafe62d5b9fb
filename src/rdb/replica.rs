//! Streaming a snapshot from a server over the replication protocol (placeholder).
