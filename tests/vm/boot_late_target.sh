#!/bin/bash
# The target comes up 10 s after the VM: the bootstrap keeps discovering with
# bounded backoff, says on the console what it is waiting for, and boots as
# soon as the export answers.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
t_need mkfs.ext4 debugfs
vm_kernel
ns=$(t_netns bl)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 32 "$T_TMP/rootfs"
boot_initramfs "$T_TMP/initrd"
token=tok$T_ID$RANDOM
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e7.3 aoe.timeout=40 rw TOKEN=$token" 150
# Start the target 10 s after the VM, and at least 4 s into the discovery
# (the VM may take most of 10 s to reach /init when the machine is busy).
vm_wait_marker 'waiting for e7.3 on eth0' 60 || { vm_console_tail; t_fail "no 'waiting for' message"; }
sleep 4
while [ $(( $(date +%s%N) - VM_STARTED )) -lt 10000000000 ]; do sleep 0.2; done
grep -aq 'ROOT-INIT-OK' "$VM_LOG" && t_fail "booted before the target existed?"
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
t_log "target started $(( ($(date +%s%N) - VM_STARTED) / 1000000 )) ms after the VM"
vm_wait_marker 'ROOT-INIT-OK' 100 || { vm_console_tail 40; t_fail "the root's init did not run"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
grep -aq 'waiting for e7.3 on eth0 (no target answered yet' "$VM_LOG" ||
    t_fail "the console did not say what it was waiting for"
boot_check_root "$token" /dev/etherd/e7.3 "$T_TMP/root.img"
t_log "ok: the boot waited for the late target and succeeded ($VM_RUN_SECONDS s)"
