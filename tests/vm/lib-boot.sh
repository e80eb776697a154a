# Helpers for the diskless boot tests (sourced after lib-vm.sh): a busybox
# root filesystem image whose init proves it ran, and the aoeboot initramfs.
#
#   boot_rootfs_dir DIR           busybox root tree; its /sbin/init prints
#                                 "ROOT-INIT-OK dev=... mac=... fs=..." and
#                                 writes $TOKEN (from the kernel command line,
#                                 passed through aoeboot's environment) to
#                                 /booted-by-aoeboot, then powers off
#   boot_image IMG MB DIR [part]  ext4 image from DIR (mkfs.ext4 -d, no mount);
#                                 with "part": an MBR with one partition at 1 MiB
#   boot_read_token IMG [part]    prints /booted-by-aoeboot from the image (debugfs)
#   boot_initramfs OUT            mkinitramfs.sh for the cached Debian kernel
#                                 (e1000 + ext4 + aoe, aoeboot from $AOEBOOT)
#   boot_serve NS IFACE SHELF.SLOT IMG [args]   aoeboot serve in the background
#                                 (log serve-SHELF.SLOT.log)
#   boot_check_root TOKEN DEV IMG [part]        the checks every boot test makes
#   boot_nbd_init DIR             replaces DIR's /sbin/init with one for roots on
#                                 the NBD bridge: it also lists the '@' processes
#                                 (BRIDGE pid= oom= cmd=) and writes a 4 MiB
#                                 /payload whose md5 it prints (PAYLOAD)
#   boot_check_nbd_bridge CMD IMG [part]        after such a boot: a '@' bridge
#                                 ran CMD after switch_root, OOM-exempt, saw the
#                                 root in its mount table and outlived the
#                                 remount,ro; the
#                                 payload is in the image; fsck finds it clean
#   boot_nbd_standalone ROOTSPEC DEV [part]     an NBD-bridge boot from the
#                                 aoeboot initramfs, start to checks (nbd_boot*.sh)

boot_rootfs_dir() {
    local d=$1
    mkdir -p "$d"/{bin,sbin,proc,sys,dev,run,tmp,etc}
    cp "$(command -v busybox)" "$d/bin/busybox"
    local a
    for a in $("$d/bin/busybox" --list); do
        [ "$a" = busybox ] || ln -sf busybox "$d/bin/$a"
    done
    cat > "$d/sbin/init" <<'EOF'
#!/bin/sh
# The real init of the test root: say what we booted from, leave a mark on
# the root filesystem, power off. /proc /sys /dev come moved from the initramfs.
export PATH=/bin:/sbin
dev=$(awk '$2 == "/" { print $1 }' /proc/mounts | tail -n 1)
fs=$(awk '$2 == "/" { print $3 }' /proc/mounts | tail -n 1)
disk=${dev#/dev/etherd/}; disk=${disk%p[0-9]*}
mac=$(cat "/sys/block/etherd!$disk/mac" 2>/dev/null)
left=$(ls / | tr '\n' ' ')
mount -o remount,rw / || echo "ROOT-INIT-FAIL remount rw"
echo "token=${TOKEN:-none} dev=$dev" > /booted-by-aoeboot
sync
echo "ROOT-INIT-OK pid=$$ dev=$dev mac=$mac fs=$fs token=${TOKEN:-none} procs=$(ls -d /proc/[0-9]* | wc -l)"
echo "ROOT-LS $left"
mount -o remount,ro /
poweroff -f
EOF
    chmod 755 "$d/sbin/init"
}

boot_image() {
    local img=$1 mb=$2 dir=$3 part=${4:-}
    rm -f "$img"
    if [ -z "$part" ]; then
        mkfs.ext4 -q -F -L aoeroot -d "$dir" "$img" "${mb}M" || t_fail "mkfs.ext4 -d failed"
        return
    fi
    truncate -s "${mb}M" "$img"
    local start=2048 sectors=$(( mb * 2048 - 2048 ))
    # MBR: one Linux partition (0x83) from LBA 2048 to the end.
    le32() { printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(( $1 & 255 )) $(( $1 >> 8 & 255 )) \
                    $(( $1 >> 16 & 255 )) $(( $1 >> 24 & 255 )); }
    printf "\\x00\\xfe\\xff\\xff\\x83\\xfe\\xff\\xff$(le32 $start)$(le32 $sectors)" |
        dd of="$img" bs=1 seek=446 conv=notrunc status=none
    printf '\x55\xaa' | dd of="$img" bs=1 seek=510 conv=notrunc status=none
    mkfs.ext4 -q -F -L aoeroot -E offset=$(( start * 512 )) -d "$dir" "$img" "$(( sectors / 2 ))k" ||
        t_fail "mkfs.ext4 -d (partition) failed"
}

boot_read_token() {
    local img=$1 part=${2:-} src=$1
    if [ -n "$part" ]; then
        src=$T_TMP/part.img
        dd if="$img" of="$src" bs=1M skip=1 status=none
    fi
    debugfs -R "cat /booted-by-aoeboot" "$src" 2>/dev/null
}

boot_initramfs() {
    [ -n "${VM_MODDIR:-}" ] || vm_kernel
    "$ROOT/initramfs/mkinitramfs.sh" --output "$1" --kver "$VM_KVER" --moddir "$VM_MODDIR" \
        --aoeboot "$AOEBOOT" --no-default-modules --module e1000,ext4 ${2:+$2} \
        2> "$T_TMP/mkinitramfs.log" || { cat "$T_TMP/mkinitramfs.log" >&2; t_fail "mkinitramfs.sh failed"; }
}

boot_serve() {
    local ns=$1 ifc=$2 addr=$3 img=$4; shift 4
    mkdir -p "$T_TMP/state-$addr"
    t_bg "$ns" "serve-$addr" "$AOEBOOT" serve -S "$T_TMP/control-$addr" \
        --state-dir "$T_TMP/state-$addr" "$@" "$ifc" "$addr" "$img"
}

# boot_check_root TOKEN DEV IMG [part]: the console shows the root's init ran
# from DEV with TOKEN, and the image holds the token it wrote.
boot_check_root() {
    local token=$1 dev=$2 img=$3 part=${4:-}
    grep -a 'ROOT-INIT-OK' "$VM_LOG" | grep -q "dev=$dev " ||
        { vm_console_tail 40; t_fail "the root's init did not report dev=$dev"; }
    grep -aq "token=$token" "$VM_LOG" || t_fail "the token did not reach the real init's environment"
    grep -a 'ROOT-LS' "$VM_LOG" | grep -qw init && t_fail "initramfs files still visible after switch_root"
    local got; got=$(boot_read_token "$img" "$part")
    [ "$got" = "token=$token dev=$dev" ] || t_fail "image holds '$got', want 'token=$token dev=$dev'"
    grep -a 'phase timings' "$VM_LOG" | tr -d '\r' | sed 's/^.*aoeboot: /  /' >&2
}

boot_nbd_init() {
    cat > "$1/sbin/init" <<'EOF'
#!/bin/sh
export PATH=/bin:/sbin
dev=$(awk '$2 == "/" { print $1 }' /proc/mounts | tail -n 1)
fs=$(awk '$2 == "/" { print $3 }' /proc/mounts | tail -n 1)
left=$(ls / | tr '\n' ' ')
# The bridge watches its mount table for the root's unmount: it must still
# see the root mounted from its own (initramfs) root after switch_root.
mm=$(awk '$5 == "/" { print $3 }' /proc/self/mountinfo | tail -n 1)
bpid=
for p in /proc/[0-9]*; do
    c=$(tr '\0' ' ' < $p/cmdline 2>/dev/null)
    case "$c" in @*)
        sees=no; grep -q " $mm " $p/mountinfo && sees=yes
        bpid=${p#/proc/}
        echo "BRIDGE pid=$bpid oom=$(cat $p/oom_score_adj) sees-root=$sees cmd=$c";;
    esac
done
mount -o remount,rw / || echo "ROOT-INIT-FAIL remount rw"
dd if=/dev/urandom of=/payload bs=1M count=4 2>/dev/null
echo "PAYLOAD $(md5sum < /payload)"
echo "token=${TOKEN:-none} dev=$dev" > /booted-by-aoeboot
sync
echo "ROOT-INIT-OK pid=$$ dev=$dev fs=$fs token=${TOKEN:-none}"
echo "ROOT-LS $left"
mount -o remount,ro /
# A remount is no unmount: the bridge keeps serving the root until poweroff.
sleep 1
[ -n "$bpid" ] && kill -0 $bpid 2>/dev/null && echo "BRIDGE-ALIVE-AFTER-RO"
poweroff -f
EOF
    chmod 755 "$1/sbin/init"
}

boot_check_nbd_bridge() {
    local cmd=$1 img=$2 part=${3:-} fs=$2 bridge want got
    grep -a 'ROOT-INIT-OK' "$VM_LOG" | grep -q etherd && t_fail "booted through the kernel aoe driver"
    bridge=$(grep -a 'BRIDGE pid=' "$VM_LOG" | tr -d '\r' | head -n1)
    [ -n "$bridge" ] || { vm_console_tail 40; t_fail "no '@' bridge process alive after switch_root"; }
    echo "$bridge" | grep -q 'oom=-1000' || t_fail "bridge not OOM-exempt: $bridge"
    echo "$bridge" | grep -qF "cmd=$cmd" || t_fail "unexpected bridge command line: $bridge (want $cmd)"
    echo "$bridge" | grep -q 'sees-root=yes' || t_fail "the bridge does not see the root in its mount table after switch_root: $bridge"
    grep -aq 'BRIDGE-ALIVE-AFTER-RO' "$VM_LOG" || { vm_console_tail 20; t_fail "the bridge exited after the root's remount,ro"; }
    if [ -n "$part" ]; then
        fs=$T_TMP/p1.img
        dd if="$img" of="$fs" bs=1M skip=1 status=none
    fi
    want=$(grep -a 'PAYLOAD' "$VM_LOG" | tr -d '\r' | sed 's/.*PAYLOAD \([0-9a-f]*\).*/\1/')
    debugfs -R "dump /payload $T_TMP/payload" "$fs" 2>/dev/null
    got=$(md5sum < "$T_TMP/payload" | cut -d' ' -f1)
    [ "$got" = "$want" ] || t_fail "payload in the image is $got, the guest wrote $want"
    e2fsck -fn "$fs" > /dev/null 2>&1 || t_fail "root image not clean after poweroff"
    BOOT_BRIDGE=$bridge
}

# boot_nbd_standalone ROOTSPEC DEV [part]: the whole aoeboot-initramfs boot
# through the NBD bridge: e7.4 served from a busybox root image (with a
# partition table for "part"), root=aoe:ROOTSPEC aoe.mode=nbd, the root's init
# from boot_nbd_init, then boot_check_root on DEV and boot_check_nbd_bridge.
boot_nbd_standalone() {
    local spec=$1 dev=$2 part=${3:-} ns token
    t_need mkfs.ext4 debugfs
    vm_kernel
    ns=$(t_netns nb)
    vm_tap "$ns" tap0
    boot_rootfs_dir "$T_TMP/rootfs"
    boot_nbd_init "$T_TMP/rootfs"
    boot_image "$T_TMP/root.img" 48 "$T_TMP/rootfs" $part
    boot_initramfs "$T_TMP/initrd" "--module nbd"
    token=tok$T_ID$RANDOM
    boot_serve "$ns" tap0 e7.4 "$T_TMP/root.img"
    vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:$spec aoe.mode=nbd aoe.timeout=60 rw TOKEN=$token" 180
    vm_wait_marker 'ROOT-INIT-OK' 160 || { vm_console_tail 40; t_fail "the root's init did not run"; }
    vm_wait_exit 60 || t_fail "the VM did not power off"
    boot_check_root "$token" "$dev" "$T_TMP/root.img" $part
    boot_check_nbd_bridge "@aoeboot-nbd nbd e7.4 /dev/nbd0 --root" "$T_TMP/root.img" $part
}
