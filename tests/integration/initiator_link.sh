#!/bin/bash
# Link bring-up through netlink: a link whose peer is down gets no carrier and
# the wait ends at its bound with a clear error; a peer that comes up while we
# wait is noticed through the notification (not at the end of the bound);
# the MTU is set; bad names are refused.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"

NC=$(t_netns c); NT=$(t_netns t)
ip link add c0 netns "$NC" type veth peer name t0 netns "$NT"   # both ends down

i_client link | tee "$T_TMP/list.txt" >&2
grep -q '^c0 .* no ' "$T_TMP/list.txt" || t_fail "link list does not show c0 down"

# No carrier: bounded, says so.
s=$(date +%s%N)
if i_client link --up -i c0 --carrier-timeout 400 >"$T_TMP/nocarrier.out" 2>&1; then
    t_fail "link --up succeeded without carrier"
fi
ms=$(( ($(date +%s%N) - s) / 1000000 ))
cat "$T_TMP/nocarrier.out" >&2
grep -q 'no carrier' "$T_TMP/nocarrier.out" || t_fail "no 'no carrier' message"
[ $ms -ge 380 ] && [ $ms -lt 3000 ] || t_fail "carrier wait took $ms ms with a 400 ms bound"
ip -n "$NC" link show c0 | grep -q '<.*UP' || t_fail "c0 was not set up"

# Carrier arrives 300 ms into a 5 s wait: noticed at once, MTU set.
ip -n "$NC" link set c0 down
( sleep 0.3; ip -n "$NT" link set t0 up ) &
s=$(date +%s%N)
i_client link --up -i c0 --mtu 9000 --carrier-timeout 5000 | tee "$T_TMP/up.out" >&2 || t_fail "link --up failed"
ms=$(( ($(date +%s%N) - s) / 1000000 ))
wait
grep -q 'c0: up, carrier after' "$T_TMP/up.out" || t_fail "no carrier report"
[ $ms -lt 2000 ] || t_fail "carrier noticed only after $ms ms (event-driven wait expected)"
ip -n "$NC" link show c0 | grep -q 'mtu 9000' || t_fail "MTU 9000 not set"
t_log "carrier came 300 ms in; link --up returned after $ms ms"

# By MAC, and errors.
mac=$(ip -n "$NC" link show c0 | awk '/link\/ether/ {print $2}')
i_client link --up -i "$mac" --carrier-timeout 1000 | grep -q '^c0: up' || t_fail "selection by MAC failed"
if i_client link --up -i nosuch0 2>"$T_TMP/bad.err"; then t_fail "unknown interface accepted"; fi
grep -q 'no such interface nosuch0' "$T_TMP/bad.err" || t_fail "unclear error for an unknown interface"
if i_client link --up -i lo 2>"$T_TMP/lo.err"; then t_fail "loopback accepted"; fi
grep -q 'not an Ethernet link' "$T_TMP/lo.err" || t_fail "unclear error for loopback"
rc=0; i_client link --up --mtu 1 2>/dev/null || rc=$?
[ $rc = 2 ] || t_fail "bad MTU is not a usage error (exit $rc)"
