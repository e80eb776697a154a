#!/bin/sh
# Build libnl-3, libnl-route-3 and libnl-genl-3 as static musl libraries from
# Debian's own libnl3 source package, into PREFIX (never system-wide).
# Usage: build-libnl.sh BUILD_DIR   (installs into BUILD_DIR/libnl)
set -eu
mkdir -p "$1"; build=$(cd "$1" && pwd)
prefix="$build/libnl"
kinc="$build/kernel-include"
# C code never unwinds here (nothing throws through libnl), so no unwind
# tables: about 11 KB of the static binary. A change of flags rebuilds.
cflags="-Os -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables"
if [ -f "$prefix/lib/libnl-route-3.a" ]; then
    [ "$(cat "$prefix/.cflags" 2>/dev/null)" = "$cflags" ] && exit 0
    rm -rf "$prefix"
fi
mkdir -p "$build/src-libnl" "$kinc"
# musl ships no kernel headers; point at Debian's without the rest of /usr/include.
ln -sfn /usr/include/linux "$kinc/linux"
ln -sfn /usr/include/x86_64-linux-gnu/asm "$kinc/asm"
ln -sfn /usr/include/asm-generic "$kinc/asm-generic"
cd "$build/src-libnl"
if ! ls -d libnl3-*/ >/dev/null 2>&1; then
    apt-get source --download-only libnl3 >/dev/null 2>&1 || apt-get source -d libnl3
    dpkg-source --no-check -x libnl3_*.dsc >/dev/null
fi
cd libnl3-*/
# Debian's patches leave the autotools inputs newer than their outputs; put the
# timestamps back in build order so make does not try to rerun automake.
touch aclocal.m4; sleep 1; touch configure; find . -name '*.in' -exec touch {} +
[ -f Makefile ] && make -s distclean >/dev/null 2>&1 || true
./configure -q --prefix="$prefix" --disable-shared --enable-static --disable-cli \
    --disable-debug CC=musl-gcc CFLAGS="$cflags -isystem $kinc" >/dev/null
make -s -j"$(nproc)" >/dev/null 2>&1 || make -j"$(nproc)"
make -s install >/dev/null
echo "$cflags" > "$prefix/.cflags"
echo "libnl: built into $prefix"
