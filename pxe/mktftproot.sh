#!/bin/bash
# Lays out a TFTP root that PXE-boots clients into an AoE root, for every
# firmware pxe/dnsmasq.conf tells apart:
#   vmlinuz, initrd.img          the kernel and the aoeboot initramfs
#   boot.ipxe                    for iPXE (ROMs, or the EFI build below)
#   pxelinux.0, ldlinux.c32,     BIOS PXE ROMs (packages pxelinux,
#     pxelinux.cfg/default         syslinux-common)
#   snponly.efi                  UEFI x86-64: iPXE's EFI build (package ipxe)
#   shimx64.efi, grubx64.efi,    UEFI with Secure Boot: Debian's signed shim
#     mmx64.efi, grub/grub.cfg     (shim-signed) and netboot GRUB
#                                  (grub-efi-amd64-signed); the kernel must be
#                                  Debian's signed one
# A loader whose package is missing is left out with a note; the others work.
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
mkdir -p "$out/pxelinux.cfg" "$out/grub"
install -m 644 "$kernel" "$out/vmlinuz"
install -m 644 "$initrd" "$out/initrd.img"
sed "s|^kernel vmlinuz .* BOOTIF=|kernel vmlinuz initrd=initrd.img $args BOOTIF=|" \
    "$here/boot.ipxe" > "$out/boot.ipxe"
sed "s|^  APPEND .*|  APPEND $args|" \
    "$here/pxelinux.cfg/default" > "$out/pxelinux.cfg/default"
sed "s|^    linux /vmlinuz .* BOOTIF=|    linux /vmlinuz $args BOOTIF=|" \
    "$here/grub.cfg" > "$out/grub/grub.cfg"
missing=""
# put SRC DST WHAT: one boot program, or a note that its firmware kind is out.
put() {
    if [ -f "$1" ]; then install -m 644 "$1" "$out/$2"
    else missing="$missing; no $1: $3"; fi
}
put /usr/lib/PXELINUX/pxelinux.0 pxelinux.0 "BIOS PXE ROMs need package pxelinux"
put /usr/lib/syslinux/modules/bios/ldlinux.c32 ldlinux.c32 "BIOS PXE ROMs need syslinux-common"
put /usr/lib/ipxe/snponly.efi snponly.efi "UEFI machines need package ipxe"
# shim loads grubx64.efi (and MokManager, mmx64.efi) from the directory it
# was loaded from.
put /usr/lib/shim/shimx64.efi.signed shimx64.efi "Secure Boot machines need shim-signed"
put /usr/lib/shim/mmx64.efi.signed mmx64.efi "Secure Boot machines need shim-signed"
put /usr/lib/grub/x86_64-efi-signed/grubnetx64.efi.signed grubx64.efi \
    "Secure Boot machines need grub-efi-amd64-signed"
echo "mktftproot: $out ready for root=aoe:$root${missing:+ (}${missing#; }${missing:+)}" >&2
