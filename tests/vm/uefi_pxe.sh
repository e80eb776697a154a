#!/bin/bash
# UEFI network boot as on a machine bought today: OVMF's own PXE client (the
# NIC has no option ROM) gets snponly.efi from pxe/dnsmasq.conf by its client
# architecture (7), iPXE's EFI build then asks again as iPXE and gets
# boot.ipxe, which loads the kernel and the aoeboot initramfs over TFTP;
# aoeboot boots the AoE root. MODE (argument or UEFI_MODE): kernel (the aoe
# driver, default) or nbd (aoe.mode=nbd, the NBD bridge).
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
mode=${1:-${UEFI_MODE:-kernel}}
t_need dnsmasq mkfs.ext4 debugfs
[ -f /usr/lib/ipxe/snponly.efi ] || t_skip "no /usr/lib/ipxe/snponly.efi (package ipxe)"
vm_kernel
ns=$(t_netns ue)
vm_tap "$ns" tap0
ip -n "$ns" addr add 10.81.0.1/24 dev tap0
boot_rootfs_dir "$T_TMP/rootfs"
extra="" dev=/dev/etherd/e7.3
if [ "$mode" = nbd ]; then
    boot_nbd_init "$T_TMP/rootfs"; extra="aoe.mode=nbd" dev=/dev/nbd0
fi
boot_image "$T_TMP/root.img" 40 "$T_TMP/rootfs"
boot_initramfs "$T_TMP/initrd" "--module virtio_net,virtio_pci${extra:+,nbd}"
token=tok$T_ID$RANDOM
"$ROOT/pxe/mktftproot.sh" --kernel "$VM_VMLINUZ" --initrd "$T_TMP/initrd" --output "$T_TMP/tftp" \
    --root e7.3 --append "rw console=ttyS0 panic=-1 no_timer_check aoe.timeout=60 $extra TOKEN=$token" \
    2>/dev/null || t_fail "mktftproot.sh failed"
chmod 755 "$T_TMP" "$T_TMP/tftp"
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
sed -e "s|^interface=.*|interface=tap0|" \
    -e "s|^dhcp-range=.*|dhcp-range=10.81.0.100,10.81.0.110,255.255.255.0,10m|" \
    -e "s|^tftp-root=.*|tftp-root=$T_TMP/tftp|" \
    "$ROOT/pxe/dnsmasq.conf" > "$T_TMP/dnsmasq.conf"
t_bg "$ns" dnsmasq dnsmasq --keep-in-foreground -C "$T_TMP/dnsmasq.conf" --pid-file="$T_TMP/dnsmasq.pid" \
    --dhcp-leasefile="$T_TMP/leases" --log-facility=-
sleep 0.5
VM_MEM=512M vm_start_uefi "$ns" tap0 300
vm_wait_marker 'ROOT-INIT-OK' 290 ||
    { vm_console_tail 30; tail -n 20 "$T_TMP/dnsmasq.log" >&2; t_fail "the UEFI PXE boot did not reach the root's init"; }
vm_wait_exit 60 || t_fail "the VM did not power off"
grep -q 'PXEClient:Arch:00007' "$T_TMP/dnsmasq.log" ||
    t_fail "the first DHCP request was not OVMF's UEFI PXE client (arch 7)"
grep -q 'sent .*/snponly.efi' "$T_TMP/dnsmasq.log" || t_fail "the firmware was not given snponly.efi"
grep -q 'sent .*/boot.ipxe' "$T_TMP/dnsmasq.log" || t_fail "iPXE EFI did not fetch boot.ipxe"
grep -q 'sent .*pxelinux' "$T_TMP/dnsmasq.log" && t_fail "a UEFI machine was given pxelinux"
grep -aq 'efi' <(grep -a 'aoeboot: loading vmlinuz' "$VM_LOG") || t_fail "boot.ipxe did not run on iPXE's EFI platform"
grep -aq "iface=$VM_MAC (BOOTIF)" "$VM_LOG" || t_fail "boot.ipxe did not give aoeboot BOOTIF="
boot_check_root "$token" "$dev" "$T_TMP/root.img"
[ "$mode" = nbd ] && boot_check_nbd_bridge "@aoeboot-nbd nbd e7.3 /dev/nbd0 --root" "$T_TMP/root.img"
t_log "ok: UEFI firmware PXE -> snponly.efi -> boot.ipxe -> aoeboot ($mode) -> root $dev ($VM_RUN_SECONDS s)"
