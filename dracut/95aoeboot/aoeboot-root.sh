#!/bin/sh
# dracut initqueue job: attach the AoE root and make DEVICE (argument 1) exist.
# DEVICE "--abft": attach the aBFT's whole disk (`aoeboot root --abft`) for a
# root= that is not aoe: (root=UUID=... of the system installed on it);
# dracut's own root= handling then finds the root among its partitions.
# Argument 2: the NIC whose "add" event queued this run (none: the settled
# fallback); only for the log line.
# Queued by the udev rule (on a NIC's "add") and as a settled job; both run
# in the one initqueue loop, never at the same time.
# `aoeboot root` run outside PID 1 is the hook mode: it brings the links up,
# finds the export, hands it to the kernel aoe driver (or starts the nbd
# bridge with aoe.mode=nbd), waits for the block device and prints its node.
# It does not mount or switch_root: dracut mounts root=block:DEVICE.
type getarg > /dev/null 2>&1 || . /lib/dracut-lib.sh

want=$1
done_abft=/tmp/aoeboot-abft-attached
if [ "$want" = --abft ]; then
    [ -e "$done_abft" ] && exit 0
else
    [ -e "$want" ] && exit 0  # an earlier run already made it
fi

# The settled fallback yields to a run the udev rule has queued meanwhile
# (systemd flow: the initqueue loop starts before coldplug has settled, so
# the rule's job can land just after the loop passed the main queue); the
# loop runs that one next.
if [ -z "$2" ] && [ -e "$hookdir/initqueue/aoeboot-attach.sh" ]; then
    exit 1
fi

# aoe.retries bounds the attempts here as it does for aoeboot as /init.
count=/tmp/aoeboot-attempts
n=$(($(cat "$count" 2> /dev/null || echo 0) + 1))
max=$(getarg aoe.retries=)
case "$max" in '' | *[!0-9]*) max=3 ;; esac
if [ "$n" -gt "$max" ]; then
    exit 1
fi
echo "$n" > "$count"
# On stderr, next to aoeboot's own lines (dracut's info goes to the journal
# only, in the systemd flow).
if [ -n "$2" ]; then
    echo "aoeboot: attempt $n of $max ($2 appeared)" >&2
else
    echo "aoeboot: attempt $n of $max (udev settled)" >&2
fi

if [ "$want" = --abft ]; then
    dev=$(/usr/sbin/aoeboot root --abft)
else
    dev=$(/usr/sbin/aoeboot root)
fi
rc=$?
if [ $rc = 3 ]; then
    # --abft and the table is gone (the cmdline hook saw one): nothing to do.
    warn "aoeboot: no aBFT any more: not attaching an AoE disk"
    rm -f -- "$hookdir/initqueue/settled/aoeboot-root.sh"
    exit 0
fi
if [ $rc != 0 ]; then
    if [ "$n" -ge "$max" ]; then
        warn "aoeboot: giving up after $n attempts (aoe.retries=$max); see the messages above"
        rm -f -- "$hookdir/initqueue/settled/aoeboot-root.sh"
    else
        warn "aoeboot: attempt $n of $max failed (see the messages above); trying again"
    fi
    exit 1
fi
if [ "$want" = --abft ]; then
    : > "$done_abft"
    # Its partitions appear with it; udev's by-uuid links follow.
    udevadm settle --timeout=10
elif [ "$dev" != "$want" ]; then
    # config=STRING or aoe.mode=nbd: the node is known only now. udev makes
    # the link, so that systemd has a .device unit for sysroot.mount to wait
    # on (a plain symlink is enough for the shell flow, and the fallback).
    # Matched by DEVPATH, not KERNEL: the aoe driver's disks are
    # "etherd!e7.4" in sysfs but "etherd/e7.4" to udev's KERNEL (udev turns
    # '!' into '/'), so a KERNEL rule made from the sysfs name never matched.
    sys=$(udevadm info --query=path --name="$dev" 2> /dev/null)
    if [ -n "$sys" ]; then
        printf 'SUBSYSTEM=="block", DEVPATH=="%s", SYMLINK+="%s"\n' "$sys" "${want#/dev/}" \
            > /etc/udev/rules.d/92-aoeboot-root.rules
        udevadm control --reload
        udevadm trigger --action=change "/sys$sys"
        udevadm settle --timeout=10 --exit-if-exists="$want"
    fi
    if ! [ -e "$want" ]; then
        [ -n "$DRACUT_SYSTEMD" ] && warn "aoeboot: udev did not link $want to $dev: making a plain symlink, which systemd may not see"
        ln -sf "$dev" "$want"
    fi
fi
info "aoeboot: root device $dev ready"
exit 0
