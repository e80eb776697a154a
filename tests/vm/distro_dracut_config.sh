#!/bin/bash
# dracut/95aoeboot in dracut's systemd flow with the kernel aoe driver (the
# default mode), the root chosen by its config string: root=aoe:config=node12.
# (The shell flow: distro_dracut.sh; the systemd flow with aoe.mode=nbd:
# distro_dracut_nbd.sh.) Two exports of different disks on the segment, one
# `aoeboot serve --config-string` each on the same host (as boot_config.sh):
# the decoy e7.3 (config string "decoy") and e7.4 (config string "node12").
# The cmdline hook turns root=aoe:config=...
# into root=block:/dev/aoeboot-root; the initqueue job (aoeboot root in hook
# mode) finds e7.4 by its config string, hands it to the kernel aoe driver
# and has udev link /dev/aoeboot-root to /dev/etherd/e7.4, the .device unit
# our generator's sysroot.mount waits on; systemd mounts it and switch_roots
# into the root's own init, which must report /dev/etherd/e7.4 and leave the
# token there. The decoy must come out byte for byte unchanged.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
. "$(dirname "$0")/lib-distro.sh"
t_need mkfs.ext4 debugfs
vm_kernel
[ -x /usr/lib/systemd/systemd ] || [ -x /lib/systemd/systemd ] || t_skip "no systemd on this host for dracut's systemd flow"
distro_dracut_image "$T_TMP/initrd" "$DISTRO_DRACUT_SYSTEMD"
distro_list "$T_TMP/initrd" > "$T_TMP/files.txt"
distro_expect_files "$T_TMP/files.txt" ' usr/sbin/aoeboot$' ' usr/sbin/aoeboot-root$' \
    'hooks/cmdline/90-parse-aoeboot\.sh$' 'system-generators/dracut-aoeboot-generator$' \
    '/drivers/block/aoe/aoe\.ko' '/e1000\.ko' ' usr/lib/systemd/systemd$' 'dracut-initqueue\.service$'
t_log "dracut image (systemd flow): $(stat -c %s "$T_TMP/initrd") bytes, $(wc -l < "$T_TMP/files.txt") entries"

ns=$(t_netns dc)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
# systemctl switch-root refuses a tree without os-release.
printf 'NAME=aoeboot-test\nID=aoeboot-test\n' > "$T_TMP/rootfs/etc/os-release"
boot_image "$T_TMP/root.img" 32 "$T_TMP/rootfs"
# The decoy is a different disk (its own filesystem, its own label), so a
# mount of the wrong export cannot pass for the right one.
boot_image "$T_TMP/decoy.img" 24 "$T_TMP/rootfs"
sum=$(md5sum < "$T_TMP/decoy.img")
token=tok$T_ID$RANDOM
# Both answer discovery (the kernel aoe driver makes /dev/etherd/e7.3 too):
# only the config string tells them apart.
boot_serve "$ns" tap0 e7.3 "$T_TMP/decoy.img" --config-string decoy
boot_serve "$ns" tap0 e7.4 "$T_TMP/root.img" --config-string node12
VM_MEM=512M vm_start "$ns" tap0 "$T_TMP/initrd" \
    "root=aoe:config=node12 aoe.timeout=60 rw rd.shell=0 rd.retry=120 TOKEN=$token" 300
vm_wait_marker 'ROOT-INIT-OK|Boot has failed' 280 || { vm_console_tail 60; t_fail "the root's init did not run"; }
grep -aq 'ROOT-INIT-OK' "$VM_LOG" || { vm_console_tail 60; t_fail "dracut's boot failed before the root's init"; }
vm_wait_exit 60 || t_fail "the VM did not power off"
grep -aqE 'systemd\[1\]|Reached target' "$VM_LOG" || t_fail "the console shows no systemd: was dracut's systemd flow used?"
grep -aq 'found e7.4 .*config "node12"' "$VM_LOG" || t_fail "discovery did not report e7.4 by its config string"
[ "$(grep -acE 'aoeboot: attempt [0-9]+ of' "$VM_LOG")" = 1 ] ||
    t_fail "want exactly one attach attempt: $(grep -aE 'aoeboot: attempt' "$VM_LOG" | tr -d '\r')"
# The .device unit sysroot.mount waits on exists only if udev made the link.
grep -aq 'udev did not link' "$VM_LOG" && t_fail "udev did not link /dev/aoeboot-root to /dev/etherd/e7.4"
boot_check_root "$token" /dev/etherd/e7.4 "$T_TMP/root.img"
[ "$(md5sum < "$T_TMP/decoy.img")" = "$sum" ] || t_fail "the decoy export e7.3 was written to"
got=$(boot_read_token "$T_TMP/decoy.img")
[ -z "$got" ] || t_fail "the decoy holds a token: '$got'"
t_log "ok: dracut (systemd flow) + 95aoeboot, root=aoe:config=node12 booted from e7.4 through the kernel aoe driver, decoy e7.3 untouched ($VM_RUN_SECONDS s)"
