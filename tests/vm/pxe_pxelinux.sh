#!/bin/bash
# The classic PXE path: pxelinux.0 + pxelinux.cfg/default from
# pxe/mktftproot.sh, served by pxe/dnsmasq.conf. QEMU's ROM is iPXE, so the
# test makes dnsmasq hand pxelinux.0 to it as well (iPXE runs it through its
# PXE API, as a legacy ROM would). IPAPPEND 2 must give aoeboot BOOTIF=.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need dnsmasq mkfs.ext4 debugfs
[ -f /usr/lib/PXELINUX/pxelinux.0 ] || t_skip "pxelinux not installed"
vm_kernel
ns=$(t_netns pl)
vm_tap "$ns" tap0
ip -n "$ns" addr add 10.79.0.1/24 dev tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 32 "$T_TMP/rootfs"
boot_initramfs "$T_TMP/initrd"
token=tok$T_ID$RANDOM
"$ROOT/pxe/mktftproot.sh" --kernel "$VM_VMLINUZ" --initrd "$T_TMP/initrd" --output "$T_TMP/tftp" \
    --root e7.3 --append "rw console=ttyS0 panic=-1 no_timer_check aoe.timeout=30 TOKEN=$token" 2>/dev/null ||
    t_fail "mktftproot.sh failed"
chmod 755 "$T_TMP" "$T_TMP/tftp"
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
sed -e "s|^interface=.*|interface=tap0|" \
    -e "s|^dhcp-range=.*|dhcp-range=10.79.0.100,10.79.0.110,255.255.255.0,10m|" \
    -e "s|^tftp-root=.*|tftp-root=$T_TMP/tftp|" \
    -e "s|^dhcp-boot=tag:ipxe,boot.ipxe|dhcp-boot=tag:ipxe,pxelinux.0|" \
    "$ROOT/pxe/dnsmasq.conf" > "$T_TMP/dnsmasq.conf"
t_bg "$ns" dnsmasq dnsmasq --keep-in-foreground -C "$T_TMP/dnsmasq.conf" --pid-file="$T_TMP/dnsmasq.pid" \
    --dhcp-leasefile="$T_TMP/leases" --log-facility=-
sleep 0.5
vm_start_pxe "$ns" tap0 200
vm_wait_marker 'ROOT-INIT-OK' 190 ||
    { vm_console_tail 30; tail -n 20 "$T_TMP/dnsmasq.log" >&2; t_fail "the pxelinux boot did not reach the root's init"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
grep -q 'sent .*pxelinux.cfg/default' "$T_TMP/dnsmasq.log" || t_fail "pxelinux did not read pxelinux.cfg/default"
grep -aq "iface=$VM_MAC (BOOTIF)" "$VM_LOG" || t_fail "IPAPPEND 2 did not give aoeboot BOOTIF="
boot_check_root "$token" /dev/etherd/e7.3 "$T_TMP/root.img"
t_log "ok: pxelinux.0 -> pxelinux.cfg/default -> aoeboot with BOOTIF -> root e7.3 ($VM_RUN_SECONDS s)"
