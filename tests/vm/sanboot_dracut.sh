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
# Argument "abft" (sanboot_dracut_abft.sh): root=aoe:abftp2 instead, the
# aoeboot form: dracut waits on /dev/aoeboot-root, which aoeboot-root.sh has
# udev link to /dev/etherd/e7.3p2 once `aoeboot root` read the table.
# Argument "itools" (sanboot_itools.sh): the same root=UUID= boot with an
# initramfs-tools image; its local-top script attaches the aBFT's disk and
# the local script finds the root by blkid.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
. "$(dirname "$0")/lib-distro.sh"
. "$(dirname "$0")/lib-sanboot.sh"
kind=${1:-uuid}
vm_kernel
if [ "$kind" = itools ]; then
    distro_itools_image "$T_TMP/initrd"
else
    distro_dracut_image "$T_TMP/initrd"
fi
t_log "$kind image: $(stat -c %s "$T_TMP/initrd") bytes"
uuid=$(cat /proc/sys/kernel/random/uuid)
root="root=UUID=$uuid"
[ "$kind" = abft ] && root=root=aoe:abftp2
SANBOOT_ROOT=$root SANBOOT_ROOT_UUID=$uuid SANBOOT_SECS=${SANBOOT_SECS:-150} \
    sanboot_run bios "$T_TMP/initrd"
case $kind in
    uuid)
        grep -aq 'dracut' "$VM_LOG" || t_fail "the console shows no dracut messages: was dracut's init used?"
        grep -aq "aoeboot: aBFT: e7.3 via $VM_MAC .*attaching it for $root" "$VM_LOG" ||
            t_fail "the cmdline hook did not see the aBFT: $(grep -a 'aoeboot' "$VM_LOG" | tr -d '\r' | head -n5)"
        grep -aq "root=aoe:e7.3 iface=$VM_MAC" "$VM_LOG" ||
            t_fail "aoeboot root --abft did not attach the aBFT's whole disk through its NIC";;
    abft)
        grep -aq 'dracut' "$VM_LOG" || t_fail "the console shows no dracut messages: was dracut's init used?"
        grep -aq "root=aoe:e7.3p2 iface=$VM_MAC" "$VM_LOG" ||
            t_fail "aoeboot root did not take e7.3p2 and the NIC from the aBFT";;
    itools)
        grep -aq "aoeboot: aBFT names e7.3 via $VM_MAC" "$VM_LOG" ||
            t_fail "the local-top script did not see the aBFT: $(grep -a 'aoeboot' "$VM_LOG" | tr -d '\r' | head -n5)"
        grep -aq "root=aoe:e7.3 iface=$VM_MAC" "$VM_LOG" ||
            t_fail "aoeboot root --abft did not attach the aBFT's whole disk through its NIC";;
esac
t_log "ok ($kind): BIOS sanboot, $root found on e7.3p2 through the aBFT ($SANBOOT_ABFT) ($VM_RUN_SECONDS s)"
