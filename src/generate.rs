//! Shell completions and man pages, generated from the clap definitions. The committed copies
//! in `completions/` and `man/` are checked to be current by a test
//! (`REDOPS_UPDATE_GENERATED=1 cargo test --test runner generated` rewrites them).

use crate::cli::Cli;
use clap::CommandFactory;
use clap_complete::Shell;
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
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "redops", &mut out);
    out
}

/// Every generated file: (path relative to the repository root, contents).
pub fn all_files() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut files: Vec<(String, Vec<u8>)> = SHELLS
        .iter()
        .map(|(s, name)| (format!("completions/{name}"), completion(*s)))
        .collect();
    let mut cmd = Cli::command();
    cmd.build();
    man_pages(&cmd, "redops", &mut files)?;
    Ok(files)
}

fn man_pages(
    cmd: &clap::Command,
    name: &str,
    files: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let page = cmd.clone().name(name.to_owned());
    clap_mangen::Man::new(page)
        .date(MAN_DATE)
        .render(&mut buf)?;
    files.push((format!("man/{name}.1"), buf));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files)?;
    }
    Ok(())
}

/// Writes every generated file under `root`.
pub fn write_all(root: &Path) -> std::io::Result<()> {
    for (rel, data) in all_files()? {
        let path = root.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, data)?;
    }
    Ok(())
}
