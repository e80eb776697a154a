// ATA IDENTIFY DEVICE page. Word numbers follow the ATA/ATAPI-8 table; only
// the words an initiator (Linux aoe, libata-style tools) looks at are filled,
// the rest stay zero, which ATA reads as "not supported".
#include "proto/identify.h"

#include <cstring>

namespace aoe {

namespace {

constexpr uint64_t kLba28Max = 0x0FFFFFFF;
constexpr uint64_t kLba48Mask = 0xFFFFFFFFFFFFull;

// Legacy CHS geometry for initiators that still look at it without LBA48
// (the Linux aoe driver does): 16 heads, 63 sectors per track.
constexpr uint16_t kHeads = 16;
constexpr uint16_t kSectorsPerTrack = 63;
constexpr uint16_t kMaxCylinders = 16383;

void put_word(std::span<uint8_t, kIdentifyLen> page, size_t word, uint16_t v) {
    page[word * 2] = static_cast<uint8_t>(v);
    page[word * 2 + 1] = static_cast<uint8_t>(v >> 8);
}
uint16_t get_word(std::span<const uint8_t, kIdentifyLen> page, size_t word) {
    return static_cast<uint16_t>(page[word * 2] | page[word * 2 + 1] << 8);
}

// ATA strings are space padded and, because the words are little-endian but
// the characters are read as big-endian pairs, the two bytes of every word
// are swapped. Non-printable characters become spaces: the field is ASCII.
void put_string(std::span<uint8_t, kIdentifyLen> page, size_t first_word, size_t words,
                std::string_view s) {
    for (size_t i = 0; i < words * 2; ++i) {
        char c = i < s.size() ? s[i] : ' ';
        if (c < 0x20 || c > 0x7E) c = ' ';
        page[first_word * 2 + (i ^ 1)] = static_cast<uint8_t>(c);
    }
}

// Un-swaps into `dst` (words * 2 + 1 bytes) and drops trailing spaces and
// NULs, both of which devices use as padding.
void get_string(std::span<const uint8_t, kIdentifyLen> page, size_t first_word, size_t words,
                char* dst) {
    const size_t n = words * 2;
    for (size_t i = 0; i < n; ++i) dst[i] = static_cast<char>(page[first_word * 2 + (i ^ 1)]);
    size_t end = n;
    while (end > 0 && (dst[end - 1] == ' ' || dst[end - 1] == '\0')) --end;
    std::memset(dst + end, 0, n + 1 - end);
}

}  // namespace

void build_identify(std::span<uint8_t, kIdentifyLen> page, const IdentifyInfo& info) {
    std::memset(page.data(), 0, page.size());
    const uint64_t sectors = info.sectors & kLba48Mask;
    const uint64_t lba28 = sectors < kLba28Max ? sectors : kLba28Max;

    put_word(page, 0, 0x0040);  // ATA device, fixed (obsolete bit, still expected)

    uint64_t cyl = lba28 / (kHeads * kSectorsPerTrack);
    if (cyl > kMaxCylinders) cyl = kMaxCylinders;
    const uint32_t chs_capacity = static_cast<uint32_t>(cyl * kHeads * kSectorsPerTrack);
    put_word(page, 1, static_cast<uint16_t>(cyl));
    put_word(page, 3, kHeads);
    put_word(page, 6, kSectorsPerTrack);
    put_word(page, 54, static_cast<uint16_t>(cyl));
    put_word(page, 55, kHeads);
    put_word(page, 56, kSectorsPerTrack);
    put_word(page, 57, static_cast<uint16_t>(chs_capacity));
    put_word(page, 58, static_cast<uint16_t>(chs_capacity >> 16));

    put_string(page, 10, 10, info.serial);
    put_string(page, 23, 4, info.firmware);
    put_string(page, 27, 20, info.model);

    put_word(page, 47, 0x8001);  // READ/WRITE MULTIPLE: one sector per DRQ block
    put_word(page, 49, 0x0200);  // LBA supported
    put_word(page, 50, 0x4000);  // bit 14 shall be one
    put_word(page, 53, 0x0006);  // words 64-70 and 88 are valid
    put_word(page, 60, static_cast<uint16_t>(lba28));
    put_word(page, 61, static_cast<uint16_t>(lba28 >> 16));
    put_word(page, 64, 0x0003);  // PIO modes 3 and 4
    for (size_t w = 65; w <= 68; ++w) put_word(page, w, 120);  // cycle times, ns
    put_word(page, 80, 0x01F0);  // ATA/ATAPI-4 through ATA8-ACS

    // Supported (82-84) and enabled (85-87) feature sets. FLUSH CACHE is
    // always offered: the target implements it whether or not it asks the
    // initiator to use it (write_cache).
    uint16_t w82 = 0;
    if (info.write_cache) w82 |= 0x0020;
    uint16_t w83 = 0x4000 | 0x1000;
    if (info.lba48) w83 |= 0x2000 | 0x0400;  // FLUSH CACHE EXT, 48-bit addressing
    put_word(page, 82, w82);
    put_word(page, 83, w83);
    put_word(page, 84, 0x4000);
    put_word(page, 85, w82);
    put_word(page, 86, static_cast<uint16_t>(w83 & 0x3FFF));  // 14-15 mean other things here
    put_word(page, 87, 0x4000);

    for (size_t i = 0; i < 4; ++i)
        put_word(page, 100 + i, static_cast<uint16_t>(sectors >> (16 * i)));

    // Integrity word: signature, then the byte that makes all 512 sum to 0.
    page[510] = 0xA5;
    uint8_t sum = 0;
    for (size_t i = 0; i < 511; ++i) sum = static_cast<uint8_t>(sum + page[i]);
    page[511] = static_cast<uint8_t>(-sum);
}

IdentifyFields parse_identify(std::span<const uint8_t, kIdentifyLen> page) {
    IdentifyFields f;
    const uint16_t w83 = get_word(page, 83);
    // Bits 15:14 = 01 mark the word valid; 0x0000 and 0xFFFF mean "not reported".
    f.lba48 = (w83 & 0xC000) == 0x4000 && (w83 & 0x0400);
    if (f.lba48) {
        for (size_t i = 0; i < 4; ++i) f.sectors |= uint64_t{get_word(page, 100 + i)} << (16 * i);
    } else {
        f.sectors = get_word(page, 60) | uint64_t{get_word(page, 61)} << 16;
    }
    get_string(page, 27, 20, f.model);
    get_string(page, 10, 10, f.serial);
    get_string(page, 23, 4, f.firmware);
    return f;
}

bool identify_checksum_ok(std::span<const uint8_t, kIdentifyLen> page) {
    if (page[510] != 0xA5) return true;
    uint8_t sum = 0;
    for (uint8_t b : page) sum = static_cast<uint8_t>(sum + b);
    return sum == 0;
}

}  // namespace aoe
