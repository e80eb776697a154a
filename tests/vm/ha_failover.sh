#!/bin/bash
# The HA setup of docs/ha-drbd.md, with a shared backing file standing in for
# DRBD: two targets with different MACs (namespaces A and B, bridged to the
# VM's tap) serve e7.1 from the same file, one at a time, with the duplicate
# guard on. A Debian kernel in QEMU writes 64 KiB blocks with fsync in a loop
# and prints each block's checksum once the write returned; the serving
# target is killed -9 and the other one started 2 s later (a stand-in for
# the cluster manager noticing). Each target that starts announces e7.1 (an
# unsolicited Query Config reply).
#   1. aoe.mode=nbd: `aoeboot nbd` in the guest (the bridge aoeboot root
#      starts); its initiator finds the new MAC by its probes.
#   2. the kernel aoe driver (aoe.mode=kernel), the standby on a MAC of its
#      own: the announcement makes the driver add it as a second target of
#      e7.1 at once, but the driver keeps resending a frame to the target it
#      was sent to until the frame has waited HARD_SCORN_SECS (10 s,
#      drivers/block/aoe/aoe.h) and only then moves it: about 10 s is the
#      floor of this mode.
#   3. the kernel driver, the standby taking over the failed server's MAC
#      (a service MAC that moves with the role, docs/ha-drbd.md): the
#      driver's own resends reach the standby; its announcement moves the
#      MAC to the new port in the switch (here the bridge).
# Pass: no write fails in any phase, every block the guest was told is
# written is in the backing file; stalls (all printed: docs/ha-drbd.md quotes
# them) under 10 s (nbd), 20 s (kernel, new MAC) and 6 s (kernel, service
# MAC: the 5 s goal plus the 0.5 s guard wait).
. "$(dirname "$0")/lib-vm.sh"
t_need md5sum
vm_kernel
VM_FILES=("$AOEBOOT:/bin/aoeboot")
cat > "$T_TMP/init" <<'INIT'
#!/bin/sh
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do [ "$m" = aoe ] || insmod /modules/$m.ko; done
ip link set eth0 up
up() { cut -d' ' -f1 /proc/uptime; }
writes() {  # TAG DEVICE COUNT: one fsynced 64 KiB block every 0.3 s
    n=0
    while [ $n -lt "$3" ]; do
        dd if=/dev/urandom of=/tmp/blk bs=65536 count=1 2>/dev/null
        if dd if=/tmp/blk of="$2" bs=65536 seek=$n conv=fsync 2>/dev/null; then
            echo "$1 $n $(up) $(md5sum < /tmp/blk | cut -d' ' -f1)"
        else
            echo "$1-ERR $n $(up)"
        fi
        n=$((n + 1)); sleep 0.3
    done
}
aoeboot nbd e7.1 /dev/nbd0 -i eth0 --timeout 120 --ready-fd 3 3>/tmp/ready 2>/tmp/bridge.log &
i=0; while ! grep -q . /tmp/ready 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
grep -q ok /tmp/ready && echo "NBD-READY" || { echo "NBD-FAILED"; cat /tmp/bridge.log; poweroff -f; }
writes N /dev/nbd0 40
aoeboot nbd --disconnect /dev/nbd0; sleep 1
insmod /modules/aoe.ko aoe_deadsecs=300
i=0
while [ ! -e /dev/etherd/e7.1 ] && [ $i -lt 150 ]; do echo > /dev/etherd/discover; sleep 0.2; i=$((i+1)); done
echo "AOE-FOUND $(cat '/sys/block/etherd!e7.1/mac')"
# Held open through both phases, as a mounted root is: each last close makes
# the driver identify the disk again, which resets its round-trip estimate
# to 250 ms +- 2 s and so its resend timeout to about 16 s.
exec 4<>/dev/etherd/e7.1
writes K /dev/etherd/e7.1 30
writes S /dev/etherd/e7.1 30
exec 4<&-
echo "VM-DONE"
poweroff -f
INIT
vm_initramfs "$T_TMP/initrd" "$T_TMP/init" e1000 nbd aoe

ns=$(t_netns hk); na=$(t_netns ha); nb=$(t_netns hb)
vm_tap "$ns" tap0
ip -n "$ns" link add br0 type bridge
ip -n "$ns" link set br0 up
t_veth "$ns" a0 "$na" a1
t_veth "$ns" b0 "$nb" b1
for i in tap0 a0 b0; do ip -n "$ns" link set "$i" master br0; done
img=$T_TMP/disk.img
truncate -s 16M "$img"
for s in a b; do
    printf '[defaults]\ninterfaces = %s1\n[e7.1]\npath = %s\nsync = always\n' "$s" "$img" > "$T_TMP/$s.conf"
done
serve() {  # a|b: start that target, wait until it serves
    local n=$na; [ "$1" = b ] && n=$nb
    : > "$T_TMP/serve-$1.log"
    t_bg "$n" "serve-$1" "$AOEBOOT" serve -c "$T_TMP/$1.conf" -S "$T_TMP/ctl-$1" --state-dir "$T_TMP/state-$1"
    SERVING=$T_LAST_PID
    t_wait_for 5 grep -q "e7.1: serving" "$T_TMP/serve-$1.log" || t_fail "target $1 did not start: $(cat "$T_TMP/serve-$1.log")"
}
console() { tr -d '\r' < "$VM_LOG"; }
# Largest gap between two successive acknowledged writes of one phase.
gap() { console | awk -v t="$1" '$1 == t { if (p != "" && $3 - p > m) m = $3 - p; p = $3 } END { printf "%.1f", m }'; }

serve a
VM_LOG=$T_TMP/console.log
vm_start "$ns" tap0 "$T_TMP/initrd" "quiet" 420
vm_wait_marker '^N 5 ' 180 || { vm_console_tail 30; t_fail "the guest's writes through the nbd bridge did not start"; }
kill -9 "$SERVING"; wait "$SERVING" 2>/dev/null || true
t_log "nbd: target A killed"
sleep 2
serve b
vm_wait_marker '^K 5 ' 240 || { vm_console_tail 30; t_fail "the kernel driver's writes did not start"; }
kill -9 "$SERVING"; wait "$SERVING" 2>/dev/null || true
t_log "kernel aoe: target B killed"
sleep 2
serve a
vm_wait_marker '^S 5 ' 240 || { vm_console_tail 30; t_fail "the service-MAC phase's writes did not start"; }
kill -9 "$SERVING"; wait "$SERVING" 2>/dev/null || true
t_log "kernel aoe, service MAC: target A killed; B takes over its MAC"
ip -n "$nb" link set b1 down
ip -n "$nb" link set b1 address "$(ip netns exec "$na" cat /sys/class/net/a1/address)"
ip -n "$nb" link set b1 up
sleep 2
serve b
vm_wait_marker 'VM-DONE' 200 || { vm_console_tail 30; t_fail "the guest did not finish"; }
vm_wait_exit 30 || t_fail "the guest did not power off"

errs=$(console | grep -cE '^(N|K|S)-ERR' || true)
[ "$errs" = 0 ] || { console | grep -E '^(N|K|S)-ERR' >&2; t_fail "$errs writes failed during a failover"; }
[ "$(console | grep -c '^N ')" = 40 ] || t_fail "nbd phase: $(console | grep -c '^N ') of 40 writes"
[ "$(console | grep -c '^K ')" = 30 ] || t_fail "kernel phase: $(console | grep -c '^K ') of 30 writes"
[ "$(console | grep -c '^S ')" = 30 ] || t_fail "service-MAC phase: $(console | grep -c '^S ') of 30 writes"
# Every block as the guest wrote it last (S phase: 0-29, N phase: 30-39) is
# in the backing file.
console | awk '$1 == "N" || $1 == "K" || $1 == "S" { sum[$2] = $4 } END { for (b in sum) print b, sum[b] }' |
    while read -r b want; do
        got=$(dd if="$img" bs=65536 skip="$b" count=1 2>/dev/null | md5sum | cut -d' ' -f1)
        [ "$got" = "$want" ] || t_fail "block $b: the guest wrote $want, the backing file holds $got"
    done
ng=$(gap N); kg=$(gap K); sg=$(gap S)
t_log "longest stall of the guest's writes (the other target started 2 s after the kill): nbd bridge ${ng} s; kernel aoe driver ${kg} s (standby on its own MAC), ${sg} s (standby on the service MAC)"
awk -v g="$ng" 'BEGIN { exit !(g < 10) }' || t_fail "the nbd bridge took ${ng} s to fail over (limit 10 s)"
awk -v g="$kg" 'BEGIN { exit !(g < 20) }' || t_fail "the kernel driver took ${kg} s to fail over to a new MAC (limit 20 s)"
awk -v g="$sg" 'BEGIN { exit !(g < 6) }' || t_fail "the kernel driver took ${sg} s to fail over on the service MAC (limit 6 s)"
t_log "ok: no write lost or failed across three failovers (nbd ${ng} s, kernel ${kg} s, service MAC ${sg} s)"
