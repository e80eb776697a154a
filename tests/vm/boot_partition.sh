#!/bin/bash
# Root on a partition: root=aoe:e7.3p1 on an image with an MBR and one ext4
# partition at 1 MiB. Also BOOTIF= picks the NIC by MAC (as pxelinux and
# iPXE pass it).
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need mkfs.ext4 debugfs
vm_kernel
ns=$(t_netns bp)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 40 "$T_TMP/rootfs" part
boot_initramfs "$T_TMP/initrd"
token=tok$T_ID$RANDOM
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
bootif=01-${VM_MAC//:/-}
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e7.3p1 BOOTIF=$bootif aoe.timeout=30 rw TOKEN=$token" 120
vm_wait_marker 'ROOT-INIT-OK' 100 || { vm_console_tail 40; t_fail "the root's init did not run"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
grep -aq "iface=$VM_MAC (BOOTIF)" "$VM_LOG" || t_fail "BOOTIF was not used to pick the NIC"
boot_check_root "$token" /dev/etherd/e7.3p1 "$T_TMP/root.img" part
t_log "ok: booted from partition e7.3p1, token found in the partition ($VM_RUN_SECONDS s)"
