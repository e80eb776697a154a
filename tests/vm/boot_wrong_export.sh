#!/bin/bash
# A root that is not on the segment (root=aoe:e9.9 while only e7.3 is
# served): the bootstrap must fail within aoe.timeout with a message naming
# what it looked for, where, and what did answer, then give up and reboot
# (QEMU exits: -no-reboot). It must not hang and must not boot.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need mkfs.ext4
vm_kernel
ns=$(t_netns bw)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 16 "$T_TMP/rootfs"
boot_initramfs "$T_TMP/initrd"
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img" --config-string rack1
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e9.9 aoe.timeout=6 aoe.retries=1" 120
vm_wait_marker 'Run /init' 60 || { vm_console_tail; t_fail "the kernel did not start /init"; }
t_init=$(date +%s%N)
vm_wait_marker 'giving up' 40 || { vm_console_tail 30; t_fail "no failure message within 40 s"; }
secs=$(( ($(date +%s%N) - t_init) / 1000000000 ))
grep -aqE 'e9.9 did not answer on eth0 within [0-9]+ s; targets that did answer: e7.3 \(config "rack1"\)' "$VM_LOG" ||
    { vm_console_tail 30; t_fail "the failure message does not say what was tried and seen"; }
grep -aq 'ROOT-INIT-OK' "$VM_LOG" && t_fail "it booted from something"
[ $secs -le 20 ] || t_fail "failing took $secs s for aoe.timeout=6"
vm_wait_exit 30 || t_fail "the VM did not reboot after giving up"
grep -a 'aoeboot: error' "$VM_LOG" | tr -d '\r' | sed 's/^/  /' >&2
t_log "ok: clear failure $secs s after /init started, then reboot"
