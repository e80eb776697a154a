# Shared helpers for VM tests (sourced after nothing else: it sources
# tests/lib.sh itself). A VM is a real Debian kernel under QEMU/TCG with an
# e1000 NIC on a tap device inside a test namespace, its serial console in a
# log file. Everything is bounded in time and cleaned up by lib.sh's trap.
#
#   . "$(dirname "$0")/lib-vm.sh"
#   vm_kernel                      # once per test; sets VM_KVER VM_VMLINUZ VM_MODDIR
#   ns=$(t_netns x); vm_tap "$ns" tap0
#   vm_initramfs "$T_TMP/initrd" my-init.sh aoe e1000    # busybox + init + modules
#   vm_start "$ns" tap0 "$T_TMP/initrd" "extra cmdline" 60
#   vm_wait_marker 'AOE-OK' 30 || t_fail "no marker"
#   vm_wait_exit 30
#
# Functions (all fail the test with a clear message on setup errors):
#   vm_kernel
#       Fetches linux-image-6.1.0-NN-amd64 (what linux-image-amd64 depends on)
#       once into $VM_CACHE (default $ROOT/build/vm-kernel, shared by every
#       test and build dir; guarded by flock), extracts it with dpkg-deb -x and
#       runs depmod on it (scripts/fetch-kernel.sh). Sets VM_KVER (e.g. 6.1.0-56-amd64), VM_VMLINUZ,
#       VM_MODDIR (the tree containing lib/modules/$VM_KVER, usable as a
#       `depmod -b` / mkinitramfs --moddir base) and VM_MODROOT
#       ($VM_MODDIR/lib/modules/$VM_KVER). Skips (77) when the package cannot
#       be downloaded.
#   vm_module_paths NAME...
#       Prints the absolute .ko paths of the named modules and everything they
#       depend on (modules.dep, plus crc32c for ext4/jbd2 whose softdep needs
#       it), dependencies first, each once: a load order.
#   vm_initramfs OUT INIT_SCRIPT [MODULE...]
#       Writes a gzip'd newc cpio to OUT: busybox-static at /bin/busybox with
#       every applet linked in /bin and /sbin, INIT_SCRIPT as /init (mode 755),
#       the modules and their dependencies flat in /modules/NAME.ko, and
#       /modules/order listing them in load order (so `for m in $(cat
#       /modules/order); do insmod /modules/$m.ko; done` works). Extra files:
#       set VM_FILES=("SRC:DST" ...) before calling (DST absolute in the image).
#       VM_NO_BUSYBOX=1 leaves busybox out (for images whose /init is aoeboot).
#   vm_host_binary SRC DST
#       Adds the host's dynamically linked program SRC to VM_FILES as DST,
#       with the shared libraries it needs at their own paths (busybox has
#       no mke2fs/e2fsck for ext4, so tests take the host's).
#   vm_tap NS TAP
#       Creates tap device TAP inside namespace NS and brings it up.
#   vm_start NS TAP INITRD CMDLINE TIMEOUT
#       Boots $VM_VMLINUZ with INITRD under `timeout TIMEOUT` qemu-system-x86_64
#       -accel tcg, -nographic -no-reboot, NIC e1000 on TAP in NS (MAC $VM_MAC,
#       default derived from the test id), kernel command line
#       "console=ttyS0 panic=-1 no_timer_check CMDLINE". Serial console goes to $VM_LOG
#       (default $T_TMP/console.log; lib.sh prints *.log tails on failure).
#       Sets VM_PID. Extra qemu args: VM_QEMU_ARGS=(...). Memory: VM_MEM (384M).
#       VM_SERIAL_PIPE=1 connects the console through FIFOs so that vm_type
#       can send it input (the log is written the same way); VM_CON names
#       the FIFOs' base path (default $T_TMP/con; one per VM when several
#       run at once).
#   vm_type TEXT
#       Types TEXT on the guest's serial console (needs VM_SERIAL_PIPE=1).
#   vm_start_pxe NS TAP TIMEOUT
#       Like vm_start but with no -kernel: `-boot n`, so the e1000's iPXE ROM
#       does DHCP/TFTP on TAP.
#   vm_start_uefi NS TAP TIMEOUT [plain|secureboot]
#       Network boot through UEFI firmware (OVMF, q35): a virtio-net NIC
#       without option ROM, so OVMF's own PXE client asks DHCP/TFTP on TAP.
#       "secureboot": Secure Boot enforcing with Microsoft's keys enrolled.
#       Memory: VM_MEM (use 512M or more).
#   vm_wait_marker REGEX SECONDS
#       Waits until a line of $VM_LOG matches REGEX (grep -E). Returns 1 on
#       timeout or when QEMU exited without printing it. Do not anchor REGEX
#       with ^: the console carries firmware escape sequences and \r.
#   vm_wait_exit SECONDS
#       Waits for QEMU to exit (the guest powered off: -no-reboot); returns 1 on
#       timeout. Prints how long the VM ran in VM_RUN_SECONDS.
#   vm_console_tail [N]
#       Prints the last N (20) lines of the console log (for failure messages).

# shellcheck source=../lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

VM_CACHE=${VM_CACHE:-$ROOT/build/vm-kernel}
VM_LOG=${VM_LOG:-$T_TMP/console.log}
VM_MEM=${VM_MEM:-384M}
VM_MAC=${VM_MAC:-52:54:00:ab:${T_ID:0:2}:${T_ID:2:2}}
VM_FILES=(${VM_FILES[@]+"${VM_FILES[@]}"})
VM_QEMU_ARGS=(${VM_QEMU_ARGS[@]+"${VM_QEMU_ARGS[@]}"})
VM_PID=
VM_STARTED=

vm_host_binary() {
    local lib
    VM_FILES+=("$1:$2")
    for lib in $(ldd "$1" | awk '/=> \// {print $3} /^\t\/lib/ {print $1}'); do
        VM_FILES+=("$(readlink -f "$lib"):$lib")  # the file, not the symlink
    done
}

t_need qemu-system-x86_64 cpio gzip dpkg-deb depmod busybox

vm_kernel() {
    local rc=0
    VM_KVER=$("$ROOT/scripts/fetch-kernel.sh" "$VM_CACHE") || rc=$?
    [ $rc = 77 ] && t_skip "cannot fetch the Debian kernel package"
    [ $rc = 0 ] || t_fail "vm_kernel: could not prepare the Debian kernel in $VM_CACHE"
    VM_MODDIR=$VM_CACHE/root
    VM_MODROOT=$VM_MODDIR/lib/modules/$VM_KVER
    VM_VMLINUZ=$VM_MODDIR/boot/vmlinuz-$VM_KVER
    [ -f "$VM_VMLINUZ" ] || t_fail "vm_kernel: $VM_VMLINUZ missing (rm -rf $VM_CACHE and retry)"
}

# One module's dependency closure, dependencies first (depth-first post-order).
_vm_mod_visit() {
    local name=$1 line rel dep
    [ -n "${_vm_seen[$name]:-}" ] && return 0
    _vm_seen[$name]=1
    line=$(grep -E "(^|/)${name}\.ko(\.[a-z]+)?:" "$VM_MODROOT/modules.dep" | head -n1)
    [ -n "$line" ] || t_fail "vm_module_paths: module $name not in $VM_MODROOT/modules.dep"
    rel=${line%%:*}
    case $name in ext4|jbd2) _vm_mod_visit crc32c_generic;; esac
    for dep in ${line#*:}; do
        dep=${dep##*/}; _vm_mod_visit "${dep%%.ko*}"
    done
    echo "$VM_MODROOT/$rel"
}

vm_module_paths() {
    [ -n "${VM_MODROOT:-}" ] || vm_kernel
    declare -gA _vm_seen=()
    local m
    for m in "$@"; do _vm_mod_visit "$m"; done
}

vm_initramfs() {
    local out=$1 init=$2; shift 2
    [ -f "$init" ] || t_fail "vm_initramfs: init script $init not found"
    local dir; dir=$(mktemp -d "$T_TMP/initramfs.XXXXXX")
    mkdir -p "$dir"/{bin,sbin,dev,proc,sys,run,tmp,modules,mnt,newroot}
    if [ -z "${VM_NO_BUSYBOX:-}" ]; then
        cp "$(command -v busybox)" "$dir/bin/busybox"
        local a
        for a in $("$dir/bin/busybox" --list); do
            [ "$a" = busybox ] || ln -sf busybox "$dir/bin/$a"
        done
    fi
    install -m 755 "$init" "$dir/init"
    if [ $# -gt 0 ]; then
        local p
        for p in $(vm_module_paths "$@"); do
            local n=${p##*/}; n=${n%%.ko*}
            case $p in
                *.ko.xz) xz -dc "$p" > "$dir/modules/$n.ko";;
                *.ko.zst) zstd -qdc "$p" > "$dir/modules/$n.ko";;
                *) cp "$p" "$dir/modules/$n.ko";;
            esac
            echo "$n" >> "$dir/modules/order"
        done
    fi
    local f
    for f in ${VM_FILES[@]+"${VM_FILES[@]}"}; do
        mkdir -p "$dir$(dirname "${f#*:}")"
        cp -a "${f%%:*}" "$dir${f#*:}"
    done
    (cd "$dir" && find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0) | gzip -1 > "$out" ||
        t_fail "vm_initramfs: cpio failed"
    rm -rf "$dir"
}

vm_tap() {
    ip -n "$1" tuntap add dev "$2" mode tap || t_fail "vm_tap: cannot create $2 in $1"
    ip -n "$1" link set "$2" up
}

_vm_qemu() {
    local ns=$1 tap=$2 secs=$3; shift 3
    : > "$VM_LOG"
    # -nographic puts the serial console on stdio, which goes to the log;
    # -monitor none so nothing on stdin can reach a monitor.
    local serial=(-serial "file:$VM_LOG")
    if [ -n "${VM_SERIAL_PIPE:-}" ]; then
        # Console through FIFOs: con.out is copied to the log, vm_type
        # writes to con.in (QEMU opens both read-write: nothing blocks).
        local con=${VM_CON:-$T_TMP/con}
        rm -f "$con.in" "$con.out"
        mkfifo "$con.in" "$con.out"
        cat "$con.out" >> "$VM_LOG" &
        T_PIDS+=($!)
        serial=(-chardev "pipe,id=con0,path=$con" -serial chardev:con0)
    fi
    t_bg "$ns" "qemu" timeout -k 5 "$secs" qemu-system-x86_64 -accel tcg -m "$VM_MEM" \
        -nographic -monitor none "${serial[@]}" -no-reboot \
        -netdev "tap,id=n0,ifname=$tap,script=no,downscript=no" \
        -device "${VM_NIC_MODEL:-e1000},netdev=n0,mac=$VM_MAC$VM_NIC_OPTS" \
        "$@" ${VM_QEMU_ARGS[@]+"${VM_QEMU_ARGS[@]}"} </dev/null
    VM_PID=$T_LAST_PID
    VM_STARTED=$(date +%s%N)
}

vm_start() {
    local ns=$1 tap=$2 initrd=$3 cmdline=$4 secs=$5
    [ -n "${VM_VMLINUZ:-}" ] || vm_kernel
    # No option ROM: with -kernel, iPXE would only cost boot time.
    # no_timer_check: under TCG on a loaded host the kernel's IO-APIC timer
    # check can miss its ticks and panic ("IO-APIC + timer doesn't work!",
    # seen in CI); the emulated timer works, only the check is too strict.
    VM_NIC_OPTS=,romfile= _vm_qemu "$ns" "$tap" "$secs" -kernel "$VM_VMLINUZ" -initrd "$initrd" \
        -append "console=ttyS0 panic=-1 no_timer_check $cmdline"
}

vm_start_pxe() {
    VM_NIC_OPTS= _vm_qemu "$1" "$2" "$3" -boot n
}

# UEFI firmware (Debian's ovmf) doing its own network boot, as on real
# hardware: a virtio-net NIC with its option ROM removed (romfile=), so the
# first download is OVMF's PXE client (DHCP "PXEClient:Arch:00007"), not
# iPXE. OVMF has no e1000 driver; the guest kernel then needs virtio_net and
# virtio_pci. "secureboot": the Secure Boot build with Microsoft's keys
# enrolled (enforcing), which needs SMM and a secure pflash.
vm_start_uefi() {
    local ns=$1 tap=$2 secs=$3 kind=${4:-plain} code vars machine=q35 extra=()
    case $kind in
        plain) code=/usr/share/OVMF/OVMF_CODE_4M.fd vars=/usr/share/OVMF/OVMF_VARS_4M.fd;;
        secureboot) code=/usr/share/OVMF/OVMF_CODE_4M.secboot.fd vars=/usr/share/OVMF/OVMF_VARS_4M.ms.fd
            machine=q35,smm=on extra=(-global driver=cfi.pflash01,property=secure,value=on);;
        *) t_fail "vm_start_uefi: kind is plain or secureboot, not '$kind'";;
    esac
    [ -f "$code" ] && [ -f "$vars" ] || t_skip "no UEFI firmware $code (package ovmf)"
    cp "$vars" "$T_TMP/ovmf-vars.fd"
    VM_NIC_MODEL=virtio-net-pci VM_NIC_OPTS=,romfile=,bootindex=1 _vm_qemu "$ns" "$tap" "$secs" \
        -machine "$machine" "${extra[@]}" \
        -drive "if=pflash,format=raw,unit=0,readonly=on,file=$code" \
        -drive "if=pflash,format=raw,unit=1,file=$T_TMP/ovmf-vars.fd"
}

vm_wait_marker() {
    local re=$1 deadline=$(( $(date +%s%N) + $2 * 1000000000 ))
    while ! grep -qE -- "$re" "$VM_LOG" 2>/dev/null; do
        if ! kill -0 "$VM_PID" 2>/dev/null; then
            grep -qE -- "$re" "$VM_LOG" 2>/dev/null && return 0
            return 1
        fi
        [ "$(date +%s%N)" -lt $deadline ] || return 1
        sleep 0.2
    done
}

vm_wait_exit() {
    local deadline=$(( $(date +%s%N) + $1 * 1000000000 ))
    while kill -0 "$VM_PID" 2>/dev/null; do
        [ "$(date +%s%N)" -lt $deadline ] || return 1
        sleep 0.2
    done
    wait "$VM_PID" 2>/dev/null || true
    VM_RUN_SECONDS=$(( ($(date +%s%N) - VM_STARTED) / 1000000000 ))
}

vm_type() {
    local con=${VM_CON:-$T_TMP/con}
    [ -p "$con.in" ] || t_fail "vm_type needs VM_SERIAL_PIPE=1 before vm_start"
    printf '%s' "$1" > "$con.in"
}

vm_console_tail() {
    tail -n "${1:-20}" "$VM_LOG" 2>/dev/null | sed 's/^/    console: /' >&2
}
