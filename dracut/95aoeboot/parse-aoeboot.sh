#!/bin/sh
# dracut cmdline hook: root=aoe:... -> root=block:DEVICE, rootok=1, and an
# initqueue job that makes DEVICE appear (aoeboot root in hook mode).
# Sourced by dracut's init with dracut-lib.sh loaded.

[ -z "$root" ] && root=$(getarg root=)

if [ "${root%%:*}" = "aoe" ]; then
    # Check the AoE parameters now: a typo should stop here with a message
    # naming the parameter, not as a device that never appears.
    if ! _aoe_desc=$(/usr/sbin/aoeboot root --print 2>&1); then
        die "aoeboot: $_aoe_desc"
    fi
    info "aoeboot: $_aoe_desc"
    _aoe_spec=${root#aoe:}
    case "$_aoe_spec" in
        config=*)
            _aoe_dev=/dev/aoeboot-root ;;  # the address is known only once found
        *)
            if getarg aoe.mode=nbd > /dev/null; then
                _aoe_dev=/dev/aoeboot-root  # /dev/nbdN, chosen at attach time
            else
                _aoe_dev=/dev/etherd/$_aoe_spec
            fi
            ;;
    esac
    root="block:$_aoe_dev"
    # shellcheck disable=SC2034
    rootok=1
    wait_for_dev "$_aoe_dev"
    # --settled: after udev has loaded the NIC drivers and named the links.
    # Not --onetime: a failed attempt (bounded by aoe.timeout) runs again
    # until rd.retry / rd.timeout ends the wait in the emergency shell.
    /sbin/initqueue --settled --unique --name aoeboot-root /sbin/aoeboot-root "$_aoe_dev"
    unset _aoe_desc _aoe_spec _aoe_dev
fi
