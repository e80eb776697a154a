# The AoE-only boot (sourced after lib-vm.sh and lib-boot.sh): iPXE
# `sanboot aoe:e7.3` from pxe/sanboot.ipxe, the disk image made by
# pxe/mksanimage.sh holding the boot loader, kernel and initramfs; the only
# TFTP file is the iPXE script (and snponly.efi under UEFI). The initramfs
# finds e7.3p2 through the aBFT (root=aoe:abftp2: no address, no BOOTIF on
# the command line); the root's init also runs `aoeboot abft` and keeps the
# table's bytes in /abft.bin, which the test reads back (and which were
# recorded as tests/fixtures/abft-*.bin).
#
#   sanboot_run FIRMWARE INITRD      FIRMWARE: bios (SeaBIOS + the NIC's iPXE
#                                    ROM) or uefi (OVMF PXE -> snponly.efi);
#                                    INITRD: a file, or "aoeboot" to build the
#                                    standalone one. The root is on
#                                    e7.3p2, the root-path comes from DHCP.
#   SANBOOT_ROOT: the root= on the disk's kernel line (root=aoe:abftp2); with
#   SANBOOT_ROOT_UUID the root partition gets that ext4 UUID (for
#   root=UUID=..., as an installed distribution's command line has);
#   SANBOOT_DEV: the root device the root's init must report.
#   SANBOOT_SECS bounds the VM (300 s); SANBOOT_KEEP_LOG=FILE keeps the console,
#   SANBOOT_RECORD=FILE the table (how tests/fixtures/abft/*.bin were made).
#   Afterwards: SANBOOT_ABFT (the guest's `aoeboot abft` line), $T_TMP/abft.bin

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    echo "lib-sanboot.sh: helpers sourced by tests/vm/sanboot_*.sh, not a test" >&2
    exit 77
fi

sanboot_run() {
    local fw=$1 initrd=$2 ns token secs=${SANBOOT_SECS:-300} net=10.$(( 90 + RANDOM % 9 )).0
    t_need dnsmasq mkfs.ext4 debugfs mkfs.fat mcopy
    [ "$fw" = bios ] && t_need syslinux
    [ "$fw" = uefi ] && { t_need grub-mkstandalone
        [ -f /usr/lib/ipxe/snponly.efi ] || t_skip "no /usr/lib/ipxe/snponly.efi (package ipxe)"; }
    vm_kernel
    ns=$(t_netns sb)
    vm_tap "$ns" tap0
    ip -n "$ns" addr add $net.1/24 dev tap0
    boot_rootfs_dir "$T_TMP/rootfs"
    # The root's init also reports the aBFT it can see (static aoeboot).
    cp "$AOEBOOT" "$T_TMP/rootfs/sbin/aoeboot"
    sed -i 's|^mount -o remount,rw / .*|&\necho "ABFT-SEEN $(/sbin/aoeboot abft --raw /abft.bin 2>\&1)"|' \
        "$T_TMP/rootfs/sbin/init"
    grep -q ABFT-SEEN "$T_TMP/rootfs/sbin/init" || t_fail "could not add the aBFT report to the root's init"
    if [ "$initrd" = aoeboot ]; then
        initrd=$T_TMP/initrd
        boot_initramfs "$initrd" "--module virtio_net,virtio_pci"
    fi
    token=tok$T_ID$RANDOM
    "$ROOT/pxe/mksanimage.sh" --kernel "$VM_VMLINUZ" --initrd "$initrd" --rootfs "$T_TMP/rootfs" \
        --output "$T_TMP/disk.img" --root-mb 40 ${SANBOOT_ROOT_UUID:+--root-uuid "$SANBOOT_ROOT_UUID"} \
        --append "${SANBOOT_ROOT:-root=aoe:abftp2} rw console=ttyS0 panic=-1 no_timer_check aoe.timeout=60 rd.shell=0 TOKEN=$token" \
        2> "$T_TMP/mksanimage.log" || { cat "$T_TMP/mksanimage.log" >&2; t_fail "mksanimage.sh failed"; }
    mkdir -p "$T_TMP/tftp"
    cp "$ROOT/pxe/sanboot.ipxe" "$T_TMP/tftp/"
    [ "$fw" = uefi ] && cp /usr/lib/ipxe/snponly.efi "$T_TMP/tftp/"
    chmod -R a+rX "$T_TMP/tftp"; chmod 755 "$T_TMP"
    boot_serve "$ns" tap0 e7.3 "$T_TMP/disk.img"
    # pxe/dnsmasq.conf with its commented sanboot lines in force for every
    # client: iPXE gets sanboot.ipxe, the disk comes as the root-path.
    sed -e "s|^interface=.*|interface=tap0|" \
        -e "s|^dhcp-range=.*|dhcp-range=$net.100,$net.110,255.255.255.0,10m|" \
        -e "s|^tftp-root=.*|tftp-root=$T_TMP/tftp|" \
        -e "s|^dhcp-boot=tag:ipxe,boot.ipxe|#&|" \
        -e "s|^#dhcp-option=tag:sanboot,|dhcp-option=|" \
        -e "s|^#dhcp-boot=tag:ipxe,tag:sanboot,|dhcp-boot=tag:ipxe,|" \
        "$ROOT/pxe/dnsmasq.conf" > "$T_TMP/dnsmasq.conf"
    grep -q '^dhcp-option=option:root-path,"aoe:e7.3"' "$T_TMP/dnsmasq.conf" ||
        t_fail "pxe/dnsmasq.conf has no sanboot root-path example to enable"
    t_bg "$ns" dnsmasq dnsmasq --keep-in-foreground -C "$T_TMP/dnsmasq.conf" --pid-file="$T_TMP/dnsmasq.pid" \
        --dhcp-leasefile="$T_TMP/leases" --log-facility=-
    sleep 0.5
    if [ "$fw" = bios ]; then
        vm_start_pxe "$ns" tap0 $secs
    else
        VM_MEM=512M vm_start_uefi "$ns" tap0 $secs
    fi
    vm_wait_marker 'ROOT-INIT-OK|Kernel panic|Boot has failed' $(( secs - 10 )) || true
    [ -n "${SANBOOT_KEEP_LOG:-}" ] && cp "$VM_LOG" "$SANBOOT_KEEP_LOG"
    grep -aq 'ROOT-INIT-OK' "$VM_LOG" ||
        { vm_console_tail 40; tail -n 15 "$T_TMP/dnsmasq.log" >&2; t_fail "the $fw sanboot did not reach the root's init"; }
    vm_wait_exit 60 || t_fail "the VM did not power off"
    grep -q 'sent .*/sanboot.ipxe' "$T_TMP/dnsmasq.log" || t_fail "iPXE did not fetch sanboot.ipxe"
    grep -E 'sent .*(vmlinuz|initrd)' "$T_TMP/dnsmasq.log" && t_fail "a kernel or initramfs came over TFTP"
    grep -aq 'sanboot aoe:e7.3' "$VM_LOG" || t_fail "sanboot.ipxe did not take the disk from the DHCP root-path"
    SANBOOT_ABFT=$(grep -a 'ABFT-SEEN' "$VM_LOG" | tr -d '\r' | head -n1)
    echo "$SANBOOT_ABFT" | grep -q "ABFT-SEEN e7.3 via $VM_MAC " ||
        t_fail "the booted system's aBFT does not name e7.3 via $VM_MAC: $SANBOOT_ABFT"
    dd if="$T_TMP/disk.img" of="$T_TMP/p2.img" bs=512 skip="$(sanboot_p2_start "$T_TMP/disk.img")" status=none
    debugfs -R "dump /abft.bin $T_TMP/abft.bin" "$T_TMP/p2.img" 2>/dev/null
    [ -n "${SANBOOT_RECORD:-}" ] && cp "$T_TMP/abft.bin" "$SANBOOT_RECORD"
    "$AOEBOOT" abft --file "$T_TMP/abft.bin" | grep -q "^e7.3 via $VM_MAC " ||
        t_fail "the table the guest saw does not decode on the host to e7.3 via $VM_MAC"
    local got; got=$(debugfs -R "cat /booted-by-aoeboot" "$T_TMP/p2.img" 2>/dev/null)
    [ "$got" = "token=$token dev=$SANBOOT_DEV" ] ||
        t_fail "the root partition holds '$got', want 'token=$token dev=$SANBOOT_DEV'"
    grep -a 'ROOT-INIT-OK' "$VM_LOG" | grep -q "dev=$SANBOOT_DEV " ||
        t_fail "the root's init did not run from $SANBOOT_DEV"
    grep -aq "token=$token" "$VM_LOG" || t_fail "the token did not reach the real init's environment"
    grep -a 'phase timings' "$VM_LOG" | tr -d '\r' | sed 's/^.*aoeboot: /  /' >&2 || true
}

# The start sector of partition 2 from the image's MBR.
sanboot_p2_start() {
    od -An -t u4 -j $(( 446 + 16 + 8 )) -N 4 "$1" | tr -d ' '
}
SANBOOT_DEV=${SANBOOT_DEV:-/dev/etherd/e7.3p2}
