#!/bin/bash
# Diskless boot through the NBD bridge: root=aoe:e7.4 aoe.mode=nbd. The
# aoeboot initramfs finds the export, loads nbd.ko (no aoe.ko needed), starts
# `aoeboot nbd` as a root-storage daemon, mounts /dev/nbd0 and switch_roots.
# The root's init finds the bridge still running after switch_root, with
# argv[0] starting with '@' and oom_score_adj -1000, writes a file and a
# token through it, and powers off; the host finds both in the image.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
boot_nbd_standalone e7.4 /dev/nbd0
t_log "ok: booted through the NBD bridge ($BOOT_BRIDGE), payload and token on the target ($VM_RUN_SECONDS s)"
