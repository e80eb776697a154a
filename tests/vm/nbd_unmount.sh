#!/bin/bash
# `aoeboot nbd --exit-on-unmount` in a QEMU VM (Debian kernel, nbd.ko): the
# bridge serves /dev/nbd0 from an AoE export of `aoeboot serve` on the host.
# mkfs alone does not end it (never mounted yet), a remount read-only does
# not end it (the root stays mounted ro until poweroff), the umount does:
# the bridge flushes, disconnects /dev/nbd0 and exits 0 within a bound, and
# the file written in the guest has the same checksum on the host. Then a
# --root bridge (which implies the option, armed only by a mount at "/"):
# SIGTERM only flushes; a mount and umount elsewhere (as dracut's shell flow
# mounts, unmounts for fsck and mounts the root again on /sysroot) must not
# end it; `aoeboot nbd --disconnect` does.
. "$(dirname "$0")/lib-vm.sh"
t_need debugfs md5sum
vm_kernel
ns=$(t_netns nu)
vm_tap "$ns" tap0
img=$T_TMP/disk.img
truncate -s 64M "$img"

VM_FILES=("$AOEBOOT:/bin/aoeboot")
vm_host_binary /sbin/mke2fs /usr/sbin/mke2fs

cat > "$T_TMP/init" <<'INIT'
#!/bin/sh
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod /modules/$m.ko || echo "insmod $m failed"; done
ip link set eth0 up
attach() {  # attach READYFILE LOG [options]: starts the bridge, sets $bridge
    r=$1 l=$2; shift 2
    aoeboot nbd e5.2 /dev/nbd0 -i eth0 --timeout 30 --ready-fd 3 "$@" 3>$r 2>$l &
    bridge=$!
    i=0; while ! grep -q . $r 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
    echo "READY $(cat $r) pid=$(cat /sys/block/nbd0/pid 2>/dev/null)"
}
# Waits (at most 15 s) for the bridge to exit; prints how it went.
wait_gone() {
    i=0; while kill -0 $bridge 2>/dev/null && [ $i -lt 150 ]; do sleep 0.1; i=$((i+1)); done
    if kill -0 $bridge 2>/dev/null; then echo "$1 STILL-RUNNING"; return; fi
    wait $bridge; rc=$?
    echo "$1 RC=$rc after=${i}00ms size=$(cat /sys/block/nbd0/size) pid=$(cat /sys/block/nbd0/pid 2>/dev/null || echo none)"
}
attach /tmp/r1 /tmp/b1.log --exit-on-unmount
/usr/sbin/mke2fs -t ext4 -q -F /dev/nbd0 && echo MKFS-OK
sleep 1; kill -0 $bridge && echo ALIVE-AFTER-MKFS
mount -t ext4 /dev/nbd0 /mnt && echo MOUNT-OK
dd if=/dev/urandom of=/mnt/a bs=1M count=16 2>/dev/null
md5sum /mnt/a | sed 's/^/SUM /'
mount -o remount,ro /mnt && echo REMOUNT-RO
sleep 1; kill -0 $bridge && echo ALIVE-AFTER-REMOUNT
umount /mnt && echo UMOUNT-OK
wait_gone FIRST
sed 's/^/B1: /' /tmp/b1.log | tail -5
# A root bridge: SIGTERM alone only flushes; an umount before switch_root
# (not at "/") keeps it; an explicit disconnect ends it.
attach /tmp/r2 /tmp/b2.log --root
mount -t ext4 /dev/nbd0 /mnt && (md5sum /mnt/a | sed 's/^/SUM2 /')
echo b > /mnt/b
kill -TERM $bridge; sleep 1; kill -0 $bridge && echo ROOT-ALIVE-AFTER-TERM
umount /mnt
sleep 1; kill -0 $bridge && echo ROOT-ALIVE-AFTER-UMOUNT
mount -t ext4 -o ro /dev/nbd0 /mnt && (md5sum /mnt/b | sed 's/^/SUMB /') && umount /mnt
aoeboot nbd --disconnect /dev/nbd0 && echo DISCONNECT-OK
wait_gone ROOT
sed 's/^/B2: /' /tmp/b2.log | tail -5
poweroff -f
INIT
vm_initramfs "$T_TMP/initrd" "$T_TMP/init" e1000 nbd ext4

t_bg "$ns" serve "$AOEBOOT" serve --no-guard -S "$T_TMP/ctl" --state-dir "$T_TMP/state" tap0 5.2 "$img"
SERVE_PID=$T_LAST_PID
VM_MEM=384M
vm_start "$ns" tap0 "$T_TMP/initrd" "quiet" 300
vm_wait_marker 'ROOT (RC=|STILL)' 240 || { vm_console_tail 40; t_fail "guest did not finish"; }
vm_wait_exit 60 || t_fail "guest did not power off"
tr -d '\r' < "$VM_LOG" > "$T_TMP/console.txt"
c=$T_TMP/console.txt
grep -q 'READY ok pid=' "$c" || { vm_console_tail 40; t_fail "bridge did not attach"; }
grep -q 'ALIVE-AFTER-MKFS' "$c" || { vm_console_tail 40; t_fail "bridge exited after mkfs (never mounted)"; }
grep -q 'REMOUNT-RO' "$c" || { vm_console_tail 40; t_fail "remount,ro failed"; }
grep -q 'ALIVE-AFTER-REMOUNT' "$c" || { vm_console_tail 40; t_fail "bridge exited on a remount,ro"; }
grep -q 'UMOUNT-OK' "$c" || { vm_console_tail 40; t_fail "umount failed"; }
grep -q 'FIRST RC=0 after=[0-9]*ms size=0 pid=none' "$c" || { vm_console_tail 40; t_fail "bridge did not exit 0 and disconnect after the umount"; }
grep -q 'ROOT-ALIVE-AFTER-TERM' "$c" || { vm_console_tail 40; t_fail "--root bridge exited on SIGTERM"; }
grep -q 'ROOT-ALIVE-AFTER-UMOUNT' "$c" || { vm_console_tail 40; t_fail "--root bridge exited on an umount that was not of /"; }
grep -q 'SUMB ' "$c" || { vm_console_tail 40; t_fail "the root bridge did not serve after the umount"; }
grep -q 'DISCONNECT-OK' "$c" || { vm_console_tail 40; t_fail "aoeboot nbd --disconnect failed"; }
grep -q 'ROOT RC=0 after=[0-9]*ms size=0 pid=none' "$c" || { vm_console_tail 40; t_fail "--root bridge did not exit 0 after the disconnect"; }
grep -q 'B2: .*reconnected' "$c" && t_fail "second bridge found the device still configured"
want=$(sed -n 's/^SUM \([0-9a-f]*\) .*/\1/p' "$c")
want2=$(sed -n 's/^SUM2 \([0-9a-f]*\) .*/\1/p' "$c")
[ -n "$want" ] && [ "$want" = "$want2" ] || t_fail "guest checksum changed between bridges: $want vs $want2"
kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true
debugfs -R "dump /a $T_TMP/a.out" "$img" 2>/dev/null
got=$(md5sum < "$T_TMP/a.out" | cut -d' ' -f1)
[ "$got" = "$want" ] || t_fail "host copy of /a is $got, guest wrote $want"
t_log "ok: $(grep -o 'FIRST RC=0 after=[0-9]*ms' "$c"), root bridge: $(grep -o 'ROOT RC=0 after=[0-9]*ms' "$c") after --disconnect; remount,ro, mkfs and (root) a non-/ umount kept it serving ($VM_RUN_SECONDS s)"
