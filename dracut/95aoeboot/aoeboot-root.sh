#!/bin/sh
# dracut initqueue job: attach the AoE root and make DEVICE (argument 1) exist.
# `aoeboot root` run outside PID 1 is the hook mode: it brings the links up,
# finds the export, hands it to the kernel aoe driver (or the nbd bridge with
# aoe.mode=nbd), waits for the block device and prints its node. It does not
# mount or switch_root: rootfs-block's mount hook mounts root=block:DEVICE.
type getarg > /dev/null 2>&1 || . /lib/dracut-lib.sh

want=$1
[ -e "$want" ] && exit 0  # an earlier run already made it

if ! dev=$(/usr/sbin/aoeboot root); then
    warn "aoeboot: the AoE root is not ready yet (see the messages above); trying again"
    exit 1
fi
if [ "$dev" != "$want" ]; then
    # config=STRING or aoe.mode=nbd: the node is known only now.
    ln -sf "$dev" "$want"
fi
info "aoeboot: root device $dev ready"
exit 0
