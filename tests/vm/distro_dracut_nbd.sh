#!/bin/bash
# dracut/95aoeboot through the NBD bridge, in both of dracut's flows (the
# kernel aoe driver: distro_dracut.sh (shell flow) and distro_dracut_config.sh
# (systemd flow)). Debian's dracut builds two images with the aoeboot module:
# one with systemd as its PID 1 (systemd, systemd-initrd, dracut-systemd) and
# one with dracut's shell init. QEMU boots each with root=aoe:e7.3
# aoe.mode=nbd against `aoeboot serve`: the udev rule our cmdline hook wrote
# queues the attach when the NIC appears, the initqueue runs it (aoeboot root
# in hook mode starts the bridge on /dev/nbd0), dracut mounts it (systemd
# flow: the sysroot.mount our generator wrote), and dracut switch_roots into
# the root's own init. That init must find the bridge alive (systemd kills
# what is left of the initramfs at switch_root, except argv[0] '@...'),
# OOM-exempt, write a payload and a token through it, and power off cleanly.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
. "$(dirname "$0")/lib-distro.sh"
t_need mkfs.ext4 debugfs e2fsck
vm_kernel
[ -x /usr/lib/systemd/systemd ] || [ -x /lib/systemd/systemd ] || t_skip "no systemd on this host for dracut's systemd flow"
distro_dracut_image "$T_TMP/initrd-systemd" "$DISTRO_DRACUT_SYSTEMD"
distro_list "$T_TMP/initrd-systemd" > "$T_TMP/files.txt"
distro_expect_files "$T_TMP/files.txt" ' usr/sbin/aoeboot$' ' usr/sbin/aoeboot-root$' \
    'hooks/cmdline/90-parse-aoeboot\.sh$' 'system-generators/dracut-aoeboot-generator$' \
    '/drivers/block/nbd\.ko' '/e1000\.ko' ' usr/lib/systemd/systemd$' 'dracut-initqueue\.service$'
t_log "dracut image (systemd flow): $(stat -c %s "$T_TMP/initrd-systemd") bytes, $(wc -l < "$T_TMP/files.txt") entries"
distro_dracut_image "$T_TMP/initrd-shell"
distro_list "$T_TMP/initrd-shell" > "$T_TMP/files-shell.txt"
grep -q ' usr/lib/systemd/systemd$' "$T_TMP/files-shell.txt" && t_fail "the shell-flow image holds systemd"

ns=$(t_netns dn)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_nbd_init "$T_TMP/rootfs"
# systemctl switch-root refuses a tree without os-release ("does not seem to
# be an OS tree"): every real root has one.
printf 'NAME=aoeboot-test\nID=aoeboot-test\n' > "$T_TMP/rootfs/etc/os-release"
boot_image "$T_TMP/root.img" 48 "$T_TMP/rootfs"
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
for flow in systemd shell; do
    token=tok$T_ID$RANDOM
    VM_LOG=$T_TMP/console-$flow.log
    # rd.shell=0: a failure ends the boot (panic=-1, -no-reboot) instead of
    # waiting in an emergency shell until the timeout. systemd in TCG is
    # slow: the bounds are wider than for the shell flow alone.
    VM_MEM=512M vm_start "$ns" tap0 "$T_TMP/initrd-$flow" \
        "root=aoe:e7.3 aoe.mode=nbd aoe.timeout=60 rw rd.shell=0 rd.retry=120 TOKEN=$token" 300
    # With rd.shell=0 a failed systemd boot loops in dracut-emergency: stop at its first line.
    vm_wait_marker 'ROOT-INIT-OK|Boot has failed' 280 || { vm_console_tail 60; t_fail "$flow flow: the root's init did not run"; }
    grep -aq 'ROOT-INIT-OK' "$VM_LOG" || { vm_console_tail 60; t_fail "$flow flow: dracut's boot failed before the root's init"; }
    vm_wait_exit 60 || t_fail "$flow flow: the VM did not power off"
    if [ $flow = systemd ]; then
        grep -aqE 'systemd\[1\]|Reached target' "$VM_LOG" || t_fail "the console shows no systemd: was dracut's systemd flow used?"
    else
        grep -aqE 'systemd\[1\]' "$VM_LOG" && t_fail "systemd ran in the shell-flow image"
    fi
    # One attempt, queued by our udev rule on the NIC's "add" event (not the
    # settled fallback).
    grep -aqE 'aoeboot: attempt 1 of [0-9]+ \(eth0 appeared\)' "$VM_LOG" ||
        t_fail "$flow flow: the attach was not queued by the udev rule on eth0's add event"
    [ "$(grep -acE 'aoeboot: attempt [0-9]+ of' "$VM_LOG")" = 1 ] ||
        t_fail "$flow flow: want exactly one attach attempt: $(grep -aE 'aoeboot: attempt' "$VM_LOG" | tr -d '\r')"
    boot_check_root "$token" /dev/nbd0 "$T_TMP/root.img"
    boot_check_nbd_bridge "@aoeboot-nbd nbd e7.3 /dev/nbd0 --root" "$T_TMP/root.img"
    t_log "ok: dracut ($flow flow) + 95aoeboot booted e7.3 through the NBD bridge ($BOOT_BRIDGE), payload and token on the target ($VM_RUN_SECONDS s)"
done
