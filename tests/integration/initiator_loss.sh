#!/bin/bash
# Packet loss (tc netem, or an eBPF drop filter where the kernel lacks netem;
# both directions of the link): verify still passes,
# the data on the target equals what was written, and retransmits are counted.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade tc cmp

i_pair 1500
img=$T_TMP/disk.img
t_image "$img" 8
i_vblade "$NT" t0 5 1 "$img"
i_wait_target e5.1

for loss in 5 20; do
    i_loss "$NC" c0 "$loss"
    i_loss "$NT" t0 "$loss"
    start=$(date +%s%N)
    i_client verify e5.1 -i c0 --yes --length 4M | tee "$T_TMP/v$loss.out" >&2 || t_fail "verify failed at $loss% loss"
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    grep -q ': OK' "$T_TMP/v$loss.out" || t_fail "verify at $loss% loss did not report OK"
    rtx=$(sed -n 's/.*retransmits \([0-9]*\).*/\1/p' "$T_TMP/v$loss.out")
    [ "${rtx:-0}" -gt 0 ] || t_fail "no retransmits counted at $loss% loss"
    # Independent check: the backing file holds what a loss-free read returns.
    i_loss "$NC" c0 0; i_loss "$NT" t0 0
    i_client read e5.1 -i c0 --length 4M -o "$T_TMP/back.bin"
    i_same "$T_TMP/back.bin" "$img" 4194304
    t_log "loss $loss% each way: verify 4 MiB OK in $ms ms, $rtx retransmits"
done
