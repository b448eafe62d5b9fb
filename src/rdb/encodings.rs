//! The compact blobs an RDB file carries verbatim from memory (ziplist, listpack, intset,
//! zipmap), LZF decompression of compressed strings, and the CRC64 that ends the file.
//!
//! Each walker checks the blob's structure as it goes (an entry running past the end is an
//! error, not a panic) and counts entries; `visit` callbacks see each entry when a caller needs
//! the values (hash-field TTLs, tests).

/// One entry of a ziplist or listpack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry<'a> {
    Str(&'a [u8]),
    Int(i64),
}

impl Entry<'_> {
    /// The entry as an integer (a listpack stores small numbers as integers).
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Entry::Int(i) => Some(*i),
            Entry::Str(s) => std::str::from_utf8(s).ok()?.parse().ok(),
        }
    }
}

fn le(b: &[u8]) -> u64 {
    b.iter()
        .rev()
        .fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
}

/// Sign-extends the low `bits` bits of `v`.
fn sext(v: u64, bits: u32) -> i64 {
    let shift = 64 - bits;
    ((v << shift) as i64) >> shift
}

/// Walks a listpack: `total_bytes u32, count u16, entries, 0xFF`. Returns the number of entries.
pub fn listpack(blob: &[u8], mut visit: impl FnMut(Entry<'_>)) -> Result<u64, String> {
    if blob.len() < 7 {
        return Err(format!("listpack of {} bytes is too short", blob.len()));
    }
    let total = le(&blob[0..4]) as usize;
    if total != blob.len() {
        return Err(format!(
            "listpack header says {total} bytes, the string holds {}",
            blob.len()
        ));
    }
    let mut p = 6;
    let mut n = 0u64;
    loop {
        let Some(&b) = blob.get(p) else {
            return Err("listpack has no end marker".into());
        };
        if b == 0xFF {
            break;
        }
        let need = |len: usize| -> Result<&[u8], String> {
            blob.get(p..p + len)
                .ok_or_else(|| format!("listpack entry at {p} runs past the end"))
        };
        let (entry, used) = if b & 0x80 == 0 {
            (Entry::Int(i64::from(b & 0x7F)), 1)
        } else if b & 0xC0 == 0x80 {
            let len = usize::from(b & 0x3F);
            (Entry::Str(&need(1 + len)?[1..]), 1 + len)
        } else if b & 0xE0 == 0xC0 {
            let e = need(2)?;
            let v = (u64::from(b & 0x1F) << 8) | u64::from(e[1]);
            (Entry::Int(sext(v, 13)), 2)
        } else if b & 0xF0 == 0xE0 {
            let e = need(2)?;
            let len = (usize::from(b & 0x0F) << 8) | usize::from(e[1]);
            (Entry::Str(&need(2 + len)?[2..]), 2 + len)
        } else {
            match b {
                0xF0 => {
                    let len = le(&need(5)?[1..5]) as usize;
                    (Entry::Str(&need(5 + len)?[5..]), 5 + len)
                }
                0xF1 => (Entry::Int(sext(le(&need(3)?[1..3]), 16)), 3),
                0xF2 => (Entry::Int(sext(le(&need(4)?[1..4]), 24)), 4),
                0xF3 => (Entry::Int(sext(le(&need(5)?[1..5]), 32)), 5),
                0xF4 => (Entry::Int(le(&need(9)?[1..9]) as i64), 9),
                _ => {
                    return Err(format!(
                        "listpack entry at {p} has unknown encoding {b:#04x}"
                    ));
                }
            }
        };
        let back = match used {
            // lpEncodeBacklen's limits (`l < 16383` takes 2 bytes, ...).
            0..=127 => 1,
            128..=16_382 => 2,
            16_383..=2_097_150 => 3,
            2_097_151..=268_435_454 => 4,
            _ => 5,
        };
        if p + used + back > blob.len() {
            return Err(format!("listpack entry at {p} runs past the end"));
        }
        visit(entry);
        n += 1;
        p += used + back;
    }
    let header = le(&blob[4..6]);
    if header != 0xFFFF && header != n {
        return Err(format!(
            "listpack header counts {header} entries, it holds {n}"
        ));
    }
    Ok(n)
}

/// Walks a ziplist: `zlbytes u32, zltail u32, zllen u16, entries, 0xFF`.
pub fn ziplist(blob: &[u8], mut visit: impl FnMut(Entry<'_>)) -> Result<u64, String> {
    if blob.len() < 11 {
        return Err(format!("ziplist of {} bytes is too short", blob.len()));
    }
    let total = le(&blob[0..4]) as usize;
    if total != blob.len() {
        return Err(format!(
            "ziplist header says {total} bytes, the string holds {}",
            blob.len()
        ));
    }
    let mut p = 10;
    let mut n = 0u64;
    loop {
        let Some(&b) = blob.get(p) else {
            return Err("ziplist has no end marker".into());
        };
        if b == 0xFF {
            break;
        }
        // prevlen: 1 byte, or 0xFE and 4 bytes.
        p += if b == 0xFE { 5 } else { 1 };
        let need = |from: usize, len: usize| -> Result<&[u8], String> {
            blob.get(from..from + len)
                .ok_or_else(|| format!("ziplist entry at {from} runs past the end"))
        };
        let enc = need(p, 1)?[0];
        let (entry, used) = match enc >> 6 {
            0 => {
                let len = usize::from(enc & 0x3F);
                (Entry::Str(need(p + 1, len)?), 1 + len)
            }
            1 => {
                let len = (usize::from(enc & 0x3F) << 8) | usize::from(need(p + 1, 1)?[0]);
                (Entry::Str(need(p + 2, len)?), 2 + len)
            }
            2 => {
                let l = need(p + 1, 4)?;
                let len = u32::from_be_bytes([l[0], l[1], l[2], l[3]]) as usize;
                (Entry::Str(need(p + 5, len)?), 5 + len)
            }
            _ => match enc {
                0xC0 => (Entry::Int(sext(le(need(p + 1, 2)?), 16)), 3),
                0xD0 => (Entry::Int(sext(le(need(p + 1, 4)?), 32)), 5),
                0xE0 => (Entry::Int(le(need(p + 1, 8)?) as i64), 9),
                0xF0 => (Entry::Int(sext(le(need(p + 1, 3)?), 24)), 4),
                0xFE => (Entry::Int(i64::from(need(p + 1, 1)?[0] as i8)), 2),
                0xF1..=0xFD => (Entry::Int(i64::from(enc & 0x0F) - 1), 1),
                _ => {
                    return Err(format!(
                        "ziplist entry at {p} has unknown encoding {enc:#04x}"
                    ));
                }
            },
        };
        visit(entry);
        n += 1;
        p += used;
    }
    let header = le(&blob[8..10]);
    if header != 0xFFFF && header != n {
        return Err(format!(
            "ziplist header counts {header} entries, it holds {n}"
        ));
    }
    Ok(n)
}

/// An intset: `encoding u32 (2, 4 or 8), length u32, values`. Returns the number of values.
pub fn intset(blob: &[u8], mut visit: impl FnMut(i64)) -> Result<u64, String> {
    if blob.len() < 8 {
        return Err(format!("intset of {} bytes is too short", blob.len()));
    }
    let width = le(&blob[0..4]) as usize;
    let len = le(&blob[4..8]) as usize;
    if !matches!(width, 2 | 4 | 8) {
        return Err(format!("intset has unknown width {width}"));
    }
    if blob.len() != 8 + width * len {
        return Err(format!(
            "intset of {len} values of {width} bytes is {} bytes long",
            blob.len()
        ));
    }
    for v in blob[8..].chunks(width) {
        visit(sext(le(v), width as u32 * 8));
    }
    Ok(len as u64)
}

/// A zipmap (hashes written before Redis 2.6): `count u8, (len key len free value)*, 0xFF`.
/// Returns the number of fields.
pub fn zipmap(blob: &[u8], mut visit: impl FnMut(&[u8], &[u8])) -> Result<u64, String> {
    let mut p = 1;
    let mut n = 0u64;
    let len_at = |p: usize| -> Result<(usize, usize), String> {
        match blob.get(p) {
            Some(&b) if b < 254 => Ok((usize::from(b), 1)),
            Some(254) => {
                let l = blob
                    .get(p + 1..p + 5)
                    .ok_or("zipmap length runs past the end")?;
                Ok((le(l) as usize, 5))
            }
            _ => Err(format!("zipmap has a bad length at {p}")),
        }
    };
    loop {
        match blob.get(p) {
            None => return Err("zipmap has no end marker".into()),
            Some(255) => break,
            Some(_) => {}
        }
        let (klen, a) = len_at(p)?;
        let key = blob
            .get(p + a..p + a + klen)
            .ok_or("zipmap key runs past the end")?;
        p += a + klen;
        let (vlen, b) = len_at(p)?;
        let free = usize::from(*blob.get(p + b).ok_or("zipmap value runs past the end")?);
        let value = blob
            .get(p + b + 1..p + b + 1 + vlen)
            .ok_or("zipmap value runs past the end")?;
        p += b + 1 + vlen + free;
        visit(key, value);
        n += 1;
    }
    Ok(n)
}

/// LZF decompression (liblzf's format, as Redis writes it) into `out`, which must end up
/// exactly `expect` bytes long.
pub fn lzf_decompress(input: &[u8], expect: usize, out: &mut Vec<u8>) -> Result<(), String> {
    out.clear();
    out.reserve(expect);
    let mut ip = 0;
    while ip < input.len() {
        let ctrl = usize::from(input[ip]);
        ip += 1;
        if ctrl < 32 {
            let run = ctrl + 1;
            let lit = input
                .get(ip..ip + run)
                .ok_or("LZF literal runs past the end of the compressed data")?;
            out.extend_from_slice(lit);
            ip += run;
        } else {
            let mut len = ctrl >> 5;
            if len == 7 {
                len += usize::from(*input.get(ip).ok_or("LZF back-reference is cut short")?);
                ip += 1;
            }
            let low = usize::from(*input.get(ip).ok_or("LZF back-reference is cut short")?);
            ip += 1;
            let back = ((ctrl & 0x1F) << 8) + low + 1;
            if back > out.len() {
                return Err("LZF back-reference points before the start".into());
            }
            let from = out.len() - back;
            for i in 0..len + 2 {
                let b = out[from + i];
                out.push(b);
            }
        }
        if out.len() > expect {
            return Err(format!(
                "LZF data expands past the announced {expect} bytes"
            ));
        }
    }
    if out.len() != expect {
        return Err(format!(
            "LZF data expands to {} bytes, the header announced {expect}",
            out.len()
        ));
    }
    Ok(())
}

/// CRC-64/Jones (reflected, polynomial 0xad93d23594c935a9, init 0), as Redis checks RDB files;
/// slicing by 8 for speed.
pub struct Crc64 {
    tables: Box<[[u64; 256]; 8]>,
    pub value: u64,
}

impl Default for Crc64 {
    fn default() -> Self {
        Self::new()
    }
}

impl Crc64 {
    pub fn new() -> Crc64 {
        const POLY: u64 = 0x95ac_9329_ac4b_c9b5; // 0xad93d23594c935a9 reflected
        let mut t = Box::new([[0u64; 256]; 8]);
        for i in 0..256 {
            let mut c = i as u64;
            for _ in 0..8 {
                c = if c & 1 == 1 { (c >> 1) ^ POLY } else { c >> 1 };
            }
            t[0][i] = c;
        }
        for i in 0..256 {
            for k in 1..8 {
                let prev = t[k - 1][i];
                t[k][i] = (prev >> 8) ^ t[0][(prev & 0xFF) as usize];
            }
        }
        Crc64 {
            tables: t,
            value: 0,
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        let t = &self.tables;
        let mut crc = self.value;
        let mut chunks = data.chunks_exact(8);
        for c in &mut chunks {
            let v = crc ^ u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            crc = t[7][(v & 0xFF) as usize]
                ^ t[6][((v >> 8) & 0xFF) as usize]
                ^ t[5][((v >> 16) & 0xFF) as usize]
                ^ t[4][((v >> 24) & 0xFF) as usize]
                ^ t[3][((v >> 32) & 0xFF) as usize]
                ^ t[2][((v >> 40) & 0xFF) as usize]
                ^ t[1][((v >> 48) & 0xFF) as usize]
                ^ t[0][(v >> 56) as usize];
        }
        for &b in chunks.remainder() {
            crc = t[0][((crc ^ u64::from(b)) & 0xFF) as usize] ^ (crc >> 8);
        }
        self.value = crc;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A listpack holding `entries` (strings, or integers when they parse), as Redis writes it.
    pub fn make_listpack(entries: &[&str]) -> Vec<u8> {
        let mut body = Vec::new();
        for e in entries {
            let start = body.len();
            match e.parse::<i64>() {
                Ok(v) if (0..128).contains(&v) => body.push(v as u8),
                Ok(v) if (-4096..4096).contains(&v) => {
                    let u = (v as u64) & 0x1FFF;
                    body.push(0xC0 | (u >> 8) as u8);
                    body.push(u as u8);
                }
                Ok(v) if i16::try_from(v).is_ok() => {
                    body.push(0xF1);
                    body.extend_from_slice(&(v as i16).to_le_bytes());
                }
                Ok(v) => {
                    body.push(0xF4);
                    body.extend_from_slice(&v.to_le_bytes());
                }
                Err(_) if e.len() < 64 => {
                    body.push(0x80 | e.len() as u8);
                    body.extend_from_slice(e.as_bytes());
                }
                Err(_) if e.len() < 4096 => {
                    body.push(0xE0 | (e.len() >> 8) as u8);
                    body.push(e.len() as u8);
                    body.extend_from_slice(e.as_bytes());
                }
                Err(_) => {
                    body.push(0xF0);
                    body.extend_from_slice(&(e.len() as u32).to_le_bytes());
                    body.extend_from_slice(e.as_bytes());
                }
            }
            let used = body.len() - start;
            // backlen: 7 bits a byte, most significant first, high bit set on all but the first.
            let mut back = Vec::new();
            let mut v = used;
            loop {
                back.push((v & 0x7F) as u8);
                v >>= 7;
                if v == 0 {
                    break;
                }
            }
            back.reverse();
            for b in back.iter_mut().skip(1) {
                *b |= 0x80;
            }
            body.extend_from_slice(&back);
        }
        let total = 6 + body.len() + 1;
        let mut lp = Vec::with_capacity(total);
        lp.extend_from_slice(&(total as u32).to_le_bytes());
        lp.extend_from_slice(&(entries.len().min(0xFFFF) as u16).to_le_bytes());
        lp.extend_from_slice(&body);
        lp.push(0xFF);
        lp
    }

    /// A ziplist holding `entries`, as Redis 6.2 writes it.
    pub fn make_ziplist(entries: &[&str]) -> Vec<u8> {
        let mut body = Vec::new();
        let mut prev = 0usize;
        for e in entries {
            let start = body.len();
            if prev < 254 {
                body.push(prev as u8);
            } else {
                body.push(0xFE);
                body.extend_from_slice(&(prev as u32).to_le_bytes());
            }
            match e.parse::<i64>() {
                Ok(v) if (0..=12).contains(&v) => body.push(0xF1 + v as u8),
                Ok(v) if i8::try_from(v).is_ok() => {
                    body.push(0xFE);
                    body.push(v as i8 as u8);
                }
                Ok(v) if i16::try_from(v).is_ok() => {
                    body.push(0xC0);
                    body.extend_from_slice(&(v as i16).to_le_bytes());
                }
                Ok(v) if (-(1 << 23)..(1 << 23)).contains(&v) => {
                    body.push(0xF0);
                    body.extend_from_slice(&(v as i32).to_le_bytes()[..3]);
                }
                Ok(v) if i32::try_from(v).is_ok() => {
                    body.push(0xD0);
                    body.extend_from_slice(&(v as i32).to_le_bytes());
                }
                Ok(v) => {
                    body.push(0xE0);
                    body.extend_from_slice(&v.to_le_bytes());
                }
                Err(_) if e.len() < 64 => {
                    body.push(e.len() as u8);
                    body.extend_from_slice(e.as_bytes());
                }
                Err(_) if e.len() < 16384 => {
                    body.push(0x40 | (e.len() >> 8) as u8);
                    body.push(e.len() as u8);
                    body.extend_from_slice(e.as_bytes());
                }
                Err(_) => {
                    body.push(0x80);
                    body.extend_from_slice(&(e.len() as u32).to_be_bytes());
                    body.extend_from_slice(e.as_bytes());
                }
            }
            prev = body.len() - start;
        }
        let total = 10 + body.len() + 1;
        let mut zl = Vec::with_capacity(total);
        zl.extend_from_slice(&(total as u32).to_le_bytes());
        zl.extend_from_slice(&0u32.to_le_bytes()); // zltail: not read
        zl.extend_from_slice(&(entries.len().min(0xFFFF) as u16).to_le_bytes());
        zl.extend_from_slice(&body);
        zl.push(0xFF);
        zl
    }

    fn strings(e: Entry<'_>) -> String {
        match e {
            Entry::Str(s) => String::from_utf8_lossy(s).into_owned(),
            Entry::Int(i) => i.to_string(),
        }
    }

    #[test]
    fn listpack_round_trips_every_encoding() {
        let long = "x".repeat(300);
        let huge = "y".repeat(5000);
        let want = [
            "0",
            "127",
            "-1",
            "4095",
            "-4096",
            "30000",
            "-30000",
            "9000000000",
            "short",
            &long,
            &huge,
            "",
        ];
        let lp = make_listpack(&want);
        let mut got = Vec::new();
        assert_eq!(listpack(&lp, |e| got.push(strings(e))), Ok(12));
        assert_eq!(got, want);
        // Cut short, a wrong header length, a wrong count: errors, never a panic.
        assert!(listpack(&lp[..lp.len() - 1], |_| {}).is_err());
        let mut bad = lp.clone();
        bad[4] = 3;
        assert!(listpack(&bad, |_| {}).unwrap_err().contains("counts 3"));
        for cut in 0..lp.len() {
            let mut t = lp[..cut].to_vec();
            if t.len() >= 4 {
                t[0..4].copy_from_slice(&(cut as u32).to_le_bytes());
            }
            assert!(listpack(&t, |_| {}).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn ziplist_round_trips_every_encoding() {
        let long = "z".repeat(300);
        let want = [
            "0",
            "12",
            "13",
            "-5",
            "1000",
            "-1000",
            "100000",
            "-8388608",
            "2000000000",
            "-9000000000",
            "plain",
            &long,
            "",
        ];
        let zl = make_ziplist(&want);
        let mut got = Vec::new();
        assert_eq!(ziplist(&zl, |e| got.push(strings(e))), Ok(13));
        assert_eq!(got, want);
        for cut in 0..zl.len() {
            let mut t = zl[..cut].to_vec();
            if t.len() >= 4 {
                t[0..4].copy_from_slice(&(cut as u32).to_le_bytes());
            }
            assert!(ziplist(&t, |_| {}).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn intset_of_each_width() {
        for (width, vals) in [
            (2u32, vec![-3i64, 7]),
            (4, vec![70000]),
            (8, vec![-1 << 40, 5]),
        ] {
            let mut b = width.to_le_bytes().to_vec();
            b.extend_from_slice(&(vals.len() as u32).to_le_bytes());
            for v in &vals {
                b.extend_from_slice(&v.to_le_bytes()[..width as usize]);
            }
            let mut got = Vec::new();
            assert_eq!(intset(&b, |v| got.push(v)), Ok(vals.len() as u64));
            assert_eq!(got, vals);
            assert!(intset(&b[..b.len() - 1], |_| {}).is_err());
        }
    }

    #[test]
    fn zipmap_fields() {
        // {a: 1, bb: xyz (with 2 free bytes)}
        let zm = [
            2u8, 1, b'a', 1, 0, b'1', 2, b'b', b'b', 3, 2, b'x', b'y', b'z', 0, 0, 255,
        ];
        let mut got = Vec::new();
        assert_eq!(
            zipmap(&zm, |k, v| got.push((k.to_vec(), v.to_vec()))),
            Ok(2)
        );
        assert_eq!(got[1], (b"bb".to_vec(), b"xyz".to_vec()));
        assert!(zipmap(&zm[..10], |_, _| {}).is_err());
    }

    #[test]
    fn lzf_literals_and_back_references() {
        // "abcabcabcabc": 3 literals, then a back-reference of 9 bytes at distance 3.
        let data = [2u8, b'a', b'b', b'c', (7 << 5), 0, 2];
        let mut out = Vec::new();
        lzf_decompress(&data, 12, &mut out).expect("decompresses");
        assert_eq!(out, b"abcabcabcabc");
        assert!(lzf_decompress(&data, 11, &mut out).is_err());
        assert!(lzf_decompress(&data[..5], 12, &mut out).is_err());
        assert!(lzf_decompress(&[0u8, b'a', 0x20, 5], 4, &mut out).is_err());
    }

    #[test]
    fn crc64_matches_redis() {
        // Redis's crc64 self-test: crc64(0, "123456789") == 0xe9c6d914c4b8d9ca.
        let mut c = Crc64::new();
        c.update(b"123456789");
        assert_eq!(c.value, 0xe9c6_d914_c4b8_d9ca);
        let mut c = Crc64::new();
        c.update(b"1234");
        c.update(b"56789");
        assert_eq!(c.value, 0xe9c6_d914_c4b8_d9ca);
    }
}
