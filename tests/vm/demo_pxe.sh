#!/bin/bash
# The full PXE path of `make demo` (scripts/demo.sh) as a test: dnsmasq
# DHCP + TFTP in a namespace, QEMU -boot n through the e1000's iPXE ROM into
# the aoeboot initramfs and the AoE root served by aoeboot serve.
# FIRMWARE (argument): bios (default), uefi or secureboot, as make demo's.
. "$(dirname "$0")/../lib.sh"
t_need qemu-system-x86_64 dnsmasq mkfs.ext4 busybox
fw=${1:-bios}
FIRMWARE=$fw AOEBOOT=$AOEBOOT DEMO_TIMEOUT=200 "$ROOT/scripts/demo.sh" > "$T_TMP/demo.log" 2>&1 ||
    { tail -n 40 "$T_TMP/demo.log" >&2; t_fail "make demo FIRMWARE=$fw failed"; }
case $fw in
    bios) chain="PXE -> iPXE";;
    uefi) chain="UEFI PXE -> iPXE EFI (snponly.efi)";;
    secureboot) chain="UEFI Secure Boot PXE -> shim -> GRUB -> signed kernel";;
esac
grep -qF "booted from /dev/etherd/e7.3 over AoE after a network boot: $chain" "$T_TMP/demo.log" ||
    t_fail "demo did not report the AoE root through $chain"
if [ "$fw" = secureboot ]; then
    grep -q 'Booting `aoeboot: AoE root' "$T_TMP/demo.log" || t_fail "GRUB's menu entry did not show"
else
    grep -q 'tftp://10.77.0.1/boot.ipxe' "$T_TMP/demo.log" || t_fail "iPXE did not fetch boot.ipxe over TFTP"
fi
grep -q 'root device : /dev/etherd/e7.3' "$T_TMP/demo.log" || t_fail "the booted system did not report its root"
grep -E 'aoeboot phases|done in' "$T_TMP/demo.log" >&2
t_log "ok ($fw): $chain -> aoeboot initramfs -> AoE root"
