//! The README is the front page and `docs/` the reference: every command has a page (ending
//! with its real `--help`) and a line in the README's command index, and every relative link
//! points to a file and a heading that exist, so the split cannot rot.

use redops::generate::docs;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// README.md, CHANGELOG.md and every page under docs/.
fn markdown_files() -> Vec<PathBuf> {
    let mut files = vec![root().join("README.md"), root().join("CHANGELOG.md")];
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("docs/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 10, "docs/ holds {pages:?}");
    files.extend(pages);
    files
}

/// The lines of a Markdown file that are not inside a fenced code block, with their numbers.
fn prose_lines(text: &str) -> Vec<(usize, &str)> {
    let mut fence: Option<&str> = None;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        match fence {
            None if t.starts_with("```") || t.starts_with("~~~") => fence = Some(&t[..3]),
            Some(f) if t.starts_with(f) => fence = None,
            None => out.push((i + 1, line)),
            Some(_) => {}
        }
    }
    out
}

/// GitHub's anchor for a heading (github-slugger): the heading's text as rendered (code spans
/// and links reduced to their text), lower case, every character but letters, digits, `-`,
/// `_` and spaces removed, spaces turned into `-`.
fn slug(heading: &str) -> String {
    let mut text = String::new();
    let mut rest = heading;
    // [text](target) -> text
    while let Some(open) = rest.find('[') {
        let Some(mid) = rest[open..].find("](").map(|m| open + m) else {
            break;
        };
        let Some(close) = rest[mid..].find(')').map(|c| mid + c) else {
            break;
        };
        text.push_str(&rest[..open]);
        text.push_str(&rest[open + 1..mid]);
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    text.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Every anchor a file's headings get on GitHub (a repeated heading gets `-1`, `-2`, ...).
fn anchors(text: &str) -> BTreeSet<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = BTreeSet::new();
    for (_, line) in prose_lines(text) {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if !(1..=6).contains(&hashes) || !line[hashes..].starts_with(' ') {
            continue;
        }
        let base = slug(line[hashes..].trim().trim_end_matches('#').trim_end());
        let n = seen.entry(base.clone()).or_insert(0);
        out.insert(if *n == 0 {
            base.clone()
        } else {
            format!("{base}-{n}")
        });
        *n += 1;
    }
    out
}

/// The targets of the links on a line, code spans left out: `[text](target)`, `![alt](target)`
/// and reference definitions `[name]: target`.
fn link_targets(line: &str) -> Vec<String> {
    let mut prose = String::new();
    for (i, part) in line.split('`').enumerate() {
        if i % 2 == 0 {
            prose.push_str(part);
        } else {
            prose.push_str("CODE");
        }
    }
    let mut out = Vec::new();
    let mut rest = prose.as_str();
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let end = after.find(')').unwrap_or(after.len());
        let target = after[..end].split_whitespace().next().unwrap_or("");
        out.push(target.trim_matches(|c| c == '<' || c == '>').to_owned());
        rest = &after[end..];
    }
    let t = prose.trim_start();
    if t.starts_with('[')
        && let Some(close) = t.find("]: ")
        && !t[..close].contains('(')
    {
        out.extend(t[close + 3..].split_whitespace().next().map(str::to_owned));
    }
    out
}

#[test]
fn github_anchors_are_computed_as_github_does() {
    // Anchors that the README linked to before the split, as GitHub renders them.
    assert_eq!(
        slug(
            "Sentinel: `redis+sentinel://` targets, `redops sentinel status [MASTER]` / `sentinel failover MASTER`"
        ),
        "sentinel-redissentinel-targets-redops-sentinel-status-master--sentinel-failover-master"
    );
    assert_eq!(
        slug("The audit log, and what each line holds"),
        "the-audit-log-and-what-each-line-holds"
    );
    assert_eq!(
        slug("`redops session list [--user ID] [filters] [--summary]`"),
        "redops-session-list---user-id-filters---summary"
    );
    assert_eq!(slug("[CHANGELOG](CHANGELOG.md) notes"), "changelog-notes");
    let a = anchors("# A\n\n```sh\n# not a heading\n```\n\n## A\n### Exit codes ##\n");
    let want: BTreeSet<String> = ["a", "a-1", "exit-codes"].map(String::from).into();
    assert_eq!(a, want);
    assert_eq!(
        link_targets("see [x](docs/a.md#b), `[not](a link)` and ![i](img.png)"),
        ["docs/a.md#b", "img.png"]
    );
    assert_eq!(link_targets("[ref]: other.md#top"), ["other.md#top"]);
}

#[test]
fn every_relative_link_points_to_a_file_and_heading_that_exist() {
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in markdown_files() {
        let text = std::fs::read_to_string(&file).expect("a Markdown file");
        let dir = file.parent().expect("a directory");
        let name = file
            .strip_prefix(root())
            .unwrap_or(&file)
            .display()
            .to_string();
        for (n, line) in prose_lines(&text) {
            for target in link_targets(line) {
                if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                checked += 1;
                let (path, anchor) = match target.split_once('#') {
                    Some((p, a)) => (p, Some(a)),
                    None => (target.as_str(), None),
                };
                let dest = if path.is_empty() {
                    file.clone()
                } else {
                    dir.join(path)
                };
                if !dest.exists() {
                    broken.push(format!("{name}:{n}: {target}: no file {}", dest.display()));
                    continue;
                }
                let Some(anchor) = anchor else { continue };
                if dest.extension().is_none_or(|e| e != "md") {
                    broken.push(format!(
                        "{name}:{n}: {target}: an anchor into a file that is not Markdown"
                    ));
                    continue;
                }
                let dest_text = std::fs::read_to_string(&dest).expect("the linked page");
                if !anchors(&dest_text).contains(anchor) {
                    broken.push(format!(
                        "{name}:{n}: {target}: no heading with the anchor #{anchor}"
                    ));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    assert!(checked >= 50, "only {checked} relative links found");
}

#[test]
fn every_command_has_a_page_with_its_help_and_a_line_in_the_readme_index() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let mut missing = Vec::new();
    let leaves = docs::leaves();
    assert!(leaves.len() >= 20, "{leaves:?}");
    for leaf in &leaves {
        let page = docs::page_of(leaf);
        let entry = format!("[`redops {leaf}`]({page}");
        if !readme.contains(&entry) {
            missing.push(format!("README.md's command index has no `{entry}...)`"));
        }
        let text = std::fs::read_to_string(root().join(&page)).unwrap_or_default();
        let marker = format!("<!-- BEGIN generated: redops {leaf} --help -->");
        if !text.contains(&marker) {
            missing.push(format!("{page} has no {marker}"));
        }
    }
    assert!(
        missing.is_empty(),
        "{}\n(REDOPS_UPDATE_GENERATED=1 cargo test --test runner generated adds the help blocks)",
        missing.join("\n")
    );
}

/// The blocks are rendered from the same clap definition the binary parses with; this checks
/// that it is what the binary really prints.
#[test]
fn the_help_in_the_docs_is_what_the_binary_prints() {
    let env = docs::env_names();
    assert!(env.iter().any(|e| e == "REDIS_URL"), "{env:?}");
    let mut paths = vec![String::new()];
    paths.extend(docs::leaves());
    for path in paths {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_redops"));
        cmd.args(path.split(' ').filter(|w| !w.is_empty()))
            .arg("--help")
            .env_remove("COLUMNS");
        for name in &env {
            cmd.env_remove(name);
        }
        let out = cmd.output().expect("run redops");
        assert!(out.status.success(), "redops {path} --help: {out:?}");
        let mut printed = docs::without_trailing_spaces(&String::from_utf8_lossy(&out.stdout));
        for name in &env {
            printed = printed.replace(&format!("[env: {name}=]"), &format!("[env: {name}]"));
        }
        let model = docs::long_help(&path).expect("a command");
        assert_eq!(printed, model, "`redops {path} --help`");
    }
}
