#!/bin/bash
# initramfs-tools end to end: Debian's mkinitramfs builds an image for the
# cached Debian kernel with initramfs/initramfs-tools/hooks/aoeboot and
# scripts/local-top/aoeboot; the image must hold aoeboot, aoe.ko and the
# script; then QEMU boots it with root=aoe:e7.3 against `aoeboot serve`:
# initramfs-tools' init runs local-top/aoeboot (aoeboot root in hook mode),
# which hands /dev/etherd/e7.3 back as ROOT; the local script mounts it and
# run-init starts the root's own init, which leaves a token on the root.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
. "$(dirname "$0")/lib-distro.sh"
t_need mkfs.ext4 debugfs
vm_kernel
distro_itools_image "$T_TMP/initrd"
distro_list "$T_TMP/initrd" > "$T_TMP/files.txt"
distro_expect_files "$T_TMP/files.txt" ' usr/sbin/aoeboot$' ' scripts/local-top/aoeboot$' \
    '/drivers/block/aoe/aoe\.ko' '/drivers/block/nbd\.ko' '/e1000\.ko' '/ext4\.ko' ' etc/aoeboot/modules$'
grep -q '/scripts/local-top/aoeboot' <(unmkinitramfs "$T_TMP/initrd" "$T_TMP/unpacked" && cat "$T_TMP/unpacked/scripts/local-top/ORDER") ||
    t_fail "scripts/local-top/ORDER does not run aoeboot"
t_log "initramfs-tools image: $(stat -c %s "$T_TMP/initrd") bytes, $(wc -l < "$T_TMP/files.txt") entries"

ns=$(t_netns di)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 32 "$T_TMP/rootfs"
token=tok$T_ID$RANDOM
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
# ip=off: aoetools' own local-top script (installed with aoetools, so in
# every image built on this host) would otherwise wait for DHCP.
# panic=-1 (vm_start) + -no-reboot: a failed boot ends the VM at once.
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e7.3 aoe.timeout=30 rw ip=off TOKEN=$token" 240
vm_wait_marker 'ROOT-INIT-OK' 220 || { vm_console_tail 40; t_fail "the root's init did not run"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
boot_check_root "$token" /dev/etherd/e7.3 "$T_TMP/root.img"
t_log "ok: initramfs-tools + aoeboot hooks booted from e7.3 served by aoeboot serve ($VM_RUN_SECONDS s)"
