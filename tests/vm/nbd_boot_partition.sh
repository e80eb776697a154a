#!/bin/bash
# As nbd_boot.sh, with the root filesystem in the first partition of the
# export: root=aoe:e7.4p1 aoe.mode=nbd. The nbd driver reads the partition
# table only when the device is opened, so aoeboot must make it appear
# (/dev/nbd0p1) before it can mount it.
. "$(dirname "$0")/lib-vm.sh"
. "$(dirname "$0")/lib-boot.sh"
boot_nbd_standalone e7.4p1 /dev/nbd0p1 part
t_log "ok: booted through the NBD bridge ($BOOT_BRIDGE), payload and token on the target ($VM_RUN_SECONDS s)"
