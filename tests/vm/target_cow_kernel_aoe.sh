#!/bin/bash
# Two Linux kernel aoe clients (two QEMU/TCG guests at once) boot the same
# layered export e7.1 read-write: each mounts the shared ext4 base, writes
# files of its own and unmounts. Then on the host: the base is unchanged
# byte for byte, each client's exported view is fsck-clean and holds its
# own files and not the other's.
. "$(dirname "$0")/lib-vm.sh"
t_need e2fsck debugfs md5sum mke2fs
vm_kernel

cat > "$T_TMP/init" <<'INIT'
#!/bin/sh
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod /modules/$m.ko 2>/dev/null; done
me=$(sed -n 's/.*vme=\([a-z]*\).*/\1/p' /proc/cmdline)
ip link set eth0 up
i=0
while [ ! -e /dev/etherd/e7.1 ] && [ $i -lt 150 ]; do echo > /dev/etherd/discover 2>/dev/null; sleep 0.2; i=$((i+1)); done
[ -e /dev/etherd/e7.1 ] && echo "FOUND e7.1" || echo "MISSING e7.1"
mkdir -p /mnt && mount -t ext4 /dev/etherd/e7.1 /mnt && echo "MOUNT-OK"
echo "SHARED $(md5sum < /mnt/shared | cut -d' ' -f1)"
for n in 1 2; do
    dd if=/dev/urandom of=/mnt/$me$n bs=1024 count=$((n * 600)) 2>/dev/null
    echo "FILE $me$n $(md5sum < /mnt/$me$n | cut -d' ' -f1)"
done
umount /mnt && echo "UMOUNT-OK"
echo "VM-DONE"
poweroff -f
INIT
vm_initramfs "$T_TMP/initrd" "$T_TMP/init" e1000 aoe ext4

mkdir "$T_TMP/root" "$T_TMP/layers"
head -c 300000 /dev/urandom > "$T_TMP/root/shared"
shared_sum=$(md5sum < "$T_TMP/root/shared" | cut -d' ' -f1)
mke2fs -q -F -t ext4 -d "$T_TMP/root" "$T_TMP/base.img" 48M
base_sum=$(sha256sum < "$T_TMP/base.img")

ns=$(t_netns vc)
T_NETNS+=("$ns")
ip -n "$ns" link add br0 type bridge
ip -n "$ns" link set br0 up
for t in tapa tapb; do vm_tap "$ns" $t; ip -n "$ns" link set $t master br0; done
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = br0
[e7.1]
base = $T_TMP/base.img
layer-dir = $T_TMP/layers
CONF
t_bg "$ns" serve "$AOEBOOT" serve -c "$T_TMP/exports.conf" -S "$T_TMP/ctl" --state-dir "$T_TMP/state"
S=$T_LAST_PID
t_wait_for 5 grep -q "e7.1: serving" "$T_TMP/serve.log" || t_fail "serve did not start: $(cat "$T_TMP/serve.log")"

declare -A MAC LOG PID
for me in a b; do
    MAC[$me]=52:54:00:c0:e7:0$([ $me = a ] && echo 1 || echo 2)
    LOG[$me]=$T_TMP/console-$me.log
    VM_MAC=${MAC[$me]} VM_LOG=${LOG[$me]}
    vm_start "$ns" tap$me "$T_TMP/initrd" "quiet vme=$me" 300
    PID[$me]=$VM_PID
done
for me in a b; do
    VM_LOG=${LOG[$me]} VM_PID=${PID[$me]}
    vm_wait_marker 'VM-DONE' 280 || { vm_console_tail 40; t_fail "guest $me did not finish"; }
    vm_wait_exit 30 || t_fail "guest $me did not power off"
    for m in "FOUND e7.1" MOUNT-OK UMOUNT-OK "SHARED $shared_sum"; do
        grep -q "$m" "${LOG[$me]}" || { vm_console_tail 40; t_fail "guest $me: no '$m'"; }
    done
done
kill "$S"; wait "$S" 2>/dev/null || true
[ "$(sha256sum < "$T_TMP/base.img")" = "$base_sum" ] || t_fail "the base changed"
for me in a b; do
    other=$([ $me = a ] && echo b || echo a)
    "$AOEBOOT" layer -c "$T_TMP/exports.conf" export e7.1 "${MAC[$me]}" "$T_TMP/view-$me.img" >&2 ||
        t_fail "layer export of $me"
    e2fsck -fn "$T_TMP/view-$me.img" >&2 || t_fail "fsck of $me's view is not clean"
    for n in 1 2; do
        want=$(sed -n "s/.*FILE $me$n \([0-9a-f]*\).*/\1/p" "${LOG[$me]}" | tr -d '\r' | head -1)
        rm -f "$T_TMP/f"
        debugfs -R "dump /$me$n $T_TMP/f" "$T_TMP/view-$me.img" 2>/dev/null
        [ -n "$want" ] && [ "$(md5sum < "$T_TMP/f" | cut -d' ' -f1)" = "$want" ] ||
            t_fail "$me's view does not hold its file $me$n"
        debugfs -R "stat /$other$n" "$T_TMP/view-$me.img" 2>&1 | grep -q "File not found" ||
            t_fail "$me's view holds $other's file $other$n"
    done
done
t_log "two kernel aoe clients wrote to one layered export at once: base unchanged, views fsck-clean and apart"
