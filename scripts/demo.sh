#!/bin/bash
# `make demo`: a diskless machine PXE-boots into an AoE root, on this one
# machine. Installs what it needs, builds aoeboot, makes a busybox ext4 root
# image (mkfs.ext4 -d, nothing mounted), serves it with `aoeboot serve` in a
# network namespace, runs dnsmasq (DHCP + TFTP) there, and boots a QEMU VM
# (Debian kernel, TCG) with -boot n: iPXE -> TFTP -> kernel + aoeboot
# initramfs -> root=aoe:e7.3 -> the root's init says what it booted from and
# powers off. Each stage is announced; a failure names its stage and why;
# everything started here is stopped and removed at the end.
#
# FIRMWARE (make demo FIRMWARE=...) picks the machine that boots:
#   bios        legacy BIOS, the NIC's iPXE option ROM (default)
#   uefi        UEFI (OVMF), the firmware's own PXE client, NIC without
#               option ROM: DHCP arch 7 -> snponly.efi -> boot.ipxe
#   secureboot  UEFI with Secure Boot enforcing (Microsoft's keys): Debian's
#               signed shim -> signed GRUB -> grub.cfg -> signed kernel,
#               which runs locked down
#   sanboot     legacy BIOS, AoE only: the NIC's iPXE runs pxe/sanboot.ipxe,
#               `sanboot` of the DHCP root-path aoe:e7.3 boots the disk
#               itself (pxe/mksanimage.sh: syslinux, kernel, initramfs on
#               partition 1, the root on partition 2); aoeboot finds disk
#               and NIC in iPXE's aBFT (root=aoe:abftp2). TFTP serves only
#               sanboot.ipxe.
# Environment: AOEBOOT (use this binary, skip the build), DEMO_KEEP=1 (keep
# the work dir), DEMO_TIMEOUT (seconds for the VM, default 240).
set -euo pipefail
FIRMWARE=${FIRMWARE:-bios}
case $FIRMWARE in
    bios|uefi|secureboot|sanboot) ;;
    *) echo "demo: FIRMWARE is bios, uefi, secureboot or sanboot, not '$FIRMWARE'" >&2; exit 2;;
esac

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
STAGE="start"
T0=$(date +%s%N)
WORK=$(mktemp -d /tmp/aoeboot-demo.XXXXXX)
chmod 755 "$WORK"   # dnsmasq serves TFTP as user nobody
NS=abdemo$$
MAC=52:54:00:de:e0:01
TAP=abtap0
PIDS=()
TAIL_PID=""

say() { printf '\n\033[1m== demo: %s\033[0m\n' "$*"; }
stage() { STAGE=$1; say "[$(( ($(date +%s%N) - T0) / 1000000000 ))s] $1"; }
fail() { printf '\ndemo: FAILED in stage "%s": %s\n' "$STAGE" "$*" >&2; exit 1; }

cleanup() {
    local rc=$?
    set +e
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    sleep 0.3
    for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
    if ip netns list 2>/dev/null | grep -qw "$NS"; then
        ip netns pids "$NS" 2>/dev/null | xargs -r kill -9 2>/dev/null
        ip netns del "$NS"
    fi
    if [ $rc != 0 ]; then
        echo "demo: logs kept in $WORK" >&2
        for f in "$WORK"/*.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -n 15 "$f" >&2; }; done
    elif [ -z "${DEMO_KEEP:-}" ]; then
        rm -rf "$WORK"
    fi
    echo "demo: cleaned up (namespace $NS, processes, temporary files)" >&2
    exit $rc
}
trap cleanup EXIT
trap 'fail "interrupted"' INT TERM
trap 'fail "command failed: $BASH_COMMAND"' ERR

[ "$(id -u)" = 0 ] || fail "needs root (network namespace, tap device, apt-get)"

stage "install dependencies (scripts/deps.sh)"
"$ROOT/scripts/deps.sh" || fail "scripts/deps.sh could not install the packages"

stage "build aoeboot (static, musl)"
if [ -n "${AOEBOOT:-}" ]; then
    echo "using AOEBOOT=$AOEBOOT"
else
    make -s -C "$ROOT" BUILD="$BUILD" || fail "make failed"
    AOEBOOT=$ROOT/$BUILD/aoeboot
    case $BUILD in /*) AOEBOOT=$BUILD/aoeboot;; esac
fi
[ -x "$AOEBOOT" ] || fail "no aoeboot binary at $AOEBOOT"
ls -l "$AOEBOOT" | awk '{ print "aoeboot: " $5 " bytes" }'

stage "fetch the Debian kernel (linux-image-amd64's target, cached)"
CACHE=$ROOT/build/vm-kernel
KVER=$("$ROOT/scripts/fetch-kernel.sh" "$CACHE") || fail "could not fetch the kernel package (apt-get download)"
KDIR=$CACHE/root
echo "kernel $KVER"

stage "build the aoeboot initramfs (initramfs/mkinitramfs.sh)"
# The UEFI machines get a virtio NIC (OVMF drives it without an option ROM).
nic_modules=""
case $FIRMWARE in uefi|secureboot) nic_modules="--module virtio_net,virtio_pci";; esac
"$ROOT/initramfs/mkinitramfs.sh" --output "$WORK/initrd.img" --kver "$KVER" --moddir "$KDIR" \
    --aoeboot "$AOEBOOT" --no-default-modules --module e1000,ext4 $nic_modules ||
    fail "mkinitramfs.sh failed"

stage "make the root filesystem image (busybox, mkfs.ext4 -d, no mounting)"
R=$WORK/rootfs
mkdir -p "$R"/{bin,sbin,proc,sys,dev,run,tmp,etc}
cp "$(command -v busybox)" "$R/bin/busybox"
for a in $("$R/bin/busybox" --list); do [ "$a" = busybox ] || ln -s busybox "$R/bin/$a"; done
cat > "$R/sbin/init" <<'EOF'
#!/bin/sh
export PATH=/bin:/sbin
dev=$(awk '$2 == "/" { print $1 }' /proc/mounts | tail -n 1)
fs=$(awk '$2 == "/" { print $3 " (" $4 ")" }' /proc/mounts | tail -n 1)
disk=${dev#/dev/etherd/}; disk=${disk%p[0-9]*}
echo
echo "=============================================================="
echo " Hello from the diskless machine: this is the real /sbin/init"
echo "   root device : $dev"
echo "   AoE target  : $disk, target MAC $(cat "/sys/block/etherd!$disk/mac" 2>/dev/null)" \
     "via $(cat "/sys/block/etherd!$disk/netif" 2>/dev/null)"
echo "   root fs     : $fs; hostname $(cat /etc/hostname)"
echo "   kernel      : $(uname -r), up $(cut -d' ' -f1 /proc/uptime) s"
[ -x /sbin/aoeboot ] && echo "   iPXE's aBFT : $(/sbin/aoeboot abft 2>&1)"
echo "=============================================================="
echo "DEMO-BOOTED dev=$dev"
poweroff -f
EOF
chmod 755 "$R/sbin/init"
echo "aoe-demo-root" > "$R/etc/hostname"
if [ "$FIRMWARE" = sanboot ]; then
    # The whole disk is the export: boot partition (syslinux, kernel,
    # initramfs) and root partition. The root's init shows the aBFT too.
    cp "$AOEBOOT" "$R/sbin/aoeboot"
    "$ROOT/pxe/mksanimage.sh" --bios-only --kernel "$KDIR/boot/vmlinuz-$KVER" \
        --initrd "$WORK/initrd.img" --rootfs "$R" --output "$WORK/root.img" --root-mb 64 \
        --append "root=aoe:abftp2 ro console=ttyS0 panic=-1 no_timer_check" > "$WORK/mkfs.log" 2>&1 ||
        fail "pxe/mksanimage.sh: $(tail -n 2 "$WORK/mkfs.log")"
    echo "disk image: $WORK/root.img ($(stat -c %s "$WORK/root.img") bytes; $(tail -n 1 "$WORK/mkfs.log"))"
else
    mkfs.ext4 -q -F -L aoe-demo -d "$R" "$WORK/root.img" 64M > "$WORK/mkfs.log" 2>&1 ||
        fail "mkfs.ext4 -d: $(tail -n 2 "$WORK/mkfs.log")"
    echo "root image: $WORK/root.img ($(stat -c %s "$WORK/root.img") bytes, ext4)"
fi

stage "network: namespace $NS with tap $TAP (10.77.0.1/24)"
ip netns add "$NS"
ip -n "$NS" link set lo up
ip -n "$NS" tuntap add dev "$TAP" mode tap
ip -n "$NS" addr add 10.77.0.1/24 dev "$TAP"
ip -n "$NS" link set "$TAP" up

stage "serve the root image as e7.3 (aoeboot serve)"
mkdir -p "$WORK/state"
ip netns exec "$NS" "$AOEBOOT" serve -S "$WORK/control" --state-dir "$WORK/state" \
    "$TAP" e7.3 "$WORK/root.img" > "$WORK/serve.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do grep -q serving "$WORK/serve.log" && break; sleep 0.1; done
grep -q serving "$WORK/serve.log" || fail "aoeboot serve did not start: $(tail -n 3 "$WORK/serve.log")"
cat "$WORK/serve.log"

stage "TFTP root (pxe/mktftproot.sh) and dnsmasq DHCP + TFTP (pxe/dnsmasq.conf)"
if [ "$FIRMWARE" = sanboot ]; then
    # Nothing to boot on the TFTP server but iPXE's script.
    mkdir -p "$WORK/tftp"
    cp "$ROOT/pxe/sanboot.ipxe" "$WORK/tftp/"
    chmod -R a+rX "$WORK/tftp"
else
    "$ROOT/pxe/mktftproot.sh" --kernel "$KDIR/boot/vmlinuz-$KVER" --initrd "$WORK/initrd.img" \
        --output "$WORK/tftp" --root e7.3 --append "ro console=ttyS0 panic=-1 no_timer_check"
fi
# The shipped configuration with this demo's interface, range and TFTP root.
sed -e "s|^interface=.*|interface=$TAP|" \
    -e "s|^dhcp-range=.*|dhcp-range=10.77.0.100,10.77.0.150,255.255.255.0,10m|" \
    -e "s|^tftp-root=.*|tftp-root=$WORK/tftp|" \
    "$ROOT/pxe/dnsmasq.conf" > "$WORK/dnsmasq.conf"
# A Secure Boot machine is named in the configuration, as the file says.
[ "$FIRMWARE" != secureboot ] ||
    sed -i "s|^#dhcp-host=52:54:00:12:34:56,set:secureboot|dhcp-host=$MAC,set:secureboot|" "$WORK/dnsmasq.conf"
# A sanboot machine likewise, with the file's marked sanboot lines in force.
if [ "$FIRMWARE" = sanboot ]; then
    sed -i -e "s|^dhcp-boot=tag:ipxe,boot.ipxe|#&|" \
        -e "s|^#dhcp-host=52:54:00:12:34:56,set:sanboot|dhcp-host=$MAC,set:sanboot|" \
        -e "s|^#dhcp-option=tag:sanboot,|dhcp-option=tag:sanboot,|" \
        -e "s|^#dhcp-boot=tag:ipxe,tag:|dhcp-boot=tag:ipxe,tag:|" "$WORK/dnsmasq.conf"
    grep -q "^dhcp-host=$MAC,set:sanboot" "$WORK/dnsmasq.conf" &&
        grep -q '^dhcp-boot=tag:ipxe,tag:sanboot,sanboot.ipxe' "$WORK/dnsmasq.conf" ||
        fail "pxe/dnsmasq.conf has no sanboot example lines to enable"
fi
ip netns exec "$NS" dnsmasq --keep-in-foreground -C "$WORK/dnsmasq.conf" \
    --pid-file="$WORK/dnsmasq.pid" --dhcp-leasefile="$WORK/leases" --log-facility=- \
    > "$WORK/dnsmasq.log" 2>&1 &
PIDS+=($!)
sleep 0.5
kill -0 "${PIDS[-1]}" 2>/dev/null || fail "dnsmasq exited: $(tail -n 3 "$WORK/dnsmasq.log")"
echo "dnsmasq: DHCP 10.77.0.100-150, TFTP from $WORK/tftp"

case $FIRMWARE in
    bios|sanboot) MACHINE=(-m 384M -boot n -device "e1000,netdev=n0,mac=$MAC")
        how="qemu -boot n, e1000 iPXE ROM"
        [ "$FIRMWARE" = sanboot ] && how="$how, sanboot of the DHCP root-path";;
    uefi|secureboot)
        code=/usr/share/OVMF/OVMF_CODE_4M.fd vars=/usr/share/OVMF/OVMF_VARS_4M.fd m=q35 sb=()
        if [ "$FIRMWARE" = secureboot ]; then
            code=/usr/share/OVMF/OVMF_CODE_4M.secboot.fd vars=/usr/share/OVMF/OVMF_VARS_4M.ms.fd
            m=q35,smm=on sb=(-global driver=cfi.pflash01,property=secure,value=on)
        fi
        [ -f "$code" ] || fail "no UEFI firmware $code (package ovmf)"
        cp "$vars" "$WORK/ovmf-vars.fd"
        # romfile= removes the NIC's iPXE ROM: OVMF's own PXE client asks first.
        MACHINE=(-m 512M -machine "$m" "${sb[@]}"
            -drive "if=pflash,format=raw,unit=0,readonly=on,file=$code"
            -drive "if=pflash,format=raw,unit=1,file=$WORK/ovmf-vars.fd"
            -device "virtio-net-pci,netdev=n0,mac=$MAC,romfile=,bootindex=1")
        how="OVMF${sb:+ with Secure Boot}, firmware PXE, virtio NIC without option ROM";;
esac
stage "network-boot the VM ($FIRMWARE: $how, TCG); console follows"
: > "$WORK/console.log"
ip netns exec "$NS" timeout -k 5 "${DEMO_TIMEOUT:-240}" qemu-system-x86_64 -accel tcg "${MACHINE[@]}" \
    -nographic -monitor none -serial "file:$WORK/console.log" -no-reboot \
    -netdev "tap,id=n0,ifname=$TAP,script=no,downscript=no" </dev/null > "$WORK/qemu.log" 2>&1 &
QEMU=$!
PIDS+=($QEMU)
# Show the interesting console lines live: iPXE, aoeboot, the booted system.
# (tail --pid ends with QEMU, so the whole pipeline ends with it.)
tail --pid="$QEMU" -F -n +1 "$WORK/console.log" 2>/dev/null | sed -u 's/\r$//' |
    grep --line-buffered -aE 'iPXE|tftp:|aoeboot|Booting `|Secure [Bb]oot|locked down|Hello|root device|AoE target|root fs|kernel  |aBFT|SYSLINUX|=====' &
TAIL_PID=$!
wait "$QEMU" || true
wait "$TAIL_PID" 2>/dev/null || true
TAIL_PID=""

stage "check what the VM reported"
if ! grep -aq 'DEMO-BOOTED dev=/dev/etherd/e7.3' "$WORK/console.log"; then
    grep -aq 'DHCPACK' "$WORK/dnsmasq.log" || fail "the VM got no DHCP lease (dnsmasq log: $WORK/dnsmasq.log)"
    if [ "$FIRMWARE" = sanboot ]; then
        grep -aq 'sanboot aoe:e7.3' "$WORK/console.log" || fail "iPXE did not run sanboot.ipxe with the root-path aoe:e7.3"
        grep -aq 'SYSLINUX' "$WORK/console.log" || fail "the disk's boot loader did not start (iPXE sanboot failed?)"
    else
        grep -aq 'sent .*vmlinuz' "$WORK/dnsmasq.log" || fail "iPXE did not fetch the kernel over TFTP"
    fi
    grep -aq 'Run /init' "$WORK/console.log" || fail "the kernel did not reach the initramfs /init"
    fail "the VM did not boot its AoE root: $(grep -a 'aoeboot: error' "$WORK/console.log" | tail -n 1 | tr -d '\r')"
fi
# What each firmware must have been given (dnsmasq's TFTP log).
case $FIRMWARE in
    bios) chain="PXE -> iPXE"; want="boot.ipxe";;
    sanboot) chain="PXE -> iPXE sanboot -> syslinux, kernel, initramfs from the AoE disk -> aBFT"
        want="sanboot.ipxe"
        grep -E 'sent .*(vmlinuz|initrd)' "$WORK/dnsmasq.log" && fail "a kernel or initramfs came over TFTP"
        grep -aq "aBFT from iPXE's sanboot" "$WORK/console.log" || fail "aoeboot did not report the aBFT";;
    uefi) chain="UEFI PXE -> iPXE EFI (snponly.efi)"; want="snponly.efi boot.ipxe";;
    secureboot) chain="UEFI Secure Boot PXE -> shim -> GRUB -> signed kernel"
        want="shimx64.efi grubx64.efi grub.cfg"
        grep -aq 'secureboot: Secure boot enabled' "$WORK/console.log" ||
            fail "the kernel booted but does not report Secure Boot on";;
esac
for f in $want; do
    grep -q "sent .*/$f " "$WORK/dnsmasq.log" || fail "TFTP never sent $f (dnsmasq log: $WORK/dnsmasq.log)"
done
timings=$(grep -a 'phase timings' "$WORK/console.log" | tr -d '\r' | sed 's/.*phase timings: //')
root_dev=$(grep -a 'DEMO-BOOTED dev=' "$WORK/console.log" | tr -d '\r' | sed 's/.*dev=//' | head -n 1)
echo "booted from $root_dev over AoE after a network boot: $chain"
echo "aoeboot phases: $timings"
echo "initramfs: $(stat -c %s "$WORK/initrd.img") bytes"
say "done in $(( ($(date +%s%N) - T0) / 1000000000 )) s: $chain -> aoeboot initramfs -> AoE root -> init -> poweroff"
