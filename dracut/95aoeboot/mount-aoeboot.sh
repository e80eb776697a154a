#!/bin/sh
# dracut mount hook (systemd-based initramfs only): systemd's generators make
# no sysroot.mount for root=aoe:..., so mount root=block:DEVICE here.
type getarg > /dev/null 2>&1 || . /lib/dracut-lib.sh
type det_fs > /dev/null 2>&1 || . /lib/fs-lib.sh

if [ "${root%%:*}" = "block" ] && ! ismounted "$NEWROOT"; then
    _aoe_fs=$(det_fs "${root#block:}" "$fstype")
    _aoe_opts="$rflags,ro"
    mount -t "$_aoe_fs" -o "${_aoe_opts#,}" "${root#block:}" "$NEWROOT" ||
        warn "aoeboot: mount -t $_aoe_fs ${root#block:} $NEWROOT failed"
    unset _aoe_fs _aoe_opts
fi
