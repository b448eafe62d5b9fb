//! The latency budget (`--latency-budget`): the one place that decides how big a SCAN COUNT, a
//! read pipeline or a key-reading script call may be, so that no command redops sends keeps the
//! server busy longer than the budget, and so that the application sharing the server keeps
//! its latency.
//!
//! How the sizes are found, per node, while the command runs:
//! - A command's server time is estimated as its round-trip time minus the node's baseline
//!   round trip (the quickest `PING` seen on it), so the estimate holds over a slow link too.
//!   Client-side delays only make the estimate larger: the sizing errs on the gentle side.
//! - Each size starts small and grows by half while what a call cost is under 40% of the
//!   budget; when a call went over 80% of it, the size shrinks at once to what would have fit
//!   in half the budget. (The margin absorbs a preempted server and keys larger than the last.)
//! - What the application feels: between SCAN calls (at most every 10 ms), a `PING` on the
//!   scan's own connection. When its round trip rises above the baseline by more than the
//!   budget, every size on that node is halved and the node's reads and scans pause briefly.
//! - With the budget off, nothing is measured and nothing is split: the fixed sizes of before
//!   (SCAN COUNT 1000, whole batches, 1,000 keys per script call).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// SCAN COUNT of a scan's first call under a budget.
pub const START_SCAN_COUNT: u32 = 50;
/// The smallest SCAN COUNT the sizing goes down to (the server's own default).
pub const MIN_SCAN_COUNT: u32 = 10;
/// SCAN COUNT ceiling under a budget when `--scan-count` was not given.
pub const MAX_SCAN_COUNT: u32 = 5000;
/// SCAN COUNT with the budget off and no `--scan-count` (what redops always sent before).
pub const UNBUDGETED_SCAN_COUNT: u32 = 1000;
/// Commands in a read pipeline's first chunk under a budget.
const START_CHUNK: f64 = 64.0;
/// Largest read-pipeline chunk under a budget.
const MAX_CHUNK: f64 = 8192.0;
/// Keys in a key-reading script call's first chunk under a budget.
const START_SCRIPT_KEYS: f64 = 16.0;
/// Keys per script call with the budget off (and the ceiling under one).
pub const MAX_SCRIPT_KEYS: usize = 1000;
/// A size that went over [`SHRINK_ABOVE`] of the budget shrinks to what fits in this share of
/// it; one under [`GROW_BELOW`] of it grows by half. The margin keeps a call inside the budget
/// when the server is preempted or the keys read are larger than the last ones.
const TARGET: f64 = 0.5;
const SHRINK_ABOVE: f64 = 0.8;
const GROW_BELOW: f64 = 0.4;
/// How often, at most, the scan probes what the application feels.
const PROBE_EVERY: Duration = Duration::from_millis(10);
/// The longest pause after a probe found the application waiting.
const MAX_PAUSE: Duration = Duration::from_millis(20);

/// What is being sized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// SCAN COUNT.
    Scan,
    /// Commands per read pipeline.
    Read,
    /// Keys per key-reading script call.
    Script,
}

/// An adaptive size: `cur` moves between `min` and `max`.
#[derive(Debug, Clone, Copy)]
struct Size {
    cur: f64,
    min: f64,
    max: f64,
}

impl Size {
    fn new(start: f64, min: f64, max: f64) -> Size {
        Size {
            cur: start.clamp(min, max),
            min,
            max,
        }
    }

    fn get(&self) -> usize {
        self.cur.round().max(1.0) as usize
    }

    /// `used` units cost `took` of server time.
    fn adapt(&mut self, used: usize, took: Duration, budget: Duration) {
        let used = used.max(1) as f64;
        let per_unit = took.as_secs_f64() / used;
        let fits = if per_unit > 0.0 {
            TARGET * budget.as_secs_f64() / per_unit
        } else {
            self.max
        };
        if took > budget.mul_f64(SHRINK_ABOVE) {
            // Over (or close to it): shrink at once to what would have fit.
            self.cur = self.cur.min(fits).max(self.min);
        } else if took < budget.mul_f64(GROW_BELOW) && used >= 0.5 * self.cur {
            // Well under, with a call that used most of the size: grow by half.
            self.cur = (self.cur * 1.5).min(fits.max(self.cur)).min(self.max);
        }
    }
}

#[derive(Debug, Clone)]
struct NodePace {
    /// The quickest PING round trip seen on this node.
    base: Option<Duration>,
    scan: Size,
    read: Size,
    script: Size,
    pause_until: Option<Instant>,
    last_probe: Option<Instant>,
}

/// Counters of what the sizing did, for `-v`, tests and the benchmark.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaceStats {
    /// SCAN calls sent.
    pub scans: u64,
    /// The largest SCAN COUNT sent.
    pub max_scan_count: u32,
    /// Calls whose estimated server time was over the budget (each shrank its size).
    pub over_budget: u64,
    /// Probes sent, and how many found the application waiting longer than the budget.
    pub probes: u64,
    pub backoffs: u64,
    /// Read pipelines split into several chunks.
    pub split_reads: u64,
}

impl PaceStats {
    /// Adds another client's counters.
    pub fn add(&mut self, o: &PaceStats) {
        self.scans += o.scans;
        self.max_scan_count = self.max_scan_count.max(o.max_scan_count);
        self.over_budget += o.over_budget;
        self.probes += o.probes;
        self.backoffs += o.backoffs;
        self.split_reads += o.split_reads;
    }
}

/// The budget and the sizes it led to, per node. One per [`super::Client`].
#[derive(Debug, Default)]
pub struct Pacing {
    budget: Option<Duration>,
    nodes: Mutex<HashMap<String, NodePace>>,
    stats: Mutex<PaceStats>,
}

impl Pacing {
    pub fn new(budget: Option<Duration>) -> Pacing {
        Pacing {
            budget,
            ..Default::default()
        }
    }

    /// The budget (`None`: off).
    pub fn budget(&self) -> Option<Duration> {
        self.budget
    }

    /// How many scan batches a command reads at once over `nodes` nodes: one per node under a
    /// budget (beside the scan itself, so the server has gaps for the application); with the
    /// budget off, `unbudgeted` (the server answers one while the next is parsed).
    pub fn reads_in_flight(&self, nodes: usize, unbudgeted: usize) -> usize {
        match self.budget {
            Some(_) => nodes.max(1),
            None => unbudgeted.max(1),
        }
    }

    pub fn stats(&self) -> PaceStats {
        self.stats.lock().map(|s| s.clone()).unwrap_or_default()
    }

    fn with_node<T>(&self, node: &str, f: impl FnOnce(&mut NodePace) -> T) -> Option<T> {
        let mut nodes = self.nodes.lock().ok()?;
        let pace = nodes.entry(node.to_owned()).or_insert_with(|| NodePace {
            base: None,
            scan: Size::new(
                f64::from(START_SCAN_COUNT),
                f64::from(MIN_SCAN_COUNT),
                f64::from(MAX_SCAN_COUNT),
            ),
            read: Size::new(START_CHUNK, 1.0, MAX_CHUNK),
            script: Size::new(START_SCRIPT_KEYS, 1.0, MAX_SCRIPT_KEYS as f64),
            pause_until: None,
            last_probe: None,
        });
        Some(f(pace))
    }

    fn stat(&self, f: impl FnOnce(&mut PaceStats)) {
        if let Ok(mut s) = self.stats.lock() {
            f(&mut s);
        }
    }

    /// The next SCAN COUNT on `node`. `ceiling`: `--scan-count` when given. With the budget
    /// off: `--scan-count`, or 1000.
    pub fn scan_count(&self, node: &str, ceiling: Option<u32>) -> u32 {
        let count = match self.budget {
            None => ceiling.unwrap_or(UNBUDGETED_SCAN_COUNT),
            Some(_) => {
                let c = self
                    .with_node(node, |p| p.scan.get())
                    .unwrap_or(START_SCAN_COUNT as usize);
                let c = u32::try_from(c).unwrap_or(MAX_SCAN_COUNT);
                ceiling.map_or(c, |max| c.min(max))
            }
        };
        self.stat(|s| {
            s.scans += 1;
            s.max_scan_count = s.max_scan_count.max(count);
        });
        count
    }

    /// How many units of `work` the next call on `node` may carry (`usize::MAX` when off for
    /// reads; 1,000 keys per script call when off).
    pub fn size(&self, node: &str, work: Work) -> usize {
        match (self.budget, work) {
            (None, Work::Script) => MAX_SCRIPT_KEYS,
            (None, _) => usize::MAX,
            (Some(_), _) => self
                .with_node(node, |p| match work {
                    Work::Scan => p.scan.get(),
                    Work::Read => p.read.get(),
                    Work::Script => p.script.get(),
                })
                .unwrap_or(1),
        }
    }

    /// The node's baseline round trip, when known.
    pub fn base(&self, node: &str) -> Option<Duration> {
        self.budget?;
        self.with_node(node, |p| p.base).flatten()
    }

    /// A PING's round trip on `node`: the baseline is the quickest one.
    pub fn baseline(&self, node: &str, rtt: Duration) {
        if self.budget.is_none() {
            return;
        }
        self.with_node(node, |p| {
            p.base = Some(p.base.map_or(rtt, |b| b.min(rtt)));
        });
    }

    /// A call of `used` units of `work` on `node` took `rtt` there and back: adapt the size.
    pub fn record(&self, node: &str, work: Work, used: usize, rtt: Duration) {
        let Some(budget) = self.budget else { return };
        let over = self
            .with_node(node, |p| {
                let took = rtt.saturating_sub(p.base.unwrap_or_default());
                let size = match work {
                    Work::Scan => &mut p.scan,
                    Work::Read => &mut p.read,
                    Work::Script => &mut p.script,
                };
                size.adapt(used, took, budget);
                took > budget
            })
            .unwrap_or(false);
        if over {
            self.stat(|s| s.over_budget += 1);
        }
    }

    /// Whether it is time to probe what the application feels on `node` (marks it done).
    pub fn probe_due(&self, node: &str) -> bool {
        if self.budget.is_none() {
            return false;
        }
        let now = Instant::now();
        self.with_node(node, |p| {
            let due = p.last_probe.is_none_or(|t| now - t >= PROBE_EVERY);
            if due {
                p.last_probe = Some(now);
            }
            due
        })
        .unwrap_or(false)
    }

    /// A probe's PING took `rtt`: when it waited longer than the budget above the baseline,
    /// halve every size on the node and pause its work for as long as the excess (at most
    /// 20 ms).
    pub fn probed(&self, node: &str, rtt: Duration) {
        let Some(budget) = self.budget else { return };
        let backoff = self
            .with_node(node, |p| {
                let base = p.base.map_or(rtt, |b| b.min(rtt));
                p.base = Some(base);
                let excess = rtt.saturating_sub(base);
                if excess <= budget {
                    return false;
                }
                for s in [&mut p.scan, &mut p.read, &mut p.script] {
                    s.cur = (s.cur / 2.0).max(s.min);
                }
                p.pause_until = Some(Instant::now() + excess.min(MAX_PAUSE));
                true
            })
            .unwrap_or(false);
        self.stat(|s| {
            s.probes += 1;
            if backoff {
                s.backoffs += 1;
            }
        });
    }

    /// Waits out a pause a probe asked for on `node`.
    pub async fn wait(&self, node: &str) {
        if self.budget.is_none() {
            return;
        }
        let until = self.with_node(node, |p| p.pause_until).flatten();
        if let Some(t) = until {
            let now = Instant::now();
            if t > now {
                tokio::time::sleep(t - now).await;
            }
        }
    }

    pub fn split_read(&self) {
        self.stat(|s| s.split_reads += 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    #[test]
    fn grows_while_well_under_and_shrinks_at_once_when_over() {
        let p = Pacing::new(Some(MS));
        p.baseline("n", Duration::from_micros(100));
        assert_eq!(p.scan_count("n", None), START_SCAN_COUNT);
        // 50 keys in 100us of server time (+100us of network): grow by half.
        p.record("n", Work::Scan, 50, Duration::from_micros(200));
        assert_eq!(p.scan_count("n", None), 75);
        // The ceiling from --scan-count holds.
        assert_eq!(p.scan_count("n", Some(60)), 60);
        // 75 keys in 3ms: over; shrink to what fits in 0.5ms (12-13 keys).
        p.record("n", Work::Scan, 75, Duration::from_micros(3100));
        let c = p.scan_count("n", None);
        assert!((12..=13).contains(&c), "{c}");
        assert_eq!(p.stats().over_budget, 1);
        // Never under the floor.
        p.record("n", Work::Scan, 12, Duration::from_secs(1));
        assert_eq!(p.scan_count("n", None), MIN_SCAN_COUNT);
    }

    #[test]
    fn growth_stops_near_what_fits() {
        let p = Pacing::new(Some(MS));
        p.baseline("n", Duration::ZERO);
        for _ in 0..50 {
            let n = p.size("n", Work::Read);
            // 2us a command: 250 fit in 0.5ms; sizes settle between 0.4ms and 0.8ms.
            p.record("n", Work::Read, n, Duration::from_micros(2 * n as u64));
        }
        let n = p.size("n", Work::Read);
        assert!((200..=400).contains(&n), "{n}");
    }

    #[test]
    fn a_slow_probe_halves_the_sizes_and_pauses() {
        let p = Pacing::new(Some(MS));
        p.baseline("n", Duration::from_micros(100));
        let before = p.size("n", Work::Read);
        p.probed("n", Duration::from_micros(600));
        assert_eq!(p.size("n", Work::Read), before);
        p.probed("n", Duration::from_millis(5));
        assert_eq!(p.size("n", Work::Read), before / 2);
        assert_eq!(p.stats().backoffs, 1);
        assert_eq!(p.stats().probes, 2);
    }

    #[test]
    fn off_means_fixed_sizes() {
        let p = Pacing::new(None);
        assert_eq!(p.scan_count("n", None), UNBUDGETED_SCAN_COUNT);
        assert_eq!(p.scan_count("n", Some(77)), 77);
        assert_eq!(p.size("n", Work::Read), usize::MAX);
        assert_eq!(p.size("n", Work::Script), MAX_SCRIPT_KEYS);
        assert!(!p.probe_due("n"));
    }
}
