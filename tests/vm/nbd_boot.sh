#!/bin/bash
# Diskless boot through the NBD bridge: root=aoe:e7.4 aoe.mode=nbd. The
# aoeboot initramfs finds the export, loads nbd.ko (no aoe.ko needed), starts
# `aoeboot nbd` as a root-storage daemon, mounts /dev/nbd0 and switch_roots.
# The root's init finds the bridge still running after switch_root, with
# argv[0] starting with '@' and oom_score_adj -1000, writes a file and a
# token through it, and powers off; the host finds both in the image.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need mkfs.ext4 debugfs
vm_kernel
ns=$(t_netns nb)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_nbd_init "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 48 "$T_TMP/rootfs"
boot_initramfs "$T_TMP/initrd" "--module nbd"
token=tok$T_ID$RANDOM
boot_serve "$ns" tap0 e7.4 "$T_TMP/root.img"
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e7.4 aoe.mode=nbd aoe.timeout=60 rw TOKEN=$token" 180
vm_wait_marker 'ROOT-INIT-OK' 160 || { vm_console_tail 40; t_fail "the root's init did not run"; }
vm_wait_exit 60 || t_fail "the VM did not power off"
boot_check_root "$token" /dev/nbd0 "$T_TMP/root.img"
boot_check_nbd_bridge "@aoeboot-nbd nbd e7.4 /dev/nbd0 --root" "$T_TMP/root.img"
t_log "ok: booted through the NBD bridge ($BOOT_BRIDGE), payload and token on the target ($VM_RUN_SECONDS s)"
