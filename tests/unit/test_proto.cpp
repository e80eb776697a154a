// AoE r11 codec: frames are written byte by byte here (not with the builders)
// so the parser is checked against the wire layout, then builders are checked
// against the same bytes and round-tripped.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <vector>

#include "proto/aoe.h"

using namespace aoe;

namespace {

const Mac kDst = {0x02, 0x11, 0x22, 0x33, 0x44, 0x55};
const Mac kSrc = {0x52, 0x54, 0x00, 0xaa, 0xbb, 0xcc};

// A raw frame with the common header; `len` bytes total (at least 24).
std::vector<uint8_t> raw_frame(uint8_t command, size_t len, uint8_t verflags = 0x10) {
    std::vector<uint8_t> f(len, 0);
    std::copy(kDst.begin(), kDst.end(), f.begin());
    std::copy(kSrc.begin(), kSrc.end(), f.begin() + 6);
    f[12] = 0x88;
    f[13] = 0xA2;
    f[14] = verflags;
    f[15] = 0;
    f[16] = 0x12;  // major 0x1234
    f[17] = 0x34;
    f[18] = 0x56;  // minor
    f[19] = command;
    f[20] = 0xde;  // tag 0xdeadbeef
    f[21] = 0xad;
    f[22] = 0xbe;
    f[23] = 0xef;
    return f;
}

// An ATA frame: 36-byte header plus `data_len` bytes.
std::vector<uint8_t> raw_ata(uint8_t aflags, uint8_t count, uint8_t cmd, uint64_t lba,
                             size_t data_len, uint8_t verflags = 0x10) {
    auto f = raw_frame(kCmdAta, 36 + data_len, verflags);
    f[24] = aflags;
    f[25] = 0x00;
    f[26] = count;
    f[27] = cmd;
    for (int i = 0; i < 6; ++i) f[28 + i] = static_cast<uint8_t>(lba >> (8 * i));
    for (size_t i = 0; i < data_len; ++i) f[36 + i] = static_cast<uint8_t>(i * 7);
    return f;
}

std::vector<uint8_t> raw_config(uint16_t bufcnt, uint16_t fw, uint8_t sectors, uint8_t vercmd,
                                uint16_t slen, size_t actual_string_len,
                                uint8_t verflags = 0x10) {
    auto f = raw_frame(kCmdConfig, 32 + actual_string_len, verflags);
    f[24] = static_cast<uint8_t>(bufcnt >> 8);
    f[25] = static_cast<uint8_t>(bufcnt);
    f[26] = static_cast<uint8_t>(fw >> 8);
    f[27] = static_cast<uint8_t>(fw);
    f[28] = sectors;
    f[29] = vercmd;
    f[30] = static_cast<uint8_t>(slen >> 8);
    f[31] = static_cast<uint8_t>(slen);
    for (size_t i = 0; i < actual_string_len; ++i) f[32 + i] = static_cast<uint8_t>('a' + i % 26);
    return f;
}

std::vector<uint8_t> raw_mask(uint8_t mcmd, uint8_t merror, uint8_t count,
                              std::vector<std::pair<uint8_t, Mac>> dirs,
                              uint8_t verflags = 0x10) {
    auto f = raw_frame(kCmdMaskList, 28 + dirs.size() * 8, verflags);
    f[25] = mcmd;
    f[26] = merror;
    f[27] = count;
    for (size_t i = 0; i < dirs.size(); ++i) {
        f[28 + i * 8 + 1] = dirs[i].first;
        std::copy(dirs[i].second.begin(), dirs[i].second.end(), f.begin() + 28 + i * 8 + 2);
    }
    return f;
}

std::vector<uint8_t> raw_reserve(uint8_t rcmd, uint8_t nmacs, std::vector<Mac> macs,
                                 uint8_t verflags = 0x10) {
    auto f = raw_frame(kCmdReserve, 26 + macs.size() * 6, verflags);
    f[24] = rcmd;
    f[25] = nmacs;
    for (size_t i = 0; i < macs.size(); ++i)
        std::copy(macs[i].begin(), macs[i].end(), f.begin() + 26 + i * 6);
    return f;
}

ParseError parse_vec(const std::vector<uint8_t>& v, Frame& out) {
    return parse(std::span<const uint8_t>(v.data(), v.size()), out);
}
ParseError parse_vec(const std::vector<uint8_t>& v) {
    Frame f;
    return parse_vec(v, f);
}

Header test_header() {
    Header h;
    h.dst = kDst;
    h.src = kSrc;
    h.major = 0x1234;
    h.minor = 0x56;
    h.tag = 0xdeadbeef;
    return h;
}

bool all_zero(const uint8_t* p, size_t n) {
    return std::all_of(p, p + n, [](uint8_t b) { return b == 0; });
}

}  // namespace

// ---------------------------------------------------------------- header

TEST_CASE("common header fields parse from their offsets", "[proto][header]") {
    auto v = raw_ata(0, 0, kAtaCheckPower, 0, 0);
    v[14] = 0x1C;  // version 1, response + error
    v[15] = kErrDeviceUnavailable;
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK(f.header.dst == kDst);
    CHECK(f.header.src == kSrc);
    CHECK(f.header.version == 1);
    CHECK(f.header.flags == (kFlagResponse | kFlagError));
    CHECK(f.header.is_response());
    CHECK(f.header.is_error());
    CHECK(f.header.error == kErrDeviceUnavailable);
    CHECK(f.header.major == 0x1234);  // big-endian
    CHECK(f.header.minor == 0x56);
    CHECK(f.header.command == kCmdAta);
    CHECK(f.header.tag == 0xdeadbeef);  // big-endian
    CHECK_FALSE(f.header.is_broadcast_address());
}

TEST_CASE("request flags: neither response nor error", "[proto][header]") {
    Frame f;
    REQUIRE(parse_vec(raw_ata(0, 0, kAtaIdentify, 0, 0), f) == ParseError::kOk);
    CHECK_FALSE(f.header.is_response());
    CHECK_FALSE(f.header.is_error());
    CHECK(f.header.flags == 0);
}

TEST_CASE("broadcast address", "[proto][header]") {
    Header h;
    h.major = kBroadcastMajor;
    h.minor = 3;
    CHECK(h.is_broadcast_address());
    h.major = 7;
    h.minor = kBroadcastMinor;
    CHECK(h.is_broadcast_address());
    h.major = kBroadcastMajor;
    CHECK(h.is_broadcast_address());
    h.major = 0xfffe;
    h.minor = 0xfe;
    CHECK_FALSE(h.is_broadcast_address());

    // A discovery query as the Linux driver sends it: broadcast MAC, shelf
    // 0xffff, slot 0xff.
    auto v = raw_config(0, 0, 0, 0x10, 0, 0);
    std::fill(v.begin(), v.begin() + 6, 0xff);
    v[16] = 0xff;
    v[17] = 0xff;
    v[18] = 0xff;
    v.resize(60, 0);
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK(f.header.dst == kBroadcastMac);
    CHECK(f.header.major == kBroadcastMajor);
    CHECK(f.header.minor == kBroadcastMinor);
    CHECK(f.header.is_broadcast_address());
}

TEST_CASE("kTooShort below 24 bytes", "[proto][header][error]") {
    auto v = raw_frame(kCmdConfig, 24);
    for (size_t n = 0; n < 24; ++n) {
        Frame f;
        CHECK(parse(std::span<const uint8_t>(v.data(), n), f) == ParseError::kTooShort);
    }
    // Exactly the common header is enough to reach the command's own check.
    CHECK(parse_vec(v) == ParseError::kConfigTooShort);
    // The empty span.
    Frame f;
    CHECK(parse(std::span<const uint8_t>(), f) == ParseError::kTooShort);
}

TEST_CASE("kNotAoe on a foreign ethertype", "[proto][header][error]") {
    auto v = raw_ata(0, 0, kAtaIdentify, 0, 0);
    v[12] = 0x08;
    v[13] = 0x00;
    CHECK(parse_vec(v) == ParseError::kNotAoe);
    v[12] = 0xA2;  // byte-swapped ethertype is not AoE either
    v[13] = 0x88;
    CHECK(parse_vec(v) == ParseError::kNotAoe);
}

TEST_CASE("kBadVersion fills in the header", "[proto][header][error]") {
    for (uint8_t ver : {0, 2, 15}) {
        auto v = raw_ata(0, 0, kAtaIdentify, 0, 0, static_cast<uint8_t>(ver << 4));
        Frame f;
        CHECK(parse_vec(v, f) == ParseError::kBadVersion);
        CHECK(f.header.version == ver);
        CHECK(f.header.tag == 0xdeadbeef);
        CHECK(f.header.major == 0x1234);
        CHECK(f.header.minor == 0x56);
        CHECK(f.header.src == kSrc);
    }
}

TEST_CASE("kReservedFlags on the low two flag bits", "[proto][header][error]") {
    for (uint8_t bits : {0x01, 0x02, 0x03, 0x0B}) {
        auto v = raw_ata(0, 0, kAtaIdentify, 0, 0, static_cast<uint8_t>(0x10 | bits));
        Frame f;
        CHECK(parse_vec(v, f) == ParseError::kReservedFlags);
        CHECK(f.header.tag == 0xdeadbeef);
    }
    // Version is checked first.
    CHECK(parse_vec(raw_ata(0, 0, kAtaIdentify, 0, 0, 0x23)) == ParseError::kBadVersion);
}

TEST_CASE("vendor and unknown commands fill in the header", "[proto][header][error]") {
    for (int cmd : {0xF0, 0xF7, 0xFF}) {
        auto v = raw_frame(static_cast<uint8_t>(cmd), 24);
        Frame f;
        CHECK(parse_vec(v, f) == ParseError::kVendorCommand);
        CHECK(f.header.command == cmd);
        CHECK(f.header.tag == 0xdeadbeef);
    }
    for (int cmd : {4, 5, 0x7F, 0xEF}) {
        auto v = raw_frame(static_cast<uint8_t>(cmd), 60);
        Frame f;
        CHECK(parse_vec(v, f) == ParseError::kUnknownCommand);
        CHECK(f.header.command == cmd);
        CHECK(f.header.major == 0x1234);
    }
}

TEST_CASE("parse resets the output frame", "[proto][header]") {
    Frame f;
    REQUIRE(parse_vec(raw_reserve(kResSet, 1, {kSrc}), f) == ParseError::kOk);
    REQUIRE(f.reserve.nmacs == 1);
    auto shortv = raw_frame(kCmdAta, 24);
    CHECK(parse(std::span<const uint8_t>(shortv.data(), 10), f) == ParseError::kTooShort);
    CHECK(f.reserve.nmacs == 0);
    CHECK(f.reserve.raw.empty());
    CHECK(f.header.tag == 0);
}

TEST_CASE("to_string has a distinct message for every ParseError", "[proto][error]") {
    std::vector<std::string> seen;
    for (int i = 0; i <= static_cast<int>(ParseError::kReserveMacsPastFrame); ++i) {
        const char* s = to_string(static_cast<ParseError>(i));
        REQUIRE(s != nullptr);
        std::string str(s);
        CHECK_FALSE(str.empty());
        CHECK(std::find(seen.begin(), seen.end(), str) == seen.end());
        seen.push_back(str);
    }
    CHECK(seen.size() == 23);
    CHECK(std::string(to_string(ParseError::kOk)) == "ok");
    // Out-of-range values still give a message rather than null.
    CHECK(to_string(static_cast<ParseError>(200)) != nullptr);
}

// ---------------------------------------------------------------- ATA

TEST_CASE("ATA fields parse from their offsets", "[proto][ata]") {
    auto v = raw_ata(kAtaFlagLba48 | kAtaFlagDevHead | kAtaFlagAsync | kAtaFlagWrite, 2,
                     kAtaWriteExt, 0x0000'BEEF'CAFE'1234ull, 1024);
    v[25] = 0x5A;
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    const AtaArgs& a = f.ata.args;
    CHECK(a.aflags == 0x53);
    CHECK(a.lba48());
    CHECK(a.write());
    CHECK(a.err_feature == 0x5A);
    CHECK(a.sector_count == 2);
    CHECK(a.cmd_status == kAtaWriteExt);
    CHECK(a.lba == 0xBEEFCAFE1234ull);  // little-endian on the wire
    CHECK(a.address() == 0xBEEFCAFE1234ull);
    REQUIRE(f.ata.data.size() == 1024);
    CHECK(f.ata.data.data() == v.data() + 36);  // points into the frame
    CHECK(f.ata.data[1] == 7);
}

TEST_CASE("ATA LBA bytes are little-endian, byte by byte", "[proto][ata]") {
    auto v = raw_ata(kAtaFlagLba48, 0, kAtaReadExt, 0, 0);
    for (int i = 0; i < 6; ++i) v[28 + i] = static_cast<uint8_t>(0x11 * (i + 1));
    v[34] = 0xAA;  // reserved bytes are not part of the LBA
    v[35] = 0xBB;
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK(f.ata.args.lba == 0x665544332211ull);
}

TEST_CASE("LBA28 addressing: top nibble in LBA byte 3, upper bits ignored", "[proto][ata]") {
    // The Linux driver writes 0xE0 | top nibble into LBA byte 3.
    auto v = raw_ata(0, 1, kAtaRead, 0, 0);
    v[28] = 0x78;
    v[29] = 0x56;
    v[30] = 0x34;
    v[31] = 0xE2;
    v[32] = 0x99;  // bytes 4-5 mean nothing without E
    v[33] = 0x88;
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK_FALSE(f.ata.args.lba48());
    CHECK(f.ata.args.lba == 0x8899E2345678ull);  // raw, as on the wire
    CHECK(f.ata.args.address() == 0x02345678ull);

    // The same bytes with E set name a 48-bit address.
    v[24] = kAtaFlagLba48;
    v[27] = kAtaReadExt;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK(f.ata.args.address() == 0x8899E2345678ull);

    AtaArgs a;
    a.lba = 0xE0FFFFFF;
    CHECK(a.address() == 0x00FFFFFF);
    a.lba = 0x0FFFFFFF;
    CHECK(a.address() == 0x0FFFFFFF);
}

TEST_CASE("kAtaTooShort below 36 bytes", "[proto][ata][error]") {
    auto v = raw_ata(0, 0, kAtaIdentify, 0, 0);
    for (size_t n = 24; n < 36; ++n) {
        Frame f;
        CHECK(parse(std::span<const uint8_t>(v.data(), n), f) == ParseError::kAtaTooShort);
    }
    CHECK(parse_vec(v) == ParseError::kOk);
}

TEST_CASE("kAtaReservedFlags", "[proto][ata][error]") {
    for (uint8_t bit : {0x80, 0x20, 0x08, 0x04}) {
        CHECK(parse_vec(raw_ata(bit, 0, kAtaIdentify, 0, 0)) == ParseError::kAtaReservedFlags);
        // Responses too.
        CHECK(parse_vec(raw_ata(bit, 0, kAtaStatusDrdy, 0, 0, 0x18)) ==
              ParseError::kAtaReservedFlags);
    }
    for (uint8_t bit : {kAtaFlagLba48, kAtaFlagDevHead, kAtaFlagAsync, kAtaFlagWrite}) {
        auto v = raw_ata(bit, 0, kAtaIdentify, 0, 0);
        CHECK(parse_vec(v) == ParseError::kOk);
    }
}

TEST_CASE("kAtaCountExceedsPayload for a write request", "[proto][ata][error]") {
    CHECK(parse_vec(raw_ata(kAtaFlagWrite, 2, kAtaWrite, 0, 1023)) ==
          ParseError::kAtaCountExceedsPayload);
    CHECK(parse_vec(raw_ata(kAtaFlagWrite, 2, kAtaWrite, 0, 1024)) == ParseError::kOk);
    CHECK(parse_vec(raw_ata(kAtaFlagWrite, 1, kAtaWrite, 0, 0)) ==
          ParseError::kAtaCountExceedsPayload);
    CHECK(parse_vec(raw_ata(kAtaFlagWrite | kAtaFlagLba48, 17, kAtaWriteExt, 0, 16 * 512)) ==
          ParseError::kAtaCountExceedsPayload);
    // Trailing bytes past count*512 are accepted.
    CHECK(parse_vec(raw_ata(kAtaFlagWrite, 1, kAtaWrite, 0, 600)) == ParseError::kOk);
    // Zero sectors need no data.
    CHECK(parse_vec(raw_ata(kAtaFlagWrite, 0, kAtaWrite, 0, 0)) == ParseError::kOk);
    // A read request carries no data.
    CHECK(parse_vec(raw_ata(0, 2, kAtaRead, 0, 0)) == ParseError::kOk);
    // A write response (W echoed, response flag) carries no data either.
    CHECK(parse_vec(raw_ata(kAtaFlagWrite, 2, kAtaStatusDrdy, 0, 0, 0x18)) == ParseError::kOk);
}

TEST_CASE("read responses: length checked against the request", "[proto][ata][error]") {
    AtaArgs req;
    req.sector_count = 2;
    req.cmd_status = kAtaRead;
    Frame f;

    // A good read response short of data: parse cannot know it was a read
    // (byte 27 is the status), check_ata_response can.
    REQUIRE(parse_vec(raw_ata(0, 2, kAtaStatusDrdy, 0, 1000, 0x18), f) == ParseError::kOk);
    CHECK(check_ata_response(f, req) == ParseError::kAtaCountExceedsPayload);
    REQUIRE(parse_vec(raw_ata(0, 2, kAtaStatusDrdy, 0, 1024, 0x18), f) == ParseError::kOk);
    CHECK(check_ata_response(f, req) == ParseError::kOk);
    req.cmd_status = kAtaReadExt;
    req.aflags = kAtaFlagLba48;
    REQUIRE(parse_vec(raw_ata(kAtaFlagLba48, 2, kAtaStatusDrdy, 0, 512, 0x18), f) ==
            ParseError::kOk);
    CHECK(check_ata_response(f, req) == ParseError::kAtaCountExceedsPayload);

    // Failed reads carry no data: ATA ERR status, or an AoE error.
    REQUIRE(parse_vec(raw_ata(0, 2, kAtaStatusDrdy | kAtaStatusErr, 0, 0, 0x18), f) ==
            ParseError::kOk);
    CHECK(check_ata_response(f, req) == ParseError::kOk);
    REQUIRE(parse_vec(raw_ata(0, 2, kAtaStatusDrdy, 0, 0, 0x1C), f) == ParseError::kOk);
    CHECK(check_ata_response(f, req) == ParseError::kOk);

    // Not a read: IDENTIFY is not counted this way, nor is CHECK POWER MODE
    // whose reply puts the power mode in the count byte.
    req.cmd_status = kAtaCheckPower;
    REQUIRE(parse_vec(raw_ata(0, 0xFF, kAtaStatusDrdy, 0, 0, 0x18), f) == ParseError::kOk);
    CHECK(check_ata_response(f, req) == ParseError::kOk);
    req.cmd_status = kAtaWrite;
    req.aflags = kAtaFlagWrite;
    CHECK(check_ata_response(f, req) == ParseError::kOk);
}

TEST_CASE("kAtaLbaOverflow for LBA28", "[proto][ata][error]") {
    const uint64_t end28 = uint64_t{1} << 28;
    CHECK(parse_vec(raw_ata(0, 1, kAtaRead, end28 - 1, 0)) == ParseError::kOk);
    CHECK(parse_vec(raw_ata(0, 2, kAtaRead, end28 - 1, 0)) == ParseError::kAtaLbaOverflow);
    CHECK(parse_vec(raw_ata(0, 2, kAtaRead, end28 - 2, 0)) == ParseError::kOk);
    CHECK(parse_vec(raw_ata(kAtaFlagWrite, 2, kAtaWrite, end28 - 1, 1024)) ==
          ParseError::kAtaLbaOverflow);
    // Byte 3's 0xE0 and bytes 4-5 are not part of an LBA28 address.
    CHECK(parse_vec(raw_ata(0, 2, kAtaRead, 0xFFFF'EFFF'FFFEull, 0)) == ParseError::kOk);
    CHECK(parse_vec(raw_ata(0, 2, kAtaRead, 0xFFFF'EFFF'FFFFull, 0)) ==
          ParseError::kAtaLbaOverflow);
    // An EXT opcode without E is still addressed with 28 bits.
    CHECK(parse_vec(raw_ata(0, 2, kAtaReadExt, end28 - 1, 0)) == ParseError::kAtaLbaOverflow);
}

TEST_CASE("kAtaLbaOverflow for LBA48", "[proto][ata][error]") {
    const uint64_t end48 = uint64_t{1} << 48;
    CHECK(parse_vec(raw_ata(kAtaFlagLba48, 2, kAtaReadExt, end48 - 2, 0)) == ParseError::kOk);
    CHECK(parse_vec(raw_ata(kAtaFlagLba48, 2, kAtaReadExt, end48 - 1, 0)) ==
          ParseError::kAtaLbaOverflow);
    CHECK(parse_vec(raw_ata(kAtaFlagLba48 | kAtaFlagWrite, 1, kAtaWriteExt, end48 - 1, 512)) ==
          ParseError::kOk);
    CHECK(parse_vec(raw_ata(kAtaFlagLba48 | kAtaFlagWrite, 2, kAtaWriteExt, end48 - 1, 1024)) ==
          ParseError::kAtaLbaOverflow);
    // Past 2^28 is fine with E.
    CHECK(parse_vec(raw_ata(kAtaFlagLba48, 2, kAtaReadExt, uint64_t{1} << 40, 0)) ==
          ParseError::kOk);
}

TEST_CASE("LBA overflow only for read/write opcodes and requests", "[proto][ata]") {
    const uint64_t end28 = uint64_t{1} << 28;
    for (uint8_t op : {kAtaIdentify, kAtaFlushCache, kAtaFlushCacheExt, kAtaCheckPower,
                       kAtaSmart}) {
        CHECK(parse_vec(raw_ata(0, 255, op, end28 - 1, 0)) == ParseError::kOk);
    }
    // In a response byte 27 is the status; 0x20 there is DF, not READ.
    CHECK(parse_vec(raw_ata(0, 255, 0x20, end28 - 1, 0, 0x18)) == ParseError::kOk);
}

TEST_CASE("build_ata writes the wire layout", "[proto][ata][build]") {
    Header h = test_header();
    h.command = 0x77;  // overwritten by the builder
    AtaArgs a;
    a.aflags = kAtaFlagLba48 | kAtaFlagWrite;
    a.err_feature = 0x12;
    a.sector_count = 1;
    a.cmd_status = kAtaWriteExt;
    a.lba = 0x0102030405060708ull;  // only 48 bits go on the wire
    std::vector<uint8_t> data(512);
    for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<uint8_t>(i);
    std::vector<uint8_t> out(2000, 0xCC);
    size_t n = build_ata(out, h, a, data);
    REQUIRE(n == 36 + 512);
    CHECK(std::equal(kDst.begin(), kDst.end(), out.begin()));
    CHECK(std::equal(kSrc.begin(), kSrc.end(), out.begin() + 6));
    CHECK(out[12] == 0x88);
    CHECK(out[13] == 0xA2);
    CHECK(out[14] == 0x10);
    CHECK(out[15] == 0);
    CHECK(out[16] == 0x12);
    CHECK(out[17] == 0x34);
    CHECK(out[18] == 0x56);
    CHECK(out[19] == kCmdAta);
    CHECK(out[20] == 0xde);
    CHECK(out[23] == 0xef);
    CHECK(out[24] == 0x41);
    CHECK(out[25] == 0x12);
    CHECK(out[26] == 1);
    CHECK(out[27] == kAtaWriteExt);
    const uint8_t lba[6] = {0x08, 0x07, 0x06, 0x05, 0x04, 0x03};
    CHECK(std::equal(lba, lba + 6, out.begin() + 28));
    CHECK(out[34] == 0);
    CHECK(out[35] == 0);
    CHECK(std::equal(data.begin(), data.end(), out.begin() + 36));
    CHECK(out[n] == 0xCC);  // nothing written past the frame
}

TEST_CASE("build_ata round trip, LBA28 and LBA48", "[proto][ata][build]") {
    for (bool ext : {false, true}) {
        Header h = test_header();
        h.flags = kFlagResponse;
        AtaArgs a;
        a.aflags = ext ? kAtaFlagLba48 : kAtaFlagDevHead;
        a.sector_count = 2;
        a.cmd_status = kAtaStatusDrdy;
        a.err_feature = 0;
        a.lba = ext ? 0x123456789ABCull : 0xE2345678ull;
        std::vector<uint8_t> data(1024, 0x5A);
        std::vector<uint8_t> out(1500);
        size_t n = build_ata(out, h, a, data);
        REQUIRE(n == 36 + 1024);
        Frame f;
        REQUIRE(parse(std::span<const uint8_t>(out.data(), n), f) == ParseError::kOk);
        CHECK(f.header.dst == h.dst);
        CHECK(f.header.src == h.src);
        CHECK(f.header.flags == kFlagResponse);
        CHECK(f.header.major == h.major);
        CHECK(f.header.minor == h.minor);
        CHECK(f.header.tag == h.tag);
        CHECK(f.header.command == kCmdAta);
        CHECK(f.ata.args.aflags == a.aflags);
        CHECK(f.ata.args.sector_count == 2);
        CHECK(f.ata.args.cmd_status == kAtaStatusDrdy);
        CHECK(f.ata.args.lba == a.lba);
        CHECK(f.ata.args.address() == (ext ? 0x123456789ABCull : 0x02345678ull));
        CHECK(f.ata.data.size() == 1024);
        CHECK(std::equal(data.begin(), data.end(), f.ata.data.begin()));
    }
}

TEST_CASE("build_ata pads to 60 bytes with zeros", "[proto][ata][build]") {
    std::vector<uint8_t> out(100, 0xCC);
    AtaArgs a;
    a.cmd_status = kAtaIdentify;
    a.sector_count = 1;
    size_t n = build_ata(out, test_header(), a, {});
    REQUIRE(n == kMinFrameLen);
    CHECK(all_zero(out.data() + 36, 24));
    CHECK(out[60] == 0xCC);
    Frame f;
    REQUIRE(parse(std::span<const uint8_t>(out.data(), n), f) == ParseError::kOk);
    CHECK(f.ata.data.size() == 24);  // the padding shows up as data
}

TEST_CASE("build_ata returns 0 when the buffer is too small", "[proto][ata][build]") {
    AtaArgs a;
    std::vector<uint8_t> out(59, 0xCC);
    CHECK(build_ata(out, test_header(), a, {}) == 0);
    std::vector<uint8_t> data(512);
    std::vector<uint8_t> out2(36 + 511, 0xCC);
    CHECK(build_ata(out2, test_header(), a, data) == 0);
    CHECK(std::all_of(out2.begin(), out2.end(), [](uint8_t b) { return b == 0xCC; }));
    std::vector<uint8_t> out3(36 + 512);
    CHECK(build_ata(out3, test_header(), a, data) == 36 + 512);
    CHECK(build_ata(std::span<uint8_t>(), test_header(), a, {}) == 0);
}

TEST_CASE("build_ata with data already in place (reply built in the request buffer)",
          "[proto][ata][build]") {
    std::vector<uint8_t> buf(36 + 512);
    for (size_t i = 0; i < 512; ++i) buf[36 + i] = static_cast<uint8_t>(i ^ 0x3C);
    std::vector<uint8_t> expect(buf.begin() + 36, buf.end());
    AtaArgs a;
    a.sector_count = 1;
    a.cmd_status = kAtaStatusDrdy;
    size_t n = build_ata(buf, test_header(), a, std::span<const uint8_t>(buf.data() + 36, 512));
    REQUIRE(n == buf.size());
    CHECK(std::equal(expect.begin(), expect.end(), buf.begin() + 36));
}

// ---------------------------------------------------------------- config

TEST_CASE("config fields parse from their offsets", "[proto][config]") {
    auto v = raw_config(0x0102, 0x4019, 17, 0x12, 5, 5);
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK(f.header.command == kCmdConfig);
    CHECK(f.config.buffer_count == 0x0102);  // big-endian
    CHECK(f.config.firmware == 0x4019);
    CHECK(f.config.sector_count == 17);
    CHECK(f.config.aoe_version == 1);
    CHECK(f.config.ccmd == kCfgTestPrefix);
    REQUIRE(f.config.config.size() == 5);
    CHECK(f.config.config.data() == v.data() + 32);
    CHECK(std::string(f.config.config.begin(), f.config.config.end()) == "abcde");
}

TEST_CASE("config string is exactly its length; trailing bytes accepted", "[proto][config]") {
    auto v = raw_config(2, 1, 2, 0x10, 3, 3);
    v.resize(60, 0x77);
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK(f.config.config.size() == 3);
    // Empty string.
    REQUIRE(parse_vec(raw_config(2, 1, 2, 0x10, 0, 0), f) == ParseError::kOk);
    CHECK(f.config.config.empty());
}

TEST_CASE("all config subcommands parse", "[proto][config]") {
    for (uint8_t c = kCfgRead; c <= kCfgForceSet; ++c) {
        Frame f;
        REQUIRE(parse_vec(raw_config(0, 0, 0, static_cast<uint8_t>(0x10 | c), 0, 0), f) ==
                ParseError::kOk);
        CHECK(f.config.ccmd == c);
    }
}

TEST_CASE("kConfigTooShort", "[proto][config][error]") {
    auto v = raw_config(0, 0, 0, 0x10, 0, 0);
    for (size_t n = 24; n < 32; ++n) {
        Frame f;
        CHECK(parse(std::span<const uint8_t>(v.data(), n), f) == ParseError::kConfigTooShort);
    }
}

TEST_CASE("kConfigBadVersion only in a response", "[proto][config][error]") {
    CHECK(parse_vec(raw_config(0, 0, 0, 0x00, 0, 0, 0x18)) == ParseError::kConfigBadVersion);
    CHECK(parse_vec(raw_config(0, 0, 0, 0x21, 0, 0, 0x18)) == ParseError::kConfigBadVersion);
    CHECK(parse_vec(raw_config(0, 0, 0, 0xF0, 0, 0, 0x1C)) == ParseError::kConfigBadVersion);
    CHECK(parse_vec(raw_config(0, 0, 0, 0x10, 0, 0, 0x18)) == ParseError::kOk);
    // aoecfg and aoeping leave the nibble 0 in requests: it names the
    // server's version, so requests are not checked.
    Frame f;
    REQUIRE(parse_vec(raw_config(0, 0, 0, 0x04, 0, 0), f) == ParseError::kOk);
    CHECK(f.config.aoe_version == 0);
    CHECK(f.config.ccmd == kCfgForceSet);
    CHECK(parse_vec(raw_config(0, 0, 0, 0x20, 0, 0)) == ParseError::kOk);
    // ccmd is still checked in a request.
    CHECK(parse_vec(raw_config(0, 0, 0, 0x05, 0, 0)) == ParseError::kConfigBadCommand);
}

TEST_CASE("kConfigBadCommand", "[proto][config][error]") {
    for (uint8_t c = 5; c <= 15; ++c)
        CHECK(parse_vec(raw_config(0, 0, 0, static_cast<uint8_t>(0x10 | c), 0, 0)) ==
              ParseError::kConfigBadCommand);
}

TEST_CASE("kConfigStringPastFrame and kConfigStringTooLong", "[proto][config][error]") {
    CHECK(parse_vec(raw_config(0, 0, 0, 0x13, 6, 5)) == ParseError::kConfigStringPastFrame);
    CHECK(parse_vec(raw_config(0, 0, 0, 0x13, 1, 0)) == ParseError::kConfigStringPastFrame);
    CHECK(parse_vec(raw_config(0, 0, 0, 0x13, 1024, 1024)) == ParseError::kOk);
    CHECK(parse_vec(raw_config(0, 0, 0, 0x13, 1024, 1023)) == ParseError::kConfigStringPastFrame);
    CHECK(parse_vec(raw_config(0, 0, 0, 0x14, 1025, 1025)) == ParseError::kConfigStringTooLong);
    // Too long wins when both hold.
    CHECK(parse_vec(raw_config(0, 0, 0, 0x14, 0xFFFF, 10)) == ParseError::kConfigStringTooLong);
    // Responses are held to the same bounds (the span must stay in the frame).
    CHECK(parse_vec(raw_config(0, 0, 0, 0x10, 6, 5, 0x18)) == ParseError::kConfigStringPastFrame);
    CHECK(parse_vec(raw_config(0, 0, 0, 0x10, 2000, 2000, 0x18)) ==
          ParseError::kConfigStringTooLong);
}

TEST_CASE("build_config writes the wire layout and round-trips", "[proto][config][build]") {
    const std::string s = "hello aoe";
    ConfigMessage c;
    c.buffer_count = 0x0203;
    c.firmware = 0x4019;
    c.sector_count = 2;
    c.ccmd = kCfgSetIfEmpty;
    c.config = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size());
    Header h = reply_to(test_header(), kDst);
    std::vector<uint8_t> out(200, 0xCC);
    size_t n = build_config(out, h, c);
    REQUIRE(n == kMinFrameLen);  // 32 + 9 = 41, padded
    CHECK(out[19] == kCmdConfig);
    CHECK(out[24] == 0x02);
    CHECK(out[25] == 0x03);
    CHECK(out[26] == 0x40);
    CHECK(out[27] == 0x19);
    CHECK(out[28] == 2);
    CHECK(out[29] == 0x13);
    CHECK(out[30] == 0);
    CHECK(out[31] == 9);
    CHECK(std::equal(s.begin(), s.end(), out.begin() + 32));
    CHECK(all_zero(out.data() + 41, 60 - 41));
    CHECK(out[60] == 0xCC);

    Frame f;
    REQUIRE(parse(std::span<const uint8_t>(out.data(), n), f) == ParseError::kOk);
    CHECK(f.header.is_response());
    CHECK(f.config.buffer_count == c.buffer_count);
    CHECK(f.config.firmware == c.firmware);
    CHECK(f.config.sector_count == c.sector_count);
    CHECK(f.config.aoe_version == 1);
    CHECK(f.config.ccmd == kCfgSetIfEmpty);
    CHECK(std::string(f.config.config.begin(), f.config.config.end()) == s);
}

TEST_CASE("build_config limits", "[proto][config][build]") {
    std::vector<uint8_t> str(1025, 'x');
    ConfigMessage c;
    std::vector<uint8_t> out(2000);
    c.config = std::span<const uint8_t>(str.data(), 1024);
    CHECK(build_config(out, test_header(), c) == 32 + 1024);
    c.config = str;
    CHECK(build_config(out, test_header(), c) == 0);  // longer than r11 allows
    c.config = std::span<const uint8_t>(str.data(), 100);
    std::vector<uint8_t> small(131);
    CHECK(build_config(small, test_header(), c) == 0);
    c.config = {};
    std::vector<uint8_t> tiny(59);
    CHECK(build_config(tiny, test_header(), c) == 0);
    std::vector<uint8_t> exact(60);
    CHECK(build_config(exact, test_header(), c) == 60);
}

// ---------------------------------------------------------------- mask list

TEST_CASE("mask list fields parse from their offsets", "[proto][mask]") {
    const Mac m1 = {1, 2, 3, 4, 5, 6};
    const Mac m2 = {0xa, 0xb, 0xc, 0xd, 0xe, 0xf};
    auto v = raw_mask(kMaskEdit, kMaskErrNone, 2, {{kDirAdd, m1}, {kDirDelete, m2}});
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK(f.mask.mcmd == kMaskEdit);
    CHECK(f.mask.merror == kMaskErrNone);
    CHECK(f.mask.count == 2);
    CHECK(f.mask.raw.size() == 16);
    CHECK(f.mask.directive(0).dcmd == kDirAdd);
    CHECK(f.mask.directive(0).mac == m1);
    CHECK(f.mask.directive(1).dcmd == kDirDelete);
    CHECK(f.mask.directive(1).mac == m2);
    // Out of range gives an empty directive rather than reading past raw.
    CHECK(f.mask.directive(2).dcmd == kDirNone);
    CHECK(f.mask.directive(2).mac == Mac{});
}

TEST_CASE("mask list response with merror and failing index", "[proto][mask]") {
    const Mac m1 = {1, 2, 3, 4, 5, 6};
    auto v = raw_mask(kMaskEdit, kMaskErrListFull, 1, {{kDirAdd, m1}, {kDirAdd, m1}}, 0x18);
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);  // trailing directive is just trailing bytes
    CHECK(f.mask.merror == kMaskErrListFull);
    CHECK(f.mask.count == 1);
    CHECK(f.mask.raw.size() == 8);
}

TEST_CASE("kMaskTooShort", "[proto][mask][error]") {
    auto v = raw_mask(kMaskRead, 0, 0, {});
    for (size_t n = 24; n < 28; ++n) {
        Frame f;
        CHECK(parse(std::span<const uint8_t>(v.data(), n), f) == ParseError::kMaskTooShort);
    }
    CHECK(parse_vec(v) == ParseError::kOk);
}

TEST_CASE("kMaskBadCommand", "[proto][mask][error]") {
    CHECK(parse_vec(raw_mask(2, 0, 0, {})) == ParseError::kMaskBadCommand);
    CHECK(parse_vec(raw_mask(0xFF, 0, 0, {})) == ParseError::kMaskBadCommand);
}

TEST_CASE("kMaskDirectivesPastFrame", "[proto][mask][error]") {
    const Mac m = {1, 2, 3, 4, 5, 6};
    CHECK(parse_vec(raw_mask(kMaskRead, 0, 1, {})) == ParseError::kMaskDirectivesPastFrame);
    CHECK(parse_vec(raw_mask(kMaskEdit, 0, 3, {{kDirAdd, m}, {kDirAdd, m}})) ==
          ParseError::kMaskDirectivesPastFrame);
    auto v = raw_mask(kMaskEdit, 0, 1, {{kDirAdd, m}});
    v.pop_back();  // 7 bytes of the directive
    CHECK(parse_vec(v) == ParseError::kMaskDirectivesPastFrame);
    CHECK(parse_vec(raw_mask(kMaskRead, 0, 255, {})) == ParseError::kMaskDirectivesPastFrame);
}

TEST_CASE("kMaskBadDirective only in an edit request", "[proto][mask][error]") {
    const Mac m = {1, 2, 3, 4, 5, 6};
    CHECK(parse_vec(raw_mask(kMaskEdit, 0, 2, {{kDirAdd, m}, {3, m}})) ==
          ParseError::kMaskBadDirective);
    CHECK(parse_vec(raw_mask(kMaskEdit, 0, 1, {{0xFF, m}})) == ParseError::kMaskBadDirective);
    CHECK(parse_vec(raw_mask(kMaskEdit, 0, 1, {{kDirNone, m}})) == ParseError::kOk);
    // Not checked for a read request or for a response.
    CHECK(parse_vec(raw_mask(kMaskRead, 0, 1, {{3, m}})) == ParseError::kOk);
    CHECK(parse_vec(raw_mask(kMaskEdit, 0, 1, {{3, m}}, 0x18)) == ParseError::kOk);
    // A bad dcmd past `count` is trailing garbage, not a directive.
    CHECK(parse_vec(raw_mask(kMaskEdit, 0, 1, {{kDirAdd, m}, {9, m}})) == ParseError::kOk);
}

TEST_CASE("build_mask writes the wire layout and round-trips", "[proto][mask][build]") {
    std::vector<MaskDirective> dirs(3);
    for (size_t i = 0; i < dirs.size(); ++i) {
        dirs[i].dcmd = static_cast<uint8_t>(i);
        dirs[i].mac = {0x02, 0, 0, 0, 0, static_cast<uint8_t>(i + 1)};
    }
    std::vector<uint8_t> out(100, 0xCC);
    size_t n = build_mask(out, test_header(), kMaskEdit, kMaskErrBadDirective, dirs);
    REQUIRE(n == kMinFrameLen);  // 28 + 24 = 52, padded
    CHECK(out[19] == kCmdMaskList);
    CHECK(out[24] == 0);
    CHECK(out[25] == kMaskEdit);
    CHECK(out[26] == kMaskErrBadDirective);
    CHECK(out[27] == 3);
    CHECK(out[28 + 8 + 0] == 0);
    CHECK(out[28 + 8 + 1] == 1);
    CHECK(out[28 + 8 + 7] == 2);
    CHECK(all_zero(out.data() + 52, 8));
    CHECK(out[60] == 0xCC);
    Frame f;
    REQUIRE(parse(std::span<const uint8_t>(out.data(), n), f) == ParseError::kOk);
    CHECK(f.mask.mcmd == kMaskEdit);
    CHECK(f.mask.merror == kMaskErrBadDirective);
    REQUIRE(f.mask.count == 3);
    for (size_t i = 0; i < 3; ++i) {
        CHECK(f.mask.directive(i).dcmd == dirs[i].dcmd);
        CHECK(f.mask.directive(i).mac == dirs[i].mac);
    }
}

TEST_CASE("build_mask limits", "[proto][mask][build]") {
    std::vector<MaskDirective> dirs(256);
    std::vector<uint8_t> out(4000);
    CHECK(build_mask(out, test_header(), kMaskRead, 0, dirs) == 0);  // count is one byte
    CHECK(build_mask(out, test_header(), kMaskRead, 0,
                     std::span<const MaskDirective>(dirs.data(), 255)) == 28 + 255 * 8);
    std::vector<uint8_t> small(28 + 8 * 10 - 1);
    CHECK(build_mask(small, test_header(), kMaskRead, 0,
                     std::span<const MaskDirective>(dirs.data(), 10)) == 0);
    std::vector<uint8_t> tiny(59);
    CHECK(build_mask(tiny, test_header(), kMaskRead, 0, {}) == 0);
}

// ---------------------------------------------------------------- reserve

TEST_CASE("reserve fields parse from their offsets", "[proto][reserve]") {
    const Mac m1 = {1, 2, 3, 4, 5, 6};
    const Mac m2 = {7, 8, 9, 10, 11, 12};
    auto v = raw_reserve(kResForceSet, 2, {m1, m2});
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK(f.header.command == kCmdReserve);
    CHECK(f.reserve.rcmd == kResForceSet);
    CHECK(f.reserve.nmacs == 2);
    CHECK(f.reserve.raw.size() == 12);
    CHECK(f.reserve.mac(0) == m1);
    CHECK(f.reserve.mac(1) == m2);
    CHECK(f.reserve.mac(2) == Mac{});
    // Empty list (release).
    REQUIRE(parse_vec(raw_reserve(kResSet, 0, {}), f) == ParseError::kOk);
    CHECK(f.reserve.nmacs == 0);
    CHECK(f.reserve.raw.empty());
}

TEST_CASE("kReserveTooShort", "[proto][reserve][error]") {
    auto v = raw_reserve(kResRead, 0, {});
    for (size_t n = 24; n < 26; ++n) {
        Frame f;
        CHECK(parse(std::span<const uint8_t>(v.data(), n), f) == ParseError::kReserveTooShort);
    }
    CHECK(parse_vec(v) == ParseError::kOk);
}

TEST_CASE("kReserveBadCommand", "[proto][reserve][error]") {
    CHECK(parse_vec(raw_reserve(3, 0, {})) == ParseError::kReserveBadCommand);
    CHECK(parse_vec(raw_reserve(0xFF, 0, {})) == ParseError::kReserveBadCommand);
}

TEST_CASE("kReserveMacsPastFrame", "[proto][reserve][error]") {
    const Mac m = {1, 2, 3, 4, 5, 6};
    CHECK(parse_vec(raw_reserve(kResSet, 1, {})) == ParseError::kReserveMacsPastFrame);
    CHECK(parse_vec(raw_reserve(kResSet, 2, {m})) == ParseError::kReserveMacsPastFrame);
    auto v = raw_reserve(kResSet, 1, {m});
    v.pop_back();
    CHECK(parse_vec(v) == ParseError::kReserveMacsPastFrame);
    // Trailing bytes beyond nmacs are accepted.
    CHECK(parse_vec(raw_reserve(kResSet, 1, {m, m})) == ParseError::kOk);
}

TEST_CASE("build_reserve writes the wire layout and round-trips", "[proto][reserve][build]") {
    const std::vector<Mac> macs = {{1, 2, 3, 4, 5, 6}, {0xa, 0xb, 0xc, 0xd, 0xe, 0xf}};
    std::vector<uint8_t> out(100, 0xCC);
    size_t n = build_reserve(out, test_header(), kResSet, macs);
    REQUIRE(n == kMinFrameLen);
    CHECK(out[19] == kCmdReserve);
    CHECK(out[24] == kResSet);
    CHECK(out[25] == 2);
    CHECK(std::equal(macs[0].begin(), macs[0].end(), out.begin() + 26));
    CHECK(std::equal(macs[1].begin(), macs[1].end(), out.begin() + 32));
    CHECK(all_zero(out.data() + 38, 60 - 38));
    CHECK(out[60] == 0xCC);
    Frame f;
    REQUIRE(parse(std::span<const uint8_t>(out.data(), n), f) == ParseError::kOk);
    CHECK(f.reserve.rcmd == kResSet);
    CHECK(f.reserve.nmacs == 2);
    CHECK(f.reserve.mac(0) == macs[0]);
    CHECK(f.reserve.mac(1) == macs[1]);
}

TEST_CASE("build_reserve limits", "[proto][reserve][build]") {
    std::vector<Mac> macs(256);
    std::vector<uint8_t> out(4000);
    CHECK(build_reserve(out, test_header(), kResSet, macs) == 0);
    CHECK(build_reserve(out, test_header(), kResSet, std::span<const Mac>(macs.data(), 255)) ==
          26 + 255 * 6);
    std::vector<uint8_t> small(26 + 6 * 10 - 1);
    CHECK(build_reserve(small, test_header(), kResSet, std::span<const Mac>(macs.data(), 10)) ==
          0);
    std::vector<uint8_t> tiny(59);
    CHECK(build_reserve(tiny, test_header(), kResRead, {}) == 0);
}

// ---------------------------------------------------------------- errors, replies

TEST_CASE("build_error sets the error flag and code and echoes bytes", "[proto][build]") {
    Frame req;
    auto v = raw_frame(0x42, 24 + 4);
    v[24] = 1;
    v[25] = 2;
    v[26] = 3;
    v[27] = 4;
    REQUIRE(parse_vec(v, req) == ParseError::kUnknownCommand);
    Header h = reply_to(req.header, kDst);
    std::vector<uint8_t> out(100, 0xCC);
    size_t n = build_error(out, h, kErrUnrecognizedCommand,
                           std::span<const uint8_t>(v.data() + 24, 4));
    REQUIRE(n == kMinFrameLen);
    CHECK(out[14] == (0x10 | kFlagResponse | kFlagError));
    CHECK(out[15] == kErrUnrecognizedCommand);
    CHECK(out[19] == 0x42);  // command kept from the header
    CHECK(out[24] == 1);
    CHECK(out[27] == 4);
    CHECK(all_zero(out.data() + 28, 32));
    CHECK(out[60] == 0xCC);
    Frame f;
    CHECK(parse(std::span<const uint8_t>(out.data(), n), f) == ParseError::kUnknownCommand);
    CHECK(f.header.is_error());
    CHECK(f.header.is_response());
    CHECK(f.header.error == kErrUnrecognizedCommand);
    CHECK(f.header.tag == 0xdeadbeef);

    // Without echo, for a known command.
    h.command = kCmdConfig;
    n = build_error(out, h, kErrConfigStringPresent);
    REQUIRE(n == kMinFrameLen);
    CHECK(all_zero(out.data() + 24, 36));

    std::vector<uint8_t> tiny(59);
    CHECK(build_error(tiny, h, kErrBadArgument) == 0);
    std::vector<uint8_t> big_echo(100);
    CHECK(build_error(out, h, kErrBadArgument, big_echo) == 0);  // 124 > 100
}

TEST_CASE("build_error with the echo already in place", "[proto][build]") {
    auto v = raw_ata(0, 0, kAtaIdentify, 0x1234, 0);
    v.resize(60);
    Frame req;
    REQUIRE(parse_vec(v, req) == ParseError::kOk);
    std::vector<uint8_t> arg(v.begin() + 24, v.begin() + 36);
    size_t n = build_error(v, reply_to(req.header, kDst), kErrTargetReserved,
                           std::span<const uint8_t>(v.data() + 24, 12));
    REQUIRE(n == 60);
    CHECK(std::equal(arg.begin(), arg.end(), v.begin() + 24));
    Frame f;
    REQUIRE(parse_vec(v, f) == ParseError::kOk);
    CHECK(f.header.error == kErrTargetReserved);
    CHECK(f.ata.args.cmd_status == kAtaIdentify);
}

TEST_CASE("reply_to swaps addresses and echoes the tag", "[proto][header]") {
    Header req = test_header();
    req.version = 2;
    req.flags = kFlagError;
    req.error = 5;
    req.command = kCmdReserve;
    const Mac self = {0x02, 0xaa, 0xaa, 0xaa, 0xaa, 0x01};
    Header r = reply_to(req, self);
    CHECK(r.dst == req.src);
    CHECK(r.src == self);
    CHECK(r.version == 1);
    CHECK(r.flags == kFlagResponse);
    CHECK(r.error == 0);
    CHECK(r.major == req.major);
    CHECK(r.minor == req.minor);
    CHECK(r.command == kCmdReserve);
    CHECK(r.tag == req.tag);

    // A broadcast request: the reply keeps the broadcast address for the
    // target to overwrite with its own shelf.slot.
    req.major = kBroadcastMajor;
    req.minor = kBroadcastMinor;
    req.dst = kBroadcastMac;
    r = reply_to(req, self);
    CHECK(r.dst == req.src);
    CHECK(r.src == self);
    CHECK(r.is_broadcast_address());
}

TEST_CASE("builders set the version nibble and keep flags", "[proto][build]") {
    Header h = test_header();
    h.flags = kFlagResponse | kFlagError;
    h.error = kErrDeviceUnavailable;
    std::vector<uint8_t> out(60);
    REQUIRE(build_reserve(out, h, kResRead, {}) == 60);
    CHECK(out[14] == 0x1C);
    CHECK(out[15] == kErrDeviceUnavailable);
}

TEST_CASE("sectors_for_mtu matches the Linux driver", "[proto]") {
    CHECK(sectors_for_mtu(1500) == 2);
    CHECK(sectors_for_mtu(9000) == 17);
    CHECK(sectors_for_mtu(36) == 0);
    CHECK(sectors_for_mtu(0) == 0);
    CHECK(sectors_for_mtu(36 + 511) == 0);
    CHECK(sectors_for_mtu(36 + 512) == 1);
}
