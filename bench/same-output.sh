#!/bin/bash
# Before/after comparison of two redops binaries on the demo data (issue 15: behaviour unchanged,
# JSON output byte-for-byte the same, tables the same).
#
# Usage: bench/same-output.sh BEFORE_BIN AFTER_BIN [--users N] [--seed N] [--redis-server PATH]
#                             [--phase read-only|destructive|audit]... [--datasets N] [--keep-dir]
#   e.g. bench/same-output.sh /work/wt/golden-before/redops target/debug/redops
# Needs python3 and redis-server (redis-cli too, for the `memory bigkeys --rdb` case) on PATH.
#
# What it does (details at the top of bench/same_output.py):
#  1. starts `BEFORE demo --keep --users 2000 --seed 42` and runs every read-only command, and
#     every destructive one with --dry-run (or refused without --yes), in table, json and ndjson,
#     plus every --help and usage errors: BEFORE, AFTER, BEFORE back to back. A token (JSON leaf,
#     or word of a table) that differs between the two BEFORE runs is time-dependent and masked;
#     everything else (stdout, stderr, exit code, key order, whitespace) must be byte-identical.
#  2. runs the destructive commands for real (--yes, --audit-log) on 6 identical fresh datasets:
#     AFTER on the middle one, BEFORE on the others, and compares the reports, the audit lines,
#     `audit show/verify` and the state left behind the same way (ports and binary paths
#     replaced; tokens that differ between the BEFORE datasets, such as times and ids, masked).
#  3. audit show/verify on one fixed log and on a tampered copy.
# Prints one OK/DIFF/UNSTABLE line per comparison and a summary; exits 1 on any DIFF/UNSTABLE
# (outputs of each DIFF are kept in the work directory it names), 0 when all is the same.
exec python3 "$(dirname "$0")/same_output.py" "$@"
