#!/bin/bash
# Selection by config string: two exports on the segment, the decoy e7.3
# (config "decoy") and e7.4 (config "node12"); root=aoe:config=node12 must
# boot from e7.4 and leave the decoy untouched.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need mkfs.ext4 debugfs
vm_kernel
ns=$(t_netns bc)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 32 "$T_TMP/rootfs"
cp "$T_TMP/root.img" "$T_TMP/decoy.img"
sum=$(md5sum < "$T_TMP/decoy.img")
boot_initramfs "$T_TMP/initrd"
token=tok$T_ID$RANDOM
boot_serve "$ns" tap0 e7.3 "$T_TMP/decoy.img" --config-string decoy
boot_serve "$ns" tap0 e7.4 "$T_TMP/root.img" --config-string node12
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:config=node12 aoe.timeout=30 rw TOKEN=$token" 120
vm_wait_marker 'ROOT-INIT-OK' 100 || { vm_console_tail 40; t_fail "the root's init did not run"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
grep -aq 'found e7.4 .*config "node12"' "$VM_LOG" || t_fail "discovery did not report e7.4 by its config string"
boot_check_root "$token" /dev/etherd/e7.4 "$T_TMP/root.img"
[ "$(md5sum < "$T_TMP/decoy.img")" = "$sum" ] || t_fail "the decoy export was written to"
t_log "ok: root=aoe:config=node12 booted from e7.4 ($VM_RUN_SECONDS s)"
