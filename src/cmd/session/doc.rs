//! A JSON document written as it is produced: `session kill`'s report and `audit restore`'s.

use crate::context::Ctx;
use crate::error::{Error, Result};
use serde::Serialize;

/// A JSON document written as it is produced (a million sessions are never held as values):
/// with `-o json` an item a line, with `-o ndjson` the whole document on one line (as every
/// other one-document report); values cut to `--max-value-bytes` and masked by `--redact`.
pub struct JsonDoc<'a> {
    ctx: &'a Ctx,
    buf: String,
    /// No item written yet in the current list (no comma before the next).
    first: bool,
}

impl<'a> JsonDoc<'a> {
    pub fn new(ctx: &'a Ctx) -> Self {
        JsonDoc {
            ctx,
            buf: String::new(),
            first: true,
        }
    }
    /// Text of the document's frame (`{"killed":[`), written as is.
    pub fn raw(&mut self, s: &str) -> Result<()> {
        self.buf.push_str(s);
        self.first = true;
        self.flush_if_big()
    }

    /// The fields of `fields` (a struct: `{"a":1,"b":2}`) as the last ones of the document,
    /// closing it: `"a":1,"b":2}`. Written as is (no `--max-value-bytes` cut: counts, nodes).
    pub fn last_fields(&mut self, fields: &impl Serialize) -> Result<()> {
        let text = serde_json::to_string(fields)
            .map_err(|e| Error::internal(format!("could not render JSON: {e}")))?;
        let Some(inner) = text.strip_prefix('{') else {
            return Err(Error::internal(
                "the last fields of a JSON document are not an object",
            ));
        };
        self.raw(inner)
    }

    /// The next item of the current list.
    pub fn item(&mut self, v: &impl Serialize) -> Result<()> {
        let text = self.render(v)?;
        self.rendered(&text)
    }

    /// An item as [`JsonDoc::item`] writes it: cut to `--max-value-bytes`, masked by
    /// `--redact`, on one line.
    pub fn render(&self, v: &impl Serialize) -> Result<String> {
        let capped = self.ctx.out.cap(crate::output::to_json(v)?);
        let v = if self.ctx.out.redact {
            crate::redact::json(&capped)
        } else {
            capped
        };
        Ok(serde_json::to_string(&v).unwrap_or_else(|_| "null".into()))
    }

    /// The next item of the current list, as [`JsonDoc::render`] gave it.
    pub fn rendered(&mut self, text: &str) -> Result<()> {
        if !self.first {
            self.buf.push(',');
        }
        self.first = false;
        // `-o ndjson`: the document stays on one line; `-o json`: an item a line.
        if !self.ctx.out.is_ndjson() {
            self.buf.push('\n');
        }
        self.buf.push_str(text);
        self.flush_if_big()
    }

    fn flush_if_big(&mut self) -> Result<()> {
        if self.buf.len() >= 64 << 10 {
            self.ctx.out.print(&std::mem::take(&mut self.buf))?;
        }
        Ok(())
    }
    pub fn finish(mut self) -> Result<()> {
        self.buf.push('\n');
        self.ctx.out.print(&std::mem::take(&mut self.buf))
    }
}

/// A list written as it is produced: with `-o json` an array, an item a line
/// (`[\n  {…},\n  {…}\n]`), with `-o ndjson` an item a line; values cut to
/// `--max-value-bytes`. Printed in blocks of about 64 KiB (each through `--redact`'s masking).
pub struct JsonList<'a> {
    ctx: &'a Ctx,
    buf: String,
    /// Items written so far.
    written: usize,
}

impl<'a> JsonList<'a> {
    pub fn new(ctx: &'a Ctx) -> Self {
        JsonList {
            ctx,
            buf: String::new(),
            written: 0,
        }
    }

    pub fn item(&mut self, v: &impl Serialize) -> Result<()> {
        let line = serde_json::to_string(&self.ctx.out.cap(crate::output::to_json(v)?))
            .map_err(|e| Error::internal(format!("could not render JSON: {e}")))?;
        if self.ctx.out.is_ndjson() {
            self.buf.push_str(&line);
            self.buf.push('\n');
        } else {
            self.buf
                .push_str(if self.written == 0 { "[\n  " } else { ",\n  " });
            self.buf.push_str(&line);
        }
        self.written += 1;
        if self.buf.len() >= 64 << 10 {
            self.flush()?;
        }
        Ok(())
    }

    /// Prints what is buffered.
    pub fn flush(&mut self) -> Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        self.ctx.out.print(&std::mem::take(&mut self.buf))
    }

    /// Ends the list (`-o json`: the closing bracket) and prints what is left.
    pub fn finish(mut self) -> Result<()> {
        if !self.ctx.out.is_ndjson() {
            if self.written == 0 {
                self.buf.push('[');
            }
            self.buf.push_str("\n]\n");
        }
        self.flush()
    }
}
