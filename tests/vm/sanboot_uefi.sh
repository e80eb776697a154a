#!/bin/bash
# AoE-only boot under UEFI: OVMF's own PXE client (no option ROM) gets
# snponly.efi, iPXE's EFI build gets pxe/sanboot.ipxe and the root-path
# from DHCP, `sanboot aoe:e7.3` makes e7.3 an EFI block device and starts
# its EFI/BOOT/BOOTX64.EFI (GRUB, from pxe/mksanimage.sh), which loads the
# kernel and the standalone aoeboot initramfs from the AoE disk. aoeboot
# finds e7.3 and the NIC in the aBFT, which iPXE installed as an ACPI table
# (/sys/firmware/acpi/tables/aBFT), and boots the root partition.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
. "$(dirname "$0")/lib-sanboot.sh"
sanboot_run uefi aoeboot
grep -q 'PXEClient:Arch:00007' "$T_TMP/dnsmasq.log" || t_fail "the first DHCP request was not OVMF's UEFI PXE client"
grep -q 'sent .*/snponly.efi' "$T_TMP/dnsmasq.log" || t_fail "the firmware was not given snponly.efi"
grep -aq 'aoeboot sanimage: loading /vmlinuz' "$VM_LOG" || t_fail "the disk's own GRUB (BOOTX64.EFI) did not load the kernel"
grep -aq "aBFT from iPXE's sanboot (ACPI table /sys/firmware/acpi/tables/aBFT)" "$VM_LOG" ||
    t_fail "aoeboot did not find the aBFT as an ACPI table: $(grep -a 'aBFT' "$VM_LOG" | tr -d '\r' | head -n3)"
grep -aq "root=aoe:e7.3p2 iface=$VM_MAC" "$VM_LOG" || t_fail "aoeboot did not use the aBFT's disk and NIC"
t_log "ok: UEFI PXE -> snponly.efi -> sanboot aoe:e7.3 -> GRUB/kernel/initramfs from the AoE disk -> aBFT ($SANBOOT_ABFT) -> root e7.3p2 ($VM_RUN_SECONDS s)"
