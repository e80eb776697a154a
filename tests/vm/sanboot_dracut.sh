#!/bin/bash
# A distribution installed on an AoE disk, sanbooted: BIOS iPXE `sanboot
# aoe:e7.3` boots the disk's syslinux, kernel and an initramfs built by
# Debian's dracut with dracut/95aoeboot, and the kernel line is the one an
# installed system has: root=UUID=<the root filesystem's UUID>, nothing
# about AoE. The cmdline hook finds the aBFT in base memory and queues
# `aoeboot root --abft`, which attaches e7.3 (the whole disk) through the
# kernel aoe driver via the aBFT's NIC; its partitions appear, udev links
# /dev/disk/by-uuid/<UUID> to e7.3p2, and dracut's own root=UUID= handling
# mounts it and switch_roots into the root's init.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
. "$(dirname "$0")/lib-distro.sh"
. "$(dirname "$0")/lib-sanboot.sh"
vm_kernel
distro_dracut_image "$T_TMP/initrd"
t_log "dracut image: $(stat -c %s "$T_TMP/initrd") bytes"
uuid=$(cat /proc/sys/kernel/random/uuid)
SANBOOT_ROOT="root=UUID=$uuid" SANBOOT_ROOT_UUID=$uuid SANBOOT_SECS=${SANBOOT_SECS:-150} \
    sanboot_run bios "$T_TMP/initrd"
grep -aq 'dracut' "$VM_LOG" || t_fail "the console shows no dracut messages: was dracut's init used?"
grep -aq "aoeboot: aBFT: e7.3 via $VM_MAC .*attaching it for root=UUID=$uuid" "$VM_LOG" ||
    t_fail "the cmdline hook did not see the aBFT: $(grep -a 'aoeboot' "$VM_LOG" | tr -d '\r' | head -n5)"
grep -aq "root=aoe:e7.3 iface=$VM_MAC" "$VM_LOG" ||
    t_fail "aoeboot root --abft did not attach the aBFT's whole disk through its NIC"
t_log "ok: BIOS sanboot of a dracut-booted install: root=UUID=$uuid found on e7.3p2 through the aBFT ($SANBOOT_ABFT) ($VM_RUN_SECONDS s)"
