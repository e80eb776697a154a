#!/bin/bash
# Fetches the Debian kernel that linux-image-amd64 points at (e.g.
# linux-image-6.1.0-56-amd64) once into CACHE_DIR, extracts it with
# dpkg-deb -x and runs depmod on it. Prints the kernel release. Safe to run
# concurrently (flock). Used by `make demo` and the VM tests.
#   usage: scripts/fetch-kernel.sh CACHE_DIR
#   result: CACHE_DIR/root/boot/vmlinuz-REL, CACHE_DIR/root/lib/modules/REL
# Exit 77 when the package cannot be found or downloaded (no registry).
set -u
cache=${1:?usage: fetch-kernel.sh CACHE_DIR}
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock -w 600 9 || { echo "fetch-kernel: $cache/.lock busy for 600 s" >&2; exit 1; }
if [ ! -f "$cache/ready" ]; then
    pkg=$(apt-cache depends linux-image-amd64 2>/dev/null |
          sed -n 's/.*Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -n1)
    [ -n "$pkg" ] || { echo "fetch-kernel: apt-cache does not know linux-image-amd64 (run apt-get update)" >&2; exit 77; }
    dl=$cache/dl
    rm -rf "$dl" "$cache/root"; mkdir -p "$dl"
    echo "fetch-kernel: downloading $pkg into $cache (once)" >&2
    (cd "$dl" && apt-get download -q "$pkg" >/dev/null 2>&1) ||
        { echo "fetch-kernel: apt-get download $pkg failed" >&2; exit 77; }
    dpkg-deb -x "$dl"/*.deb "$cache/root" || { echo "fetch-kernel: dpkg-deb -x failed" >&2; exit 1; }
    kver=${pkg#linux-image-}
    depmod -b "$cache/root" "$kver" || { echo "fetch-kernel: depmod failed" >&2; exit 1; }
    [ -f "$cache/root/boot/vmlinuz-$kver" ] || { echo "fetch-kernel: no vmlinuz in $pkg" >&2; exit 1; }
    rm -rf "$dl"
    echo "$kver" > "$cache/ready"
fi
cat "$cache/ready"
