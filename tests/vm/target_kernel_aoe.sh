#!/bin/bash
# The Linux kernel aoe driver (Debian kernel in QEMU/TCG) against aoeboot
# serve on a tap: discovery; mkfs.ext4 on the AoE disk, mount, write files,
# unmount, then the host runs fsck on the backing file and checks the files'
# checksums from it; a read-only export refuses writes; an export whose allow
# list excludes the VM is invisible to it. A second boot does the same data
# check at MTU 9000 (17 sectors per frame).
# The two boots take the target's two I/O paths: the first serves files on
# disk, whose requests the kernel steers to each export's own socket and
# worker; the second serves a file on tmpfs (/dev/shm), which the receive
# thread reads and stores through its mapping.
. "$(dirname "$0")/lib-vm.sh"
t_need e2fsck debugfs md5sum
vm_kernel
MKE2FS=$(command -v mke2fs) || t_skip "mke2fs not installed"
JIMG=$T_TMP/j.img
[ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && JIMG=/dev/shm/aoeboot-$TEST_NAME-$$.img
trap 'rc=$?; rm -f "/dev/shm/aoeboot-$TEST_NAME-$$.img"; t_cleanup "$rc"' EXIT

# The guest gets the host's mke2fs (with its libraries): busybox has none for ext4.
vm_host_binary "$MKE2FS" /usr/local/sbin/mke2fs
[ -f /etc/mke2fs.conf ] && VM_FILES+=("/etc/mke2fs.conf:/etc/mke2fs.conf")

cat > "$T_TMP/init" <<'INIT'
#!/bin/sh
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod /modules/$m.ko 2>/dev/null; done
test=$(sed -n 's/.*vtest=\([a-z]*\).*/\1/p' /proc/cmdline)
mtu=$(sed -n 's/.*vmtu=\([0-9]*\).*/\1/p' /proc/cmdline)
ip link set eth0 mtu "$mtu" up
waitdev() {
    i=0
    while [ ! -e /dev/etherd/$1 ] && [ $i -lt 150 ]; do echo > /dev/etherd/discover 2>/dev/null; sleep 0.2; i=$((i+1)); done
    [ -e /dev/etherd/$1 ] && echo "FOUND $1" || echo "MISSING $1"
}
if [ "$test" = main ]; then
    waitdev e7.1; waitdev e7.2
    echo > /dev/etherd/discover; sleep 3
    [ -e /dev/etherd/e7.3 ] && echo "ACL-LEAK" || echo "ACL-HIDDEN"
    /usr/local/sbin/mke2fs -q -F -t ext4 /dev/etherd/e7.1 && echo "MKFS-OK"
    mkdir -p /mnt && mount -t ext4 /dev/etherd/e7.1 /mnt && echo "MOUNT-OK"
    for n in 1 2 3; do
        dd if=/dev/urandom of=/mnt/f$n bs=1024 count=$((n * 700)) 2>/dev/null
        echo "FILE f$n $(md5sum < /mnt/f$n | cut -d' ' -f1)"
    done
    umount /mnt && echo "UMOUNT-OK"
    if dd if=/dev/zero of=/dev/etherd/e7.2 bs=4096 count=1 conv=fsync 2>/dev/null; then
        echo "RO-WRITE-ACCEPTED"; else echo "RO-WRITE-REFUSED"; fi
else
    waitdev e7.4
    echo "PAYLOAD $(cat '/sys/block/etherd!e7.4/payload')"
    dd if=/dev/urandom of=/tmp/x bs=1024 count=2048 2>/dev/null
    dd if=/tmp/x of=/dev/etherd/e7.4 bs=65536 conv=fsync 2>/dev/null && echo "JWRITE-OK"
    echo "JSUM $(md5sum < /tmp/x | cut -d' ' -f1)"
    echo 3 > /proc/sys/vm/drop_caches
    echo "JREAD $(dd if=/dev/etherd/e7.4 bs=65536 count=32 2>/dev/null | md5sum | cut -d' ' -f1)"
fi
echo "VM-DONE"
poweroff -f
INIT
vm_initramfs "$T_TMP/initrd" "$T_TMP/init" e1000 aoe ext4

ns=$(t_netns vk)
T_NETNS+=("$ns")  # t_netns ran in a subshell: register for cleanup
vm_tap "$ns" tap0
marker() { sed -n "s/.*$1 \([0-9a-f]*\).*/\1/p" "$VM_LOG" | tr -d '\r' | head -1; }
has() { grep -q "$1" "$VM_LOG"; }

# --- boot 1: MTU 1500 -------------------------------------------------------
truncate -s 64M "$T_TMP/rw.img"
t_image "$T_TMP/ro.img" 2
t_image "$T_TMP/acl.img" 2
ro_sum=$(md5sum < "$T_TMP/ro.img")
VM_MAC=${VM_MAC:-52:54:00:a0:e7:$(printf '%02x' $((RANDOM % 256)))}
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = tap0
[e7.1]
path = $T_TMP/rw.img
[e7.2]
path = $T_TMP/ro.img
read-only = yes
[e7.3]
path = $T_TMP/acl.img
allow = 02:00:00:00:00:99
CONF
t_bg "$ns" serve "$AOEBOOT" serve -c "$T_TMP/exports.conf" -S "$T_TMP/ctl" --state-dir "$T_TMP/state"
S=$T_LAST_PID
t_wait_for 5 grep -q "e7.3: serving" "$T_TMP/serve.log" || t_fail "serve did not start"
VM_LOG=$T_TMP/console-main.log
vm_start "$ns" tap0 "$T_TMP/initrd" "quiet vtest=main vmtu=1500" 240
vm_wait_marker 'VM-DONE' 220 || { vm_console_tail 40; t_fail "guest did not finish"; }
vm_wait_exit 30 || t_fail "guest did not power off"
has "FOUND e7.1" && has "FOUND e7.2" || { vm_console_tail 40; t_fail "kernel aoe did not discover e7.1/e7.2"; }
has "ACL-HIDDEN" || t_fail "the VM sees e7.3 although its allow list excludes it"
has "MKFS-OK" && has "MOUNT-OK" && has "UMOUNT-OK" || { vm_console_tail 40; t_fail "mkfs/mount/umount on the AoE disk failed"; }
has "RO-WRITE-REFUSED" || t_fail "a write to the read-only export was not refused"
[ "$(md5sum < "$T_TMP/ro.img")" = "$ro_sum" ] || t_fail "read-only image changed"
"$AOEBOOT" status -S "$T_TMP/ctl" >&2
"$AOEBOOT" status -S "$T_TMP/ctl" | grep -A1 '^e7.3' | grep -q 'denied=[1-9]' || t_fail "e7.3 denied nothing"
if ! grep -q "every request passes the one receive thread" "$T_TMP/serve.log"; then
    "$AOEBOOT" status -S "$T_TMP/ctl" | grep -A1 '^e7.1' | grep -q 'steered=[0-9]\{4,\}' ||
        t_fail "the driver's I/O to e7.1 did not go through the export's own socket"
fi
kill "$S"; wait "$S" 2>/dev/null || true
e2fsck -fn "$T_TMP/rw.img" >&2 || t_fail "fsck of the backing file is not clean"
for n in 1 2 3; do
    want=$(marker "FILE f$n")
    [ -n "$want" ] || t_fail "guest printed no checksum for f$n"
    debugfs -R "dump /f$n $T_TMP/f$n" "$T_TMP/rw.img" 2>/dev/null
    got=$(md5sum < "$T_TMP/f$n" | cut -d' ' -f1)
    [ "$got" = "$want" ] || t_fail "f$n: guest wrote $want, backing file holds $got"
done
t_log "MTU 1500: ext4 made, written and fsck-clean over kernel aoe; read-only and ACL hold"

# --- boot 2: MTU 9000 -------------------------------------------------------
ip -n "$ns" link set tap0 mtu 9000
t_image "$JIMG" 8
t_bg "$ns" serve2 "$AOEBOOT" serve -S "$T_TMP/ctl2" --state-dir "$T_TMP/state" tap0 e7.4 "$JIMG"
S=$T_LAST_PID
t_wait_for 5 grep -q "serving" "$T_TMP/serve2.log" || t_fail "serve (jumbo) did not start"
VM_LOG=$T_TMP/console-jumbo.log
vm_start "$ns" tap0 "$T_TMP/initrd" "quiet vtest=jumbo vmtu=9000" 180
vm_wait_marker 'VM-DONE' 160 || { vm_console_tail 40; t_fail "jumbo guest did not finish"; }
vm_wait_exit 30 || t_fail "jumbo guest did not power off"
has "FOUND e7.4" || { vm_console_tail 40; t_fail "kernel aoe did not discover e7.4 at MTU 9000"; }
payload=$(sed -n 's/.*PAYLOAD \([0-9]*\).*/\1/p' "$VM_LOG" | tr -d '\r')
[ "$payload" = 8704 ] || t_fail "payload at MTU 9000 is '$payload', want 8704 (17 sectors)"
has "JWRITE-OK" || t_fail "jumbo write failed"
want=$(marker JSUM)
[ "$(marker JREAD)" = "$want" ] || t_fail "jumbo read back differs"
[ "$(head -c 2097152 "$JIMG" | md5sum | cut -d' ' -f1)" = "$want" ] || t_fail "jumbo data not in the backing file"
case $JIMG in
    /dev/shm/*) grep -q "mapped: reads and writes in memory" "$T_TMP/serve2.log" ||
                    t_fail "the tmpfs image was not mapped: $(cat "$T_TMP/serve2.log")";;
esac
t_log "MTU 9000: 17-sector frames, data in the backing file ($JIMG)"
