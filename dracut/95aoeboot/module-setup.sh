#!/bin/bash
# dracut module: the root filesystem on an ATA over Ethernet export, through
# aoeboot (root=aoe:eX.Y, root=aoe:eX.YpN, root=aoe:config=STRING,
# root=aoe:abft[pN]), and any root= on the disk an iPXE sanboot named in its
# aBFT (the distribution installed on an AoE disk).
#
# Knobs (set them in a dracut.conf.d file; dracut sources it as shell):
#   aoeboot_binary=PATH     the static aoeboot to install (default: aoeboot in PATH)
#   aoeboot_drivers="..."   NIC (and filesystem) modules to install AND have
#                           aoeboot load itself at boot, e.g. "e1000e ext4".
#                           Default: hostonly -> the drivers of this host's NICs,
#                           generic -> every Ethernet driver (loaded by udev).

aoeboot_bin() {
    if [[ $aoeboot_binary ]]; then
        echo "$aoeboot_binary"
    else
        find_binary aoeboot
    fi
}

# called by dracut
check() {
    local _bin
    _bin=$(aoeboot_bin)
    if ! [[ -x $_bin ]]; then
        derror "95aoeboot: no aoeboot binary (install it in PATH or set aoeboot_binary=PATH)"
        return 1
    fi
    # hostonly: only when this machine's root is itself on AoE.
    if [[ $hostonly ]]; then
        local _dev
        for _dev in "${!host_fs_types[@]}"; do
            [[ $(readlink -f "$_dev") == /dev/etherd/* ]] && return 0
        done
    fi
    # Otherwise only when asked for (--add aoeboot, add_dracutmodules+=" aoeboot ").
    return 255
}

# called by dracut
depends() {
    # rootfs-block mounts root=block:DEV once the device exists (shell
    # flow; in the systemd flow our generator's sysroot.mount does). No
    # network module: aoeboot brings the NIC up itself over netlink and needs
    # no IP; 40network would run DHCP for a netroot or rd.neednet=1.
    echo rootfs-block
    return 0
}

# called by dracut
installkernel() {
    # nbd for aoe.mode=nbd (the userspace initiator behind the kernel nbd driver).
    hostonly='' instmods aoe nbd
    if [[ $aoeboot_drivers ]]; then
        hostonly='' instmods $aoeboot_drivers
    elif [[ $hostonly ]]; then
        local _m
        for _m in /sys/class/net/*/device/driver/module; do
            [[ -e $_m ]] && hostonly='' instmods "$(basename "$(readlink -f "$_m")")"
        done
    else
        instmods =drivers/net/ethernet
    fi
    return 0
}

# called by dracut
install() {
    local _bin
    _bin=$(aoeboot_bin)
    # Static (musl): nothing else to copy, so inst_simple rather than inst_binary.
    inst_simple "$_bin" /usr/sbin/aoeboot || return 1
    inst_hook cmdline 90 "$moddir/parse-aoeboot.sh"
    inst_script "$moddir/aoeboot-root.sh" /sbin/aoeboot-root
    if dracut_module_included "systemd"; then
        # systemd mounts the root itself (sysroot.mount), and its fstab
        # generator cannot read root=aoe:: ours writes the unit that can.
        inst_script "$moddir/aoeboot-generator.sh" "$systemdutildir/system-generators/dracut-aoeboot-generator"
    fi
    if [[ $aoeboot_drivers ]]; then
        # aoeboot root loads these itself (finit_module), with their
        # dependencies, before it looks for a link: no race with udev.
        mkdir -p "$initdir/etc/aoeboot"
        printf '%s\n' $aoeboot_drivers > "$initdir/etc/aoeboot/modules"
    fi
    # No cleanup (pre-pivot) hook: the aoe driver keeps serving the root,
    # and with aoe.mode=nbd the bridge must outlive switch_root (it runs as
    # "@aoeboot-nbd", which systemd's killing at switch_root and shutdown
    # spares). The udev rules written at boot vanish with the initramfs.
    dracut_need_initqueue
}
