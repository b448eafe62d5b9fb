//! `redops config path`: where the config file is (or would be).

use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Output, Report};

pub fn run(ctx: &Ctx) -> Result<()> {
    ctx.out.emit(&PathReport {
        path: super::config_path(ctx),
        exists: ctx
            .settings
            .config_path
            .as_ref()
            .is_some_and(|p| p.exists()),
    })
}

/// The config file's location, and whether there is a file there.
#[derive(Debug, serde::Serialize)]
pub struct PathReport {
    pub path: Option<String>,
    pub exists: bool,
}

impl Report for PathReport {
    fn render_table(&self, out: &Output) -> Result<()> {
        out.say(&format!(
            "{}\n",
            self.path
                .as_deref()
                .unwrap_or("(no config directory on this system)")
        ))
    }
}
