// The 512-byte ATA IDENTIFY DEVICE page a target returns, and the few fields
// an initiator reads back from one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace aoe {

inline constexpr size_t kIdentifyLen = 512;

struct IdentifyInfo {
    uint64_t sectors = 0;          // capacity in 512-byte sectors
    std::string_view model;        // up to 40 chars
    std::string_view serial;       // up to 20 chars
    std::string_view firmware;     // up to 8 chars
    bool lba48 = true;             // advertise the 48-bit feature set
    bool write_cache = false;      // advertise a volatile write cache (FLUSH meaningful)
};

// Fills `page` (512 bytes): capacity in words 60-61 (capped at 0x0FFFFFFF) and
// 100-103, LBA48 in words 83/86 bit 10, strings space-padded and byte-swapped
// per word as ATA wants, and the integrity word 255 (signature 0xA5, checksum).
void build_identify(std::span<uint8_t, kIdentifyLen> page, const IdentifyInfo& info);

struct IdentifyFields {
    uint64_t sectors = 0;   // words 100-103 when LBA48, else words 60-61
    bool lba48 = false;
    char model[41] = {};    // un-swapped, trailing spaces removed
    char serial[21] = {};
    char firmware[9] = {};
};
IdentifyFields parse_identify(std::span<const uint8_t, kIdentifyLen> page);

// True when word 255 carries the 0xA5 signature and the bytes sum to zero
// (also true when the signature is absent, as ATA allows).
bool identify_checksum_ok(std::span<const uint8_t, kIdentifyLen> page);

}  // namespace aoe
