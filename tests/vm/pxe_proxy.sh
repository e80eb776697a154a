#!/bin/bash
# PXE with pxe/dnsmasq-proxy.conf: the network already has a DHCP server
# (a plain dnsmasq in its own namespace, no boot options), and the file
# server runs dnsmasq as proxy DHCP + TFTP next to `aoeboot serve`. All on
# one bridge with the VM's tap. iPXE must take its address from the one and
# boot.ipxe from the other, then boot the AoE root (partition, via BOOTIF).
# FIRMWARE (argument or PROXY_FIRMWARE): bios (QEMU's iPXE option ROM asks
# first; default) or uefi (OVMF's own PXE client asks first and must be
# offered snponly.efi).
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
fw=${1:-${PROXY_FIRMWARE:-bios}}
modules=""
case $fw in
    bios) ;;
    uefi) modules="--module virtio_net,virtio_pci";;
    *) t_fail "pxe_proxy: firmware is bios or uefi, not '$fw'";;
esac
t_need dnsmasq mkfs.ext4 debugfs
vm_kernel
srv=$(t_netns ps)     # file server: bridge, tap, aoeboot serve, proxy dnsmasq
dhcp=$(t_netns pd)    # the site's existing DHCP server
ip -n "$srv" link add br0 type bridge
ip -n "$srv" link set br0 up
vm_tap "$srv" tap0
ip -n "$srv" link set tap0 master br0
t_veth "$srv" vsite "$dhcp" eth0
ip -n "$srv" link set vsite master br0
ip -n "$srv" addr add 10.78.0.2/24 dev br0
ip -n "$dhcp" addr add 10.78.0.1/24 dev eth0

boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 40 "$T_TMP/rootfs" part
boot_initramfs "$T_TMP/initrd" ${modules:+"$modules"}
token=tok$T_ID$RANDOM
"$ROOT/pxe/mktftproot.sh" --kernel "$VM_VMLINUZ" --initrd "$T_TMP/initrd" --output "$T_TMP/tftp" \
    --root e7.3p1 --append "rw console=ttyS0 panic=-1 no_timer_check aoe.timeout=30 TOKEN=$token" 2>/dev/null ||
    t_fail "mktftproot.sh failed"
chmod 755 "$T_TMP" "$T_TMP/tftp"
boot_serve "$srv" br0 e7.3 "$T_TMP/root.img"

t_bg "$dhcp" dhcp dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 --bind-interfaces \
    --interface=eth0 --dhcp-range=10.78.0.50,10.78.0.60,255.255.255.0,10m \
    --dhcp-leasefile="$T_TMP/leases" --pid-file="$T_TMP/dhcp.pid" --log-dhcp --log-facility=-
sed -e "s|^interface=.*|interface=br0|" -e "s|^dhcp-range=.*|dhcp-range=10.78.0.0,proxy|" \
    -e "s|^tftp-root=.*|tftp-root=$T_TMP/tftp|" "$ROOT/pxe/dnsmasq-proxy.conf" > "$T_TMP/proxy.conf"
t_bg "$srv" proxy dnsmasq --keep-in-foreground -C "$T_TMP/proxy.conf" --pid-file="$T_TMP/proxy.pid" \
    --log-facility=-
sleep 0.5
if [ "$fw" = uefi ]; then VM_MEM=512M vm_start_uefi "$srv" tap0 200; else vm_start_pxe "$srv" tap0 200; fi
vm_wait_marker 'ROOT-INIT-OK' 190 ||
    { vm_console_tail 30; tail -n 20 "$T_TMP/proxy.log" >&2; t_fail "the PXE boot via proxy DHCP did not reach the root's init"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
# The site's range is 10.78.0.50-60 (which one dnsmasq hands out follows the MAC).
grep -Eq 'DHCPACK.* 10\.78\.0\.(5[0-9]|60) ' "$T_TMP/dhcp.log" ||
    t_fail "the address did not come from the site's DHCP server: $(grep DHCPACK "$T_TMP/dhcp.log")"
grep -qi 'proxy' "$T_TMP/proxy.log" || t_fail "the proxy dnsmasq did not answer"
if [ "$fw" = uefi ]; then
    grep -q 'PXEClient:Arch:00007' "$T_TMP/proxy.log" || t_fail "OVMF's PXE client (arch 7) never asked the proxy"
    grep -q 'sent .*/snponly.efi' "$T_TMP/proxy.log" || t_fail "the proxy did not give UEFI snponly.efi"
fi
boot_check_root "$token" /dev/etherd/e7.3p1 "$T_TMP/root.img" part
t_log "ok ($fw): address from the site DHCP, boot.ipxe from the proxy, root e7.3p1 ($VM_RUN_SECONDS s)"
