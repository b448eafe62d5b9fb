//! Files built byte by byte, one record per encoding, read back.

use super::encodings::Crc64;
use super::encodings::tests::{make_listpack, make_ziplist};
use super::*;

/// A tiny RDB writer for the tests.
struct W(Vec<u8>);

impl W {
    fn new(version: u32) -> W {
        W(format!("REDIS{version:04}").into_bytes())
    }
    fn len(&mut self, n: u64) -> &mut Self {
        if n < 64 {
            self.0.push(n as u8);
        } else if n < 16384 {
            self.0.push(0x40 | (n >> 8) as u8);
            self.0.push(n as u8);
        } else if n <= u64::from(u32::MAX) {
            self.0.push(0x80);
            self.0.extend_from_slice(&(n as u32).to_be_bytes());
        } else {
            self.0.push(0x81);
            self.0.extend_from_slice(&n.to_be_bytes());
        }
        self
    }
    fn str(&mut self, s: &[u8]) -> &mut Self {
        self.len(s.len() as u64);
        self.0.extend_from_slice(s);
        self
    }
    fn byte(&mut self, b: u8) -> &mut Self {
        self.0.push(b);
        self
    }
    fn raw(&mut self, b: &[u8]) -> &mut Self {
        self.0.extend_from_slice(b);
        self
    }
    fn aux(&mut self, k: &str, v: &str) -> &mut Self {
        self.byte(0xFA).str(k.as_bytes()).str(v.as_bytes())
    }
    fn key(&mut self, t: u8, k: &str) -> &mut Self {
        self.byte(t).str(k.as_bytes())
    }
    fn end(&mut self, checksum: bool) -> Vec<u8> {
        self.0.push(0xFF);
        let mut c = Crc64::new();
        c.update(&self.0);
        let v = if checksum { c.value } else { 0 };
        self.0.extend_from_slice(&v.to_le_bytes());
        self.0.clone()
    }
}

fn read_all(data: &[u8]) -> Result<(Vec<KeyRecord>, RdbReader<&[u8]>), RdbError> {
    let mut r = RdbReader::new(data)?;
    let mut out = Vec::new();
    while let Some(k) = r.next_key()? {
        out.push(k);
    }
    Ok((out, r))
}

/// One key of every encoding a Redis 6.2 to 8.0 file can carry.
fn sample_file(version: u32) -> Vec<u8> {
    let mut w = W::new(version);
    w.aux("redis-ver", "7.2.4").aux("ctime", "1700000000");
    w.byte(0xFE).len(0).byte(0xFB).len(20).len(2);
    // Strings: plain, int8/16/32, LZF ("abcabcabcabc").
    w.key(0, "s:plain").str(b"hello");
    w.key(0, "s:i8").raw(&[0xC0, 0xF6]); // -10
    w.key(0, "s:i16").raw(&[0xC1]).raw(&1000i16.to_le_bytes());
    w.key(0, "s:i32")
        .raw(&[0xC2])
        .raw(&100_000i32.to_le_bytes());
    w.key(0, "s:lzf")
        .raw(&[0xC3])
        .len(7)
        .len(12)
        .raw(&[2, b'a', b'b', b'c', 7 << 5, 0, 2]);
    // Expiry in ms and in seconds, with FREQ / IDLE before the key.
    w.byte(0xFC).raw(&1_700_000_060_000i64.to_le_bytes());
    w.byte(0xF9).byte(5);
    w.key(0, "s:ttl").str(b"x");
    w.byte(0xFD).raw(&1_700_000_100u32.to_le_bytes());
    w.byte(0xF8).len(100);
    w.key(0, "s:ttl_s").str(b"y");
    // Lists: linked list, ziplist, quicklist v1, quicklist v2 (packed and plain nodes).
    w.key(1, "l:linked").len(2).str(b"a").str(b"b");
    w.key(10, "l:zl").str(&make_ziplist(&["1", "2", "3"]));
    w.key(14, "l:ql1")
        .len(2)
        .str(&make_ziplist(&["a", "b"]))
        .str(&make_ziplist(&["c"]));
    w.key(18, "l:ql2")
        .len(2)
        .len(2)
        .str(&make_listpack(&["a", "b", "c"]))
        .len(1)
        .str(&[b'p'; 100]);
    // Sets: hash table, intset, listpack.
    w.key(2, "set:ht").len(3).str(b"a").str(b"b").str(b"c");
    let mut is = 2u32.to_le_bytes().to_vec();
    is.extend_from_slice(&2u32.to_le_bytes());
    is.extend_from_slice(&1i16.to_le_bytes());
    is.extend_from_slice(&2i16.to_le_bytes());
    w.key(11, "set:int").str(&is);
    w.key(20, "set:lp").str(&make_listpack(&["x", "y"]));
    // Sorted sets: ZSET (string scores, with inf/nan markers), ZSET_2, ziplist, listpack.
    w.key(3, "z:1")
        .len(3)
        .str(b"a")
        .str(b"1.5")
        .str(b"b")
        .byte(254)
        .str(b"c")
        .byte(253);
    w.key(5, "z:2").len(1).str(b"m").raw(&2.5f64.to_le_bytes());
    w.key(12, "z:zl").str(&make_ziplist(&["m", "1", "n", "2"]));
    w.key(17, "z:lp").str(&make_listpack(&["m", "1"]));
    // Hashes: table, zipmap, ziplist, listpack, and the 7.4/8.0 field-TTL types.
    w.key(4, "h:ht").len(1).str(b"f").str(b"v");
    w.key(9, "h:zm").str(&[1, 1, b'a', 1, 0, b'1', 255]);
    w.key(13, "h:zl").str(&make_ziplist(&["f", "v", "g", "w"]));
    w.key(16, "h:lp").str(&make_listpack(&["f", "v"]));
    w.key(24, "h:meta")
        .raw(&1_700_000_000_000u64.to_le_bytes())
        .len(2)
        .len(0)
        .str(b"f")
        .str(b"v")
        .len(5001)
        .str(b"g")
        .str(b"w");
    w.key(22, "h:meta_pre")
        .len(1)
        .len(1_700_000_005_000)
        .str(b"f")
        .str(b"v");
    w.key(25, "h:lpex")
        .raw(&1_700_000_000_000u64.to_le_bytes())
        .str(&make_listpack(&["f", "v", "0", "g", "w", "1700000009000"]));
    w.key(23, "h:lpex_pre")
        .str(&make_listpack(&["f", "v", "1700000009000"]));
    // A stream (v3) with one group, two pending entries and one consumer.
    let mut sid = 1_700_000_000_000u64.to_be_bytes().to_vec();
    sid.extend_from_slice(&0u64.to_be_bytes());
    w.key(21, "q:tx")
        .len(1)
        .str(&sid)
        .str(&make_listpack(&[
            "3", "0", "1", "payload", "0", "0", "1", "2", "3", "4",
        ]))
        .len(3) // length
        .len(1_700_000_000_002)
        .len(0) // last id
        .len(1_700_000_000_000)
        .len(0) // first id
        .len(0)
        .len(0) // max deleted
        .len(3) // entries added
        .len(1) // groups
        .str(b"workers")
        .len(1_700_000_000_001)
        .len(0)
        .len(2) // entries read
        .len(2);
    for i in 0..2u64 {
        let mut id = 1_700_000_000_000u64.to_be_bytes().to_vec();
        id.extend_from_slice(&i.to_be_bytes());
        w.raw(&id).raw(&0u64.to_le_bytes()).len(1);
    }
    w.len(1)
        .str(b"dead-worker")
        .raw(&0u64.to_le_bytes())
        .raw(&0u64.to_le_bytes())
        .len(2);
    for i in 0..2u64 {
        let mut id = 1_700_000_000_000u64.to_be_bytes().to_vec();
        id.extend_from_slice(&i.to_be_bytes());
        w.raw(&id);
    }
    // A module value (type 7): uint, string, double, EOF; module aux; a function library.
    w.byte(0xF7).len(42).len(2).len(0).len(2).len(7).len(0);
    w.key(7, "mod:1")
        .len(0x1234)
        .len(2)
        .len(9)
        .len(5)
        .str(b"blob")
        .len(4)
        .raw(&1.0f64.to_le_bytes())
        .len(0);
    w.byte(0xF5)
        .str(b"#!lua name=lib\nredis.register_function('f', function() end)");
    // Another database, and a slot-info record (7.4+ cluster files).
    w.byte(0xFE).len(3).byte(0xF4).len(7).len(1).len(0);
    w.key(0, "other:db").str(b"z");
    w.end(true)
}

#[test]
fn reads_every_encoding() {
    let data = sample_file(12);
    let (keys, r) = read_all(&data).expect("reads");
    let got: Vec<(String, String, &str, u64)> = keys
        .iter()
        .map(|k| {
            (
                String::from_utf8_lossy(&k.key).into_owned(),
                k.kind.clone(),
                k.encoding,
                k.elements,
            )
        })
        .collect();
    let module = module_name(0x1234);
    let want: Vec<(&str, &str, &str, u64)> = vec![
        ("s:plain", "string", "raw", 5),
        ("s:i8", "string", "int", 3),
        ("s:i16", "string", "int", 4),
        ("s:i32", "string", "int", 6),
        ("s:lzf", "string", "raw", 12),
        ("s:ttl", "string", "raw", 1),
        ("s:ttl_s", "string", "raw", 1),
        ("l:linked", "list", "linkedlist", 2),
        ("l:zl", "list", "ziplist", 3),
        ("l:ql1", "list", "quicklist", 3),
        ("l:ql2", "list", "quicklist", 4),
        ("set:ht", "set", "hashtable", 3),
        ("set:int", "set", "intset", 2),
        ("set:lp", "set", "listpack", 2),
        ("z:1", "zset", "skiplist", 3),
        ("z:2", "zset", "skiplist", 1),
        ("z:zl", "zset", "ziplist", 2),
        ("z:lp", "zset", "listpack", 1),
        ("h:ht", "hash", "hashtable", 1),
        ("h:zm", "hash", "zipmap", 1),
        ("h:zl", "hash", "ziplist", 2),
        ("h:lp", "hash", "listpack", 1),
        ("h:meta", "hash", "hashtable", 2),
        ("h:meta_pre", "hash", "hashtable", 1),
        ("h:lpex", "hash", "listpackex", 2),
        ("h:lpex_pre", "hash", "listpackex", 1),
        ("q:tx", "stream", "stream", 3),
        ("mod:1", &module, "module", 0),
        ("other:db", "string", "raw", 1),
    ];
    let want: Vec<(String, String, &str, u64)> = want
        .into_iter()
        .map(|(a, b, c, d)| (a.to_owned(), b.to_owned(), c, d))
        .collect();
    assert_eq!(got, want);
    let by = |name: &str| {
        keys.iter()
            .find(|k| k.key == name.as_bytes())
            .unwrap_or_else(|| panic!("{name}"))
    };
    assert_eq!(by("s:ttl").expire_at_ms, Some(1_700_000_060_000));
    assert_eq!(by("s:ttl_s").expire_at_ms, Some(1_700_000_100_000));
    assert_eq!(by("s:plain").expire_at_ms, None);
    assert_eq!(by("h:meta").fields_with_ttl, 1);
    assert_eq!(by("h:meta_pre").fields_with_ttl, 1);
    assert_eq!(by("h:lpex").fields_with_ttl, 1);
    assert_eq!(by("h:lpex_pre").fields_with_ttl, 1);
    assert_eq!(
        by("q:tx").stream,
        Some(StreamFacts {
            groups: 1,
            pending: 2,
            consumers: 1,
            nodes: 1
        })
    );
    assert_eq!(by("other:db").db, 3);
    assert_eq!(by("s:plain").db, 0);
    // The record's bytes: type, key and value (and the expiry before it).
    assert_eq!(by("s:plain").serialized_bytes, 1 + 8 + 6);
    assert_eq!(by("s:ttl").serialized_bytes, 9 + 2 + 1 + 6 + 2);
    assert!(
        keys.iter()
            .all(|k| k.memory_bytes > 0 || k.encoding == "module")
    );
    assert_eq!(r.notes.checksum_ok, Some(true));
    assert_eq!(
        (r.notes.module_values, r.notes.module_aux, r.notes.functions),
        (1, 1, 1)
    );
    assert_eq!(r.aux_field("ctime"), Some("1700000000"));
    assert_eq!(r.offset(), data.len() as u64);
}

#[test]
fn a_cut_anywhere_is_an_error_with_an_offset_never_a_panic() {
    let data = sample_file(11);
    for cut in 9..data.len() {
        match read_all(&data[..cut]) {
            Ok(_) => panic!("a file cut at {cut} of {} read as whole", data.len()),
            Err(e) => {
                assert!(e.offset <= cut as u64, "cut {cut}: offset {}", e.offset);
                assert!(e.truncated, "cut {cut}: {}", e.message);
            }
        }
    }
    // The error names the last key read before the cut.
    let cut = data
        .windows(7)
        .position(|w| w == b"set:int")
        .expect("set:int is in the file");
    let e = read_all(&data[..cut + 9]).err().expect("cut");
    assert_eq!(e.last_key.as_deref(), Some(&b"set:ht"[..]));
}

#[test]
fn corruption_is_caught_by_the_structure_or_the_checksum() {
    let data = sample_file(12);
    // A flipped byte in a value string's content: only the checksum can tell.
    let at = data.windows(5).position(|w| w == b"hello").expect("hello");
    let mut bad = data.clone();
    bad[at] = b'j';
    let e = read_all(&bad).err().expect("checksum");
    assert!(e.message.contains("checksum mismatch"), "{}", e.message);
    assert_eq!(e.offset as usize, data.len() - 9);
    // A checksum of 0 means the server had it disabled: accepted, not verified.
    let mut off = data.clone();
    let n = off.len();
    off[n - 8..].copy_from_slice(&[0; 8]);
    let (_, r) = read_all(&off).expect("no checksum");
    assert_eq!(r.notes.checksum_ok, None);
    // An unknown type byte.
    let mut w = W::new(12);
    w.key(99, "k").str(b"v");
    let e = read_all(&w.end(false)).err().expect("type 99");
    assert!(e.message.contains("unknown value type 99"), "{}", e.message);
    assert_eq!(e.offset, 9);
    // Flipping every byte in turn never panics.
    for i in 9..data.len() {
        let mut d = data.clone();
        d[i] ^= 0xA5;
        let _ = read_all(&d);
    }
}

#[test]
fn versions_outside_1_to_12_and_other_files_are_refused() {
    for (head, needle) in [
        (&b"REDIS0013"[..], "RDB version 13 is not supported"),
        (&b"REDIS0080"[..], "RDB version 80 is not supported"),
        (&b"REDIS00x1"[..], "not a number"),
        (&b"*1\r\n$4\r\nPING"[..], "not an RDB file"),
    ] {
        let e = RdbReader::new(head).err().expect("refused");
        assert!(e.message.contains(needle), "{}", e.message);
    }
    let e = RdbReader::new(&b"RED"[..]).err().expect("short");
    assert!(e.truncated);
}

#[test]
fn big_strings_are_skipped_through_a_small_buffer() {
    let big = vec![b'q'; 3 * BUF + 17];
    let mut w = W::new(9);
    w.key(0, "big").str(&big);
    w.key(0, "after").str(b"1x");
    let data = w.end(true);
    let (keys, r) = read_all(&data).expect("reads");
    assert_eq!(keys[0].elements, big.len() as u64);
    assert_eq!(keys[1].key, b"after");
    assert_eq!(r.notes.checksum_ok, Some(true));
}

#[test]
fn module_names_decode_from_their_ids() {
    // "ReJSON-RL" version 3, as RedisJSON registers it.
    let set = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut id = 0u64;
    for c in b"ReJSON-RL" {
        let v = set.iter().position(|x| x == c).expect("charset") as u64;
        id = (id << 6) | v;
    }
    id = (id << 10) | 3;
    assert_eq!(module_name(id), "ReJSON-RL");
}
