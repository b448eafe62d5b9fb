#!/bin/bash
# Before/after comparison of two redops binaries on the demo data (issue 15: behaviour unchanged,
# JSON output byte-for-byte the same, tables the same).
#
# Usage: bench/same-output.sh BEFORE_BIN AFTER_BIN [--users N] [--seed N] [--redis-server PATH]
#                             [--phase read-only|cluster|destructive|audit]... [--datasets N] [--keep-dir]
#   e.g. bench/same-output.sh /work/wt/golden-before/redops target/debug/redops
# One self-contained file (copy it anywhere). Needs python3 and redis-server (redis-cli too, for the `memory bigkeys --rdb` case) on PATH.
#
# What it does (details in the Python program below):
#  1. starts `BEFORE demo --keep --users 2000 --seed 42` and runs every read-only command, and
#     every destructive one with --dry-run (or refused without --yes), in table, json and ndjson,
#     plus every --help and usage errors: BEFORE, AFTER, BEFORE back to back. A token (JSON leaf,
#     or word of a table) that differs between the two BEFORE runs is time-dependent and masked;
#     everything else (stdout, stderr, exit code, key order, whitespace) must be byte-identical.
#  1b. the same commands on a 3-primary cluster holding the demo's keys (copied in with
#     `redis-cli --cluster import --cluster-copy`).
#  2. runs the destructive commands for real (--yes, --audit-log) on 6 identical fresh datasets:
#     AFTER on the middle one, BEFORE on the others, and compares the reports, the audit lines,
#     `audit show/verify` and the state left behind the same way (ports and binary paths
#     replaced; tokens that differ between the BEFORE datasets, such as times and ids, masked).
#  3. audit show/verify on one fixed log and on a tampered copy.
# Prints one OK/DIFF/UNSTABLE line per comparison and a summary; exits 1 on any DIFF/UNSTABLE
# (outputs of each DIFF are kept in the work directory it names), 0 when all is the same.
exec python3 - "$@" <<'PYTHON'
#!/usr/bin/env python3
"""Before/after output comparison of two redops binaries (issue 15: "JSON output is byte-for-byte
the same on the demo data"). Usage: at the top of this file.

How a comparison works (read-only commands):
  BEFORE runs, then AFTER, then BEFORE again, back to back, with the same arguments and
  environment. stdout and stderr are cut into tokens (JSON: string/number/literal/punctuation/
  whitespace tokens of the raw text, so key order, escapes and whitespace count; a table row:
  its cells; other text: words, durations such as "4s 900ms", and runs of spaces). A token that
  differs between BEFORE runs is volatile (a TTL, an idle time, a round-trip time, an order
  BEFORE itself does not keep) and is masked (AFTER's token there must only be of the same kind);
  every other token of every AFTER run must be byte-identical to BEFORE's, and the exit code must
  be one BEFORE gave. When they are not the same, the triple is run again (4 attempts in all):
  the BEFORE runs of all attempts together say which tokens are volatile, so a difference where
  every BEFORE run agreed stays a DIFF however often it is retried, and every AFTER run counts.
  UNSTABLE: the BEFORE runs did not even agree on their shape (number of tokens); a failure too.
  Where BEFORE's own output moves from run to run (it is not byte-identical across its runs),
  one AFTER run matching is enough, and the line says in how many runs it matched; where
  every BEFORE run is identical, every AFTER run must match.

Phases:
  1. read-only: every read-only command, and every destructive command with --dry-run (or
     refused without --yes), in table, json and ndjson, on one demo server (demo --keep),
     plus every --help and two usage errors. 1b (--phase cluster): the same commands on a
     3-primary cluster holding the demo's keys (redis-cli --cluster import --cluster-copy);
     there the nodes answer in parallel and even BEFORE's own record order varies (NDJSON
     lines, JSON arrays merged from several nodes): when the BEFORE runs differ in order, the
     records are compared sorted, and the line says so.
  2. destructive: the destructive commands for real (--yes, --audit-log) on --datasets (6)
     fresh, identical datasets (same seed, loaded 1.1 s apart): AFTER on the middle one, BEFORE
     on the others; a token that differs between the BEFORE datasets (times, ids, lock tokens,
     pids, an order BEFORE does not keep) is masked. Each dataset's port and the binaries' paths
     are replaced by <PORT>/<REDOPS> first. Then the audit logs (line by line), `audit show`/
     `audit verify` on them, and the state left behind (read with BEFORE on every dataset) are
     compared the same way.
  3. audit on one fixed log: audit show/verify (and a tampered copy) as in phase 1.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

FORMATS = ["table", "json", "ndjson"]
W = "transactions:withdrawals"
D = "transactions:deposits"
DL = "transactions:dead-letter"


# ---------------------------------------------------------------- tokenising and comparing

JSON_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"'  # string
    r"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?"  # number
    r"|true|false|null"
    r"|[{}\[\],:]"
    r"|\s+"
    r"|.",  # anything else (not JSON: still compared)
    re.S,
)
# A duration as redops prints it ("4s 900ms", "3m 34s") is one token, so that "5s" and
# "4s 900ms" are one volatile token rather than a change of shape.
TEXT_TOKEN = re.compile(r"\d+(?:\.\d+)?(?:ms|us|µs|ns|s|m|h|d)(?: \d+(?:\.\d+)?(?:ms|us|µs|ns|s|m|h))*(?![\w.])|\s+|\S+")


def is_json(text):
    s = text.strip()
    if not s:
        return False
    try:
        json.loads(s)
        return True
    except ValueError:
        pass
    lines = [line for line in s.split("\n") if line.strip()]
    try:
        for line in lines:
            json.loads(line)
        return True
    except ValueError:
        return False


TABLE_ROW = re.compile(r"^\s*[│║┃|]")
CELL_SPLIT = re.compile(r"([│┆║┃|])")


def tokens(text):
    """JSON: its lexical tokens. Text: per line, a table row's cells (a cell is one token, so
    "23s" and "22s 800ms" are both one volatile token), or else words and runs of spaces."""
    if is_json(text):
        return JSON_TOKEN.findall(text)
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        if TABLE_ROW.match(body):
            out.extend(t for t in CELL_SPLIT.split(body) if t)
        else:
            out.extend(TEXT_TOKEN.findall(body))
        if line.endswith("\n"):
            out.append("\n")
    return out


def kind(tok):
    if tok == "\n":
        return "newline"
    if tok[:1].isspace() and not tok.strip():
        return "ws"
    if tok[:1] == '"':
        return "str"
    if tok[:1] == "-" or tok[:1].isdigit():
        return "num"
    return "other"


def line_of(toks, i):
    """The line around token i, for a readable DIFF."""
    start = i
    while start > 0 and "\n" not in toks[start - 1]:
        start -= 1
    end = i
    while end < len(toks) - 1 and "\n" not in toks[end + 1]:
        end += 1
    return "".join(toks[start : end + 1]).strip("\n")[:300]


def compare_text(befores, afters):
    """(status, masked, detail) for one stream (stdout or stderr) of several BEFORE and AFTER
    runs of one command. status: 'ok'; 'diff' (AFTER differs where every BEFORE run agreed, no
    token was volatile); 'diff?' (the same, but some tokens were volatile: worth another
    attempt, which adds BEFORE runs and so learns more volatile tokens); 'unstable' (the
    BEFORE runs do not even agree on their shape)."""
    if all(b == befores[0] for b in befores) and all(a == befores[0] for a in afters):
        return "ok", 0, ""
    tb = [tokens(b) for b in befores]
    # The BEFORE runs of the most common shape (ties: the latest) define the mask.
    lengths = [len(t) for t in tb]
    best = max(set(lengths), key=lambda n: (lengths.count(n), max(i for i, m in enumerate(lengths) if m == n)))
    group = [t for t in tb if len(t) == best]
    if len(group) < 2:
        if all(a in befores for a in afters):
            return "ok", 1, ""
        return "unstable", 0, "the BEFORE runs differ in shape (%s tokens)" % "/".join(map(str, lengths))
    ref = group[0]
    volatile = [any(t[i] != ref[i] for t in group) for i in range(best)]
    masked = sum(volatile)
    status = "diff?" if masked else "diff"
    for a in afters:
        if a in befores:
            continue
        ta = tokens(a)
        if len(ta) != best:
            n = min(len(ta), best)
            i = next((k for k in range(n) if ta[k] != ref[k] and not volatile[k]), n)
            return status, masked, "AFTER has %d tokens, BEFORE %d; first difference:\n    before: %s\n    after:  %s" % (
                len(ta), best, line_of(ref, min(i, best - 1)) if ref else "", line_of(ta, min(i, len(ta) - 1)) if ta else "")
        for i, (x, y) in enumerate(zip(ref, ta)):
            if not volatile[i]:
                if x != y:
                    return status, masked, "token %d differs:\n    before: %s\n    after:  %s" % (
                        i, line_of(ref, i), line_of(ta, i))
            elif kind(y) != kind(x):
                return "diff?", masked, "volatile token %d changed kind:\n    before: %s\n    after:  %s" % (
                    i, line_of(ref, i), line_of(ta, i))
    return "ok", masked, ""


def _order_key(x):
    """Sort by the text with numbers masked (a TTL does not move a record), then by the text
    (records that differ only in numbers, such as user ids, by their first number)."""
    t = x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)
    return (re.sub(r"\d+", "#", t), t)


def _sort_lists(v):
    if isinstance(v, dict):
        return {k: _sort_lists(x) for k, x in v.items()}
    if isinstance(v, list):
        return sorted((_sort_lists(x) for x in v), key=_order_key)
    return v


def canon(text):
    """The same records in a fixed order: JSON arrays and NDJSON lines sorted (by their text
    with numbers masked, so that a TTL does not move a record), a table's rows sorted."""
    try:
        return json.dumps(_sort_lists(json.loads(text)), indent=1, ensure_ascii=False) + "\n"
    except ValueError:
        pass
    lines = text.split("\n")
    if text.strip() and all(not l.strip() or l.lstrip().startswith(("{", "[")) for l in lines):
        try:
            docs = [json.dumps(_sort_lists(json.loads(l)), ensure_ascii=False) for l in lines if l.strip()]
            return "\n".join(sorted(docs, key=_order_key)) + "\n"
        except ValueError:
            pass
    out, rows = [], []
    for l in lines:
        if l.startswith("│") and out and (out[-1].startswith(("╞", "│")) or rows):
            rows.append(l)
            continue
        if rows:
            out.extend(sorted(rows, key=_order_key))
            rows = []
        out.append(l)
    out.extend(sorted(rows, key=_order_key))
    return "\n".join(out)


class Run:
    def __init__(self, rc, out, err):
        self.rc, self.out, self.err = rc, out, err


def compare_runs(befores, afters):
    """Compare BEFORE and AFTER Runs of one command: exit code, stdout, stderr."""
    brc = sorted(set(r.rc for r in befores))
    for a in afters:
        if a.rc not in brc:
            return ("diff" if len(brc) == 1 else "diff?"), 0, "exit code: before %s, after %d" % (
                "/".join(map(str, brc)), a.rc)
    worst, masked, details = "ok", 0, []
    rank = {"ok": 0, "unstable": 1, "diff?": 2, "diff": 3}
    for name, pick in (("stdout", lambda r: r.out), ("stderr", lambda r: r.err)):
        st, m, d = compare_text([pick(r) for r in befores], [pick(r) for r in afters])
        masked += m
        if st != "ok":
            details.append("%s: %s" % (name, d))
        if rank[st] > rank[worst]:
            worst = st
    return worst, masked, "\n  ".join(details)


# ---------------------------------------------------------------- running binaries


class Runner:
    def __init__(self, before, after, work, verbose):
        self.before, self.after, self.work, self.verbose = before, after, work, verbose
        self.results = []  # (status, label, masked, detail, attempts)
        self.env = clean_env(work)
        self.saved = os.path.join(work, "diffs")

    def run(self, binary, args, cwd=None, subst=()):
        p = subprocess.run(
            [binary] + args,
            cwd=cwd or self.work,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=300,
        )
        out = p.stdout.decode("utf-8", "backslashreplace")
        err = p.stderr.decode("utf-8", "backslashreplace")
        for old, new in [(self.before, "<REDOPS>"), (self.after, "<REDOPS>")] + list(subst):
            out, err = out.replace(old, new), err.replace(old, new)
        return Run(p.returncode, out, err)

    def record(self, status, label, masked, detail, attempts, runs):
        label = label.replace(self.work, "$WORK")
        self.results.append((status, label, masked, detail, attempts))
        shown = {"ok": "OK", "diff": "DIFF", "diff?": "DIFF", "unstable": "UNSTABLE"}[status]
        note = ""
        if masked:
            note += "  (%d volatile token(s) masked)" % masked
        if attempts > 1:
            note += "  (attempt %d)" % attempts
        print("%-8s %s%s" % (shown, label, note), flush=True)
        if status != "ok":
            print("  " + detail, flush=True)
            os.makedirs(self.saved, exist_ok=True)
            base = os.path.join(self.saved, "%03d" % len(self.results))
            for tag, r in zip(("before1", "after", "before2"), runs):
                with open("%s.%s.out" % (base, tag), "w") as f:
                    f.write(r.out)
                with open("%s.%s.err" % (base, tag), "w") as f:
                    f.write("exit %d\n%s" % (r.rc, r.err))
            print("  (outputs saved as %s.*)" % base, flush=True)

    def triple(self, label, args, attempts=4, unordered=False):
        """BEFORE, AFTER, BEFORE on the same server. Not the same: run the triple again, up to
        `attempts` times in all; the BEFORE runs of every attempt together say which tokens are
        volatile (a DIFF where they all agree stays a DIFF), and every AFTER run must match.

        `unordered` (the cluster phase): when that fails and the BEFORE runs themselves came out
        in different orders (the nodes answer in parallel), compare once more with the records
        of each output sorted (`canon`): the same records in any order is OK, and said."""
        befores, afters = [], []
        for attempt in range(1, attempts + 1):
            befores.append(self.run(self.before, args))
            afters.append(self.run(self.after, args))
            befores.append(self.run(self.before, args))
            status, masked, detail = compare_runs(befores, afters)
            if status == "ok":
                break
            time.sleep(0.2)
        if status != "ok" and len(set((b.rc, b.out, b.err) for b in befores)) > 1:
            # BEFORE itself moves (an order that follows the clock, as rate limits sorted by
            # seconds to wait): accept when some AFTER run matches every BEFORE run's mask. A
            # command whose BEFORE runs are all identical gets no such leniency.
            good = [a for a in afters if compare_runs(befores, [a])[0] == "ok"]
            if good:
                label += "  (AFTER matched in %d of %d runs; BEFORE's own output moves too)" % (len(good), len(afters))
                status, masked, detail = "ok", compare_runs(befores, good)[1], ""
        if status != "ok" and unordered:
            cb = [Run(b.rc, canon(b.out), b.err) for b in befores]
            ca = [Run(a.rc, canon(a.out), a.err) for a in afters]
            reordered = len(set(b.out for b in befores)) > 1
            st2, m2, d2 = compare_runs(cb, ca)
            if st2 == "ok" and reordered:
                label += "  (order of records ignored: BEFORE's own order varies)"
                status, masked, detail = st2, m2, d2
            elif st2 != "ok":
                detail += "\n  and with the records sorted: " + d2
        self.record(status, label, masked, detail, attempt, (befores[-2], afters[-1], befores[-1]))
        return befores[0]


def clean_env(work):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("REDOPS_", "REDIS", "XDG_")) and k not in ("NO_COLOR", "USER")
    }
    home = os.path.join(work, "home")
    os.makedirs(home, exist_ok=True)
    env.update(
        HOME=home,
        XDG_CONFIG_HOME=os.path.join(home, ".config"),
        XDG_STATE_HOME=os.path.join(home, ".state"),
        XDG_DATA_HOME=os.path.join(home, ".data"),
        USER="redops-golden",
        LC_ALL="C.UTF-8",
        TZ="UTC",
        COLUMNS="120",
    )
    return env


class Demo:
    """`BEFORE demo --keep`: a private redis-server loaded by the generator."""

    def __init__(self, binary, users, seed, env, redis_server=None):
        args = [binary, "demo", "--keep", "--users", str(users), "--seed", str(seed)]
        if redis_server:
            args += ["--redis-server", redis_server]
        self.proc = subprocess.Popen(
            args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
        )
        self.url = None
        lines = []
        deadline = time.time() + 120
        while time.time() < deadline:
            line = self.proc.stdout.readline().decode()
            if not line:
                break
            lines.append(line)
            m = re.search(r"Redis is running at (redis://\S+)", line)
            if m:
                self.url = m.group(1)
                break
        if not self.url:
            self.stop()
            raise SystemExit(
                "same-output: `%s` printed no URL:\n%s%s"
                % (" ".join(args), "".join(lines), self.proc.stderr.read().decode())
            )
        self.loaded = time.time()
        self.port = self.url.rsplit(":", 1)[1]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def wait_until(t):
    if time.time() < t:
        time.sleep(t - time.time())


def load_json(run):
    try:
        return json.loads(run.out)
    except ValueError:
        return None


# ---------------------------------------------------------------- phase 1: read-only


def read_only_commands(month, ids, sid, rdb):
    """(args, formats): every read-only command and the dry-run form of every destructive one."""
    F, T = FORMATS, ["table"]
    id1, id2 = ids
    cmds = [
        (["ping"], F),
        (["config", "show"], F),
        (["--profile", "staging", "config", "show"], F),
        (["--profile", "nosuch", "config", "show"], F),
        (["config", "path"], F),
        # session
        (["session", "list", "--user", "7"], F),
        (["session", "list", "--user", "2"], F),
        (["session", "list", "--user", "5"], F),
        (["session", "list", "--user", "999999"], F),
        (["session", "list", "--summary"], F),
        (["session", "list", "--summary", "--over-limit", "5"], F),
        (["session", "list", "--over-limit", "5"], F),
        (["session", "list", "--ip", "10.1.0.0/16"], F),
        (["session", "list", "--ip", "10.1.0.0/16", "--summary"], F),
        (["session", "list", "--device", "mobile"], F),
        (["session", "list", "--device", "desktop", "--idle-over", "12h"], F),
        (["session", "list", "--active-within", "1h"], F),
        (["session", "list", "--user", "7", "--device", "web"], F),
        (["--redact", "session", "list", "--user", "7"], F),
        (["--max-value-bytes", "4", "session", "list", "--user", "2"], F),
        (["session", "list", "--ip", "not-an-ip"], F),
        (["session", "kill", "--user", "7", "--all", "--dry-run"], F),
        (["session", "kill", "--user", "7", "--session", sid, "--dry-run"], F),
        (["session", "kill", "--user", "7", "--session", "nosuch", "--dry-run"], F),
        (["session", "kill", "--ip", "10.1.0.0/16", "--dry-run"], F),
        (["session", "kill", "--device", "desktop", "--dry-run"], F),
        (["session", "kill", "--user", "7", "--all"], F),  # refused: no --yes, no terminal
        # ratelimit: a 1h window keeps the demo's entries (written in the minute before the
        # load) in the window for the whole run; the default 1m window is run late (LATE below)
        (["ratelimit", "probe", "--category", "withdrawal", "--user", "3", "--window", "1h"], F),
        (["ratelimit", "probe", "--category", "deposit", "--user", "1", "--window", "1h"], F),
        (["ratelimit", "probe", "--key", "ratelimit:withdrawal:user:3", "--limit", "100", "--window", "1h"], F),
        (["ratelimit", "probe", "--category", "nosuch", "--user", "1"], F),
        (["ratelimit", "top", "--category", "withdrawal", "--window", "1h"], F),
        (["ratelimit", "top", "--category", "deposit", "--count", "5", "--window", "1h"], F),
        (["ratelimit", "top", "--category", "withdrawal", "--limit", "3", "--window", "1h"], F),
        (["ratelimit", "reset", "--category", "withdrawal", "--user", "3", "--dry-run"], F),
        (["ratelimit", "reset", "--category", "withdrawal", "--user", "3"], F),
        # leaderboard
        (["leaderboard", "top"], F),
        (["leaderboard", "top", "--count", "10"], F),
        (["leaderboard", "top", "--period", "weekly", "--count", "5"], F),
        (["leaderboard", "top", "--period", "daily", "--offset", "5", "--count", "5"], F),
        (["leaderboard", "top", "--no-meta", "--count", "5"], F),
        (["leaderboard", "top", "--month", month, "--count", "3"], F),
        (["leaderboard", "top", "--key", "leaderboard:monthly:" + month, "--count", "3"], F),
        (["leaderboard", "top", "--month", "1999-01"], F),
        (["leaderboard", "rank", "4", "--around", "2"], F),
        (["leaderboard", "rank", "6"], F),
        (["leaderboard", "rank", "7", "--period", "weekly"], F),
        (["leaderboard", "rank", "--member-hex", "37"], F),
        (["leaderboard", "rank", "nosuch"], F),
        (["leaderboard", "list"], F),
        (["leaderboard", "list", "--period", "monthly"], F),
        (["leaderboard", "list", "--replicas"], F),
        # lock
        (["lock", "inspect"], F),
        (["lock", "inspect", "settlement:eod-batch"], F),
        (["lock", "inspect", "nosuch"], F),
        (["lock", "inspect", "--pattern", "withdrawal:*"], F),
        (["--redact", "lock", "inspect", "settlement:eod-batch"], F),
        (["lock", "list"], F),
        (["lock", "force-release", "settlement:eod-batch", "--dry-run"], F),
        (["lock", "force-release", "settlement:eod-batch", "--token", "wrong", "--dry-run"], F),
        (["lock", "force-release", "nosuch", "--dry-run"], F),
        (["lock", "force-release", "settlement:eod-batch"], F),  # refused
        # stream
        (["stream", "groups"], F),
        (["stream", "groups", W], F),
        (["stream", "groups", "--dead-after", "5m"], F),
        (["stream", "groups", W, "--dead-after", "5m", "--fail-if-dead"], F),
        (["stream", "groups", "nosuch"], F),
        (["stream", "pending", W, "-g", "processors"], F),
        (["stream", "pending", D, "-g", "processors"], F),
        (["stream", "pending", W, "-g", "processors", "--detail"], F),
        (["stream", "pending", W, "-g", "processors", "--detail", "--payload", "--count", "5"], F),
        (["stream", "pending", W, "-g", "processors", "--consumer", "worker-dead", "--detail"], F),
        (["stream", "pending", W, "-g", "processors", "--min-idle", "10m", "--detail"], F),
        (["stream", "pending", W, "-g", "processors", "--min-deliveries", "5", "--detail"], F),
        (["stream", "pending", W, "-g", "processors", "--detail", "--page-size", "3"], F),
        (["--max-value-bytes", "8", "stream", "pending", W, "-g", "processors", "--detail", "--payload"], F),
        (["--redact", "stream", "pending", W, "-g", "processors", "--detail", "--payload"], F),
        (["stream", "pending", W, "-g", "nosuch"], F),
        (["stream", "ack", W, "-g", "processors", id1, id2, "--dry-run"], F),
        (["stream", "ack", W, "-g", "processors", "--consumer", "worker-dead", "--dry-run"], F),
        (["stream", "ack", W, "-g", "processors", "--consumer", "worker-dead", "--min-deliveries", "5", "--dry-run"], F),
        (["stream", "ack", W, "-g", "processors", id1], F),  # refused
        (["stream", "reclaim", W, "-g", "processors", "--from", "worker-dead", "--to", "worker-1", "--min-idle", "0s", "--dry-run"], F),
        (["stream", "reclaim", W, "-g", "processors", "--from", "worker-dead", "--to", "worker-1", "--min-idle", "0s",
          "--dead-letter", DL, "--max-deliveries", "5", "--dry-run"], F),
        (["stream", "reclaim", W, "-g", "processors", "--to", "worker-2", "--min-idle", "0s", "--id", id1, "--dry-run"], F),
        (["stream", "reclaim", D, "-g", "processors", "--to", "worker-2", "--min-idle", "10m", "--count", "2", "--dry-run"], F),
        # memory
        (["memory", "bigkeys"], F),
        (["memory", "bigkeys", "--top", "5"], F),
        (["memory", "bigkeys", "--pattern", "sessions:*", "--top", "3"], F),
        (["memory", "bigkeys", "--type", "hash", "--groups", "3"], F),
        (["memory", "bigkeys", "--no-touch", "--top", "3"], F),
        # (--rdb-sync is left out: 5 s a run, and its snapshot moves with every expired lock;
        # the same analysis runs from the file snapshot below, which does not move)
        (["memory", "usage", W, "leaderboard:monthly:" + month, "cache:config:feature-flags"], F),
        (["memory", "usage", "sessions:user:7", "nosuch"], F),
        (["memory", "policy"], F),
        # check
        (["check"], F),
        (["check", "--format", "junit"], T),
        (["check", "--strict"], F),
        (["check", "--bigkeys", "--full"], F),
        (["check", "--max-lag", "1", "--max-lock-ttl", "1m"], F),
        # sentinel, without a sentinel: their errors
        (["sentinel", "status"], F),
        (["sentinel", "failover", "mymaster", "--dry-run"], F),
        (["--sentinel", "127.0.0.1:1", "--master", "mymaster", "sentinel", "status"], F),
        (["completions", "bash"], T),
        (["completions", "zsh"], T),
    ]
    if rdb:
        cmds.append((["memory", "bigkeys", "--rdb", rdb, "--top", "5"], F))
    cmds.append(LATE)
    # Once the demo's 1-minute windows have emptied, their answers no longer move.
    cmds += [
        (["ratelimit", "probe", "--category", "withdrawal", "--user", "3"], F),
        (["ratelimit", "probe", "--key", "ratelimit:withdrawal:user:3", "--limit", "100", "--window", "1m"], F),
        (["ratelimit", "top", "--category", "withdrawal"], F),
        (["ratelimit", "top", "--category", "deposit", "--count", "5"], F),
        (["ratelimit", "reset", "--category", "deposit", "--user", "1", "--dry-run"], F),
    ]
    return cmds


LATE = "late"


HELP_LEAVES = [
    [], ["demo"], ["ping"], ["session", "list"], ["session", "kill"], ["ratelimit", "probe"],
    ["ratelimit", "top"], ["ratelimit", "reset"], ["leaderboard", "top"], ["leaderboard", "rank"],
    ["leaderboard", "list"], ["lock", "inspect"], ["lock", "force-release"], ["stream", "groups"],
    ["stream", "pending"], ["stream", "reclaim"], ["stream", "ack"], ["memory", "bigkeys"],
    ["memory", "usage"], ["memory", "policy"], ["check"], ["config", "show"], ["config", "path"],
    ["audit", "show"], ["audit", "restore"], ["audit", "verify"], ["sentinel", "status"],
    ["sentinel", "failover"], ["completions"],
]


def with_format(args, fmt):
    return args if fmt == "table" else ["-o", fmt] + args


def phase_read_only(r, url, loaded, rdb, title="phase 1: read-only and dry-run commands", prefix=""):
    print("== %s on %s" % (title, url), flush=True)
    u = ["-u", url]
    month = time.strftime("%Y-%m", time.gmtime())
    pend = load_json(r.run(r.before, u + ["-o", "json", "stream", "pending", W, "-g", "processors", "--detail"]))
    ids = [e["id"] for e in (pend or {}).get("entries", [])][:2]
    sess = load_json(r.run(r.before, u + ["-o", "json", "session", "list", "--user", "7"]))
    sid = "nosuch"
    if isinstance(sess, dict):
        for v in sess.values():
            if isinstance(v, list) and v and isinstance(v[0], dict) and "session_id" in v[0]:
                sid = v[0]["session_id"]
                break
    if len(ids) < 2:
        raise SystemExit("same-output: no pending entries found on %s" % url)
    for item in read_only_commands(month, ids, sid, rdb):
        if item == LATE:
            wait_until(loaded + 62)
            continue
        args, fmts = item
        if args[0] == "lock":
            wait_until(loaded + 11)  # the demo's expiring lock (10 s) is gone by then
        for fmt in fmts:
            r.triple("%s[%s] %s" % (prefix, fmt, " ".join(args)), u + with_format(args, fmt), unordered=bool(prefix))
    if prefix:
        return
    for leaf in HELP_LEAVES:
        r.triple("[help] %s --help" % " ".join(leaf), leaf + ["--help"])
    # The tour itself: each run starts its own server (ports, times and ids differ from run to
    # run and are masked); what every stop prints around them must be the same.
    for fmt in FORMATS:
        r.triple("[%s] demo --users 100 --seed 42" % fmt, with_format(["demo", "--users", "100", "--seed", "42"], fmt))
    r.triple("[usage] no arguments", [])
    r.triple("[usage] bad flag", ["session", "list", "--nosuch"])


def free_port():
    import socket
    while True:
        with socket.socket() as a:
            a.bind(("127.0.0.1", 0))
            port = a.getsockname()[1]
        if port + 10000 >= 65536:
            continue
        try:
            with socket.socket() as b:
                b.bind(("127.0.0.1", port + 10000))
            return port
        except OSError:
            continue


class Cluster:
    """Three primaries, the demo's keys copied in with `redis-cli --cluster import
    --cluster-copy` (MIGRATE: TTLs, consumer groups and pending entries come along)."""

    def __init__(self, work, redis_server, source_url):
        server = redis_server or "redis-server"
        self.procs, ports = [], []
        for i in range(3):
            port = free_port()
            d = os.path.join(work, "cluster%d" % i)
            os.makedirs(d)
            self.procs.append(subprocess.Popen(
                [server, "--port", str(port), "--bind", "127.0.0.1", "--cluster-enabled", "yes",
                 "--cluster-config-file", "nodes.conf", "--dir", d, "--save", "", "--appendonly", "no"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            ports.append(port)
        cli = lambda *a: subprocess.run(["redis-cli"] + list(a), capture_output=True, text=True, timeout=120)
        deadline = time.time() + 20
        while any(cli("-p", str(p), "ping").stdout.strip() != "PONG" for p in ports):
            if time.time() > deadline:
                raise SystemExit("same-output: the cluster nodes did not start")
            time.sleep(0.1)
        nodes = ["127.0.0.1:%d" % p for p in ports]
        out = cli("--cluster", "create", *nodes, "--cluster-replicas", "0", "--cluster-yes")
        if out.returncode != 0:
            raise SystemExit("same-output: redis-cli --cluster create failed:\n" + out.stdout + out.stderr)
        deadline = time.time() + 30
        while not all("cluster_state:ok" in cli("-p", str(p), "cluster", "info").stdout for p in ports):
            if time.time() > deadline:
                raise SystemExit("same-output: the cluster did not settle")
            time.sleep(0.2)
        src = source_url.split("//", 1)[1]
        out = cli("--cluster", "import", nodes[0], "--cluster-from", src, "--cluster-copy", "--cluster-replace")
        if out.returncode != 0:
            raise SystemExit("same-output: redis-cli --cluster import failed:\n" + out.stdout[-2000:] + out.stderr)
        self.url = "redis://" + nodes[0]

    def stop(self):
        for p in self.procs:
            p.terminate()
        for p in self.procs:
            p.wait()


# ---------------------------------------------------------------- phase 2: destructive for real


def destructive_steps():
    """(label, args-function(ds) -> args or None): run on each dataset in turn, in order."""
    aud = ["--audit-log", "audit.jsonl"]

    def audit_id(ds, command, nth=0):
        ids = [e["id"] for e in ds.audit_entries() if e.get("command") == command]
        return ids[nth] if len(ids) > nth else "no-such-id"

    return [
        ("[json] session kill --user 7 --all --yes", lambda ds: ["-o", "json", "session", "kill", "--user", "7", "--all", "--yes"] + aud),
        ("[table] session kill --user 8 --all --yes", lambda ds: ["session", "kill", "--user", "8", "--all", "--yes"] + aud),
        ("[table] session kill --ip 10.1.0.0/16 --yes", lambda ds: ["session", "kill", "--ip", "10.1.0.0/16", "--yes"] + aud),
        ("[ndjson] session kill --device mobile --yes", lambda ds: ["-o", "ndjson", "session", "kill", "--device", "mobile", "--yes"] + aud),
        ("[json] ratelimit reset --category withdrawal --user 3 --yes", lambda ds: ["-o", "json", "ratelimit", "reset", "--category", "withdrawal", "--user", "3", "--yes"] + aud),
        ("[table] ratelimit reset --category deposit --user 1 --yes", lambda ds: ["ratelimit", "reset", "--category", "deposit", "--user", "1", "--yes"] + aud),
        ("[json] lock force-release settlement:eod-batch --token WRONG --yes", lambda ds: ["-o", "json", "lock", "force-release", "settlement:eod-batch", "--token", "wrong", "--yes"] + aud),
        ("[table] lock force-release settlement:eod-batch --token T --yes", lambda ds: ["lock", "force-release", "settlement:eod-batch", "--token", ds.lock_token, "--yes"] + aud),
        ("[json] lock force-release settlement:eod-batch --yes (gone)", lambda ds: ["-o", "json", "lock", "force-release", "settlement:eod-batch", "--yes"] + aud),
        ("[json] stream ack W --consumer worker-dead --min-deliveries 5 --yes", lambda ds: ["-o", "json", "stream", "ack", W, "-g", "processors", "--consumer", "worker-dead", "--min-deliveries", "5", "--yes"] + aud),
        ("[ndjson] stream reclaim W --from worker-dead --dead-letter --yes", lambda ds: ["-o", "ndjson", "stream", "reclaim", W, "-g", "processors", "--from", "worker-dead", "--to", "worker-1",
                                                                                       "--min-idle", "0s", "--dead-letter", DL, "--max-deliveries", "5", "--yes"] + aud),
        ("[table] stream reclaim D --to worker-2 --yes", lambda ds: ["stream", "reclaim", D, "-g", "processors", "--to", "worker-2", "--min-idle", "0s", "--yes"] + aud),
        ("[table] stream ack D --consumer worker-2 --yes", lambda ds: ["stream", "ack", D, "-g", "processors", "--consumer", "worker-2", "--yes"] + aud),
        ("[json] audit restore <session kill #1> --dry-run", lambda ds: ["-o", "json", "audit", "restore", audit_id(ds, "session kill"), "--dry-run"] + aud),
        ("[json] audit restore <session kill #1> --yes", lambda ds: ["-o", "json", "audit", "restore", audit_id(ds, "session kill"), "--yes"] + aud),
        ("[table] audit restore <session kill #2> --yes", lambda ds: ["audit", "restore", audit_id(ds, "session kill", 1), "--yes"] + aud),
        ("[json] audit restore <ratelimit reset> --yes", lambda ds: ["-o", "json", "audit", "restore", audit_id(ds, "ratelimit reset"), "--yes"] + aud),
        ("[table] audit restore <lock force-release> --yes", lambda ds: ["audit", "restore", audit_id(ds, "lock force-release"), "--yes"] + aud),
        ("[json] audit restore <stream ack> --to-stream transactions:restored --yes", lambda ds: ["-o", "json", "audit", "restore", audit_id(ds, "stream ack"), "--to-stream", "transactions:restored", "--yes"] + aud),
        ("[json] sentinel failover mymaster --yes", lambda ds: ["-o", "json", "sentinel", "failover", "mymaster", "--yes"] + aud),
    ]


STATE_READS = [
    ["session", "list", "--user", "7"],
    ["session", "list", "--user", "8"],
    ["session", "list", "--summary"],
    ["session", "list", "--ip", "10.1.0.0/16"],
    ["ratelimit", "probe", "--category", "withdrawal", "--user", "3"],
    ["ratelimit", "probe", "--category", "deposit", "--user", "1"],
    ["lock", "inspect", "settlement:eod-batch"],
    ["stream", "groups"],
    ["stream", "pending", W, "-g", "processors", "--detail"],
    ["stream", "pending", D, "-g", "processors", "--detail"],
    ["stream", "pending", DL, "-g", "processors"],
    ["memory", "usage", DL, "transactions:restored"],
]


class Dataset:
    def __init__(self, r, n, users, seed, redis_server):
        self.dir = os.path.join(r.work, "ds%d" % n)
        os.makedirs(self.dir)
        self.demo = Demo(r.before, users, seed, r.env, redis_server)
        self.subst = [("127.0.0.1:" + self.demo.port, "127.0.0.1:<PORT>")]
        self.lock_token = "unknown"

    def audit_entries(self):
        path = os.path.join(self.dir, "audit.jsonl")
        out = []
        if os.path.exists(path):
            for line in open(path):
                try:
                    out.append(json.loads(line))
                except ValueError:
                    pass
        return out


def triple_on(r, label, datasets, argsf, binaries):
    """Run each dataset's command with its binary (AFTER on the middle one), then compare."""
    runs = []
    for ds, b in zip(datasets, binaries):
        args = ["-u", ds.demo.url] + argsf(ds)
        runs.append(r.run(b, args, cwd=ds.dir, subst=ds.subst))
    mid = len(runs) // 2
    status, masked, detail = compare_runs(runs[:mid] + runs[mid + 1 :], [runs[mid]])
    r.record(status, label, masked, detail, 1, (runs[0], runs[mid], runs[-1]))


def phase_destructive(r, datasets):
    print("== phase 2: destructive commands for real, on %d fresh datasets (AFTER on the middle one)" % len(datasets) + "", flush=True)
    wait_until(max(ds.demo.loaded for ds in datasets) + 62)  # rate-limit windows and the expiring lock settled
    for ds in datasets:
        j = load_json(r.run(r.before, ["-u", ds.demo.url, "-o", "json", "lock", "inspect", "settlement:eod-batch"]))
        if isinstance(j, dict) and isinstance(j.get("token"), str):
            ds.lock_token = j["token"]
    mid = len(datasets) // 2
    order = [r.after if i == mid else r.before for i in range(len(datasets))]
    for label, argsf in destructive_steps():
        triple_on(r, label, datasets, argsf, order)
    # The audit logs themselves, line by line.
    logs = []
    for ds in datasets:
        text = open(os.path.join(ds.dir, "audit.jsonl")).read()
        for old, new in ds.subst + [(r.before, "<REDOPS>"), (r.after, "<REDOPS>")]:
            text = text.replace(old, new)
        logs.append(text)
    split = [t.split("\n") for t in logs]
    la = split[mid]
    lb = split[:mid] + split[mid + 1 :]
    if len(set(len(t) for t in split)) != 1:
        r.record("diff", "[audit log] line count", 0, "audit lines: %s" % "/".join(str(len(t)) for t in split), 1,
                 [Run(0, logs[0], ""), Run(0, logs[mid], ""), Run(0, logs[-1], "")])
    else:
        for i, y in enumerate(la):
            xs = [t[i] for t in lb]
            x, z = xs[0], xs[-1]
            if not (x or y or z):
                continue
            st, m, d = compare_text(xs, [y])
            what = (json.loads(x).get("command") or json.loads(x).get("phase")) if x.startswith("{") else ""
            r.record(st, "[audit log] line %d (%s %s)" % (i + 1, json.loads(x).get("phase", "") if x.startswith("{") else "", what),
                     m, d, 1, [Run(0, x, ""), Run(0, y, ""), Run(0, z, "")])
    # Reading each dataset's log with the binary that wrote it.
    for fmt in FORMATS:
        triple_on(r, "[%s] audit show (own log)" % fmt, datasets,
                  lambda ds, fmt=fmt: with_format(["audit", "show", "--audit-log", "audit.jsonl"], fmt), order)
        triple_on(r, "[%s] audit verify (own log)" % fmt, datasets,
                  lambda ds, fmt=fmt: with_format(["audit", "verify", "--audit-log", "audit.jsonl"], fmt), order)
    # What the writes left behind, read with BEFORE on every dataset.
    for args in STATE_READS:
        triple_on(r, "[state, read by BEFORE] %s" % " ".join(args), datasets,
                  lambda ds, args=args: ["-o", "json"] + args, [r.before] * len(datasets))


def phase_audit_fixed(r, datasets):
    print("== phase 3: audit show/verify on one fixed log, and on a tampered copy", flush=True)
    log = os.path.join(datasets[0].dir, "audit.jsonl")
    tampered = os.path.join(r.work, "tampered.jsonl")
    lines = open(log).read().split("\n")
    if len(lines) > 3:
        lines[2] = lines[2].replace('"user":"7"', '"user":"70"', 1).replace("7/", "70/", 1)
    open(tampered, "w").write("\n".join(lines))
    for fmt in FORMATS:
        for args in (["audit", "show", "--audit-log", log],
                     ["audit", "show", "--since", "1d", "--audit-log", log],
                     ["audit", "verify", "--audit-log", log],
                     ["audit", "show", "--audit-log", tampered],
                     ["audit", "verify", "--audit-log", tampered],
                     ["audit", "verify", "--audit-log", os.path.join(r.work, "nosuch.jsonl")]):
            r.triple("[%s] %s" % (fmt, " ".join(args).replace(r.work, "$WORK")), with_format(args, fmt))


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(prog="same-output.sh", description="Compare two redops binaries' output on the demo data (see the top of bench/same-output.sh).")
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--users", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--redis-server", default=None, help="redis-server binary (default: on PATH)")
    ap.add_argument("--phase", action="append", choices=["read-only", "cluster", "destructive", "audit"],
                    help="run only these phases (repeatable; default all)")
    ap.add_argument("--datasets", type=int, default=6,
                    help="fresh datasets for the destructive phase: AFTER on the middle one, BEFORE on the others (default 6)")
    ap.add_argument("--keep-dir", action="store_true", help="keep the work directory")
    ap.add_argument("--verbose", action="store_true")
    o = ap.parse_args()
    before, after = os.path.abspath(o.before), os.path.abspath(o.after)
    for b in (before, after):
        if not os.access(b, os.X_OK):
            raise SystemExit("same-output: %s is not an executable" % b)
    phases = o.phase or ["read-only", "cluster", "destructive", "audit"]
    if "cluster" in phases and "read-only" not in phases:
        phases.append("read-only")
    work = tempfile.mkdtemp(prefix="redops-same-output-")
    r = Runner(before, after, work, o.verbose)
    cfgdir = os.path.join(work, "home", ".config", "redops")
    os.makedirs(cfgdir)
    with open(os.path.join(cfgdir, "config.toml"), "w") as f:
        f.write('[profiles.staging]\nurl = "redis://ops:secret@127.0.0.1:6390/2"\ntimeout = "2s"\n'
                'latency_budget = "2ms"\n\n[profiles.staging.keyspace]\nsessions = "app1:sess:{user}"\n'
                'lock = "lock:{{{resource}}}"\n\n[profiles.staging.ratelimit.withdrawal]\nlimit = 5\n'
                'window = "60s"\n\n[profiles.prod]\nurl = "redis://redis.prod.internal:6379"\nread_only = true\n')
    demos = []
    started = time.time()
    try:
        datasets = []
        if "destructive" in phases or "audit" in phases:
            # Loaded first, 1.1 s apart, so their clocks (stream ids, tokens) differ in order.
            for n in range(1, o.datasets + 1):
                ds = Dataset(r, n, o.users, o.seed, o.redis_server)
                demos.append(ds.demo)
                datasets.append(ds)
                time.sleep(1.1)
        if "read-only" in phases:
            demo = Demo(before, o.users, o.seed, r.env, o.redis_server)
            demos.append(demo)
            rdb = None
            if shutil.which("redis-cli"):
                rdb = os.path.join(work, "dump.rdb")
                subprocess.run(["redis-cli", "-u", demo.url, "--rdb", rdb], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, check=False)
                if not os.path.exists(rdb):
                    rdb = None
            phase_read_only(r, demo.url, demo.loaded, rdb)
            if "cluster" in phases:
                if shutil.which("redis-cli"):
                    cl = Cluster(work, o.redis_server, demo.url)
                    demos.append(cl)
                    phase_read_only(r, cl.url, demo.loaded, None,
                                    "phase 1b: the same on a 3-primary cluster holding the demo's keys", "[cluster] ")
                else:
                    print("== phase 1b skipped: no redis-cli on PATH to make a cluster", flush=True)
        if datasets:
            phase_destructive(r, datasets)
        if "audit" in phases and datasets:
            phase_audit_fixed(r, datasets)
    finally:
        for d in demos:
            d.stop()
    bad = [x for x in r.results if x[0] != "ok"]
    masked = sum(1 for x in r.results if x[0] == "ok" and x[2])
    print("\nsame-output: %d comparisons, %d OK (%d with volatile tokens masked), %d DIFF/UNSTABLE, %.0fs"
          % (len(r.results), len(r.results) - len(bad), masked, len(bad), time.time() - started))
    for st, label, _, _, _ in bad:
        print("  %s %s" % ("UNSTABLE" if st == "unstable" else "DIFF", label))
    if bad or o.keep_dir:
        print("work directory kept: %s" % work)
    else:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
PYTHON
