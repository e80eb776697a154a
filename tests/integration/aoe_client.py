#!/usr/bin/env python3
"""A tiny raw-socket AoE client for target tests (runs inside a test netns).

Subcommands (all take IFACE SHELF SLOT first):
  read LBA COUNT            print the sectors' sha256
  write LBA COUNT SEED      write a pattern, exit 0 on an acknowledged write
  check                     protocol checks: errors per spec, padding, broadcast
  storm SECONDS             malformed and random frames at the target
  writer SECONDS LOG        write stream: LOG gets "lba seed" per acknowledged write
  verify FILE LOG           check every acknowledged write of LOG is in FILE
  mask read|add MAC|del MAC print the mask list after the command
  reserve read|set MAC..|force MAC..   print the reserve list (exit 3 on error 6)
  reads SECONDS             one-at-a-time reads for SECONDS, prints how many
  burst N LOG [MAC]         N 2-sector writes sent at once, to MAC if given
                            (no discovery first); LOG as for writer
  cfgset STRING             Query Config force-set; exit 3 with the AoE error
  layerreset                vendor command 0xF1 "reset my layer": prints the status
  writes N LOG              N 2-sector writes at random places, each retried
                            until acknowledged; LOG as for writer
  readback LOG              read every sector LOG wrote over AoE: the last
                            acknowledged write of each is what comes back
  audit FILE LOG INTENT [BASE]  acknowledged writes of LOG are in FILE (INTENT: every
                            write sent, from writer's INTENT); with BASE, every
                            sector never written is the base's
  viewcheck BASE VIEW LOG   VIEW holds LOG's writes and the base everywhere else
"""
import hashlib, os, random, select, socket, struct, sys, time

ETH_P_AOE = 0x88A2


def mac_of(iface):
    with open(f"/sys/class/net/{iface}/address") as f:
        return bytes.fromhex(f.read().strip().replace(":", ""))


class Client:
    def __init__(self, iface, shelf, slot):
        self.s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_AOE))
        self.s.bind((iface, ETH_P_AOE))
        self.mac = mac_of(iface)
        self.shelf, self.slot = shelf, slot
        self.tag = random.randrange(1 << 30)
        self.dst = b"\xff" * 6

    def header(self, cmd, tag, shelf=None, slot=None, verflags=0x10, dst=None):
        shelf = self.shelf if shelf is None else shelf
        slot = self.slot if slot is None else slot
        return (dst or self.dst) + self.mac + struct.pack("!HBBHBBI", ETH_P_AOE, verflags, 0,
                                                          shelf, slot, cmd, tag)

    def send(self, frame):
        self.s.send(frame)

    def recv_tag(self, tag, timeout=1.0, want_all=False):
        """Responses with this tag (first one, or all until timeout)."""
        out = []
        end = time.time() + timeout
        while True:
            left = end - time.time()
            if left <= 0:
                return out if want_all else None
            r, _, _ = select.select([self.s], [], [], left)
            if not r:
                continue
            f = self.s.recv(10000)
            if len(f) < 24 or f[6:12] == self.mac and not (f[14] & 0x08):
                continue
            if not (f[14] & 0x08):
                continue
            if tag is not None and struct.unpack("!I", f[20:24])[0] != tag:
                continue
            if not want_all:
                return f
            out.append(f)

    def next_tag(self):
        self.tag = (self.tag + 1) & 0x7FFFFFFF
        return self.tag

    def config(self, ccmd=0, s=b"", shelf=None, slot=None, want_all=False, timeout=1.0):
        t = self.next_tag()
        f = self.header(1, t, shelf, slot) + struct.pack("!HHBBH", 0, 0, 0, 0x10 | ccmd, len(s)) + s
        self.send(f.ljust(60, b"\0"))
        return self.recv_tag(t, timeout, want_all)

    def learn(self, wait=1.0):
        """The target's MAC from a Query Config answer, asking once a second
        for up to `wait` seconds (a server that just started may not be
        reachable yet: QEMU's e1000 drops what it receives for a second after
        its link comes up)."""
        end = time.time() + wait
        r = self.config()
        while r is None and time.time() < end:
            r = self.config()
        if r is None:
            raise SystemExit("no Query Config answer")
        self.dst = r[6:12]
        return r

    def ata(self, cmd, lba, count, data=b"", aflags=None, feature=0, timeout=1.0, tag=None):
        t = tag if tag is not None else self.next_tag()
        if aflags is None:
            aflags = 0x40 if cmd in (0x24, 0x34, 0xEA) else 0
            if cmd in (0x30, 0x34):
                aflags |= 0x01
        lb = lba.to_bytes(6, "little")
        f = self.header(0, t) + bytes([aflags, feature, count, cmd]) + lb + b"\0\0" + data
        self.send(f.ljust(60, b"\0"))
        return self.recv_tag(t, timeout)


def pattern(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}:{i}".encode()).digest()
        i += 1
    return out[:n]


def fail(msg):
    print("FAIL:", msg, file=sys.stderr)
    sys.exit(1)


def status_of(r):
    return r[27]


def cmd_check(c):
    r = c.learn()
    if len(r) < 60:
        fail(f"config reply shorter than 60 bytes ({len(r)})")
    bufcnt, fw, sectors, vc, slen = struct.unpack("!HHBBH", r[24:32])
    if struct.unpack("!HB", r[16:19]) != (c.shelf, c.slot):
        fail("config reply does not carry the real shelf.slot")
    print(f"bufcnt={bufcnt} sectors={sectors} config={r[32:32+slen]!r}")
    # A broadcast query is answered with the real address.
    rs = c.config(shelf=0xFFFF, slot=0xFF, want_all=True, timeout=0.5)
    addrs = {struct.unpack("!HB", x[16:19]) for x in rs}
    if (c.shelf, c.slot) not in addrs or any(a[0] == 0xFFFF or a[1] == 0xFF for a in addrs):
        fail(f"broadcast answers carry {addrs}")
    # Identify
    r = c.ata(0xEC, 0, 1)
    if r is None or len(r) < 36 + 512 or status_of(r) & 0xA9:
        fail("identify failed")
    words = struct.unpack("<256H", r[36:36 + 512])
    cap = words[100] | words[101] << 16 | words[102] << 32
    print(f"identify capacity {cap}")
    # Out of range read: ATA ERR + ABRT
    r = c.ata(0x24, cap, 1)
    if r is None or not (status_of(r) & 0x01) or r[25] != 0x04:
        fail("out-of-range read not aborted")
    r = c.ata(0x24, cap - 1, 2)
    if r is None or not (status_of(r) & 0x01):
        fail("read crossing the end not aborted")
    # Count beyond the MTU: abort
    r = c.ata(0x24, 0, sectors + 1)
    if r is None or not (status_of(r) & 0x01):
        fail("read above the advertised sector count not aborted")
    # Count 0: abort
    r = c.ata(0x24, 0, 0)
    if r is None or not (status_of(r) & 0x01):
        fail("read of zero sectors not aborted")
    # Write with less data than the count: abort
    r = c.ata(0x34, 0, 2, b"x" * 512)
    if r is None or not (status_of(r) & 0x01):
        fail("short write not aborted")
    # LBA28 read works and equals LBA48 read.
    a = c.ata(0x20, 5, 1)
    b = c.ata(0x24, 5, 1)
    if a is None or b is None or a[36:36 + 512] != b[36:36 + 512]:
        fail("LBA28 and LBA48 reads differ")
    # Unknown AoE command -> error 1; version 2 -> error 5; unknown ATA -> ABRT
    t = c.next_tag()
    c.send(c.header(9, t).ljust(60, b"\0"))
    r = c.recv_tag(t)
    if r is None or not (r[14] & 0x04) or r[15] != 1:
        fail("unknown command not answered with error 1")
    t = c.next_tag()
    c.send(c.header(1, t, verflags=0x20).ljust(60, b"\0"))
    r = c.recv_tag(t)
    if r is None or not (r[14] & 0x04) or r[15] != 5:
        fail("version 2 not answered with error 5")
    r = c.ata(0x99, 0, 0)
    if r is None or not (status_of(r) & 0x01):
        fail("unknown ATA command not aborted")
    r = c.ata(0xE5, 0, 0)
    if r is None or status_of(r) & 0xA9 or r[26] != 0xFF:
        fail("check power mode")
    r = c.ata(0xEA, 0, 0)
    if r is None or status_of(r) & 0xA9:
        fail("flush cache ext")
    # Every reply is at least 60 bytes
    print("check OK")


def cmd_storm(c, seconds):
    c.learn()
    dst = c.dst
    rnd = random.Random(1234)
    end = time.time() + seconds
    sent = 0
    hdr = lambda cmd, vf=0x10, sh=None, sl=None: c.header(cmd, rnd.randrange(1 << 31), sh, sl, vf, dst)
    cases = [
        lambda: hdr(0)[:20],                                  # truncated header
        lambda: hdr(0) + b"\x40\x00",                          # truncated ATA argument
        lambda: hdr(0) + bytes([0x41, 0, 17, 0x34]) + b"\0" * 8,   # write claims data it lacks
        lambda: hdr(0) + bytes([0x40, 0, 1, 0x24]) + b"\xff" * 6 + b"\0\0",  # LBA48 overflow
        lambda: hdr(0) + bytes([0x00, 0, 255, 0x20]) + b"\xff\xff\xff\x0f\0\0\0\0",  # LBA28 overflow
        lambda: hdr(0) + bytes([0xAC, 0, 1, 0x24]) + b"\0" * 8,  # reserved aflags
        lambda: hdr(1) + b"\0\0\0\0\0\x17\0\0",                  # bad ccmd
        lambda: hdr(1) + b"\0\0\0\0\0\x20\0\0",                  # bad config version
        lambda: hdr(1) + b"\0\0\0\0\0\x14\x04\x01",              # config string too long
        lambda: hdr(1) + b"\0\0\0\0\0\x14\x00\x40" + b"a",       # config string past frame
        lambda: hdr(1)[:26],                                     # short config
        lambda: hdr(2) + b"\0\x05\0\0",                           # bad mcmd
        lambda: hdr(2) + b"\0\x01\0\x09",                         # directives past frame
        lambda: hdr(2) + b"\0\x01\0\x01" + b"\0\x07" + b"\x02" * 6,  # bad dcmd
        lambda: hdr(3) + b"\x07\0",                               # bad rcmd
        lambda: hdr(3) + b"\x01\x20",                             # macs past frame
        lambda: hdr(0x42),                                        # unknown command
        lambda: hdr(0xF3),                                        # vendor command
        lambda: hdr(0, vf=0x30),                                  # version 3
        lambda: hdr(0, vf=0x13),                                  # reserved flags
        lambda: hdr(0, vf=0x18),                                  # a response
        lambda: dst + c.mac + b"\x88\xa2" + bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 120))),
        lambda: dst + c.mac + b"\x88\xa2\x10" + bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 1500))),
        lambda: hdr(0, sh=0xFFFF, sl=0xFF) + bytes([0x41, 0, 1, 0x34]) + b"\0" * 8 + b"B" * 512,  # broadcast write
    ]
    while time.time() < end:
        for mk in cases:
            f = mk()
            try:
                c.send(f if len(f) >= 14 else f.ljust(14, b"\0"))
                sent += 1
            except OSError:
                pass
        time.sleep(0.001)
    print(f"storm: {sent} frames")


def cmd_writer(c, seconds, log, intent=None):
    """Writes random 2-sector blocks; logs each acknowledged one (fsynced).
    With INTENT, each write is logged there before it is sent."""
    ilog = open(intent, "a") if intent else None
    c.learn(wait=20)
    r = c.ata(0xEC, 0, 1)
    words = struct.unpack("<256H", r[36:36 + 512])
    cap = words[100] | words[101] << 16
    end = time.time() + seconds
    seq = 0
    with open(log, "a") as f:
        while time.time() < end:
            seq += 1
            lba = random.randrange(0, cap - 2) & ~1
            seed = f"{os.getpid()}-{seq}"
            if ilog:
                ilog.write(f"{lba} {seed}\n")
                ilog.flush()
            r = c.ata(0x34, lba, 2, pattern(seed, 1024), timeout=0.3)
            if r is None:
                continue
            if status_of(r) & 0xA9:
                fail(f"write at {lba} failed with status {status_of(r):#x}")
            # Later writes may overwrite earlier ones: record in order.
            f.write(f"{lba} {seed}\n")
            f.flush()


def cmd_burst(c, n, log, dst=None):
    """N writes at distinct places, all sent before any answer is read."""
    if dst:
        c.dst = bytes.fromhex(dst.replace(":", ""))
    else:
        c.learn()
    sent = {}
    for i in range(n):
        t = c.next_tag()
        seed = f"{os.getpid()}-burst-{i}"
        sent[t] = (2 * i, seed)
        f = c.header(0, t) + bytes([0x41, 0, 2, 0x34]) + (2 * i).to_bytes(6, "little") + b"\0\0"
        c.send(f + pattern(seed, 1024))
    acked = 0
    with open(log, "a") as out:
        for r in c.recv_tag(None, timeout=3.0, want_all=True):
            tag = struct.unpack("!I", r[20:24])[0]
            if tag in sent and not status_of(r) & 0xA9:
                out.write("%d %s\n" % sent.pop(tag))
                acked += 1
    print(acked)


def last_writes(log):
    last = {}
    with open(log) as f:
        for line in f:
            if not line.strip():
                continue
            lba, seed = line.split()
            lba = int(lba)
            for k in (lba, lba + 1):
                last[k] = (lba, seed)
    return last


def want_sector(lba, seed, sector):
    return pattern(seed, 1024)[(sector - lba) * 512:(sector - lba + 1) * 512]


def cmd_writes(c, n, log):
    c.learn()
    r = c.ata(0xEC, 0, 1)
    words = struct.unpack("<256H", r[36:36 + 512])
    cap = words[100] | words[101] << 16
    with open(log, "a") as f:
        for i in range(n):
            lba = random.randrange(0, cap - 2)
            seed = f"{c.mac.hex()}-{os.getpid()}-{i}"
            for _ in range(20):
                r = c.ata(0x34, lba, 2, pattern(seed, 1024), timeout=1.0)
                if r is not None:
                    break
            if r is None:
                fail(f"write at {lba}: no answer in 20 tries")
            if r[14] & 0x04 or status_of(r) & 0xA9:
                fail(f"write at {lba} failed: flags {r[14]:#x} status {status_of(r):#x}")
            f.write(f"{lba} {seed}\n")


def cmd_readback(c, log):
    c.learn()
    bad = 0
    last = last_writes(log)
    for sector, (lba, seed) in sorted(last.items()):
        r = None
        for _ in range(5):
            r = c.ata(0x24, sector, 1, timeout=1.0)
            if r is not None:
                break
        if r is None or r[14] & 0x04 or status_of(r) & 0xA9:
            fail(f"readback: read of sector {sector} failed")
        if r[36:36 + 512] != want_sector(lba, seed, sector):
            bad += 1
    print(f"readback: {len(last)} sectors, {bad} wrong")
    if bad:
        sys.exit(1)


def cmd_viewcheck(base, view, log):
    last = last_writes(log)
    b = open(base, "rb").read()
    v = open(view, "rb").read()
    if len(b) != len(v):
        fail(f"view is {len(v)} bytes, base {len(b)}")
    bad = 0
    for sector in range(len(b) // 512):
        got = v[sector * 512:(sector + 1) * 512]
        if sector in last:
            ok = got == want_sector(*last[sector], sector)
        else:
            ok = got == b[sector * 512:(sector + 1) * 512]
        bad += not ok
    print(f"viewcheck: {len(last)} written sectors, {bad} sectors wrong")
    if bad:
        sys.exit(1)


def cmd_audit(path, log, intent, base=None):
    """Every acknowledged write of LOG is in FILE, unless a later write (in
    INTENT, acknowledged or not) may have replaced it; nothing else is there."""
    acked = set(l.strip() for l in open(log) if l.strip())
    ok = {}
    for line in open(intent):
        line = line.strip()
        if not line:
            continue
        lba, seed = line.split()
        lba = int(lba)
        for k in (lba, lba + 1):
            if line in acked:
                ok[k] = {(lba, seed)}
            else:
                ok.setdefault(k, {None}).add((lba, seed))
    bad = 0
    with open(path, "rb") as img:
        for sector, seeds in ok.items():
            if None in seeds:
                continue  # never acknowledged: anything written or not
            img.seek(sector * 512)
            got = img.read(512)
            if not any(got == want_sector(l, s, sector) for l, s in seeds):
                bad += 1
        if base:
            # Never written: the base, also next to written sectors in a chunk.
            b = open(base, "rb").read()
            img.seek(0)
            v = img.read()
            for sector in range(len(b) // 512):
                if sector not in ok and v[sector * 512:(sector + 1) * 512] != b[sector * 512:(sector + 1) * 512]:
                    bad += 1
    print(f"audit: {len(acked)} acknowledged writes, {len(ok)} sectors, {bad} wrong")
    if bad:
        sys.exit(1)


def cmd_verify(path, log):
    last = {}
    with open(log) as f:
        for line in f:
            lba, seed = line.split()
            lba = int(lba)
            for k in (lba, lba + 1):  # a later overlapping write wins
                last[k] = (lba, seed)
    bad = 0
    with open(path, "rb") as img:
        for sector, (lba, seed) in last.items():
            img.seek(sector * 512)
            want = pattern(seed, 1024)[(sector - lba) * 512:(sector - lba + 1) * 512]
            if img.read(512) != want:
                bad += 1
    print(f"verify: {len(last)} acknowledged sectors, {bad} missing")
    if bad:
        sys.exit(1)


def main():
    a = sys.argv[1:]
    if a[0] == "verify":
        return cmd_verify(a[1], a[2])
    if a[0] == "audit":
        return cmd_audit(a[1], a[2], a[3], a[4] if len(a) > 4 else None)
    if a[0] == "viewcheck":
        return cmd_viewcheck(a[1], a[2], a[3])
    iface, shelf, slot = a[1], int(a[2]), int(a[3])
    c = Client(iface, shelf, slot)
    if a[0] == "read":
        c.learn()
        r = c.ata(0x24, int(a[4]), int(a[5]))
        if r is None:
            fail("read: no answer")
        if r[14] & 0x04:
            print(f"read: AoE error {r[15]}", file=sys.stderr)
            sys.exit(3)
        if status_of(r) & 0xA9:
            fail("read: ATA error")
        print(hashlib.sha256(r[36:36 + 512 * int(a[5])]).hexdigest())
    elif a[0] == "write":
        c.learn()
        r = c.ata(0x34, int(a[4]), int(a[5]), pattern(a[6], 512 * int(a[5])))
        if r is None:
            fail("write: no answer")
        if r[14] & 0x04:
            print(f"write: AoE error {r[15]}", file=sys.stderr)
            sys.exit(3)
        if status_of(r) & 0xA9:
            fail("write: ATA error")
    elif a[0] == "mask":
        c.learn()
        t = c.next_tag()
        dirs = b""
        if a[4] in ("add", "del"):
            dirs = bytes([0, 1 if a[4] == "add" else 2]) + bytes.fromhex(a[5].replace(":", ""))
        mcmd = 0 if a[4] == "read" else 1
        c.send((c.header(2, t) + bytes([0, mcmd, 0, len(dirs) // 8]) + dirs).ljust(60, b"\0"))
        r = c.recv_tag(t)
        if r is None:
            fail("no mask list reply")
        if r[26]:
            fail(f"mask list error {r[26]}")
        n = r[27]
        print(" ".join(r[28 + 8 * i + 2:28 + 8 * i + 8].hex(":") for i in range(n)))
    elif a[0] == "reserve":
        c.learn()
        t = c.next_tag()
        rcmd = {"read": 0, "set": 1, "force": 2}[a[4]]
        macs = b"".join(bytes.fromhex(m.replace(":", "")) for m in a[5:])
        c.send((c.header(3, t) + bytes([rcmd, len(macs) // 6]) + macs).ljust(60, b"\0"))
        r = c.recv_tag(t)
        if r is None:
            fail("no reserve reply")
        n = r[25]
        print(" ".join(r[26 + 6 * i:32 + 6 * i].hex(":") for i in range(n)))
        if r[14] & 0x04:
            print(f"error {r[15]}", file=sys.stderr)
            sys.exit(3)
    elif a[0] == "reads":
        # Sequential 1-sector reads, one at a time, for SECONDS: prints the count.
        c.learn()
        end = time.time() + float(a[4])
        n = lba = 0
        while time.time() < end:
            r = c.ata(0x24, lba, 1, timeout=2.0)
            if r is None or r[14] & 0x04 or status_of(r) & 0xA9:
                fail(f"read {n} at {lba} failed")
            n += 1
            lba = (lba + 1) % 2000
        print(n)
    elif a[0] == "flood":
        # COUNT Query Config requests sent back to back, no reply awaited.
        for _ in range(int(a[4])):
            c.send((c.header(1, c.next_tag()) + bytes(8)).ljust(60, b"\0"))
    elif a[0] == "check":
        cmd_check(c)
    elif a[0] == "storm":
        cmd_storm(c, float(a[4]))
    elif a[0] == "writer":
        cmd_writer(c, float(a[4]), a[5], a[6] if len(a) > 6 else None)
    elif a[0] == "layerreset":
        c.learn()
        t = c.next_tag()
        c.send((c.header(0xF1, t) + bytes([1, 0]) + b"AOEBOOT\x01").ljust(60, b"\0"))
        r = c.recv_tag(t)
        if r is None:
            fail("no answer to the layer reset")
        if r[14] & 0x04:
            print(f"error {r[15]}", file=sys.stderr)
            sys.exit(3)
        print(r[25])
    elif a[0] == "cfgset":
        c.learn()
        r = c.config(4, a[4].encode())
        if r is None:
            fail("no Query Config reply")
        if r[14] & 0x04:
            print(f"error {r[15]}", file=sys.stderr)
            sys.exit(3)
    elif a[0] == "writes":
        cmd_writes(c, int(a[4]), a[5])
    elif a[0] == "readback":
        cmd_readback(c, a[4])
    elif a[0] == "burst":
        cmd_burst(c, int(a[4]), a[5], a[6] if len(a) > 6 else None)
    else:
        fail("unknown subcommand " + a[0])


if __name__ == "__main__":
    main()
