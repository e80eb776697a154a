#!/bin/sh
# Install everything the build and the tests need, on Debian 12. Idempotent:
# it does nothing when every package is present and the libnl3 source is reachable.
# dracut-core and initramfs-tools-core, not dracut and initramfs-tools: the
# latter two conflict, and the -core packages only bring the image builders,
# without hooking into the host's own kernel installs.
set -eu
PKGS="build-essential musl-tools musl-dev flex bison dpkg-dev file catch2 clang libclang-rt-14-dev
 vblade aoetools tcpdump iproute2 qemu-system-x86 qemu-utils ipxe-qemu dnsmasq busybox-static
 pxelinux syslinux-common syslinux dosfstools mtools libnbd-bin e2fsprogs cpio kmod binutils man-db groff-base
 dracut-core initramfs-tools-core
 ovmf ipxe shim-signed grub-efi-amd64-signed grub-efi-amd64-bin syslinux mtools dosfstools drbd-utils
 libnl-3-dev libnl-route-3-dev libnl-genl-3-dev pkg-config"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
need_src=0
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    need_src=1
fi
[ -z "$missing" ] && [ $need_src = 0 ] && exit 0
[ "$(id -u)" = 0 ] || { echo "deps: need root to install:$missing" >&2; exit 1; }
if [ $need_src = 1 ]; then
    # Same mirrors as the binary entries, for `apt-get source libnl3`.
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
        > /etc/apt/sources.list.d/aoeboot-src.sources
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
[ -z "$missing" ] || apt-get install -y -q --no-install-recommends $missing
