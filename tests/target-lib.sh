# Helpers for the target's integration tests (sourced after lib.sh).
TC=$ROOT/tests/integration/aoe_client.py

# s_pair [MTU]: namespaces $NT (target, t0) and $NC (client, c0) on a veth pair.
s_pair() {
    NT=$(t_netns t); NC=$(t_netns c)
    # t_netns runs in a command substitution (a subshell): its T_NETNS+= is
    # lost there, so register the namespaces for the cleanup trap here.
    T_NETNS+=("$NT" "$NC")
    t_veth "$NT" t0 "$NC" c0 "${1:-1500}"
}

# s_serve LOG ARGS...: aoeboot serve in $NT with this test's control socket
# and state dir; waits until it serves (or fails). S_PID is its pid.
s_serve() {
    local log=$1; shift
    t_bg "$NT" "$log" "$AOEBOOT" serve -S "$T_TMP/ctl" --state-dir "$T_TMP/state" "$@"
    S_PID=$T_LAST_PID
    t_wait_for 5 grep -q "serving" "$T_TMP/$log.log" || { cat "$T_TMP/$log.log" >&2; t_fail "serve did not start"; }
}

# s_py ARGS...: the raw-socket test client in the client namespace.
s_py() { ip netns exec "$NC" python3 "$TC" "$@"; }

s_status() { "$AOEBOOT" status -S "$T_TMP/ctl"; }

s_sha() { dd if="$1" bs=512 skip="$2" count="$3" status=none | sha256sum | cut -d' ' -f1; }
