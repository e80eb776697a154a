#!/bin/bash
# Runs every test script in tests/DIR (integration or vm), each with a time
# bound, and prints one line per test and a summary. Exit status 1 if any failed.
# Usage: tests/run-integration.sh DIR [NAME_FILTER]
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
dir=$ROOT/tests/$1
filter=${2:-}
LOGDIR=${LOGDIR:-$ROOT/build}; mkdir -p "$LOGDIR"
limit=${TEST_TIMEOUT:-600}
pass=0 fail=0 skip=0 failed=()
for t in "$dir"/*.sh; do
    [ -e "$t" ] || continue
    name=$(basename "$t" .sh)
    [[ $name == lib-* ]] && continue   # sourced helpers, not tests
    [ -n "$filter" ] && [[ $name != *$filter* ]] && continue
    start=$(date +%s)
    timeout -k 10 "$limit" bash "$t" > "$LOGDIR/test-$name.log" 2>&1
    rc=$?
    secs=$(( $(date +%s) - start ))
    case $rc in
        0) pass=$((pass+1)); echo "PASS  $1/$name (${secs}s)";;
        77) skip=$((skip+1)); echo "SKIP  $1/$name: $(tail -n1 "$LOGDIR/test-$name.log")";;
        *) fail=$((fail+1)); failed+=("$name"); echo "FAIL  $1/$name (exit $rc, ${secs}s), log: $LOGDIR/test-$name.log"
           tail -n 40 "$LOGDIR/test-$name.log" | sed 's/^/      /';;
    esac
done
echo "$1: $pass passed, $fail failed, $skip skipped"
[ $fail = 0 ]
