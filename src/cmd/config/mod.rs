//! `redops config show` / `config path`: the config file's location, and the effective
//! settings with their sources.

mod path;
mod show;

use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the effective settings and where each came from (password redacted)
    ///
    /// Precedence: command-line flag > environment > profile > built-in default.
    Show,
    /// Print the location of the config file
    Path,
}

pub fn run(cmd: ConfigCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        ConfigCommand::Show => show::run(ctx),
        ConfigCommand::Path => path::run(ctx),
    }
}

/// The config file's path as shown (`None` when the system has no config directory).
fn config_path(ctx: &Ctx) -> Option<String> {
    ctx.settings
        .config_path
        .as_ref()
        .map(|p| p.display().to_string())
}
