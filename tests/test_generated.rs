//! Completions and man pages are generated from the clap definitions and committed; these
//! tests fail when the committed copies are stale, and check that they are usable.

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
    for (rel, data) in redops::generate::all_files().expect("generate") {
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
