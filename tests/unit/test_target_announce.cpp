// Announcements without sockets: who gets them under ACLs, the frame the
// Linux driver and aoeboot's initiator accept, and the schedule.
#include <catch2/catch.hpp>

#include "proto/aoe.h"
#include "target/announce.h"
#include "target/export.h"
#include "target/request.h"

using namespace aoe;
using namespace aoe::target;

namespace {
const Mac kSelf = {0x02, 0, 0, 0, 0, 0x01};
const Mac kA = {0x52, 0x54, 0, 0, 0, 0x0a};
const Mac kB = {0x52, 0x54, 0, 0, 0, 0x0b};
const Mac kC = {0x52, 0x54, 0, 0, 0, 0x0c};
}  // namespace

TEST_CASE("announce: destinations follow the allow and mask lists") {
    AccessState st;
    CHECK(announce_destinations({}, st) == std::vector<Mac>{kBroadcastMac});
    CHECK(announce_destinations({kA, kB}, st) == std::vector<Mac>{kA, kB});
    st.mask = {kB, kC};
    CHECK(announce_destinations({}, st) == std::vector<Mac>{kB, kC});
    CHECK(announce_destinations({kA, kB}, st) == std::vector<Mac>{kB});  // both must admit
    st.mask = {kC};
    CHECK(announce_destinations({kA, kB}, st).empty());  // no one may hear it
}

TEST_CASE("announce: the frame is a padded Query Config reply with tag bit 31 clear") {
    Export e;
    e.cfg.addr = {7, 3};
    e.cfg.buffers = 32;
    e.config_string = "node12";
    uint8_t buf[2048];
    size_t n = build_announcement(buf, e, kSelf, kBroadcastMac, 1500);
    REQUIRE(n == kMinFrameLen);  // 24 + 8 + 6 bytes, padded to 60
    Frame f;
    REQUIRE(parse(std::span<const uint8_t>(buf, n), f) == ParseError::kOk);
    CHECK(f.header.is_response());
    CHECK(!f.header.is_error());
    CHECK(f.header.dst == kBroadcastMac);
    CHECK(f.header.src == kSelf);
    CHECK(f.header.major == 7);
    CHECK(f.header.minor == 3);
    CHECK(f.header.command == kCmdConfig);
    CHECK((f.header.tag & 0x80000000u) == 0);
    CHECK(f.config.buffer_count == 32);
    CHECK(f.config.sector_count == max_sectors(1500));
    CHECK(f.config.ccmd == kCfgRead);
    CHECK(std::string(f.config.config.begin(), f.config.config.end()) == "node12");
    CHECK(build_announcement(std::span<uint8_t>(buf, 20), e, kSelf, kA, 1500) == 0);
}

TEST_CASE("announce: copies at 0, 0.5, 1, 2 and 4 s, a restart starts over") {
    Announcer a;
    const auto t0 = Clock::now();
    using ms = std::chrono::milliseconds;
    announce(a, {7, 3}, "eth1", t0);
    announce(a, {7, 4}, "eth1", t0);
    CHECK(announce_wait_ms(a, t0) == 0);
    CHECK(announce_due(a, t0).size() == 2);
    CHECK(announce_due(a, t0 + ms(100)).empty());
    CHECK(announce_wait_ms(a, t0 + ms(100)) == 400);
    CHECK(announce_due(a, t0 + ms(500)).size() == 2);
    announce(a, {7, 4}, "eth1", t0 + ms(600));  // again: a link came back
    CHECK(a.pending.size() == 2);
    CHECK(announce_due(a, t0 + ms(600)).size() == 1);
    // A stall past several steps sends one copy, not a burst.
    auto due = announce_due(a, t0 + ms(3000));
    CHECK(due.size() == 2);
    CHECK(announce_due(a, t0 + ms(4000)).size() == 1);  // 7.3's last copy
    CHECK(a.pending.size() == 1);
    CHECK(announce_due(a, t0 + ms(4600)).size() == 1);  // 7.4's last
    CHECK(a.pending.empty());
    CHECK(announce_wait_ms(a, t0 + ms(5000)) == -1);
}
