# Helpers for the distribution-integration tests (sourced after lib-vm.sh and
# lib-boot.sh): real initramfs images built by Debian's dracut and
# initramfs-tools with aoeboot's dracut module / initramfs-tools hooks, for
# the cached Debian kernel. Nothing is installed into the host's dracut or
# initramfs-tools directories.
#
#   distro_dracut_image OUT [MODS]  dracut (dracutbasedir = a private copy of
#                                   /usr/lib/dracut whose modules.d also links
#                                   dracut/95aoeboot), -m MODS (default
#                                   "aoeboot": dracut's shell flow; with
#                                   DISTRO_DRACUT_SYSTEMD the systemd flow),
#                                   --kmoddir the cached kernel; log dracut.log
#   distro_itools_image OUT         mkinitramfs -d CONFDIR (a private confdir
#                                   holding our hook, local-top script,
#                                   MODULES=list); needs /lib/modules/KVER and
#                                   /boot/config-KVER, so symlinks to the cache
#                                   are made and removed afterwards (only where
#                                   there was nothing)
#   distro_list IMG                 the image's file list (lsinitrd)
#   distro_expect_files LIST PATTERN...   every PATTERN (grep -E) is in LIST

# Run directly (tests/run-integration.sh runs every *.sh), it is no test: skip.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    echo "lib-distro.sh: helpers sourced by tests/vm/distro_*.sh, not a test" >&2
    exit 77
fi

DISTRO_DRIVERS=${DISTRO_DRIVERS:-e1000 ext4}
# dracut's systemd flow: systemd as the initramfs's PID 1, dracut's hooks run
# by its dracut-*.service units (Debian 12: systemd 252, dracut 059).
DISTRO_DRACUT_SYSTEMD="systemd systemd-initrd systemd-udevd dracut-systemd aoeboot"

distro_dracut_image() {
    local out=$1 mods=${2:-aoeboot} base=$T_TMP/dracut-base m f
    t_need dracut lsinitrd
    [ -n "${VM_MODROOT:-}" ] || vm_kernel
    rm -rf "$base"
    mkdir -p "$base/modules.d" "$T_TMP/dracut-confd" "$T_TMP/dracut-tmp"
    for f in /usr/lib/dracut/*; do [ "${f##*/}" = modules.d ] || ln -s "$f" "$base/"; done
    for m in /usr/lib/dracut/modules.d/*; do ln -s "$m" "$base/modules.d/"; done
    ln -s "$ROOT/dracut/95aoeboot" "$base/modules.d/95aoeboot"
    printf 'aoeboot_binary=%s\naoeboot_drivers="%s"\n' "$AOEBOOT" "$DISTRO_DRIVERS" > "$T_TMP/dracut.conf"
    dracutbasedir=$base timeout 300 dracut --force --no-hostonly --conf "$T_TMP/dracut.conf" \
        --confdir "$T_TMP/dracut-confd" -m "$mods" --kver "$VM_KVER" --kmoddir "$VM_MODROOT" \
        --tmpdir "$T_TMP/dracut-tmp" --no-early-microcode --gzip "$out" > "$T_TMP/dracut.log" 2>&1 ||
        t_fail "dracut failed (see dracut.log)"
}

DISTRO_LINKS=() DISTRO_DIRS=()
distro_itools_cleanup() {
    local l
    for l in ${DISTRO_LINKS[@]+"${DISTRO_LINKS[@]}"}; do [ -L "$l" ] && rm -f "$l"; done
    for l in ${DISTRO_DIRS[@]+"${DISTRO_DIRS[@]}"}; do rmdir "$l" 2>/dev/null || true; done
    DISTRO_LINKS=() DISTRO_DIRS=()
}

# distro_link PATH TARGET: PATH -> TARGET, unless PATH is already there (then
# it must be the same file: the host's own kernel files are never replaced).
distro_link() {
    if [ ! -e "$1" ]; then
        if [ ! -d "$(dirname "$1")" ]; then
            mkdir -p "$(dirname "$1")"
            DISTRO_DIRS+=("$(dirname "$1")")
        fi
        ln -s "$2" "$1"
        DISTRO_LINKS+=("$1")
    elif [ "$(readlink -f "$1")" != "$(readlink -f "$2")" ]; then
        distro_itools_cleanup
        t_skip "$1 exists and is not the cached test kernel's: not touching it"
    fi
}

distro_itools_image() {
    local out=$1 conf=$T_TMP/itools
    t_need mkinitramfs unmkinitramfs
    [ -n "${VM_MODROOT:-}" ] || vm_kernel
    mkdir -p "$conf/conf.d" "$conf/hooks" "$conf/scripts/local-top"
    cp "$ROOT/initramfs/initramfs-tools/hooks/aoeboot" "$conf/hooks/"
    cp "$ROOT/initramfs/initramfs-tools/scripts/local-top/aoeboot" "$conf/scripts/local-top/"
    printf 'MODULES=list\nBUSYBOX=auto\nCOMPRESS=gzip\nUMASK=0077\n' > "$conf/initramfs.conf"
    printf '%s\n' $DISTRO_DRIVERS > "$conf/modules"
    printf 'AOEBOOT_BINARY=%s\nAOEBOOT_DRIVERS="%s"\n' "$AOEBOOT" "$DISTRO_DRIVERS" > "$conf/conf.d/aoeboot"
    # mkinitramfs reads /lib/modules/KVER and /boot/config-KVER (the latter
    # for the compressors the kernel supports); it has no option for either.
    distro_link "/lib/modules/$VM_KVER" "$VM_MODROOT"
    distro_link "/boot/config-$VM_KVER" "$VM_MODDIR/boot/config-$VM_KVER"
    local rc=0
    timeout 300 mkinitramfs -d "$conf" -o "$out" "$VM_KVER" > "$T_TMP/mkinitramfs.log" 2>&1 || rc=$?
    distro_itools_cleanup
    [ $rc = 0 ] || t_fail "mkinitramfs failed (see mkinitramfs.log)"
}

distro_list() {
    lsinitrd "$1" 2>/dev/null
}

distro_expect_files() {
    local list=$1 p; shift
    for p in "$@"; do
        grep -qE -- "$p" "$list" || t_fail "the image has no file matching '$p'"
    done
}
