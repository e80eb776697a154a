#!/bin/sh
# systemd generator (systemd-based dracut images only): sysroot.mount for
# root=aoe:... . systemd-fstab-generator turns root=aoe:e7.3 into a mount of
# "aoe:e7.3", which cannot work; this unit, written to the early generator
# directory ($2), takes its place and mounts the device the cmdline hook
# waits for. The device must be one udev knows (systemd orders the mount
# after its .device unit): /dev/etherd/eX.Y[pN], or the udev symlink
# /dev/aoeboot-root that aoeboot-root.sh has udev make.
type getarg > /dev/null 2>&1 || . /lib/dracut-lib.sh

root=$(getarg root=)
[ "${root%%:*}" = "aoe" ] || exit 0
[ -n "$2" ] || exit 1

# The same choice as parse-aoeboot.sh.
spec=${root#aoe:}
case "$spec" in
    config=* | abft*) dev=/dev/aoeboot-root ;;
    *)
        if getarg aoe.mode=nbd > /dev/null; then
            dev=/dev/aoeboot-root
        else
            dev=/dev/etherd/$spec
        fi
        ;;
esac

opts=$(getarg rootflags=)
# As dracut's shell flow does: read-only unless "rw" is on the command line.
if getargbool 0 rw; then opts="${opts:+$opts,}rw"; else opts="${opts:+$opts,}ro"; fi
fstype=$(getarg rootfstype=)

mkdir -p "$2"
{
    echo "[Unit]"
    echo "Description=AoE root filesystem ($root)"
    echo "Before=initrd-root-fs.target"
    echo "[Mount]"
    echo "What=$dev"
    echo "Where=/sysroot"
    echo "Options=$opts"
    [ -n "$fstype" ] && echo "Type=$fstype"
} > "$2/sysroot.mount"
exit 0
