//! `redops config show` / `config path`.

use crate::cli::config::ConfigCommand;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::add_text_row;
use serde_json::{Map, Value, json};

pub fn run(cmd: ConfigCommand, ctx: &Ctx) -> Result<()> {
    let path = ctx
        .settings
        .config_path
        .as_ref()
        .map(|p| p.display().to_string());
    match cmd {
        ConfigCommand::Path => {
            if ctx.out.is_table() {
                ctx.out.say(&format!(
                    "{}\n",
                    path.as_deref()
                        .unwrap_or("(no config directory on this system)")
                ))
            } else {
                ctx.out.json(&json!({ "path": path, "exists": ctx.settings.config_path.as_ref().is_some_and(|p| p.exists()) }))
            }
        }
        ConfigCommand::Show => {
            let s = &ctx.settings;
            if ctx.out.is_table() {
                let mut t = ctx.out.new_table(&["setting", "value", "source"]);
                add_text_row(
                    &mut t,
                    vec![
                        "config file".to_string(),
                        path.clone().unwrap_or_else(|| "-".into()),
                        "".into(),
                    ],
                );
                add_text_row(
                    &mut t,
                    vec![
                        "profile".to_string(),
                        s.profile.clone().unwrap_or_else(|| "-".into()),
                        "".into(),
                    ],
                );
                for e in &s.effective {
                    add_text_row(
                        &mut t,
                        vec![
                            e.name.to_string(),
                            e.value.clone().unwrap_or_else(|| "-".into()),
                            e.source.to_string(),
                        ],
                    );
                }
                for (cat, p) in &s.ratelimit_policies {
                    add_text_row(
                        &mut t,
                        vec![
                            format!("ratelimit.{cat}"),
                            format!("{}/{}", p.limit, crate::output::exact_duration(p.window)),
                            "profile".into(),
                        ],
                    );
                }
                ctx.out.table(t)
            } else {
                let mut settings = Map::new();
                for e in &s.effective {
                    settings.insert(
                        e.name.to_string(),
                        json!({ "value": e.value, "source": e.source.to_string() }),
                    );
                }
                let policies: Map<String, Value> = s
                    .ratelimit_policies
                    .iter()
                    .map(|(c, p)| {
                        (
                            c.clone(),
                            json!({ "limit": p.limit, "window_ms": p.window.as_millis() as u64 }),
                        )
                    })
                    .collect();
                ctx.out.json(&json!({ "config_file": path, "profile": s.profile, "settings": settings, "ratelimit_policies": policies }))
            }
        }
    }
}
