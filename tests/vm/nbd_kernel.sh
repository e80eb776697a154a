#!/bin/bash
# `aoeboot nbd` in a QEMU VM (Debian kernel, nbd.ko, no aoe.ko): the bridge
# attaches /dev/nbd0 to an AoE export of `aoeboot serve` on the host side of
# a tap through the generic netlink interface; the guest makes an ext4 on it,
# mounts it and writes. The target is killed and restarted in the middle of
# a write: no I/O error in the guest, checksums equal after a remount, and
# e2fsck is clean (in the guest, and on the host's backing file afterwards,
# where the file written during the restart has the guest's checksum).
# Then the bridge itself is killed and restarted: the new one reconnects the
# waiting device (NBD_CMD_RECONFIGURE) and the filesystem is intact. Last,
# the ioctl fallback serves it too, and SIGTERM disconnects a plain bridge.
. "$(dirname "$0")/lib-vm.sh"
t_need e2fsck debugfs md5sum
vm_kernel
ns=$(t_netns nk)
vm_tap "$ns" tap0
img=$T_TMP/disk.img
truncate -s 192M "$img"

# e2fsprogs from the host, with the shared libraries they need.
VM_FILES=("$AOEBOOT:/bin/aoeboot")
vm_host_binary /sbin/mke2fs /usr/sbin/mke2fs
vm_host_binary /sbin/e2fsck /usr/sbin/e2fsck

cat > "$T_TMP/init" <<'INIT'
#!/bin/sh
# busybox runs its own applets before PATH: e2fsprogs by full path.
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod /modules/$m.ko || echo "insmod $m failed"; done
ip link set eth0 up
aoeboot nbd e5.1 /dev/nbd0 -i eth0 --timeout 90 --ready-fd 3 3>/tmp/ready 2>/tmp/bridge.log &
bridge=$!
i=0; while ! grep -q . /tmp/ready 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
echo "READY $(cat /tmp/ready) backend=$(cat /sys/block/nbd0/backend 2>/dev/null) size=$(cat /sys/block/nbd0/size)"
grep -q ok /tmp/ready || { cat /tmp/bridge.log; poweroff -f; }
/usr/sbin/mke2fs -t ext4 -q -F /dev/nbd0 && echo MKFS-OK
mount -t ext4 /dev/nbd0 /mnt && echo MOUNT-OK
dd if=/dev/urandom of=/mnt/a bs=1M count=8 2>/dev/null; sync
echo "WRITING"
dd if=/dev/urandom of=/mnt/b bs=1M count=64 conv=fsync 2>/tmp/dd.err; echo "DD-RC $?"
cat /tmp/dd.err
md5sum /mnt/a /mnt/b > /tmp/sums
sed 's/^/SUM /' /tmp/sums
umount /mnt && echo UMOUNT-OK
echo 3 > /proc/sys/vm/drop_caches
mount -t ext4 /dev/nbd0 /mnt && (cd / && md5sum -c /tmp/sums >/dev/null && echo SUMS-MATCH)
umount /mnt
/usr/sbin/e2fsck -fn /dev/nbd0 >/tmp/fsck.log 2>&1; echo "FSCK-RC $?"
# The bridge dies (kill -9) and a new one takes over the waiting device
# through NBD_CMD_RECONFIGURE; the filesystem is still there.
kill -9 $bridge; wait $bridge 2>/dev/null; sleep 1
# This one holds "the root": '@' argv[0], OOM-exempt, SIGTERM only flushes.
aoeboot nbd e5.1 /dev/nbd0 -i eth0 --root --timeout 90 --ready-fd 3 3>/tmp/ready2 2>/tmp/bridge.log &
bridge=$!
i=0; while ! grep -q . /tmp/ready2 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
grep -q 'reconnected to the waiting device' /tmp/bridge.log && echo RECONF-OK
echo "ROOTMODE cmd=$(tr '\0' ' ' < /proc/$bridge/cmdline) oom=$(cat /proc/$bridge/oom_score_adj)"
kill -TERM $bridge; sleep 1
kill -0 $bridge && grep -q 'still serving the root disk' /tmp/bridge.log && echo SIGTERM-HELD
mount -t ext4 /dev/nbd0 /mnt && (cd / && md5sum -c /tmp/sums >/dev/null && echo SUMS-MATCH-AFTER-RESTART)
echo more > /mnt/c && umount /mnt
echo "IOERRORS $(dmesg | grep -ci 'i/o error')"
dmesg | grep -i 'nbd\|i/o error' | tail -5
aoeboot nbd --disconnect /dev/nbd0; wait $bridge; echo "BRIDGE-RC $?"
sed 's/^/BRIDGE: /' /tmp/bridge.log | tail -8
# The ioctl fallback serves the same filesystem; SIGTERM flushes and disconnects.
aoeboot nbd e5.1 /dev/nbd0 -i eth0 --ioctl --ready-fd 3 3>/tmp/ready3 2>/tmp/bridge3.log &
b3=$!
i=0; while ! grep -q . /tmp/ready3 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
mount -t ext4 /dev/nbd0 /mnt && (cd / && md5sum -c /tmp/sums >/dev/null && echo IOCTL-SUMS-MATCH)
umount /mnt
kill -TERM $b3; wait $b3; echo "IOCTL-TERM-RC $?"
sed 's/^/BRIDGE3: /' /tmp/bridge3.log | tail -4
# Netlink again from scratch (the device is free): SIGTERM disconnects.
aoeboot nbd e5.1 /dev/nbd0 -i eth0 --ready-fd 3 3>/tmp/ready4 2>/tmp/bridge4.log &
b4=$!
i=0; while ! grep -q . /tmp/ready4 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
echo "AGAIN $(cat /tmp/ready4) pid=$(cat /sys/block/nbd0/pid 2>/dev/null)"
kill -TERM $b4; wait $b4; echo "TERM-RC $? left=$(cat /sys/block/nbd0/pid 2>/dev/null || echo none)"
poweroff -f
INIT
vm_initramfs "$T_TMP/initrd" "$T_TMP/init" e1000 nbd ext4

serve() {
    t_bg "$ns" serve "$AOEBOOT" serve --no-guard -S "$T_TMP/ctl" --state-dir "$T_TMP/state" tap0 5.1 "$img"
    SERVE_PID=$T_LAST_PID
}
serve
VM_MEM=512M
vm_start "$ns" tap0 "$T_TMP/initrd" "quiet" 400
vm_wait_marker 'READY' 120 || { vm_console_tail; t_fail "bridge never reported"; }
grep -q 'READY ok backend=aoe:e5.1' "$VM_LOG" || { vm_console_tail; t_fail "bridge did not attach"; }
vm_wait_marker 'MOUNT-OK' 120 || { vm_console_tail; t_fail "mkfs/mount on /dev/nbd0 failed"; }
vm_wait_marker 'WRITING' 120 || { vm_console_tail; t_fail "first write did not finish"; }
sleep 1
grep -q 'DD-RC' "$VM_LOG" && t_fail "the write finished before the target was killed (too fast to test)"
kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true
t_log "target killed mid-write"
sleep 3
grep -q 'DD-RC' "$VM_LOG" && t_fail "the write finished while the target was down"
serve
t_log "target restarted"
vm_wait_marker 'BRIDGE-RC' 300 || { vm_console_tail 40; t_fail "guest did not finish"; }
vm_wait_exit 60 || t_fail "guest did not power off"
tr -d '\r' < "$VM_LOG" > "$T_TMP/console.txt"
grep -q 'DD-RC 0' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "the write across the restart failed"; }
grep -q 'SUMS-MATCH' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "checksums differ after remount"; }
grep -q 'FSCK-RC 0' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "e2fsck in the guest not clean"; }
grep -q 'RECONF-OK' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "restarted bridge did not reconfigure the device"; }
grep -q 'ROOTMODE cmd=@aoeboot-nbd nbd .* oom=-1000' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "--root bridge lacks '@' argv[0] or OOM exemption"; }
grep -q 'SIGTERM-HELD' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "--root bridge did not hold on SIGTERM"; }
grep -q 'SUMS-MATCH-AFTER-RESTART' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "data wrong after a bridge restart"; }
grep -q 'IOERRORS 0' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "I/O errors in the guest"; }
grep -q 'BRIDGE-RC 0' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "bridge did not exit cleanly on disconnect"; }
grep -q 'IOCTL-SUMS-MATCH' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "ioctl fallback did not serve the filesystem"; }
grep -q 'IOCTL-TERM-RC 0' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "ioctl bridge did not exit cleanly on SIGTERM"; }
grep -q 'AGAIN ok' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "netlink connect after the ioctl bridge failed"; }
grep -q 'TERM-RC 0 left=none' "$T_TMP/console.txt" || { vm_console_tail 40; t_fail "SIGTERM did not disconnect the device cleanly"; }
kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true
e2fsck -fn "$img" >"$T_TMP/fsck-host.log" 2>&1 || t_fail "host e2fsck of the backing file not clean"
want=$(sed -n 's/.*SUM \([0-9a-f]*\)  \/mnt\/b.*/\1/p' "$T_TMP/console.txt")
debugfs -R "dump /b $T_TMP/b.out" "$img" 2>/dev/null
got=$(md5sum < "$T_TMP/b.out" | cut -d' ' -f1)
[ -n "$want" ] && [ "$got" = "$want" ] || t_fail "host copy of /b is $got, guest wrote $want"
t_log "ok: ext4 on /dev/nbd0 over AoE survived a target restart mid-write ($VM_RUN_SECONDS s)"
