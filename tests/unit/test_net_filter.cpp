// The kernel packet filter of the target's sockets, run by the kernel itself:
// attached to one end of an AF_UNIX datagram pair, whose datagrams are the
// frames from their first byte, as on a packet socket. And the receive
// ring's layout, which the kernel checks when the ring is set up.
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <unistd.h>
#include <vector>

#include "net/rawsock.h"
#include "proto/aoe.h"

using namespace aoe;

namespace {

std::vector<uint8_t> frame(uint16_t shelf, uint8_t slot, bool response = false, uint16_t type = kEtherType) {
    std::vector<uint8_t> f(60, 0);
    for (int i = 0; i < 6; i++) f[i] = 0xff;
    f[6] = 0x52;
    f[12] = uint8_t(type >> 8);
    f[13] = uint8_t(type);
    f[14] = uint8_t(kVersion << 4 | (response ? kFlagResponse : 0));
    f[16] = uint8_t(shelf >> 8);
    f[17] = uint8_t(shelf);
    f[18] = slot;
    f[19] = kCmdConfig;
    return f;
}

// A datagram pair whose receiving end runs `prog`.
struct Attached {
    int fd[2] = {-1, -1};
    explicit Attached(const std::vector<sock_filter>& prog) {
        REQUIRE(socketpair(AF_UNIX, SOCK_DGRAM, 0, fd) == 0);
        REQUIRE(prog.size() <= 4096);
        sock_fprog fp{uint16_t(prog.size()), const_cast<sock_filter*>(prog.data())};
        REQUIRE(setsockopt(fd[1], SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof fp) == 0);
    }
    ~Attached() {
        close(fd[0]);
        close(fd[1]);
    }
    // Sends `f`; the length that arrived (cut to the program's verdict), or -1.
    ssize_t through(const std::vector<uint8_t>& f) {
        REQUIRE(send(fd[0], f.data(), f.size(), 0) == ssize_t(f.size()));
        uint8_t buf[512];
        return recv(fd[1], buf, sizeof buf, MSG_DONTWAIT);
    }
};

struct Pair {
    Attached a;
    explicit Pair(const net::Filter& f) : a(net::build_filter(f)) {}
    // Whether the frame gets through to the filtered end.
    bool passes(const std::vector<uint8_t>& f) {
        ssize_t n = a.through(f);
        if (n < 0) return false;
        CHECK(n == ssize_t(f.size()));  // whole, not cut short
        return true;
    }
};

}  // namespace

TEST_CASE("filter: only the target's shelf.slot addresses and broadcasts", "[net][filter]") {
    net::Filter f;
    f.targets = {{1, 1}, {1, 2}, {7, 3}, {1, 1}};
    Pair p(f);
    CHECK(p.passes(frame(1, 1)));
    CHECK(p.passes(frame(1, 2)));
    CHECK(p.passes(frame(7, 3)));
    CHECK(p.passes(frame(1, 0xff)));     // the served shelf's broadcast slot
    CHECK(p.passes(frame(7, 0xff)));
    CHECK(p.passes(frame(0xffff, 0xff)));  // broadcast
    CHECK(p.passes(frame(0xffff, 9)));
    CHECK_FALSE(p.passes(frame(1, 3)));    // another target's slot
    CHECK_FALSE(p.passes(frame(7, 1)));
    CHECK_FALSE(p.passes(frame(2, 1)));    // another shelf
    CHECK_FALSE(p.passes(frame(2, 0xff)));
    CHECK_FALSE(p.passes(frame(1, 1, true)));  // a response
    CHECK_FALSE(p.passes(frame(1, 1, false, 0x0800)));  // not AoE
}

TEST_CASE("filter: a full shelf and more, every address reachable", "[net][filter]") {
    // 255 slots of shelf 1 and 60 of shelf 2: more matches than a classic
    // BPF conditional jump can span, so no check may jump to a shared exit.
    net::Filter f;
    for (int s = 0; s < 255; s++) f.targets.push_back({1, uint8_t(s)});
    for (int s = 0; s < 60; s++) f.targets.push_back({2, uint8_t(s)});
    Pair p(f);
    for (int s = 0; s < 255; s++) CHECK(p.passes(frame(1, uint8_t(s))));
    for (int s = 0; s < 60; s++) CHECK(p.passes(frame(2, uint8_t(s))));
    CHECK_FALSE(p.passes(frame(2, 60)));
    CHECK_FALSE(p.passes(frame(3, 0)));
    CHECK_FALSE(p.passes(frame(0, 0)));
}

TEST_CASE("filter: too many addresses for one program falls back to shelves", "[net][filter]") {
    net::Filter f;
    for (int sh = 1; sh <= 12; sh++)
        for (int s = 0; s < 250; s++) f.targets.push_back({uint16_t(sh), uint8_t(s)});
    Pair p(f);
    CHECK(p.passes(frame(1, 0)));
    CHECK(p.passes(frame(12, 249)));
    CHECK(p.passes(frame(5, 250)));  // not served, but its shelf is: passes
    CHECK_FALSE(p.passes(frame(13, 0)));
}

TEST_CASE("filter: the initiator's side takes responses only", "[net][filter]") {
    net::Filter f;
    f.responses = true;
    Pair p(f);
    CHECK(p.passes(frame(1, 1, true)));
    CHECK(p.passes(frame(0x1234, 9, true)));
    CHECK_FALSE(p.passes(frame(1, 1, false)));
    CHECK_FALSE(p.passes(frame(1, 1, true, 0x0800)));
}

TEST_CASE("filter: 300 shelves of one export each, every one reachable", "[net][filter]") {
    // Each shelf check must reach its own slot block, however far it is:
    // a conditional jump spans at most 255 instructions.
    net::Filter f;
    for (int sh = 1; sh <= 300; sh++) f.targets.push_back({uint16_t(sh), 4});
    Pair p(f);
    for (int sh = 1; sh <= 300; sh++) {
        CHECK(p.passes(frame(uint16_t(sh), 4)));
        CHECK_FALSE(p.passes(frame(uint16_t(sh), 5)));
    }
    CHECK_FALSE(p.passes(frame(301, 4)));
}

namespace {

// An AoE request from its AoE header on, as the fanout program sees it.
std::vector<uint8_t> request(uint16_t shelf, uint8_t slot, uint8_t cmd, uint8_t ata_op, bool response = false) {
    std::vector<uint8_t> f(300, 0);
    f[0] = uint8_t(kVersion << 4 | (response ? kFlagResponse : 0));
    f[2] = uint8_t(shelf >> 8);
    f[3] = uint8_t(shelf);
    f[4] = slot;
    f[5] = cmd;
    f[13] = ata_op;
    return f;
}

// The steering program's verdict: the member a frame goes to. A socket
// filter's return value is the length the datagram is cut to, and 0 drops
// it, so member k arrives as a datagram of k bytes.
struct Steering {
    Attached a;
    explicit Steering(const std::vector<net::SteerRule>& rules) : a(net::build_steering(rules)) {}
    unsigned member(const std::vector<uint8_t>& f) {
        ssize_t n = a.through(f);
        return n < 0 ? 0 : unsigned(n);
    }
};

}  // namespace

TEST_CASE("steering: an export's reads, writes and flushes to its own member", "[net][filter]") {
    Steering st({{{1, 2}, 1}, {{1, 3}, 2}, {{0x1234, 255}, 3}});
    for (uint8_t op : {kAtaRead, kAtaReadExt, kAtaWrite, kAtaWriteExt, kAtaFlushCache, kAtaFlushCacheExt}) {
        CHECK(st.member(request(1, 2, kCmdAta, op)) == 1);
        CHECK(st.member(request(1, 3, kCmdAta, op)) == 2);
        CHECK(st.member(request(0x1234, 255, kCmdAta, op)) == 3);
    }
    // Everything else stays with the receive thread (member 0).
    CHECK(st.member(request(1, 2, kCmdAta, kAtaIdentify)) == 0);
    CHECK(st.member(request(1, 2, kCmdAta, kAtaSmart)) == 0);
    CHECK(st.member(request(1, 2, kCmdConfig, kAtaRead)) == 0);
    CHECK(st.member(request(1, 2, kCmdReserve, 0)) == 0);
    CHECK(st.member(request(1, 2, kCmdAta, kAtaWrite, true)) == 0);  // a response
    CHECK(st.member(request(1, 4, kCmdAta, kAtaRead)) == 0);   // no rule
    CHECK(st.member(request(2, 2, kCmdAta, kAtaRead)) == 0);
    CHECK(st.member(request(0xffff, 0xff, kCmdAta, kAtaRead)) == 0);  // broadcast
}

TEST_CASE("steering: 255 members, the most a group takes", "[net][filter]") {
    std::vector<net::SteerRule> rules;
    for (unsigned i = 0; i < 255; i++) rules.push_back({{uint16_t(i / 100), uint8_t(i % 100)}, i + 1});
    Steering st(rules);
    for (unsigned i = 0; i < 255; i++)
        CHECK(st.member(request(uint16_t(i / 100), uint8_t(i % 100), kCmdAta, kAtaWriteExt)) == i + 1);
    CHECK(st.member(request(3, 0, kCmdAta, kAtaWriteExt)) == 0);
}

TEST_CASE("steering: without rules every frame goes to member 0", "[net][filter]") {
    Steering st({});
    CHECK(st.member(request(1, 1, kCmdAta, kAtaRead)) == 0);
    CHECK(st.member(request(1, 1, kCmdAta, kAtaWrite)) == 0);
}

TEST_CASE("ring: jumbo frames packed 7 to a 64 KiB block, the count rounded up to whole blocks", "[net][ring]") {
    // The receive ring's slot must hold the target's largest frame from the
    // kernel's frame offset (66 bytes into a TPACKET_V2 slot).
    const size_t room = 9216 + 64;
    net::RingShape r = net::ring_shape(room, 128);
    CHECK(r.slot_size % 16 == 0);
    CHECK(r.slot_size >= 66 + room);
    CHECK(r.slot_size < 66 + room + 16);
    CHECK(r.block_size == 64 * 1024);
    CHECK(r.per_block == 7);
    CHECK(r.slot_size * r.per_block <= r.block_size);
    CHECK(r.blocks == 19);
    CHECK(r.slots() == 133);
    // Memory for 128 jumbo slots: 1.19 MiB, where a block per slot took 2 MiB.
    CHECK(r.block_size * r.blocks == 19 * 65536);
    CHECK(net::ring_shape(room, 16).slots() == 21);
    CHECK(net::ring_shape(room, 256).slots() == 259);
    CHECK(net::ring_shape(room, 7).slots() == 7);
    CHECK(net::ring_shape(room, 0).slots() == 7);
}

TEST_CASE("ring: a slot larger than 64 KiB gets a block of its own", "[net][ring]") {
    net::RingShape r = net::ring_shape(100000, 3);
    CHECK(r.block_size == 128 * 1024);
    CHECK(r.per_block == 1);
    CHECK(r.slots() == 3);
    CHECK(r.slot_size >= 66 + 100000);
}
