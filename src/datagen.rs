//! A realistic fintech keyspace, written fast and deterministically: the data behind
//! `redops demo`, the integration tests and the benchmarks (one generator, so the demo data and
//! the tested data are the same thing).
//!
//! What [`load`] writes, following the contract's keyspace conventions (through a [`Keyspace`]):
//! - `sessions:user:{user}` hashes, 1–4 sessions each on web/mobile/desktop (some from
//!   10.1.0.0/16), a few users over [`SESSION_CAP`], one malformed value, 24 h TTL (one hash
//!   without a TTL);
//! - `ratelimit:{category}:user:{user}` sorted sets (member `"{ts}:{rand}"`, score Unix seconds)
//!   from the server's clock, some users at their limit, each key with a TTL;
//! - `leaderboard:{monthly|weekly|daily}:{YYYY-MM}` (current month, UTC) and `trader:meta:{trader}`
//!   JSON with a 1 h TTL (some missing, one malformed);
//! - `lock:{resource}` strings: one without a TTL, one about to expire, a few normal ones;
//! - transaction streams with a consumer group where one worker died holding entries, some
//!   entries delivered many times, and a dead-letter stream;
//! - `cache:*` strings with and without a TTL;
//! - `maxmemory-policy noeviction` on every primary (a value `redops check` flags).
//!
//! Everything is written with pipelines of a few thousand commands (`Client::batch`, routed by
//! key on a cluster); commands that depend on each other go in separate batches, so the order
//! holds on a cluster too.

use crate::client::{Client, ConnectOptions, Reply};
use crate::error::{Error, Result};
use crate::keyspace::Keyspace;
use redis::{Cmd, Value};
use serde_json::json;
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use std::time::{Duration, Instant};

/// Sessions a user may hold at once (the platform's cap for the basic tier).
pub const SESSION_CAP: usize = 5;
/// Device types of sessions.
pub const DEVICES: [&str; 3] = ["web", "mobile", "desktop"];
/// The office/VPN range some sessions come from (an incident filter to try).
pub const INTERNAL_RANGE: &str = "10.1.0.0/16";
/// Rate-limit policy of the contract: (category, limit, window seconds).
pub const RATE_LIMITS: [(&str, u32, u64); 5] = [
    ("deposit", 30, 60),
    ("withdrawal", 10, 60),
    ("kyc_check", 5, 60),
    ("card_token", 20, 60),
    ("other", 60, 60),
];
/// Leaderboard periods.
pub const PERIODS: [&str; 3] = ["monthly", "weekly", "daily"];
/// The transaction streams (each with [`GROUP`]).
pub const STREAMS: [&str; 2] = ["transactions:deposits", "transactions:withdrawals"];
/// Where entries that failed too often end up.
pub const DEAD_LETTER_STREAM: &str = "transactions:dead-letter";
/// The consumer group on every transaction stream.
pub const GROUP: &str = "processors";
/// The live consumers, and the one that died holding entries.
pub const LIVE_CONSUMERS: [&str; 2] = ["worker-1", "worker-2"];
pub const DEAD_CONSUMER: &str = "worker-dead";
/// The eviction policy the generator leaves behind (one `check` flags).
pub const MAXMEMORY_POLICY: &str = "noeviction";

pub const SESSION_TTL_SECS: u64 = 24 * 3600;
pub const TRADER_META_TTL_SECS: u64 = 3600;
/// Rate-limit keys expire some minutes after their last request.
pub const RATELIMIT_TTL_SECS: u64 = 600;
/// The lock that is about to expire has this much TTL when written.
pub const EXPIRING_LOCK_MS: u64 = 10_000;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Number of users (ids `1..=users`); at least 10.
    pub users: u64,
    /// Same seed, same data (apart from timestamps, which follow the server's clock).
    pub seed: u64,
    /// Key patterns to write through.
    pub keyspace: Keyspace,
    /// Commands per pipeline.
    pub batch_size: usize,
    /// Refuse to write into a server that already holds keys (default). The generator sets
    /// `maxmemory-policy` and creates consumer groups: it is for throwaway servers.
    pub require_empty: bool,
}

impl Default for Spec {
    fn default() -> Self {
        Spec {
            users: 10_000,
            seed: 42,
            keyspace: Keyspace::default(),
            batch_size: 5_000,
            require_empty: true,
        }
    }
}

impl Spec {
    /// Traders on the leaderboards (users `1..=traders`).
    pub fn traders(&self) -> u64 {
        (self.users / 10).clamp(10, 20_000)
    }
    /// Entries per transaction stream.
    pub fn stream_entries(&self) -> u64 {
        (self.users / 10).clamp(100, 5_000)
    }
}

/// What [`load`] wrote, and the names of the interesting cases in it.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct LoadReport {
    /// Users, each with a `sessions:user:{user}` hash.
    pub users: u64,
    /// Session fields written (including the malformed one).
    pub sessions: u64,
    pub ratelimit_keys: u64,
    pub ratelimit_entries: u64,
    pub leaderboards: u64,
    pub leaderboard_entries: u64,
    pub meta_keys: u64,
    pub locks: u64,
    /// Stream keys, including the dead-letter stream.
    pub streams: u64,
    /// Entries in the transaction streams (not counting the dead-letter stream).
    pub stream_entries: u64,
    pub dead_letter_entries: u64,
    /// Entries pending (delivered, not acknowledged) per transaction stream, all consumers.
    pub pending_per_stream: u64,
    /// Of those, held by the dead consumer.
    pub dead_consumer_pending: u64,
    pub cache_keys: u64,
    /// Keys the server should hold afterwards (DBSIZE), before any TTL runs out.
    pub total_keys: u64,
    /// Commands sent, and round trips used to send them.
    pub commands: u64,
    pub round_trips: u64,
    pub elapsed_ms: u64,
    /// The server's clock when loading started (Unix seconds).
    pub server_time: f64,
    /// The `{month}` of the leaderboard keys (`YYYY-MM`, UTC).
    pub month: String,

    // Well-known names, for the tour and for tests.
    /// A user holding more than [`SESSION_CAP`] sessions.
    pub over_cap_user: String,
    /// A user whose hash has one value that is not JSON.
    pub malformed_session_user: String,
    /// The field (session id) of that malformed value.
    pub malformed_session_id: String,
    /// A user whose session hash has no TTL.
    pub no_ttl_session_user: String,
    /// A user at the withdrawal limit.
    pub withdrawal_limited_user: String,
    /// A leaderboard key (the monthly one).
    pub leaderboard_key: String,
    /// A trader on the leaderboards without `trader:meta`.
    pub trader_without_meta: String,
    /// A trader whose `trader:meta` is not JSON.
    pub malformed_meta_trader: String,
    /// The lock without a TTL (resource, not key).
    pub lock_without_ttl: String,
    /// The lock about to expire (resource).
    pub expiring_lock: String,
    /// A normal lock (resource).
    pub normal_lock: String,
    /// The transaction stream, its group and the consumer that died holding entries.
    pub stream: String,
    pub group: String,
    pub dead_consumer: String,
    pub dead_letter_stream: String,
    /// A cache key without a TTL.
    pub cache_key_without_ttl: String,
}

/// SplitMix64: a tiny, fast, well-mixed PRNG; enough for test data and fully deterministic.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    /// An independent stream for one part of the data, so parts do not shift each other.
    pub fn fork(seed: u64, part: &str) -> Rng {
        let mut h = seed ^ 0xcbf2_9ce4_8422_2325;
        for b in part.bytes() {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }
    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    /// `n` lowercase hex digits.
    pub fn hex(&mut self, n: usize) -> String {
        const D: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::with_capacity(n);
        let mut bits = 0u64;
        for i in 0..n {
            if i % 16 == 0 {
                bits = self.next_u64();
            }
            s.push(D[(bits & 15) as usize] as char);
            bits >>= 4;
        }
        s
    }
    /// A UUID-v4-shaped id.
    pub fn uuid(&mut self) -> String {
        let h = self.hex(32);
        format!(
            "{}-{}-4{}-{}{}-{}",
            &h[0..8],
            &h[8..12],
            &h[13..16],
            ["8", "9", "a", "b"][self.below(4) as usize],
            &h[17..20],
            &h[20..32]
        )
    }
}

/// One session value as the application stores it.
pub fn session_json(
    session_id: &str,
    device: &str,
    ip: &str,
    created_at: u64,
    last_active: u64,
) -> String {
    json!({
        "session_id": session_id,
        "device_type": device,
        "ip_address": ip,
        "created_at": created_at,
        "last_active": last_active,
    })
    .to_string()
}

/// A rate-limit member: `"{ts}:{rand}"`, `ts` being the score with microseconds.
pub fn ratelimit_member(ts: f64, rand: &str) -> String {
    format!("{ts:.6}:{rand}")
}

/// Trader metadata as the application stores it.
pub fn trader_meta_json(trader: u64, followers: u64) -> String {
    json!({
        "name": format!("Trader {trader}"),
        "avatar": format!("https://cdn.example.com/avatars/{trader}.png"),
        "followers": followers,
    })
    .to_string()
}

/// A plausible client IP: about 8 % from [`INTERNAL_RANGE`], the rest from public ranges.
pub fn ip_for(rng: &mut Rng) -> String {
    if rng.chance(0.08) {
        format!("10.1.{}.{}", rng.below(256), 1 + rng.below(254))
    } else {
        const FIRST: [u64; 10] = [31, 46, 77, 82, 89, 93, 151, 176, 185, 212];
        format!(
            "{}.{}.{}.{}",
            rng.pick(&FIRST),
            rng.below(256),
            rng.below(256),
            1 + rng.below(254)
        )
    }
}

/// A batch on its way: resolves when the server has answered all of it.
type InFlight<'a> = Pin<Box<dyn Future<Output = Result<()>> + Send + 'a>>;

/// Sends commands in pipelines of `batch_size`, failing on the first error reply. While one
/// batch is on its way the next one is built (two in flight at most), so the generator and the
/// server work at the same time.
struct Writer<'a> {
    client: &'a Client,
    size: usize,
    cmds: Vec<Cmd>,
    /// Commands that must run after `cmds` (e.g. EXPIRE after HSET): the same pipeline on a
    /// standalone server (which keeps the order), the next round trip on a cluster.
    after: Vec<Cmd>,
    in_flight: Option<InFlight<'a>>,
    commands: u64,
    round_trips: u64,
}

impl<'a> Writer<'a> {
    fn new(client: &'a Client, size: usize) -> Self {
        Writer {
            client,
            size: size.max(1),
            cmds: Vec::new(),
            after: Vec::new(),
            in_flight: None,
            commands: 0,
            round_trips: 0,
        }
    }

    async fn push(&mut self, cmd: Cmd, what: &str) -> Result<()> {
        self.cmds.push(cmd);
        self.maybe_flush(what).await
    }

    async fn push_after(&mut self, cmd: Cmd, what: &str) -> Result<()> {
        self.after.push(cmd);
        self.maybe_flush(what).await
    }

    async fn maybe_flush(&mut self, what: &str) -> Result<()> {
        if self.cmds.len() + self.after.len() >= self.size {
            self.start(what).await?;
        }
        Ok(())
    }

    /// Sends what is queued without waiting for its replies (but for those of the batch before).
    async fn start(&mut self, what: &str) -> Result<()> {
        let mut first = std::mem::take(&mut self.cmds);
        let mut after = std::mem::take(&mut self.after);
        if first.is_empty() && after.is_empty() {
            return Ok(());
        }
        if !self.client.is_cluster() {
            first.append(&mut after);
        }
        self.commands += (first.len() + after.len()) as u64;
        self.round_trips += u64::from(!first.is_empty()) + u64::from(!after.is_empty());
        let client = self.client;
        let what = what.to_owned();
        let mut batch: InFlight<'a> = Box::pin(async move {
            check(client.batch(&first, &what).await?, &what)?;
            check(client.batch(&after, &what).await?, &what)?;
            Ok(())
        });
        if self.client.is_cluster() {
            // A cluster batch is many single requests that only progress while polled (left
            // half-polled, they time out): send it and wait.
            self.wait().await?;
            return batch.await;
        }
        // One poll hands the pipeline to the connection's driver task, which sends it and
        // reads the replies on its own; we come back for them after building the next batch.
        let polled = std::future::poll_fn(|cx| Poll::Ready(batch.as_mut().poll(cx))).await;
        self.wait().await?;
        match polled {
            Poll::Ready(r) => r,
            Poll::Pending => {
                self.in_flight = Some(batch);
                Ok(())
            }
        }
    }

    /// Waits for the batch on its way.
    async fn wait(&mut self) -> Result<()> {
        match self.in_flight.take() {
            Some(f) => f.await,
            None => Ok(()),
        }
    }

    /// Sends everything queued and waits for all replies (the end of a phase: what follows may
    /// depend on it).
    async fn flush(&mut self, what: &str) -> Result<()> {
        self.start(what).await?;
        self.wait().await
    }

    /// Sends `cmds` in pipelines of the batch size (after anything queued), returning every reply.
    async fn send_all(&mut self, cmds: Vec<Cmd>, what: &str) -> Result<Vec<Reply>> {
        self.flush(what).await?;
        let mut replies = Vec::with_capacity(cmds.len());
        for chunk in cmds.chunks(self.size) {
            let r = self.client.batch(chunk, what).await?;
            self.commands += chunk.len() as u64;
            self.round_trips += 1;
            replies.extend(check(r, what)?);
        }
        Ok(replies)
    }
}

/// Fails on the first error reply of a batch.
fn check(replies: Vec<Reply>, what: &str) -> Result<Vec<Reply>> {
    if let Some(Err(e)) = replies.iter().find(|r| r.is_err()) {
        return Err(Error::redis(e.clone(), what)
            .hint("the generator writes into a fresh server; start from an empty one"));
    }
    Ok(replies)
}

fn cmd(name: &str) -> Cmd {
    redis::cmd(name)
}

/// Connects to `url` for loading (generous timeouts: pipelines of thousands of commands).
pub async fn connect(url: &str) -> Result<Client> {
    Client::connect(&ConnectOptions {
        url: url.to_owned(),
        password: None,
        tls_ca: None,
        tls_cert: None,
        tls_key: None,
        timeout: Duration::from_secs(30),
        connect_timeout: Duration::from_secs(5),
        cluster: None,
        for_writes: false,
        tls_insecure: false,
        sentinel: Default::default(),
    })
    .await
}

/// Loads the keyspace described by `spec`.
pub async fn load(client: &Client, spec: &Spec) -> Result<LoadReport> {
    load_with_progress(client, spec, &mut |_, _, _| {}).await
}

/// Like [`load`], calling `progress(phase, done, total)` as it goes (users written of all, for
/// the user phase; 1 of 1 for the others).
pub async fn load_with_progress(
    client: &Client,
    spec: &Spec,
    progress: &mut (dyn FnMut(&str, u64, u64) + Send),
) -> Result<LoadReport> {
    if spec.users < 10 {
        return Err(Error::usage(format!(
            "the data generator needs at least 10 users, got {}",
            spec.users
        )));
    }
    let started = Instant::now();
    if spec.require_empty {
        let n = client.dbsize().await?;
        if n > 0 {
            return Err(Error::refused(format!(
                "{} already holds {n} keys: the data generator only writes into an empty server",
                client.target
            ))
            .hint("point it at a throwaway redis-server (redops demo starts one for you)"));
        }
    }
    let now = client.server_time().await?;
    let now_s = now as u64;
    let ks = &spec.keyspace;
    let month = crate::time::month_of(now_s as i64);
    let mut rep = LoadReport {
        server_time: now,
        month: month.clone(),
        over_cap_user: "7".into(),
        malformed_session_user: "2".into(),
        no_ttl_session_user: "5".into(),
        withdrawal_limited_user: "3".into(),
        trader_without_meta: "6".into(),
        malformed_meta_trader: "4".into(),
        lock_without_ttl: "settlement:eod-batch".into(),
        expiring_lock: "ledger:rebalance".into(),
        stream: STREAMS[1].into(),
        group: GROUP.into(),
        dead_consumer: DEAD_CONSUMER.into(),
        dead_letter_stream: DEAD_LETTER_STREAM.into(),
        cache_key_without_ttl: "cache:config:feature-flags".into(),
        ..LoadReport::default()
    };
    let mut w = Writer::new(client, spec.batch_size);

    // Users: sessions and rate-limit windows.
    let mut srng = Rng::fork(spec.seed, "sessions");
    let mut rrng = Rng::fork(spec.seed, "ratelimit");
    let mut crng = Rng::fork(spec.seed, "cache");
    let what = "writing users (sessions, rate limits)";
    for u in 1..=spec.users {
        let user = u.to_string();
        let ub = user.as_bytes();
        // Sessions.
        let over_cap = u == 7 || u % 1000 == 7;
        let n = if over_cap {
            SESSION_CAP as u64 + 1 + srng.below(4)
        } else {
            match srng.below(10) {
                0..=3 => 1,
                4..=6 => 2,
                7..=8 => 3,
                _ => 4,
            }
        };
        let key = ks.sessions.render(&[("user", ub)]);
        let mut hset = cmd("HSET");
        hset.arg(&key);
        for _ in 0..n {
            let sid = srng.uuid();
            let device = *srng.pick(&DEVICES);
            let ip = ip_for(&mut srng);
            let last_active = now_s.saturating_sub(srng.below(23 * 3600));
            let created_at = last_active.saturating_sub(srng.below(14 * 86_400));
            hset.arg(&sid)
                .arg(session_json(&sid, device, &ip, created_at, last_active));
        }
        rep.sessions += n;
        if u == 2 {
            rep.malformed_session_id = format!("legacy-{}", srng.hex(12));
            hset.arg(&rep.malformed_session_id)
                .arg("device=web;ip=10.1.4.20;v=1");
            rep.sessions += 1;
        }
        w.push(hset, what).await?;
        if u != 5 {
            let mut ex = cmd("EXPIRE");
            ex.arg(&key).arg(SESSION_TTL_SECS);
            w.push_after(ex, what).await?;
        }
        rep.users += 1;

        // Rate-limit windows: 1–2 categories in use; 1 % of users at a limit.
        let at_limit = u == 3 || u % 100 == 3;
        let mut cats: Vec<usize> = vec![rrng.below(RATE_LIMITS.len() as u64) as usize];
        if rrng.chance(0.4) {
            let c = rrng.below(RATE_LIMITS.len() as u64) as usize;
            if !cats.contains(&c) {
                cats.push(c);
            }
        }
        if at_limit && !cats.contains(&1) {
            cats.push(1);
        }
        for c in cats {
            let (category, limit, window) = RATE_LIMITS[c];
            let entries = if at_limit && c == 1 {
                limit as u64
            } else {
                1 + rrng.below((limit as u64 / 2).max(1))
            };
            let key = ks
                .ratelimit
                .render(&[("category", category.as_bytes()), ("user", ub)]);
            let mut zadd = cmd("ZADD");
            zadd.arg(&key);
            for _ in 0..entries {
                let ts = now - rrng.unit() * (window as f64 - 1.0);
                zadd.arg(ts).arg(ratelimit_member(ts, &rrng.hex(8)));
            }
            rep.ratelimit_entries += entries;
            w.push(zadd, what).await?;
            let mut ex = cmd("EXPIRE");
            ex.arg(&key).arg(RATELIMIT_TTL_SECS);
            w.push_after(ex, what).await?;
            rep.ratelimit_keys += 1;
        }

        // Cached profiles for about 10 % of users, most with a TTL.
        if crng.chance(0.1) {
            let mut set = cmd("SET");
            set.arg(format!("cache:user:profile:{user}")).arg(
                json!({"user_id": user, "tier": *crng.pick(&["basic", "pro", "vip"]), "country": *crng.pick(&["DE", "FR", "GB", "NL", "ES", "CY"])})
                    .to_string(),
            );
            if crng.chance(0.85) {
                set.arg("EX").arg(300 + crng.below(3300));
            }
            w.push(set, what).await?;
            rep.cache_keys += 1;
        }
        if u % 2000 == 0 {
            progress("users", u, spec.users);
        }
    }
    w.flush(what).await?;
    progress("users", spec.users, spec.users);

    // Leaderboards and trader metadata.
    let what = "writing leaderboards";
    let mut lrng = Rng::fork(spec.seed, "leaderboard");
    let traders = spec.traders();
    for (p, period) in PERIODS.iter().enumerate() {
        let key = ks
            .leaderboard
            .render(&[("period", period.as_bytes()), ("month", month.as_bytes())]);
        if p == 0 {
            rep.leaderboard_key = String::from_utf8_lossy(&key).into_owned();
        }
        let share = [1.0, 0.6, 0.3][p];
        let scale = [500.0, 120.0, 25.0][p];
        let mut zadd = cmd("ZADD");
        zadd.arg(&key);
        let mut in_cmd = 0;
        for t in 1..=traders {
            // The known traders are on every board.
            if !(t == 4 || t == 6 || lrng.chance(share)) {
                continue;
            }
            let score = ((lrng.unit() * 1.15 - 0.15) * scale * 100.0).round() / 100.0;
            zadd.arg(score).arg(t);
            rep.leaderboard_entries += 1;
            in_cmd += 1;
            if in_cmd == 1000 {
                w.push(std::mem::replace(&mut zadd, cmd("ZADD")), what)
                    .await?;
                zadd.arg(&key);
                in_cmd = 0;
            }
        }
        if in_cmd > 0 {
            w.push(zadd, what).await?;
        }
        rep.leaderboards += 1;
    }
    let mut mrng = Rng::fork(spec.seed, "trader-meta");
    for t in 1..=traders {
        let followers = mrng.below(50_000);
        if t == 6 || t % 20 == 0 {
            continue; // 5 % of traders have no metadata (never written, or expired)
        }
        let key = ks
            .trader_meta
            .render(&[("trader", t.to_string().as_bytes())]);
        let value = if t == 4 {
            "{\"name\": \"Trader 4\", \"avatar\": ".to_owned() // truncated write
        } else {
            trader_meta_json(t, followers)
        };
        let mut set = cmd("SET");
        set.arg(key).arg(value).arg("EX").arg(TRADER_META_TTL_SECS);
        w.push(set, what).await?;
        rep.meta_keys += 1;
    }
    w.flush(what).await?;
    progress("leaderboards", 1, 1);

    // Locks.
    let what = "writing locks";
    let mut krng = Rng::fork(spec.seed, "locks");
    let lock = |resource: &str, px: Option<u64>, rng: &mut Rng| {
        let mut set = cmd("SET");
        set.arg(ks.lock.render(&[("resource", resource.as_bytes())]))
            .arg(rng.uuid());
        if let Some(px) = px {
            set.arg("PX").arg(px);
        }
        set
    };
    w.push(lock(&rep.lock_without_ttl, None, &mut krng), what)
        .await?;
    w.push(
        lock(&rep.expiring_lock, Some(EXPIRING_LOCK_MS), &mut krng),
        what,
    )
    .await?;
    rep.locks += 2;
    // Random resources may repeat: count what is distinct.
    let mut seen = std::collections::HashSet::new();
    let normal = 5 + spec.users / 10_000;
    for i in 0..normal.min(50) {
        let kind = ["withdrawal", "kyc", "card_token", "payout"][(i % 4) as usize];
        let resource = format!("{kind}:{}", 1 + krng.below(spec.users));
        let ttl = 30_000 + krng.below(270_000);
        if i == 0 {
            rep.normal_lock = resource.clone();
        }
        w.push(lock(&resource, Some(ttl), &mut krng), what).await?;
        if seen.insert(resource) {
            rep.locks += 1;
        }
    }
    w.flush(what).await?;
    progress("locks", 1, 1);

    // Cache strings not tied to users.
    let what = "writing cache keys";
    for pair in [
        "EURUSD", "GBPUSD", "USDJPY", "EURGBP", "BTCUSD", "ETHUSD", "USDCHF", "AUDUSD",
    ] {
        let mut set = cmd("SET");
        set.arg(format!("cache:fx:{pair}"))
            .arg(format!("{:.5}", 0.5 + crng.unit()))
            .arg("EX")
            .arg(30);
        w.push(set, what).await?;
        rep.cache_keys += 1;
    }
    let mut set = cmd("SET");
    set.arg(&rep.cache_key_without_ttl).arg(
        json!({"instant_withdrawals": true, "copy_trading": true, "new_kyc_flow": false})
            .to_string(),
    );
    w.push(set, what).await?;
    rep.cache_keys += 1;
    w.flush(what).await?;

    load_streams(&mut w, spec, now_s, &mut rep).await?;
    progress("streams", 1, 1);

    // The eviction policy, on every primary (CONFIG is per node).
    let mut policy = cmd("CONFIG");
    policy
        .arg("SET")
        .arg("maxmemory-policy")
        .arg(MAXMEMORY_POLICY);
    client
        .query_all_nodes(&policy, "setting maxmemory-policy")
        .await?;
    w.round_trips += 1;
    w.commands += client.nodes().len() as u64;

    rep.total_keys = rep.users
        + rep.ratelimit_keys
        + rep.leaderboards
        + rep.meta_keys
        + rep.locks
        + rep.streams
        + rep.cache_keys;
    rep.commands = w.commands;
    rep.round_trips = w.round_trips;
    rep.elapsed_ms = started.elapsed().as_millis() as u64;
    Ok(rep)
}

async fn load_streams(
    w: &mut Writer<'_>,
    spec: &Spec,
    now_s: u64,
    rep: &mut LoadReport,
) -> Result<()> {
    let what = "writing transaction streams";
    let mut rng = Rng::fork(spec.seed, "streams");
    let n = spec.stream_entries();
    let mut ids: Vec<Vec<String>> = Vec::new();
    for stream in STREAMS {
        let kind = if stream.ends_with("deposits") {
            "deposit"
        } else {
            "withdrawal"
        };
        let mut xadds = Vec::with_capacity(n as usize);
        for i in 0..n {
            let user = 1 + rng.below(spec.users);
            let payload = json!({
                "tx_id": format!("tx_{}", rng.hex(16)),
                "user_id": user.to_string(),
                "kind": kind,
                "amount": format!("{}.{:02}", 10 + rng.below(5000), rng.below(100)),
                "currency": *rng.pick(&["EUR", "USD", "GBP"]),
            });
            let mut x = cmd("XADD");
            x.arg(stream)
                .arg("*")
                .arg("payload")
                .arg(payload.to_string())
                .arg("dispatched_at")
                .arg(now_s.saturating_sub(2 * (n - i)));
            xadds.push(x);
        }
        let replies = w.send_all(xadds, what).await?;
        // On a cluster the XADDs of a batch are sent concurrently and may arrive in another
        // order: consumers read in id order, so sort the ids the server gave.
        let mut got: Vec<((u64, u64), String)> = replies
            .iter()
            .filter_map(|r| match r {
                Ok(Value::BulkString(b)) => {
                    let id = String::from_utf8_lossy(b).into_owned();
                    let (ms, seq) = id.split_once('-')?;
                    Some(((ms.parse().ok()?, seq.parse().ok()?), id))
                }
                _ => None,
            })
            .collect();
        got.sort();
        ids.push(got.into_iter().map(|(_, id)| id).collect());
        rep.streams += 1;
        rep.stream_entries += n;
    }
    if ids.iter().any(|v| v.len() as u64 != n) {
        return Err(Error::internal("XADD did not return an id for every entry"));
    }

    // Group, then the consumers read in turn: worker-1 60 %, worker-dead a few dozen, worker-2
    // 25 %; the rest is lag. Each read is its own batch so that who gets what is fixed.
    let live1 = n * 6 / 10;
    let dead = (n / 20).min(40);
    let live2 = n / 4;
    for stream in STREAMS {
        let mut g = cmd("XGROUP");
        g.arg("CREATE").arg(stream).arg(GROUP).arg("0");
        w.push(g, what).await?;
    }
    w.flush(what).await?;
    for (consumer, count) in [
        (LIVE_CONSUMERS[0], live1),
        (DEAD_CONSUMER, dead),
        (LIVE_CONSUMERS[1], live2),
    ] {
        for stream in STREAMS {
            let mut r = cmd("XREADGROUP");
            r.arg("GROUP")
                .arg(GROUP)
                .arg(consumer)
                .arg("COUNT")
                .arg(count)
                .arg("STREAMS")
                .arg(stream)
                .arg(">");
            w.push(r, what).await?;
        }
        w.flush(what).await?;
    }
    // Live workers acknowledge all but a few in flight; the dead one never does.
    let in_flight = 3;
    for (s, stream) in STREAMS.iter().enumerate() {
        let v = &ids[s];
        let a = live1 as usize;
        let d = dead as usize;
        let b = live2 as usize;
        let mut acks: Vec<&String> = v[..a - in_flight].iter().collect();
        acks.extend(&v[a + d..a + d + b - 1]);
        for chunk in acks.chunks(1000) {
            let mut x = cmd("XACK");
            x.arg(*stream).arg(GROUP);
            for id in chunk {
                x.arg(id.as_str());
            }
            w.push(x, what).await?;
        }
        // The dead worker's entries: idle for an hour or two; some delivered many times (a
        // poison message retried over and over).
        for (k, id) in v[a..a + d].iter().enumerate() {
            let mut c = cmd("XCLAIM");
            let retries = if k < 5 { 8 + rng.below(20) } else { 1 };
            c.arg(*stream)
                .arg(GROUP)
                .arg(DEAD_CONSUMER)
                .arg(0)
                .arg(id.as_str())
                .arg("IDLE")
                .arg(3_600_000 + rng.below(3_600_000))
                .arg("RETRYCOUNT")
                .arg(retries)
                .arg("JUSTID");
            w.push(c, what).await?;
        }
    }
    w.flush(what).await?;
    rep.pending_per_stream = in_flight as u64 + dead + 1;
    rep.dead_consumer_pending = dead;

    // Dead letters: entries that failed too often, with why.
    let dl = (dead / 2).max(5);
    for _ in 0..dl {
        let user = 1 + rng.below(spec.users);
        let payload = json!({
            "tx_id": format!("tx_{}", rng.hex(16)),
            "user_id": user.to_string(),
            "kind": "withdrawal",
            "amount": format!("{}.{:02}", 10 + rng.below(5000), rng.below(100)),
            "currency": "EUR",
        });
        let mut x = cmd("XADD");
        x.arg(DEAD_LETTER_STREAM)
            .arg("*")
            .arg("payload")
            .arg(payload.to_string())
            .arg("dispatched_at")
            .arg(now_s.saturating_sub(3600 + rng.below(7200)))
            .arg("source_stream")
            .arg(STREAMS[1])
            .arg("deliveries")
            .arg(10 + rng.below(20))
            .arg("error")
            .arg(*rng.pick(&[
                "beneficiary bank timeout",
                "insufficient funds after hold",
                "payload schema v1 no longer accepted",
            ]));
        w.push(x, what).await?;
    }
    w.flush(what).await?;
    rep.streams += 1;
    rep.dead_letter_entries = dl;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic_and_spread() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        let xs: Vec<u64> = (0..100).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..100).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(Rng::new(43).next_u64(), xs[0]);
        // Known first value of SplitMix64 for seed 0.
        assert_eq!(Rng::new(0).next_u64(), 0xe220_a839_7b1d_cdaf);
        let mut r = Rng::fork(1, "x");
        let mut counts = [0u32; 4];
        for _ in 0..4000 {
            counts[r.below(4) as usize] += 1;
        }
        assert!(
            counts.iter().all(|&c| (800..1200).contains(&c)),
            "{counts:?}"
        );
        assert_ne!(Rng::fork(1, "x").next_u64(), Rng::fork(1, "y").next_u64());
        let u = Rng::new(7).unit();
        assert!((0.0..1.0).contains(&u));
    }

    #[test]
    fn ids_and_ips_have_the_expected_shape() {
        let mut r = Rng::new(9);
        let id = r.uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(id.as_bytes()[14], b'4');
        assert_eq!(id.matches('-').count(), 4);
        assert!(r.hex(20).bytes().all(|b| b.is_ascii_hexdigit()));
        let mut internal = 0;
        for _ in 0..1000 {
            let ip = ip_for(&mut r);
            let parts: Vec<u32> = ip.split('.').map(|p| p.parse().unwrap()).collect();
            assert_eq!(parts.len(), 4);
            assert!(parts.iter().all(|&p| p < 256));
            if ip.starts_with("10.1.") {
                internal += 1;
            }
        }
        assert!((40..130).contains(&internal), "{internal}");
    }

    #[test]
    fn json_shapes_follow_the_contract() {
        let s: serde_json::Value =
            serde_json::from_str(&session_json("abc", "web", "10.1.0.5", 100, 200)).unwrap();
        let keys: Vec<&str> = s.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "session_id",
                "device_type",
                "ip_address",
                "created_at",
                "last_active"
            ]
        );
        assert_eq!(s["created_at"], 100);
        let m: serde_json::Value = serde_json::from_str(&trader_meta_json(12, 345)).unwrap();
        assert_eq!(m["name"], "Trader 12");
        assert_eq!(m["followers"], 345);
        assert!(m["avatar"].as_str().unwrap().ends_with("/12.png"));
        let member = ratelimit_member(1_764_145_373.25, "ab12");
        assert_eq!(member, "1764145373.250000:ab12");
    }

    #[test]
    fn spec_sizes() {
        let s = Spec::default();
        assert_eq!((s.users, s.seed), (10_000, 42));
        assert_eq!(s.traders(), 1_000);
        assert_eq!(s.stream_entries(), 1_000);
        let big = Spec {
            users: 200_000,
            ..Spec::default()
        };
        assert_eq!(big.traders(), 20_000);
        assert_eq!(big.stream_entries(), 5_000);
    }
}
