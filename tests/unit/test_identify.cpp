// IDENTIFY DEVICE page: words, byte-swapped strings, the integrity word, and
// reading the page back the way an initiator does.
#include <catch2/catch.hpp>

#include <array>
#include <cstring>
#include <string>

#include "proto/identify.h"

using namespace aoe;

namespace {

using Page = std::array<uint8_t, kIdentifyLen>;

uint16_t word(const Page& p, size_t w) { return static_cast<uint16_t>(p[w * 2] | p[w * 2 + 1] << 8); }
void set_word(Page& p, size_t w, uint16_t v) {
    p[w * 2] = static_cast<uint8_t>(v);
    p[w * 2 + 1] = static_cast<uint8_t>(v >> 8);
}
unsigned byte_sum(const Page& p) {
    unsigned s = 0;
    for (uint8_t b : p) s += b;
    return s & 0xFF;
}

Page build(const IdentifyInfo& info) {
    Page p;
    p.fill(0xCC);  // the builder must clear everything it does not set
    build_identify(p, info);
    return p;
}

IdentifyInfo sample() {
    IdentifyInfo i;
    i.sectors = 0x0000'1234'5678'9ABCull;
    i.model = "aoeboot virtual disk";
    i.serial = "SN-000123";
    i.firmware = "1.0";
    i.lba48 = true;
    i.write_cache = true;
    return i;
}

}  // namespace

TEST_CASE("IDENTIFY fixed words", "[identify]") {
    Page p = build(sample());
    CHECK(word(p, 0) == 0x0040);
    CHECK(word(p, 47) == 0x8001);
    CHECK((word(p, 47) & 0xFF00) == 0x8000);
    CHECK(word(p, 49) & 0x0200);
    CHECK(word(p, 53) == 0x0006);
    CHECK(word(p, 80) == 0x01F0);
    CHECK(word(p, 84) == 0x4000);
    CHECK(word(p, 87) == 0x4000);
    CHECK((word(p, 83) & 0xC000) == 0x4000);  // word valid
    // Unused words are zero ("not supported").
    CHECK(word(p, 2) == 0);
    CHECK(word(p, 81) == 0);
    CHECK(word(p, 104) == 0);
    CHECK(word(p, 254) == 0);
}

TEST_CASE("IDENTIFY LBA48 capacity and feature bits", "[identify]") {
    Page p = build(sample());
    CHECK(word(p, 100) == 0x9ABC);
    CHECK(word(p, 101) == 0x5678);
    CHECK(word(p, 102) == 0x1234);
    CHECK(word(p, 103) == 0x0000);
    // LBA28 capacity is capped.
    CHECK(word(p, 60) == 0xFFFF);
    CHECK(word(p, 61) == 0x0FFF);
    const uint16_t w83 = word(p, 83);
    CHECK(w83 & (1u << 14));
    CHECK(w83 & (1u << 13));  // FLUSH CACHE EXT
    CHECK(w83 & (1u << 12));  // FLUSH CACHE
    CHECK(w83 & (1u << 10));  // 48-bit address feature set
    const uint16_t w86 = word(p, 86);
    CHECK(w86 & (1u << 13));
    CHECK(w86 & (1u << 12));
    CHECK(w86 & (1u << 10));
    CHECK((w86 & 0xC000) == 0);
}

TEST_CASE("IDENTIFY without LBA48", "[identify]") {
    IdentifyInfo i = sample();
    i.lba48 = false;
    i.sectors = 2048 * 1024;  // 1 GiB
    Page p = build(i);
    CHECK_FALSE(word(p, 83) & (1u << 10));
    CHECK_FALSE(word(p, 83) & (1u << 13));
    CHECK(word(p, 83) & (1u << 14));
    CHECK(word(p, 83) & (1u << 12));  // FLUSH CACHE is still offered
    CHECK_FALSE(word(p, 86) & (1u << 10));
    CHECK(word(p, 60) == 0x0000);
    CHECK(word(p, 61) == 0x0020);
    // Legacy geometry for initiators that use it without LBA48.
    CHECK(word(p, 3) == 16);
    CHECK(word(p, 6) == 63);
    CHECK(word(p, 1) == 2048 * 1024 / (16 * 63));
    CHECK(word(p, 54) == word(p, 1));
    CHECK(word(p, 55) == 16);
    CHECK(word(p, 56) == 63);
    const uint32_t chs = word(p, 57) | uint32_t{word(p, 58)} << 16;
    CHECK(chs == uint32_t{word(p, 1)} * 16 * 63);
    CHECK(chs <= 2048 * 1024);

    IdentifyFields f = parse_identify(p);
    CHECK_FALSE(f.lba48);
    CHECK(f.sectors == 2048 * 1024);
}

TEST_CASE("IDENTIFY LBA28 cap boundary and cylinder cap", "[identify]") {
    IdentifyInfo i = sample();
    i.sectors = 0x0FFFFFFF;
    Page p = build(i);
    CHECK((word(p, 60) | uint32_t{word(p, 61)} << 16) == 0x0FFFFFFFu);
    i.sectors = 0x10000000;
    p = build(i);
    CHECK((word(p, 60) | uint32_t{word(p, 61)} << 16) == 0x0FFFFFFFu);
    CHECK(word(p, 1) == 16383);
    i.sectors = 1000;
    p = build(i);
    CHECK((word(p, 60) | uint32_t{word(p, 61)} << 16) == 1000u);
    CHECK(parse_identify(p).sectors == 1000);  // from 100-103 with LBA48
}

TEST_CASE("IDENTIFY write cache words", "[identify]") {
    IdentifyInfo i = sample();
    Page p = build(i);
    CHECK(word(p, 82) & (1u << 5));
    CHECK(word(p, 85) & (1u << 5));
    i.write_cache = false;
    p = build(i);
    CHECK_FALSE(word(p, 82) & (1u << 5));
    CHECK_FALSE(word(p, 85) & (1u << 5));
}

TEST_CASE("IDENTIFY strings are space padded and byte-swapped per word", "[identify]") {
    Page p = build(sample());
    // Model "aoeboot virtual disk": word 27 holds "ao" as bytes 'o','a'.
    CHECK(p[54] == 'o');
    CHECK(p[55] == 'a');
    CHECK(p[56] == 'b');
    CHECK(p[57] == 'e');
    // Padding to 40 chars with spaces up to word 46.
    CHECK(p[46 * 2] == ' ');
    CHECK(p[46 * 2 + 1] == ' ');
    // Serial "SN-000123" (odd length): word 10 = "SN", word 14 = "3 ".
    CHECK(p[20] == 'N');
    CHECK(p[21] == 'S');
    CHECK(p[28] == ' ');
    CHECK(p[29] == '3');
    CHECK(p[19 * 2] == ' ');
    // Firmware "1.0" in words 23-26.
    CHECK(p[46] == '.');
    CHECK(p[47] == '1');
    CHECK(p[48] == ' ');
    CHECK(p[49] == '0');
    CHECK(p[52] == ' ');
    CHECK(p[53] == ' ');
}

TEST_CASE("IDENTIFY strings are truncated to their fields", "[identify]") {
    IdentifyInfo i = sample();
    std::string model(50, 'M');
    model[39] = 'Z';
    std::string serial = "0123456789abcdefghijKLMN";
    i.model = model;
    i.serial = serial;
    i.firmware = "ABCDEFGHIJ";
    Page p = build(i);
    IdentifyFields f = parse_identify(p);
    CHECK(std::string(f.model) == model.substr(0, 40));
    CHECK(std::string(f.serial) == serial.substr(0, 20));
    CHECK(std::string(f.firmware) == "ABCDEFGH");
    // Neighbouring words are untouched by long strings.
    CHECK(word(p, 20) == 0);
    CHECK(word(p, 47) == 0x8001);
}

TEST_CASE("IDENTIFY non-printable characters become spaces", "[identify]") {
    IdentifyInfo i = sample();
    const char raw[] = {'a', '\n', 'b', '\0', 'c'};
    i.model = std::string_view(raw, sizeof raw);
    i.serial = "\xff" "x";
    Page p = build(i);
    IdentifyFields f = parse_identify(p);
    CHECK(std::string(f.model) == "a b c");
    CHECK(std::string(f.serial) == " x");
}

TEST_CASE("IDENTIFY empty strings", "[identify]") {
    IdentifyInfo i;
    Page p = build(i);
    CHECK(p[20] == ' ');
    CHECK(p[54] == ' ');
    IdentifyFields f = parse_identify(p);
    CHECK(std::string(f.model).empty());
    CHECK(std::string(f.serial).empty());
    CHECK(std::string(f.firmware).empty());
    CHECK(f.sectors == 0);
    CHECK(f.lba48);  // the default advertises LBA48
    CHECK(identify_checksum_ok(p));
}

TEST_CASE("IDENTIFY integrity word: signature and checksum", "[identify]") {
    for (uint64_t sectors : {0ull, 1ull, 0x0FFFFFFFull, 0xFFFFFFFFFFFFull, 0x123456789ull}) {
        IdentifyInfo i = sample();
        i.sectors = sectors;
        Page p = build(i);
        CHECK(p[510] == 0xA5);
        CHECK(byte_sum(p) == 0);
        CHECK(identify_checksum_ok(p));
    }
    Page p = build(sample());
    p[100] ^= 0x01;  // any corruption is caught
    CHECK_FALSE(identify_checksum_ok(p));
    p[100] ^= 0x01;
    CHECK(identify_checksum_ok(p));
    p[511] = static_cast<uint8_t>(p[511] + 1);
    CHECK_FALSE(identify_checksum_ok(p));
    // Without the signature there is nothing to check: ATA allows that.
    Page zero{};
    CHECK(identify_checksum_ok(zero));
    zero[0] = 0x40;
    CHECK(identify_checksum_ok(zero));
    zero[510] = 0xA5;
    CHECK_FALSE(identify_checksum_ok(zero));
}

TEST_CASE("IDENTIFY capacity is 48 bits", "[identify]") {
    IdentifyInfo i = sample();
    i.sectors = 0xFFFF'FFFF'FFFF'FFFFull;
    Page p = build(i);
    CHECK(word(p, 102) == 0xFFFF);
    CHECK(word(p, 103) == 0);  // only 48 bits are addressable
    CHECK(parse_identify(p).sectors == 0x0000'FFFF'FFFF'FFFFull);
}

TEST_CASE("parse_identify round trip", "[identify]") {
    IdentifyInfo i = sample();
    Page p = build(i);
    IdentifyFields f = parse_identify(p);
    CHECK(f.lba48);
    CHECK(f.sectors == i.sectors);
    CHECK(std::string(f.model) == "aoeboot virtual disk");
    CHECK(std::string(f.serial) == "SN-000123");
    CHECK(std::string(f.firmware) == "1.0");
}

TEST_CASE("parse_identify reads a hand-made page", "[identify]") {
    Page p{};
    // LBA28-only device: capacity from words 60-61.
    set_word(p, 60, 0x5678);
    set_word(p, 61, 0x0123);
    set_word(p, 100, 0x1111);  // ignored without word 83 bit 10
    set_word(p, 83, 0x4000);
    // Model "QEMU HARDDISK" swapped, padded with NULs rather than spaces.
    const char* m = "QEMU HARDDISK";
    for (size_t k = 0; k < std::strlen(m); ++k) p[27 * 2 + (k ^ 1)] = static_cast<uint8_t>(m[k]);
    const char* s = "  QM00001           ";  // leading spaces are kept
    for (size_t k = 0; k < 20; ++k) p[10 * 2 + (k ^ 1)] = static_cast<uint8_t>(s[k]);
    const char* fw = "2.5+    ";
    for (size_t k = 0; k < 8; ++k) p[23 * 2 + (k ^ 1)] = static_cast<uint8_t>(fw[k]);
    IdentifyFields f = parse_identify(p);
    CHECK_FALSE(f.lba48);
    CHECK(f.sectors == 0x01235678);
    CHECK(std::string(f.model) == "QEMU HARDDISK");
    CHECK(std::string(f.serial) == "  QM00001");
    CHECK(std::string(f.firmware) == "2.5+");

    // Word 83 bit 10 selects words 100-103.
    set_word(p, 83, 0x4400);
    set_word(p, 101, 0x0002);
    f = parse_identify(p);
    CHECK(f.lba48);
    CHECK(f.sectors == 0x00021111);

    // An invalid word 83 (0xFFFF: "not reported") does not claim LBA48.
    set_word(p, 83, 0xFFFF);
    f = parse_identify(p);
    CHECK_FALSE(f.lba48);
    CHECK(f.sectors == 0x01235678);
}
