#!/bin/bash
# The failure path with a rescue shell: an initramfs built with --rescue
# (busybox as /bin/sh), a root that is not there. aoeboot must report the
# failure, start the shell on the console, and the shell must work (it
# computes a marker from input typed on the serial console).
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
vm_kernel
ns=$(t_netns br)
vm_tap "$ns" tap0
boot_initramfs "$T_TMP/initrd" --rescue
VM_SERIAL_PIPE=1
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e9.9 aoe.timeout=3 aoe.retries=1" 120
vm_wait_marker 'starting the rescue shell /bin/sh' 90 || { vm_console_tail 30; t_fail "no rescue shell announced"; }
sleep 1
vm_type 'echo RESCUE-$((6*7))-$(ls /etc/aoeboot)'$'\n'
vm_wait_marker 'RESCUE-42-modules' 90 || { vm_console_tail 30; t_fail "the rescue shell did not run the typed commands"; }
# Which failure comes first depends on how fast the emulated NIC reports
# carrier (under 2 s usually, not always on a loaded host): either is the
# clear message we want, naming what was tried.
grep -aEq 'e9.9 did not answer on eth0|no carrier on eth0 within' "$VM_LOG" ||
    t_fail "no failure message before the rescue shell"
vm_type 'poweroff -f'$'\n'
vm_wait_exit 30 || t_fail "poweroff from the rescue shell did not stop the VM"
t_log "ok: failure reported, rescue shell ran on the console"
