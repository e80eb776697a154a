#!/bin/bash
# The kernel NBD bridge itself, measured where nbd.ko exists: a QEMU/TCG VM
# (Debian kernel) reads and writes one AoE export (aoeboot serve on the host
# side of the tap) directly with `aoeboot read`/`write`, then through
# `aoeboot nbd` and /dev/nbd0 with dd. Both run under the same emulated CPU
# on the same link, so the ratio is meaningful while the MB/s are not (TCG).
# Env: AOEBOOT, BENCH_MB (default 64), BENCH_OUT.
. "$(dirname "$0")/../vm/lib-vm.sh"
MB=${BENCH_MB:-64}
OUT=${BENCH_OUT:-$(dirname "$AOEBOOT")/bench-nbd-vm.txt}
vm_kernel
ns=$(t_netns bv)
vm_tap "$ns" tap0
t_image "$T_TMP/disk.img" "$MB"
VM_FILES=("$AOEBOOT:/bin/aoeboot")
cat > "$T_TMP/init" <<INIT
#!/bin/sh
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in \$(cat /modules/order); do insmod /modules/\$m.ko; done
ip link set eth0 up
up() { cut -d' ' -f1 /proc/uptime; }
aoeboot discover -i eth0 >/dev/null 2>&1
dd if=/dev/zero of=/tmp/z bs=1M count=$MB 2>/dev/null; echo "ZSIZE \$(wc -c < /tmp/z)"
a=\$(up); aoeboot read e5.1 -i eth0 -o /dev/null; echo "DIRECT-READ \$a \$(up)"
a=\$(up); aoeboot write e5.1 /tmp/z -i eth0; echo "DIRECT-WRITE \$a \$(up)"
aoeboot nbd e5.1 /dev/nbd0 -i eth0 --ready-fd 3 3>/tmp/ready 2>/dev/null &
i=0; while ! grep -q . /tmp/ready && [ \$i -lt 300 ]; do sleep 0.1; i=\$((i+1)); done
a=\$(up); dd if=/dev/nbd0 of=/dev/null bs=1M 2>/dev/null; echo "NBD-READ \$a \$(up)"
a=\$(up); dd if=/tmp/z of=/dev/nbd0 bs=1M conv=fsync 2>/tmp/dd.err || cat /tmp/dd.err; echo "NBD-WRITE \$a \$(up)"
aoeboot nbd --disconnect /dev/nbd0; wait
echo BENCH-DONE
poweroff -f
INIT
vm_initramfs "$T_TMP/initrd" "$T_TMP/init" e1000 nbd
t_bg "$ns" serve "$AOEBOOT" serve --no-guard -S "$T_TMP/ctl" --state-dir "$T_TMP/state" tap0 5.1 "$T_TMP/disk.img"
VM_MEM=512M
vm_start "$ns" tap0 "$T_TMP/initrd" "quiet" 400
vm_wait_marker 'BENCH-DONE' 380 || { vm_console_tail 30; t_fail "guest did not finish"; }
vm_wait_exit 30 || true
grep -a "dd:" "$VM_LOG" && t_fail "dd failed in the guest"
grep -aq "ZSIZE $(( MB << 20 ))" "$VM_LOG" || t_fail "guest source file has the wrong size"
secs() { grep -a "$1 " "$VM_LOG" | tr -d '\r' | awk '{ printf "%.2f", $3 - $2 }'; }
dr=$(secs DIRECT-READ) dw=$(secs DIRECT-WRITE) nr=$(secs NBD-READ) nw=$(secs NBD-WRITE)
[ -n "$dr" ] && [ -n "$nr" ] && [ -n "$dw" ] && [ -n "$nw" ] || { vm_console_tail 30; t_fail "missing timings"; }
{
    printf 'kernel NBD bridge vs direct aoeboot inside a TCG VM, %d MiB, e1000 tap\n' "$MB"
    printf '%-8s %10s %10s %10s\n' op direct_s nbd_s nbd/direct
    printf '%-8s %10s %10s %10s\n' read "$dr" "$nr" "$(echo "scale=2; $dr / $nr" | bc)"
    printf '%-8s %10s %10s %10s\n' write "$dw" "$nw" "$(echo "scale=2; $dw / $nw" | bc)"
} | tee "$OUT"
