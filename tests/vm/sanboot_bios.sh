#!/bin/bash
# AoE-only boot under a BIOS: SeaBIOS, the NIC's iPXE ROM runs
# pxe/sanboot.ipxe, `sanboot aoe:e7.3` (root-path from DHCP) boots the disk
# through INT 13: syslinux's MBR, syslinux, the kernel and the standalone
# aoeboot initramfs all read from e7.3 over AoE. aoeboot finds e7.3 and the
# NIC in the aBFT iPXE left in base memory (root=aoe:abftp2) and boots the
# root partition; the root's init reads the same table.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
. "$(dirname "$0")/lib-sanboot.sh"
sanboot_run bios aoeboot
grep -aq "aBFT from iPXE's sanboot (base memory at 0x" "$VM_LOG" ||
    t_fail "aoeboot did not report the aBFT in base memory: $(grep -a 'aBFT' "$VM_LOG" | tr -d '\r' | head -n3)"
grep -aq "root=aoe:e7.3p2 iface=$VM_MAC" "$VM_LOG" || t_fail "aoeboot did not use the aBFT's disk and NIC"
t_log "ok: BIOS iPXE sanboot aoe:e7.3 -> syslinux/kernel/initramfs from the AoE disk -> aBFT ($SANBOOT_ABFT) -> root e7.3p2 ($VM_RUN_SECONDS s)"
