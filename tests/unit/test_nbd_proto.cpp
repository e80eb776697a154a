// NBD codec: handshake answers and request checks against byte layouts
// written out by hand from the protocol document.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "nbd/proto.h"

using namespace aoe::nbd;

namespace {

uint64_t be64(const uint8_t* p) {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v = v << 8 | p[i];
    return v;
}
uint32_t be32(const uint8_t* p) { return uint32_t(p[0]) << 24 | p[1] << 16 | p[2] << 8 | p[3]; }
uint16_t be16(const uint8_t* p) { return uint16_t(p[0] << 8 | p[1]); }

Export disk() {
    Export e;
    e.name = "e7.3";
    e.description = "test disk";
    e.size = 1 << 20;
    return e;
}

// One parsed option reply.
struct OptReply {
    uint32_t option, type;
    std::vector<uint8_t> data;
};
std::vector<OptReply> split(const std::vector<uint8_t>& b) {
    std::vector<OptReply> out;
    size_t i = 0;
    while (i < b.size()) {
        REQUIRE(b.size() - i >= 20);
        REQUIRE(be64(&b[i]) == 0x0003e889045565a9ULL);
        OptReply r{be32(&b[i + 8]), be32(&b[i + 12]), {}};
        uint32_t len = be32(&b[i + 16]);
        REQUIRE(b.size() - i - 20 >= len);
        r.data.assign(b.begin() + long(i) + 20, b.begin() + long(i) + 20 + len);
        out.push_back(r);
        i += 20 + len;
    }
    return out;
}

std::vector<uint8_t> go_payload(const std::string& name, std::vector<uint16_t> infos) {
    std::vector<uint8_t> d = {uint8_t(name.size() >> 24), uint8_t(name.size() >> 16),
                              uint8_t(name.size() >> 8), uint8_t(name.size())};
    d.insert(d.end(), name.begin(), name.end());
    d.push_back(uint8_t(infos.size() >> 8));
    d.push_back(uint8_t(infos.size()));
    for (uint16_t t : infos) {
        d.push_back(uint8_t(t >> 8));
        d.push_back(uint8_t(t));
    }
    return d;
}

Request req(uint16_t type, uint64_t off, uint32_t len, uint16_t flags = 0) {
    return Request{kRequestMagic, flags, type, 0x1122334455667788ULL, off, len};
}

}  // namespace

TEST_CASE("nbd greeting is NBDMAGIC, IHAVEOPT, fixed newstyle + no zeroes") {
    std::vector<uint8_t> g;
    put_greeting(g);
    const uint8_t want[] = {'N', 'B', 'D', 'M', 'A', 'G', 'I', 'C', 'I', 'H', 'A', 'V', 'E',
                            'O', 'P', 'T', 0x00, 0x03};
    REQUIRE(g.size() == kGreetingSize);
    CHECK(std::memcmp(g.data(), want, sizeof want) == 0);
}

TEST_CASE("nbd option header parse") {
    const uint8_t h[16] = {'I', 'H', 'A', 'V', 'E', 'O', 'P', 'T', 0, 0, 0, 7, 0, 0, 0x01, 0x02};
    OptionHeader oh = parse_option_header(std::span<const uint8_t, 16>(h, 16));
    CHECK(oh.magic == kOptMagic);
    CHECK(oh.option == kOptGo);
    CHECK(oh.length == 0x102);
}

TEST_CASE("nbd NBD_OPT_GO answers INFO_EXPORT, BLOCK_SIZE, ACK and enters transmission") {
    Export e = disk();
    auto out = handle_option(e, kOptGo, go_payload("e7.3", {}), true);
    CHECK(out.next == Next::kTransmission);
    auto r = split(out.reply);
    REQUIRE(r.size() == 3);
    CHECK(r[0].option == kOptGo);
    CHECK(r[0].type == kRepInfo);
    REQUIRE(r[0].data.size() == 12);
    CHECK(be16(&r[0].data[0]) == kInfoExport);
    CHECK(be64(&r[0].data[2]) == (1u << 20));
    CHECK(be16(&r[0].data[10]) == (kTxHasFlags | kTxSendFlush | kTxSendFua | kTxCanMultiConn));
    CHECK(r[1].type == kRepInfo);
    REQUIRE(r[1].data.size() == 14);
    CHECK(be16(&r[1].data[0]) == kInfoBlockSize);
    CHECK(be32(&r[1].data[2]) == 1);
    CHECK(be32(&r[1].data[6]) == 4096);
    CHECK(be32(&r[1].data[10]) == kMaxPayload);
    CHECK(r[2].type == kRepAck);
    CHECK(r[2].data.empty());
}

TEST_CASE("nbd NBD_OPT_INFO with the default export name and NAME/DESCRIPTION requests") {
    Export e = disk();
    e.read_only = true;
    auto out = handle_option(e, kOptInfo, go_payload("", {kInfoName, kInfoDescription}), false);
    CHECK(out.next == Next::kContinue);
    auto r = split(out.reply);
    REQUIRE(r.size() == 5);
    CHECK((be16(&r[0].data[10]) & kTxReadOnly) != 0);
    CHECK(be16(&r[2].data[0]) == kInfoName);
    CHECK(std::string(r[2].data.begin() + 2, r[2].data.end()) == "e7.3");
    CHECK(be16(&r[3].data[0]) == kInfoDescription);
    CHECK(std::string(r[3].data.begin() + 2, r[3].data.end()) == "test disk");
    CHECK(r[4].type == kRepAck);
}

TEST_CASE("nbd NBD_OPT_GO: unknown export and malformed payloads are refused, not fatal") {
    Export e = disk();
    auto unknown = handle_option(e, kOptGo, go_payload("e9.9", {}), true);
    CHECK(unknown.next == Next::kContinue);
    auto r = split(unknown.reply);
    REQUIRE(r.size() == 1);
    CHECK(r[0].type == kRepErrUnknown);

    // Name length runs past the end of the option.
    std::vector<uint8_t> bad = {0, 0, 0, 200, 'x', 0, 0};
    r = split(handle_option(e, kOptGo, bad, true).reply);
    REQUIRE(r.size() == 1);
    CHECK(r[0].type == kRepErrInvalid);

    // Information count says 3, only one present.
    auto p = go_payload("e7.3", {kInfoName});
    p[p.size() - 3] = 3;
    r = split(handle_option(e, kOptGo, p, true).reply);
    REQUIRE(r.size() == 1);
    CHECK(r[0].type == kRepErrInvalid);

    r = split(handle_option(e, kOptGo, std::vector<uint8_t>{1, 2}, true).reply);
    CHECK(r[0].type == kRepErrInvalid);
}

TEST_CASE("nbd NBD_OPT_EXPORT_NAME: size, flags and the optional 124 zeroes") {
    Export e = disk();
    std::string n = "e7.3";
    std::vector<uint8_t> name(n.begin(), n.end());
    auto a = handle_option(e, kOptExportName, name, false);
    CHECK(a.next == Next::kTransmission);
    REQUIRE(a.reply.size() == 8 + 2 + 124);
    CHECK(be64(a.reply.data()) == (1u << 20));
    auto b = handle_option(e, kOptExportName, name, true);
    CHECK(b.reply.size() == 10);
    // No error reply exists for this option: an unknown name closes.
    std::vector<uint8_t> other = {'n', 'o'};
    auto c = handle_option(e, kOptExportName, other, true);
    CHECK(c.next == Next::kClose);
    CHECK(c.reply.empty());
}

TEST_CASE("nbd NBD_OPT_LIST, NBD_OPT_ABORT and unsupported options") {
    Export e = disk();
    auto r = split(handle_option(e, kOptList, {}, true).reply);
    REQUIRE(r.size() == 2);
    CHECK(r[0].type == kRepServer);
    REQUIRE(r[0].data.size() >= 8);
    CHECK(be32(r[0].data.data()) == 4);
    CHECK(std::string(r[0].data.begin() + 4, r[0].data.begin() + 8) == "e7.3");
    CHECK(r[1].type == kRepAck);

    std::vector<uint8_t> junk = {1};
    r = split(handle_option(e, kOptList, junk, true).reply);
    CHECK(r[0].type == kRepErrInvalid);

    auto ab = handle_option(e, kOptAbort, {}, true);
    CHECK(ab.next == Next::kClose);
    CHECK(split(ab.reply)[0].type == kRepAck);

    for (uint32_t opt : {uint32_t(kOptStartTls), uint32_t(kOptStructuredReply), 42u}) {
        auto u = handle_option(e, opt, {}, true);
        CHECK(u.next == Next::kContinue);
        CHECK(split(u.reply)[0].type == kRepErrUnsup);
        CHECK(split(u.reply)[0].option == opt);
    }
}

TEST_CASE("nbd request and reply wire layout") {
    const uint8_t raw[28] = {0x25, 0x60, 0x95, 0x13, 0x00, 0x01, 0x00, 0x01, 1, 2, 3, 4,
                             5,    6,    7,    8,    0,    0,    0,    0,    0, 0, 0x10, 0,
                             0,    0,    0x02, 0};
    Request r = parse_request(std::span<const uint8_t, 28>(raw, 28));
    CHECK(r.magic == kRequestMagic);
    CHECK(r.flags == kCmdFlagFua);
    CHECK(r.type == kCmdWrite);
    CHECK(r.handle == 0x0102030405060708ULL);
    CHECK(r.offset == 0x1000);
    CHECK(r.length == 0x200);
    uint8_t back[28];
    put_request(back, r);
    CHECK(std::memcmp(back, raw, 28) == 0);

    uint8_t rep[16];
    put_reply(rep, kEIO, 0x0102030405060708ULL);
    const uint8_t want[16] = {0x67, 0x44, 0x66, 0x98, 0, 0, 0, 5, 1, 2, 3, 4, 5, 6, 7, 8};
    CHECK(std::memcmp(rep, want, 16) == 0);
    Reply p = parse_reply(std::span<const uint8_t, 16>(rep, 16));
    CHECK(p.error == kEIO);
    CHECK(p.handle == 0x0102030405060708ULL);
}

TEST_CASE("nbd check_request: valid requests pass") {
    Export e = disk();
    CHECK(check_request(e, req(kCmdRead, 0, 512)).verdict == Verdict::kServe);
    CHECK(check_request(e, req(kCmdRead, (1 << 20) - 1, 1)).verdict == Verdict::kServe);
    CHECK(check_request(e, req(kCmdWrite, 4096, 4096)).verdict == Verdict::kServe);
    CHECK(check_request(e, req(kCmdWrite, 0, 512, kCmdFlagFua)).verdict == Verdict::kServe);
    CHECK(check_request(e, req(kCmdFlush, 0, 0)).verdict == Verdict::kServe);
    CHECK(check_request(e, req(kCmdDisc, 0, 0)).verdict == Verdict::kDisconnect);
}

TEST_CASE("nbd check_request: malformed requests never reach the disk") {
    Export e = disk();
    Request bad = req(kCmdRead, 0, 512);
    bad.magic = 0x25609514;
    CHECK(check_request(e, bad).verdict == Verdict::kClose);

    // Past the end, straddling the end, offset+length wrapping around 2^64.
    Check c = check_request(e, req(kCmdRead, 1 << 20, 512));
    CHECK(c.verdict == Verdict::kError);
    CHECK(c.error == kEINVAL);
    c = check_request(e, req(kCmdRead, (1 << 20) - 256, 512));
    CHECK(c.verdict == Verdict::kError);
    c = check_request(e, req(kCmdRead, ~0ULL - 100, 512));
    CHECK(c.verdict == Verdict::kError);
    CHECK(c.error == kEINVAL);
    c = check_request(e, req(kCmdWrite, ~0ULL - 100, 512));
    CHECK(c.verdict == Verdict::kError);
    CHECK(c.error == kEINVAL);
    c = check_request(e, req(kCmdWrite, (1 << 20) - 256, 512));
    CHECK(c.verdict == Verdict::kError);
    CHECK(c.error == kENOSPC);

    // Too long: a read is refused and the stream goes on; a write payload that
    // large cannot be swallowed, so the connection closes after the reply.
    c = check_request(e, req(kCmdRead, 0, kMaxPayload + 1));
    CHECK(c.verdict == Verdict::kError);
    c = check_request(e, req(kCmdWrite, 0, 0xffffffffu));
    CHECK(c.verdict == Verdict::kErrorClose);
    CHECK(c.error == kEOVERFLOW);

    CHECK(check_request(e, req(kCmdRead, 0, 0)).verdict == Verdict::kError);
    CHECK(check_request(e, req(kCmdRead, 0, 512, kCmdFlagFua)).error == kEINVAL);
    CHECK(check_request(e, req(kCmdWrite, 0, 512, 0x80)).error == kEINVAL);
    CHECK(check_request(e, req(kCmdFlush, 512, 0)).error == kEINVAL);
    CHECK(check_request(e, req(kCmdTrim, 0, 512)).error == kEINVAL);
    CHECK(check_request(e, req(99, 0, 512)).error == kEINVAL);

    e.read_only = true;
    CHECK(check_request(e, req(kCmdWrite, 0, 512)).error == kEPERM);
    CHECK(check_request(e, req(kCmdRead, 0, 512)).verdict == Verdict::kServe);
    e.can_flush = false;
    CHECK(check_request(e, req(kCmdFlush, 0, 0)).error == kEINVAL);
}

TEST_CASE("nbd payload length only for writes") {
    CHECK(request_payload(req(kCmdWrite, 0, 4096)) == 4096);
    CHECK(request_payload(req(kCmdRead, 0, 4096)) == 0);
    CHECK(request_payload(req(kCmdFlush, 0, 0)) == 0);
}
