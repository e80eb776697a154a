#!/bin/bash
# A power cut of the file server under per-client copy-on-write writes.
# The file server is a VM (Debian's kernel, ext4 on a virtio disk, QEMU
# flushing to the host file on the guest's FLUSH), serving e2.2 (a base and
# a layer per client, sync = always) and e2.3 (a plain image, sync = always)
# with `aoeboot serve`. Three clients on the host write random blocks, each
# write logged once acknowledged; mid-stream the server VM is killed
# outright (kill -9 of its QEMU: everything the guest had not flushed is
# gone, as in a power cut). The VM boots again, ext4 replays its journal,
# and `aoeboot layer export` writes each client's whole view out. On the
# host: every acknowledged write is in its client's view, every sector a
# client never wrote is the base's (a layer's map never points at stale or
# zeroed blocks), the base is unchanged, and the plain image holds every
# acknowledged write too.
. "$(dirname "$0")/lib-vm.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3 mke2fs debugfs sha256sum
vm_kernel

cat > "$T_TMP/init" <<'INIT'
#!/bin/sh
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod /modules/$m.ko 2>/dev/null; done
arg() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" /proc/cmdline; }
ip link set lo up; ip link set eth0 up
i=0; while [ ! -b /dev/vda ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done
mkdir -p /srv && mount -t ext4 /dev/vda /srv || { echo "MOUNT-FAILED"; poweroff -f; }
case $(arg ROLE) in
serve)
    /bin/aoeboot serve --no-guard -c /etc/exports.conf --state-dir /srv/state 2>&1 &
    while :; do sleep 10; done ;;
export)
    mkdir -p /srv/views
    for mac in $(arg MACS | tr , ' '); do
        /bin/aoeboot layer -c /etc/exports.conf export e2.2 "$mac" "/srv/views/$mac.img" 2>&1 &&
            echo "EXPORTED $mac" || echo "EXPORT-FAILED $mac"
    done
    ls -ls /srv/layers
    umount /srv && echo "EXPORT-DONE"
    poweroff -f ;;
esac
INIT
printf '[defaults]\ninterfaces = eth0\nsync = always\n[e2.2]\nbase = /srv/base.img\nlayer-dir = /srv/layers\n[e2.3]\npath = /srv/plain.img\n' \
    > "$T_TMP/exports.conf"
VM_FILES+=("$AOEBOOT:/bin/aoeboot" "$T_TMP/exports.conf:/etc/exports.conf")
vm_initramfs "$T_TMP/initrd" "$T_TMP/init" e1000 ext4 virtio_blk virtio_pci

mkdir -p "$T_TMP/fs/layers" "$T_TMP/fs/state"
t_image "$T_TMP/fs/base.img" 4
t_image "$T_TMP/fs/plain.img" 2
cp "$T_TMP/fs/base.img" "$T_TMP/base.orig"
cp "$T_TMP/fs/plain.img" "$T_TMP/plain.orig"
mke2fs -q -F -t ext4 -d "$T_TMP/fs" "$T_TMP/disk.img" 48M || t_fail "mke2fs -d"

# The server VM and three clients on one bridge.
NT=$(t_netns pt); T_NETNS+=("$NT")
ip -n "$NT" link add br0 type bridge
ip -n "$NT" link set br0 up
vm_tap "$NT" tap0
ip -n "$NT" link set tap0 master br0
NS=()
for i in 0 1 2; do
    ns=$(t_netns "p$i"); T_NETNS+=("$ns"); NS+=("$ns")
    ip link add "v$i" netns "$NT" type veth peer name c0 netns "$ns"
    ip -n "$NT" link set "v$i" master br0 up
    ip -n "$ns" link set c0 up
done
mac_of() { ip netns exec "${NS[$1]}" cat /sys/class/net/c0/address; }
server() {  # ROLE [EXTRA-CMDLINE]
    VM_LOG=$T_TMP/server-$1.log VM_MAC=52:54:00:42:00:01
    VM_QEMU_ARGS=(-drive "file=$T_TMP/disk.img,format=raw,if=virtio,cache=writeback")
    vm_start "$NT" tap0 "$T_TMP/initrd" "quiet ROLE=$1 ${2:-}" 200
}

touch "$T_TMP"/acked.{0,1,2}
server serve
vm_wait_marker 'e2.3: serving' 120 || { vm_console_tail 30; t_fail "the server VM did not serve"; }
for i in 0 1; do
    ip netns exec "${NS[$i]}" python3 "$TC" writer c0 2 2 90 "$T_TMP/acked.$i" "$T_TMP/intent.$i" 2> "$T_TMP/writer.$i.err" &
    W[$i]=$!
done
ip netns exec "${NS[2]}" python3 "$TC" writer c0 2 3 90 "$T_TMP/acked.2" "$T_TMP/intent.2" 2> "$T_TMP/writer.2.err" &
W[2]=$!
# Cut the power once every client has had writes acknowledged.
deadline=$(( $(date +%s) + 60 ))
while :; do
    ok=1
    for i in 0 1 2; do [ "$(wc -l < "$T_TMP/acked.$i" 2>/dev/null || echo 0)" -ge 20 ] || ok=0; done
    [ $ok = 1 ] && break
    [ "$(date +%s)" -lt $deadline ] || t_fail "the clients did not get 20 writes each acknowledged within 60 s: $(cat "$T_TMP"/writer.?.err)"
    sleep 0.2
done
pkill -9 -P "$VM_PID" || t_fail "no QEMU to kill"
wait "$VM_PID" 2>/dev/null || true
cut=$(cat "$T_TMP"/acked.? | wc -l)
t_log "power cut of the file server after $cut acknowledged writes"
# The writers log a write as acknowledged only after its answer: stopping
# them now loses nothing the audit relies on.
sleep 1
for i in 0 1 2; do kill "${W[$i]}" 2>/dev/null || true; wait "${W[$i]}" 2>/dev/null || true; done
! grep -h . "$T_TMP"/writer.?.err || t_fail "a writer failed before the power cut"

macs="$(mac_of 0),$(mac_of 1)"
server export "MACS=$macs"
vm_wait_marker 'EXPORT-DONE|MOUNT-FAILED' 120 || { vm_console_tail 30; t_fail "the server VM did not export the views"; }
vm_wait_exit 30 || t_fail "the server VM did not power off"
grep -q 'EXPORT-DONE' "$VM_LOG" || { vm_console_tail 30; t_fail "exporting the views failed"; }
grep -q 'EXPORT-FAILED' "$VM_LOG" && { vm_console_tail 30; t_fail "aoeboot layer export failed after the power cut"; }

dump() { debugfs -R "dump $1 $2" "$T_TMP/disk.img" 2>/dev/null; [ -s "$2" ] || t_fail "no $1 on the server's disk"; }
dump /base.img "$T_TMP/base.after"
cmp -s "$T_TMP/base.orig" "$T_TMP/base.after" || t_fail "the base changed"
for i in 0 1; do
    dump "/views/$(mac_of $i).img" "$T_TMP/view.$i"
    python3 "$TC" audit "$T_TMP/view.$i" "$T_TMP/acked.$i" "$T_TMP/intent.$i" "$T_TMP/base.orig" >&2 ||
        t_fail "client $i's view lost an acknowledged write or shows what it never wrote"
done
dump /plain.img "$T_TMP/plain.after"
python3 "$TC" audit "$T_TMP/plain.after" "$T_TMP/acked.2" "$T_TMP/intent.2" "$T_TMP/plain.orig" >&2 ||
    t_fail "the plain export lost an acknowledged write"
t_log "ok: power cut under sync = always: $cut acknowledged writes, all in their views and the plain image; unwritten sectors are the base's"
