#!/bin/bash
# UEFI with Secure Boot enforcing (OVMF with Microsoft's keys enrolled): the
# firmware's own PXE client gets Debian's signed shim (the machine is tagged
# "secureboot" as pxe/dnsmasq.conf says), shim loads Debian's signed netboot
# GRUB, GRUB reads grub/grub.cfg and boots Debian's signed kernel with the
# aoeboot initramfs; the kernel runs locked down and aoeboot must still load
# its (signed) modules and boot the AoE root with the kernel aoe driver.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need dnsmasq mkfs.ext4 debugfs
for f in /usr/lib/shim/shimx64.efi.signed /usr/lib/grub/x86_64-efi-signed/grubnetx64.efi.signed; do
    [ -f "$f" ] || t_skip "no $f (packages shim-signed, grub-efi-amd64-signed)"
done
vm_kernel
ns=$(t_netns sb)
vm_tap "$ns" tap0
ip -n "$ns" addr add 10.82.0.1/24 dev tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 40 "$T_TMP/rootfs"
boot_initramfs "$T_TMP/initrd" "--module virtio_net,virtio_pci"
token=tok$T_ID$RANDOM
"$ROOT/pxe/mktftproot.sh" --kernel "$VM_VMLINUZ" --initrd "$T_TMP/initrd" --output "$T_TMP/tftp" \
    --root e7.3 --append "rw console=ttyS0 panic=-1 no_timer_check aoe.timeout=60 TOKEN=$token" \
    2>/dev/null || t_fail "mktftproot.sh failed"
chmod 755 "$T_TMP" "$T_TMP/tftp"
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
sed -e "s|^interface=.*|interface=tap0|" \
    -e "s|^dhcp-range=.*|dhcp-range=10.82.0.100,10.82.0.110,255.255.255.0,10m|" \
    -e "s|^tftp-root=.*|tftp-root=$T_TMP/tftp|" \
    -e "s|^#dhcp-host=52:54:00:12:34:56,set:secureboot|dhcp-host=$VM_MAC,set:secureboot|" \
    "$ROOT/pxe/dnsmasq.conf" > "$T_TMP/dnsmasq.conf"
grep -q "^dhcp-host=$VM_MAC,set:secureboot" "$T_TMP/dnsmasq.conf" ||
    t_fail "pxe/dnsmasq.conf lost its secureboot dhcp-host example line"
t_bg "$ns" dnsmasq dnsmasq --keep-in-foreground -C "$T_TMP/dnsmasq.conf" --pid-file="$T_TMP/dnsmasq.pid" \
    --dhcp-leasefile="$T_TMP/leases" --log-facility=-
sleep 0.5
VM_MEM=512M vm_start_uefi "$ns" tap0 360 secureboot
vm_wait_marker 'ROOT-INIT-OK' 350 ||
    { vm_console_tail 30; tail -n 20 "$T_TMP/dnsmasq.log" >&2; t_fail "the Secure Boot PXE boot did not reach the root's init"; }
vm_wait_exit 60 || t_fail "the VM did not power off"
for f in shimx64.efi grubx64.efi grub.cfg vmlinuz initrd.img; do
    grep -q "sent .*/$f" "$T_TMP/dnsmasq.log" || t_fail "TFTP never sent $f"
done
grep -q 'sent .*snponly.efi' "$T_TMP/dnsmasq.log" && t_fail "a Secure Boot machine was given unsigned iPXE"
grep -aq 'secureboot: Secure boot enabled' "$VM_LOG" || t_fail "the guest kernel does not report Secure Boot on"
grep -aqi 'locked down' "$VM_LOG" || t_fail "the guest kernel is not in lockdown"
grep -aq "iface=$VM_MAC (BOOTIF)" "$VM_LOG" || t_fail "grub.cfg did not give aoeboot BOOTIF="
boot_check_root "$token" /dev/etherd/e7.3 "$T_TMP/root.img"
t_log "ok: Secure Boot: OVMF PXE -> shim -> GRUB -> signed kernel (locked down) -> aoeboot -> root ($VM_RUN_SECONDS s)"
