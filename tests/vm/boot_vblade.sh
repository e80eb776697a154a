#!/bin/bash
# The same diskless boot as boot_serve, with Debian's vblade as the target:
# the bootstrap's discovery must accept vblade's short, unpadded replies.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need mkfs.ext4 debugfs vblade
vm_kernel
ns=$(t_netns bv)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 32 "$T_TMP/rootfs"
boot_initramfs "$T_TMP/initrd"
token=tok$T_ID$RANDOM
t_bg "$ns" vblade vblade 4 2 tap0 "$T_TMP/root.img"
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e4.2 aoe.timeout=30 rw TOKEN=$token" 120
vm_wait_marker 'ROOT-INIT-OK' 100 || { vm_console_tail 40; t_fail "the root's init did not run"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
boot_check_root "$token" /dev/etherd/e4.2 "$T_TMP/root.img"
t_log "ok: booted from e4.2 served by vblade, token found in the image ($VM_RUN_SECONDS s)"
