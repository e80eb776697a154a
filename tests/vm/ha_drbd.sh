#!/bin/bash
# docs/ha-drbd.md on real DRBD: two file-server VMs (fs1, fs2; Debian's
# kernel with its drbd module, drbd-utils from the host) replicate one
# virtio disk with protocol C; each runs scripts/aoeboot-drbd-failover, the
# documented stand-in for a cluster manager, which keeps `aoeboot serve` on
# the primary, on the service MAC. The exports: e7.1 = the first 24 MiB of
# /dev/drbd0 (ext4), e7.2 = the next 24 MiB (raw), sync = always.
# A client VM mounts e7.1 through the kernel aoe driver and writes fsynced
# 64 KiB files; at the same time it writes 64 KiB blocks to e7.2 through
# `aoeboot nbd` (aoe.mode=nbd's bridge). Each write is printed with its
# checksum once it returned.
#   1. A planned switch while the client writes: fs1 stops its target and
#      demotes, fs2 promotes and serves (the commands of docs/ha-drbd.md,
#      typed on the servers' consoles).
#   2. fs2 (now primary) is killed outright (kill -9 of its QEMU: a power
#      cut) while the client writes; fs1 notices the lost peer, promotes
#      itself and serves on the service MAC.
#   3. No write fails in either mode; every file and block the client was
#      told is written is on fs1's disk, whose ext4 passes e2fsck; the
#      longest stall of each mode around each switch is printed.
#   4. fs2 boots again: DRBD brings it back as secondary; someone starts its
#      target too (on its own NIC): refused by the duplicate address guard,
#      and fs1 keeps serving.
. "$(dirname "$0")/lib-vm.sh"
t_need drbdadm drbdmeta mkfs.ext4 e2fsck debugfs md5sum
[ -x /usr/lib/drbd/drbdadm-84 ] && [ -x /usr/lib/drbd/drbdsetup-84 ] || t_skip "drbd-utils without the 8.4 tools"
vm_kernel
[ -n "$(vm_module_paths drbd 2>/dev/null)" ] || t_skip "no drbd module in $VM_KVER"
SMAC=02:a0:e0:00:00:01

for b in /usr/sbin/drbdadm /usr/lib/drbd/drbdadm-84 /usr/lib/drbd/drbdsetup-84 /usr/sbin/drbdmeta; do
    vm_host_binary "$b" "$b"
done
# iproute2 for the macvlan (busybox's ip has no macvlan), first in PATH.
vm_host_binary "$(readlink -f "$(command -v ip)")" /usr/local/bin/ip
cat > "$T_TMP/drbd.conf" <<'CONF'
global { usage-count no; }
resource r0 {
    protocol C;
    device /dev/drbd0;
    disk /dev/vda;
    meta-disk internal;
    # A dead peer is noticed within about 3 s (ping every 2 s, answer
    # within 1 s: TCG on a loaded host misses tighter bounds).
    net { ping-int 2; ping-timeout 10; timeout 10; connect-int 2; }
    on fs1 { address 10.77.0.1:7789; }
    on fs2 { address 10.77.0.2:7789; }
}
CONF
printf '[defaults]\ninterfaces = aoe0\nsync = always\n[e7.1]\npath = /dev/drbd0\nlength = 24M\n[e7.2]\npath = /dev/drbd0\noffset = 24M\nlength = 24M\n' \
    > "$T_TMP/exports.conf"
# What "someone starting the target too" on the old primary runs: its own NIC.
sed 's/^interfaces = aoe0/interfaces = eth0/' "$T_TMP/exports.conf" > "$T_TMP/exports-eth0.conf"
cat > "$T_TMP/server-init" <<'INIT'
#!/bin/sh
export PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/drbd
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod /modules/$m.ko; done
arg() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" /proc/cmdline; }
hostname "$(arg HOST)"
mkdir -p /var/lib/drbd /var/run /run/lock /var/lock /tmp /var/lib/aoeboot
ip link set lo up; ip link set eth0 up; ip addr add "$(arg IP)/24" dev eth0
i=0; while [ ! -b /dev/vda ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done
connected() { case $(drbdadm cstate r0) in Connected|SyncSource|SyncTarget) return 0;; esac; return 1; }
wait_connected() { i=0; while ! connected && [ $i -lt "$1" ]; do sleep 0.2; i=$((i+1)); done; connected; }
case $(arg ROLE) in
first|standby)
    yes yes | drbdadm -- --force create-md r0 > /tmp/md.log 2>&1 || { echo "MD-FAILED"; cat /tmp/md.log; poweroff -f; }
    drbdadm up r0 || { echo "UP-FAILED"; poweroff -f; }
    if [ "$(arg ROLE)" = first ]; then
        wait_connected 300 || { echo "NO-PEER $(drbdadm cstate r0)"; poweroff -f; }
        # Both disks were made from one image: no initial sync.
        drbdadm -- --clear-bitmap new-current-uuid r0 || echo "UUID-FAILED"
        drbdadm primary r0 || { echo "PRIMARY-FAILED"; poweroff -f; }
    fi
    echo "DRBD-$(drbdadm role r0)-$(drbdadm dstate r0)"
    fo() {
        GRACE=1 AOEBOOT=/bin/aoeboot /bin/aoeboot-drbd-failover r0 eth0 "$(arg SMAC)" /etc/aoeboot/exports.conf 2>&1 &
        FO=$!
    }
    fo
    # The planned switch of docs/ha-drbd.md, typed on the console by the test.
    while read -r cmd; do
        case $cmd in
        release)  # on the primary: stop serving, then demote
            kill $FO; wait $FO 2>/dev/null
            killall -TERM aoeboot
            i=0; while pidof aoeboot > /dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
            ip link del aoe0
            drbdadm secondary r0 && echo "RELEASED"
            fo ;;
        take)  # on the other node: promote; its failover script starts the target
            drbdadm primary r0 && echo "TAKEN" ;;
        esac
    done
    ;;
again)
    drbdadm up r0 || echo "UP-FAILED"
    wait_connected 150
    echo "AGAIN-ROLE $(drbdadm role r0) $(drbdadm cstate r0)"
    timeout 20 /bin/aoeboot serve -c /etc/aoeboot/exports-eth0.conf > /tmp/again.log 2>&1
    echo "AGAIN-SERVE rc=$?"
    sed 's/^/AGAIN-LOG /' /tmp/again.log
    echo "AGAIN-DONE"
    poweroff -f
    ;;
esac
INIT
VM_FILES+=("$AOEBOOT:/bin/aoeboot" "$ROOT/scripts/aoeboot-drbd-failover:/bin/aoeboot-drbd-failover"
           "$T_TMP/drbd.conf:/etc/drbd.conf" "$T_TMP/exports.conf:/etc/aoeboot/exports.conf"
           "$T_TMP/exports-eth0.conf:/etc/aoeboot/exports-eth0.conf")
vm_initramfs "$T_TMP/server.img" "$T_TMP/server-init" e1000 virtio_pci virtio_blk crc32c_generic drbd macvlan
VM_FILES=("$AOEBOOT:/bin/aoeboot")

cat > "$T_TMP/client-init" <<'INIT'
#!/bin/sh
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do [ "$m" = aoe ] || insmod /modules/$m.ko; done
ip link set eth0 up
up() { cut -d' ' -f1 /proc/uptime; }
insmod /modules/aoe.ko aoe_deadsecs=300 aoe_iflist=eth0
i=0
while [ ! -e /dev/etherd/e7.1 ] && [ $i -lt 300 ]; do echo > /dev/etherd/discover; sleep 0.2; i=$((i+1)); done
mkdir -p /mnt
mount -t ext4 /dev/etherd/e7.1 /mnt || { echo "MOUNT-FAILED"; poweroff -f; }
aoeboot nbd e7.2 /dev/nbd0 -i eth0 --timeout 120 --ready-fd 3 3>/tmp/ready 2>/tmp/bridge.log &
i=0; while ! grep -q . /tmp/ready 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
grep -q ok /tmp/ready || { echo "NBD-FAILED"; cat /tmp/bridge.log; poweroff -f; }
files() {  # one fsynced 64 KiB file every 0.3 s
    n=0
    while [ $n -lt 40 ]; do
        dd if=/dev/urandom of=/tmp/k bs=65536 count=1 2>/dev/null
        if dd if=/tmp/k of=/mnt/f$n bs=65536 conv=fsync 2>/dev/null; then
            echo "K $n $(up) $(md5sum < /tmp/k | cut -d' ' -f1)"
        else
            echo "K-ERR $n $(up)"
        fi
        n=$((n + 1)); sleep 0.3
    done
}
blocks() {
    n=0
    while [ $n -lt 40 ]; do
        dd if=/dev/urandom of=/tmp/b bs=65536 count=1 2>/dev/null
        if dd if=/tmp/b of=/dev/nbd0 bs=65536 seek=$n conv=fsync 2>/dev/null; then
            echo "N $n $(up) $(md5sum < /tmp/b | cut -d' ' -f1)"
        else
            echo "N-ERR $n $(up)"
        fi
        n=$((n + 1)); sleep 0.3
    done
}
echo "CLIENT-READY"
files & F=$!
blocks
wait $F
umount /mnt && echo "UMOUNT-OK"
aoeboot nbd --disconnect /dev/nbd0
echo "VM-DONE"
poweroff -f
INIT
vm_initramfs "$T_TMP/client.img" "$T_TMP/client-init" e1000 ext4 nbd aoe

# Two disks made from one image: ext4 in the first 24 MiB (DRBD keeps its
# internal metadata at the end of the disk).
truncate -s 24M "$T_TMP/fs.img"
mkfs.ext4 -q -F -b 1024 "$T_TMP/fs.img"
for d in a b; do
    truncate -s 64M "$T_TMP/$d.img"
    dd if="$T_TMP/fs.img" of="$T_TMP/$d.img" conv=notrunc status=none
done

ns=$(t_netns hd)
ip -n "$ns" link add br0 type bridge
ip -n "$ns" link set br0 up
for t in tap1 tap2 tap3; do vm_tap "$ns" $t; ip -n "$ns" link set $t master br0; done

server() {  # NAME TAP IP ROLE DISK: boots a server VM; sets VM_LOG/VM_PID
    VM_LOG=$T_TMP/$1-$4.log VM_MAC=52:54:00:77:00:0${3##*.} VM_CON=$T_TMP/con-$1 VM_SERIAL_PIPE=1
    VM_QEMU_ARGS=(-drive "file=$5,format=raw,if=virtio,cache=writeback")
    vm_start "$ns" "$2" "$T_TMP/server.img" "quiet HOST=$1 IP=$3 ROLE=$4 SMAC=$SMAC" 400
}
server fs1 tap1 10.77.0.1 first "$T_TMP/a.img"; P1=$VM_PID L1=$VM_LOG
server fs2 tap2 10.77.0.2 standby "$T_TMP/b.img"; P2=$VM_PID L2=$VM_LOG
VM_LOG=$L1 VM_PID=$P1
vm_wait_marker 'e7.2: serving' 240 || { vm_console_tail 30; t_fail "fs1 did not become primary and serve"; }
grep -q 'DRBD-Primary/Secondary-UpToDate/UpToDate' "$L1" || t_fail "fs1: $(grep DRBD- "$L1")"
VM_LOG=$L2 VM_PID=$P2
vm_wait_marker 'DRBD-Secondary' 60 || { vm_console_tail 30; t_fail "fs2 did not come up as secondary"; }

VM_LOG=$T_TMP/client.log VM_MAC=52:54:00:77:00:09 VM_QEMU_ARGS=() VM_SERIAL_PIPE=
vm_start "$ns" tap3 "$T_TMP/client.img" "quiet" 400; PC=$VM_PID
vm_wait_marker '^K 5 ' 240 || { vm_console_tail 30; t_fail "the client's writes did not start"; }
vm_wait_marker '^N 5 ' 60 || { vm_console_tail 30; t_fail "the client's nbd writes did not start"; }

# 1. Planned switch fs1 -> fs2.
VM_CON=$T_TMP/con-fs1 vm_type $'release\n'
VM_LOG=$L1 VM_PID=$P1
vm_wait_marker 'RELEASED' 60 || { vm_console_tail 20; t_fail "fs1 did not release r0"; }
VM_CON=$T_TMP/con-fs2 vm_type $'take\n'
VM_LOG=$L2 VM_PID=$P2
vm_wait_marker 'e7.2: serving' 60 || { vm_console_tail 20; t_fail "fs2 did not take over in the planned switch"; }
t_log "planned switch: fs1 released r0, fs2 serves"

# 2. Power cut of fs2, now the primary.
VM_LOG=$T_TMP/client.log VM_PID=$PC
vm_wait_marker '^K 20 ' 240 || { vm_console_tail 30; t_fail "the client's writes did not go on after the switch"; }
pkill -9 -P "$P2" || t_fail "no QEMU of fs2 to kill"
t_log "fs2 (primary) powered off while the client writes"
vm_wait_marker 'VM-DONE' 240 || { vm_console_tail 30; t_fail "the client did not finish"; }
vm_wait_exit 30 || t_fail "the client did not power off"
grep -q "promoted r0" "$L1" || t_fail "fs1 did not take over: $(tail -5 "$L1")"

console() { tr -d '\r' < "$T_TMP/client.log"; }
# gap TAG FROM TO: the largest gap between successive writes FROM < n <= TO.
gap() { console | awk -v t="$1" -v a="$2" -v b="$3" '$1 == t && $2 > a && $2 <= b { if (p != "" && $3 - p > m) m = $3 - p } $1 == t { p = $3 } END { printf "%.1f", m }'; }
errs=$(console | grep -cE '^(K|N)-ERR' || true)
[ "$errs" = 0 ] || { console | grep -E '^(K|N)-ERR' >&2; t_fail "$errs writes failed during the switches"; }
[ "$(console | grep -c '^K ')" = 40 ] || t_fail "kernel client: $(console | grep -c '^K ') of 40 files"
[ "$(console | grep -c '^N ')" = 40 ] || t_fail "nbd client: $(console | grep -c '^N ') of 40 blocks"
console | grep -q UMOUNT-OK || t_fail "the client could not unmount e7.1"

# 4. The old primary comes back.
server fs2 tap2 10.77.0.2 again "$T_TMP/b.img"; P2=$VM_PID
vm_wait_marker 'AGAIN-DONE' 240 || { vm_console_tail 30; t_fail "fs2 did not come back"; }
t_log "fs2 back: $(grep -m1 AGAIN-ROLE "$VM_LOG" | tr -d '\r')"
grep -q 'AGAIN-ROLE Secondary' "$VM_LOG" || t_fail "fs2 did not rejoin as secondary: $(grep AGAIN "$VM_LOG")"
grep -q 'AGAIN-SERVE rc=0' "$VM_LOG" && t_fail "a second target started on the old primary"
why=$(grep -m1 -E 'already answers' "$VM_LOG" | tr -d '\r')
[ -n "$why" ] || t_fail "the start was not refused by the guard: $(grep AGAIN-LOG "$VM_LOG")"
t_log "the old primary's target refused: ${why#AGAIN-LOG }"
pkill -9 -P "$P1" || true

# What fs1 holds (its disk as QEMU wrote it: every write fs1 acknowledged
# under sync = always went through to it).
dd if="$T_TMP/a.img" of="$T_TMP/survivor-fs.img" bs=1M count=24 status=none
e2fsck -fn "$T_TMP/survivor-fs.img" > "$T_TMP/fsck.log" 2>&1 || { cat "$T_TMP/fsck.log" >&2; t_fail "e2fsck on fs1's e7.1 failed"; }
console | awk '$1 == "K" { print $2, $4 }' | while read -r n want; do
    got=$(debugfs -R "cat /f$n" "$T_TMP/survivor-fs.img" 2>/dev/null | md5sum | cut -d' ' -f1)
    [ "$got" = "$want" ] || t_fail "file f$n: the client wrote $want, fs1 holds $got"
done
console | awk '$1 == "N" { print $2, $4 }' | while read -r n want; do
    got=$(dd if="$T_TMP/a.img" bs=65536 skip=$((384 + n)) count=1 status=none | md5sum | cut -d' ' -f1)
    [ "$got" = "$want" ] || t_fail "e7.2 block $n: the client wrote $want, fs1 holds $got"
done
pk=$(gap K 3 15); pn=$(gap N 3 15); kg=$(gap K 15 40); ng=$(gap N 15 40)
t_log "longest stall, planned switch: kernel aoe driver ${pk} s, nbd bridge ${pn} s (the test types the two steps)"
t_log "longest stall, power cut of the primary: kernel aoe driver ${kg} s, nbd bridge ${ng} s (DRBD peer loss ~3 s, takeover grace 1-2 s, segment check 0.5 s, guard 0.5 s)"
for g in "$pk" "$pn" "$kg" "$ng"; do
    awk -v g="$g" 'BEGIN { exit !(g < 15) }' || t_fail "a stall of ${g} s (limit 15 s)"
done
t_log "ok: planned switch and power cut of the DRBD primary: no write lost or failed, e2fsck clean on the survivor"
