#!/bin/bash
# As nbd_boot.sh, with the root filesystem in the first partition of the
# export: root=aoe:e7.4p1 aoe.mode=nbd. The nbd driver reads the partition
# table only when the device is opened, so aoeboot must make it appear
# (/dev/nbd0p1) before it can mount it.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need mkfs.ext4 debugfs
vm_kernel
ns=$(t_netns nb)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
cat > "$T_TMP/rootfs/sbin/init" <<'EOF'
#!/bin/sh
export PATH=/bin:/sbin
dev=$(awk '$2 == "/" { print $1 }' /proc/mounts | tail -n 1)
fs=$(awk '$2 == "/" { print $3 }' /proc/mounts | tail -n 1)
left=$(ls / | tr '\n' ' ')
for p in /proc/[0-9]*; do
    c=$(tr '\0' ' ' < $p/cmdline 2>/dev/null)
    case "$c" in @*) echo "BRIDGE pid=${p#/proc/} oom=$(cat $p/oom_score_adj) cmd=$c";; esac
done
mount -o remount,rw / || echo "ROOT-INIT-FAIL remount rw"
dd if=/dev/urandom of=/payload bs=1M count=4 2>/dev/null
echo "PAYLOAD $(md5sum < /payload)"
echo "token=${TOKEN:-none} dev=$dev" > /booted-by-aoeboot
sync
echo "ROOT-INIT-OK pid=$$ dev=$dev fs=$fs token=${TOKEN:-none}"
echo "ROOT-LS $left"
mount -o remount,ro /
poweroff -f
EOF
chmod 755 "$T_TMP/rootfs/sbin/init"
boot_image "$T_TMP/root.img" 48 "$T_TMP/rootfs" part
boot_initramfs "$T_TMP/initrd" "--module nbd"
token=tok$T_ID$RANDOM
boot_serve "$ns" tap0 e7.4 "$T_TMP/root.img"
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e7.4p1 aoe.mode=nbd aoe.timeout=60 rw TOKEN=$token" 180
vm_wait_marker 'ROOT-INIT-OK' 160 || { vm_console_tail 40; t_fail "the root's init did not run"; }
vm_wait_exit 60 || t_fail "the VM did not power off"
grep -aq 'etherd' "$VM_LOG" && grep -a 'ROOT-INIT-OK' "$VM_LOG" | grep -q etherd && t_fail "booted through the kernel aoe driver"
boot_check_root "$token" /dev/nbd0p1 "$T_TMP/root.img" part
bridge=$(grep -a 'BRIDGE pid=' "$VM_LOG" | tr -d '\r' | head -n1)
[ -n "$bridge" ] || { vm_console_tail 40; t_fail "no '@' bridge process alive after switch_root"; }
echo "$bridge" | grep -q 'oom=-1000' || t_fail "bridge not OOM-exempt: $bridge"
echo "$bridge" | grep -q 'cmd=@aoeboot-nbd nbd e7.4 /dev/nbd0 --root' || t_fail "unexpected bridge command line: $bridge"
want=$(grep -a 'PAYLOAD' "$VM_LOG" | tr -d '\r' | sed 's/.*PAYLOAD \([0-9a-f]*\).*/\1/')
dd if="$T_TMP/root.img" of="$T_TMP/p1.img" bs=1M skip=1 status=none; debugfs -R "dump /payload $T_TMP/payload" "$T_TMP/p1.img" 2>/dev/null
got=$(md5sum < "$T_TMP/payload" | cut -d' ' -f1)
[ "$got" = "$want" ] || t_fail "payload in the image is $got, the guest wrote $want"
e2fsck -fn "$T_TMP/p1.img" >/dev/null 2>&1 || t_fail "root image not clean after poweroff"
t_log "ok: booted through the NBD bridge ($bridge), payload and token on the target ($VM_RUN_SECONDS s)"
