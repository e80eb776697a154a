// Golden frames recorded from Debian's vblade answering aoetools' aoecfg and
// aoeping (see tests/fixtures/README.md): decode every frame exactly, and
// re-encode vblade's replies with our builders byte for byte.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "proto/aoe.h"
#include "proto/identify.h"

using namespace aoe;

namespace {

using Bytes = std::vector<uint8_t>;

// Minimal pcap reader (little-endian classic format, as tcpdump writes it).
std::vector<Bytes> read_pcap(const char* path) {
    std::vector<Bytes> frames;
    FILE* f = std::fopen(path, "rb");
    REQUIRE(f != nullptr);
    uint8_t gh[24];
    REQUIRE(std::fread(gh, 1, 24, f) == 24);
    REQUIRE(gh[0] == 0xd4);  // magic a1b2c3d4, little-endian
    REQUIRE(gh[20] == 1);    // linktype Ethernet
    uint8_t rh[16];
    while (std::fread(rh, 1, 16, f) == 16) {
        uint32_t incl = uint32_t(rh[8]) | uint32_t(rh[9]) << 8 | uint32_t(rh[10]) << 16 |
                        uint32_t(rh[11]) << 24;
        Bytes b(incl);
        REQUIRE(std::fread(b.data(), 1, incl, f) == incl);
        frames.push_back(std::move(b));
    }
    std::fclose(f);
    return frames;
}

const Mac kTarget = {0x02, 0, 0, 0, 0x0a, 0x01};
const Mac kInitiator = {0x02, 0, 0, 0, 0x0b, 0x01};

std::string str(std::span<const uint8_t> s) { return std::string(s.begin(), s.end()); }

// Our builder's output must equal vblade's frame, plus zero padding to 60.
void require_same_frame(const Bytes& ours, size_t ours_len, const Bytes& theirs) {
    REQUIRE(ours_len == std::max<size_t>(theirs.size(), kMinFrameLen));
    REQUIRE(std::memcmp(ours.data(), theirs.data(), theirs.size()) == 0);
    for (size_t i = theirs.size(); i < ours_len; i++) REQUIRE(ours[i] == 0);
}

void check_config_request(const Bytes& b, uint32_t tag, uint8_t ccmd, const std::string& s) {
    Frame f;
    REQUIRE(parse(b, f) == ParseError::kOk);
    CHECK(f.header.dst == kBroadcastMac);
    CHECK(f.header.src == kInitiator);
    CHECK(f.header.version == 1);
    CHECK(f.header.flags == 0);
    CHECK(f.header.major == 7);
    CHECK(f.header.minor == 3);
    CHECK(f.header.command == kCmdConfig);
    CHECK(f.header.tag == tag);
    CHECK(f.config.ccmd == ccmd);
    CHECK(f.config.buffer_count == 0);
    if (ccmd != kCfgRead) CHECK(str(f.config.config) == s);
}

void check_config_reply(const Bytes& b, uint32_t tag, uint8_t ccmd, uint8_t error) {
    Frame f;
    REQUIRE(parse(b, f) == ParseError::kOk);
    CHECK(f.header.dst == kInitiator);
    CHECK(f.header.src == kTarget);
    CHECK(f.header.is_response());
    CHECK(f.header.is_error() == (error != 0));
    CHECK(f.header.error == error);
    CHECK(f.header.tag == tag);
    CHECK(f.config.buffer_count == 16);
    CHECK(f.config.firmware == 0x4019);
    CHECK(f.config.sector_count == 2);
    CHECK(f.config.aoe_version == 1);
    CHECK(f.config.ccmd == ccmd);
    CHECK(str(f.config.config) == "golden-cfg");

    Bytes out(2048);
    size_t n = build_config(out, f.header, f.config);
    require_same_frame(out, n, b);
}

}  // namespace

TEST_CASE("golden: vblade answering aoecfg and aoeping") {
    auto frames = read_pcap("tests/fixtures/vblade-aoetools.pcap");
    REQUIRE(frames.size() == 19);

    SECTION("vblade's start-up announcement claims version 0") {
        Frame f;
        REQUIRE(parse(frames[0], f) == ParseError::kBadVersion);
        CHECK(f.header.version == 0);
        CHECK(f.header.is_response());
        CHECK(f.header.major == 7);
        CHECK(f.header.minor == 3);
        CHECK(f.header.command == kCmdConfig);
        CHECK(f.header.dst == kBroadcastMac);
        CHECK(frames[0].size() == 32);  // unpadded
    }

    SECTION("aoecfg: force set, read, test, prefix, set-if-empty") {
        check_config_request(frames[1], 0x800cf118, kCfgForceSet, "golden-cfg");
        check_config_reply(frames[2], 0x800cf118, kCfgForceSet, 0);
        check_config_request(frames[3], 0x800d7d8b, kCfgRead, "");
        check_config_reply(frames[4], 0x800d7d8b, kCfgRead, 0);
        check_config_request(frames[5], 0x800ddb7d, kCfgTestExact, "golden-cfg");
        check_config_reply(frames[6], 0x800ddb7d, kCfgTestExact, 0);
        check_config_request(frames[7], 0x800e48c7, kCfgTestPrefix, "golden");
        check_config_reply(frames[8], 0x800e48c7, kCfgTestPrefix, 0);
        check_config_request(frames[9], 0x800ea684, kCfgSetIfEmpty, "other");
        check_config_reply(frames[10], 0x800ea684, kCfgSetIfEmpty, kErrConfigStringPresent);
        // aoecfg sends 1024 bytes after the config header whatever the string
        // length: trailing bytes that must be accepted.
        CHECK(frames[1].size() == 1056);
    }

    SECTION("aoeping: config query with a full-length string, then IDENTIFY") {
        for (size_t base : {size_t(11), size_t(15)}) {
            Frame q;
            REQUIRE(parse(frames[base], q) == ParseError::kOk);
            CHECK(q.header.tag == 0x80000000);
            CHECK(q.config.ccmd == kCfgRead);
            CHECK(q.config.config.size() == kMaxConfigString);
            check_config_reply(frames[base + 1], 0x80000000, kCfgRead, 0);

            Frame id;
            REQUIRE(parse(frames[base + 2], id) == ParseError::kOk);
            CHECK(id.header.dst == kTarget);
            CHECK(id.header.command == kCmdAta);
            CHECK(id.header.tag == 0x80000001);
            CHECK(id.ata.args.aflags == 0);
            CHECK(id.ata.args.cmd_status == kAtaIdentify);
            CHECK(id.ata.args.sector_count == 1);
            CHECK(id.ata.args.lba == uint64_t(0xA0) << 24);  // device register bits in lba3
            CHECK(id.ata.data.size() == 1024);               // aoeping's trailing bytes

            Frame r;
            const Bytes& reply = frames[base + 3];
            REQUIRE(parse(reply, r) == ParseError::kOk);
            CHECK(r.header.is_response());
            CHECK_FALSE(r.header.is_error());
            CHECK(r.header.tag == 0x80000001);
            CHECK(r.ata.args.cmd_status == kAtaStatusDrdy);
            CHECK(r.ata.args.sector_count == 0);
            REQUIRE(r.ata.data.size() == kIdentifyLen);
            IdentifyFields idf = parse_identify(r.ata.data.first<kIdentifyLen>());
            CHECK(idf.sectors == 2048);  // the 1 MiB image
            CHECK(idf.lba48);

            Bytes out(2048);
            size_t n = build_ata(out, r.header, r.ata.args, r.ata.data);
            require_same_frame(out, n, reply);
        }
    }
}
