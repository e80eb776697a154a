#!/bin/bash
# Builds a minimal initramfs that boots a diskless machine from an AoE root:
# the static aoeboot as /init, aoe.ko, the NIC and filesystem modules with
# their dependencies (from the kernel's modules.dep and modules.softdep), and
# optionally a rescue busybox. The output is reproducible: sorted entries,
# fixed owners and mtimes (SOURCE_DATE_EPOCH), no inode numbers, gzip -n.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: mkinitramfs.sh --output FILE [options]

Builds an initramfs whose /init is aoeboot (`aoeboot root`), for booting from
root=aoe:eX.Y on the kernel command line. aoe.ko (and nbd.ko, for
aoe.mode=nbd, when the kernel has it) are always included.

  -o, --output FILE     where to write the image (required)
  -k, --kver VERSION    kernel release (default: uname -r)
  -d, --moddir DIR      modules of that kernel: either /lib/modules/VERSION
                        itself or a tree holding lib/modules/VERSION (e.g. an
                        extracted linux-image .deb); default /lib/modules/VERSION
  -a, --aoeboot PATH    the static aoeboot binary (default: build/aoeboot)
  -m, --module NAME     a module to include and load at boot (NIC driver,
                        filesystem); repeatable, or comma-separated. Default:
                        the drivers of this machine's NICs, plus ext4
      --no-default-modules   include only aoe and what --module names
  -r, --rescue          add busybox-static as /bin/sh: a rescue shell when the
                        boot fails
  -c, --compress TYPE   gzip (default), xz, zstd or none
  -h, --help            this text

Environment: SOURCE_DATE_EPOCH sets the files' mtimes (default 0); MODULES
adds modules like --module; BUILD locates build/aoeboot.
For another kernel than the running one and no --module, the common NIC
drivers it has (e1000, e1000e, igb, igc, ixgbe, r8169, tg3, bnx2, virtio_net)
are included.
The size of the result is printed at the end.
EOF
}

die() { echo "mkinitramfs: $*" >&2; exit 1; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
out="" kver="" moddir="" aoeboot="" rescue=0 compress=gzip defaults=1
modules=()
while [ $# -gt 0 ]; do
    case $1 in
        -o|--output) out=${2:?}; shift 2;;
        -k|--kver) kver=${2:?}; shift 2;;
        -d|--moddir) moddir=${2:?}; shift 2;;
        -a|--aoeboot) aoeboot=${2:?}; shift 2;;
        -m|--module) IFS=', ' read -ra more <<<"${2:?}"; modules+=("${more[@]}"); shift 2;;
        --no-default-modules) defaults=0; shift;;
        -r|--rescue) rescue=1; shift;;
        -c|--compress) compress=${2:?}; shift 2;;
        -h|--help) usage; exit 0;;
        *) echo "mkinitramfs: unknown argument '$1'" >&2; usage >&2; exit 2;;
    esac
done
# `make initramfs MODULES="e1000 ext4"` passes them in the environment.
if [ -n "${MODULES:-}" ]; then IFS=', ' read -ra more <<<"$MODULES"; modules+=("${more[@]}"); fi
[ -n "$out" ] || { echo "mkinitramfs: --output FILE is required" >&2; usage >&2; exit 2; }
case $compress in gzip|xz|zstd|none) ;; *) die "--compress: want gzip, xz, zstd or none";; esac
[ -n "$kver" ] || kver=$(uname -r)
if [ -z "$aoeboot" ]; then
    # `make initramfs BUILD=DIR` passes BUILD in the environment.
    case ${BUILD:-build} in /*) aoeboot=$BUILD/aoeboot;; *) aoeboot=$ROOT/${BUILD:-build}/aoeboot;; esac
fi
[ -x "$aoeboot" ] || die "$aoeboot is not there: build it first (make), or pass --aoeboot PATH"
file -L "$aoeboot" 2>/dev/null | grep -q 'statically linked' ||
    die "$aoeboot is not statically linked: an initramfs has no shared libraries"

# The modules directory of kernel $kver.
if [ -z "$moddir" ]; then
    mdir=/lib/modules/$kver
elif [ -f "$moddir/modules.dep" ] || [ -d "$moddir/kernel" ]; then
    mdir=$moddir
else
    mdir=$moddir/lib/modules/$kver
fi
[ -d "$mdir" ] || die "no modules for kernel $kver in $mdir (give --kver and --moddir)"
[ -f "$mdir/modules.dep" ] ||
    die "$mdir/modules.dep is missing: run depmod -b BASE $kver (an extracted .deb has none)"

if [ $defaults = 1 ]; then
    if [ "$kver" = "$(uname -r)" ]; then
        for m in /sys/class/net/*/device/driver/module; do
            [ -e "$m" ] && modules+=("$(basename "$(readlink -f "$m")")")
        done
    elif [ ${#modules[@]} = 0 ]; then
        # Another kernel: we cannot look at its machine's NICs. Take the
        # common drivers (PCs, servers, VMs) that this kernel has as modules.
        for m in e1000 e1000e igb igc ixgbe r8169 tg3 bnx2 virtio_net; do
            grep -qE "(^|/)$m\.ko(\.[a-z]+)?:" "$mdir/modules.dep" && modules+=("$m")
        done
        echo "mkinitramfs: building for $kver (not the running kernel) without --module:" \
             "including the common NIC drivers ${modules[*]:-(none found)}" >&2
    fi
    modules+=(ext4)
fi

norm() { local n=${1##*/}; n=${n%%.ko*}; echo "${n//-/_}"; }

# Path of a module (relative to $mdir) from modules.dep; empty if unknown.
declare -A dep_line=()
while IFS= read -r line; do
    p=${line%%:*}
    dep_line[$(norm "$p")]=$line
done < "$mdir/modules.dep"
declare -A builtin=()
if [ -f "$mdir/modules.builtin" ]; then
    while IFS= read -r p; do builtin[$(norm "$p")]=1; done < "$mdir/modules.builtin"
fi

# A softdep names a module or an alias (crypto-crc32c): pick a module for it,
# preferring the generic implementation (it works on every CPU).
resolve_alias() {
    local n; n=$(norm "$1")
    if [ -n "${dep_line[$n]:-}" ] || [ -n "${builtin[$n]:-}" ]; then echo "$n"; return; fi
    [ -f "$mdir/modules.alias" ] || return 0
    local cands
    cands=$(awk -v a="$1" '$1 == "alias" && $2 == a { print $3 }' "$mdir/modules.alias")
    local c
    for c in $cands; do [[ $c == *generic* ]] && { norm "$c"; return; }; done
    for c in $cands; do norm "$c"; return; done
}

declare -A seen=()
order=()
visit() {
    local n; n=$(norm "$1")
    [ -n "${seen[$n]:-}" ] && return 0
    seen[$n]=1
    [ -n "${builtin[$n]:-}" ] && return 0
    local line=${dep_line[$n]:-}
    [ -n "$line" ] || die "module $n is not in $mdir/modules.dep (wrong --kver, or not a module of this kernel?)"
    # Soft "pre:" dependencies first (ext4 and jbd2 need crc32c at mount time).
    if [ -f "$mdir/modules.softdep" ]; then
        local pre s
        pre=$(awk -v m="$n" '$1 == "softdep" && $2 == m { on = 0; for (i = 3; i <= NF; i++) {
                 if ($i == "pre:") on = 1; else if ($i == "post:") on = 0; else if (on) print $i } }' \
              "$mdir/modules.softdep")
        for s in $pre; do
            s=$(resolve_alias "$s")
            [ -n "$s" ] && visit "$s"
        done
    fi
    local d
    for d in ${line#*:}; do visit "$d"; done
    order+=("$n")
}

for m in "${modules[@]}"; do visit "$m"; done
boot_list=("${order[@]}")   # loaded by aoeboot at the start, in this order
visit aoe                   # loaded by aoeboot after the link is up
# nbd.ko for aoe.mode=nbd (loaded only in that mode), when the kernel has it.
grep -qE '(^|/)nbd\.ko(\.[a-z]+)?:' "$mdir/modules.dep" && visit nbd

stage=$(mktemp -d "${TMPDIR:-/tmp}/mkinitramfs.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage"/{dev,proc,sys,run,sysroot,etc/aoeboot,lib/modules/$kver}
install -m 755 "$aoeboot" "$stage/init"
# Symbols are of no use at boot; strip if we can (the image stays correct if not).
command -v strip >/dev/null && strip --strip-all "$stage/init" 2>/dev/null || true

: > "$stage/lib/modules/$kver/modules.dep"
for n in "${order[@]}"; do
    line=${dep_line[$n]}
    src=${line%%:*}
    dst=${src%.ko*}.ko
    mkdir -p "$stage/lib/modules/$kver/$(dirname "$dst")"
    case $src in
        *.ko) cp "$mdir/$src" "$stage/lib/modules/$kver/$dst";;
        *.ko.xz) xz -dc "$mdir/$src" > "$stage/lib/modules/$kver/$dst";;
        *.ko.zst) zstd -qdc "$mdir/$src" > "$stage/lib/modules/$kver/$dst";;
        *.ko.gz) gzip -dc "$mdir/$src" > "$stage/lib/modules/$kver/$dst";;
        *) die "unknown module file type: $src";;
    esac
    # Our own modules.dep: only what is in the image, uncompressed names.
    deps=""
    for d in ${line#*:}; do deps+=" ${d%.ko*}.ko"; done
    echo "$dst:$deps" >> "$stage/lib/modules/$kver/modules.dep"
done
[ -f "$mdir/modules.builtin" ] && cp "$mdir/modules.builtin" "$stage/lib/modules/$kver/"
printf '%s\n' "${boot_list[@]}" > "$stage/etc/aoeboot/modules"

if [ $rescue = 1 ]; then
    bb=$(command -v busybox || true)
    [ -n "$bb" ] && file -L "$bb" | grep -q 'statically linked' ||
        die "--rescue needs a static busybox (apt-get install busybox-static)"
    mkdir -p "$stage/bin"
    cp "$bb" "$stage/bin/busybox"
    for a in $("$bb" --list); do
        [ "$a" = busybox ] || ln -s busybox "$stage/bin/$a"
    done
fi

# Reproducible archive: fixed order, owners, mtimes; no inode/device numbers.
epoch=${SOURCE_DATE_EPOCH:-0}
find "$stage" -exec touch -h -d "@$epoch" {} +
chmod -R u+rwX,go+rX,go-w "$stage"
mkdir -p "$(dirname "$out")"
tmp=$out.tmp.$$
(cd "$stage" && find . -mindepth 1 | LC_ALL=C sort |
    cpio -o -H newc -R 0:0 --reproducible --quiet) > "$tmp.cpio"
case $compress in
    gzip) gzip -n -9 < "$tmp.cpio" > "$tmp";;
    xz) xz --check=crc32 -9 < "$tmp.cpio" > "$tmp";;   # the kernel wants crc32
    zstd) zstd -q -19 < "$tmp.cpio" > "$tmp";;
    none) cp "$tmp.cpio" "$tmp";;
esac
rm -f "$tmp.cpio"
mv "$tmp" "$out"
size=$(stat -c %s "$out")
echo "mkinitramfs: $out: $size bytes ($(( (size + 1023) / 1024 )) KiB, $compress) for kernel $kver;" \
     "modules: ${order[*]}$([ $rescue = 1 ] && echo '; rescue busybox')" >&2
