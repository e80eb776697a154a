#!/bin/bash
# An image update without downtime on layered exports. e3.1 (persistent
# layers) and e3.2 (fresh at boot) share base1. A maintenance client M
# edits its view of e3.1 and `aoeboot layer commit` turns it into base2
# (byte for byte M's view); both exports are pointed at base2 and reloaded
# while a persistent client P keeps writing to e3.1. Then:
# - P's writes across the reload all read back; Q (persistent, one block
#   written) still reads base1 where it wrote nothing; both layers are
#   listed as on an older base;
# - the fresh client F reads base1 until it asks for its reset (as
#   `aoeboot root` does at boot), then base2; a client new to e3.2 reads
#   base2 at once; after `aoeboot layer reset` P reads base2 too;
# - after a restart Q's layer (made on base1) is read against base1 again;
#   with base1 gone, Q gets ATA errors and a log line naming base1 and the
#   fix, others are served; with base1 back, Q reads its view again;
# - a new base of another size is refused on reload: the export keeps its base.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3

NT=$(t_netns t); T_NETNS+=("$NT")
ip -n "$NT" link add br0 type bridge
ip -n "$NT" link set br0 mtu 9000 up
declare -A NS
for c in M P Q F N; do
    ns=$(t_netns "c$c"); T_NETNS+=("$ns"); NS[$c]=$ns
    ip link add "t$c" netns "$NT" type veth peer name c0 netns "$ns"
    ip -n "$NT" link set "t$c" mtu 9000 master br0 up
    ip -n "$ns" link set c0 mtu 9000 up
done
mac() { ip netns exec "${NS[$1]}" cat /sys/class/net/c0/address; }
py() { local c=$1; shift; ip netns exec "${NS[$c]}" python3 "$TC" "$@"; }
sha() { s_sha "$@"; }

t_image "$T_TMP/base1.img" 4
chmod 0444 "$T_TMP/base1.img"
mkdir "$T_TMP/l1" "$T_TMP/l2"
conf() {  # BASE
    printf '[defaults]\ninterfaces = br0\n[e3.1]\nbase = %s\nlayer-dir = %s\n[e3.2]\nbase = %s\nlayer-dir = %s\nlayers = fresh\n' \
        "$1" "$T_TMP/l1" "$1" "$T_TMP/l2" > "$T_TMP/exports.conf"
}
conf "$T_TMP/base1.img"
s_serve serve -c "$T_TMP/exports.conf"

# M edits sectors 100-115 of e3.1 (jumbo frames: 16 sectors in one); P and F write elsewhere; F reads base1.
py M write c0 3 1 100 16 edit >/dev/null || t_fail "M's edit"
py P write c0 3 1 2000 8 pwrite >/dev/null || t_fail "P's write"
py Q write c0 3 1 2000 8 qwrite >/dev/null || t_fail "Q's write"
py F write c0 3 2 3000 8 fwrite >/dev/null || t_fail "F's write"
[ "$(py F read c0 3 2 100 16)" = "$(sha "$T_TMP/base1.img" 100 16)" ] || t_fail "F does not read base1"
"$AOEBOOT" layer -c "$T_TMP/exports.conf" commit e3.1 "$(mac M)" "$T_TMP/base2.img" > "$T_TMP/commit.out" ||
    t_fail "layer commit: $(cat "$T_TMP/commit.out")"
[ "$(sha "$T_TMP/base2.img" 100 16)" = "$(py M read c0 3 1 100 16)" ] || t_fail "base2 is not M's view"
[ "$(sha "$T_TMP/base2.img" 0 8192)" != "$(sha "$T_TMP/base1.img" 0 8192)" ] || t_fail "base2 equals base1: no edit"
[ "$(stat -c %a "$T_TMP/base2.img")" = 444 ] || t_fail "the committed base is writable"

# The update: a reload while P writes.
touch "$T_TMP/acked" "$T_TMP/intent"
py P writer c0 3 1 4 "$T_TMP/acked" "$T_TMP/intent" 2> "$T_TMP/writer.err" & W=$!
sleep 1
conf "$T_TMP/base2.img"
kill -HUP "$S_PID"
t_wait_for 5 grep -q "e3.2: base is now" "$T_TMP/serve.log" || t_fail "no base update: $(tail -3 "$T_TMP/serve.log")"
grep -q "e3.1: base is now $T_TMP/base2.img" "$T_TMP/serve.log" || t_fail "e3.1 was not updated in place: $(tail -3 "$T_TMP/serve.log")"
[ "$(grep -c "e3.1: serving" "$T_TMP/serve.log")" = 1 ] || t_fail "e3.1 was reopened, not updated in place"
wait $W || t_fail "P's writes across the reload: $(cat "$T_TMP/writer.err")"
n=$(wc -l < "$T_TMP/acked")
[ "$n" -gt 20 ] || t_fail "only $n writes of P acknowledged: the test shows nothing"
# P's view: every acknowledged write there (its writer covers nearly the
# whole disk); Q, which wrote one block, reads base1, not base2, elsewhere.
pview() {
    rm -f "$T_TMP/pview"
    "$AOEBOOT" layer -c "$T_TMP/exports.conf" export e3.1 "$(mac P)" "$T_TMP/pview" >/dev/null || t_fail "export of P's view"
}
pview
python3 "$TC" audit "$T_TMP/pview" "$T_TMP/acked" "$T_TMP/intent" >&2 || t_fail "a write of P across the reload is lost"
[ "$(py P read c0 3 1 100 16)" = "$(sha "$T_TMP/pview" 100 16)" ] || t_fail "P's view over AoE differs from its export"
[ "$(py Q read c0 3 1 100 16)" = "$(sha "$T_TMP/base1.img" 100 16)" ] || t_fail "Q no longer reads base1 where it never wrote"
"$AOEBOOT" layer -S "$T_TMP/ctl" status > "$T_TMP/status" || t_fail "layer status"
for c in P Q; do
    grep -q "^e3.1 *$(mac $c) .*base1.img.*older base" "$T_TMP/status" || t_fail "$c is not listed on the older base: $(cat "$T_TMP/status")"
done

# F moves to base2 at its reset; a client new to e3.2 reads base2 at once.
[ "$(py F read c0 3 2 100 16)" = "$(sha "$T_TMP/base1.img" 100 16)" ] || t_fail "F left base1 before its reset"
[ "$(py F layerreset c0 3 2)" = 0 ] || t_fail "F's reset at boot"
[ "$(py F read c0 3 2 100 16)" = "$(sha "$T_TMP/base2.img" 100 16)" ] || t_fail "after its reset F does not read base2"
[ "$(py F read c0 3 2 3000 8)" = "$(sha "$T_TMP/base2.img" 3000 8)" ] || t_fail "F's old write survived its reset"
[ "$(py N read c0 3 2 100 16)" = "$(sha "$T_TMP/base2.img" 100 16)" ] || t_fail "a new client does not read base2"

# A restart: the layers on disk, made on base1, are read against base1.
kill "$S_PID"; wait "$S_PID" 2>/dev/null || true
s_serve serve2 -c "$T_TMP/exports.conf"
[ "$(py P read c0 3 1 100 16)" = "$(sha "$T_TMP/pview" 100 16)" ] || t_fail "P's view changed over a restart"
[ "$(py Q read c0 3 1 100 16)" = "$(sha "$T_TMP/base1.img" 100 16)" ] || t_fail "Q is not read against base1 after a restart"
# Without base1, Q is refused with the fix named; others are served.
kill "$S_PID"; wait "$S_PID" 2>/dev/null || true
mv "$T_TMP/base1.img" "$T_TMP/base1.away"
s_serve serve3 -c "$T_TMP/exports.conf"
rc=0; py Q read c0 3 1 100 8 >/dev/null 2>&1 || rc=$?
[ $rc != 0 ] || t_fail "Q was served with its base1 gone"
grep -q "base1.img, which cannot be opened.*restore that base, or reset the layer" "$T_TMP/serve3.log" ||
    t_fail "no log line naming the missing base: $(cat "$T_TMP/serve3.log")"
[ "$(py N read c0 3 1 100 16)" = "$(sha "$T_TMP/base2.img" 100 16)" ] || t_fail "others were not served while Q's base is gone"
kill "$S_PID"; wait "$S_PID" 2>/dev/null || true
mv "$T_TMP/base1.away" "$T_TMP/base1.img"
s_serve serve4 -c "$T_TMP/exports.conf"
[ "$(py Q read c0 3 1 100 16)" = "$(sha "$T_TMP/base1.img" 100 16)" ] || t_fail "Q's view did not come back with base1"
# Until the admin resets it: then P reads base2.
"$AOEBOOT" layer -S "$T_TMP/ctl" reset e3.1 "$(mac P)" | grep -q "^reset" || t_fail "layer reset of P"
[ "$(py P read c0 3 1 100 16)" = "$(sha "$T_TMP/base2.img" 100 16)" ] || t_fail "after its reset P does not read base2"

# A base of another size: refused on reload, the export keeps base2.
head -c $((8 << 20)) /dev/urandom > "$T_TMP/base3.img"
conf "$T_TMP/base3.img"
kill -HUP "$S_PID"
t_wait_for 5 grep -q "it keeps the base $T_TMP/base2.img" "$T_TMP/serve4.log" ||
    t_fail "a base of another size was not refused: $(tail -3 "$T_TMP/serve4.log")"
[ "$(py N read c0 3 2 100 16)" = "$(sha "$T_TMP/base2.img" 100 16)" ] || t_fail "after the refused update e3.2 is not on base2"
t_log "commit, in-place update under writes, fresh and persistent clients, missing and resized bases behave"
