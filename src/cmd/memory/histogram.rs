//! The size distribution of bigkeys' report: percentiles of bytes per key in bounded memory.

/// A log-bucketed histogram of sizes: exact below 128, then 64 buckets per power of two
/// (under 1.6% error), a few KiB whatever the number of keys.
#[derive(Debug, Clone, Default)]
pub struct SizeHistogram {
    counts: Vec<u64>,
    total: u64,
    max: u64,
}

const LINEAR: u64 = 128;
const SUB: u64 = 64;

fn bucket_of(v: u64) -> usize {
    if v < LINEAR {
        return v as usize;
    }
    let shift = 64 - v.leading_zeros() as u64 - 7; // v >> shift is in [64, 128)
    (LINEAR + (shift - 1) * SUB + ((v >> shift) - SUB)) as usize
}

/// The largest value that falls in bucket `b`.
fn bucket_high(b: usize) -> u64 {
    let b = b as u64;
    if b < LINEAR {
        return b;
    }
    let shift = (b - LINEAR) / SUB + 1;
    let mant = (b - LINEAR) % SUB + SUB;
    u64::try_from(((mant as u128 + 1) << shift) - 1).unwrap_or(u64::MAX)
}

impl SizeHistogram {
    pub fn add(&mut self, v: u64) {
        let b = bucket_of(v);
        if self.counts.len() <= b {
            self.counts.resize(b + 1, 0);
        }
        self.counts[b] += 1;
        self.total += 1;
        self.max = self.max.max(v);
    }

    pub fn count(&self) -> u64 {
        self.total
    }

    pub fn max(&self) -> u64 {
        self.max
    }

    /// The value at quantile `q` (0..=1): the top of its bucket, never above the maximum seen.
    pub fn quantile(&self, q: f64) -> u64 {
        if self.total == 0 {
            return 0;
        }
        let rank = ((q * self.total as f64).ceil() as u64).clamp(1, self.total);
        let mut seen = 0;
        for (b, &c) in self.counts.iter().enumerate() {
            seen += c;
            if seen >= rank {
                return bucket_high(b).min(self.max);
            }
        }
        self.max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_percentiles_are_close_and_bounded() {
        let mut h = SizeHistogram::default();
        for v in 1..=10_000u64 {
            h.add(v);
        }
        assert_eq!(h.count(), 10_000);
        assert_eq!(h.max(), 10_000);
        for (q, exact) in [(0.5, 5_000.0), (0.9, 9_000.0), (0.99, 9_900.0)] {
            let got = h.quantile(q) as f64;
            assert!(
                got >= exact && got <= exact * 1.02,
                "q{q}: {got} vs {exact}"
            );
        }
        assert_eq!(h.quantile(1.0), 10_000);
        // Exact below 128, and never above the max seen.
        let mut s = SizeHistogram::default();
        for v in [50, 60, 70] {
            s.add(v);
        }
        assert_eq!(s.quantile(0.5), 60);
        assert_eq!(s.quantile(0.99), 70);
        let mut big = SizeHistogram::default();
        big.add(u64::MAX);
        big.add(1 << 40);
        assert_eq!(big.quantile(1.0), u64::MAX);
        assert!(big.counts.len() < 4000, "{}", big.counts.len());
        assert_eq!(SizeHistogram::default().quantile(0.5), 0);
        // Every value falls in a bucket whose top is >= it.
        for v in [127u64, 128, 129, 255, 256, 1000, 65_535, 1 << 33] {
            assert!(bucket_high(bucket_of(v)) >= v, "{v}");
            assert!(
                bucket_high(bucket_of(v)) as f64 <= v as f64 * 1.016 + 1.0,
                "{v}"
            );
        }
    }
}
