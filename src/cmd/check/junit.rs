//! `redops check --format junit`: one testcase per check.

use super::{CheckResult, Status, plain};
use crate::error::{Error, Result};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::borrow::Cow;

/// JUnit XML: one testcase per check; failures (and warnings with --strict) as `<failure>`.
///
/// Written by quick-xml (escaping, well-formedness); the layout (a line per element, two
/// spaces of indentation, each testcase's properties on one line) is written between the
/// elements, as CI systems and people have always been shown it.
pub fn junit(results: &[CheckResult], strict: bool) -> Result<String> {
    let failing =
        |r: &CheckResult| r.status == Status::Fail || (strict && r.status == Status::Warn);
    let tests = results.len().to_string();
    let failures = results.iter().filter(|r| failing(r)).count().to_string();
    let mut x = Xml(Writer::new(Vec::new()));
    x.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    x.layout("\n")?;
    x.start(
        "testsuites",
        &[
            ("name", "redops check"),
            ("tests", &tests),
            ("failures", &failures),
        ],
    )?;
    x.layout("\n  ")?;
    x.start(
        "testsuite",
        &[
            ("name", "redops check"),
            ("tests", &tests),
            ("failures", &failures),
            ("errors", "0"),
            ("skipped", "0"),
        ],
    )?;
    for r in results {
        x.layout("\n    ")?;
        x.start(
            "testcase",
            &[("classname", "redops.check"), ("name", r.name)],
        )?;
        // The status as redops judged it (pass_sampled is distinct from pass).
        x.layout("\n      ")?;
        x.start("properties", &[])?;
        x.event(Event::Empty(element(
            "property",
            &[("name", "redops.status"), ("value", r.status.as_str())],
        )))?;
        x.end("properties")?;
        let detail = format!(
            "observed: {}; threshold: {}; {}",
            plain(&r.observed),
            plain(&r.threshold),
            r.message
        );
        x.layout("\n      ")?;
        if failing(r) {
            x.start("failure", &[("message", &r.message)])?;
            x.text(&detail)?;
            x.end("failure")?;
        } else {
            let status = match r.status {
                Status::PassSampled => "pass (sampled)",
                other => other.as_str(),
            };
            x.start("system-out", &[])?;
            x.text(&format!("{status}: {detail}"))?;
            x.end("system-out")?;
        }
        x.layout("\n    ")?;
        x.end("testcase")?;
    }
    x.layout("\n  ")?;
    x.end("testsuite")?;
    x.layout("\n")?;
    x.end("testsuites")?;
    x.layout("\n")?;
    String::from_utf8(x.0.into_inner())
        .map_err(|e| Error::internal(format!("JUnit XML is not UTF-8: {e}")))
}

/// Characters XML 1.0 cannot carry at all (controls other than tab, LF and CR) become `?`;
/// quick-xml escapes the rest.
fn xml_safe(s: &str) -> Cow<'_, str> {
    let bad = |c: char| (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r');
    if s.contains(bad) {
        Cow::Owned(s.replace(bad, "?"))
    } else {
        Cow::Borrowed(s)
    }
}

fn element<'a>(name: &'a str, attributes: &[(&str, &str)]) -> BytesStart<'a> {
    let mut e = BytesStart::new(name);
    for (k, v) in attributes {
        e.push_attribute((*k, xml_safe(v).as_ref()));
    }
    e
}

/// A quick-xml writer whose errors (none can happen writing to memory) are redops errors.
struct Xml(Writer<Vec<u8>>);

impl Xml {
    fn event(&mut self, e: Event<'_>) -> Result<()> {
        self.0
            .write_event(e)
            .map_err(|e| Error::internal(format!("cannot write JUnit XML: {e}")))
    }
    fn start(&mut self, name: &str, attributes: &[(&str, &str)]) -> Result<()> {
        self.event(Event::Start(element(name, attributes)))
    }
    fn end(&mut self, name: &str) -> Result<()> {
        self.event(Event::End(BytesEnd::new(name)))
    }
    fn text(&mut self, text: &str) -> Result<()> {
        self.event(Event::Text(BytesText::new(&xml_safe(text))))
    }
    /// Line breaks and indentation between elements (nothing to escape).
    fn layout(&mut self, whitespace: &str) -> Result<()> {
        self.event(Event::Text(BytesText::from_escaped(whitespace)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn junit_escapes_and_counts_failures() {
        let results = vec![
            CheckResult::new("a", Status::Pass, json!("ok"), json!(null), "fine"),
            CheckResult::new("b", Status::Fail, json!("<1>"), json!(0), "bad & \"worse\""),
            CheckResult::new("c", Status::Warn, json!(2), json!(1), "hm"),
        ];
        let x = junit(&results, false).expect("xml");
        assert!(x.contains("tests=\"3\" failures=\"1\""));
        assert!(x.contains("bad &amp; &quot;worse&quot;") && x.contains("&lt;1&gt;"));
        assert!(
            junit(&results, true)
                .expect("xml")
                .contains("failures=\"2\"")
        );
    }

    /// The exact document the hand-written `format!` version wrote (its layout, its escaping,
    /// a control character XML cannot carry shown as `?`).
    #[test]
    fn junit_layout_is_unchanged() {
        let results = vec![
            CheckResult::new("a", Status::Pass, json!("ok"), json!(null), "fine"),
            CheckResult::new(
                "b",
                Status::Fail,
                json!("<1>"),
                json!(0),
                "bad & \"worse\" it's\u{1}",
            ),
            CheckResult::new("c", Status::PassSampled, json!(2), json!(1), "hm"),
        ];
        let expected = r#"<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="redops check" tests="3" failures="1">
  <testsuite name="redops check" tests="3" failures="1" errors="0" skipped="0">
    <testcase classname="redops.check" name="a">
      <properties><property name="redops.status" value="pass"/></properties>
      <system-out>pass: observed: ok; threshold: -; fine</system-out>
    </testcase>
    <testcase classname="redops.check" name="b">
      <properties><property name="redops.status" value="fail"/></properties>
      <failure message="bad &amp; &quot;worse&quot; it&apos;s?">observed: &lt;1&gt;; threshold: 0; bad &amp; &quot;worse&quot; it&apos;s?</failure>
    </testcase>
    <testcase classname="redops.check" name="c">
      <properties><property name="redops.status" value="pass_sampled"/></properties>
      <system-out>pass (sampled): observed: 2; threshold: 1; hm</system-out>
    </testcase>
  </testsuite>
</testsuites>
"#;
        assert_eq!(junit(&results, false).expect("xml"), expected);
    }
}
