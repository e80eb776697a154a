#!/bin/bash
# make demo FIRMWARE=sanboot as a test: BIOS iPXE sanboots the DHCP
# root-path aoe:e7.3 (pxe/sanboot.ipxe, only file on TFTP), the disk's
# syslinux boots its kernel and aoeboot initramfs, which finds e7.3 and the
# NIC in the aBFT and mounts e7.3p2.
. "$(dirname "$0")/../lib.sh"
t_need qemu-system-x86_64 dnsmasq mkfs.ext4 busybox syslinux mkfs.fat mcopy
FIRMWARE=sanboot AOEBOOT=$AOEBOOT DEMO_TIMEOUT=200 "$ROOT/scripts/demo.sh" > "$T_TMP/demo.log" 2>&1 ||
    { tail -n 40 "$T_TMP/demo.log" >&2; t_fail "make demo FIRMWARE=sanboot failed"; }
grep -qF "booted from /dev/etherd/e7.3p2 over AoE after a network boot: PXE -> iPXE sanboot" "$T_TMP/demo.log" ||
    t_fail "demo did not report the AoE root through iPXE's sanboot"
grep -q 'sanboot aoe:e7.3' "$T_TMP/demo.log" || t_fail "iPXE did not sanboot the DHCP root-path"
grep -q "aBFT from iPXE's sanboot (base memory at 0x" "$T_TMP/demo.log" ||
    t_fail "aoeboot did not find the aBFT in base memory"
grep -q "iPXE's aBFT : e7.3 via 52:54:00:de:e0:01" "$T_TMP/demo.log" ||
    t_fail "the booted system did not show the aBFT"
grep -q 'root device : /dev/etherd/e7.3p2' "$T_TMP/demo.log" || t_fail "the booted system did not report its root"
grep -E 'aoeboot phases|done in' "$T_TMP/demo.log" >&2
t_log "ok (sanboot): PXE -> iPXE sanboot aoe:e7.3 -> disk's syslinux/kernel/initramfs -> aBFT -> e7.3p2"
