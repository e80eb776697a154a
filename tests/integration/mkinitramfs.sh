#!/bin/bash
# initramfs/mkinitramfs.sh for the Debian kernel: reproducible bytes, the
# static aoeboot as /init, the named modules with their dependencies and
# softdeps (ext4 -> crc16 mbcache jbd2 + crc32c_generic) in a modules.dep of
# its own, the load list, and clear errors for bad input.
. "$(dirname "$0")/../lib.sh"
t_need cpio dpkg-deb depmod
rc=0; kver=$("$ROOT/scripts/fetch-kernel.sh" "$ROOT/build/vm-kernel") || rc=$?
[ $rc = 77 ] && t_skip "cannot fetch the Debian kernel package"
[ $rc = 0 ] || t_fail "fetch-kernel.sh failed"
kdir=$ROOT/build/vm-kernel/root
mk=$ROOT/initramfs/mkinitramfs.sh
"$mk" --help | grep -q -- '--module' || t_fail "--help does not describe --module"
"$mk" -o "$T_TMP/a.gz" -k "$kver" -d "$kdir" -a "$AOEBOOT" -m e1000,ext4 --no-default-modules 2> "$T_TMP/a.log"
grep -q "bytes" "$T_TMP/a.log" || t_fail "no size reported"
sleep 1.1   # different wall-clock time, same output
SOURCE_DATE_EPOCH=0 "$mk" -o "$T_TMP/b.gz" -k "$kver" -d "$kdir" -a "$AOEBOOT" -m e1000 -m ext4 --no-default-modules 2>/dev/null
cmp -s "$T_TMP/a.gz" "$T_TMP/b.gz" || t_fail "two builds of the same inputs differ"
mkdir "$T_TMP/x" && (cd "$T_TMP/x" && zcat "$T_TMP/a.gz" | cpio -id --quiet)
file "$T_TMP/x/init" | grep -q 'statically linked' || t_fail "/init is not the static aoeboot"
"$T_TMP/x/init" --print --cmdline "root=aoe:e1.2" | grep -q 'root=aoe:e1.2' || t_fail "/init does not run"
[ "$(cat "$T_TMP/x/etc/aoeboot/modules" | tr '\n' ' ')" = "e1000 crc32c_generic crc16 mbcache jbd2 ext4 " ] ||
    t_fail "load list: $(cat "$T_TMP/x/etc/aoeboot/modules" | tr '\n' ' ')"
dep=$T_TMP/x/lib/modules/$kver/modules.dep
grep -q '^kernel/fs/ext4/ext4.ko: kernel/lib/crc16.ko kernel/fs/mbcache.ko kernel/fs/jbd2/jbd2.ko$' "$dep" ||
    t_fail "ext4's dependencies are not in the image's modules.dep"
for m in aoe nbd e1000 ext4 jbd2 mbcache crc16 crc32c_generic; do
    grep -q "/$m.ko:" "$dep" || t_fail "$m missing from modules.dep"
    [ -f "$T_TMP/x/lib/modules/$kver/$(grep "/$m.ko:" "$dep" | cut -d: -f1)" ] || t_fail "$m.ko missing"
done
[ "$(grep -c . "$dep")" = 8 ] || t_fail "unexpected modules in the image: $(cut -d: -f1 "$dep" | tr '\n' ' ')"
[ -e "$T_TMP/x/bin/sh" ] && t_fail "busybox in the image without --rescue"
# Bad input: a clear error, no output file.
"$mk" -o "$T_TMP/c.gz" -k "$kver" -d "$kdir" -a "$AOEBOOT" -m no_such_mod 2> "$T_TMP/c.log" && t_fail "unknown module accepted"
grep -q 'module no_such_mod is not in' "$T_TMP/c.log" || t_fail "unclear error: $(cat "$T_TMP/c.log")"
[ -e "$T_TMP/c.gz" ] && t_fail "output written despite the error"
"$mk" -o "$T_TMP/d.gz" -k 9.9.9-none -a "$AOEBOOT" 2> "$T_TMP/d.log" && t_fail "missing kernel accepted"
grep -q 'no modules for kernel 9.9.9-none' "$T_TMP/d.log" || t_fail "unclear error: $(cat "$T_TMP/d.log")"
rc=0; "$mk" -k "$kver" 2>/dev/null || rc=$?
[ $rc = 2 ] || t_fail "missing --output is not a usage error (exit $rc)"
t_log "ok: reproducible ($(stat -c %s "$T_TMP/a.gz") bytes), modules and deps right, errors clear"
