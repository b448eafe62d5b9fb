//! `redops completions SHELL`: shell completions on stdout.

use crate::context::Ctx;
use crate::error::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to generate completions for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: CompletionsArgs, ctx: &Ctx) -> Result<()> {
    ctx.out
        .print(&String::from_utf8_lossy(&crate::generate::completion(
            args.shell,
        )))
}
