#!/bin/bash
# `aoeboot nbd-server` in front of real AoE targets (vblade, and aoeboot
# serve) in a network namespace, used by real NBD clients on a UNIX socket:
# nbdinfo sees the right size and flags; nbdcopy and qemu-img move data both
# ways and every byte matches the target's backing file; several clients at
# once; SIGTERM stops the server cleanly.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade nbdinfo nbdcopy qemu-img cmp

i_pair 9000
MB=48
size=$(( MB * 1024 * 1024 ))

# nbd_round_trip NAME DEV IMG: the whole client suite against one target.
nbd_round_trip() {
    local name=$1 dev=$2 img=$3 sock=$T_TMP/$1.sock
    local uri="nbd+unix:///?socket=$sock"
    t_bg "$NC" "nbd-$name" "$AOEBOOT" nbd-server "$dev" -i c0 --listen "unix:$sock"
    local spid=$T_LAST_PID
    t_wait_for 10 test -S "$sock" || t_fail "$name: nbd-server never listened"

    info=$(nbdinfo --json "$uri") || t_fail "$name: nbdinfo failed"
    echo "$info" | grep -q "\"export-size\": $size" || t_fail "$name: nbdinfo size wrong: $info"
    echo "$info" | grep -q '"can_flush": true' || t_fail "$name: no flush advertised"
    echo "$info" | grep -q '"can_trim": false' || t_fail "$name: trim advertised"
    echo "$info" | grep -q "\"export-name\": \"$dev\"" || t_fail "$name: export name not $dev: $info"
    [ "$(nbdinfo --size "nbd+unix:///$dev?socket=$sock")" = "$size" ] || t_fail "$name: named export"
    nbdinfo --list "$uri" | grep -q "$dev" || t_fail "$name: NBD_OPT_LIST does not name $dev"

    # Read everything (nbdcopy uses several connections at once).
    nbdcopy "$uri" "$T_TMP/$name.read" || t_fail "$name: nbdcopy read failed"
    i_same "$T_TMP/$name.read" "$img"
    t_log "$name: nbdcopy read $MB MiB matches"

    # Write everything, then check the target's own file.
    head -c "$size" /dev/urandom > "$T_TMP/$name.new"
    nbdcopy --flush "$T_TMP/$name.new" "$uri" || t_fail "$name: nbdcopy write failed"
    i_same "$T_TMP/$name.new" "$img"
    t_log "$name: nbdcopy write $MB MiB landed on the target byte for byte"

    # qemu-img both ways, and its own comparison.
    qemu-img convert -f raw -O raw "$uri" "$T_TMP/$name.qemu" || t_fail "$name: qemu-img convert from nbd"
    i_same "$T_TMP/$name.qemu" "$img"
    head -c "$size" /dev/urandom > "$T_TMP/$name.q2"
    qemu-img convert -n -f raw -O raw "$T_TMP/$name.q2" "$uri" || t_fail "$name: qemu-img convert to nbd"
    qemu-img compare -f raw -F raw "$T_TMP/$name.q2" "$uri" >/dev/null || t_fail "$name: qemu-img compare differs"
    i_same "$T_TMP/$name.q2" "$img"
    t_log "$name: qemu-img convert/compare both ways match"

    # Unaligned byte ranges (the AoE side only takes whole sectors).
    qemu-io -f raw -c "write -P 0x5a 1001 333" "$uri" >/dev/null || t_fail "$name: unaligned write"
    head -c 333 /dev/zero | tr '\0' 'Z' > "$T_TMP/zz"
    cmp -n 333 "$T_TMP/zz" <(tail -c +1002 "$img") || t_fail "$name: unaligned write not on the target"
    cmp -n 1001 "$T_TMP/$name.q2" "$img" || t_fail "$name: unaligned write spoiled the bytes before it"
    cmp -i 1334:1334 "$T_TMP/$name.q2" "$img" || t_fail "$name: unaligned write spoiled the bytes after it"

    # Several clients at once: two readers and a writer on separate halves.
    half=$(( size / 2 ))
    head -c "$half" /dev/urandom > "$T_TMP/$name.half"
    nbdcopy "$uri" "$T_TMP/$name.c1" & p1=$!
    nbdcopy "$uri" "$T_TMP/$name.c2" & p2=$!
    qemu-io -f raw -c "write -P 0xa5 $half $half" "$uri" >/dev/null & p3=$!
    wait $p1 || t_fail "$name: concurrent reader 1 failed"
    wait $p2 || t_fail "$name: concurrent reader 2 failed"
    wait $p3 || t_fail "$name: concurrent writer failed"
    # The first half was not written meanwhile: both readers agree with it.
    cmp -n "$half" "$T_TMP/$name.c1" "$img" || t_fail "$name: reader 1 first half differs"
    cmp -n "$half" "$T_TMP/$name.c2" "$img" || t_fail "$name: reader 2 first half differs"
    [ "$(tail -c "$half" "$img" | tr -d '\245' | wc -c)" = 0 ] || t_fail "$name: concurrent write missing"
    t_log "$name: 3 concurrent clients fine"

    kill -TERM "$spid"
    for _ in $(seq 50); do kill -0 "$spid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$spid" 2>/dev/null && t_fail "$name: nbd-server did not stop on SIGTERM"
    wait "$spid" 2>/dev/null || t_fail "$name: nbd-server exited non-zero on SIGTERM"
    [ -e "$sock" ] && t_fail "$name: socket file left behind"
    return 0
}

t_image "$T_TMP/vblade.img" $MB
i_vblade "$NT" t0 3 1 "$T_TMP/vblade.img"
i_wait_target e3.1
nbd_round_trip vblade e3.1 "$T_TMP/vblade.img"

# TCP listener (inside the client namespace, on its loopback), read-only.
t_bg "$NC" nbd-tcp "$AOEBOOT" nbd-server e3.1 -i c0 --read-only --name disk --listen tcp:127.0.0.1:10809
t_wait_for 10 ip netns exec "$NC" nbdinfo --size nbd://127.0.0.1:10809/disk || t_fail "tcp: no answer"
ip netns exec "$NC" nbdinfo --json nbd://127.0.0.1:10809/disk | grep -q '"is_read_only": true' ||
    t_fail "tcp: export not read-only"
ip netns exec "$NC" nbdcopy nbd://127.0.0.1:10809/disk "$T_TMP/tcp.read" || t_fail "tcp: nbdcopy read"
i_same "$T_TMP/tcp.read" "$T_TMP/vblade.img"
ip netns exec "$NC" qemu-io -f raw -c "write 0 512" nbd://127.0.0.1:10809/disk >/dev/null 2>&1 &&
    t_fail "tcp: a write to a read-only export succeeded"
i_same "$T_TMP/tcp.read" "$T_TMP/vblade.img"
t_log "tcp: read-only export over TCP matches"
kill "$T_LAST_PID"
kill "$I_TARGET_PID"

t_image "$T_TMP/serve.img" $MB
i_serve "$NT" t0 3.2 "$T_TMP/serve.img"
i_wait_target e3.2
nbd_round_trip serve e3.2 "$T_TMP/serve.img"
t_log "all round trips matched"
