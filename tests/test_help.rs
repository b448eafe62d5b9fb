//! Help that teaches: a command offers only the flags that apply to it, and a usage error
//! names what was typed, not what the environment supplied.

use crate::support::Env;

const SAFETY_FLAGS: [&str; 4] = ["--yes", "--dry-run", "--audit-log", "--audit-syslog"];

#[test]
fn safety_flags_are_offered_only_where_they_apply() {
    let env = Env::new();
    // A read-only command: not in its help, not in its man page, refused when given.
    for words in [&["ping"][..], &["session", "list"], &["memory", "usage"]] {
        let mut args = words.to_vec();
        args.push("--help");
        let help = env.run(&args);
        help.expect_code(0);
        for flag in SAFETY_FLAGS {
            assert!(
                !help.stdout.contains(flag),
                "{words:?} offers {flag}:\n{}",
                help.stdout
            );
        }
        let man = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("man")
                .join(format!("redops-{}.1", words.join("-"))),
        )
        .expect("man page");
        // Synopsis and options (the environment section names --audit-log for REDOPS_AUDIT_LOG).
        let options = man.split(".SH \"EXIT STATUS\"").next().unwrap_or("");
        for flag in SAFETY_FLAGS {
            let roff = flag.replace('-', "\\-");
            assert!(
                !options.contains(&roff),
                "man page of {words:?} lists {flag}"
            );
        }
    }
    // Before the subcommand or after it: a usage error naming the flag and the command.
    for args in [
        &["--dry-run", "ping"][..],
        &["ping", "--dry-run"],
        &["-y", "session", "list"],
        &["session", "list", "--yes"],
        &["--audit-syslog", "memory", "usage", "k"],
    ] {
        let run = env.run(args);
        run.expect_code(2);
        let flag = args.iter().find(|a| a.starts_with('-')).map_or("", |a| *a);
        let flag = if flag == "-y" { "--yes" } else { flag };
        assert!(run.stderr.contains(flag), "{args:?}: {}", run.stderr);
    }
    let run = env.run(&["--dry-run", "ping"]);
    assert!(
        run.stderr.contains("redops ping") && run.stderr.contains("session kill"),
        "{}",
        run.stderr
    );

    // A command that changes data offers all four, under their own heading.
    let help = env.run(&["lock", "force-release", "--help"]);
    help.expect_code(0);
    let safety = help.stdout.split("Safety:").nth(1).unwrap_or("");
    let safety = safety.split("Global options:").next().unwrap_or("");
    for flag in SAFETY_FLAGS {
        assert!(
            safety.contains(flag),
            "no {flag} under Safety:\n{}",
            help.stdout
        );
    }
}

#[test]
fn a_usage_error_does_not_name_flags_the_environment_set() {
    let env = Env::new();
    for args in [
        &["lock", "force-release"][..],
        &["session", "kill"],
        &["--cluster", "--no-cluster", "ping"],
        &["ping", "--tls-cert", "c.pem"],
    ] {
        let out = env
            .command(args)
            .env("REDIS_URL", "redis://127.0.0.1:1")
            .env("REDOPS_PROFILE", "staging")
            .output()
            .expect("run redops");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        let usage = stderr
            .lines()
            .find(|l| l.starts_with("Usage:"))
            .unwrap_or_else(|| panic!("{args:?}: no usage line in {stderr}"));
        for flag in ["--url", "--audit-log", "--profile"] {
            assert!(!usage.contains(flag), "{args:?}: {usage}");
        }
        assert!(usage.contains(args[0]), "{args:?}: {usage}");
    }
    // What was typed is still named.
    let run = env.run(&["lock", "force-release"]);
    assert!(run.stderr.contains("<RESOURCE>"), "{}", run.stderr);
}
