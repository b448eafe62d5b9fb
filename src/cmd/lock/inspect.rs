//! `redops lock inspect RESOURCE`: one lock's token and remaining TTL (without RESOURCE, the
//! same command lists every lock: [`super::list`]).

use super::read_cmds;
use crate::client::Prefetch;
use crate::context::Ctx;
use crate::error::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The locked resource, e.g. withdrawal:42 for the key lock:withdrawal:42
    pub resource: Option<String>,

    /// Without RESOURCE: only resources matching this glob (e.g. 'withdrawal:*')
    #[arg(long, value_name = "GLOB", conflicts_with = "resource")]
    pub pattern: Option<String>,

    #[command(flatten)]
    pub scan: crate::cli::ScanArgs,
}

/// Reads lock:{RESOURCE} (exit 4 when it is not held, 6 when the key is not a string) in the
/// connection set-up's round trip on a standalone server, and prints it.
pub async fn run(args: InspectArgs, ctx: &Ctx) -> Result<()> {
    let resource = args.resource.unwrap_or_default().into_bytes();
    let key = ctx
        .settings
        .keyspace
        .lock
        .render(&[("resource", &resource)]);
    // Set-up and reads in one round trip on a standalone server.
    let client = ctx
        .connect_reading(Prefetch::default().batch(&read_cmds(&key)))
        .await?;
    let lock = super::read_lock(&client, &resource, &key).await?;
    ctx.out.emit(&lock)
}
