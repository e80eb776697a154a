// The request window driven by hand: frames and time go in, frames and
// completions come out. No sockets, no threads, no clock.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "initiator/tags.h"
#include "initiator/window.h"
#include "proto/aoe.h"

using namespace aoe;
using namespace aoe::initiator;

namespace {

const Mac kLocal = {0x02, 0, 0, 0, 0, 0x01};
const Mac kTargetA = {0x02, 0, 0, 0, 0, 0xA0};
const Mac kTargetB = {0x02, 0, 0, 0, 0, 0xB0};
const Address kAddr{1, 2};

// A sent frame; `f` points into `bytes`, so copies parse again.
struct Sent {
    int link = 0;
    std::vector<uint8_t> bytes;
    Frame f;
    Sent() = default;
    Sent(const Sent& o) : link(o.link), bytes(o.bytes) { parse(bytes, f); }
    Sent& operator=(const Sent& o) {
        link = o.link;
        bytes = o.bytes;
        parse(bytes, f);
        return *this;
    }
};

// A fake disk: sector i holds bytes (i * 7 + k) & 0xff.
uint8_t disk_byte(uint64_t sector, size_t k) { return uint8_t(sector * 7 + k); }

struct Rig {
    Window w;
    Outbox out;
    std::vector<Sent> sent;
    std::vector<Sent> probes;
    int64_t now = 1'000'000;
    explicit Rig(WindowOptions o = defaults(), int links = 1)
        : w(o, make_links(links)) {}
    static WindowOptions defaults() {
        WindowOptions o;
        o.address = kAddr;
        return o;
    }
    static std::vector<LocalLink> make_links(int n) {
        std::vector<LocalLink> v;
        for (int i = 0; i < n; i++) {
            Mac m = kLocal;
            m[4] = uint8_t(i);
            v.push_back(LocalLink{"eth" + std::to_string(i), m, 1500});
        }
        return v;
    }
    // Runs pump until it has nothing more, collecting the frames.
    std::vector<Sent> pump() {
        std::vector<Sent> batch;
        bool more;
        do {
            out.count = 0;
            more = w.pump(now, out);
            for (size_t i = 0; i < out.count; i++) {
                Sent s;
                s.link = out.link[i];
                auto fr = out.frame(i);
                s.bytes.assign(fr.begin(), fr.end());
                batch.push_back(s);
            }
        } while (more);
        std::vector<Sent> ata;
        for (Sent& s : batch) {
            REQUIRE(parse(s.bytes, s.f) == ParseError::kOk);
            // Query Config probes (at start, then periodically) are kept apart.
            (s.f.header.command == kCmdConfig ? probes : ata).push_back(s);
        }
        sent.insert(sent.end(), ata.begin(), ata.end());
        return ata;
    }
    // Builds the target's reply to a request (good status; read data from the fake disk).
    std::vector<uint8_t> reply(const Sent& req, uint8_t status = kAtaStatusDrdy, uint8_t err = 0,
                               int data_shift = 0) {
        Header h = reply_to(req.f.header, req.f.header.dst);
        AtaArgs a = req.f.ata.args;
        a.cmd_status = status;
        a.err_feature = err;
        std::vector<uint8_t> data;
        const AtaArgs& q = req.f.ata.args;
        if (!q.write() && (q.cmd_status == kAtaRead || q.cmd_status == kAtaReadExt) && status == kAtaStatusDrdy) {
            for (unsigned s = 0; s < q.sector_count; s++)
                for (size_t k = 0; k < 512; k++)
                    data.push_back(uint8_t(disk_byte(q.address() + s, k) + data_shift));
        }
        if (q.cmd_status == kAtaIdentify) data.assign(512, 0x5a);
        std::vector<uint8_t> f(kAtaHeaderLen + data.size() + 64);
        size_t n = build_ata(f, h, a, data);
        f.resize(n);
        return f;
    }
    void deliver(const Sent& req, int link = -1) {
        w.on_frame(link < 0 ? req.link : link, reply(req), now);
    }
};

struct Done {
    int calls = 0;
    static void cb(Io& io) { static_cast<Done*>(io.ctx)->calls++; }
};

Io make_read(uint64_t lba, uint32_t sectors, std::vector<uint8_t>& buf, Done& d) {
    buf.assign(size_t(sectors) * 512, 0);
    Io io;
    io.kind = IoKind::kRead;
    io.lba = lba;
    io.sectors = sectors;
    io.buf = buf.data();
    io.done = Done::cb;
    io.ctx = &d;
    return io;
}

bool buf_matches_disk(const std::vector<uint8_t>& buf, uint64_t lba) {
    for (size_t i = 0; i < buf.size(); i++)
        if (buf[i] != disk_byte(lba + i / 512, i % 512)) return false;
    return true;
}

}  // namespace

TEST_CASE("RTT estimator follows Jacobson/Karels", "[initiator][rtt]") {
    RttEstimator r;
    CHECK(r.rto(5'000, 500'000, 200'000) == 200'000);  // no sample yet: initial
    r.sample(1000);
    CHECK(r.srtt == 1000);
    CHECK(r.rttvar == 500);
    CHECK(r.rto(0, 1'000'000, 0) == 1000 + 4 * 500);
    r.sample(2000);  // err = 1000: srtt += 125, rttvar += (1000 - 500) / 4
    CHECK(r.srtt == 1125);
    CHECK(r.rttvar == 625);
    CHECK(r.rto(5'000, 500'000, 0) == 5'000);  // clamped up to the minimum
    for (int i = 0; i < 50; i++) r.sample(10'000'000);
    CHECK(r.rto(5'000, 500'000, 0) == 500'000);  // and down to the maximum
}

TEST_CASE("a read is split into frames sized to the path, within the window", "[initiator][window]") {
    Rig rig;
    rig.w.add_path(0, kTargetA, 4, 255);  // MTU 1500: 2 sectors per frame
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(100, 20, buf, d);
    rig.w.submit(io, rig.now);
    auto first = rig.pump();
    REQUIRE(first.size() == 4);  // buffer count 4
    for (const Sent& s : first) {
        CHECK(s.f.header.dst == kTargetA);
        CHECK(s.f.header.major == 1);
        CHECK(s.f.header.minor == 2);
        CHECK((s.f.header.tag & kTagUserBit) != 0);
        CHECK(s.f.ata.args.cmd_status == kAtaReadExt);
        CHECK(s.f.ata.args.lba48());
        CHECK(s.f.ata.args.sector_count == 2);
    }
    CHECK(first[0].f.ata.args.address() == 100);
    CHECK(first[3].f.ata.args.address() == 106);
    // Each reply opens room for one more frame.
    std::vector<Sent> all = first;
    size_t next = 0;
    while (d.calls == 0) {
        REQUIRE(next < all.size());
        rig.deliver(all[next++]);
        auto more = rig.pump();
        all.insert(all.end(), more.begin(), more.end());
        REQUIRE(rig.w.in_flight() <= 4);
    }
    CHECK(all.size() == 10);
    CHECK(io.status == 0);
    CHECK(buf_matches_disk(buf, 100));
    CHECK(rig.w.idle());
}

TEST_CASE("LBA28 commands when the disk has no LBA48", "[initiator][window]") {
    WindowOptions o = Rig::defaults();
    o.lba48 = false;
    Rig rig(o);
    rig.w.add_path(0, kTargetA, 8, 2);
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(0x0ABCDEF, 2, buf, d);
    rig.w.submit(io, rig.now);
    auto f = rig.pump();
    REQUIRE(f.size() == 1);
    const AtaArgs& a = f[0].f.ata.args;
    CHECK(a.cmd_status == kAtaRead);
    CHECK_FALSE(a.lba48());
    CHECK(a.address() == 0x0ABCDEF);
    CHECK(f[0].bytes[31] == (0xE0 | 0x0));  // LBA byte 3: device bits + top nibble
    CHECK(f[0].bytes[30] == 0xAB);
    rig.deliver(f[0]);
    CHECK(d.calls == 1);
    CHECK(buf_matches_disk(buf, 0x0ABCDEF));

    std::vector<uint8_t> data(1024, 0x33);
    Io wr;
    wr.kind = IoKind::kWrite;
    wr.lba = 10;
    wr.sectors = 2;
    wr.buf = data.data();
    wr.done = Done::cb;
    wr.ctx = &d;
    rig.w.submit(wr, rig.now);
    f = rig.pump();
    REQUIRE(f.size() == 1);
    CHECK(f[0].f.ata.args.cmd_status == kAtaWrite);
    CHECK(f[0].f.ata.args.write());
    CHECK(f[0].f.ata.data.size() >= 1024);
    CHECK(f[0].f.ata.data[0] == 0x33);
    rig.deliver(f[0]);
    CHECK(d.calls == 2);
    CHECK(wr.status == 0);
}

TEST_CASE("a timed-out frame goes out again under a new tag; the late reply is ignored", "[initiator][window]") {
    Rig rig;
    rig.w.add_path(0, kTargetA, 4, 2);
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(50, 2, buf, d);
    rig.w.submit(io, rig.now);
    auto f1 = rig.pump();
    REQUIRE(f1.size() == 1);
    // No reply: after the initial RTO (200 ms) it is resent.
    rig.now += 100'000;
    rig.w.on_tick(rig.now);
    CHECK(rig.pump().empty());
    rig.now += 150'000;
    rig.w.on_tick(rig.now);
    auto f2 = rig.pump();
    REQUIRE(f2.size() == 1);
    CHECK(f2[0].f.header.tag != f1[0].f.header.tag);
    CHECK(f2[0].f.ata.args.address() == 50);
    CHECK(rig.w.counters().retransmits == 1);
    // The old frame's reply arrives late, with wrong data: it must not land.
    rig.w.on_frame(0, rig.reply(f1[0], kAtaStatusDrdy, 0, 1), rig.now);
    CHECK(d.calls == 0);
    CHECK(rig.w.counters().late_replies == 1);
    rig.deliver(f2[0]);
    CHECK(d.calls == 1);
    CHECK(buf_matches_disk(buf, 50));
    // A duplicate of the good reply is late too and completes nothing twice.
    rig.deliver(f2[0]);
    CHECK(d.calls == 1);
    CHECK(rig.w.counters().late_replies == 2);
}

TEST_CASE("replies from the wrong MAC or for another disk are ignored", "[initiator][window]") {
    Rig rig;
    rig.w.add_path(0, kTargetA, 4, 2);
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(0, 2, buf, d);
    rig.w.submit(io, rig.now);
    auto f = rig.pump();
    REQUIRE(f.size() == 1);
    auto r = rig.reply(f[0]);
    std::memcpy(r.data() + 6, kTargetB.data(), 6);  // forged source
    rig.w.on_frame(0, r, rig.now);
    CHECK(d.calls == 0);
    CHECK(rig.w.counters().stray_frames == 1);
    r = rig.reply(f[0]);
    r[18] = 3;  // another slot
    rig.w.on_frame(0, r, rig.now);
    CHECK(d.calls == 0);
    // Garbage is counted, not trusted.
    std::vector<uint8_t> junk(20, 0xff);
    rig.w.on_frame(0, junk, rig.now);
    CHECK(rig.w.counters().stray_frames == 2);
    rig.deliver(f[0]);
    CHECK(d.calls == 1);
}

TEST_CASE("fast retransmit when later frames were answered", "[initiator][window]") {
    Rig rig;
    rig.w.add_path(0, kTargetA, 8, 2);
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(0, 16, buf, d);
    rig.w.submit(io, rig.now);
    auto f = rig.pump();
    REQUIRE(f.size() == 8);
    rig.now += 100;
    for (size_t i = 1; i < 6; i++) rig.deliver(f[i]);  // frame 0 is "lost"
    rig.pump();
    rig.now += 1500;  // past the 1 ms margin, far below the RTO
    rig.w.on_tick(rig.now);
    auto again = rig.pump();
    bool resent = false;
    for (const Sent& s : again) resent |= s.f.ata.args.address() == 0;
    CHECK(resent);
    CHECK(rig.w.counters().retransmits >= 1);
}

TEST_CASE("two paths share the work; a silent one is abandoned and later revived", "[initiator][window][multipath]") {
    Rig rig(Rig::defaults(), 2);
    rig.w.add_path(0, kTargetA, 4, 2);
    rig.w.add_path(1, kTargetB, 4, 2);
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(0, 64, buf, d);
    rig.w.submit(io, rig.now);
    auto f = rig.pump();
    REQUIRE(f.size() == 8);
    int on_a = 0, on_b = 0;
    for (const Sent& s : f) (s.f.header.dst == kTargetA ? on_a : on_b)++;
    CHECK(on_a == 4);
    CHECK(on_b == 4);
    // From now on only B answers.
    int64_t silent_from = rig.now;
    std::vector<Sent> pending = f;
    for (int step = 0; step < 2000 && d.calls == 0; step++) {
        rig.now += 10'000;
        std::vector<Sent> keep;
        for (const Sent& s : pending) {
            if (s.f.header.dst == kTargetB) rig.deliver(s);
            else keep.push_back(s);
        }
        rig.w.on_tick(rig.now);
        auto more = rig.pump();
        keep.insert(keep.end(), more.begin(), more.end());
        pending = keep;
    }
    REQUIRE(d.calls == 1);
    CHECK(io.status == 0);
    CHECK(buf_matches_disk(buf, 0));
    CHECK(rig.now - silent_from < 2'000'000);  // the data moved over within 2 s
    // A answered nothing it was sent since: after 1 s it is declared dead.
    rig.now = silent_from + 1'100'000;
    rig.w.on_tick(rig.now);
    CHECK_FALSE(rig.w.paths()[0].alive);
    CHECK(rig.w.paths()[1].alive);
    // A Query Config reply from A brings it back.
    Header h;
    h.src = kTargetA;
    h.dst = kLocal;
    h.flags = kFlagResponse;
    h.major = 1;
    h.minor = 2;
    ConfigMessage c;
    c.buffer_count = 4;
    c.sector_count = 2;
    std::vector<uint8_t> cfg(64);
    cfg.resize(build_config(cfg, h, c));
    rig.w.on_frame(0, cfg, rig.now);
    CHECK(rig.w.paths()[0].alive);
}

TEST_CASE("a new MAC answering Query Config becomes a path", "[initiator][window][multipath]") {
    Rig rig;
    rig.w.add_path(0, kTargetA, 4, 2);
    Header h;
    h.src = kTargetB;
    h.flags = kFlagResponse;
    h.major = 1;
    h.minor = 2;
    ConfigMessage c;
    c.buffer_count = 8;
    c.sector_count = 17;
    std::vector<uint8_t> cfg(64);
    cfg.resize(build_config(cfg, h, c));
    rig.w.on_frame(0, cfg, rig.now);
    REQUIRE(rig.w.paths().size() == 2);
    CHECK(rig.w.paths()[1].target == kTargetB);
    CHECK(rig.w.paths()[1].max_sectors == 2);  // our MTU 1500 caps the target's 17
    CHECK(rig.w.paths()[1].limit == 8);
    h.major = 9;  // another disk: not a path
    cfg.assign(64, 0);
    cfg.resize(build_config(cfg, h, c));
    rig.w.on_frame(0, cfg, rig.now);
    CHECK(rig.w.paths().size() == 2);
}

TEST_CASE("nothing heard: bounded give-up naming the device", "[initiator][window]") {
    WindowOptions o = Rig::defaults();
    o.give_up_us = 2'000'000;
    Rig rig(o);
    rig.w.add_path(0, kTargetA, 4, 2);
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(7, 2, buf, d);
    rig.w.submit(io, rig.now);
    rig.pump();
    int64_t start = rig.now;
    while (d.calls == 0 && rig.now - start < 10'000'000) {
        rig.now += 20'000;
        rig.w.on_tick(rig.now);
        rig.pump();
    }
    REQUIRE(d.calls == 1);
    CHECK(io.status == ETIMEDOUT);
    CHECK(rig.now - start >= 2'000'000);
    CHECK(rig.now - start < 2'200'000);
    CHECK(io.error.find("e1.2") != std::string::npos);
    CHECK(io.error.find("nothing heard") != std::string::npos);
    CHECK(rig.w.idle());
}

TEST_CASE("errors from the target fail the I/O with a reason", "[initiator][window]") {
    Rig rig;
    rig.w.add_path(0, kTargetA, 4, 2);
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(0, 8, buf, d);
    rig.w.submit(io, rig.now);
    auto f = rig.pump();
    REQUIRE(f.size() == 4);
    rig.w.on_frame(0, rig.reply(f[1], kAtaStatusDrdy | kAtaStatusErr, kAtaErrAbrt), rig.now);
    REQUIRE(d.calls == 1);
    CHECK(io.status == EIO);
    CHECK(io.error.find("ATA error") != std::string::npos);
    CHECK(rig.w.idle());  // the rest of it is dropped
    rig.deliver(f[0]);    // and later replies are just late
    CHECK(d.calls == 1);

    // AoE-level error (reserved by another initiator).
    Io io2 = make_read(0, 2, buf, d);
    rig.w.submit(io2, rig.now);
    f = rig.pump();
    REQUIRE(f.size() == 1);
    Header h = reply_to(f[0].f.header, kTargetA);
    std::vector<uint8_t> e(64);
    e.resize(build_error(e, h, kErrTargetReserved));
    rig.w.on_frame(0, e, rig.now);
    CHECK(d.calls == 2);
    CHECK(io2.status == EACCES);

    // FLUSH aborted (vblade): reported as not supported.
    Io fl;
    fl.kind = IoKind::kFlush;
    fl.done = Done::cb;
    fl.ctx = &d;
    rig.w.submit(fl, rig.now);
    f = rig.pump();
    REQUIRE(f.size() == 1);
    CHECK(f[0].f.ata.args.cmd_status == kAtaFlushCacheExt);
    rig.w.on_frame(0, rig.reply(f[0], kAtaStatusDrdy | kAtaStatusErr, kAtaErrAbrt), rig.now);
    CHECK(d.calls == 3);
    CHECK(fl.status == EOPNOTSUPP);
}

TEST_CASE("a short read reply is an error, never a partial copy", "[initiator][window]") {
    Rig rig;
    rig.w.add_path(0, kTargetA, 4, 2);
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(0, 2, buf, d);
    rig.w.submit(io, rig.now);
    auto f = rig.pump();
    REQUIRE(f.size() == 1);
    auto r = rig.reply(f[0]);
    r.resize(kAtaHeaderLen + 512);  // one sector of two
    rig.w.on_frame(0, r, rig.now);
    REQUIRE(d.calls == 1);
    CHECK(io.status == EIO);
}

TEST_CASE("flush goes to every target MAC", "[initiator][window][multipath]") {
    Rig rig(Rig::defaults(), 2);
    rig.w.add_path(0, kTargetA, 4, 2);
    rig.w.add_path(1, kTargetB, 4, 2);
    Done d;
    Io fl;
    fl.kind = IoKind::kFlush;
    fl.done = Done::cb;
    fl.ctx = &d;
    rig.w.submit(fl, rig.now);
    auto f = rig.pump();
    REQUIRE(f.size() == 2);
    CHECK(f[0].f.header.dst != f[1].f.header.dst);
    rig.deliver(f[0]);
    CHECK(d.calls == 0);
    rig.deliver(f[1]);
    CHECK(d.calls == 1);
    CHECK(fl.status == 0);
}

TEST_CASE("fail_all completes everything exactly once", "[initiator][window]") {
    Rig rig;
    rig.w.add_path(0, kTargetA, 2, 2);
    std::vector<uint8_t> b1, b2;
    Done d;
    Io a = make_read(0, 8, b1, d), b = make_read(100, 8, b2, d);
    rig.w.submit(a, rig.now);
    rig.w.submit(b, rig.now);
    rig.pump();
    rig.w.fail_all(ECANCELED, "closed");
    CHECK(d.calls == 2);
    CHECK(a.status == ECANCELED);
    CHECK(b.status == ECANCELED);
    CHECK(rig.w.idle());
}

TEST_CASE("a reply after our timeout raises that path's RTO floor", "[initiator][window][rtt]") {
    Rig rig;
    rig.w.add_path(0, kTargetA, 4, 2);
    std::vector<uint8_t> buf;
    Done d;
    // Teach the estimator a fast path first.
    for (int i = 0; i < 20; i++) {
        Io io = make_read(uint64_t(i) * 2, 2, buf, d);
        rig.w.submit(io, rig.now);
        auto f = rig.pump();
        REQUIRE(f.size() == 1);
        rig.now += 100;
        rig.deliver(f[0]);
    }
    const int64_t before = rig.w.rto_us(0);
    CHECK(before == rig.w.options().min_rto_us);
    Io io = make_read(500, 2, buf, d);
    rig.w.submit(io, rig.now);
    auto f1 = rig.pump();
    rig.now += before + 1;
    rig.w.on_tick(rig.now);
    auto f2 = rig.pump();
    REQUIRE(f2.size() == 1);  // resent
    rig.now += 1000;
    rig.deliver(f1[0]);        // the target was only slow: the first copy answers
    CHECK(rig.w.counters().late_replies == 1);
    CHECK(rig.w.rto_us(0) >= 2 * before);
    rig.deliver(f2[0]);
    CHECK(io.status == 0);
    CHECK(buf_matches_disk(buf, 500));
}

TEST_CASE("big frames that vanish while Query Config answers: the frame size halves", "[initiator][window][mtu]") {
    WindowOptions o = Rig::defaults();
    Rig rig(o);
    // Pretend the local link has jumbo frames.
    std::vector<LocalLink> links = {LocalLink{"eth0", kLocal, 9000}};
    Window w(o, links);
    w.add_path(0, kTargetA, 8, 17);
    REQUIRE(w.paths()[0].max_sectors == 17);
    std::vector<uint8_t> buf;
    Done d;
    Io io = make_read(0, 1024, buf, d);
    int64_t now = 1'000'000;
    w.submit(io, now);
    Outbox out;
    Header h;
    h.src = kTargetA;
    h.flags = kFlagResponse;
    h.major = 1;
    h.minor = 2;
    ConfigMessage c;
    c.buffer_count = 8;
    c.sector_count = 17;
    std::vector<uint8_t> cfg(64);
    cfg.resize(build_config(cfg, h, c));
    bool probed = false;
    for (int step = 0; step < 1000 && w.paths()[0].max_sectors > 2; step++) {
        out.count = 0;
        w.pump(now, out);
        for (size_t i = 0; i < out.count; i++) {
            Frame f;
            REQUIRE(parse(out.frame(i), f) == ParseError::kOk);
            // The target answers only the small Query Config; big ATA frames vanish.
            if (f.header.command == kCmdConfig) {
                probed = true;
                w.on_frame(0, cfg, now);
            }
        }
        now += 10'000;
        w.on_tick(now);
    }
    CHECK(probed);
    CHECK(w.paths()[0].max_sectors <= 2);
    CHECK(w.paths()[0].shrinks >= 3);  // 17 -> 8 -> 4 -> 2
    CHECK(now < 1'000'000 + 10'000'000);  // well before the default 20 s give-up
    w.fail_all(ECANCELED, "done");
}

TEST_CASE("a probe goes out at start and periodically, addressed to the disk", "[initiator][window]") {
    Rig rig(Rig::defaults(), 2);
    rig.w.add_path(0, kTargetA, 4, 2);
    rig.pump();
    REQUIRE(rig.probes.size() == 2);  // one per local link, also where nothing answered yet
    CHECK(rig.probes[0].f.header.dst == kBroadcastMac);
    CHECK(rig.probes[0].f.header.major == 1);
    CHECK(rig.probes[0].f.header.minor == 2);
    CHECK(rig.probes[1].link == 1);
    rig.now += 1'000'000;
    rig.pump();
    CHECK(rig.probes.size() == 2);  // all paths alive: not every second
    rig.now += 9'100'000;
    rig.pump();
    CHECK(rig.probes.size() == 4);
}

TEST_CASE("each window's tags carry its range; two ranges never share a tag", "[initiator][window]") {
    // Two initiator processes on one interface see each other's replies:
    // their tags must differ in the range bits, not only by chance.
    WindowOptions oa = Rig::defaults(), ob = Rig::defaults();
    oa.tag_instance = 3;
    ob.tag_instance = 12;
    Rig a(oa), b(ob);
    a.w.add_path(0, kTargetA, 16, 255);
    b.w.add_path(0, kTargetA, 16, 255);
    std::vector<uint8_t> ba, bb;
    Done da, db;
    Io ia = make_read(0, 64, ba, da), ib = make_read(0, 64, bb, db);
    a.w.submit(ia, a.now);
    b.w.submit(ib, b.now);
    auto fa = a.pump(), fb = b.pump();
    REQUIRE(fa.size() == 16);
    REQUIRE(fb.size() == 16);
    for (const Sent& x : fa) {
        CHECK(((x.f.header.tag >> 27) & 0xf) == 3);
        CHECK((x.f.header.tag & kTagUserBit) != 0);
    }
    for (const Sent& y : fb) CHECK(((y.f.header.tag >> 27) & 0xf) == 12);
}

TEST_CASE("tag ranges are claimed once per open file and given back on close", "[initiator][tags]") {
    char dir[] = "/tmp/aoeboot-unit-XXXXXX";
    REQUIRE(mkdtemp(dir));
    const std::string path = std::string(dir) + "/run/tags";  // the directory is made
    std::vector<TagClaim> held;
    for (unsigned i = 0; i < kTagInstances; i++) {
        TagClaim c = claim_tag_range(path.c_str());
        REQUIRE(c.instance == int(i));  // lowest free first, all distinct
        REQUIRE(c.fd >= 0);
        held.push_back(c);
    }
    TagClaim none = claim_tag_range(path.c_str());
    CHECK(none.instance == -1);  // all 16 taken: the caller picks at random
    CHECK(none.fd == -1);
    release_tag_range(held[5]);
    TagClaim again = claim_tag_range(path.c_str());
    CHECK(again.instance == 5);
    release_tag_range(again);
    for (TagClaim& c : held) release_tag_range(c);
    CHECK(claim_tag_range((std::string(dir) + "/no/such/dir/tags").c_str()).instance == -1);
    REQUIRE(std::system(("rm -rf " + std::string(dir)).c_str()) == 0);
}
