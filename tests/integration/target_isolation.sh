#!/bin/bash
# A slow export does not stall the others: e9.1 has sync = always on a disk
# file (every write waits for fdatasync) and is kept busy by 16 outstanding
# writes; meanwhile one-at-a-time reads of e9.2 in the same process run many
# times faster than e9.1's writes complete. If e9.1's I/O ran on the receive
# path, every e9.2 read would queue behind its fdatasyncs.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3

case $(stat -f -c %T "$T_TMP") in
    tmpfs|ramfs) t_skip "$T_TMP is in memory: no slow store to test with";;
esac
s_pair
head -c $((16 << 20)) /dev/zero > "$T_TMP/slow.img"
t_image "$T_TMP/fast.img" 2
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = t0
[e9.1]
path = $T_TMP/slow.img
sync = always
[e9.2]
path = $T_TMP/fast.img
CONF
s_serve serve -c "$T_TMP/exports.conf"
ip netns exec "$NC" "$AOEBOOT" bench e9.1 -i c0 --write --yes --block 1024 --outstanding 16 --seconds 6 --json > "$T_TMP/slow.json" 2>&1 &
B=$!
sleep 1.5
counter() { s_status | grep -A1 '^e9.1' | sed -n "s/.* $1=\([0-9]*\).*/\1/p"; }
w0=$(counter writes) y0=$(counter syncs)
reads=$(s_py reads c0 9 2 3) || t_fail "reads of the fast export failed"
w1=$(counter writes) y1=$(counter syncs)
wait $B || t_fail "write stream to the slow export failed: $(cat "$T_TMP/slow.json")"
writes=$((w1 - w0)) syncs=$((y1 - y0))
t_log "in 3 s: slow export completed $writes writes in $syncs fdatasyncs, fast export answered $reads reads"
[ "$writes" -gt 0 ] && [ "$syncs" -gt 0 ] || t_fail "the slow export made no progress"
# Were e9.2's reads queued behind e9.1's, each would wait for at least one
# fdatasync (group commit lets one cover many writes, so count syncs, not
# writes) and reads would stay at or below syncs. This machine's virtual disk
# syncs in ~90 us, so the margin is no more than ~3x here: more reads than
# syncs is the bound that still tells the two designs apart under load.
[ "$reads" -gt "$syncs" ] || t_fail "fast export ($reads reads) held back by the slow one ($syncs fdatasyncs)"
