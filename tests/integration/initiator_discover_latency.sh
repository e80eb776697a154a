#!/bin/bash
# Discovery latency: `aoeboot discover --want` on a veth pair where the target
# is up must return well under 100 ms (whole process: start, link check,
# query, reply). Prints the median of 20 runs; fails above 100 ms. Also: a
# wanted target that is absent ends at the timeout with exit 1, no sooner.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade

i_pair 1500
t_image "$T_TMP/disk.img" 1
i_vblade "$NT" t0 9 9 "$T_TMP/disk.img"
i_wait_target e9.9

times=()
for i in $(seq 20); do
    s=$(date +%s%N)
    i_client discover -i c0 --want e9.9 --no-identify -t 2000 >/dev/null || t_fail "run $i: e9.9 not found"
    times+=($(( ($(date +%s%N) - s) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median_us=$(( (sorted[9] + sorted[10]) / 2 ))
t_log "discover --want e9.9: median $(( median_us / 1000 )).$(( median_us % 1000 / 100 )) ms over 20 runs (min ${sorted[0]} us, max ${sorted[19]} us)"
[ $median_us -lt 100000 ] || t_fail "median discovery time ${median_us} us is not under 100 ms"
# In-process figure from --json (query to answer, without process start).
i_client discover -i c0 --want e9.9 --json -t 2000 | tee "$T_TMP/d.json" | grep -o '"first_reply_ms": [0-9.]*' >&2

# Absent: exit 1 after about the timeout.
s=$(date +%s%N)
if i_client discover -i c0 --want e9.8 --no-identify -t 300 2>"$T_TMP/absent.err"; then t_fail "absent e9.8 reported found"; fi
ms=$(( ($(date +%s%N) - s) / 1000000 ))
grep -q 'e9.8 did not answer' "$T_TMP/absent.err" || t_fail "no clear message for an absent target"
[ $ms -ge 280 ] && [ $ms -lt 2000 ] || t_fail "absent target: returned after $ms ms with -t 300"
