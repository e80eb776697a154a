#!/bin/bash
# Builds a disk image that iPXE can `sanboot aoe:eX.Y` (BIOS and UEFI): the
# disk holds its own boot loader, kernel and initramfs, so nothing but iPXE
# comes over TFTP. No root, no loop devices: the partitions are made as
# files (mkfs.fat, mtools, mkfs.ext4 -d) and the MBR is written by hand.
#
#   partition 1  FAT (type 0x0c, active): vmlinuz, initrd.img,
#                syslinux (BIOS: syslinux's mbr.bin -> VBR -> ldlinux.sys),
#                EFI/BOOT/BOOTX64.EFI (UEFI: grub-mkstandalone, grub.cfg
#                embedded) and the syslinux.cfg/grub.cfg with one kernel line
#   partition 2  ext4 root, filled from --rootfs DIR
set -euo pipefail

usage() {
    cat <<'EOF2'
usage: mksanimage.sh --kernel VMLINUZ --initrd INITRD --rootfs DIR --output IMG [options]

  --kernel FILE   the kernel the disk boots (copied to partition 1)
  --initrd FILE   its initramfs (the aoeboot one, or a distribution's)
  --rootfs DIR    the root filesystem tree (partition 2, ext4)
  --output IMG    the disk image to write
  --append TEXT   kernel command line (default: root=aoe:abftp2 ro); the
                  initramfs finds the disk through iPXE's aBFT
  --boot-mb N     size of partition 1 in MiB (default: fits the files + 8)
  --root-mb N     size of partition 2 in MiB (default 64)
  --root-uuid U   the ext4 UUID of partition 2 (default: a random one), for
                  a kernel line with root=UUID=U as an installed system has
  --bios-only / --uefi-only   leave out the other boot loader
Needs: mkfs.fat, mtools, syslinux (BIOS), grub-mkstandalone with
grub-efi-amd64-bin (UEFI), mkfs.ext4.
EOF2
}

die() { echo "mksanimage: $*" >&2; exit 1; }

kernel="" initrd="" rootfs="" out="" append="root=aoe:abftp2 ro" boot_mb="" root_mb=64 uuid=()
bios=1 uefi=1
while [ $# -gt 0 ]; do
    case $1 in
        --kernel) kernel=${2:?}; shift 2;;
        --initrd) initrd=${2:?}; shift 2;;
        --rootfs) rootfs=${2:?}; shift 2;;
        --output) out=${2:?}; shift 2;;
        --append) append=${2:?}; shift 2;;
        --boot-mb) boot_mb=${2:?}; shift 2;;
        --root-mb) root_mb=${2:?}; shift 2;;
        --root-uuid) uuid=(-U "${2:?}"); shift 2;;
        --bios-only) uefi=0; shift;;
        --uefi-only) bios=0; shift;;
        -h|--help) usage; exit 0;;
        *) usage >&2; die "unknown argument '$1'";;
    esac
done
[ -n "$kernel" ] && [ -n "$initrd" ] && [ -n "$rootfs" ] && [ -n "$out" ] ||
    { usage >&2; die "--kernel, --initrd, --rootfs and --output are required"; }
[ -f "$kernel" ] || die "no kernel $kernel"
[ -f "$initrd" ] || die "no initramfs $initrd"
[ -d "$rootfs" ] || die "no root tree $rootfs"
need() { command -v "$1" > /dev/null || die "$1 is missing (package $2)"; }
need mkfs.fat dosfstools; need mcopy mtools; need mkfs.ext4 e2fsprogs
mbr=/usr/lib/syslinux/mbr/mbr.bin
if [ $bios = 1 ]; then
    need syslinux syslinux; [ -f "$mbr" ] || die "no $mbr (package syslinux-common)"
fi
[ $uefi = 1 ] && { need grub-mkstandalone grub-common
    [ -d /usr/lib/grub/x86_64-efi ] || die "no /usr/lib/grub/x86_64-efi (package grub-efi-amd64-bin)"; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mksanimage.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The one kernel line, for both loaders.
cat > "$tmp/syslinux.cfg" <<EOF2
DEFAULT aoe
PROMPT 0
TIMEOUT 0
LABEL aoe
  KERNEL /vmlinuz
  INITRD /initrd.img
  APPEND $append
EOF2
# GRUB, embedded in BOOTX64.EFI: the partition it was loaded from ($cmdpath
# is "(hdN,msdos1)/EFI/BOOT") holds the kernel.
cat > "$tmp/grub.cfg" <<EOF2
regexp --set=1:bootdev '^\(([^)]*)\)' "\$cmdpath"
set root=\$bootdev
echo "aoeboot sanimage: loading /vmlinuz from (\$root)"
linux /vmlinuz $append
initrd /initrd.img
boot
EOF2
if [ $uefi = 1 ]; then
    grub-mkstandalone -O x86_64-efi -o "$tmp/BOOTX64.EFI" \
        --modules="part_msdos fat regexp linux echo" \
        --install-modules="part_msdos fat regexp linux echo normal configfile" \
        --locales= --fonts= --themes= "boot/grub/grub.cfg=$tmp/grub.cfg" ||
        die "grub-mkstandalone failed"
fi

# Partition 1: the files plus 8 MiB of room (kernel updates in place).
files_kb=$(( ( $(stat -c %s "$kernel") + $(stat -c %s "$initrd") ) / 1024 ))
[ $uefi = 1 ] && files_kb=$(( files_kb + $(stat -c %s "$tmp/BOOTX64.EFI") / 1024 ))
[ -n "$boot_mb" ] || boot_mb=$(( files_kb / 1024 + 8 ))
[ "$boot_mb" -ge 16 ] || boot_mb=16
start1=2048 size1=$(( boot_mb * 2048 ))
start2=$(( start1 + size1 )) size2=$(( root_mb * 2048 ))
p1=$tmp/p1.img
# -h: hidden sectors = the partition's start (the VBR adds it to its reads).
mkfs.fat -F 16 -n AOEBOOT -h $start1 -C "$p1" $(( size1 / 2 )) > /dev/null || die "mkfs.fat failed"
export MTOOLS_SKIP_CHECK=1
mcopy -i "$p1" "$kernel" ::/vmlinuz
mcopy -i "$p1" "$initrd" ::/initrd.img
if [ $bios = 1 ]; then
    mcopy -i "$p1" "$tmp/syslinux.cfg" ::/syslinux.cfg
    syslinux --install "$p1" || die "syslinux --install failed"
fi
if [ $uefi = 1 ]; then
    mmd -i "$p1" ::/EFI ::/EFI/BOOT
    mcopy -i "$p1" "$tmp/BOOTX64.EFI" ::/EFI/BOOT/BOOTX64.EFI
    mcopy -i "$p1" "$tmp/grub.cfg" ::/EFI/BOOT/grub.cfg  # for reading; the embedded copy is used
fi

# The disk: MBR, partition 1 at 1 MiB, partition 2 after it.
rm -f "$out"
truncate -s $(( (start2 + size2) * 512 )) "$out"
[ $bios = 1 ] && dd if="$mbr" of="$out" conv=notrunc status=none
le32() { printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(( $1 & 255 )) $(( $1 >> 8 & 255 )) \
                $(( $1 >> 16 & 255 )) $(( $1 >> 24 & 255 )); }
# CHS fields say "use LBA" (fe ff ff); 0x80 = active (syslinux's MBR boots it).
entry() { printf "\\x$1\\xfe\\xff\\xff\\x$2\\xfe\\xff\\xff$(le32 "$3")$(le32 "$4")"; }
{ entry 80 0c $start1 $size1; entry 00 83 $start2 $size2; } |
    dd of="$out" bs=1 seek=446 conv=notrunc status=none
printf '\x55\xaa' | dd of="$out" bs=1 seek=510 conv=notrunc status=none
dd if="$p1" of="$out" bs=512 seek=$start1 conv=notrunc status=none
mkfs.ext4 -q -F -L aoeroot ${uuid[@]+"${uuid[@]}"} -E offset=$(( start2 * 512 )) -d "$rootfs" "$out" "$(( size2 / 2 ))k" ||
    die "mkfs.ext4 -d failed"
echo "mksanimage: $out: $(( (start2 + size2) / 2048 )) MiB, boot partition ${boot_mb} MiB" \
     "($( [ $bios = 1 ] && echo "BIOS syslinux" )$( [ $bios$uefi = 11 ] && echo ", " )$( [ $uefi = 1 ] && echo "UEFI GRUB" )), root ${root_mb} MiB; kernel line: $append" >&2
