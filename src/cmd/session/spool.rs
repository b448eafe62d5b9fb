//! What `session kill` is about to end, spooled as it is read: memory stays bounded by a
//! page whatever the number of sessions (an unlinked 0600 temp file per node, read back in
//! order as often as needed), plus the bounded sample the table and the prompt show.

use super::read::fingerprint;
use super::table::TABLE_ROWS;
use super::value::{Session, sort_sessions};
use crate::client::{Client, Node};
use crate::error::{Error, Result};
use crate::safety::PriorItem;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};

/// One session to end, as it was read and shown.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Rec {
    pub(super) user: Vec<u8>,
    pub(super) key: Vec<u8>,
    pub(super) id: Vec<u8>,
    pub(super) raw: Vec<u8>,
    pub(super) ttl_ms: Option<i64>,
    pub(super) field_ttl_ms: Option<i64>,
}

impl Rec {
    pub(super) fn from_session(s: &Session) -> Rec {
        Rec {
            user: s.user.clone(),
            key: s.key.clone(),
            id: s.id.clone(),
            raw: s.raw.clone(),
            ttl_ms: s.ttl_ms,
            field_ttl_ms: s.field_ttl_ms,
        }
    }
    pub(super) fn prior(&self) -> PriorItem {
        PriorItem::HashField {
            key: self.key.clone(),
            field: self.id.clone(),
            value: self.raw.clone(),
            key_ttl_ms: self.ttl_ms,
            field_ttl_ms: self.field_ttl_ms,
        }
    }
    pub(super) fn session(&self) -> Session {
        Session::read(
            self.user.clone(),
            self.key.clone(),
            self.id.clone(),
            self.raw.clone(),
            self.ttl_ms,
            self.field_ttl_ms,
        )
    }
    pub(super) fn size(&self) -> usize {
        self.key.len() + self.id.len() + self.raw.len() + 32
    }
}

/// Sessions to end, written to an unlinked temp file (0600) as they are read, and read back
/// in order as often as needed: memory stays bounded by a page.
pub(super) struct Spool {
    file: BufWriter<File>,
    pub(super) len: usize,
}

pub(super) fn spool_error(e: std::io::Error) -> Error {
    Error::refused(format!(
        "cannot keep the sessions to end in a temporary file: {e}; nothing was changed"
    ))
    .hint("free space in the temporary directory (TMPDIR), or narrow the filters")
}

impl Spool {
    pub(super) fn new() -> Result<Spool> {
        Ok(Spool {
            file: BufWriter::with_capacity(256 << 10, tempfile::tempfile().map_err(spool_error)?),
            len: 0,
        })
    }

    pub(super) fn push(&mut self, r: &Rec) -> Result<()> {
        let w = &mut self.file;
        let mut put = |b: &[u8]| -> std::io::Result<()> {
            w.write_all(&(b.len() as u64).to_le_bytes())?;
            w.write_all(b)
        };
        put(&r.user)
            .and_then(|()| put(&r.key))
            .and_then(|()| put(&r.id))
            .and_then(|()| put(&r.raw))
            .and_then(|()| {
                for t in [r.ttl_ms, r.field_ttl_ms] {
                    w.write_all(&t.unwrap_or(i64::MIN).to_le_bytes())?;
                }
                Ok(())
            })
            .map_err(spool_error)?;
        self.len += 1;
        Ok(())
    }

    /// A reader from the first record.
    pub(super) fn reader(&mut self) -> std::io::Result<SpoolReader> {
        self.file.flush()?;
        let mut f = self.file.get_ref().try_clone()?;
        f.seek(SeekFrom::Start(0))?;
        Ok(SpoolReader {
            r: BufReader::with_capacity(256 << 10, f),
            left: self.len,
        })
    }
}

pub(super) struct SpoolReader {
    r: BufReader<File>,
    left: usize,
}

impl SpoolReader {
    pub(super) fn next(&mut self) -> std::io::Result<Option<Rec>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        let r = &mut self.r;
        let mut word = [0u8; 8];
        let mut bytes = |r: &mut BufReader<File>| -> std::io::Result<Vec<u8>> {
            r.read_exact(&mut word)?;
            let n = usize::try_from(u64::from_le_bytes(word))
                .map_err(|_| std::io::Error::other("a spooled record is too long"))?;
            let mut b = vec![0u8; n];
            r.read_exact(&mut b)?;
            Ok(b)
        };
        let (user, key, id, raw) = (bytes(r)?, bytes(r)?, bytes(r)?, bytes(r)?);
        let mut ttl = || -> std::io::Result<Option<i64>> {
            let mut w = [0u8; 8];
            r.read_exact(&mut w)?;
            Ok(Some(i64::from_le_bytes(w)).filter(|t| *t != i64::MIN))
        };
        let (ttl_ms, field_ttl_ms) = (ttl()?, ttl()?);
        Ok(Some(Rec {
            user,
            key,
            id,
            raw,
            ttl_ms,
            field_ttl_ms,
        }))
    }
}

/// The sessions to end on one node.
pub(super) struct NodePlan {
    pub(super) node: Node,
    pub(super) spool: Spool,
}

/// Everything the read found to end: spooled per node, plus what the table and the prompt show.
pub(super) struct Targets {
    pub(super) nodes: Vec<NodePlan>,
    pub(super) total: usize,
    /// Distinct users, by a 64-bit fingerprint (8 bytes each, whatever the ids' length).
    pub(super) users: std::collections::HashSet<u64>,
    /// The most recently active sessions (at most [`TABLE_ROWS`]): the table's rows.
    pub(super) sample: Vec<Session>,
}

impl Targets {
    pub(super) fn new() -> Targets {
        Targets {
            nodes: Vec::new(),
            total: 0,
            users: Default::default(),
            sample: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, client: &Client, s: Session) -> Result<()> {
        let node = client
            .node_for_key(&s.key)
            .or_else(|| client.nodes().first())
            .ok_or_else(|| Error::internal("no node to send the writes to"))?;
        let i = match self.nodes.iter().position(|n| n.node.addr == node.addr) {
            Some(i) => i,
            None => {
                self.nodes.push(NodePlan {
                    node: node.clone(),
                    spool: Spool::new()?,
                });
                self.nodes.len() - 1
            }
        };
        self.nodes[i].spool.push(&Rec::from_session(&s))?;
        self.total += 1;
        self.users.insert(fingerprint(&s.user));
        self.sample.push(s);
        if self.sample.len() >= 2 * TABLE_ROWS {
            self.trim_sample();
        }
        Ok(())
    }

    pub(super) fn trim_sample(&mut self) {
        sort_sessions(&mut self.sample);
        self.sample.truncate(TABLE_ROWS);
    }

    /// Every spooled session, node by node, in the order they are sent: with the index of
    /// its node in [`Targets::nodes`] and its place in that node's spool.
    pub(super) fn for_each(
        &mut self,
        mut each: impl FnMut(usize, usize, Rec) -> Result<()>,
    ) -> Result<()> {
        for (n, np) in self.nodes.iter_mut().enumerate() {
            let mut r = np.spool.reader().map_err(spool_error)?;
            let mut pos = 0;
            while let Some(rec) = r.next().map_err(spool_error)? {
                each(n, pos, rec)?;
                pos += 1;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(in crate::cmd::session) fn rec(key: &str, id: &str, raw: &[u8]) -> Rec {
        Rec {
            user: b"u".to_vec(),
            key: key.as_bytes().to_vec(),
            id: id.as_bytes().to_vec(),
            raw: raw.to_vec(),
            ttl_ms: Some(5),
            field_ttl_ms: None,
        }
    }

    #[test]
    fn the_spool_gives_back_every_record_in_order_losslessly() {
        let mut s = Spool::new().expect("spool");
        let recs = vec![
            rec("k1", "a", b"\xff\x00v"),
            rec("k1", "b", b""),
            rec("k2", "c", &vec![b'x'; 100_000]),
        ];
        for r in &recs {
            s.push(r).expect("push");
        }
        for _ in 0..2 {
            let mut r = s.reader().expect("reader");
            let mut back = Vec::new();
            while let Some(x) = r.next().expect("next") {
                back.push(x);
            }
            assert_eq!(back, recs);
        }
    }
}
