//! A streaming reader of Redis RDB snapshots (versions 1 to 12: Redis 2.x to 8.0, Valkey 7 and
//! 8), for memory analysis: it yields one [`KeyRecord`] per key (type, encoding, elements,
//! serialized and estimated in-memory bytes, expiry) without keeping values.
//!
//! Memory stays bounded whatever the file size: input goes through a fixed buffer, strings that
//! are only measured are skipped, and only compact blobs (listpacks, ziplists, intsets, which
//! Redis itself caps at a few KiB by default) are held, one at a time, to count their entries.
//! Module values (type 7) are skipped by their self-describing opcodes; function libraries and
//! module aux data are skipped with a note.

pub mod encodings;
pub mod estimate;
pub mod replica;

use encodings::{Crc64, Entry};
use estimate::Estimator;
use std::io::{self, Read};

/// The newest RDB version this reader knows (Redis 7.4 / 8.0).
pub const MAX_VERSION: u32 = 12;

const BUF: usize = 256 * 1024;

/// What went wrong reading a snapshot: where, and after which key.
#[derive(Debug)]
pub struct RdbError {
    /// Byte offset in the file of the value that could not be read.
    pub offset: u64,
    pub message: String,
    /// The last key read completely before the error.
    pub last_key: Option<Vec<u8>>,
    /// The data ended early (as opposed to data that makes no sense).
    pub truncated: bool,
}

impl std::fmt::Display for RdbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset)
    }
}

/// Inside the reader: not yet tied to an offset.
#[derive(Debug)]
enum Fail {
    Eof,
    Io(io::Error),
    Bad(String),
}

impl From<String> for Fail {
    fn from(s: String) -> Self {
        Fail::Bad(s)
    }
}

type R<T> = Result<T, Fail>;

/// A buffered reader that counts offsets and feeds the CRC64 with every byte consumed.
struct Input<I> {
    inner: I,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
    /// File offset of `buf[0]`.
    base: u64,
    crc: Crc64,
    /// Bytes of `buf` before this index are already in `crc`.
    crc_from: usize,
    crc_on: bool,
}

impl<I: Read> Input<I> {
    fn new(inner: I) -> Self {
        Input {
            inner,
            buf: vec![0; BUF],
            pos: 0,
            len: 0,
            base: 0,
            crc: Crc64::new(),
            crc_from: 0,
            crc_on: true,
        }
    }

    fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    fn crc_catch_up(&mut self) {
        if self.crc_on {
            self.crc.update(&self.buf[self.crc_from..self.pos]);
        }
        self.crc_from = self.pos;
    }

    /// Makes at least `need` (<= BUF) bytes available at `pos`.
    fn fill(&mut self, need: usize) -> R<()> {
        self.crc_catch_up();
        self.buf.copy_within(self.pos..self.len, 0);
        self.base += self.pos as u64;
        self.len -= self.pos;
        self.pos = 0;
        self.crc_from = 0;
        while self.len < need {
            match self.inner.read(&mut self.buf[self.len..]) {
                Ok(0) => return Err(Fail::Eof),
                Ok(n) => self.len += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(Fail::Io(e)),
            }
        }
        Ok(())
    }

    #[inline]
    fn u8(&mut self) -> R<u8> {
        if self.pos >= self.len {
            self.fill(1)?;
        }
        let b = self.buf[self.pos];
        self.pos += 1;
        Ok(b)
    }

    #[inline]
    fn array<const N: usize>(&mut self) -> R<[u8; N]> {
        if self.len - self.pos < N {
            self.fill(N)?;
        }
        let mut a = [0u8; N];
        a.copy_from_slice(&self.buf[self.pos..self.pos + N]);
        self.pos += N;
        Ok(a)
    }

    /// Appends `n` bytes to `out`.
    fn take(&mut self, mut n: u64, out: &mut Vec<u8>) -> R<()> {
        while n > 0 {
            if self.pos >= self.len {
                self.fill(1)?;
            }
            let k = ((self.len - self.pos) as u64).min(n) as usize;
            out.extend_from_slice(&self.buf[self.pos..self.pos + k]);
            self.pos += k;
            n -= k as u64;
        }
        Ok(())
    }

    fn skip(&mut self, mut n: u64) -> R<()> {
        while n > 0 {
            if self.pos >= self.len {
                self.fill(1)?;
            }
            let k = ((self.len - self.pos) as u64).min(n) as usize;
            self.pos += k;
            n -= k as u64;
        }
        Ok(())
    }
}

/// A length, or the marker of a specially encoded string.
enum Len {
    Plain(u64),
    Encoded(u8),
}

/// A string that was measured, not kept.
#[derive(Debug, Clone, Copy)]
struct StrLen {
    /// Bytes once decoded (an integer: its decimal digits).
    len: u64,
    /// Stored as an integer.
    int: bool,
}

/// Facts about a stream beyond its length.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreamFacts {
    pub groups: u64,
    /// Entries delivered and not acknowledged, over all groups.
    pub pending: u64,
    pub consumers: u64,
    /// Listpack nodes holding the entries.
    pub nodes: u64,
}

/// What the snapshot holds about one key.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyRecord {
    pub db: u64,
    pub key: Vec<u8>,
    /// As `TYPE` names it: string, list, set, zset, hash, stream, or the module type's name.
    pub kind: String,
    /// The RDB encoding (listpack, ziplist, quicklist, intset, hashtable, skiplist, ...).
    pub encoding: &'static str,
    /// As the live report counts them: STRLEN, LLEN, SCARD, ZCARD, HLEN, XLEN (0 for modules).
    pub elements: u64,
    /// Bytes of the key's record in the file (expiry, key and value).
    pub serialized_bytes: u64,
    /// Estimate of `MEMORY USAGE` on the server that wrote the file.
    pub memory_bytes: u64,
    /// Absolute expiry, Unix milliseconds.
    pub expire_at_ms: Option<i64>,
    /// Hash fields with their own TTL (Redis 7.4+).
    pub fields_with_ttl: u64,
    pub stream: Option<StreamFacts>,
}

/// Things skipped or noticed while reading, for the report's notes.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    pub module_values: u64,
    pub module_aux: u64,
    pub functions: u64,
    /// `true`/`false` once the checksum was compared; `None` when the file has none (0, or
    /// an RDB version before 5).
    pub checksum_ok: Option<bool>,
}

/// Reads an RDB stream key by key.
pub struct RdbReader<I> {
    input: Input<I>,
    pub version: u32,
    /// Auxiliary fields (`redis-ver`, `ctime`, `used-mem`, ...), as written.
    pub aux: Vec<(String, String)>,
    pub notes: Notes,
    db: u64,
    /// The last key read completely (reused: no allocation per key).
    last_key: Vec<u8>,
    has_last_key: bool,
    done: bool,
    est: Estimator,
    blob: Vec<u8>,
    lzf: Vec<u8>,
}

impl<I: Read> RdbReader<I> {
    /// Reads the header (`REDIS` and the version); fails on anything else or a version this
    /// reader does not know.
    pub fn new(inner: I) -> Result<Self, RdbError> {
        let mut r = RdbReader {
            input: Input::new(inner),
            version: 0,
            aux: Vec::new(),
            notes: Notes::default(),
            db: 0,
            last_key: Vec::new(),
            has_last_key: false,
            done: false,
            est: Estimator::for_rdb_version(0),
            blob: Vec::new(),
            lzf: Vec::new(),
        };
        let head: [u8; 9] = r.input.array().map_err(|e| r.error(e, 0))?;
        if &head[..5] != b"REDIS" {
            return Err(r.error(
                Fail::Bad(format!(
                    "not an RDB file: it starts with {:?}, not \"REDIS\"",
                    String::from_utf8_lossy(&head[..5])
                )),
                0,
            ));
        }
        let version = std::str::from_utf8(&head[5..])
            .ok()
            .and_then(|v| v.parse::<u32>().ok())
            .ok_or_else(|| r.error(Fail::Bad("the RDB version is not a number".into()), 5))?;
        if version == 0 || version > MAX_VERSION {
            return Err(r.error(
                Fail::Bad(format!(
                    "RDB version {version} is not supported (this redops reads versions 1 to {MAX_VERSION}: Redis up to 8.0, Valkey up to 8.1)"
                )),
                5,
            ));
        }
        r.version = version;
        r.est = Estimator::for_rdb_version(version);
        Ok(r)
    }

    /// Bytes consumed so far.
    pub fn offset(&self) -> u64 {
        self.input.offset()
    }

    pub fn last_key(&self) -> Option<&[u8]> {
        self.has_last_key.then_some(self.last_key.as_slice())
    }

    /// The aux field `name`, when the file has it.
    pub fn aux_field(&self, name: &str) -> Option<&str> {
        self.aux
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The snapshot comes from a cluster node (known to `--rdb-sync`, not from the file).
    pub fn set_cluster(&mut self, cluster: bool) {
        self.est.cluster = cluster;
    }

    /// Which server (and version) the estimates are for.
    pub fn estimated_for(&self) -> String {
        self.est.describe()
    }

    fn error(&self, f: Fail, offset: u64) -> RdbError {
        let (message, truncated) = match f {
            Fail::Eof => (
                "the file ends in the middle of a record (truncated)".to_owned(),
                true,
            ),
            Fail::Io(e) => (format!("read error: {e}"), false),
            Fail::Bad(m) => (m, false),
        };
        RdbError {
            offset,
            message,
            last_key: self.last_key().map(<[u8]>::to_vec),
            truncated,
        }
    }

    /// The next key, or `None` after the end-of-file marker (and checksum).
    pub fn next_key(&mut self) -> Result<Option<KeyRecord>, RdbError> {
        if self.done {
            return Ok(None);
        }
        let mut expire: Option<i64> = None;
        let mut record_start = self.input.offset();
        loop {
            let at = self.input.offset();
            let op = self.input.u8().map_err(|e| self.error(e, at))?;
            let r: R<()> = match op {
                0xFF => {
                    self.done = true;
                    let res = self.finish();
                    return res.map(|()| None).map_err(|e| self.error(e, at));
                }
                0xFE => self.read_len().map(|db| self.db = db),
                0xFD => self.input.array::<4>().map(|b| {
                    expire = Some(i64::from(u32::from_le_bytes(b)) * 1000);
                }),
                0xFC => self.input.array::<8>().map(|b| {
                    expire = Some(i64::from_le_bytes(b));
                }),
                0xFB => self.read_len().and_then(|_| self.read_len()).map(|_| ()),
                0xFA => self.read_aux(),
                0xF9 => self.input.u8().map(|_| ()),      // FREQ
                0xF8 => self.read_len().map(|_| ()),      // IDLE
                0xF7 => self.skip_module_aux(),           // MODULE_AUX
                0xF6 => Err(Fail::Bad(
                    "function record of a Redis 7.0 release candidate (FUNCTION_PRE_GA): not supported"
                        .into(),
                )),
                0xF5 => {
                    // FUNCTION2: one string, the library's code.
                    self.notes.functions += 1;
                    self.skip_string().map(|_| ())
                }
                0xF4 => (0..3).try_for_each(|_| self.read_len().map(|_| ())), // SLOT_INFO
                t => {
                    let rec = self.read_key(t, expire, record_start);
                    return match rec {
                        Ok(rec) => {
                            self.last_key.clear();
                            self.last_key.extend_from_slice(&rec.key);
                            self.has_last_key = true;
                            Ok(Some(rec))
                        }
                        Err(e) => Err(self.error(e, at)),
                    };
                }
            };
            r.map_err(|e| self.error(e, at))?;
            if !matches!(op, 0xFD | 0xFC | 0xF9 | 0xF8) {
                record_start = self.input.offset();
            }
        }
    }

    /// After the EOF opcode: the CRC64 of everything before it (RDB 5+), 0 when disabled.
    fn finish(&mut self) -> R<()> {
        self.input.crc_catch_up();
        self.input.crc_on = false;
        if self.version < 5 {
            return Ok(());
        }
        let want = u64::from_le_bytes(self.input.array::<8>()?);
        if want != 0 {
            let ok = want == self.input.crc.value;
            self.notes.checksum_ok = Some(ok);
            if !ok {
                return Err(Fail::Bad(format!(
                    "checksum mismatch: the file says {want:016x}, its content gives {:016x} (the file is corrupt)",
                    self.input.crc.value
                )));
            }
        }
        Ok(())
    }

    fn read_len_or_enc(&mut self) -> R<Len> {
        let b = self.input.u8()?;
        Ok(match b >> 6 {
            0 => Len::Plain(u64::from(b & 0x3F)),
            1 => Len::Plain((u64::from(b & 0x3F) << 8) | u64::from(self.input.u8()?)),
            2 => match b {
                0x80 => Len::Plain(u64::from(u32::from_be_bytes(self.input.array()?))),
                0x81 => Len::Plain(u64::from_be_bytes(self.input.array()?)),
                _ => return Err(Fail::Bad(format!("unknown length encoding {b:#04x}"))),
            },
            _ => Len::Encoded(b & 0x3F),
        })
    }

    fn read_len(&mut self) -> R<u64> {
        match self.read_len_or_enc()? {
            Len::Plain(n) => Ok(n),
            Len::Encoded(e) => Err(Fail::Bad(format!(
                "a length was expected, found a string encoding ({e})"
            ))),
        }
    }

    /// Reads a whole string into `out` (decompressed; integers as decimal text).
    fn read_string(&mut self, out: &mut Vec<u8>) -> R<()> {
        out.clear();
        match self.read_len_or_enc()? {
            Len::Plain(n) => {
                check_size(n)?;
                self.input.take(n, out)
            }
            Len::Encoded(0) => {
                let v = self.input.u8()? as i8;
                out.extend_from_slice(v.to_string().as_bytes());
                Ok(())
            }
            Len::Encoded(1) => {
                let v = i16::from_le_bytes(self.input.array()?);
                out.extend_from_slice(v.to_string().as_bytes());
                Ok(())
            }
            Len::Encoded(2) => {
                let v = i32::from_le_bytes(self.input.array()?);
                out.extend_from_slice(v.to_string().as_bytes());
                Ok(())
            }
            Len::Encoded(3) => {
                let clen = self.read_len()?;
                let ulen = self.read_len()?;
                check_size(clen)?;
                check_size(ulen)?;
                let mut packed = std::mem::take(&mut self.lzf);
                packed.clear();
                let r = self
                    .input
                    .take(clen, &mut packed)
                    .and_then(|()| Ok(encodings::lzf_decompress(&packed, ulen as usize, out)?));
                self.lzf = packed;
                r
            }
            Len::Encoded(e) => Err(Fail::Bad(format!("unknown string encoding {e}"))),
        }
    }

    /// Measures a string without keeping it.
    fn skip_string(&mut self) -> R<StrLen> {
        let int = |len: usize| StrLen {
            len: len as u64,
            int: true,
        };
        match self.read_len_or_enc()? {
            Len::Plain(n) => {
                self.input.skip(n)?;
                Ok(StrLen { len: n, int: false })
            }
            Len::Encoded(0) => Ok(int((self.input.u8()? as i8).to_string().len())),
            Len::Encoded(1) => Ok(int(i16::from_le_bytes(self.input.array()?)
                .to_string()
                .len())),
            Len::Encoded(2) => Ok(int(i32::from_le_bytes(self.input.array()?)
                .to_string()
                .len())),
            Len::Encoded(3) => {
                let clen = self.read_len()?;
                let ulen = self.read_len()?;
                self.input.skip(clen)?;
                Ok(StrLen {
                    len: ulen,
                    int: false,
                })
            }
            Len::Encoded(e) => Err(Fail::Bad(format!("unknown string encoding {e}"))),
        }
    }

    /// Reads a compact blob (listpack, ziplist, intset, zipmap) into `self.blob`.
    fn read_blob(&mut self) -> R<()> {
        let mut b = std::mem::take(&mut self.blob);
        let r = self.read_string(&mut b);
        self.blob = b;
        r
    }

    fn read_aux(&mut self) -> R<()> {
        let mut k = Vec::new();
        let mut v = Vec::new();
        self.read_string(&mut k)?;
        self.read_string(&mut v)?;
        let k = String::from_utf8_lossy(&k).into_owned();
        let v = String::from_utf8_lossy(&v).into_owned();
        if k == "redis-ver" || k == "valkey-ver" {
            self.est.saw_server(&k, &v);
        }
        if self.aux.len() < 64 {
            self.aux.push((k, v));
        }
        Ok(())
    }

    /// Module data in the self-describing format (opcode, value)* then EOF (0).
    fn skip_module_opcodes(&mut self) -> R<()> {
        loop {
            match self.read_len()? {
                0 => return Ok(()),
                1 | 2 => {
                    self.read_len()?;
                }
                3 => self.input.skip(4)?,
                4 => self.input.skip(8)?,
                5 => {
                    self.skip_string()?;
                }
                op => return Err(Fail::Bad(format!("unknown module data opcode {op}"))),
            }
        }
    }

    fn skip_module_aux(&mut self) -> R<()> {
        self.notes.module_aux += 1;
        self.read_len()?; // module id
        let when_op = self.read_len()?;
        if when_op != 2 {
            return Err(Fail::Bad(format!(
                "module aux data with an unexpected 'when' opcode {when_op}"
            )));
        }
        self.read_len()?;
        self.skip_module_opcodes()
    }

    fn read_key(&mut self, t: u8, expire: Option<i64>, start: u64) -> R<KeyRecord> {
        let mut key = Vec::new();
        self.read_string(&mut key)?;
        let mut rec = KeyRecord {
            db: self.db,
            key,
            kind: String::new(),
            encoding: "",
            elements: 0,
            serialized_bytes: 0,
            memory_bytes: 0,
            expire_at_ms: expire,
            fields_with_ttl: 0,
            stream: None,
        };
        let value = self.read_value(t, &mut rec)?;
        rec.memory_bytes = if rec.kind == "string" {
            value // with its key: see Estimator::string
        } else {
            let compact = matches!(
                rec.encoding,
                "listpack" | "ziplist" | "intset" | "zipmap" | "listpackex"
            );
            value + self.est.key(rec.key.len() as u64, compact)
        };
        rec.serialized_bytes = self.input.offset() - start;
        Ok(rec)
    }

    /// Reads one value into `rec`; returns the estimate of the value's memory.
    fn read_value(&mut self, t: u8, rec: &mut KeyRecord) -> R<u64> {
        let est = self.est.clone();
        let set = |rec: &mut KeyRecord, kind: &str, enc: &'static str, n: u64| {
            rec.kind = kind.to_owned();
            rec.encoding = enc;
            rec.elements = n;
        };
        Ok(match t {
            0 => {
                let s = self.skip_string()?;
                set(rec, "string", if s.int { "int" } else { "raw" }, s.len);
                est.string(rec.key.len() as u64, s.len, s.int)
            }
            1 => {
                // A linked list (RDB < 7): loaded as a quicklist of listpacks.
                let n = self.read_len()?;
                let mut bytes = 0;
                for _ in 0..n {
                    bytes += self.skip_string()?.len + 2;
                }
                set(rec, "list", "linkedlist", n);
                est.list_from_elements(n, bytes)
            }
            2 => {
                let n = self.read_len()?;
                let mut el = 0;
                for _ in 0..n {
                    el += est.set_member(self.skip_string()?.len);
                }
                set(rec, "set", "hashtable", n);
                est.set_ht(n, el)
            }
            3 | 5 => {
                let n = self.read_len()?;
                let mut el = 0;
                for _ in 0..n {
                    el += est.zset_member(self.skip_string()?.len);
                    if t == 5 {
                        self.input.skip(8)?;
                    } else {
                        let l = self.input.u8()?;
                        if l < 253 {
                            self.input.skip(u64::from(l))?;
                        }
                    }
                }
                set(rec, "zset", "skiplist", n);
                est.zset_skiplist(n, el)
            }
            4 => {
                let n = self.read_len()?;
                let mut el = 0;
                for _ in 0..n {
                    let f = self.skip_string()?.len;
                    let v = self.skip_string()?.len;
                    el += est.hash_field(f, v, false);
                }
                set(rec, "hash", "hashtable", n);
                est.hash_ht(n, el, false)
            }
            6 => {
                return Err(Fail::Bad(
                    "a module value in the old format (MODULE, RDB type 6) cannot be skipped without the module"
                        .into(),
                ));
            }
            7 => {
                let id = self.read_len()?;
                let before = self.input.offset();
                self.skip_module_opcodes()?;
                self.notes.module_values += 1;
                set(rec, &module_name(id), "module", 0);
                self.input.offset() - before
            }
            9 => {
                self.read_blob()?;
                let n = encodings::zipmap(&self.blob, |_, _| {})?;
                set(rec, "hash", "zipmap", n);
                est.compact(self.blob.len() as u64)
            }
            10 => {
                self.read_blob()?;
                let n = encodings::ziplist(&self.blob, |_| {})?;
                set(rec, "list", "ziplist", n);
                est.quicklist(1, est.quicklist_node(self.blob.len() as u64), n)
            }
            11 => {
                self.read_blob()?;
                let n = encodings::intset(&self.blob, |_| {})?;
                set(rec, "set", "intset", n);
                est.compact(self.blob.len() as u64)
            }
            12 | 13 => {
                self.read_blob()?;
                let n = encodings::ziplist(&self.blob, |_| {})?;
                let kind = if t == 12 { "zset" } else { "hash" };
                set(rec, kind, "ziplist", n / 2);
                est.compact(self.blob.len() as u64)
            }
            14 | 18 => {
                let nodes = self.read_len()?;
                let mut n = 0;
                let mut mem = 0;
                let mut packed_bytes = 0;
                for _ in 0..nodes {
                    let container = if t == 18 { self.read_len()? } else { 2 };
                    match container {
                        1 => {
                            let s = self.skip_string()?;
                            n += 1;
                            mem += est.quicklist_node(s.len);
                        }
                        2 => {
                            self.read_blob()?;
                            n += if t == 18 {
                                encodings::listpack(&self.blob, |_| {})?
                            } else {
                                encodings::ziplist(&self.blob, |_| {})?
                            };
                            packed_bytes = self.blob.len() as u64;
                            mem += est.quicklist_node(packed_bytes);
                        }
                        c => return Err(Fail::Bad(format!("unknown quicklist container {c}"))),
                    }
                }
                set(rec, "list", "quicklist", n);
                if nodes == 1 && t == 18 && est.small_lists_are_listpacks() && packed_bytes > 0 {
                    rec.encoding = "listpack";
                    est.compact(packed_bytes)
                } else {
                    est.quicklist(nodes, mem, n)
                }
            }
            15 | 19 | 21 => self.read_stream(t, rec)?,
            16 | 17 | 20 => {
                self.read_blob()?;
                let n = encodings::listpack(&self.blob, |_| {})?;
                let (kind, n) = match t {
                    16 => ("hash", n / 2),
                    17 => ("zset", n / 2),
                    _ => ("set", n),
                };
                set(rec, kind, "listpack", n);
                est.compact(self.blob.len() as u64)
            }
            22 | 24 => {
                // A hash table whose fields may carry their own TTL (7.4+).
                if t == 24 {
                    self.input.skip(8)?; // the smallest field expiry
                }
                let n = self.read_len()?;
                let mut el = 0;
                let mut with_ttl = 0;
                for _ in 0..n {
                    let ttl = self.read_len()?;
                    let f = self.skip_string()?.len;
                    let v = self.skip_string()?.len;
                    with_ttl += u64::from(ttl != 0);
                    el += est.hash_field(f, v, ttl != 0);
                }
                set(rec, "hash", "hashtable", n);
                rec.fields_with_ttl = with_ttl;
                est.hash_ht(n, el, true)
            }
            23 | 25 => {
                if t == 25 {
                    self.input.skip(8)?;
                }
                self.read_blob()?;
                let mut i = 0u64;
                let mut with_ttl = 0;
                let n = encodings::listpack(&self.blob, |e| {
                    // (field, value, ttl) triples; ttl 0 = none.
                    if i % 3 == 2 && e != Entry::Int(0) {
                        with_ttl += 1;
                    }
                    i += 1;
                })?;
                if n % 3 != 0 {
                    return Err(Fail::Bad(format!(
                        "a hash listpack with field TTLs holds {n} entries, not field/value/ttl triples"
                    )));
                }
                set(rec, "hash", "listpackex", n / 3);
                rec.fields_with_ttl = with_ttl;
                est.listpack_ex(self.blob.len() as u64)
            }
            t => return Err(Fail::Bad(format!("unknown value type {t}"))),
        })
    }

    fn read_stream(&mut self, t: u8, rec: &mut KeyRecord) -> R<u64> {
        let est = self.est.clone();
        let nodes = self.read_len()?;
        let mut lp_mem = 0;
        let mut node_key = Vec::new();
        for _ in 0..nodes {
            self.read_string(&mut node_key)?;
            if node_key.len() != 16 {
                return Err(Fail::Bad(format!(
                    "a stream node key is {} bytes, not 16",
                    node_key.len()
                )));
            }
            self.read_blob()?;
            encodings::listpack(&self.blob, |_| {})?;
            lp_mem += est.stream_node(self.blob.len() as u64);
        }
        let length = self.read_len()?;
        self.read_len()?; // last id
        self.read_len()?;
        if t >= 19 {
            // first id, max deleted id, entries added
            for _ in 0..5 {
                self.read_len()?;
            }
        }
        let groups = self.read_len()?;
        let mut facts = StreamFacts {
            groups,
            nodes,
            ..StreamFacts::default()
        };
        let mut cg_mem = 0;
        for _ in 0..groups {
            let name = self.skip_string()?;
            self.read_len()?; // last delivered id
            self.read_len()?;
            if t >= 19 {
                self.read_len()?; // entries read
            }
            let pel = self.read_len()?;
            for _ in 0..pel {
                self.input.skip(16 + 8)?; // id, delivery time
                self.read_len()?; // delivery count
            }
            facts.pending += pel;
            let consumers = self.read_len()?;
            facts.consumers += consumers;
            let mut consumer_mem = 0;
            for _ in 0..consumers {
                let cname = self.skip_string()?;
                self.input.skip(8)?; // seen time
                if t >= 21 {
                    self.input.skip(8)?; // active time
                }
                let owned = self.read_len()?;
                self.input.skip(owned.saturating_mul(16))?;
                consumer_mem += est.stream_consumer(cname.len, owned);
            }
            cg_mem += est.stream_group(name.len, pel, consumer_mem);
        }
        rec.kind = "stream".into();
        rec.encoding = "stream";
        rec.elements = length;
        rec.stream = Some(facts);
        Ok(est.stream(nodes, lp_mem, cg_mem))
    }
}

/// No string in a sane snapshot is this big; a length past it is corruption, not a reason to
/// allocate.
fn check_size(n: u64) -> R<()> {
    if n > 1 << 32 {
        return Err(Fail::Bad(format!(
            "a string of {n} bytes: the length is corrupt"
        )));
    }
    Ok(())
}

/// A module type's name from its 64-bit id: 9 characters of 6 bits, then a 10-bit version.
pub fn module_name(id: u64) -> String {
    const SET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut s = String::with_capacity(9);
    for i in 0..9 {
        let c = (id >> (64 - 6 * (i + 1))) & 63;
        s.push(char::from(SET[c as usize]));
    }
    s
}

#[cfg(test)]
mod tests;
