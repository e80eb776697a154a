#!/bin/bash
# The full PXE path of `make demo` (scripts/demo.sh) as a test: dnsmasq
# DHCP + TFTP in a namespace, QEMU -boot n through the e1000's iPXE ROM into
# the aoeboot initramfs and the AoE root served by aoeboot serve.
. "$(dirname "$0")/../lib.sh"
t_need qemu-system-x86_64 dnsmasq mkfs.ext4 busybox
AOEBOOT=$AOEBOOT DEMO_TIMEOUT=200 "$ROOT/scripts/demo.sh" > "$T_TMP/demo.log" 2>&1 ||
    { tail -n 40 "$T_TMP/demo.log" >&2; t_fail "make demo's PXE boot failed"; }
grep -q 'booted from /dev/etherd/e7.3 over AoE after a PXE boot through iPXE' "$T_TMP/demo.log" ||
    t_fail "demo did not report the AoE root"
grep -q 'tftp://10.77.0.1/boot.ipxe' "$T_TMP/demo.log" || t_fail "iPXE did not fetch boot.ipxe over TFTP"
grep -q 'root device : /dev/etherd/e7.3' "$T_TMP/demo.log" || t_fail "the booted system did not report its root"
grep -E 'aoeboot phases|done in' "$T_TMP/demo.log" >&2
t_log "ok: PXE -> iPXE -> aoeboot initramfs -> AoE root"
