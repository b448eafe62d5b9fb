//! The Lua scripts redops runs, and how they are sent.
//!
//! A [`Script`] is its source and its SHA1 (computed here, the same digest `SCRIPT LOAD`
//! answers). Three ways to run one, each as many round trips as before:
//! - a write: [`Script::write`], one `EVAL` that is never retried (a lost reply is "outcome
//!   unknown", exit 3), or [`Script::eval`] commands in a [`Client::write_batch`];
//! - a read of one key among other reads: [`Script::eval`] (or [`Script::eval_ro`]) commands
//!   in a [`Client::batch`] or [`Client::batch_on`] (the source sent along: one round trip,
//!   nothing to load);
//! - a read run over and over on the scanned nodes (`memory bigkeys`): [`Client::load_script`]
//!   once per node, then [`Client::evalsha_on`], which loads it again on that node, once, when
//!   the server's script cache was flushed (`NOSCRIPT`).
//!
//! The scripts themselves live here, beside each other, with what they return.

use super::{Client, Node, Reply};
use crate::error::Result;
use redis::{Cmd, Value};
use std::borrow::Cow;
use std::sync::OnceLock;

/// A Lua script: its source, and its SHA1 once asked for.
#[derive(Debug)]
pub struct Script {
    source: Cow<'static, str>,
    sha: OnceLock<String>,
}

impl Clone for Script {
    fn clone(&self) -> Self {
        Script {
            source: self.source.clone(),
            sha: self.sha.clone(),
        }
    }
}

impl Script {
    /// A script whose source is a constant (for `static` scripts).
    pub const fn new(source: &'static str) -> Script {
        Script {
            source: Cow::Borrowed(source),
            sha: OnceLock::new(),
        }
    }

    /// The same script behind a first line of Redis 7 flags (`#!lua flags=no-writes`): older
    /// servers refuse it, so a caller falls back to the plain one.
    pub fn with_flags(&self, flags_line: &str) -> Script {
        Script {
            source: Cow::Owned(format!("{flags_line}{}", self.source)),
            sha: OnceLock::new(),
        }
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// The SHA1 of the source, as `SCRIPT LOAD` answers it and `EVALSHA` takes it.
    pub fn sha(&self) -> &str {
        self.sha
            .get_or_init(|| redis::Script::new(&self.source).get_hash().to_owned())
    }

    /// `EVAL source numkeys keys... args...`.
    pub fn eval(&self, keys: &[&[u8]], args: &[&[u8]]) -> Cmd {
        let mut cmd = redis::cmd("EVAL");
        cmd.arg(self.source.as_ref());
        push_keys_args(&mut cmd, keys, args);
        cmd
    }

    /// `EVAL_RO source numkeys keys... args...` (Redis 7+): a read-only script, which a
    /// replica runs and an ACL can allow apart from `EVAL`.
    pub fn eval_ro(&self, keys: &[&[u8]], args: &[&[u8]]) -> Cmd {
        let mut cmd = redis::cmd("EVAL_RO");
        cmd.arg(self.source.as_ref());
        push_keys_args(&mut cmd, keys, args);
        cmd
    }

    /// `EVALSHA sha numkeys keys... args...` (the script must be loaded on the node).
    pub fn evalsha(&self, keys: &[&[u8]], args: &[&[u8]]) -> Cmd {
        let mut cmd = redis::cmd("EVALSHA");
        cmd.arg(self.sha());
        push_keys_args(&mut cmd, keys, args);
        cmd
    }

    /// Runs the script as a write: one `EVAL`, never retried (see [`Client::write`]).
    pub async fn write(
        &self,
        client: &Client,
        keys: &[&[u8]],
        args: &[&[u8]],
        what: &str,
    ) -> Result<Value> {
        client.write(&self.eval(keys, args), what).await
    }
}

fn push_keys_args(cmd: &mut Cmd, keys: &[&[u8]], args: &[&[u8]]) {
    cmd.arg(keys.len());
    for k in keys {
        cmd.arg(*k);
    }
    for a in args {
        cmd.arg(*a);
    }
}

impl Client {
    /// `SCRIPT LOAD` of `script` on each of `nodes`, all at once (one query per node). The
    /// first failure is the answer: a connection failure, or the server's refusal (scripting
    /// disabled, an ACL, flags an older server does not know), for the caller to fall back.
    pub async fn load_script(&self, script: &Script, nodes: &[Node], what: &str) -> Result<()> {
        let mut load = redis::cmd("SCRIPT");
        load.arg("LOAD").arg(script.source());
        let loads = nodes
            .iter()
            .map(|n| self.query_node::<String>(n, &load, what));
        for answer in futures_util::future::join_all(loads).await {
            answer?;
        }
        Ok(())
    }

    /// `EVALSHA` of a loaded script on `node` (sent like [`Client::batch_on`]: sized by the
    /// latency budget, a moved key asked again where it lives). When the node answers
    /// `NOSCRIPT` (its script cache was flushed), the script is loaded on that node again and
    /// sent once more: the reply of that second call is the answer. A server error stays the
    /// reply's, for the caller to fall back; a failed reload is the error.
    pub async fn evalsha_on(
        &self,
        node: &Node,
        script: &Script,
        keys: &[&[u8]],
        args: &[&[u8]],
        what: &str,
    ) -> Result<Reply> {
        let call = script.evalsha(keys, args);
        let first = self.one_on(node, &call, what).await?;
        match first {
            Err(e) if e.code() == Some("NOSCRIPT") => {
                let mut load = redis::cmd("SCRIPT");
                load.arg("LOAD").arg(script.source());
                let _: String = self.query_node(node, &load, what).await?;
                self.one_on(node, &call, what).await
            }
            r => Ok(r),
        }
    }

    async fn one_on(&self, node: &Node, cmd: &Cmd, what: &str) -> Result<Reply> {
        let reply = self.batch_on(node, std::slice::from_ref(cmd), what).await?;
        Ok(reply.into_iter().next().unwrap_or(Ok(Value::Nil)))
    }
}

// ---------------------------------------------------------------------------------------------
// The scripts
// ---------------------------------------------------------------------------------------------

/// `lock force-release`: compare-and-delete. Deletes the lock only while it holds the token
/// the operator saw AND has not been extended since: its remaining TTL (PTTL) must not exceed
/// `ARGV[2]` (what was shown, minus the time since, plus a small tolerance; -1 when it was shown
/// without a TTL, which then accepts any). A holder that refreshed its lock is alive: it is not
/// overridden. `KEYS[1]` = the lock, `ARGV[1]` = the token.
/// Returns {code, pttl}: code 1 deleted, 0 another token holds it, -1 the key is gone,
/// 2 extended (kept); pttl is the TTL observed at that moment.
pub static LOCK_COMPARE_AND_DELETE: Script = Script::new(
    r"
local v = redis.call('GET', KEYS[1])
if v == false then return {-1, -2} end
local pttl = redis.call('PTTL', KEYS[1])
if v ~= ARGV[1] then return {0, pttl} end
local limit = tonumber(ARGV[2])
if limit >= 0 and (pttl == -1 or pttl > limit) then return {2, pttl} end
redis.call('DEL', KEYS[1])
return {1, pttl}
",
);

/// `stream reclaim`: claims or dead-letters each entry, atomically per call.
/// KEYS[1] = stream, KEYS[2] = dead-letter stream (only with ARGV[4] > 0).
/// ARGV = group, to, min_idle_ms, max_deliveries (0 = no dead-letter), then (id, consumer seen)
/// pairs. An entry is touched only while it is still pending on the consumer the operator saw
/// and still idle at least min_idle_ms. Returns flat triples (id, outcome, detail).
pub static STREAM_RECLAIM: Script = Script::new(STREAM_RECLAIM_SOURCE);

/// The source of [`STREAM_RECLAIM`] (tests run it with `EVAL` themselves).
pub const STREAM_RECLAIM_SOURCE: &str = r"
local stream, group, to, min_idle = KEYS[1], ARGV[1], ARGV[2], ARGV[3]
local maxd = tonumber(ARGV[4])
local out = {}
local function put(id, what, detail)
  out[#out + 1] = id; out[#out + 1] = what; out[#out + 1] = detail
end
-- A write the server refuses (OOM at maxmemory, WRONGTYPE when the dead-letter key changed
-- type) stops the page here: what was done before it is reported, not lost in an error.
local function write(...)
  local r = redis.pcall(...)
  if type(r) == 'table' and r.err then return nil, r.err end
  return r
end
for i = 5, #ARGV, 2 do
  local id, seen = ARGV[i], ARGV[i + 1]
  local p = redis.call('XPENDING', stream, group, 'IDLE', min_idle, id, id, 1)
  if #p == 0 then
    put(id, 'skipped', 'no longer pending, or delivered again recently')
  elseif p[1][2] ~= seen then
    put(id, 'skipped', 'now pending on consumer ' .. p[1][2])
  else
    local deliveries = p[1][4]
    local e = redis.call('XRANGE', stream, id, id)
    if #e == 0 then
      local _, err = write('XACK', stream, group, id)
      if err then put(id, 'error', err); break end
      put(id, 'deleted', '')
    elseif maxd > 0 and deliveries >= maxd and #e[1][2] > 7000 then
      -- unpack() cannot pass that many values: leave it pending rather than half-handle it.
      put(id, 'skipped', 'too many fields to dead-letter in one script; left pending')
    elseif maxd > 0 and deliveries >= maxd then
      local args = {}
      for _, x in ipairs(e[1][2]) do args[#args + 1] = x end
      for _, x in ipairs({'original_id', id, 'original_stream', stream, 'original_group', group,
                          'original_consumer', seen, 'deliveries', tostring(deliveries)}) do
        args[#args + 1] = x
      end
      local new_id, err = write('XADD', KEYS[2], '*', unpack(args))
      if err then put(id, 'error', err); break end
      local _, err2 = write('XACK', stream, group, id)
      if err2 then put(id, 'copied', new_id); put(id, 'error', err2); break end
      put(id, 'dead_lettered', new_id)
    else
      local c, err = write('XCLAIM', stream, group, to, min_idle, id)
      if err then put(id, 'error', err); break end
      if #c == 0 then put(id, 'skipped', 'not claimed') else put(id, 'claimed', '') end
    end
  end
end
return out
";

/// `stream ack`: acknowledges each entry only while it is still pending on the consumer the
/// operator saw, delivered as many times as they saw: an entry a worker was handed again, or
/// that another consumer claimed, since the read is left pending. KEYS[1] = stream; ARGV =
/// group, then (id, consumer seen, deliveries seen) triples. Returns flat triples (id, outcome,
/// detail).
pub static STREAM_ACK: Script = Script::new(
    r"
local stream, group = KEYS[1], ARGV[1]
local out = {}
local function put(id, what, detail)
  out[#out + 1] = id; out[#out + 1] = what; out[#out + 1] = detail
end
local function failed(r)
  return type(r) == 'table' and r.err ~= nil
end
for i = 2, #ARGV, 3 do
  local id, seen, deliveries = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  local p = redis.pcall('XPENDING', stream, group, id, id, 1)
  if failed(p) then
    put(id, 'error', p.err)
    return out
  end
  if #p == 0 then
    put(id, 'skipped', 'no longer pending')
  elseif p[1][2] ~= seen then
    put(id, 'skipped', 'now pending on consumer ' .. p[1][2])
  elseif p[1][4] ~= deliveries then
    put(id, 'skipped', 'delivered again since it was read (' .. p[1][4] .. ' deliveries now)')
  else
    local r = redis.pcall('XACK', stream, group, id)
    if failed(r) then
      put(id, 'error', r.err)
      return out
    end
    put(id, 'acknowledged', '')
  end
end
return out
",
);

/// `ratelimit reset`: removes exactly the members that were read, each only while its score is
/// unchanged; entries added since stay. `KEYS[1]` = the window, `ARGV` = member, score (as Redis
/// printed it), member, score, ... Returns one flag per member: 1 removed, 0 skipped (changed
/// or gone); a command the server refuses (WRONGTYPE after the key changed type, NOPERM,
/// READONLY) ends the reply with its error message, and the members after it are not
/// attempted. A sorted set left empty disappears on its own; the key is never DELeted.
pub static RATELIMIT_CONDITIONAL_REMOVE: Script = Script::new(RATELIMIT_CONDITIONAL_REMOVE_SOURCE);

/// The source of [`RATELIMIT_CONDITIONAL_REMOVE`] (tests run it by hand).
pub const RATELIMIT_CONDITIONAL_REMOVE_SOURCE: &str = r"
local out = {}
local function failed(r)
  return type(r) == 'table' and r.err ~= nil
end
for i = 1, #ARGV, 2 do
  local s = redis.pcall('ZSCORE', KEYS[1], ARGV[i])
  if failed(s) then
    out[#out + 1] = s.err
    return out
  end
  local same = false
  if s then
    if s == ARGV[i + 1] then
      same = true
    else
      local a, b = tonumber(s), tonumber(ARGV[i + 1])
      same = a ~= nil and a == b
    end
  end
  if same then
    local r = redis.pcall('ZREM', KEYS[1], ARGV[i])
    if failed(r) then
      out[#out + 1] = r.err
      return out
    end
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out
";

/// `memory bigkeys` / `memory usage`: reads the keys given in KEYS (when any) or in
/// `ARGV[3..]`. `ARGV[1]` = MEMORY USAGE SAMPLES (-1: the server's default), `ARGV[2]` = 1 to
/// add OBJECT ENCODING. Returns, per key, a flat `type, bytes, pttl, elements[, encoding]`; a
/// key that does not exist has type `none`. The script is atomic, so a key cannot vanish
/// between its TYPE and its MEMORY USAGE. `ARGV[2]` = `n` skips the length reads (elements
/// -1): `--no-touch` on a server without CLIENT NO-TOUCH, where they would update the keys'
/// LRU/LFU data (TYPE, MEMORY USAGE, PTTL do not). Run over the scanned nodes behind [`READ_KEYS_FLAGS`] (plain
/// where the server does not know flags).
pub static READ_KEYS: Script = Script::new(
    r"
local samples = tonumber(ARGV[1])
local with_enc = ARGV[2] == '1'
local no_len = ARGV[2] == 'n'
local keys, first = KEYS, 1
if #keys == 0 then keys, first = ARGV, 3 end
local len = {string='STRLEN', list='LLEN', set='SCARD', zset='ZCARD', hash='HLEN', stream='XLEN'}
local call = redis.call
local out, n = {}, 0
for i = first, #keys do
  local k = keys[i]
  local t = call('TYPE', k).ok
  if t == 'none' then
    out[n+1], out[n+2], out[n+3], out[n+4] = t, -1, -2, 0
    n = n + 4
    if with_enc then n = n + 1; out[n] = '' end
  else
    local m
    if samples >= 0 then m = call('MEMORY', 'USAGE', k, 'SAMPLES', samples)
    else m = call('MEMORY', 'USAGE', k) end
    local c = len[t]
    out[n+1], out[n+2], out[n+3] = t, m or -1, call('PTTL', k)
    if no_len then out[n+4] = -1 else out[n+4] = c and call(c, k) or 0 end
    n = n + 4
    if with_enc then n = n + 1; out[n] = call('OBJECT', 'ENCODING', k) or '' end
  end
end
return out
",
);

/// Redis 7 flags for [`READ_KEYS`] ([`Script::with_flags`]): keys passed in ARGV may live in
/// several slots of this node, and the script never writes (so it may run on a replica).
pub const READ_KEYS_FLAGS: &str = "#!lua flags=no-writes,allow-cross-slot-keys\n";

/// The source of [`SESSION_COMPARE_THEN_HDEL`].
pub const SESSION_COMPARE_THEN_HDEL_LUA: &str = r"
local out = {}
for i = 1, #ARGV, 2 do
  local v = redis.call('HGET', KEYS[1], ARGV[i])
  if v == false then
    out[#out + 1] = -1
  elseif v == ARGV[i + 1] then
    redis.call('HDEL', KEYS[1], ARGV[i])
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out
";

/// `session kill`: compare-then-delete for the sessions of one hash. `KEYS[1]` = the hash; ARGV
/// holds (field, value) pairs as they were read and shown; a field is deleted only while its
/// value is byte-identical to that. Returns one code per pair: 1 deleted, 0 value changed
/// (kept), -1 field gone. Fields not named in ARGV (sessions created after the read) are never
/// touched.
pub static SESSION_COMPARE_THEN_HDEL: Script = Script::new(SESSION_COMPARE_THEN_HDEL_LUA);

/// `session list` / `kill` / `check`, on servers with per-field TTLs (Redis 7.4+): one `HSCAN`
/// page and the `HPTTL` of the fields on it, as `{cursor, items, ttls}` ([`super::reply::hscan_page`]
/// reads it), in one read-only script (`EVAL_RO`), so the field TTLs come in the same round
/// trip as the fields (the field names are not known before). `KEYS[1]` = the hash, `ARGV[1]` =
/// the cursor, `ARGV[2]` = the COUNT. Both commands are O(page): the script is as short as the
/// `HSCAN` it replaces. `HPTTL` takes the fields 1000 at a time (Lua's `unpack` has a limit of
/// a few thousand values).
pub static HSCAN_WITH_FIELD_TTLS: Script = Script::new(
    r"
local page = redis.call('HSCAN', KEYS[1], ARGV[1], 'COUNT', ARGV[2])
local items = page[2]
local fields = {}
for i = 1, #items, 2 do
  fields[#fields + 1] = items[i]
end
local ttls = {}
for i = 1, #fields, 1000 do
  local last = math.min(i + 999, #fields)
  local part = redis.call('HPTTL', KEYS[1], 'FIELDS', last - i + 1, unpack(fields, i, last))
  for _, t in ipairs(part) do
    ttls[#ttls + 1] = t
  end
end
return {page[1], items, ttls}
",
);

/// `audit restore`: sets a hash field only if absent; gives the hash back its TTL when it has
/// none, and the field its own TTL.
pub static AUDIT_RESTORE_HASH_FIELD: Script = Script::new(
    r"
local set = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
if set == 1 and ARGV[3] ~= '' and redis.call('PTTL', KEYS[1]) == -1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
if set == 1 and ARGV[4] ~= '' then
  redis.call('HPEXPIRE', KEYS[1], ARGV[4], 'FIELDS', 1, ARGV[1])
end
return set
",
);

/// `audit restore`: adds a sorted-set member only if absent; gives the set back its TTL when
/// it has none.
pub static AUDIT_RESTORE_ZSET_MEMBER: Script = Script::new(
    r"
local set = redis.call('ZADD', KEYS[1], 'NX', ARGV[1], ARGV[2])
if set == 1 and ARGV[3] ~= '' and redis.call('PTTL', KEYS[1]) == -1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return set
",
);

/// `audit restore`: adds a stream entry again (a new id), and gives the stream the TTL the
/// entry's stream had when it was removed, if it has none now. ARGV = ttl_ms ('' for none), then field/value pairs.
pub static AUDIT_RESTORE_STREAM_ENTRY: Script = Script::new(
    r"
local id = redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
if ARGV[1] ~= '' and redis.call('PTTL', KEYS[1]) == -1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return id
",
);

#[cfg(test)]
mod tests {
    use super::*;

    static PING: Script = Script::new("return redis.call('PING')");

    #[test]
    fn sha_is_the_sha1_script_load_answers() {
        // `redis-cli SCRIPT LOAD "return redis.call('PING')"`.
        assert_eq!(PING.sha(), "9e15db9d82a8a2f2029845f70d37494af8690c35");
        let flagged = PING.with_flags("#!lua flags=no-writes\n");
        assert_ne!(flagged.sha(), PING.sha());
        assert!(
            flagged
                .source()
                .starts_with("#!lua flags=no-writes\nreturn")
        );
    }

    #[test]
    fn eval_and_evalsha_carry_keys_then_args() {
        let packed = |c: &Cmd| String::from_utf8_lossy(&c.get_packed_command()).into_owned();
        let e = packed(&PING.eval(&[b"k1", b"k2"], &[b"a"]));
        assert!(e.contains("EVAL\r\n"), "{e}");
        assert!(
            e.ends_with("$1\r\n2\r\n$2\r\nk1\r\n$2\r\nk2\r\n$1\r\na\r\n"),
            "{e}"
        );
        let r = packed(&PING.eval_ro(&[b"k"], &[]));
        assert!(r.starts_with("*4\r\n$7\r\nEVAL_RO\r\n"), "{r}");
        assert!(r.ends_with("$1\r\n1\r\n$1\r\nk\r\n"), "{r}");
        let s = packed(&PING.evalsha(&[], &[b"x"]));
        assert!(s.contains("EVALSHA\r\n$40\r\n9e15db9d82a8a2f2029845f70d37494af8690c35"));
        assert!(s.ends_with("$1\r\n0\r\n$1\r\nx\r\n"), "{s}");
    }
}
