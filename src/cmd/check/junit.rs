//! `redops check --format junit`: one testcase per check.

use super::{CheckResult, Status, plain};

/// JUnit XML: one testcase per check; failures (and warnings with --strict) as `<failure>`.
pub fn junit(results: &[CheckResult], strict: bool) -> String {
    let failing =
        |r: &CheckResult| r.status == Status::Fail || (strict && r.status == Status::Warn);
    let failures = results.iter().filter(|r| failing(r)).count();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<testsuites name=\"redops check\" tests=\"{}\" failures=\"{failures}\">\n",
        results.len()
    ));
    x.push_str(&format!("  <testsuite name=\"redops check\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">\n", results.len()));
    for r in results {
        x.push_str(&format!(
            "    <testcase classname=\"redops.check\" name=\"{}\">\n",
            xml_escape(r.name)
        ));
        // The status as redops judged it (pass_sampled is distinct from pass).
        x.push_str(&format!(
            "      <properties><property name=\"redops.status\" value=\"{}\"/></properties>\n",
            r.status.as_str()
        ));
        let detail = format!(
            "observed: {}; threshold: {}; {}",
            plain(&r.observed),
            plain(&r.threshold),
            r.message
        );
        if failing(r) {
            x.push_str(&format!(
                "      <failure message=\"{}\">{}</failure>\n",
                xml_escape(&r.message),
                xml_escape(&detail)
            ));
        } else {
            x.push_str(&format!(
                "      <system-out>{}: {}</system-out>\n",
                match r.status {
                    Status::PassSampled => "pass (sampled)",
                    other => other.as_str(),
                },
                xml_escape(&detail)
            ));
        }
        x.push_str("    </testcase>\n");
    }
    x.push_str("  </testsuite>\n</testsuites>\n");
    x
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('?'),
            c => out.push(c),
        }
    }
    out
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
        let x = junit(&results, false);
        assert!(x.contains("tests=\"3\" failures=\"1\""));
        assert!(x.contains("bad &amp; &quot;worse&quot;") && x.contains("&lt;1&gt;"));
        assert!(junit(&results, true).contains("failures=\"2\""));
    }
}
