#!/bin/sh
# dracut cmdline hook: root=aoe:... -> root=block:DEVICE and rootok=1, and
# the bring-up queued the way layer-2 SAN roots are (dracut's FCoE module):
# a udev rule on a NIC's "add" event queues the attach in the initqueue.
# Sourced by dracut's init (shell flow) or dracut-cmdline.service (systemd
# flow), with dracut-lib.sh loaded, before udev starts.
#
# No netroot and no rd.neednet: either one makes dracut's network module
# (40network, if it is in the image) write ifup rules for the NICs, and ifup
# without an ip= does DHCP. AoE is Ethernet frames: it needs no address, no
# DHCP server, and no wait for one. aoeboot brings the links up itself.

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
    # /dev/aoeboot-root is a udev symlink (aoeboot-root.sh): like
    # /dev/etherd/*, systemd has a .device unit for it to wait on.
    wait_for_dev "$_aoe_dev"
    # First attempt: as soon as an Ethernet NIC appears (type 1 = ARPHRD_ETHER,
    # so not lo), without waiting for udev to settle. --onetime --unique:
    # several NICs queue one attempt; aoeboot root picks the links itself
    # (aoe.iface=) and waits for carrier.
    mkdir -p /etc/udev/rules.d
    printf 'ACTION=="add", SUBSYSTEM=="net", ATTR{type}=="1", RUN+="/sbin/initqueue --onetime --unique --name aoeboot-attach /sbin/aoeboot-root %s $env{INTERFACE}"\n' \
        "$_aoe_dev" > /etc/udev/rules.d/91-aoeboot.rules
    # Fallback and retries: once udev has settled (e.g. the NIC was there
    # before the rule, or the first attempt failed because the target is not
    # up yet). It stays queued until it succeeds or aoe.retries attempts
    # (each bounded by aoe.timeout) have failed; then dracut's rd.retry
    # bound ends the wait in the emergency shell.
    /sbin/initqueue --settled --unique --name aoeboot-root /sbin/aoeboot-root "$_aoe_dev"
    unset _aoe_desc _aoe_spec _aoe_dev
fi
