// The aBFT codec and lookup (boot/abft.h): a table recorded from a real
// iPXE sanboot decodes to its disk and NIC, and every way a table can be
// damaged ends in an error, never in a disk it did not name.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

#include "boot/abft.h"
#include "boot/cmdline.h"

using namespace aoe;
using namespace aoe::boot;

namespace {

std::vector<uint8_t> read_fixture(const char* path) {
    std::vector<uint8_t> v;
    FILE* f = std::fopen(path, "rb");
    REQUIRE(f);
    int c;
    while ((c = std::fgetc(f)) != EOF) v.push_back(uint8_t(c));
    std::fclose(f);
    return v;
}

const char* kFixture = "tests/fixtures/abft/uefi-ovmf-ipxe20190125.bin";
const Mac kFixtureMac{0x52, 0x54, 0x00, 0xab, 0x48, 0xe2};

// A table of our own: shelf.slot, MAC, a correct checksum.
std::vector<uint8_t> make_table(uint16_t shelf, uint8_t slot, Mac mac, size_t len = kAbftLength) {
    std::vector<uint8_t> t(len, 0);
    std::memcpy(t.data(), "aBFT", 4);
    t[4] = uint8_t(len), t[5] = uint8_t(len >> 8);
    t[8] = 1;
    std::memcpy(t.data() + 10, "TESTOE", 6);
    t[36] = uint8_t(shelf), t[37] = uint8_t(shelf >> 8), t[38] = slot;
    std::memcpy(t.data() + 40, mac.data(), 6);
    uint8_t sum = 0;
    for (uint8_t b : t) sum = uint8_t(sum + b);
    t[9] = uint8_t(-sum);
    return t;
}

void fix_checksum(std::vector<uint8_t>& t) {
    t[9] = 0;
    uint8_t sum = 0;
    for (size_t i = 0; i < t[4]; ++i) sum = uint8_t(sum + t[i]);
    t[9] = uint8_t(-sum);
}

struct TempFile {
    std::string path;
    explicit TempFile(const std::vector<uint8_t>& data) {
        char tmpl[] = "/tmp/aoeboot-abft-unit-XXXXXX";
        int fd = mkstemp(tmpl);
        REQUIRE(fd >= 0);
        path = tmpl;
        REQUIRE(write(fd, data.data(), data.size()) == ssize_t(data.size()));
        close(fd);
    }
    ~TempFile() { unlink(path.c_str()); }
};

const Mac kMac{0x52, 0x54, 0x00, 0x12, 0x34, 0x56};

}  // namespace

TEST_CASE("the aBFT recorded from iPXE under OVMF names e7.3 and the VM's NIC") {
    auto t = read_fixture(kFixture);
    REQUIRE(t.size() == kAbftLength);
    Abft a;
    std::string err;
    REQUIRE(parse_abft(t.data(), t.size(), a, err));
    CHECK(a.address == Address{7, 3});
    CHECK(a.mac == kFixtureMac);
    CHECK(a.revision == 1);
    CHECK(a.oem_id == "FENSYS");
    CHECK(describe_abft(a) == "e7.3 via 52:54:00:ab:48:e2 (aBFT rev 1, OEM FENSYS)");
}

TEST_CASE("the aBFT recorded from iPXE's BIOS ROM, found where it was in base memory") {
    auto t = read_fixture("tests/fixtures/abft/bios-seabios-ipxe20190125.bin");
    REQUIRE(t.size() == kAbftLength);
    std::vector<uint8_t> mem(0xA0000, 0);
    std::memcpy(mem.data() + 0x9e620, t.data(), t.size());
    TempFile f(mem);
    AbftSources src;
    src.acpi_table = "/nonexistent/aBFT";
    src.devmem = f.path;
    Abft a;
    std::string where, err;
    REQUIRE(find_abft(src, a, where, err) == AbftFind::kFound);
    CHECK(where == "base memory at 0x9e620");
    CHECK(a.address == Address{7, 3});
    CHECK(a.mac == Mac{0x52, 0x54, 0x00, 0xab, 0x79, 0x23});
    CHECK(a.oem_id == "FENSYS");
}

TEST_CASE("a table with a wrong checksum is refused, whichever byte is off") {
    auto good = read_fixture(kFixture);
    for (size_t i = 0; i < good.size(); ++i) {
        if (i < 8) continue;  // signature and length have errors of their own
        auto t = good;
        t[i] ^= 0x01;
        Abft a;
        std::string err;
        INFO("byte " << i);
        CHECK(!parse_abft(t.data(), t.size(), a, err));
        CHECK(err.find("checksum") != std::string::npos);
        // A refused table leaves nothing behind that could be booted.
        CHECK(a.address == Address{});
    }
}

TEST_CASE("every truncation of a table is refused") {
    auto good = read_fixture(kFixture);
    for (size_t n = 0; n < good.size(); ++n) {
        Abft a;
        std::string err;
        INFO("length " << n);
        CHECK(!parse_abft(good.data(), n, a, err));
        CHECK(!err.empty());
        if (n >= 4) CHECK(err.find("cut short") != std::string::npos);
    }
    // The length field itself claiming less than a table needs, with a
    // checksum that fits what it claims.
    for (uint32_t len : {0u, 8u, 36u, 45u}) {
        auto t = good;
        t[4] = uint8_t(len);
        Abft a;
        std::string err;
        INFO("length field " << len);
        CHECK(!parse_abft(t.data(), t.size(), a, err));
        CHECK(err.find("shorter than the 46 bytes") != std::string::npos);
    }
}

TEST_CASE("a length field larger than the buffer is refused") {
    auto t = make_table(7, 3, kMac, 64);
    Abft a;
    std::string err;
    REQUIRE(parse_abft(t.data(), t.size(), a, err));  // longer tables are fine
    CHECK(a.address == Address{7, 3});
    for (uint32_t claim : {65u, 1000u, 0xffffffffu}) {
        auto u = t;
        u[4] = uint8_t(claim), u[5] = uint8_t(claim >> 8), u[6] = uint8_t(claim >> 16),
        u[7] = uint8_t(claim >> 24);
        INFO("length field " << claim);
        CHECK(!parse_abft(u.data(), u.size(), a, err));
        CHECK(err.find("runs past the 64 bytes") != std::string::npos);
    }
}

TEST_CASE("a bad signature is not an aBFT") {
    for (const char* sig : {"ABFT", "iBFT", "abft", "aBF\0"}) {
        auto t = make_table(7, 3, kMac);
        std::memcpy(t.data(), sig, 4);
        fix_checksum(t);
        Abft a;
        std::string err;
        INFO(sig);
        CHECK(!parse_abft(t.data(), t.size(), a, err));
        CHECK(err == "no aBFT signature");
    }
}

TEST_CASE("a table naming no NIC, a multicast or broadcast MAC, or the broadcast disk is refused") {
    struct Case {
        uint16_t shelf;
        uint8_t slot;
        Mac mac;
        const char* why;
    };
    for (const Case& c : {Case{7, 3, Mac{}, "00:00:00:00:00:00"},
                          Case{7, 3, Mac{0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, "multicast"},
                          Case{7, 3, Mac{0x01, 0x80, 0xc2, 0, 0, 0}, "multicast"},
                          Case{0xffff, 3, kMac, "broadcast shelf.slot"},
                          Case{7, 0xff, kMac, "broadcast shelf.slot"}}) {
        auto t = make_table(c.shelf, c.slot, c.mac);
        Abft a;
        std::string err;
        INFO(c.why);
        CHECK(!parse_abft(t.data(), t.size(), a, err));
        CHECK(err.find(c.why) != std::string::npos);
        CHECK(a.address == Address{});
    }
    // The highest real shelf.slot is fine.
    auto t = make_table(0xfffe, 0xfe, kMac);
    Abft a;
    std::string err;
    REQUIRE(parse_abft(t.data(), t.size(), a, err));
    CHECK(a.address == Address{0xfffe, 0xfe});
}

TEST_CASE("scan_abft finds a table on a 16-byte boundary of base memory") {
    std::vector<uint8_t> mem(0xA0000, 0);
    auto t = make_table(12, 5, kMac);
    Abft a;
    std::string err;

    // Empty memory: nothing, and no complaint.
    CHECK(scan_abft(mem.data(), mem.size(), a, err) == -1);
    CHECK(err.empty());

    // Where iPXE under SeaBIOS put it (0x9e620, the measured address).
    std::memcpy(mem.data() + 0x9e620, t.data(), t.size());
    CHECK(scan_abft(mem.data(), mem.size(), a, err) == 0x9e620);
    CHECK(a.address == Address{12, 5});

    // At the very end of the buffer.
    std::fill(mem.begin(), mem.end(), 0);
    size_t end = (mem.size() - t.size()) & ~size_t(15);
    std::memcpy(mem.data() + end, t.data(), t.size());
    CHECK(scan_abft(mem.data(), mem.size(), a, err) == long(end));

    // Off the 16-byte boundary iPXE aligns it to: not looked at (the
    // boundary is what keeps a stray "aBFT" in data from being read).
    std::fill(mem.begin(), mem.end(), 0);
    std::memcpy(mem.data() + 0x9e628, t.data(), t.size());
    CHECK(scan_abft(mem.data(), mem.size(), a, err) == -1);

    // A table cut by the end of the buffer is a bad one, not a found one.
    std::fill(mem.begin(), mem.end(), 0);
    std::memcpy(mem.data() + mem.size() - 16, t.data(), 16);
    CHECK(scan_abft(mem.data(), mem.size(), a, err) == -1);
    CHECK(err.find("cut short") != std::string::npos);
}

TEST_CASE("scan_abft skips a bad table before a good one, and says why when there is no good one") {
    std::vector<uint8_t> mem(0x10000, 0);
    auto bad = make_table(1, 1, kMac);
    bad[38] = 2;  // shelf.slot changed after the checksum: e1.2 must never be booted
    auto good = make_table(7, 3, kMac);
    std::memcpy(mem.data() + 0x1000, bad.data(), bad.size());
    std::memcpy(mem.data() + 0x2000, good.data(), good.size());
    Abft a;
    std::string err;
    CHECK(scan_abft(mem.data(), mem.size(), a, err) == 0x2000);
    CHECK(a.address == Address{7, 3});

    std::fill(mem.begin() + 0x2000, mem.begin() + 0x2000 + 64, 0);
    CHECK(scan_abft(mem.data(), mem.size(), a, err) == -1);
    CHECK(err.find("checksum") != std::string::npos);
    CHECK(err.find("0x1000") != std::string::npos);
    CHECK(a.address == Address{});
}

TEST_CASE("find_abft: the ACPI table first, then the base-memory scan, from files") {
    AbftSources src;
    src.acpi_table = "/nonexistent/aBFT";
    src.devmem = "/nonexistent/mem";
    Abft a;
    std::string where, err, raw;
    CHECK(find_abft(src, a, where, err) == AbftFind::kNone);
    CHECK(err.find("cannot open /nonexistent/mem") != std::string::npos);

    // UEFI: the ACPI table, as /sys/firmware/acpi/tables/aBFT shows it.
    TempFile acpi(read_fixture(kFixture));
    src.acpi_table = acpi.path;
    REQUIRE(find_abft(src, a, where, err, &raw) == AbftFind::kFound);
    CHECK(a.address == Address{7, 3});
    CHECK(a.mac == kFixtureMac);
    CHECK(where == "ACPI table " + acpi.path);
    CHECK(raw.size() == kAbftLength);

    // A bad ACPI table is bad: no falling back to memory that might name
    // another disk.
    auto t = make_table(9, 9, kMac);
    std::vector<uint8_t> mem(0xA0000, 0);
    std::memcpy(mem.data() + 0x9e620, t.data(), t.size());
    TempFile memfile(mem);
    auto broken = read_fixture(kFixture);
    broken[40] ^= 1;
    TempFile bad_acpi(broken);
    src.acpi_table = bad_acpi.path;
    src.devmem = memfile.path;
    CHECK(find_abft(src, a, where, err) == AbftFind::kBad);
    CHECK(err.find("is not a valid aBFT") != std::string::npos);
    CHECK(err.find("checksum") != std::string::npos);

    // BIOS: no ACPI table, a table in base memory.
    src.acpi_table = "/nonexistent/aBFT";
    REQUIRE(find_abft(src, a, where, err, &raw) == AbftFind::kFound);
    CHECK(a.address == Address{9, 9});
    CHECK(where == "base memory at 0x9e620");
    CHECK(raw == std::string(t.begin(), t.end()));

    // The scanned range is a window on physical memory: offsets are
    // reported as physical addresses.
    src.scan_start = 0x90000;
    REQUIRE(find_abft(src, a, where, err) == AbftFind::kFound);
    CHECK(where == "base memory at 0x9e620");
    // A range that does not hold it.
    src.scan_start = 0;
    src.scan_end = 0x90000;
    CHECK(find_abft(src, a, where, err) == AbftFind::kNone);
    CHECK(err.empty());

    // A start off a 16-byte boundary still looks at physical boundaries.
    src.scan_start = 0x9e618;
    src.scan_end = 0xA0000;
    REQUIRE(find_abft(src, a, where, err) == AbftFind::kFound);
    CHECK(where == "base memory at 0x9e620");

    // The BDA's base memory size (0x413, KiB): iPXE lowers it to hide its
    // memory, where the table lives. A table below it is free memory's
    // leftover from an earlier boot: not the disk this boot came from.
    {
        auto m = mem;
        m[0x413] = uint8_t(632), m[0x414] = uint8_t(632 >> 8);  // 0x9e000: table inside
        TempFile f(m);
        AbftSources s2 = src;
        s2.scan_start = 0;
        s2.devmem = f.path;
        REQUIRE(find_abft(s2, a, where, err) == AbftFind::kFound);
        CHECK(where == "base memory at 0x9e620");
        m[0x413] = uint8_t(639), m[0x414] = uint8_t(639 >> 8);  // 0x9fc00: table in "free" memory
        TempFile g(m);
        s2.devmem = g.path;
        CHECK(find_abft(s2, a, where, err) == AbftFind::kNone);
        CHECK(a.address == Address{});
    }

    // Memory with only a damaged table: bad, with the reason.
    src.scan_start = 0;
    mem[0x9e620 + 38] ^= 1;
    TempFile badmem(mem);
    src.devmem = badmem.path;
    CHECK(find_abft(src, a, where, err) == AbftFind::kBad);
    CHECK(err.find("base memory holds an aBFT signature but no valid table") != std::string::npos);

    // No devmem at all (only the ACPI table is looked at).
    src.devmem.clear();
    CHECK(find_abft(src, a, where, err) == AbftFind::kNone);
}

TEST_CASE("apply_abft boots exactly the aBFT's disk through its NIC, or nothing") {
    TempFile acpi(read_fixture(kFixture));
    AbftSources src;
    src.acpi_table = acpi.path;
    src.devmem.clear();
    BootConfig c;
    std::string err, note;
    REQUIRE(parse_cmdline("root=aoe:abftp2 aoe.iface=eth1", c, err));
    REQUIRE(apply_abft(c, src, note, err));
    CHECK(*c.root.address == Address{7, 3});
    CHECK(c.root.partition == 2);
    CHECK(c.ifaces == std::vector<std::string>{"52:54:00:ab:48:e2"});
    CHECK(note.find("instead of aoe.iface=") != std::string::npos);
    CHECK(describe_root(c.root) == "e7.3p2");

    // No root= at all: the aBFT's whole disk.
    REQUIRE(parse_cmdline("console=ttyS0", c, err));
    REQUIRE(apply_abft(c, src, note, err));
    CHECK(*c.root.address == Address{7, 3});
    CHECK(c.root.partition == 0);

    // An explicit address does not look at the table.
    REQUIRE(parse_cmdline("root=aoe:e1.2", c, err));
    note.clear();
    REQUIRE(apply_abft(c, src, note, err));
    CHECK(*c.root.address == Address{1, 2});
    CHECK(note.empty());

    // No table: no_root_error() without root=, a sanboot hint with root=aoe:abft.
    src.acpi_table = "/nonexistent/aBFT";
    REQUIRE(parse_cmdline("console=ttyS0", c, err));
    CHECK(!apply_abft(c, src, note, err));
    CHECK(err.find(no_root_error()) == 0);
    REQUIRE(parse_cmdline("root=aoe:abft", c, err));
    CHECK(!apply_abft(c, src, note, err));
    CHECK(err.find("sanboot") != std::string::npos);
    CHECK(!c.root.address);
    REQUIRE(parse_cmdline_abft_disk("root=UUID=1234", c, err));
    AbftFind found = AbftFind::kFound;
    CHECK(!apply_abft(c, src, note, err, &found));
    CHECK(found == AbftFind::kNone);
    CHECK(err.find("--abft, but there is no aBFT") == 0);

    // --abft with a table: its whole disk, through its NIC.
    src.acpi_table = acpi.path;
    REQUIRE(parse_cmdline_abft_disk("root=UUID=1234 aoe.iface=eth0", c, err));
    REQUIRE(apply_abft(c, src, note, err, &found));
    CHECK(found == AbftFind::kFound);
    CHECK(*c.root.address == Address{7, 3});
    CHECK(c.root.partition == 0);
    CHECK(c.ifaces == std::vector<std::string>{"52:54:00:ab:48:e2"});

    // A bad table: an error, and no address.
    auto broken = read_fixture(kFixture);
    broken[36] ^= 1;
    TempFile bad(broken);
    src.acpi_table = bad.path;
    REQUIRE(parse_cmdline("root=aoe:abftp2", c, err));
    CHECK(!apply_abft(c, src, note, err, &found));
    CHECK(found == AbftFind::kBad);
    CHECK(err.find("root=aoe:eX.Y") != std::string::npos);
    CHECK(!c.root.address);
}
