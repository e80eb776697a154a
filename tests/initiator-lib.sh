# Helpers for tests/integration/initiator_*.sh (sourced after tests/lib.sh).
# A client namespace and target namespace(s) joined by veth pairs.

# i_pair MTU [TAG]: namespaces $NC (client) and $NT (target), link c0 <-> t0.
i_pair() {
    NC=$(t_netns "c${2:-}"); NT=$(t_netns "t${2:-}")
    t_veth "$NC" c0 "$NT" t0 "${1:-1500}"
}

# i_vblade NS IFACE SHELF SLOT FILE: start vblade, wait until it answers.
i_vblade() {
    local ns=$1 ifc=$2 shelf=$3 slot=$4 file=$5
    t_bg "$ns" "vblade-$ns-$ifc" vblade "$shelf" "$slot" "$ifc" "$file"
    I_TARGET_PID=$T_LAST_PID
}

# i_serve NS IFACE SHELF.SLOT PATH [serve options...]
i_serve() {
    local ns=$1 ifc=$2 addr=$3 path=$4; shift 4
    t_bg "$ns" "serve-$ns-$ifc" "$AOEBOOT" serve --no-guard -S "$T_TMP/ctl-$ns-$ifc" \
        --state-dir "$T_TMP/state-$ns-$ifc" "$@" "$ifc" "$addr" "$path"
    I_TARGET_PID=$T_LAST_PID
}

# i_client CMD...: run aoeboot in the client namespace.
i_client() { ip netns exec "$NC" "$AOEBOOT" "$@"; }

# i_wait_target DEV [IFACE...]: until discover --want DEV succeeds (10 s bound).
i_wait_target() {
    local dev=$1; shift
    local args=()
    for i in "${@:-c0}"; do args+=(-i "$i"); done
    t_wait_for 10 ip netns exec "$NC" "$AOEBOOT" discover --no-identify -t 300 --want "$dev" "${args[@]}" \
        || t_fail "$dev never answered discovery"
}

# i_same FILE1 FILE2 [BYTES [OFFSET2]]: compare (optionally a range of FILE2).
i_same() {
    if [ $# -ge 3 ]; then
        cmp -n "$3" "$1" <(tail -c +"$(( ${4:-0} + 1 ))" "$2") >/dev/null || t_fail "$1 and $2 differ"
    else
        cmp "$1" "$2" >/dev/null || t_fail "$1 and $2 differ"
    fi
}

# i_loss NS IFACE PERCENT: lose PERCENT% of the frames on IFACE. Uses tc
# netem (egress) when the kernel has it; otherwise a tiny eBPF classifier
# (clang -target bpf) in direct-action mode on clsact INGRESS: dropping on
# egress would make the sender's send() fail with ENOBUFS (vblade exits on
# that), while a real lossy wire is silent. PERCENT 0 removes the loss.
i_loss() {
    local ns=$1 ifc=$2 pct=$3
    ip netns exec "$ns" tc qdisc del dev "$ifc" root 2>/dev/null || true
    ip netns exec "$ns" tc qdisc del dev "$ifc" clsact 2>/dev/null || true
    [ "$pct" = 0 ] && return 0
    if ip netns exec "$ns" tc qdisc add dev "$ifc" root netem loss "$pct%" 2>/dev/null; then
        return 0
    fi
    command -v clang >/dev/null || t_skip "no netem in this kernel and no clang for the eBPF fallback"
    local obj=$T_TMP/loss$pct.o
    if [ ! -f "$obj" ]; then
        cat > "$T_TMP/loss.c" <<'CEOF'
static unsigned int (*get_prandom_u32)(void) = (void *)7; /* BPF_FUNC_get_prandom_u32 */
__attribute__((section("classifier"), used)) int drop_some(void *skb) {
    return (get_prandom_u32() % 1000) < LOSS_PERMILLE ? 2 /* TC_ACT_SHOT */ : 0 /* TC_ACT_OK */;
}
char _license[] __attribute__((section("license"), used)) = "GPL";
CEOF
        clang -O2 -target bpf -DLOSS_PERMILLE=$(( pct * 10 )) -c "$T_TMP/loss.c" -o "$obj" \
            || t_skip "cannot build the eBPF loss filter"
    fi
    ip netns exec "$ns" tc qdisc add dev "$ifc" clsact
    ip netns exec "$ns" tc filter add dev "$ifc" ingress bpf da obj "$obj" sec classifier \
        || t_skip "no netem and the kernel refused the eBPF loss filter"
}

# i_drop_big NS IFACE BYTES: silently drop frames longer than BYTES arriving
# on IFACE (eBPF on clsact ingress), like a switch with a smaller MTU. A
# real MTU on a veth would make the sender's send() fail instead.
i_drop_big() {
    local ns=$1 ifc=$2 max=$3
    command -v clang >/dev/null || t_skip "no clang for the eBPF filter"
    local obj=$T_TMP/dropbig$max.o
    if [ ! -f "$obj" ]; then
        cat > "$T_TMP/dropbig.c" <<'CEOF'
struct __sk_buff { unsigned int len; };
__attribute__((section("classifier"), used)) int drop_big(struct __sk_buff *skb) {
    return skb->len > MAX_LEN ? 2 /* TC_ACT_SHOT */ : 0 /* TC_ACT_OK */;
}
char _license[] __attribute__((section("license"), used)) = "GPL";
CEOF
        clang -O2 -target bpf -DMAX_LEN="$max" -c "$T_TMP/dropbig.c" -o "$obj" || t_skip "cannot build the eBPF filter"
    fi
    ip netns exec "$ns" tc qdisc add dev "$ifc" clsact
    ip netns exec "$ns" tc filter add dev "$ifc" ingress bpf da obj "$obj" sec classifier \
        || t_skip "the kernel refused the eBPF filter"
}
