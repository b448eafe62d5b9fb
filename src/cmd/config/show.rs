//! `redops config show`: the effective settings and where each came from.

use crate::context::{Ctx, Effective};
use crate::error::Result;
use crate::output::{Output, Report, add_text_row};
use std::collections::BTreeMap;

pub fn run(ctx: &Ctx) -> Result<()> {
    let s = &ctx.settings;
    ctx.out.emit(&ShowReport {
        config_file: super::config_path(ctx),
        profile: s.profile.clone(),
        settings: Settings(&s.effective),
        ratelimit_policies: s
            .ratelimit_policies
            .iter()
            .map(|(c, p)| {
                (
                    c.as_str(),
                    PolicyJson {
                        limit: p.limit,
                        window_ms: p.window.as_millis() as u64,
                        window: p.window,
                    },
                )
            })
            .collect(),
    })
}

/// The effective settings: the config file, the profile, each setting with its source, and
/// the profile's rate-limit policies.
#[derive(Debug, serde::Serialize)]
pub struct ShowReport<'a> {
    pub config_file: Option<String>,
    pub profile: Option<String>,
    pub settings: Settings<'a>,
    pub ratelimit_policies: BTreeMap<&'a str, PolicyJson>,
}

/// Each setting as `name: {"value": ..., "source": ...}`, in the order they are resolved.
#[derive(Debug)]
pub struct Settings<'a>(&'a [Effective]);

impl serde::Serialize for Settings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Setting<'a> {
            value: &'a Option<String>,
            source: String,
        }
        s.collect_map(self.0.iter().map(|e| {
            (
                e.name,
                Setting {
                    value: &e.value,
                    source: e.source.to_string(),
                },
            )
        }))
    }
}

/// A rate-limit policy: `limit` attempts per `window_ms`.
#[derive(Debug, serde::Serialize)]
pub struct PolicyJson {
    pub limit: u64,
    pub window_ms: u64,
    #[serde(skip)]
    pub window: std::time::Duration,
}

impl Report for ShowReport<'_> {
    fn render_table(&self, out: &Output) -> Result<()> {
        let mut t = out.new_table(&["setting", "value", "source"]);
        add_text_row(
            &mut t,
            vec![
                "config file".to_string(),
                self.config_file.clone().unwrap_or_else(|| "-".into()),
                "".into(),
            ],
        );
        add_text_row(
            &mut t,
            vec![
                "profile".to_string(),
                self.profile.clone().unwrap_or_else(|| "-".into()),
                "".into(),
            ],
        );
        for e in self.settings.0 {
            add_text_row(
                &mut t,
                vec![
                    e.name.to_string(),
                    e.value.clone().unwrap_or_else(|| "-".into()),
                    e.source.to_string(),
                ],
            );
        }
        for (cat, p) in &self.ratelimit_policies {
            add_text_row(
                &mut t,
                vec![
                    format!("ratelimit.{cat}"),
                    format!("{}/{}", p.limit, crate::output::exact_duration(p.window)),
                    "profile".into(),
                ],
            );
        }
        out.table(t)
    }
}
