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
