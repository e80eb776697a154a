#!/bin/bash
# Malformed NBD requests against `aoeboot nbd-server` in front of vblade:
# reads past the end, writes straddling the end, offset+length overflowing,
# unknown commands get their NBD error reply and the connection goes on; a
# huge write length gets an error reply and a clean close; a bad request
# magic closes the connection. None of it reaches the AoE disk: the backing
# file is unchanged and the target sees no write frame.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade python3 tcpdump

i_pair 1500
img=$T_TMP/disk.img
t_image "$img" 4
sum_before=$(md5sum < "$img")
i_vblade "$NT" t0 4 1 "$img"
i_wait_target e4.1
sock=$T_TMP/nbd.sock
t_bg "$NC" nbd "$AOEBOOT" nbd-server e4.1 -i c0 --listen "unix:$sock"
t_wait_for 10 test -S "$sock" || t_fail "nbd-server never listened"
# Every AoE frame the target receives from now on.
t_bg "$NT" tcpdump tcpdump --immediate-mode -n -U -i t0 -w "$T_TMP/aoe.pcap" ether proto 0x88a2
dump_pid=$T_LAST_PID
t_wait_for 20 grep -q 'listening on' "$T_TMP/tcpdump.log" || t_fail "tcpdump did not start"

cat > "$T_TMP/client.py" <<'EOF'
import socket, struct, sys
SIZE = 4 * 1024 * 1024
REQ, REP = 0x25609513, 0x67446698

def connect():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect(sys.argv[1])
    def rd(n):
        b = b''
        while len(b) < n:
            c = s.recv(n - len(b))
            if not c: raise EOFError
            b += c
        return b
    g = rd(18)
    assert g[:16] == b'NBDMAGICIHAVEOPT', g
    s.sendall(struct.pack('>I', 3))  # fixed newstyle, no zeroes
    s.sendall(struct.pack('>QII', 0x49484156454F5054, 7, 6) + struct.pack('>IH', 0, 0))
    while True:
        magic, opt, typ, ln = struct.unpack('>QIII', rd(20))
        rd(ln)
        if typ == 1: break
        assert typ == 3, typ
    return s, rd

def req(s, typ, off, ln, handle, payload=b'', magic=REQ):
    s.sendall(struct.pack('>IHHQQI', magic, 0, typ, handle, off, ln) + payload)

def reply(rd, handle):
    magic, err, h = struct.unpack('>IIQ', rd(16))
    assert magic == REP and h == handle, (hex(magic), h, handle)
    return err

def closed(s):
    try:
        return s.recv(1) == b''
    except ConnectionResetError:
        return True

s, rd = connect()
req(s, 0, SIZE, 512, 1);                        assert reply(rd, 1) == 22, 'read past end'
req(s, 0, SIZE - 256, 512, 2);                  assert reply(rd, 2) == 22, 'read straddling end'
req(s, 1, SIZE - 512, 1024, 3, b'\xee' * 1024); assert reply(rd, 3) == 28, 'write straddling end'
req(s, 1, 2**64 - 512, 1024, 4, b'\xee' * 1024); assert reply(rd, 4) == 22, 'offset overflow'
req(s, 0, 2**64 - 512, 1024, 5);                assert reply(rd, 5) == 22, 'read offset overflow'
req(s, 4, 0, 4096, 6);                          assert reply(rd, 6) == 22, 'trim not offered'
req(s, 77, 0, 4096, 7);                         assert reply(rd, 7) == 22, 'unknown command'
req(s, 0, 0, 0, 8);                             assert reply(rd, 8) == 22, 'zero length'
req(s, 3, 512, 0, 9);                           assert reply(rd, 9) == 22, 'flush with offset'
# Still in step after all that: a good read returns the disk's first sector.
req(s, 0, 0, 512, 10);                          assert reply(rd, 10) == 0
first = rd(512)
open(sys.argv[2], 'wb').write(first)
# A write length no server would buffer: error reply, then a clean close.
req(s, 1, 0, 0xfffffff0, 11);                   assert reply(rd, 11) == 75, 'huge write'
assert closed(s), 'connection not closed after the huge write'

s, rd = connect()
req(s, 1, 0, 512, 12, b'\xee' * 512, magic=0xdeadbeef)
assert closed(s), 'connection not closed after a bad magic'

s, rd = connect()
req(s, 0, 4096, 512, 13);                       assert reply(rd, 13) == 0
rd(512)
req(s, 2, 0, 0, 14)                             # NBD_CMD_DISC: no reply, close
assert closed(s), 'not closed after disconnect'
print('ok')
EOF
out=$(python3 "$T_TMP/client.py" "$sock" "$T_TMP/first.bin" 2>&1) || t_fail "client: $out"
[ "$out" = ok ] || t_fail "client said: $out"
cmp -n 512 "$T_TMP/first.bin" "$img" || t_fail "the good read after the bad ones returned wrong data"
[ "$(md5sum < "$img")" = "$sum_before" ] || t_fail "the backing file changed"
sleep 0.5
kill -INT "$dump_pid"; wait "$dump_pid" 2>/dev/null || true  # it writes out what it holds
# AoE writes are ATA commands 0x30/0x34 with the W flag: none may appear.
writes=$(tcpdump -r "$T_TMP/aoe.pcap" -x 2>/dev/null | python3 -c '
import sys
hexes, frames = [], []
for line in sys.stdin:
    if not line.startswith("\t"):
        if hexes: frames.append(bytes.fromhex("".join(hexes)))
        hexes = []
        continue
    hexes += line.split(":", 1)[1].split()
if hexes: frames.append(bytes.fromhex("".join(hexes)))
# Offsets after the 14-byte Ethernet header: flags byte 0, command 5, aflags 10.
ata = [f for f in frames if len(f) > 13 and not f[0] & 0x08 and f[5] == 0]
print(sum(1 for f in ata if f[10] & 0x01), sum(1 for f in ata if f[13] in (0x20, 0x24)))')
# The two good reads must show up (proves the capture and the decoding work).
[ "${writes#* }" -ge 2 ] || t_fail "capture saw ${writes#* } AoE reads, expected the 2 good ones"
[ "${writes% *}" = 0 ] || t_fail "${writes% *} AoE write frames reached the target"
grep -q "bad request magic" "$T_TMP/nbd.log" || t_fail "server log does not name the bad magic"
t_log "all malformed requests refused; disk untouched, no AoE write on the wire"
