#!/bin/bash
# A dracut image with 95aoeboot on a machine that is not booted from AoE:
# root=UUID=... on a local (virtio) disk, no iPXE (hence no aBFT), a NIC
# present. The cmdline hook's `aoeboot abft` finds no table, so nothing is
# queued: no attach attempt, no wait, no warning; dracut mounts the local
# root as without aoeboot.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
. "$(dirname "$0")/lib-distro.sh"
t_need mkfs.ext4 blkid
vm_kernel
DISTRO_DRIVERS="e1000 ext4 virtio_blk virtio_pci" distro_dracut_image "$T_TMP/initrd"
ns=$(t_netns dl)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 32 "$T_TMP/rootfs"
uuid=$(blkid -o value -s UUID "$T_TMP/root.img")
[ -n "$uuid" ] || t_fail "no UUID on the root image"
token=tok$T_ID$RANDOM
VM_QEMU_ARGS=(-drive "file=$T_TMP/root.img,format=raw,if=virtio")
vm_start "$ns" tap0 "$T_TMP/initrd" "root=UUID=$uuid rw rd.shell=0 TOKEN=$token" 120
vm_wait_marker 'ROOT-INIT-OK|Boot has failed|Kernel panic' 100 || { vm_console_tail 40; t_fail "the root's init did not run"; }
grep -aq 'ROOT-INIT-OK' "$VM_LOG" || { vm_console_tail 40; t_fail "dracut did not boot the local root"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
grep -aq 'dracut' "$VM_LOG" || t_fail "the console shows no dracut messages: was dracut's init used?"
grep -a 'aoeboot:' "$VM_LOG" | tr -d '\r' > "$T_TMP/aoeboot-lines.txt" || true
[ ! -s "$T_TMP/aoeboot-lines.txt" ] ||
    t_fail "aoeboot did something without an aBFT or root=aoe: $(head -n 3 "$T_TMP/aoeboot-lines.txt")"
t_log "ok: no aBFT, root=UUID= on a local disk: aoeboot's dracut hook stayed silent ($VM_RUN_SECONDS s)"
