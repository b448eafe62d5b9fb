//! Which pending entries a command looks at: the operator's filter flags (`pending`, `ack`)
//! and the query the reads run page by page.

use crate::cli::parse_duration;
use clap::Args;
use std::time::Duration;

/// Which pending entries a command looks at.
#[derive(Debug, Args, Clone, Default)]
pub struct PendingFilter {
    /// Only entries pending on this consumer
    #[arg(long, value_name = "NAME")]
    pub consumer: Option<String>,

    /// Only entries idle (not delivered) for at least this long (30s, 5m, 1h)
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub min_idle: Option<Duration>,

    /// Only entries delivered at least this many times
    #[arg(long, value_name = "N")]
    pub min_deliveries: Option<u64>,

    /// At most this many entries (oldest first). Without it, `ack` handles at most 10,000 per
    /// run and says when more match
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
}

impl PendingFilter {
    pub fn any(&self) -> bool {
        self.consumer.is_some()
            || self.min_idle.is_some()
            || self.min_deliveries.is_some()
            || self.count.is_some()
    }
}

/// Which pending entries to read, page by page.
pub struct PendingQuery<'a> {
    pub consumer: Option<&'a [u8]>,
    pub min_idle_ms: u64,
    pub min_deliveries: Option<u64>,
    pub limit: Option<u64>,
    pub page_size: u64,
    pub payload: bool,
}

impl<'a> PendingQuery<'a> {
    pub fn from_filter(f: &'a PendingFilter, page_size: u64, payload: bool) -> Self {
        PendingQuery {
            consumer: f.consumer.as_deref().map(str::as_bytes),
            min_idle_ms: f.min_idle.map(|d| d.as_millis() as u64).unwrap_or(0),
            min_deliveries: f.min_deliveries,
            limit: f.count,
            page_size,
            payload,
        }
    }
}
