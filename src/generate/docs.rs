//! The reference pages in `docs/` end with the real `--help` of each of their commands, between
//! marker comments. Everything outside the markers is written by hand; inside them is generated
//! here, so that a change to the CLI that is not regenerated fails
//! `completions_and_man_pages_are_current` like a stale man page does.
//!
//! The page of `redops session list` is `docs/session.md` (the command's first word); the page of
//! `redops --help` is `docs/global-options.md`. A command without a block gets one appended to
//! its page (the page is created if need be); a block for a command that no longer exists is an
//! error naming it.

use crate::help;
use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::Path;

/// Help is rendered at this width, as the binary does when stdout is not a terminal.
pub const WIDTH: usize = 100;

const BEGIN: &str = "<!-- BEGIN generated: ";
const END: &str = "<!-- END generated: ";
const CLOSE: &str = " -->";

/// The root command as `redops` builds it, at the documentation's width, and without the
/// values of environment variables (`[env: REDOPS_CONFIG]`, not whatever the shell that
/// regenerated the pages had in it).
fn root() -> clap::Command {
    let mut cmd = without_env_values(help::command()).term_width(WIDTH);
    cmd.build();
    cmd
}

fn without_env_values(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|a| {
        if a.get_env().is_some() {
            a.hide_env_values(true)
        } else {
            a
        }
    })
    .mut_subcommands(without_env_values)
}

/// The environment variables the options read (`REDOPS_CONFIG`, ...).
pub fn env_names() -> Vec<String> {
    fn walk(cmd: &clap::Command, out: &mut BTreeSet<String>) {
        for a in cmd.get_arguments() {
            if let Some(name) = a.get_env() {
                out.insert(name.to_string_lossy().into_owned());
            }
        }
        for s in cmd.get_subcommands() {
            walk(s, out);
        }
    }
    let mut out = BTreeSet::new();
    walk(&root(), &mut out);
    out.into_iter().collect()
}

/// Every leaf command's path ("session list"), in the CLI's order.
pub fn leaves() -> Vec<String> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        let subs: Vec<_> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() && !prefix.is_empty() {
            out.push(prefix.to_owned());
        }
        for s in subs {
            walk(s, format!("{prefix} {}", s.get_name()).trim(), out);
        }
    }
    let mut out = Vec::new();
    walk(&root(), "", &mut out);
    out
}

/// The page that documents the command at `path` ("" is `redops` itself).
pub fn page_of(path: &str) -> String {
    match path.split(' ').next() {
        Some(first) if !first.is_empty() => format!("docs/{first}.md"),
        _ => "docs/global-options.md".to_owned(),
    }
}

fn find<'a>(cmd: &'a mut clap::Command, path: &str) -> Option<&'a mut clap::Command> {
    let mut cur = cmd;
    for name in path.split(' ').filter(|n| !n.is_empty()) {
        cur = cur.find_subcommand_mut(name)?;
    }
    Some(cur)
}

/// `redops PATH --help` as the binary prints it when stdout is not a terminal, with trailing
/// spaces removed from each line and no values of environment variables. `None` when there is
/// no such command.
pub fn long_help(path: &str) -> Option<String> {
    let mut root = root();
    let cmd = find(&mut root, path)?;
    Some(without_trailing_spaces(&cmd.render_long_help().to_string()))
}

pub fn without_trailing_spaces(text: &str) -> String {
    let mut out: String = text
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out
}

/// The headings of the options every command shares (`Global options`, `Connection
/// (redis-cli's flags)`, `Sentinel`): a leaf's page leaves those sections out and points to
/// `redops --help` on the global options page instead.
fn shared_headings(cmd: &clap::Command) -> BTreeSet<String> {
    let own: BTreeSet<&str> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set())
        .filter_map(|a| a.get_help_heading())
        .collect();
    cmd.get_arguments()
        .filter(|a| a.is_global_set())
        .filter_map(|a| a.get_help_heading())
        .filter(|h| !own.contains(h))
        .map(str::to_owned)
        .collect()
}

/// The block between the markers for the command at `path`.
fn block(path: &str) -> Option<String> {
    let mut root = root();
    let cmd = find(&mut root, path)?;
    let text = without_trailing_spaces(&cmd.render_long_help().to_string());
    let shared = if path.is_empty() {
        BTreeSet::new()
    } else {
        shared_headings(cmd)
    };
    // A section starts at an unindented line ending in ':' and runs to the next one.
    let mut kept = String::new();
    let mut dropped = Vec::new();
    let mut skipping = false;
    for line in text.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            let heading = line.trim_end_matches(':');
            skipping = shared.contains(heading);
            if skipping {
                dropped.push(heading.to_owned());
            }
        }
        if !skipping {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    let mut out = format!("```text\n{kept}```\n");
    if !dropped.is_empty() {
        out.push_str(&format!(
            "\nLeft out above, the same for every command: {} (see [`redops --help`](global-options.md#redops---help)).\n",
            dropped.join(", ")
        ));
    }
    Some(out)
}

fn name(path: &str) -> String {
    format!("redops {path} --help").replace("  ", " ")
}

/// Path of the command a marker names ("redops session list --help" -> "session list").
fn path_of(marker_name: &str) -> Option<&str> {
    let rest = marker_name.strip_prefix("redops")?.strip_suffix("--help")?;
    Some(rest.trim())
}

fn invalid(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg)
}

/// `page` with every block regenerated and a block appended for each of `missing`.
fn refresh(file: &str, page: &str, missing: &[String]) -> io::Result<String> {
    let mut out = String::new();
    let mut rest = page;
    while let Some(at) = rest.find(BEGIN) {
        let after = &rest[at + BEGIN.len()..];
        let Some(end_name) = after.find(CLOSE) else {
            return Err(invalid(format!("{file}: a BEGIN marker without {CLOSE:?}")));
        };
        let marker_name = &after[..end_name];
        let end_marker = format!("{END}{marker_name}{CLOSE}");
        let Some(end_at) = after.find(&end_marker) else {
            return Err(invalid(format!(
                "{file}: the block of `{marker_name}` has no end marker {end_marker:?}"
            )));
        };
        let body = path_of(marker_name).and_then(block).ok_or_else(|| {
            invalid(format!(
                "{file} holds the help of `{marker_name}`, which is not a redops command: remove that block"
            ))
        })?;
        out.push_str(&rest[..at]);
        out.push_str(&format!("{BEGIN}{marker_name}{CLOSE}\n{body}{end_marker}"));
        rest = &after[end_at + end_marker.len()..];
    }
    out.push_str(rest);
    for path in missing {
        let body = block(path).ok_or_else(|| invalid(format!("no command `{path}`")))?;
        let n = name(path);
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
        out.push_str(&format!(
            "## `{n}`\n\n{BEGIN}{n}{CLOSE}\n{body}{END}{n}{CLOSE}\n"
        ));
    }
    Ok(out)
}

/// Every page under `docs/` that holds or should hold a `--help` block, with its blocks
/// current: (path relative to `root`, contents).
pub fn files(root: &Path) -> io::Result<Vec<(String, Vec<u8>)>> {
    let mut wanted: BTreeMap<String, Vec<String>> = BTreeMap::new();
    wanted.entry(page_of("")).or_default().push(String::new());
    for leaf in leaves() {
        wanted.entry(page_of(&leaf)).or_default().push(leaf);
    }
    // Pages that hold blocks but document no command (a removed group) are checked too.
    if let Ok(dir) = std::fs::read_dir(root.join("docs")) {
        for entry in dir.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.ends_with(".md") {
                wanted.entry(format!("docs/{name}")).or_default();
            }
        }
    }
    let mut out = Vec::new();
    for (file, paths) in wanted {
        let page = match std::fs::read_to_string(root.join(&file)) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let group = file.trim_start_matches("docs/").trim_end_matches(".md");
                format!("# `redops {group}`\n")
            }
            Err(e) => return Err(io::Error::new(e.kind(), format!("{file}: {e}"))),
        };
        let missing: Vec<String> = paths
            .into_iter()
            .filter(|p| !page.contains(&format!("{BEGIN}{}{CLOSE}", name(p))))
            .collect();
        let text = refresh(&file, &page, &missing)?;
        if text.contains(BEGIN) {
            out.push((file, text.into_bytes()));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_is_regenerated_and_a_missing_one_appended() {
        let stale = format!(
            "# x\n\nprose\n\n{BEGIN}redops ping --help{CLOSE}\nold text\n{END}redops ping --help{CLOSE}\n\nmore prose\n"
        );
        let text = refresh("docs/ping.md", &stale, &["lock inspect".to_owned()]).expect("refresh");
        assert!(text.starts_with("# x\n\nprose\n\n"), "{text}");
        assert!(!text.contains("old text"), "{text}");
        assert!(
            text.contains("Usage: redops ping [OPTIONS]"),
            "the ping block holds ping's help: {text}"
        );
        assert!(text.contains("\n\nmore prose\n"), "{text}");
        let tail = text.split("more prose").nth(1).unwrap_or_default();
        assert!(
            tail.starts_with("\n\n## `redops lock inspect --help`\n\n"),
            "{tail}"
        );
        assert!(tail.contains("Usage: redops lock inspect"), "{tail}");
        // Regenerating what was just generated changes nothing.
        assert_eq!(refresh("docs/ping.md", &text, &[]).expect("again"), text);
    }

    #[test]
    fn shared_options_are_left_out_of_a_leaf_but_not_of_redops_help() {
        let leaf = block("session list").expect("session list");
        assert!(leaf.contains("--over-limit <N>"), "{leaf}");
        assert!(!leaf.contains("--connect-timeout"), "{leaf}");
        assert!(leaf.contains("Left out above"), "{leaf}");
        let top = block("").expect("redops");
        assert!(top.contains("--connect-timeout"), "{top}");
    }

    #[test]
    fn a_block_of_a_command_that_does_not_exist_is_an_error() {
        let page = format!(
            "{BEGIN}redops frobnicate --help{CLOSE}\nx\n{END}redops frobnicate --help{CLOSE}\n"
        );
        let err = refresh("docs/x.md", &page, &[]).expect_err("unknown command");
        assert!(
            err.to_string().contains("redops frobnicate --help"),
            "{err}"
        );
        let page = format!("{BEGIN}redops ping --help{CLOSE}\nx\n");
        assert!(refresh("docs/x.md", &page, &[]).is_err(), "no end marker");
    }
}
