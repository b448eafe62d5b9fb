//! The layering rule, checked (test only): the lower layers never reach up into the clap
//! layer or the commands, and the modules below the commands import each other without
//! cycles.
//!
//! ```text
//! main                      -> cli, cmd, context, output, error
//! cli, cmd, help, generate  the clap layer and the commands (cmd -> everything below)
//! context                   -> cli (flags meet settings here), config, client, output, audit_log
//! safety                    -> context, audit_log, client, output, error
//! datagen                   -> client, keyspace, time, error
//! config                    -> keyspace, time, error
//! audit_log                 -> output
//! output                    -> redact, time, error
//! client, rdb, keyspace, policy, redact, time, error: nothing of the above
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The modules that must not name clap, `crate::cli`, `crate::cmd`, `crate::help` or
/// `crate::generate` (the clap layer and the commands).
const LOWER: &[&str] = &[
    "audit_log",
    "client",
    "config",
    "datagen",
    "error",
    "keyspace",
    "output",
    "policy",
    "rdb",
    "redact",
    "safety",
    "time",
];

/// The clap layer and the commands: above everything else.
const UPPER: &[&str] = &["cli", "cmd", "help", "generate"];

/// Each top-level module's files (`src/NAME.rs` and `src/NAME/**`).
fn modules(src: &Path) -> BTreeMap<String, Vec<PathBuf>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(src, &mut files);
    let mut m: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for f in files {
        let Ok(rel) = f.strip_prefix(src) else {
            continue;
        };
        let Some(first) = rel.components().next() else {
            continue;
        };
        let top = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if top != "main" && top != "lib" && top != "layering" {
            m.entry(top).or_default().push(f);
        }
    }
    m
}

/// What one line of code names: `crate::NAME` paths (also inside `use crate::{a, b::c}`),
/// and clap (`clap::`, `clap_complete::`, `clap_mangen::`, `use clap`). Comments are skipped.
fn names(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or("");
    let mut out = Vec::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = group.split('}').next().unwrap_or("");
            for item in group.split(',') {
                let name = ident(item.trim());
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                out.push(name);
            }
        }
    }
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    for clap in ["clap::", "clap_complete::", "clap_mangen::"] {
        for (i, _) in code.match_indices(clap) {
            if !code[..i].ends_with(is_ident) {
                out.push("clap".into());
            }
        }
    }
    out
}

/// Every rule broken under `src`, one line each (`file:line: what`).
fn violations(src: &Path) -> Vec<String> {
    let mods = modules(src);
    let mut bad = Vec::new();
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, files) in &mods {
        for f in files {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            for (n, line) in text.lines().enumerate() {
                for name in names(line) {
                    if name == *m || name == "self" || name == "super" {
                        continue;
                    }
                    let upward = name == "clap" || UPPER.contains(&name.as_str());
                    if LOWER.contains(&m.as_str()) && upward {
                        bad.push(format!(
                            "{}:{}: `{m}` is a lower layer but names {name}: {}",
                            f.display(),
                            n + 1,
                            line.trim()
                        ));
                    }
                    if name != "clap" {
                        deps.entry(m.clone()).or_default().insert(name);
                    }
                }
            }
        }
    }
    // No cycles among the modules below the clap layer and the commands: for each import
    // a -> b, b must not reach a.
    let below = |m: &String| mods.contains_key(m) && !UPPER.contains(&m.as_str());
    let mut seen = BTreeSet::new();
    for (a, targets) in deps.iter().filter(|(a, _)| below(a)) {
        for b in targets.iter().filter(|b| below(b)) {
            // Breadth-first from b, remembering where each module was reached from.
            let mut from: BTreeMap<&String, &String> = BTreeMap::new();
            let mut queue = std::collections::VecDeque::from([b]);
            while let Some(m) = queue.pop_front() {
                if m == a {
                    let mut path = vec![a.clone()];
                    let mut at = a;
                    while at != b {
                        at = from[at];
                        path.push(at.clone());
                    }
                    path.push(a.clone());
                    path.reverse();
                    let mut members: Vec<&String> = path.iter().collect();
                    members.sort();
                    members.dedup();
                    if seen.insert(format!("{members:?}")) {
                        bad.push(format!("import cycle: {}", path.join(" -> ")));
                    }
                    break;
                }
                for next in deps.get(m).into_iter().flatten().filter(|n| below(n)) {
                    if next != b && !from.contains_key(next) {
                        from.insert(next, m);
                        queue.push_back(next);
                    }
                }
            }
        }
    }
    bad
}

#[test]
fn lower_layers_never_import_the_clap_layer_or_the_commands_and_have_no_cycles() {
    // `REDOPS_LAYERING_SRC=DIR` checks another tree (e.g. an older commit's `src`).
    let src = std::env::var_os("REDOPS_LAYERING_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let mods = modules(&src);
    for m in LOWER.iter().filter(|m| **m != "time") {
        assert!(
            mods.contains_key(*m),
            "no module {m} under {}",
            src.display()
        );
    }
    let bad = violations(&src);
    assert!(
        bad.is_empty(),
        "the layering is broken:\n{}",
        bad.join("\n")
    );
}

#[test]
fn names_finds_paths_groups_and_clap_but_not_comments() {
    assert_eq!(
        names("use crate::{cli::OutputFormat, error::Result}; // crate::cmd"),
        ["cli", "error"]
    );
    assert_eq!(names("    x: crate::cmd::check::glob_match(a)"), ["cmd"]);
    assert_eq!(names("use clap::ArgMatches;"), ["clap"]);
    assert_eq!(names("fn f(c: &clap::Command)"), ["clap"]);
    assert!(names("/// see crate::cli").is_empty());
    assert!(names("let myclap::x = 1;").is_empty());
}
