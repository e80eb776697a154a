// Discovery reply collection and link selection, without a network.
#include <catch2/catch.hpp>

#include <vector>

#include "initiator/discover.h"
#include "net/link.h"
#include "proto/aoe.h"

using namespace aoe;
using namespace aoe::initiator;

namespace {

net::Interface iface(const char* name, int index) {
    net::Interface i;
    i.name = name;
    i.index = index;
    i.mac = {0x02, 0, 0, 0, 0, uint8_t(index)};
    i.mtu = 1500;
    return i;
}

// A Query Config reply as vblade sends it: 32 bytes plus the string, no padding.
std::vector<uint8_t> config_reply(Mac src, uint16_t shelf, uint8_t slot, const std::string& cfg,
                                  uint16_t bufcnt = 16, uint16_t fw = 0x4019) {
    std::vector<uint8_t> f = {0x02, 0, 0, 0, 0, 1};
    f.insert(f.end(), src.begin(), src.end());
    f.insert(f.end(), {0x88, 0xA2, 0x18, 0, uint8_t(shelf >> 8), uint8_t(shelf), slot, 1,
                       0x80, 0, 0, 1,
                       uint8_t(bufcnt >> 8), uint8_t(bufcnt), uint8_t(fw >> 8), uint8_t(fw), 2, 0x10,
                       uint8_t(cfg.size() >> 8), uint8_t(cfg.size())});
    f.insert(f.end(), cfg.begin(), cfg.end());
    return f;
}

const Mac kA = {0xaa, 0, 0, 0, 0, 1};
const Mac kB = {0xbb, 0, 0, 0, 0, 2};

}  // namespace

TEST_CASE("the query is a broadcast Query Config read", "[initiator][discover]") {
    uint8_t buf[128];
    Mac src = {2, 0, 0, 0, 0, 9};
    size_t n = build_query(buf, src, std::nullopt, 0x80001234);
    REQUIRE(n == 60);  // padded
    Frame f;
    REQUIRE(parse({buf, n}, f) == ParseError::kOk);
    CHECK(f.header.dst == kBroadcastMac);
    CHECK(f.header.src == src);
    CHECK(f.header.major == 0xffff);
    CHECK(f.header.minor == 0xff);
    CHECK(f.header.command == kCmdConfig);
    CHECK_FALSE(f.header.is_response());
    CHECK(f.config.ccmd == kCfgRead);
    n = build_query(buf, src, Address{7, 3}, 1);
    REQUIRE(parse({buf, n}, f) == ParseError::kOk);
    CHECK(f.header.major == 7);
    CHECK(f.header.minor == 3);
}

TEST_CASE("replies are collected into targets and paths", "[initiator][discover]") {
    std::vector<FoundTarget> found;
    auto eth0 = iface("eth0", 2), eth1 = iface("eth1", 3);
    auto r = config_reply(kA, 1, 2, "disk-one");
    REQUIRE(r.size() < 60);  // unpadded, as vblade sends it
    CHECK(collect_reply(found, r, eth0, 100));
    REQUIRE(found.size() == 1);
    CHECK(found[0].address == Address{1, 2});
    CHECK(found[0].config == "disk-one");
    CHECK(found[0].buffer_count == 16);
    CHECK(found[0].firmware == 0x4019);
    CHECK(found[0].max_sectors == 2);
    CHECK(found[0].first_reply_us == 100);
    // The same reply again (a resent query) adds nothing.
    CHECK_FALSE(collect_reply(found, r, eth0, 200));
    // The same MAC on another interface: a second path, same target.
    CHECK(collect_reply(found, r, eth1, 300));
    CHECK(found[0].paths.size() == 2);
    CHECK(found[0].distinct_macs() == 1);
    CHECK_FALSE(found[0].mismatch);
    // Another MAC with the same config: multipath.
    CHECK(collect_reply(found, config_reply(kB, 1, 2, "disk-one"), eth0, 400));
    CHECK(found[0].distinct_macs() == 2);
    CHECK_FALSE(found[0].mismatch);
    // Another target sorts by address.
    CHECK(collect_reply(found, config_reply(kB, 0, 9, ""), eth0, 500));
    REQUIRE(found.size() == 2);
    CHECK(found[0].address == Address{0, 9});
}

TEST_CASE("a clashing shelf.slot with a different config is flagged", "[initiator][discover]") {
    std::vector<FoundTarget> found;
    auto eth0 = iface("eth0", 2);
    collect_reply(found, config_reply(kA, 4, 4, "alpha"), eth0, 1);
    collect_reply(found, config_reply(kB, 4, 4, "beta"), eth0, 2);
    REQUIRE(found.size() == 1);
    CHECK(found[0].distinct_macs() == 2);
    CHECK(found[0].mismatch);
}

TEST_CASE("what discovery must not take", "[initiator][discover]") {
    std::vector<FoundTarget> found;
    auto eth0 = iface("eth0", 2);
    CHECK_FALSE(collect_reply(found, config_reply(kA, 0xffff, 1, ""), eth0, 1));  // broadcast shelf
    CHECK_FALSE(collect_reply(found, config_reply(kA, 1, 0xff, ""), eth0, 1));    // broadcast slot
    auto req = config_reply(kA, 1, 1, "");
    req[14] = 0x10;  // a request, not a response
    CHECK_FALSE(collect_reply(found, req, eth0, 1));
    auto err = config_reply(kA, 1, 1, "");
    err[14] = 0x1c;  // response with the error flag
    CHECK_FALSE(collect_reply(found, err, eth0, 1));
    auto cut = config_reply(kA, 1, 1, "abcdef");
    cut.resize(cut.size() - 3);  // string runs past the frame
    CHECK_FALSE(collect_reply(found, cut, eth0, 1));
    std::vector<uint8_t> tiny(10, 0);
    CHECK_FALSE(collect_reply(found, tiny, eth0, 1));
    CHECK(found.empty());
}

TEST_CASE("wants match by address or by config string", "[initiator][discover]") {
    std::vector<FoundTarget> found;
    auto eth0 = iface("eth0", 2);
    collect_reply(found, config_reply(kA, 1, 2, "root"), eth0, 1);
    collect_reply(found, config_reply(kB, 3, 4, "swap"), eth0, 1);
    DiscoverOptions o;
    CHECK(wanted_found(found, o) == -1);  // nothing wanted
    o.want = Address{3, 4};
    CHECK(wanted_found(found, o) == 1);
    o.want = Address{3, 5};
    CHECK(wanted_found(found, o) == -1);
    o.want.reset();
    o.want_config = "root";
    CHECK(wanted_found(found, o) == 0);
    o.want_config = "roo";
    CHECK(wanted_found(found, o) == -1);
}

TEST_CASE("link selection by name, by MAC, or every Ethernet link", "[initiator][link]") {
    std::vector<net::LinkInfo> all(4);
    all[0].name = "lo";
    all[0].index = 1;
    all[0].ethernet = false;
    all[1].name = "eth0";
    all[1].index = 2;
    all[1].ethernet = true;
    all[1].mac = {0x52, 0x54, 0, 0x12, 0x34, 0x56};
    all[2].name = "eth1";
    all[2].index = 3;
    all[2].ethernet = true;
    all[2].mac = {0x52, 0x54, 0, 0x12, 0x34, 0x57};
    all[3].name = "wg0";
    all[3].index = 4;
    all[3].ethernet = false;
    std::vector<net::LinkInfo> out;
    std::string err;
    REQUIRE(net::select_links(all, {}, out, err));
    REQUIRE(out.size() == 2);
    CHECK(out[0].name == "eth0");
    CHECK(out[1].name == "eth1");
    REQUIRE(net::select_links(all, {"eth1"}, out, err));
    REQUIRE(out.size() == 1);
    CHECK(out[0].index == 3);
    REQUIRE(net::select_links(all, {"52:54:00:12:34:56", "eth0"}, out, err));
    CHECK(out.size() == 1);  // the same link named twice is used once
    CHECK_FALSE(net::select_links(all, {"eth9"}, out, err));
    CHECK(err == "no such interface eth9");
    CHECK_FALSE(net::select_links(all, {"wg0"}, out, err));
    CHECK(err.find("not an Ethernet link") != std::string::npos);
    CHECK_FALSE(net::select_links(all, {"52:54:00:00:00:01"}, out, err));
    CHECK(err.find("no Ethernet link has MAC") != std::string::npos);
    std::vector<net::LinkInfo> only_lo(all.begin(), all.begin() + 1);
    CHECK_FALSE(net::select_links(only_lo, {}, out, err));
    CHECK(err.find("no Ethernet link found") != std::string::npos);
}
