#!/bin/bash
# record-boot.sh OUTDIR: boots the demo root (busybox on ext4, the image the
# VM tests and `make demo` boot) in a VM, diskless over AoE from `aoeboot
# serve`, the kernel aoe driver reading and writing it, and records every
# ATA request the client sent with tcpdump on the target's side of the link.
# Writes OUTDIR/root.img (the image as it was before the boot: what a lab's
# base is) and OUTDIR/boot.trace (one request per line in the order sent,
# "R|W LBA COUNT", as tests/bench/aoeload.c -r replays it; retransmits, which
# the driver sends under a new tag, are dropped when the same request is
# still unanswered).
. "$(dirname "$0")/../vm/lib-vm.sh"
. "$(dirname "$0")/../vm/lib-boot.sh"
OUT=${1:?usage: record-boot.sh OUTDIR}
mkdir -p "$OUT"
t_need mkfs.ext4 tcpdump python3
vm_kernel
ns=$(t_netns rb)
vm_tap "$ns" tap0
boot_rootfs_dir "$T_TMP/rootfs"
boot_image "$T_TMP/root.img" 64 "$T_TMP/rootfs"
cp --sparse=never "$T_TMP/root.img" "$OUT/root.img"
boot_initramfs "$T_TMP/initrd"
token=tok$T_ID$RANDOM
boot_serve "$ns" tap0 e7.3 "$T_TMP/root.img"
t_bg "$ns" tcpdump tcpdump -i tap0 -n -U -s 96 -w "$T_TMP/boot.pcap" ether proto 0x88a2
vm_start "$ns" tap0 "$T_TMP/initrd" "root=aoe:e7.3 aoe.timeout=30 rw TOKEN=$token" 120
vm_wait_marker 'ROOT-INIT-OK' 100 || { vm_console_tail 40; t_fail "the root's init did not run"; }
vm_wait_exit 30 || t_fail "the VM did not power off"
boot_check_root "$token" /dev/etherd/e7.3 "$T_TMP/root.img"
sleep 0.5
python3 - "$T_TMP/boot.pcap" "$OUT/boot.trace" <<'PY' || t_fail "the capture holds no AoE requests"
import struct, sys
data = open(sys.argv[1], 'rb').read()
assert data[:4] in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1'), "not a little-endian pcap file"
pos, by_tag, open_reqs, lines = 24, {}, set(), []
while pos + 16 <= len(data):
    incl = struct.unpack_from('<I', data, pos + 8)[0]
    f = data[pos + 16:pos + 16 + incl]
    pos += 16 + incl
    if len(f) < 36 or f[12:14] != b'\x88\xa2' or f[19] != 0:
        continue                                   # not an ATA command
    tag = bytes(f[20:24])
    if f[14] & 0x08:                               # a response (byte 27 is the status): done
        open_reqs.discard(by_tag.pop(tag, None))
        continue
    cmd = f[27]
    key = (bytes(f[16:19]), cmd, bytes(f[28:34]), f[26])
    if cmd in (0x24, 0x20): kind = 'R'            # READ SECTORS (EXT)
    elif cmd in (0x34, 0x30): kind = 'W'          # WRITE SECTORS (EXT)
    else: continue                                 # identify, flush
    if key in open_reqs:                           # a retransmit (new tag, same request)
        by_tag[tag] = key
        continue
    open_reqs.add(key)
    by_tag[tag] = key
    lba = int.from_bytes(f[28:34], 'little')
    if not (f[24] & 0x40): lba &= 0x0fffffff       # LBA28
    lines.append('%s %d %d' % (kind, lba, f[26]))
if not lines:
    sys.exit(1)
with open(sys.argv[2], 'w') as out:
    out.write('# recorded by tests/bench/record-boot.sh: a diskless boot of the demo root, kernel aoe driver\n')
    out.write('\n'.join(lines) + '\n')
r = [l for l in lines if l[0] == 'R']
print('%d requests (%d reads, %d sectors read; %d writes)' % (len(lines), len(r),
      sum(int(l.split()[2]) for l in r), len(lines) - len(r)))
PY
t_log "recorded $(grep -vc '^#' "$OUT/boot.trace") requests of a ${VM_RUN_SECONDS} s boot into $OUT/boot.trace"
