#!/usr/bin/env python3
"""Writes seed frames for fuzz_parse into tests/fuzz/corpus/: one valid frame
per message kind plus a few near-misses, so the fuzzer starts past the
ethertype and command checks. Run from anywhere; output is deterministic."""
import os
import struct

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
DST = bytes.fromhex("525400aabbcc")
SRC = bytes.fromhex("020000000001")


def header(cmd, flags=0, major=1, minor=2, tag=0x12345678, dst=DST, error=0):
    return dst + SRC + struct.pack(">HBBHBBI", 0x88A2, 0x10 | flags, error, major, minor, cmd, tag)


def pad(frame):
    return frame + bytes(max(0, 60 - len(frame)))


def ata(aflags, count, cmd, lba, data=b"", flags=0):
    return header(0, flags) + bytes([aflags, 0, count, cmd]) + lba.to_bytes(6, "little") + b"\0\0" + data


seeds = {
    "ata_identify_req": pad(ata(0, 1, 0xEC, 0)),
    "ata_read28_req": pad(ata(0x10, 2, 0x20, 0xE0001234)),
    "ata_read48_req": pad(ata(0x40, 2, 0x24, 0x123456789A)),
    "ata_write48_req": ata(0x41, 2, 0x34, 0x1000, bytes(range(256)) * 4),
    "ata_read_resp": ata(0x40, 1, 0x40, 0x1000, b"\xa5" * 512, flags=0x08),
    "ata_flush_req": pad(ata(0x40, 0, 0xEA, 0)),
    "cfg_discover": pad(header(1, major=0xFFFF, minor=0xFF, dst=b"\xff" * 6) + struct.pack(">HHBBH", 0, 0, 0, 0x10, 0)),
    "cfg_resp": pad(header(1, flags=0x08) + struct.pack(">HHBBH", 16, 0x4019, 2, 0x10, 5) + b"hello"),
    "cfg_set": pad(header(1) + struct.pack(">HHBBH", 0, 0, 0, 0x14, 3) + b"abc"),
    "mask_edit": pad(header(2) + bytes([0, 1, 0, 2]) + b"\0\x01" + SRC + b"\0\x02" + DST),
    "mask_read": pad(header(2) + bytes([0, 0, 0, 0])),
    "reserve_set": pad(header(3) + bytes([1, 2]) + SRC + DST),
    "error_resp": pad(header(3, flags=0x0C, error=6) + bytes([1, 0])),
    "vendor_cmd": pad(header(0xF1)),
    "bad_version": pad(header(1)[:14] + b"\x20" + header(1)[15:]),
}

os.makedirs(OUT, exist_ok=True)
for name, frame in seeds.items():
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(frame)
