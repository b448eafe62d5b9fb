//! Completions, man pages and the `--help` blocks of `docs/` are generated from the clap
//! definitions and committed; these tests fail when the committed copies are stale, and check
//! that they are usable.

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn completions_and_man_pages_are_current() {
    if std::env::var_os("REDOPS_UPDATE_GENERATED").is_some() {
        redops::generate::write_all(root()).expect("write generated files");
    }
    let mut stale = Vec::new();
    let mut files = redops::generate::all_files().expect("generate");
    files.extend(redops::generate::docs::files(root()).expect("the --help blocks of docs/"));
    for (rel, data) in files {
        if std::fs::read(root().join(&rel)).ok().as_deref() != Some(data.as_slice()) {
            stale.push(rel);
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nregenerate with: REDOPS_UPDATE_GENERATED=1 cargo test --test runner generated"
    );
}

#[test]
fn bash_completion_sources_cleanly() {
    let script = format!(
        "source '{}' && complete -p redops",
        root().join("completions/redops.bash").display()
    );
    let out = Command::new("bash")
        .args(["--norc", "-c", &script])
        .output()
        .expect("bash is needed for this test");
    assert!(
        out.status.success(),
        "bash failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "bash printed errors: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("redops"),
        "no completion registered"
    );
}

#[test]
fn man_pages_pass_mandoc_lint() {
    let found = Command::new("mandoc").arg("-V").output().is_ok();
    assert!(
        found,
        "mandoc is needed to lint the man pages: apt-get install -y mandoc (bash .ci/run installs it)"
    );
    let mut pages: Vec<_> = std::fs::read_dir(root().join("man"))
        .expect("man/")
        .flatten()
        .map(|e| e.path())
        .collect();
    pages.sort();
    assert!(
        pages.len() >= 4,
        "expected a man page per subcommand, found {pages:?}"
    );
    for page in pages {
        // -W warning: report warnings and errors (style notes are clap_mangen's business).
        let out = Command::new("mandoc")
            .args(["-Tlint", "-W", "warning"])
            .arg(&page)
            .output()
            .expect("mandoc");
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        // clap_mangen puts a redundant .br next to .sp between paragraphs; mandoc drops it and
        // says so. That is the only warning tolerated.
        let problems: Vec<&str> = text
            .lines()
            .filter(|l| !l.contains("skipping paragraph macro"))
            .collect();
        assert!(
            problems.is_empty(),
            "mandoc -Tlint {}: {}",
            page.display(),
            problems.join("\n")
        );
    }
}

fn man_pages() -> Vec<(String, String)> {
    let mut pages: Vec<_> = std::fs::read_dir(root().join("man"))
        .expect("man/")
        .flatten()
        .map(|e| e.path())
        .collect();
    pages.sort();
    pages
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            (name, std::fs::read_to_string(&p).expect("a man page"))
        })
        .collect()
}

#[test]
fn every_man_page_has_the_sections_and_no_dangling_reference() {
    let pages = man_pages();
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for (name, text) in &pages {
        for section in [
            ".SH NAME",
            ".SH SYNOPSIS",
            ".SH DESCRIPTION",
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH FILES",
            ".SH EXAMPLES",
            ".SH \"SEE ALSO\"",
        ] {
            assert!(text.contains(section), "{name} has no {section}");
        }
        // Every page reference (`\fIredops\-lock\fR(1)`) names a page that exists.
        for (i, _) in text.match_indices("\\fR(1)") {
            let start = text[..i]
                .rfind("\\fI")
                .expect("a reference starts with \\fI")
                + 3;
            let page = format!("{}.1", text[start..i].replace("\\-", "-"));
            assert!(
                names.contains(&page.as_str()),
                "{name} refers to {page}, which does not exist"
            );
        }
    }
    let top = &pages
        .iter()
        .find(|(n, _)| n == "redops.1")
        .expect("redops.1")
        .1;
    assert!(
        !top.contains("redops\\-help"),
        "redops.1 refers to redops-help(1)"
    );
}

/// Runs `script` in a real shell; the test fails (never skips) when the shell is missing.
fn shell(name: &str, args: &[&str], script: &str) -> (String, String) {
    let out = Command::new(name)
        .args(args)
        .arg(script)
        .output()
        .unwrap_or_else(|e| {
            panic!("{name} is needed to test its completions ({e}): apt-get install -y {name} (./dev test installs it)")
        });
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{name} failed: {stderr}");
    (String::from_utf8_lossy(&out.stdout).to_string(), stderr)
}

#[test]
fn fish_completes_subcommands_and_option_values_everywhere() {
    let file = root().join("completions/redops.fish");
    let run = |line: &str| {
        let script = format!("source '{}'; complete -C '{line}'", file.display());
        let (out, err) = shell("fish", &["--no-config", "-c"], &script);
        assert!(err.is_empty(), "fish printed errors: {err}");
        out
    };
    // `redops -o <TAB>` used to offer file names (argparse failed on the missing value).
    for line in ["redops -o ", "redops --output ", "redops session list -o "] {
        let out = run(line);
        for v in ["table", "json", "ndjson"] {
            assert!(
                out.lines().any(|l| l.starts_with(v)),
                "`{line}<TAB>` in fish: {out}"
            );
        }
        assert!(
            !out.contains("Cargo.toml"),
            "`{line}<TAB>` offers files: {out}"
        );
    }
    let out = run("redops ses");
    assert!(out.starts_with("session"), "fish: {out}");
    let out = run("redops session ");
    assert!(out.contains("list") && out.contains("kill"), "fish: {out}");
}

#[test]
fn zsh_loads_the_completion_without_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        root().join("completions/_redops"),
        dir.path().join("_redops"),
    )
    .expect("copy");
    let script = format!(
        "fpath=('{}' $fpath); autoload -Uz compinit; compinit -u -d '{}/zcompdump'; autoload -Uz _redops; (( $+functions[_redops] )) && print loaded",
        dir.path().display(),
        dir.path().display()
    );
    let (out, err) = shell("zsh", &["-f", "-c"], &script);
    assert!(err.is_empty(), "zsh printed errors: {err}");
    assert_eq!(out.trim(), "loaded", "zsh did not load _redops");
}
