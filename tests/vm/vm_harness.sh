#!/bin/bash
# Self-test of tests/vm/lib-vm.sh: boots the Debian kernel with a busybox
# initramfs, loads e1000 + aoe from it, and reads the first sector of an
# export served by Debian's vblade on the tap; the guest prints its checksum,
# which must match the host's.
. "$(dirname "$0")/lib-vm.sh"
t_need vblade
vm_kernel
ns=$(t_netns vh)
vm_tap "$ns" tap0
t_image "$T_TMP/disk.img" 4
want=$(head -c 512 "$T_TMP/disk.img" | md5sum | cut -d' ' -f1)
cat > "$T_TMP/init" <<'INIT'
#!/bin/sh
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod /modules/$m.ko || echo "insmod $m failed"; done
ip link set eth0 up
i=0; while [ ! -e /dev/etherd/e7.3 ] && [ $i -lt 100 ]; do echo > /dev/etherd/discover 2>/dev/null; sleep 0.2; i=$((i+1)); done
echo "SUM $(dd if=/dev/etherd/e7.3 bs=512 count=1 2>/dev/null | md5sum)"
poweroff -f
INIT
vm_initramfs "$T_TMP/initrd" "$T_TMP/init" e1000 aoe
t_bg "$ns" vblade vblade 7 3 tap0 "$T_TMP/disk.img"
vm_start "$ns" tap0 "$T_TMP/initrd" "quiet" 90
vm_wait_marker 'SUM [0-9a-f]{32}' 80 || { vm_console_tail; t_fail "guest printed no checksum"; }
got=$(sed -n 's/.*SUM \([0-9a-f]*\).*/\1/p' "$VM_LOG" | tr -d '\r')
[ "$got" = "$want" ] || { vm_console_tail; t_fail "guest read $got, host has $want"; }
vm_wait_exit 30 || t_fail "guest did not power off"
t_log "ok: guest read sector 0 over kernel aoe from vblade ($VM_RUN_SECONDS s)"
