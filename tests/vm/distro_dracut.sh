#!/bin/bash
# dracut/95aoeboot end to end, in dracut's shell flow (no systemd in the
# image) with the kernel aoe driver (the systemd flow and the NBD bridge:
# distro_dracut_nbd.sh). Debian's dracut builds an initramfs for the
# cached Debian kernel with the aoeboot module; the image must hold aoeboot,
# aoe.ko, the NIC driver and our hooks; then QEMU boots it with root=aoe:e7.3
# against `aoeboot serve`, started only after a first attempt has failed:
# dracut's init runs our cmdline hook, the initqueue
# job (aoeboot root in hook mode) attaches e7.3 through the kernel aoe
# driver, rootfs-block mounts /dev/etherd/e7.3 and dracut switch_roots into
# the root's own init, which leaves a token on the root filesystem.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
. "$(dirname "$0")/lib-distro.sh"
t_need mkfs.ext4 debugfs
vm_kernel
distro_dracut_image "$T_TMP/initrd"
distro_list "$T_TMP/initrd" > "$T_TMP/files.txt"
distro_expect_files "$T_TMP/files.txt" ' usr/sbin/aoeboot$' ' usr/sbin/aoeboot-root$' \
    'hooks/cmdline/90-parse-aoeboot\.sh$' '/drivers/block/aoe/aoe\.ko' '/drivers/block/nbd\.ko' \
    '/e1000\.ko' '/ext4\.ko' ' etc/aoeboot/modules$' 'hooks/mount/99-mount-root\.sh$'
t_log "dracut image: $(stat -c %s "$T_TMP/initrd") bytes, $(wc -l < "$T_TMP/files.txt") entries"

ns=$(t_netns dd)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 32 "$T_TMP/rootfs"
token=tok$T_ID$RANDOM
# The target starts late: the first attempt (queued by our udev rule when
# eth0 appears) fails after aoe.timeout=8; the settled job tries again, now
# with the target up. rd.shell=0: a failure ends the boot (panic=-1,
# -no-reboot) instead of waiting in an emergency shell until the timeout.
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e7.3 aoe.timeout=8 aoe.retries=3 rw rd.shell=0 TOKEN=$token" 240
vm_wait_marker 'aoeboot: attempt 1 of 3 failed' 150 ||
    { vm_console_tail 40; t_fail "the first attempt, with no target yet, did not fail as expected"; }
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
vm_wait_marker 'ROOT-INIT-OK|Boot has failed|Kernel panic' 120 || { vm_console_tail 40; t_fail "the root's init did not run"; }
grep -aq 'ROOT-INIT-OK' "$VM_LOG" || { vm_console_tail 40; t_fail "dracut's boot failed before the root's init"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
grep -aq 'dracut' "$VM_LOG" || t_fail "the console shows no dracut messages: was dracut's init used?"
# Attempt 1 was queued by our udev rule on the NIC's "add" event; after it
# failed, the settled fallback made attempt 2, which attached.
grep -aqE 'aoeboot: attempt 1 of 3 \(eth0 appeared\)' "$VM_LOG" ||
    t_fail "the attach was not queued by the udev rule on eth0's add event"
grep -aqE 'aoeboot: attempt 2 of 3 \(udev settled\)' "$VM_LOG" ||
    t_fail "the failed attempt was not retried by the settled job: $(grep -aE 'aoeboot: attempt' "$VM_LOG" | tr -d '\r')"
grep -aqE 'aoeboot: attempt 3 of' "$VM_LOG" && t_fail "a third attempt ran after attempt 2 should have attached"
boot_check_root "$token" /dev/etherd/e7.3 "$T_TMP/root.img"
t_log "ok: dracut + 95aoeboot booted from e7.3 served by aoeboot serve ($VM_RUN_SECONDS s)"
