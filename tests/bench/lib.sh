# Sourced by the benchmarks: two network namespaces joined by a veth pair
# (target side t0 in $NT, client side c0 in $NC), a backing file of random
# data on /dev/shm ($IMG; BENCH_IMGDIR=DIR puts it there instead, e.g. on a
# disk filesystem), a scratch directory ($TMP), and a trap that kills $PIDS
# and everything left in the namespaces and removes it all on exit.
#   bench_link TAG MB [MTU]   TAG: two letters naming the namespaces ab<TAG>t/c
bench_link() {
    local tag=$1 mb=$2 mtu=${3:-1500}
    ID=$(printf '%04x' $(( ($$ + RANDOM) & 0xffff )))
    NT=ab${tag}t$ID NC=ab${tag}c$ID
    IMG=${BENCH_IMGDIR:-/dev/shm}/aoeboot-bench-$tag-$ID.img
    TMP=$(mktemp -d "/tmp/aoeboot-bench-$tag.XXXXXX")
    PIDS=()
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM
    ip netns add "$NT"; ip netns add "$NC"
    ip link add t0 netns "$NT" type veth peer name c0 netns "$NC"
    ip -n "$NT" link set t0 mtu "$mtu" up; ip -n "$NC" link set c0 mtu "$mtu" up
    head -c $((mb << 20)) /dev/urandom > "$IMG"
}

bench_cleanup() {
    set +e
    local p ns
    for p in ${PIDS[@]+"${PIDS[@]}"}; do kill "$p" 2>/dev/null; done
    sleep 0.3
    for ns in $NT $NC; do
        ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null
        ip netns del "$ns" 2>/dev/null
    done
    rm -f "$IMG"; rm -rf "$TMP"
}
