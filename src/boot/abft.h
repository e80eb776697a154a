// The aBFT (AoE Boot Firmware Table): iPXE's note to the booted OS of which
// AoE disk it booted from (`sanboot aoe:eX.Y`) and through which NIC. An ACPI
// table: the 36-byte ACPI header (signature "aBFT", length, revision,
// checksum over the whole table = 0, OEM ids) then shelf (le16), slot (u8),
// a reserved byte and the client's MAC.
//
// Where Linux can see it: under UEFI, iPXE installs it through the firmware's
// ACPI table protocol, and the kernel lists it as
// /sys/firmware/acpi/tables/aBFT. Under a BIOS, iPXE leaves it in its own
// (hidden, e820-reserved) base memory, on a 16-byte boundary, and no ACPI
// table points at it: it is found by scanning the first 640 KiB of /dev/mem
// for a valid table (a strict-devmem kernel still allows reads below 1 MiB).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "base/mac.h"

namespace aoe::boot {

constexpr size_t kAbftLength = 46;  // 36-byte ACPI header + 10 bytes of AoE data

struct Abft {
    Address address;      // the boot disk's shelf.slot
    Mac mac{};            // the NIC iPXE booted through
    uint8_t revision = 0;
    std::string oem_id;   // "FENSYS" for iPXE (printable bytes only)
};

// Decodes and checks one table: signature, length (at least kAbftLength and
// within n), checksum, a MAC that is neither zero nor multicast, a shelf.slot
// that is not the broadcast address. false with a message naming the fault.
bool parse_abft(const uint8_t* p, size_t n, Abft& out, std::string& err);

// Scans a copy of physical memory for the first valid table at an offset
// that is a multiple of 16 (p[0] must be on a 16-byte physical boundary, as
// find_abft arranges). Returns the offset into p, or -1; err says why the
// first table with the aBFT signature (if any) was not valid.
long scan_abft(const uint8_t* p, size_t n, Abft& out, std::string& err);

enum class AbftFind { kNone, kFound, kBad };

struct AbftSources {
    std::string acpi_table = "/sys/firmware/acpi/tables/aBFT";
    std::string devmem = "/dev/mem";
    uint64_t scan_start = 0;           // physical range scanned in devmem
    uint64_t scan_end = 0xA0000;       // 640 KiB: the end of base memory
};

// Looks for the table: the ACPI table first, then the base-memory scan
// (when the range holds the BIOS data area, only above the base memory the
// BIOS reports free at 0x413: where iPXE hides itself and its table).
// kFound: out and `where` ("ACPI table /sys/...", "base memory at 0x9f4c0")
// are set. kBad: a table was there but is not valid (err says why). kNone:
// no table anywhere (err may say what could not be read).
AbftFind find_abft(const AbftSources& src, Abft& out, std::string& where, std::string& err,
                   std::string* raw = nullptr);

struct BootConfig;

// root=aoe:abft[pN], no root= at all (root.implicit), or `aoeboot root
// --abft` (root.abft_disk): looks for the table and boots exactly what it
// names: root.address from its shelf.slot, and its MAC as the only link
// (aoe.iface and BOOTIF give way). `note` says what was found and where.
// false with err when the root cannot be known: no table (for an implicit
// root: no_root_error()), or a bad one (never a guess); `found`, when given,
// tells the two apart.
bool apply_abft(BootConfig& c, const AbftSources& src, std::string& note, std::string& err,
                AbftFind* found = nullptr);

// "e7.3 via 52:54:00:12:34:56 (iPXE aBFT rev 1, OEM FENSYS)"
std::string describe_abft(const Abft& t);

}  // namespace aoe::boot
