// aBFT codec (no I/O) and the two places Linux shows it (I/O at the bottom).
#include "boot/abft.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <vector>

#include "boot/cmdline.h"

namespace aoe::boot {

namespace {

constexpr size_t kAcpiHeader = 36;

uint32_t le32(const uint8_t* p) {
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

}  // namespace

bool parse_abft(const uint8_t* p, size_t n, Abft& out, std::string& err) {
    out = Abft{};
    if (n < 4 || std::memcmp(p, "aBFT", 4) != 0) {
        err = "no aBFT signature";
        return false;
    }
    if (n < 8) {
        err = "aBFT cut short after " + std::to_string(n) + " bytes (no length field)";
        return false;
    }
    uint32_t len = le32(p + 4);
    if (len < kAbftLength) {
        err = "aBFT length " + std::to_string(len) + " is shorter than the " +
              std::to_string(kAbftLength) + " bytes a table needs";
        return false;
    }
    if (len > n) {
        err = "aBFT length " + std::to_string(len) + " runs past the " + std::to_string(n) +
              " bytes available (table cut short)";
        return false;
    }
    uint8_t sum = 0;
    for (size_t i = 0; i < len; ++i) sum = uint8_t(sum + p[i]);
    if (sum != 0) {
        char b[80];
        std::snprintf(b, sizeof b, "aBFT checksum is wrong (bytes sum to 0x%02x, not 0)", sum);
        err = b;
        return false;
    }
    Abft t;
    t.revision = p[8];
    for (size_t i = 10; i < 16; ++i)
        if (p[i] >= 0x20 && p[i] < 0x7f) t.oem_id += char(p[i]);
    while (!t.oem_id.empty() && t.oem_id.back() == ' ') t.oem_id.pop_back();
    const uint8_t* d = p + kAcpiHeader;
    t.address.shelf = uint16_t(d[0] | d[1] << 8);
    t.address.slot = d[2];
    std::memcpy(t.mac.data(), d + 4, 6);
    bool zero = true;
    for (uint8_t b : t.mac) zero &= b == 0;
    if (zero) {
        err = "aBFT names no NIC (its MAC is 00:00:00:00:00:00)";
        return false;
    }
    if (t.mac[0] & 1) {
        err = "aBFT MAC " + format_mac(t.mac) + " is a multicast address, not a NIC's";
        return false;
    }
    if (t.address.shelf == 0xffff || t.address.slot == 0xff) {
        err = "aBFT names the broadcast shelf.slot " + std::to_string(t.address.shelf) + "." +
              std::to_string(t.address.slot) + ", not one disk";
        return false;
    }
    out = t;
    return true;
}

long scan_abft(const uint8_t* p, size_t n, Abft& out, std::string& err) {
    std::string first_bad;
    for (size_t off = 0; off + 8 <= n; off += 16) {
        if (std::memcmp(p + off, "aBFT", 4) != 0) continue;
        std::string e;
        if (parse_abft(p + off, n - off, out, e)) return long(off);
        if (first_bad.empty()) {
            char b[32];
            std::snprintf(b, sizeof b, " (at offset 0x%zx)", off);
            first_bad = e + b;
        }
    }
    err = first_bad;
    return -1;
}

std::string describe_abft(const Abft& t) {
    return format_address(t.address) + " via " + format_mac(t.mac) + " (aBFT rev " +
           std::to_string(t.revision) + (t.oem_id.empty() ? "" : ", OEM " + t.oem_id) + ")";
}

// --- I/O ----------------------------------------------------------------------

namespace {

bool read_file(const std::string& path, std::vector<uint8_t>& out, size_t max) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    out.clear();
    uint8_t buf[4096];
    ssize_t r = 0;
    while (out.size() < max && (r = ::read(fd, buf, sizeof buf)) > 0) out.insert(out.end(), buf, buf + r);
    ::close(fd);
    return r >= 0;
}

// /dev/mem, made if the initramfs has no devtmpfs node for it (char 1:1).
int open_devmem(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT && path == "/dev/mem" &&
        ::mknod(path.c_str(), S_IFCHR | 0400, makedev(1, 1)) == 0)
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    return fd;
}

}  // namespace

AbftFind find_abft(const AbftSources& src, Abft& out, std::string& where, std::string& err,
                   std::string* raw) {
    std::vector<uint8_t> buf;
    err.clear();
    out = Abft{};  // whatever it held: never a disk this lookup did not find
    if (read_file(src.acpi_table, buf, 65536)) {
        if (!parse_abft(buf.data(), buf.size(), out, err)) {
            err = "the ACPI table " + src.acpi_table + " is not a valid aBFT: " + err;
            return AbftFind::kBad;
        }
        where = "ACPI table " + src.acpi_table;
        if (raw) raw->assign(buf.begin(), buf.begin() + le32(buf.data() + 4));
        return AbftFind::kFound;
    }
    // iPXE aligns the table to a 16-byte physical boundary, and scan_abft
    // looks at 16-byte offsets into the buffer: start the buffer on one.
    const uint64_t start = src.scan_start & ~uint64_t(15);
    if (src.devmem.empty() || src.scan_end <= start) return AbftFind::kNone;
    int fd = open_devmem(src.devmem);
    if (fd < 0) {
        err = "cannot open " + src.devmem + " to look for a BIOS aBFT: " + std::strerror(errno);
        return AbftFind::kNone;
    }
    buf.assign(size_t(src.scan_end - start), 0);
    size_t got = 0;
    while (got < buf.size()) {
        ssize_t r = ::pread(fd, buf.data() + got, buf.size() - got, off_t(start + got));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += size_t(r);
    }
    int e = errno;
    ::close(fd);
    if (got < buf.size() && got == 0) {
        err = "cannot read " + src.devmem + " to look for a BIOS aBFT: " + std::strerror(e);
        return AbftFind::kNone;
    }
    // Only the base memory the BIOS no longer reports as free (the BDA's
    // word at 0x413, KiB of base memory, which iPXE lowers to hide its own)
    // can hold a live table: below it, a table is a leftover of an earlier
    // boot that a warm reboot did not clear, and naming that disk would
    // attach one nothing booted from.
    size_t from = 0;
    if (start <= 0x413 && 0x415 - start <= got) {
        uint64_t free_end = uint64_t(buf[0x413 - start] | buf[0x414 - start] << 8) * 1024;
        if (free_end > start && free_end < start + got) from = size_t(free_end - start) & ~size_t(15);
    }
    long off = scan_abft(buf.data() + from, got - from, out, err);
    if (off >= 0) off += long(from);
    if (off < 0) {
        if (err.empty()) return AbftFind::kNone;
        err = "base memory holds an aBFT signature but no valid table: " + err;
        return AbftFind::kBad;
    }
    char b[64];
    std::snprintf(b, sizeof b, "base memory at 0x%llx", (unsigned long long)(start + off));
    where = b;
    if (raw) raw->assign(buf.begin() + off, buf.begin() + off + le32(buf.data() + off + 4));
    return AbftFind::kFound;
}

bool apply_abft(BootConfig& c, const AbftSources& src, std::string& note, std::string& err,
                AbftFind* found) {
    if (!c.root.abft) return true;
    Abft t;
    std::string where, why;
    AbftFind r = find_abft(src, t, where, why);
    if (found) *found = r;
    if (r == AbftFind::kNone) {
        if (c.root.implicit)
            err = no_root_error();
        else if (c.root.abft_disk)
            err = "--abft, but there is no aBFT: this machine was not booted by iPXE's "
                  "`sanboot aoe:eX.Y`, so there is no AoE disk to attach (check with "
                  "`aoeboot abft` first)";
        else
            err = "root=aoe:abft, but there is no aBFT (is this a `sanboot aoe:eX.Y` "
                  "from iPXE? Otherwise name the export: root=aoe:eX.Y)";
        if (!why.empty()) err += "; " + why;
        return false;
    }
    if (r == AbftFind::kBad) {
        err = why + "; not booting a disk it may have named wrongly: name the export with "
                    "root=aoe:eX.Y";
        return false;
    }
    c.root.address = t.address;
    std::string mac = format_mac(t.mac);
    note = "aBFT from iPXE's sanboot (" + where + "): " + describe_abft(t);
    if (!c.ifaces.empty() && !(c.ifaces.size() == 1 && c.ifaces[0] == mac))
        note += "; using its NIC instead of aoe.iface=";
    c.ifaces = {mac};
    return true;
}

}  // namespace aoe::boot
