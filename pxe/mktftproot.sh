#!/bin/bash
# Lays out a TFTP root that PXE-boots clients into an AoE root: the kernel,
# the aoeboot initramfs, boot.ipxe for iPXE, and pxelinux.0 + ldlinux.c32 +
# pxelinux.cfg/default for legacy PXE ROMs (when syslinux is installed).
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: mktftproot.sh --kernel VMLINUZ --initrd INITRAMFS --output DIR [options]

  -k, --kernel FILE    the kernel (e.g. /boot/vmlinuz-6.1.0-56-amd64)
  -i, --initrd FILE    the aoeboot initramfs (initramfs/mkinitramfs.sh)
  -o, --output DIR     the TFTP root to fill (created; existing files replaced)
  -r, --root SPEC      the root: e7.3, e7.3p1 or config=STRING (default e7.3)
  -a, --append ARGS    more kernel arguments (default "ro console=tty0 console=ttyS0")
  -h, --help           this text

Then point dnsmasq's tftp-root at DIR (pxe/dnsmasq.conf).
USAGE
}

here=$(cd "$(dirname "$0")" && pwd)
kernel="" initrd="" out="" root=e7.3 append="ro console=tty0 console=ttyS0"
while [ $# -gt 0 ]; do
    case $1 in
        -k|--kernel) kernel=${2:?}; shift 2;;
        -i|--initrd) initrd=${2:?}; shift 2;;
        -o|--output) out=${2:?}; shift 2;;
        -r|--root) root=${2:?}; shift 2;;
        -a|--append) append=${2?}; shift 2;;
        -h|--help) usage; exit 0;;
        *) echo "mktftproot: unknown argument '$1'" >&2; usage >&2; exit 2;;
    esac
done
[ -n "$kernel" ] && [ -n "$initrd" ] && [ -n "$out" ] ||
    { echo "mktftproot: --kernel, --initrd and --output are required" >&2; usage >&2; exit 2; }
[ -f "$kernel" ] || { echo "mktftproot: no kernel at $kernel" >&2; exit 1; }
[ -f "$initrd" ] || { echo "mktftproot: no initramfs at $initrd (build it: make initramfs)" >&2; exit 1; }
case $root in
    e[0-9]*.[0-9]*|config=?*) ;;
    *) echo "mktftproot: --root wants eX.Y, eX.YpN or config=STRING, not '$root'" >&2; exit 2;;
esac
case "$root$append" in *'|'*) echo "mktftproot: '|' is not allowed in --root/--append" >&2; exit 2;; esac

# Escape for sed's replacement text.
args="root=aoe:$root $append"
args=${args//\\/\\\\}; args=${args//&/\\&}
mkdir -p "$out/pxelinux.cfg"
install -m 644 "$kernel" "$out/vmlinuz"
install -m 644 "$initrd" "$out/initrd.img"
sed "s|^kernel vmlinuz .* BOOTIF=|kernel vmlinuz $args BOOTIF=|" \
    "$here/boot.ipxe" > "$out/boot.ipxe"
sed "s|^  APPEND .*|  APPEND $args|" \
    "$here/pxelinux.cfg/default" > "$out/pxelinux.cfg/default"
legacy=""
for f in /usr/lib/PXELINUX/pxelinux.0 /usr/lib/syslinux/modules/bios/ldlinux.c32; do
    if [ -f "$f" ]; then install -m 644 "$f" "$out/"; else legacy=" (no $f: legacy PXE ROMs need syslinux/pxelinux)"; fi
done
echo "mktftproot: $out ready for root=aoe:$root$legacy" >&2
