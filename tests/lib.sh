# Shared helpers for integration tests (sourced). Each test is a bash script
# under tests/integration/ or tests/vm/ that exits 0 on pass, 77 on skip, and
# anything else on failure. Everything made here is removed on exit, even on
# failure: namespaces, processes, temporary files.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
AOEBOOT=${AOEBOOT:-$ROOT/build/aoeboot}
TEST_NAME=$(basename "$0" .sh)
# Short unique suffix so parallel or leftover runs never collide (netns and
# interface names are limited to 15 characters).
T_ID=$(printf '%04x' $(( ($$ + RANDOM) & 0xffff )))
T_TMP=$(mktemp -d "/tmp/aoeboot-$TEST_NAME.XXXXXX")
T_NETNS=()
T_PIDS=()

# t_cleanup [RC]: the EXIT trap. A test with its own trap passes the status
# it saw, since anything run before (under set -e) would change $?.
t_cleanup() {
    local rc=${1:-$?}
    set +e
    for pid in "${T_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    sleep 0.2
    for pid in "${T_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
    # Namespaces are found by the test's suffix: t_netns usually runs in a
    # command substitution (a subshell), where T_NETNS+= does not reach us.
    local ns_all
    ns_all=$( { printf '%s\n' "${T_NETNS[@]}"; ip netns list 2>/dev/null | awk '{print $1}' | grep -E "^ab.*-$T_ID\$"; } | sort -u)
    for ns in $ns_all; do
        # Kill anything still running inside before deleting the namespace.
        ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null
        ip netns del "$ns" 2>/dev/null
    done
    if [ $rc -ne 0 ] && [ $rc -ne 77 ]; then
        echo "--- $TEST_NAME failed (exit $rc); logs in $T_TMP" >&2
        for f in "$T_TMP"/*.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -n 30 "$f" >&2; }; done
    else
        rm -rf "$T_TMP"
    fi
    exit $rc
}
trap t_cleanup EXIT
trap 'exit 130' INT TERM

t_log() { echo "[$TEST_NAME] $*" >&2; }
t_fail() { echo "[$TEST_NAME] FAIL: $*" >&2; exit 1; }
t_skip() { echo "[$TEST_NAME] SKIP: $*" >&2; exit 77; }

# t_netns NAME: create a namespace (name gets the test's suffix); prints it.
# Use as NS=$(t_netns x): cleanup finds it by the suffix.
t_netns() {
    local ns="ab$1-$T_ID"
    ip netns add "$ns"
    T_NETNS+=("$ns")
    ip -n "$ns" link set lo up
    echo "$ns"
}

# t_veth NS1 IF1 NS2 IF2 [MTU]: a veth pair between two namespaces, both up.
t_veth() {
    local ns1=$1 if1=$2 ns2=$3 if2=$4 mtu=${5:-1500}
    ip link add "$if1" netns "$ns1" type veth peer name "$if2" netns "$ns2"
    ip -n "$ns1" link set "$if1" mtu "$mtu" up
    ip -n "$ns2" link set "$if2" mtu "$mtu" up
}

# t_bg NS LOGNAME CMD...: run CMD in namespace NS in the background; the pid
# is appended to T_PIDS and stored in $T_LAST_PID.
t_bg() {
    local ns=$1 log=$2; shift 2
    ip netns exec "$ns" "$@" >"$T_TMP/$log.log" 2>&1 &
    T_LAST_PID=$!
    T_PIDS+=("$T_LAST_PID")
}

# t_wait_for SECONDS CMD...: retry CMD every 0.1 s until it succeeds or the
# time is up (returns 1 then).
t_wait_for() {
    local deadline=$(( $(date +%s%N) + $1 * 1000000000 )); shift
    while ! "$@" >/dev/null 2>&1; do
        [ "$(date +%s%N)" -lt $deadline ] || return 1
        sleep 0.1
    done
}

# t_image FILE SIZE_MB: a backing file filled with random data (not sparse).
t_image() {
    head -c "$(( $2 * 1024 * 1024 ))" /dev/urandom > "$1"
}

t_need() { for c in "$@"; do command -v "$c" >/dev/null 2>&1 || t_skip "$c not installed"; done; }
[ "$(id -u)" = 0 ] || t_skip "needs root (network namespaces)"
[ -x "$AOEBOOT" ] || t_fail "$AOEBOOT not built (run make)"
