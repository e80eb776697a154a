#!/bin/sh
# dracut cmdline hook: root=aoe:... -> root=block:DEVICE and rootok=1, and
# the bring-up queued the way layer-2 SAN roots are (dracut's FCoE module):
# a udev rule on a NIC's "add" event queues the attach in the initqueue.
# Any other root= (root=UUID=..., /dev/sda2, or none) is left to dracut; but
# when iPXE's `sanboot aoe:eX.Y` left an aBFT, the system installed on that
# AoE disk is what is booting, and its root is on the disk: the attach of
# the aBFT's disk (`aoeboot root --abft`) is queued the same way, so that
# root=UUID=... appears. No aBFT: nothing is queued and nothing waits.
# Sourced by dracut's init (shell flow) or dracut-cmdline.service (systemd
# flow), with dracut-lib.sh loaded, before udev starts.
#
# No netroot and no rd.neednet: either one makes dracut's network module
# (40network, if it is in the image) write ifup rules for the NICs, and ifup
# without an ip= does DHCP. AoE is Ethernet frames: it needs no address, no
# DHCP server, and no wait for one. aoeboot brings the links up itself.

[ -z "$root" ] && root=$(getarg root=)

# queue_attach WANT: the first attempt as soon as an Ethernet NIC appears
# (type 1 = ARPHRD_ETHER, so not lo), without waiting for udev to settle.
# --onetime --unique: several NICs queue one attempt; aoeboot root picks the
# links itself (aoe.iface=, or the aBFT's NIC) and waits for carrier.
# Fallback and retries: once udev has settled (e.g. the NIC was there
# before the rule, or the first attempt failed because the target is not
# up yet). It stays queued until it succeeds or aoe.retries attempts
# (each bounded by aoe.timeout) have failed; then dracut's rd.retry
# bound ends the wait in the emergency shell.
_aoe_queue_attach() {
    mkdir -p /etc/udev/rules.d
    printf 'ACTION=="add", SUBSYSTEM=="net", ATTR{type}=="1", RUN+="/sbin/initqueue --onetime --unique --name aoeboot-attach /sbin/aoeboot-root %s $env{INTERFACE}"\n' \
        "$1" > /etc/udev/rules.d/91-aoeboot.rules
    /sbin/initqueue --settled --unique --name aoeboot-root /sbin/aoeboot-root "$1"
}

if [ "${root%%:*}" = "aoe" ]; then
    # Check the AoE parameters now: a typo should stop here with a message
    # naming the parameter, not as a device that never appears.
    if ! _aoe_desc=$(/usr/sbin/aoeboot root --print 2>&1); then
        die "aoeboot: $_aoe_desc"
    fi
    info "aoeboot: $_aoe_desc"
    _aoe_spec=${root#aoe:}
    case "$_aoe_spec" in
        config=* | abft*)
            # The address is known only once found (config=) or once the
            # aBFT is read: aoeboot-root.sh has udev link the device here.
            _aoe_dev=/dev/aoeboot-root ;;
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
    _aoe_queue_attach "$_aoe_dev"
    unset _aoe_desc _aoe_spec _aoe_dev
else
    # A read of the ACPI table or of 640 KiB of /dev/mem: no wait. Exit
    # status 0: a table, 1: a bad one (not trusted), 3: none.
    _aoe_abft=$(/usr/sbin/aoeboot abft 2>&1)
    case $? in
        0)
            info "aoeboot: aBFT names ${_aoe_abft}: attaching that disk for root=${root:-(none)}"
            echo "aoeboot: aBFT: ${_aoe_abft}; attaching it for root=${root:-(none)}" >&2
            # udev's 60-persistent-storage.rules leaves the aoe driver's
            # disks out (its KERNEL list has no etherd*), so without these
            # links root=UUID=/LABEL=/PARTUUID= on the AoE disk never appears.
            # udev's KERNEL is "etherd/e7.3p2" (sysfs: etherd!e7.3p2).
            mkdir -p /etc/udev/rules.d
            {
                echo 'ACTION=="remove", GOTO="aoeboot_disk_end"'
                echo 'SUBSYSTEM!="block", GOTO="aoeboot_disk_end"'
                echo 'KERNEL!="etherd/*", GOTO="aoeboot_disk_end"'
                echo 'IMPORT{builtin}="blkid"'
                echo 'ENV{ID_FS_UUID_ENC}=="?*", ENV{ID_FS_USAGE}=="filesystem|other|crypto", SYMLINK+="disk/by-uuid/$env{ID_FS_UUID_ENC}"'
                echo 'ENV{ID_FS_LABEL_ENC}=="?*", ENV{ID_FS_USAGE}=="filesystem|other", SYMLINK+="disk/by-label/$env{ID_FS_LABEL_ENC}"'
                echo 'ENV{ID_PART_ENTRY_UUID}=="?*", SYMLINK+="disk/by-partuuid/$env{ID_PART_ENTRY_UUID}"'
                echo 'LABEL="aoeboot_disk_end"'
            } > /etc/udev/rules.d/61-aoeboot-disk.rules
            _aoe_queue_attach --abft
            ;;
        3) ;;
        *) warn "aoeboot: not attaching any AoE disk: $_aoe_abft" ;;
    esac
    unset _aoe_abft
fi
