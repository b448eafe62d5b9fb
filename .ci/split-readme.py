#!/usr/bin/env python3
"""Splits the one-page README (as it was up to the split) into README.md and docs/*.md.

One-shot migration tool, kept so that README edits made on other branches before the split
can be ported mechanically: apply them to the old one-page README, then run

    python3 .ci/split-readme.py OLD_README.md      # writes README.md and docs/*.md
    REDOPS_UPDATE_GENERATED=1 cargo test --locked --test runner generated   # --help blocks
    python3 .ci/check-readme-split.py OLD_README.md

Sections move whole and verbatim; only heading levels and links between pages change. A
heading the map below does not know stops the script (add it to MAP).
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Heading text prefix -> (file, new heading level). The first matching prefix wins.
MAP = [
    ("Two commands", "README.md", 2),
    ("Supported servers", "docs/servers.md", 1),
    ("Global options", "docs/global-options.md", 1),
    ("Exit codes", "README.md", 2),
    ("Commands", None, 0),  # replaced by the command index
    ("`redops demo", "docs/demo.md", 1),
    ("`redops ping`", "docs/ping.md", 1),
    ("`redops session ", "docs/session.md", 2),
    ("`redops ratelimit ", "docs/ratelimit.md", 2),
    ("`redops leaderboard ", "docs/leaderboard.md", 2),
    ("`redops lock ", "docs/lock.md", 2),
    ("`redops stream ", "docs/stream.md", 2),
    ("`redops memory ", "docs/memory.md", 2),
    ("From an RDB snapshot", "docs/memory.md", 3),
    ("`redops check`", "docs/check.md", 1),
    ("Profiles", "docs/config.md", 1),
    ("`redops audit ", "docs/audit.md", 2),
    ("The audit log, and what each line holds", "docs/audit.md", 2),
    ("Sentinel", "docs/sentinel.md", 1),
    ("`redops completions", "docs/completions.md", 1),
    ("Safety rails", "docs/safety.md", 2),
    ("Safety and failure behaviour", "docs/safety.md", 2),
    ("Round trips", "docs/safety.md", 2),
    ("Benchmarks", "README.md", 2),
    ("Development", "README.md", 2),
]

# Pages whose sections sit under a title of their own (the others take their one section's
# heading as the title).
TITLES = {
    "docs/session.md": "Sessions: `redops session`",
    "docs/ratelimit.md": "Rate limits: `redops ratelimit`",
    "docs/leaderboard.md": "Leaderboards: `redops leaderboard`",
    "docs/lock.md": "Locks: `redops lock`",
    "docs/stream.md": "Stream queues: `redops stream`",
    "docs/memory.md": "Memory: `redops memory`",
    "docs/audit.md": "The audit log: `redops audit`",
    "docs/safety.md": "Safety, failure behaviour and round trips",
}

BACK = "[redops](../README.md) · [command index](../README.md#commands) · [global options](global-options.md) · [exit codes](../README.md#exit-codes)"

# The command index: (leaf command, heading prefix of its section, what it is for).
INDEX = [
    ("demo", "`redops demo", "a throwaway server with a realistic fintech keyspace, and a guided tour of every command"),
    ("ping", "`redops ping`", "is the server there: version, role, topology, round trip"),
    ("session list", "`redops session list", "one user's trading sessions, or every session matching filters (IP range, device, idle time)"),
    ("session kill", "`redops session kill", "end sessions: one, a user's, or every one from a compromised range"),
    ("ratelimit probe", "`redops ratelimit probe", "one user's sliding window as the limiter's next attempt sees it"),
    ("ratelimit top", "`redops ratelimit top", "the users closest to their limit right now"),
    ("ratelimit reset", "`redops ratelimit reset", "clear a user's window (the support-desk case)"),
    ("leaderboard top", "`redops leaderboard top", "the top of a copy-trading board, with each trader's metadata"),
    ("leaderboard rank", "`redops leaderboard rank", "one trader's rank, score, percentile and neighbours"),
    ("leaderboard list", "`redops leaderboard list", "every board, with boards of past months kept forever flagged"),
    ("lock inspect", "`redops lock inspect", "one lock or every lock, with its token and TTL"),
    ("lock force-release", "`redops lock force-release", "release a lock left by a dead worker, only if it is still the one shown"),
    ("stream groups", "`redops stream groups", "consumer groups, lag, and the consumers that are dead or stuck"),
    ("stream pending", "`redops stream pending", "pending entries of a group, with idle time, deliveries and payloads"),
    ("stream reclaim", "`redops stream reclaim", "move stuck entries to a live consumer, or to a dead-letter stream"),
    ("stream ack", "`redops stream ack", "acknowledge pending entries"),
    ("memory bigkeys", "`redops memory bigkeys", "where the memory goes: per type, biggest keys, key groups, keys without TTL (live or from an RDB file)"),
    ("memory usage", "`redops memory usage", "bytes, type, elements, TTL and encoding of named keys"),
    ("memory policy", "`redops memory policy", "maxmemory, eviction policy, fragmentation, with advice"),
    ("check", "`redops check`", "a smoke check for CI: exit 1 when something is wrong, JUnit output"),
    ("config show", "Profiles", "every setting with where it came from (flag, environment, profile, default)"),
    ("config path", "Profiles", "the config file redops reads"),
    ("audit show", "`redops audit show", "the actions redops recorded: who changed what, when, with what result"),
    ("audit restore", "`redops audit show", "put back what one action removed, never overwriting"),
    ("audit verify", "`redops audit verify", "check the audit log's hash chain"),
    ("sentinel status", "Sentinel", "the primary, replicas, sentinels and quorum of a Sentinel setup"),
    ("sentinel failover", "Sentinel", "ask the sentinels to promote a replica"),
    ("completions", "`redops completions", "shell completions (bash, zsh, fish, elvish, powershell)"),
]

TOUR = """## Five-minute tour

In one terminal, install redops and start a demo server that stays up (`redops demo --keep`
loads the same platform as the guided tour, prints its URL and the commands to try, and removes
everything on Ctrl-C):

```console
$ cargo install --path . --locked
$ redops demo --keep
Loaded a fintech platform in 0.5s (50552 commands in 22 round trips):
  10000 users with 19945 sessions, 13234 rate-limit windows (89127 requests),
  3 leaderboards (1893 entries, month 2026-12), 949 trader profiles, 8 locks,
  3 streams (2000 transactions, 20 dead letters), 1014 cache keys: 25211 keys in all.

Redis is running at redis://127.0.0.1:43559
Try, in another terminal:
  redops -u redis://127.0.0.1:43559 ping
  ...
Press Ctrl-C to stop the server and remove its data.
```

In another terminal, name that server once (or pass `-u URL` to each command):

```sh
export REDIS_URL=redis://127.0.0.1:43559     # the URL the demo printed
```

Is it there, and what is it?

```console
$ redops ping
PONG from redis://127.0.0.1:43559 — Redis 7.0.15, standalone, role master, round trip 0.27ms
```

Who holds more sessions than the cap of 5, and what are they?

```console
$ redops session list --summary --over-limit 5
...
│ users over 5 sessions     ┆ 10    │
│ most sessions of one user ┆ 9     │
│ hashes without TTL        ┆ 1     │
...
$ redops session list --user 7
┌──────┬────────────────┬─────────┬────────────────┬─────────────┬─────────────┬─────────┐
│ user ┆ session        ┆ device  ┆ ip             ┆ created     ┆ last active ┆ ttl     │
╞══════╪════════════════╪═════════╪════════════════╪═════════════╪═════════════╪═════════╡
│ 7    ┆ f2925c9d-f5fe… ┆ desktop ┆ 151.22.138.53  ┆ 15h 38m ago ┆ 5h 17m ago  ┆ 23h 59m │
│ 7    ┆ fe8e847d-7135… ┆ mobile  ┆ 151.84.98.232  ┆ 9d 57m ago  ┆ 12h 20m ago ┆ 23h 59m │
...
```

Why is user 3 refused a withdrawal (or about to be)?

```console
$ redops ratelimit probe --category withdrawal --user 3
┌──────────────────────┬───────────────────────────────────┐
│ window               ┆ as the next attempt sees it       │
╞══════════════════════╪═══════════════════════════════════╡
│ key                  ┆ ratelimit:withdrawal:user:3       │
│ policy               ┆ 10 per 1m                         │
│ in window            ┆ 9 of 10                           │
│ next attempt         ┆ allowed (1 remaining)             │
...
```

Which lock is stuck, and which worker sits on the transaction queue?

```console
$ redops lock inspect
┌──────────────────────┬───────────────────────────┬──────────────────────────────────────┬───────────────────────┐
│ resource             ┆ key                       ┆ token                                ┆ ttl                   │
╞══════════════════════╪═══════════════════════════╪══════════════════════════════════════╪═══════════════════════╡
│ settlement:eod-batch ┆ lock:settlement:eod-batch ┆ 51af7318-7648-49ca-93ea-5f131afb6591 ┆ NO TTL: never expires │
│ ledger:rebalance     ┆ lock:ledger:rebalance     ┆ 6dd49194-b92f-4360-9d37-74d5349bb220 ┆ 442ms                 │
...
$ redops stream groups
...
│ transactions:withdrawals ┆ processors ┆ worker-dead ┆ 40      ┆ 9s 500ms ┆ STUCK: polls, but holds 40 entries (one waiting 1h 50m) │
...
```

What would releasing that lock change? `--dry-run` shows it and changes nothing; without it,
redops asks first (or takes `--yes`), records the token in the audit log, and releases the lock
only if it is still the one shown (`redops audit show` lists the change, `redops audit restore ID`
puts the lock back):

```console
$ redops lock force-release settlement:eod-batch --dry-run
dry run: would release lock:settlement:eod-batch held by token 51af7318-7648-49ca-93ea-5f131afb6591 (no TTL)
```

Where does the memory go, and what would a CI check fail on?

```console
$ redops memory bigkeys --top 3 --groups 4
25210 keys, 12.2 MiB on 1 node in 202ms; 145 without TTL (0.6%)
...
$ redops check
...
error: check failed: maxmemory, maxmemory_policy, locks_without_ttl, sessions_ttl, pending_idle, dead_letter
$ echo $?
1
```

Every command takes `-o json` (or `-o ndjson`) for scripts, and `redops COMMAND --help` ends
with examples. Ctrl-C in the first terminal stops the server and removes its data.
"""

INDEX_HEAD = """## Commands

Each command has a reference page: what it reads and changes, its JSON fields, its exit codes,
and its `--help` text (generated from the CLI and checked by the tests). The options every
command takes are in [Global options](docs/global-options.md).

| command | what it is for |
|---|---|
"""

REFERENCE = """Beyond the commands:

- [Global options](docs/global-options.md): connection flags, profiles and precedence, passwords,
  TLS, `--redact`, and the scan options that keep a scan gentle on production.
- [Supported servers](docs/servers.md): Redis 6.2, 7.0, 8.0 and Valkey 8.1, and what differs.
- [Safety rails, failure behaviour and round trips](docs/safety.md): how every destructive
  command is made safe, what redops guarantees when servers fail (with the tests that prove
  it), and how many round trips each command makes.
- [The audit log](docs/audit.md#the-audit-log-and-what-each-line-holds): what each line holds, and how it is kept.
- [Profiles](docs/config.md): the config file of named targets.
- [CHANGELOG](CHANGELOG.md); man pages for every command in `man/` (`man -l man/redops.1`).
"""

SERVERS_SHORT = """## Supported servers

Redis 6.2, 7.0 and 8.0, and Valkey 8.1, standalone or cluster, directly or through Sentinel:
`./dev test` runs the whole suite against each. redops reads each server's flavor and version
when it connects and says plainly what a server cannot do (exit 5, "needs Redis 7.4 or later").
What differs between them is in [docs/servers.md](docs/servers.md).
"""

DEV_DOCS = """- Documentation: this README is the front page; the reference is one page per command group
  in `docs/` (`docs/GROUP.md`, after the command's first word). A change of behaviour goes in
  its command's page (and in the README only when the tour, the exit codes or the benchmarks
  change). Each page ends with its commands' `--help` between `<!-- BEGIN generated ... -->`
  markers, which the regeneration above rewrites (and appends for a new command); a new command
  also needs a line in the README's command index. `tests/test_docs.rs` checks both, and that
  every relative link and heading anchor in README.md, CHANGELOG.md and `docs/` resolves.
"""

# Lines changed on purpose (reported by check-readme-split.py): old -> new.
REPLACE = {
    "- After changing `src/cli*`, regenerate completions and man pages:":
    "- After changing `src/cli*`, regenerate completions, man pages and the `--help` blocks in `docs/`:",
}


def slug(text):
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    out = []
    for ch in text.strip().lower():
        if ch.isalnum() or ch in "-_":
            out.append(ch)
        elif ch == " ":
            out.append("-")
    return "".join(out)


def sections(lines):
    """[(level, heading text, [lines])] split at headings outside code fences; the lines
    before the first heading come as level 0."""
    out = [(0, "", [])]
    fence = None
    for line in lines:
        stripped = line.lstrip()
        if fence is None and (stripped.startswith("```") or stripped.startswith("~~~")):
            fence = stripped[:3]
        elif fence is not None and stripped.startswith(fence):
            fence = None
        elif fence is None:
            m = re.match(r"^(#{1,6}) (.*)$", line)
            if m:
                out.append((len(m.group(1)), m.group(2), []))
                continue
        out[-1][2].append(line)
    return out


def target(heading):
    for prefix, file, level in MAP:
        if heading.startswith(prefix):
            return file, level
    sys.exit(f"split-readme: no place for the heading {heading!r}: add it to MAP")


def main():
    old = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md").read_text()
    secs = sections(old.split("\n"))
    title_level, title, intro = secs[1]
    assert title_level == 1 and title == "redops", "the README starts with # redops"
    files = {}  # file -> [lines]
    where = {}  # old anchor -> file
    headings = {}  # heading prefix -> (file, anchor)
    for level, text, body in secs[2:]:
        file, new_level = target(text)
        where[slug(text)] = file
        if file is None:
            continue
        page = files.setdefault(file, [])
        if file != "README.md" and not page:
            if file in TITLES:
                page += [f"# {TITLES[file]}", "", BACK, ""]
        page.append("#" * new_level + " " + text)
        if file != "README.md" and new_level == 1:
            page += ["", BACK]
        page += body
        for _, prefix, _ in INDEX:
            if text.startswith(prefix) and prefix not in headings:
                headings[prefix] = (file, slug(text))

    def relink(file, line):
        def fix(m):
            anchor = m.group(1)
            dest = where.get(anchor)
            if dest is None or dest == file:
                return m.group(0)
            if dest == "README.md":
                return f"](../README.md#{anchor})"
            if file == "README.md":
                return f"]({dest}#{anchor})"
            return f"]({Path(dest).name}#{anchor})"

        return re.sub(r"\]\(#([^)]+)\)", fix, line)

    for file, page in files.items():
        files[file] = [REPLACE.get(relink(file, l), relink(file, l)) for l in page]

    readme = files.pop("README.md")
    parts = sections(readme)
    by_name = {t: (lvl, t, body) for lvl, t, body in parts[1:]}

    def section(name):
        lvl, t, body = by_name[name]
        return ["#" * lvl + " " + t] + body

    index = INDEX_HEAD
    for leaf, prefix, what in INDEX:
        file, anchor = headings[prefix]
        index += f"| [`redops {leaf}`]({file}#{anchor}) | {what} |\n"
    out = ["# redops"] + intro
    out += section("Two commands")
    out += TOUR.split("\n")
    out += index.split("\n")
    out += REFERENCE.split("\n")
    out += SERVERS_SHORT.split("\n")
    out += section("Exit codes")
    out += section("Benchmarks")
    dev = section("Development")
    # the documentation bullet goes before the last bullet (fmt/clippy)
    last = max(i for i, l in enumerate(dev) if l.startswith("- "))
    dev[last:last] = DEV_DOCS.rstrip("\n").split("\n")
    out += dev
    known = {"Two commands", "Exit codes", "Benchmarks", "Development"}
    for name in by_name:
        if name not in known:
            sys.exit(f"split-readme: {name!r} is mapped to README.md but not placed: edit main()")

    text = "\n".join(out).rstrip("\n") + "\n"
    (ROOT / "README.md").write_text(text)
    (ROOT / "docs").mkdir(exist_ok=True)
    for file, page in files.items():
        body = "\n".join(page).rstrip("\n") + "\n"
        (ROOT / file).write_text(body)
        print(f"wrote {file}")
    print("wrote README.md")


if __name__ == "__main__":
    main()
