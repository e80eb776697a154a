#!/bin/bash
# A power cut of the file server while an export is frozen (issue 15,
# freeze for a live backup). The file server is a VM (Debian's kernel, ext4
# on a virtio disk, QEMU flushing to the host file on the guest's FLUSH)
# serving e2.3, a plain image with sync = always, which it freezes as soon
# as it serves; a client on the host writes random blocks, each logged once
# acknowledged, and mid-stream the VM is killed outright (kill -9 of its
# QEMU: what the guest had not flushed is gone). The VM boots again: the
# export comes back frozen (the shadow survived the cut), `aoeboot thaw`
# merges it, and the server stops. Checked: the image was not written while
# frozen (a copy taken after the reboot, before the thaw, is the original),
# the shadow survived the cut, every acknowledged write is in the thawed
# image and every sector never written is as it was, and the shadow is gone.
. "$(dirname "$0")/lib-vm.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3 mke2fs debugfs
vm_kernel

cat > "$T_TMP/init" <<'INIT'
#!/bin/sh
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod /modules/$m.ko 2>/dev/null; done
arg() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" /proc/cmdline; }
ip link set lo up; ip link set eth0 up
i=0; while [ ! -b /dev/vda ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done
mkdir -p /srv /run && mount -t ext4 /dev/vda /srv || { echo "MOUNT-FAILED"; poweroff -f; }
/bin/aoeboot serve --no-guard -c /etc/exports.conf --state-dir /srv/state -S /run/ctl 2>&1 &
pid=$!
i=0; while [ ! -S /run/ctl ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
case $(arg ROLE) in
freeze)
    /bin/aoeboot freeze -S /run/ctl e2.3 && echo "FREEZE-OK" || echo "FREEZE-FAILED"
    while :; do sleep 10; done ;;
thaw)
    /bin/aoeboot status -S /run/ctl 2>&1 | grep -q 'frozen since=' && echo "STILL-FROZEN"
    [ -f /srv/plain.img.shadow ] && echo "SHADOW-KEPT"
    cp /srv/plain.img /srv/plain.cut
    /bin/aoeboot thaw -S /run/ctl e2.3 && echo "THAW-OK" || echo "THAW-FAILED"
    kill $pid; wait $pid
    ls /srv
    umount /srv && echo "THAW-DONE"
    poweroff -f ;;
esac
INIT
printf '[defaults]\ninterfaces = eth0\nsync = always\n[e2.3]\npath = /srv/plain.img\n' > "$T_TMP/exports.conf"
VM_FILES+=("$AOEBOOT:/bin/aoeboot" "$T_TMP/exports.conf:/etc/exports.conf")
vm_initramfs "$T_TMP/initrd" "$T_TMP/init" e1000 ext4 virtio_blk virtio_pci

mkdir -p "$T_TMP/fs/state"
t_image "$T_TMP/fs/plain.img" 2
cp "$T_TMP/fs/plain.img" "$T_TMP/plain.orig"
mke2fs -q -F -t ext4 -d "$T_TMP/fs" "$T_TMP/disk.img" 32M || t_fail "mke2fs -d"

# The server VM and one client on one bridge.
NT=$(t_netns ft); T_NETNS+=("$NT")
ip -n "$NT" link add br0 type bridge
ip -n "$NT" link set br0 up
vm_tap "$NT" tap0
ip -n "$NT" link set tap0 master br0
NSC=$(t_netns fc); T_NETNS+=("$NSC")
ip link add v0 netns "$NT" type veth peer name c0 netns "$NSC"
ip -n "$NT" link set v0 master br0 up
ip -n "$NSC" link set c0 up
server() {  # ROLE
    VM_LOG=$T_TMP/server-$1.log VM_MAC=52:54:00:42:00:03
    VM_QEMU_ARGS=(-drive "file=$T_TMP/disk.img,format=raw,if=virtio,cache=writeback")
    vm_start "$NT" tap0 "$T_TMP/initrd" "quiet ROLE=$1" 200
}

touch "$T_TMP/acked"
server freeze
vm_wait_marker 'FREEZE-OK|FREEZE-FAILED|MOUNT-FAILED' 120 || { vm_console_tail 30; t_fail "the server VM did not freeze e2.3"; }
grep -q 'FREEZE-OK' "$VM_LOG" || { vm_console_tail 30; t_fail "freeze e2.3 failed in the server VM"; }
ip netns exec "$NSC" python3 "$TC" writer c0 2 3 90 "$T_TMP/acked" "$T_TMP/intent" 2> "$T_TMP/writer.err" &
W=$!
deadline=$(( $(date +%s) + 60 ))
until [ "$(wc -l < "$T_TMP/acked")" -ge 30 ]; do
    [ "$(date +%s)" -lt $deadline ] || t_fail "the client did not get 30 writes acknowledged within 60 s: $(cat "$T_TMP/writer.err")"
    sleep 0.2
done
pkill -9 -P "$VM_PID" || t_fail "no QEMU to kill"
wait "$VM_PID" 2>/dev/null || true
cut=$(wc -l < "$T_TMP/acked")
t_log "power cut of the file server after $cut acknowledged writes to the frozen export"
sleep 1
kill "$W" 2>/dev/null || true; wait "$W" 2>/dev/null || true
! grep -h . "$T_TMP/writer.err" || t_fail "the writer failed before the power cut"

# (The disk is read on the host only after the VM has mounted it again:
# until then ext4's journal, not yet replayed, holds part of it.)
server thaw
vm_wait_marker 'THAW-DONE|MOUNT-FAILED' 120 || { vm_console_tail 30; t_fail "the server VM did not thaw e2.3"; }
vm_wait_exit 30 || t_fail "the server VM did not power off"
grep -q 'STILL-FROZEN' "$VM_LOG" || { vm_console_tail 30; t_fail "e2.3 did not come back frozen after the power cut"; }
grep -q 'SHADOW-KEPT' "$VM_LOG" || { vm_console_tail 30; t_fail "the shadow did not survive the power cut"; }
grep -q 'THAW-OK' "$VM_LOG" || { vm_console_tail 30; t_fail "thaw e2.3 failed after the power cut"; }
dump() { debugfs -R "dump $1 $2" "$T_TMP/disk.img" 2>/dev/null; [ -s "$2" ] || t_fail "no $1 on the server's disk"; }
dump /plain.cut "$T_TMP/plain.cut"
cmp -s "$T_TMP/plain.orig" "$T_TMP/plain.cut" || t_fail "the frozen image was written before the thaw"
dump /plain.img "$T_TMP/plain.after"
! debugfs -R "stat /plain.img.shadow" "$T_TMP/disk.img" 2>/dev/null | grep -q "Inode:" || t_fail "the shadow is still there after the thaw"
python3 "$TC" audit "$T_TMP/plain.after" "$T_TMP/acked" "$T_TMP/intent" "$T_TMP/plain.orig" >&2 ||
    t_fail "the thawed image lost an acknowledged write or shows what was never written"
t_log "ok: power cut while frozen: the image untouched, the export back frozen, $cut acknowledged writes all in the thawed image"
