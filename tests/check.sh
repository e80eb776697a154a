#!/bin/bash
# `make check`: unit tests (host toolchain, ASan+UBSan, Catch2), a fuzz smoke
# of the codec corpus, the static binary, then integration and VM tests.
# Ends with one summary line in the form "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
results=()
total_pass=0 total_fail=0
step() {
    local name=$1; shift
    echo "=== $name"
    if "$@"; then results+=("PASS  $name"); total_pass=$((total_pass+1))
    else results+=("FAIL  $name"); total_fail=$((total_fail+1)); fi
}
step "build (static musl)"      make -s -j"$(nproc)" all
step "binary size"              make -s size-check
step "unit tests (asan+ubsan)"  make -s -j"$(nproc)" unit
step "fuzz smoke"               make -s -j"$(nproc)" fuzz-smoke
step "integration tests"        tests/run-integration.sh integration
step "vm tests"                 tests/run-integration.sh vm
echo
echo "=== summary"
printf '%s\n' "${results[@]}"
echo "$total_pass passed, $total_fail failed"
[ $total_fail = 0 ]
