//! Shell completions and man pages, generated from the clap definitions. The committed copies
//! in `completions/` and `man/` are checked to be current by a test
//! (`REDOPS_UPDATE_GENERATED=1 cargo test --test runner generated` rewrites them), and so are
//! the `--help` blocks of the reference pages in `docs/` (see [`docs`]).

pub mod docs;

use crate::help;
use clap_complete::Shell;
use roff::{Roff, bold, italic, roman};
use std::path::Path;

pub const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "redops.bash"),
    (Shell::Zsh, "_redops"),
    (Shell::Fish, "redops.fish"),
    (Shell::Elvish, "redops.elv"),
    (Shell::PowerShell, "_redops.ps1"),
];

/// The date on the man pages: fixed, so that regenerating them is reproducible.
const MAN_DATE: &str = "2026-11-26";

pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = help::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "redops", &mut out);
    if shell == Shell::Fish {
        return fix_fish(out);
    }
    out
}

/// clap_complete's fish script asks argparse whether a subcommand was given yet; while the
/// value of a global option is being completed at the top (`redops -o <TAB>`), argparse fails
/// for the missing value and the script then offered file names. A failed parse there means
/// no subcommand yet, so the top-level completions (the option's values) apply.
fn fix_fish(script: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&script);
    let from = "argparse -s (__fish_redops_global_optspecs) -- $cmd 2>/dev/null\n    or return\n";
    let to = "argparse -s (__fish_redops_global_optspecs) -- $cmd 2>/dev/null\n    or return 0\n";
    text.replacen(from, to, 1).into_bytes()
}

/// Every generated file: (path relative to the repository root, contents).
pub fn all_files() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut files: Vec<(String, Vec<u8>)> = SHELLS
        .iter()
        .map(|(s, name)| (format!("completions/{name}"), completion(*s)))
        .collect();
    let mut cmd = without_help_subcommands(help::command());
    cmd.build();
    man_pages(&cmd, "redops", "", None, &mut files)?;
    Ok(files)
}

/// `redops help` and `redops session help` are clap's; they get no man page and no mention.
fn without_help_subcommands(cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    let mut cmd = cmd.disable_help_subcommand(true);
    for n in names {
        cmd = cmd.mut_subcommand(n, without_help_subcommands);
    }
    cmd
}

/// One man page per command: clap_mangen's NAME, SYNOPSIS, DESCRIPTION, OPTIONS and
/// SUBCOMMANDS, then EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES and SEE ALSO.
fn man_pages(
    cmd: &clap::Command,
    name: &str,
    path: &str,
    parent: Option<&str>,
    files: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let page = cmd.clone().name(name.to_owned());
    let man = clap_mangen::Man::new(page).date(MAN_DATE);
    man.render_title(&mut buf)?;
    man.render_name_section(&mut buf)?;
    man.render_synopsis_section(&mut buf)?;
    man.render_description_section(&mut buf)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut buf)?;
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut buf)?;
    }
    let mut roff = Roff::new();
    definitions(&mut roff, "EXIT STATUS", help::EXIT_STATUS);
    definitions(&mut roff, "ENVIRONMENT", help::ENVIRONMENT);
    definitions(&mut roff, "FILES", help::FILES);
    let examples: Vec<(&str, &str)> = help::EXAMPLES
        .iter()
        .filter(|(p, _)| path.is_empty() || *p == path || p.starts_with(&format!("{path} ")))
        .flat_map(|(_, e)| e.iter().copied())
        .collect();
    if !examples.is_empty() {
        roff.control("SH", ["EXAMPLES"]);
        for (what, line) in examples {
            roff.control("TP", []);
            roff.text([roman(what)]);
            roff.text([bold(line)]);
        }
    }
    roff.control("SH", ["SEE ALSO"]);
    let mut see: Vec<String> = Vec::new();
    if let Some(parent) = parent {
        if parent != "redops" {
            see.push("redops".into());
        }
        see.push(parent.into());
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        see.push(format!("{name}-{}", sub.get_name()));
    }
    let mut inlines = Vec::new();
    for (i, page) in see.iter().enumerate() {
        if i > 0 {
            inlines.push(roman(", "));
        }
        inlines.push(italic(page));
        inlines.push(roman("(1)"));
    }
    roff.text(inlines);
    roff.to_writer(&mut buf)?;
    files.push((format!("man/{name}.1"), buf));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let sub_path = format!("{path} {}", sub.get_name());
        man_pages(
            sub,
            &format!("{name}-{}", sub.get_name()),
            sub_path.trim(),
            Some(name),
            files,
        )?;
    }
    Ok(())
}

fn definitions(roff: &mut Roff, title: &str, items: &[(&str, &str)]) {
    roff.control("SH", [title]);
    for (term, what) in items {
        roff.control("TP", []);
        roff.text([bold(*term)]);
        roff.text([roman(*what)]);
    }
}

/// Writes every generated file under `root`: completions, man pages and the `--help` blocks
/// of `docs/`.
pub fn write_all(root: &Path) -> std::io::Result<()> {
    let mut files = all_files()?;
    files.extend(docs::files(root)?);
    for (rel, data) in files {
        let path = root.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, data)?;
    }
    Ok(())
}
