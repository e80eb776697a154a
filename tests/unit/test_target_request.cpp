// The target's request path without sockets: frames in, replies and I/O out,
// against a temporary backing file. Also ACL, mask list, reservations and
// their persistent state.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <string>
#include <unistd.h>
#include <vector>

#include "proto/aoe.h"
#include "proto/identify.h"
#include "target/export.h"
#include "target/request.h"

using namespace aoe;
using namespace aoe::target;

namespace {

const Mac kSelf = {0x02, 0, 0, 0, 0, 0x01};
const Mac kHost = {0x52, 0x54, 0, 0x12, 0x34, 0x56};
const Mac kOther = {0x52, 0x54, 0, 0x12, 0x34, 0x99};

struct TempDir {
    std::string path;
    TempDir() {
        char t[] = "/tmp/aoeboot-unit-XXXXXX";
        REQUIRE(mkdtemp(t));
        path = t;
    }
    ~TempDir() { REQUIRE(std::system(("rm -rf " + path).c_str()) == 0); }
};

// A backing file of `sectors` sectors where sector i is filled with byte i.
std::string make_image(const TempDir& d, unsigned sectors) {
    std::string p = d.path + "/img";
    int fd = open(p.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0644);
    REQUIRE(fd >= 0);
    for (unsigned i = 0; i < sectors; i++) {
        std::vector<uint8_t> s(512, uint8_t(i));
        REQUIRE(write(fd, s.data(), 512) == 512);
    }
    close(fd);
    return p;
}

struct Rig {
    TempDir dir;
    Export exp;
    std::vector<Export*> list{&exp};
    std::vector<std::vector<uint8_t>> keep;  // replies parsed frames point into
    unsigned mtu = 1500;
    explicit Rig(ExportConfig cfg = {}, unsigned sectors = 64) {
        cfg.addr = {7, 3};
        cfg.interfaces = {"veth0"};
        if (cfg.path.empty()) cfg.path = make_image(dir, sectors);
        std::string err;
        REQUIRE(open_export(exp, cfg, err));
    }
    // Runs a request through the whole path (I/O inline); returns replies.
    std::vector<std::vector<uint8_t>> run(std::span<const uint8_t> frame) {
        Outcome out;
        handle_frame(list, Incoming{frame, kSelf, mtu}, out);
        auto replies = out.replies;
        if (out.io) {
            std::vector<uint8_t> buf(kFrameBufSize);
            std::memcpy(buf.data(), frame.data(), frame.size());
            size_t n = execute_io(*out.io, buf.data(), frame.size(), kSelf, nullptr);
            if (n) replies.emplace_back(buf.begin(), buf.begin() + long(n));
        }
        return replies;
    }
};

Header req(uint16_t major = 7, uint8_t minor = 3, const Mac& src = kHost) {
    Header h;
    h.dst = kSelf;
    h.src = src;
    h.major = major;
    h.minor = minor;
    h.tag = 0x1234;
    return h;
}

std::vector<uint8_t> ata(uint8_t cmd, uint64_t lba, uint8_t count, std::span<const uint8_t> data = {},
                         const Mac& src = kHost) {
    AtaArgs a;
    a.cmd_status = cmd;
    a.sector_count = count;
    a.lba = lba;
    if (cmd == kAtaReadExt || cmd == kAtaWriteExt || cmd == kAtaFlushCacheExt) a.aflags |= kAtaFlagLba48;
    if (cmd == kAtaWrite || cmd == kAtaWriteExt) a.aflags |= kAtaFlagWrite;
    std::vector<uint8_t> f(kFrameBufSize);
    f.resize(build_ata(f, req(7, 3, src), a, data));
    return f;
}

Frame parsed(const std::vector<uint8_t>& f) {
    Frame out;
    REQUIRE(parse(f, out) == ParseError::kOk);
    return out;
}

bool aborted(const std::vector<uint8_t>& r) {
    Frame f = parsed(r);
    return (f.ata.args.cmd_status & kAtaStatusErr) && f.ata.args.err_feature == kAtaErrAbrt;
}

}  // namespace

TEST_CASE("target: reads return the backing file, LBA28 and LBA48", "[target][request]") {
    Rig rig;
    for (uint8_t cmd : {kAtaRead, kAtaReadExt}) {
        auto r = rig.run(ata(cmd, 5, 2));
        REQUIRE(r.size() == 1);
        Frame f = parsed(r[0]);
        CHECK(f.header.is_response());
        CHECK(f.header.tag == 0x1234);
        CHECK(f.header.src == kSelf);
        CHECK(f.header.dst == kHost);
        CHECK(f.ata.args.cmd_status == kAtaStatusDrdy);
        REQUIRE(f.ata.data.size() >= 1024);
        CHECK(f.ata.data[0] == 5);
        CHECK(f.ata.data[1023] == 6);
    }
    CHECK(rig.exp.stats.reads == 2);
    CHECK(rig.exp.stats.bytes_read == 2048);
}

TEST_CASE("target: a write is in the file when its reply exists", "[target][request]") {
    Rig rig;
    std::vector<uint8_t> data(1024, 0xAB);
    auto r = rig.run(ata(kAtaWriteExt, 10, 2, data));
    REQUIRE(r.size() == 1);
    CHECK(r[0].size() == kMinFrameLen);  // padded
    CHECK(parsed(r[0]).ata.args.cmd_status == kAtaStatusDrdy);
    uint8_t back[1024];
    REQUIRE(pread(rig.exp.fd, back, sizeof back, 10 * 512) == 1024);
    CHECK(std::memcmp(back, data.data(), 1024) == 0);
    // LBA28 write too, then read back over AoE.
    std::vector<uint8_t> one(512, 0x5C);
    rig.run(ata(kAtaWrite, 3, 1, one));
    auto rr = rig.run(ata(kAtaRead, 3, 1));
    CHECK(parsed(rr[0]).ata.data[100] == 0x5C);
}

TEST_CASE("target: bad ranges and counts are aborted (ERR/ABRT)", "[target][request]") {
    Rig rig({}, 64);
    CHECK(aborted(rig.run(ata(kAtaReadExt, 64, 1))[0]));      // past the end
    CHECK(aborted(rig.run(ata(kAtaReadExt, 63, 2))[0]));      // crosses the end
    CHECK(aborted(rig.run(ata(kAtaReadExt, 0, 0))[0]));       // zero sectors
    CHECK(aborted(rig.run(ata(kAtaReadExt, 0, 3))[0]));       // 3 > 2 at MTU 1500
    CHECK(aborted(rig.run(ata(0x77, 0, 1))[0]));              // unknown opcode
    std::vector<uint8_t> half(512, 1);
    auto f = ata(kAtaWriteExt, 0, 2, half);                   // count says 2, carries 1
    CHECK(aborted(rig.run(f)[0]));
    CHECK(rig.exp.stats.errors == 6);
    rig.mtu = 9000;
    auto big = rig.run(ata(kAtaReadExt, 0, 17));
    CHECK(parsed(big[0]).ata.data.size() == 17 * 512);
    CHECK(aborted(rig.run(ata(kAtaReadExt, 0, 18))[0]));
    CHECK(max_sectors(1500) == 2);
    CHECK(max_sectors(9000) == 17);
}

TEST_CASE("target: read-only exports refuse writes", "[target][request]") {
    ExportConfig c;
    c.read_only = true;
    Rig rig(c);
    std::vector<uint8_t> data(512, 0xEE);
    CHECK(aborted(rig.run(ata(kAtaWriteExt, 1, 1, data))[0]));
    uint8_t back[512];
    REQUIRE(pread(rig.exp.fd, back, 512, 512) == 512);
    CHECK(back[0] == 1);
    CHECK(parsed(rig.run(ata(kAtaReadExt, 1, 1))[0]).ata.args.cmd_status == kAtaStatusDrdy);
}

TEST_CASE("target: identify, check power, flush, smart", "[target][request]") {
    Rig rig({}, 64);
    auto id = rig.run(ata(kAtaIdentify, 0, 1));
    Frame f = parsed(id[0]);
    REQUIRE(f.ata.data.size() >= kIdentifyLen);
    auto page = std::span<const uint8_t, kIdentifyLen>(f.ata.data.data(), kIdentifyLen);
    CHECK(parse_identify(page).sectors == 64);
    CHECK(identify_checksum_ok(page));
    CHECK((page[164] & 1) == 1);  // word 82 bit 0: SMART supported
    auto p = parsed(rig.run(ata(kAtaCheckPower, 0, 0))[0]);
    CHECK(p.ata.args.sector_count == 0xFF);
    auto fl = rig.run(ata(kAtaFlushCacheExt, 0, 0));
    CHECK(parsed(fl[0]).ata.args.cmd_status == kAtaStatusDrdy);
    CHECK(rig.exp.stats.flushes == 1);
    AtaArgs a;
    a.cmd_status = kAtaSmart;
    a.err_feature = 0xDA;
    std::vector<uint8_t> s(kFrameBufSize);
    s.resize(build_ata(s, req(), a, {}));
    auto st = parsed(rig.run(s)[0]);
    CHECK(((st.ata.args.lba >> 8) & 0xFFFF) == 0xC24F);
}

TEST_CASE("target: AoE-level errors", "[target][request]") {
    Rig rig;
    // An unknown command and a version-2 request.
    auto r0 = ata(kAtaReadExt, 0, 1);
    r0[19] = 0x42;
    auto r = rig.run(r0);
    REQUIRE(r.size() == 1);
    Frame u;
    CHECK(parse(r[0], u) == ParseError::kUnknownCommand);  // the reply keeps the command
    CHECK(u.header.is_error());
    CHECK(u.header.error == kErrUnrecognizedCommand);
    CHECK(r[0].size() == kMinFrameLen);
    auto r1 = ata(kAtaReadExt, 0, 1);
    r1[14] = 0x20;
    r = rig.run(r1);
    REQUIRE(r.size() == 1);
    Frame e;
    parse(r[0], e);
    CHECK(e.header.is_error());
    CHECK(e.header.error == kErrUnsupportedVersion);
    // Responses and other shelves are ignored; truncated frames too.
    auto r2 = ata(kAtaReadExt, 0, 1);
    r2[14] |= kFlagResponse;
    CHECK(rig.run(r2).empty());
    CHECK(rig.run(std::vector<uint8_t>(r0.begin(), r0.begin() + 20)).empty());
    Outcome out;
    auto other = ata(kAtaReadExt, 0, 1);
    other[17] = 9;  // major 7 -> 0x0709
    handle_frame(rig.list, Incoming{other, kSelf, 1500}, out);
    CHECK(out.replies.empty());
    CHECK(out.io == nullptr);
}

TEST_CASE("target: query config, all five ccmds, broadcast answered with the real address",
          "[target][request]") {
    Rig rig;
    auto cfg = [&](uint8_t ccmd, std::string s, uint16_t major = 7, uint8_t minor = 3) {
        ConfigMessage c;
        c.ccmd = ccmd;
        c.config = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size());
        std::vector<uint8_t> f(2000);
        f.resize(build_config(f, req(major, minor), c));
        return rig.run(f);
    };
    auto r = cfg(kCfgRead, "", 0xffff, 0xff);
    REQUIRE(r.size() == 1);
    Frame f = parsed(r[0]);
    CHECK(f.header.major == 7);
    CHECK(f.header.minor == 3);
    CHECK(f.config.buffer_count == 64);
    CHECK(f.config.sector_count == 2);
    CHECK(cfg(kCfgTestExact, "x").empty());
    CHECK(cfg(kCfgSetIfEmpty, "root").size() == 1);
    CHECK(cfg(kCfgTestExact, "root").size() == 1);
    CHECK(cfg(kCfgTestPrefix, "ro").size() == 1);
    CHECK(cfg(kCfgTestPrefix, "rx").empty());
    auto bad = cfg(kCfgSetIfEmpty, "other");
    REQUIRE(bad.size() == 1);
    CHECK(parsed(bad[0]).header.error == kErrConfigStringPresent);
    CHECK(cfg(kCfgForceSet, "other").size() == 1);
    CHECK(rig.exp.config_string == "other");
    // A broadcast ATA request is ignored (it could hit every export).
    auto b = ata(kAtaReadExt, 0, 1);
    b[16] = 0xff, b[17] = 0xff;
    CHECK(rig.run(b).empty());
}

TEST_CASE("target: allow list and mask list drop others silently", "[target][access]") {
    ExportConfig c;
    c.allow = {kHost};
    Rig rig(c);
    CHECK(rig.run(ata(kAtaReadExt, 0, 1, {}, kOther)).empty());
    CHECK(rig.exp.stats.denied == 1);
    CHECK(rig.run(ata(kAtaReadExt, 0, 1, {}, kHost)).size() == 1);
    AccessState st;
    CHECK(access_allowed({}, st, kOther));
    st.mask = {kHost};
    CHECK_FALSE(access_allowed({}, st, kOther));
    CHECK(access_allowed({}, st, kHost));
    CHECK_FALSE(access_allowed({kOther}, st, kHost));
}

TEST_CASE("target: mask list edits, errors and persistence", "[target][access]") {
    Rig rig;
    rig.exp.state_file = rig.dir.path + "/e7.3.state";
    auto edit = [&](std::vector<MaskDirective> d, uint8_t mcmd = kMaskEdit) {
        std::vector<uint8_t> f(2000);
        f.resize(build_mask(f, req(), mcmd, 0, d));
        auto r = rig.run(f);
        REQUIRE(r.size() == 1);
        rig.keep.push_back(r[0]);
        return parsed(rig.keep.back());
    };
    Frame r = edit({{kDirAdd, kHost}, {kDirAdd, kSelf}});
    CHECK(r.mask.merror == 0);
    CHECK(r.mask.count == 2);
    r = edit({{kDirDelete, kSelf}});
    CHECK(r.mask.count == 1);
    CHECK(r.mask.directive(0).mac == kHost);
    // A bad directive: merror 2, count names it, nothing applied.
    std::vector<uint8_t> f(2000);
    f.resize(build_mask(f, req(), kMaskEdit, 0, std::vector<MaskDirective>{{kDirAdd, kOther}, {7, kOther}}));
    Frame bad;
    auto reply = rig.run(f);
    REQUIRE(reply.size() == 1);
    parse(reply[0], bad);
    CHECK(bad.mask.merror == kMaskErrBadDirective);
    CHECK(bad.mask.count == 1);
    CHECK(rig.exp.access.mask.size() == 1);
    // Saved, and loaded back.
    AccessState st;
    std::string err;
    REQUIRE(load_state(rig.exp.state_file, st, err));
    REQUIRE(st.mask.size() == 1);
    CHECK(st.mask[0] == kHost);
    // Now kOther is masked out.
    CHECK(rig.run(ata(kAtaReadExt, 0, 1, {}, kOther)).empty());
}

TEST_CASE("target: reserve/release", "[target][access]") {
    Rig rig;
    rig.exp.state_file = rig.dir.path + "/e7.3.state";
    auto res = [&](uint8_t rcmd, std::vector<Mac> macs, const Mac& src) {
        std::vector<uint8_t> f(2000);
        f.resize(build_reserve(f, req(7, 3, src), rcmd, macs));
        auto r = rig.run(f);
        REQUIRE(r.size() == 1);
        rig.keep.push_back(r[0]);
        return parsed(rig.keep.back());
    };
    Frame r = res(kResSet, {kHost}, kHost);
    CHECK_FALSE(r.header.is_error());
    CHECK(r.reserve.nmacs == 1);
    // Others: reads and writes get error 6, set fails with 6, force set works.
    auto rd = rig.run(ata(kAtaReadExt, 0, 1, {}, kOther));
    REQUIRE(rd.size() == 1);
    CHECK(parsed(rd[0]).header.error == kErrTargetReserved);
    rig.keep.push_back(rig.run(ata(kAtaReadExt, 0, 1, {}, kHost))[0]);
    CHECK(parse(rig.keep.back(), r) == ParseError::kOk);
    CHECK_FALSE(r.header.is_error());
    Frame s = res(kResSet, {kOther}, kOther);
    CHECK(s.header.error == kErrTargetReserved);
    AccessState st;
    std::string err;
    REQUIRE(load_state(rig.exp.state_file, st, err));
    CHECK(st.reserve == std::vector<Mac>{kHost});
    s = res(kResForceSet, {}, kOther);  // release
    CHECK_FALSE(s.header.is_error());
    CHECK(rig.exp.access.reserve.empty());
    REQUIRE(load_state(rig.exp.state_file, st, err));
    CHECK(st.reserve.empty());
}

TEST_CASE("target: duplicates are counted", "[target][request]") {
    DupRing d;
    CHECK_FALSE(d.seen(kHost, 1, kAtaReadExt, 2, 100));
    CHECK(d.seen(kHost, 2, kAtaReadExt, 2, 100));   // new tag, same request: a retransmit
    CHECK(d.seen(kHost, 1, kAtaReadExt, 2, 200));   // same tag
    CHECK_FALSE(d.seen(kOther, 3, kAtaReadExt, 2, 100));
    // A stream of new requests is not counted; repeats of any of the last
    // 64 are, and of one pushed out by 64 newer ones are not.
    DupRing r;
    int counted = 0;
    for (uint32_t i = 0; i < 1000; i++) counted += r.seen(kHost, 0x1000 + i, kAtaReadExt, 2, 2 * i);
    CHECK(counted == 0);
    for (uint32_t i = 1000 - 64; i < 1000; i++) {
        CHECK(r.seen(kHost, 0x1000 + i, kAtaReadExt, 2, 2 * i));  // same tag
    }
    DupRing q;
    for (uint32_t i = 0; i < 64; i++) q.seen(kHost, 0x1000 + i, kAtaWriteExt, 2, 2 * i);
    for (uint32_t i = 0; i < 64; i++) CHECK(q.seen(kHost, 0x9000 + i, kAtaWriteExt, 2, 2 * i));  // new tag
    for (uint32_t i = 0; i < 64; i++) q.seen(kHost, 0x2000 + i, kAtaReadExt, 1, 5000 + i);
    CHECK_FALSE(q.seen(kHost, 0x1000, kAtaReadExt, 2, 7777));  // tag pushed out
    CHECK_FALSE(q.seen(kOther, 0x2000 + 63, kAtaReadExt, 1, 5000 + 63));  // another host
}

TEST_CASE("target: slices and null backing", "[target][request]") {
    TempDir d;
    ExportConfig c;
    c.path = make_image(d, 64);
    c.offset = 8 * 512;
    c.length = 16 * 512;
    Rig rig(c);
    CHECK(rig.exp.sectors == 16);
    CHECK(parsed(rig.run(ata(kAtaReadExt, 0, 1))[0]).ata.data[0] == 8);
    CHECK(aborted(rig.run(ata(kAtaReadExt, 16, 1))[0]));
    ExportConfig n;
    std::string err;
    REQUIRE(set_backing(n, "null:1M", err));
    Rig nr(n);
    CHECK(nr.exp.sectors == 2048);
    CHECK(parsed(nr.run(ata(kAtaReadExt, 2000, 2))[0]).ata.data.size() >= 1024);
    ExportConfig bad;
    bad.addr = {1, 1};
    bad.path = "/nonexistent/disk.img";
    Export e;
    CHECK_FALSE(open_export(e, bad, err));
    CHECK(err.find("e1.1: cannot open /nonexistent/disk.img") == 0);
}

TEST_CASE("target: O_DIRECT exports read and write through the aligned bounce buffer",
          "[target][request]") {
    TempDir d;
    ExportConfig c;
    c.addr = {7, 3};
    c.path = make_image(d, 64);
    c.direct = true;
    Export e;
    std::string err;
    if (!open_export(e, c, err)) {
        // tmpfs and some overlay setups have no O_DIRECT: the message must say so.
        CHECK(err.find("does not support O_DIRECT") != std::string::npos);
        return;
    }
    uint8_t* bounce = static_cast<uint8_t*>(std::aligned_alloc(4096, kFrameBufSize + 4096 - kFrameBufSize % 4096));
    std::vector<uint8_t> data(1024, 0x3C);
    auto w = ata(kAtaWriteExt, 8, 2, data);
    std::vector<uint8_t> buf(kFrameBufSize);
    std::memcpy(buf.data(), w.data(), w.size());
    size_t n = execute_io(e, buf.data(), w.size(), kSelf, bounce);
    REQUIRE(n == kMinFrameLen);
    CHECK_FALSE(aborted(std::vector<uint8_t>(buf.begin(), buf.begin() + long(n))));
    auto r = ata(kAtaReadExt, 8, 2);
    std::memcpy(buf.data(), r.data(), r.size());
    n = execute_io(e, buf.data(), r.size(), kSelf, bounce);
    REQUIRE(n == kAtaHeaderLen + 1024);
    CHECK(buf[kAtaHeaderLen] == 0x3C);
    CHECK(buf[kAtaHeaderLen + 1023] == 0x3C);
    std::free(bounce);
}

// A 64-sector file of 0x5A bytes on /dev/shm, exported as e7.3 the way the
// receive thread sees it: mapped. `fd` stays open (the name is gone at
// once); without a tmpfs /dev/shm `ok` is false and the test skips.
struct ShmExport {
    Export e;
    int fd = -1;
    bool ok = false;
    ShmExport() {
        char tmpl[] = "/dev/shm/aoeboot-unit-XXXXXX";
        fd = mkstemp(tmpl);
        if (fd < 0) {
            WARN("skipped: no /dev/shm");
            return;
        }
        std::vector<uint8_t> img(64 * 512, 0x5A);
        REQUIRE(write(fd, img.data(), img.size()) == ssize_t(img.size()));
        ExportConfig cfg;
        cfg.addr = {7, 3};
        cfg.interfaces = {"veth0"};
        cfg.path = tmpl;
        std::string err;
        const bool opened = open_export(e, cfg, err);
        unlink(tmpl);
        REQUIRE(opened);
        ok = e.map != nullptr;
        if (!ok) WARN("skipped: /dev/shm is not tmpfs");
    }
    ~ShmExport() {
        close_export(e);
        if (fd >= 0) close(fd);
    }
    // What the receive thread does with a frame: decide, then do the I/O
    // itself on the frame where it lies (with the frame parsed once). The
    // reply is in buf; *mapped as execute_io sets it.
    size_t receive(const std::vector<uint8_t>& frame, std::vector<uint8_t>& buf, const uint8_t** mapped) {
        std::vector<Export*> list{&e};
        buf.assign(kFrameBufSize, 0);
        std::memcpy(buf.data(), frame.data(), frame.size());
        Outcome out;
        handle_frame(list, Incoming{{buf.data(), frame.size()}, kSelf, 1500}, out);
        REQUIRE(out.io == &e);
        bool blocked = false;
        size_t n = execute_io(e, out.frame, buf.data(), kSelf, nullptr, true, &blocked, mapped);
        REQUIRE_FALSE(blocked);
        return n;
    }
};

TEST_CASE("target: a read sent from the mapping that cannot go out becomes ERR/ABRT", "[target][request]") {
    // The receive thread's path for a tmpfs backing file: the reply header in
    // the buffer, the data from the mapping. When the send faults (the file
    // was cut short), mapped_read_failed turns that header into an error.
    ShmExport shm;
    if (!shm.ok) return;
    Export& e = shm.e;
    std::vector<uint8_t> buf;
    const uint8_t* mapped = nullptr;
    size_t n = shm.receive(ata(kAtaReadExt, 9, 2), buf, &mapped);
    REQUIRE(mapped == e.map + 9 * 512);
    REQUIRE(n == kAtaHeaderLen + 1024);
    CHECK(e.stats.reads == 1);

    size_t len = mapped_read_failed(e, buf.data(), 1024);
    REQUIRE(len == kMinFrameLen);
    buf.resize(len);
    CHECK(aborted(buf));
    Frame f = parsed(buf);
    CHECK(f.header.tag == 0x1234);
    CHECK(f.header.dst == kHost);
    CHECK(f.ata.args.address() == 9);
    CHECK(e.stats.reads == 0);
    CHECK(e.stats.bytes_read == 0);
    CHECK(e.stats.errors == 1);
}

TEST_CASE("target: a write stored through the mapping; past a cut it is ERR/ABRT", "[target][request]") {
    // The receive thread stores a write to a tmpfs file with a copy into the
    // file's mapping. The bytes are the file's (pread sees them), the mtime
    // is set by touch_mapped, and a store to a page past the end of a file
    // cut short faults with SIGBUS, which must become an error reply.
    ShmExport shm;
    if (!shm.ok) return;
    Export& e = shm.e;
    const int fd = shm.fd;
    REQUIRE(e.map_writable);
    auto store = [&](uint64_t lba, uint8_t fill) {
        std::vector<uint8_t> buf;
        const uint8_t* mapped = nullptr;
        buf.resize(shm.receive(ata(kAtaWriteExt, lba, 2, std::vector<uint8_t>(1024, fill)), buf, &mapped));
        CHECK(mapped == nullptr);
        return buf;
    };

    auto ok = store(10, 0xC3);
    REQUIRE(!ok.empty());
    CHECK_FALSE(aborted(ok));
    CHECK(e.stats.writes == 1);
    std::vector<uint8_t> back(1024);
    REQUIRE(pread(fd, back.data(), back.size(), 10 * 512) == 1024);
    CHECK(back == std::vector<uint8_t>(1024, 0xC3));  // the file's own pages
    // The kernel sets the mtime when a page is first written through the
    // mapping; later stores to it are plain memory writes.
    const timespec old[2] = {{1000000000, 0}, {1000000000, 0}};
    REQUIRE(futimens(fd, old) == 0);
    CHECK_FALSE(aborted(store(10, 0xC4)));
    struct stat st{};
    REQUIRE(fstat(fd, &st) == 0);
    CHECK(st.st_mtime == 1000000000);
    touch_mapped(e);
    REQUIRE(fstat(fd, &st) == 0);
    CHECK(st.st_mtime > 1000000000);

    // Cut to 16 sectors (two pages): sector 40 is in a page wholly past it.
    REQUIRE(ftruncate(fd, 16 * 512) == 0);
    auto bad = store(40, 0xE1);
    REQUIRE(!bad.empty());
    CHECK(aborted(bad));
    CHECK(parsed(bad).ata.args.address() == 40);
    CHECK(e.stats.errors == 1);
    CHECK(e.stats.writes == 2);
    REQUIRE(fstat(fd, &st) == 0);
    CHECK(st.st_size == 16 * 512);
    // The process still runs, and writes inside the cut still land.
    CHECK_FALSE(aborted(store(2, 0x77)));
    REQUIRE(pread(fd, back.data(), back.size(), 2 * 512) == 1024);
    CHECK(back == std::vector<uint8_t>(1024, 0x77));
}

// sync = always in a worker's batch: writes are stored at once and synced
// once for the batch (group commit) before any reply leaves; a failed
// flush turns every reply of the batch into an error and uncounts it.
TEST_CASE("target: sync=always writes of a batch share one flush; a failed flush acknowledges none",
          "[target][request]") {
    ExportConfig c;
    c.sync = SyncMode::kAlways;
    Rig rig(c);
    Export& e = rig.exp;
    std::vector<std::vector<uint8_t>> bufs;
    std::vector<uint8_t*> later_bufs;
    std::vector<size_t> lens;
    for (uint8_t i = 0; i < 3; i++) {
        std::vector<uint8_t> data(512, uint8_t(0xA0 + i));
        auto w = ata(kAtaWriteExt, 10 + i, 1, data);
        bufs.emplace_back(kFrameBufSize);
        std::memcpy(bufs.back().data(), w.data(), w.size());
        bool later = false;
        lens.push_back(execute_io(e, bufs.back().data(), w.size(), kSelf, nullptr, false, nullptr, nullptr, &later));
        CHECK(later);  // stored, not yet synced: the caller flushes once
        later_bufs.push_back(bufs.back().data());
    }
    // Stored already (the page cache): a read sees them before the flush.
    auto r = rig.run(ata(kAtaReadExt, 11, 1));
    REQUIRE(r.size() == 1);
    CHECK(r[0][kAtaHeaderLen] == 0xA1);
    CHECK(sync_batch(e, later_bufs));
    for (size_t i = 0; i < bufs.size(); i++)
        CHECK_FALSE(aborted(std::vector<uint8_t>(bufs[i].begin(), bufs[i].begin() + long(lens[i]))));
    CHECK(e.stats.writes == 3);

    // Without sync_later a write is synced on its own, as before.
    auto w = ata(kAtaWriteExt, 20, 1, std::vector<uint8_t>(512, 0x11));
    std::vector<uint8_t> one(kFrameBufSize);
    std::memcpy(one.data(), w.data(), w.size());
    size_t n = execute_io(e, one.data(), w.size(), kSelf, nullptr);
    CHECK_FALSE(aborted(std::vector<uint8_t>(one.begin(), one.begin() + long(n))));

    // A flush that fails (fdatasync on a pipe: EINVAL): every reply of the
    // batch becomes ATA ABRT, the writes are no longer counted.
    int pfd[2];
    REQUIRE(pipe(pfd) == 0);
    const int real = e.fd;
    e.fd = pfd[1];
    const uint64_t errors = e.stats.errors;
    CHECK_FALSE(sync_batch(e, later_bufs));
    e.fd = real;
    close(pfd[0]);
    close(pfd[1]);
    for (size_t i = 0; i < bufs.size(); i++) {
        auto reply = std::vector<uint8_t>(bufs[i].begin(), bufs[i].begin() + long(lens[i]));
        CHECK(aborted(reply));
        CHECK(parsed(reply).header.tag == 0x1234);
    }
    CHECK(e.stats.writes == 4 - 3);
    CHECK(e.stats.errors == errors + 3);
}
