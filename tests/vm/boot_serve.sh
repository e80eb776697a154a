#!/bin/bash
# Diskless boot end to end against `aoeboot serve`: the aoeboot initramfs
# (mkinitramfs.sh) finds e7.3, the kernel aoe driver attaches it, aoeboot
# mounts it and switch_roots; the root's own init runs, writes a token onto
# the root and powers off; the host then finds the token in the image.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need mkfs.ext4 debugfs
vm_kernel
ns=$(t_netns bs)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 32 "$T_TMP/rootfs"
boot_initramfs "$T_TMP/initrd"
token=tok$T_ID$RANDOM
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
[ -n "${BOOT_TCPDUMP:-}" ] && t_bg "$ns" tcpdump tcpdump -i tap0 -n -tt -e -l ether proto 0x88a2
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e7.3 aoe.timeout=30 rw TOKEN=$token" 120
vm_wait_marker 'ROOT-INIT-OK' 100 || { vm_console_tail 40; t_fail "the root's init did not run"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
boot_check_root "$token" /dev/etherd/e7.3 "$T_TMP/root.img"
t_log "ok: booted from e7.3 served by aoeboot serve, token found in the image ($VM_RUN_SECONDS s)"
