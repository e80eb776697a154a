// Freeze for a live backup (target/freeze.h) through the request path:
// frozen, writes go to the shadow and the image stays byte for byte; reads
// see the new data; thaw merges it all back, also what is written during
// the thaw; a restart (and one cut short mid-thaw) comes back frozen; and
// the exports that cannot be frozen say why.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "proto/aoe.h"
#include "target/export.h"
#include "target/freeze.h"
#include "target/layer_control.h"
#include "target/request.h"

using namespace aoe;
using namespace aoe::target;

namespace {

const Mac kSelf = {0x02, 0, 0, 0, 0, 0x01};
const Mac kHost = {0x52, 0x54, 0, 0x12, 0x34, 0x56};
constexpr unsigned kSectors = 2048 + 3;  // 1 MiB and a partial last chunk

struct TempDir {
    std::string path;
    TempDir() {
        char t[] = "/tmp/aoeboot-freeze-XXXXXX";
        REQUIRE(mkdtemp(t));
        path = t;
    }
    ~TempDir() { REQUIRE(std::system(("rm -rf " + path).c_str()) == 0); }
};

uint8_t orig(unsigned sector) { return uint8_t(sector * 7 + 1); }

std::string make_image(const std::string& dir, unsigned sectors = kSectors) {
    std::string p = dir + "/disk.img";
    int fd = open(p.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0644);
    REQUIRE(fd >= 0);
    for (unsigned i = 0; i < sectors; i++) {
        std::vector<uint8_t> s(512, orig(i));
        REQUIRE(write(fd, s.data(), 512) == 512);
    }
    close(fd);
    return p;
}

std::vector<uint8_t> slurp(const std::string& p) {
    std::vector<uint8_t> out;
    int fd = open(p.c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    uint8_t b[65536];
    for (ssize_t n; (n = read(fd, b, sizeof b)) > 0;) out.insert(out.end(), b, b + n);
    close(fd);
    return out;
}

bool exists(const std::string& p) {
    struct stat st{};
    return stat(p.c_str(), &st) == 0;
}

std::vector<uint8_t> ata(uint8_t cmd, uint64_t lba, uint8_t count, std::span<const uint8_t> data = {}) {
    Header h;
    h.dst = kSelf;
    h.src = kHost;
    h.major = 7;
    h.minor = 3;
    h.tag = 0x1234;
    AtaArgs a;
    a.cmd_status = cmd;
    a.sector_count = count;
    a.lba = lba;
    a.aflags |= kAtaFlagLba48;
    if (cmd == kAtaWriteExt) a.aflags |= kAtaFlagWrite;
    std::vector<uint8_t> f(kFrameBufSize);
    f.resize(build_ata(f, h, a, data));
    return f;
}

// One request through the whole path (checks, then the I/O inline, as the
// worker does it). Returns the reply.
std::vector<uint8_t> run(Export& e, const std::vector<uint8_t>& frame) {
    Export* const list[1] = {&e};
    Outcome out;
    handle_frame(list, Incoming{frame, kSelf, 9000}, out);
    if (!out.replies.empty()) return out.replies[0];
    REQUIRE(out.io);
    std::vector<uint8_t> buf(kFrameBufSize);
    std::memcpy(buf.data(), frame.data(), frame.size());
    size_t n = execute_io(e, buf.data(), frame.size(), kSelf, nullptr);
    REQUIRE(n);
    buf.resize(n);
    return buf;
}

bool ok(const std::vector<uint8_t>& r) {
    Frame f;
    REQUIRE(parse(r, f) == ParseError::kOk);
    return !(f.ata.args.cmd_status & kAtaStatusErr);
}

void write_at(Export& e, unsigned lba, unsigned count, uint8_t v) {
    std::vector<uint8_t> d(count * 512, v);
    REQUIRE(ok(run(e, ata(kAtaWriteExt, lba, uint8_t(count), d))));
}

// The byte of sector `lba` as a client reads it.
uint8_t read_at(Export& e, unsigned lba) {
    auto r = run(e, ata(kAtaReadExt, lba, 1));
    Frame f;
    REQUIRE(parse(r, f) == ParseError::kOk);
    REQUIRE(ok(r));
    REQUIRE(f.ata.data.size() >= 512);
    for (size_t i = 1; i < 512; i++) REQUIRE(f.ata.data[i] == f.ata.data[0]);
    return f.ata.data[0];
}

ExportConfig config(const std::string& path) {
    ExportConfig c;
    c.addr = {7, 3};
    c.interfaces = {"veth0"};
    c.path = path;
    return c;
}

void wait_thawed(Freeze& f) {
    for (int i = 0; i < 500 && freeze_state(f) != FreezeState::kOff; i++)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(freeze_state(f) == FreezeState::kOff);
}

}  // namespace

TEST_CASE("freeze: writes go to the shadow, the image does not change, reads see them; thaw merges them",
          "[target][freeze]") {
    TempDir d;
    const std::string img = make_image(d.path);
    Export e;
    std::string err;
    REQUIRE(open_export(e, config(img), err));
    REQUIRE(e.freeze);
    CHECK(freeze_state(*e.freeze) == FreezeState::kOff);
    write_at(e, 10, 1, 0xA1);  // before the freeze: in the image
    std::vector<FreezeRef> refs{{e.cfg.addr, e.freeze, e.freeze_no}};
    const std::string answer = control_command("freeze e7.3", "", {}, refs);
    CHECK(answer.rfind("frozen e7.3: writes go to " + img + ".shadow", 0) == 0);
    CHECK(exists(img + ".shadow"));
    const std::vector<uint8_t> at_freeze = slurp(img);
    CHECK(at_freeze[10 * 512] == 0xA1);

    write_at(e, 3, 2, 0xB2);            // inside the first chunk
    write_at(e, 8, 8, 0xC3);            // one whole chunk
    write_at(e, kSectors - 2, 2, 0xD4); // the partial last chunk
    CHECK(ok(run(e, ata(kAtaFlushCacheExt, 0, 0))));
    CHECK(slurp(img) == at_freeze);  // byte for byte
    CHECK(read_at(e, 2) == orig(2));  // around a write: the image's
    CHECK(read_at(e, 3) == 0xB2);
    CHECK(read_at(e, 4) == 0xB2);
    CHECK(read_at(e, 5) == orig(5));
    CHECK(read_at(e, 10) == 0xC3);
    CHECK(read_at(e, kSectors - 3) == orig(kSectors - 3));
    CHECK(read_at(e, kSectors - 1) == 0xD4);
    CHECK(control_command("freeze e7.3", "", {}, refs).find("already frozen") != std::string::npos);
    CHECK(control_command("freeze-status e7.3", "", {}, refs).rfind("frozen: since", 0) == 0);
    CHECK(freeze_summary(*e.freeze).rfind("frozen since=", 0) == 0);

    CHECK(control_command("thaw e7.3", "", {}, refs).rfind("thawing e7.3", 0) == 0);
    wait_thawed(*e.freeze);
    CHECK_FALSE(exists(img + ".shadow"));
    CHECK(control_command("freeze-status e7.3", "", {}, refs).rfind("off: thawed e7.3", 0) == 0);
    CHECK(freeze_summary(*e.freeze).empty());
    const std::vector<uint8_t> after = slurp(img);
    for (unsigned s = 0; s < kSectors; s++) {
        const uint8_t want = s == 3 || s == 4 ? 0xB2 : s >= 8 && s < 16 ? 0xC3 : s >= kSectors - 2 ? 0xD4 : orig(s);
        INFO("sector " << s);
        REQUIRE(after[s * 512] == want);
        REQUIRE(after[s * 512 + 511] == want);
    }
    // Not frozen any more: writes go to the image again.
    write_at(e, 100, 1, 0xE5);
    CHECK(slurp(img)[100 * 512] == 0xE5);
    CHECK(control_command("thaw e7.3", "", {}, refs).find("is not frozen") != std::string::npos);
    // And it can be frozen again.
    CHECK(control_command("freeze e7.3", "", {}, refs).rfind("frozen", 0) == 0);
    write_at(e, 100, 1, 0xE6);
    CHECK(slurp(img)[100 * 512] == 0xE5);
    CHECK(control_command("thaw e7.3", "", {}, refs).rfind("thawing", 0) == 0);
    wait_thawed(*e.freeze);
    CHECK(slurp(img)[100 * 512] == 0xE6);
}

TEST_CASE("thaw: writes during the thaw are kept, also to chunks already merged", "[target][freeze]") {
    TempDir d;
    const std::string img = make_image(d.path);
    Export e;
    std::string err;
    REQUIRE(open_export(e, config(img), err));
    REQUIRE(freeze_command(*e.freeze).rfind("frozen", 0) == 0);
    for (unsigned c = 0; c < 40; c++) write_at(e, c * 8, 8, 0x11);
    Freeze& f = *e.freeze;
    f.batch = 4;
    f.final_chunks = 2;
    std::string msg;
    REQUIRE(thaw_begin(f, msg));
    CHECK(msg.find("40 chunk(s)") != std::string::npos);
    REQUIRE(thaw_step(f) == ThawStep::kMore);  // chunks 0-3 copied
    CHECK(freeze_state(f) == FreezeState::kThawing);
    write_at(e, 0, 1, 0x22);        // a chunk merged already
    write_at(e, 39 * 8 + 1, 1, 0x22);  // one not merged yet
    write_at(e, 100 * 8, 1, 0x22);  // a chunk new to the shadow
    CHECK(read_at(e, 0) == 0x22);
    CHECK(read_at(e, 1) == 0x11);
    CHECK(read_at(e, 100 * 8 + 1) == orig(100 * 8 + 1));
    int steps = 0;
    ThawStep s;
    while ((s = thaw_step(f)) == ThawStep::kMore) {
        // A writer during the thaw: each step writes a chunk the thaw copied.
        write_at(e, 2 * 8 + 3, 1, uint8_t(0x30 + steps % 16));
        REQUIRE(++steps < 1000);
    }
    REQUIRE(s == ThawStep::kDone);
    CHECK(steps > 3);
    CHECK_FALSE(exists(img + ".shadow"));
    const std::vector<uint8_t> after = slurp(img);
    for (unsigned sec = 0; sec < kSectors; sec++) {
        uint8_t want = sec < 40 * 8 ? 0x11 : orig(sec);
        if (sec == 0 || sec == 39 * 8 + 1 || sec == 100 * 8) want = 0x22;
        if (sec == 2 * 8 + 3) want = uint8_t(0x30 + (steps - 1) % 16);
        INFO("sector " << sec);
        REQUIRE(after[sec * 512] == want);
    }
    CHECK(read_at(e, 2 * 8 + 3) == uint8_t(0x30 + (steps - 1) % 16));
}

TEST_CASE("freeze survives a restart, and a thaw cut short is finished by thawing again", "[target][freeze]") {
    TempDir d;
    const std::string img = make_image(d.path);
    std::vector<uint8_t> at_freeze;
    {
        Export e;
        std::string err;
        REQUIRE(open_export(e, config(img), err));
        REQUIRE(freeze_command(*e.freeze).rfind("frozen", 0) == 0);
        at_freeze = slurp(img);
        for (unsigned c = 0; c < 20; c++) write_at(e, c * 16, 8, 0x44);
    }  // closed: as after SIGTERM; kill -9 leaves the same files
    CHECK(exists(img + ".shadow"));
    CHECK(slurp(img) == at_freeze);
    {
        Export e;
        std::string err;
        REQUIRE(open_export(e, config(img), err));
        REQUIRE(e.freeze);
        CHECK(freeze_state(*e.freeze) == FreezeState::kFrozen);
        CHECK(read_at(e, 16) == 0x44);
        CHECK(read_at(e, 8) == orig(8));
        write_at(e, 8, 1, 0x55);
        CHECK(slurp(img) == at_freeze);
        // Cut short: a few batches copied, then the export goes away.
        e.freeze->batch = 3;
        e.freeze->final_chunks = 1;
        std::string msg;
        REQUIRE(thaw_begin(*e.freeze, msg));
        REQUIRE(thaw_step(*e.freeze) == ThawStep::kMore);
        REQUIRE(thaw_step(*e.freeze) == ThawStep::kMore);
        CHECK(slurp(img) != at_freeze);  // part of the merge is in the image
    }
    CHECK(exists(img + ".shadow"));
    {
        Export e;
        std::string err;
        // The image changed (the merge), but the shadow says it was thawing.
        REQUIRE(open_export(e, config(img), err));
        CHECK(freeze_state(*e.freeze) == FreezeState::kFrozen);
        CHECK(read_at(e, 16) == 0x44);
        CHECK(read_at(e, 8) == 0x55);
        write_at(e, 17, 1, 0x66);
        CHECK(thaw_command(*e.freeze).rfind("thawing", 0) == 0);
        wait_thawed(*e.freeze);
    }
    CHECK_FALSE(exists(img + ".shadow"));
    const std::vector<uint8_t> after = slurp(img);
    for (unsigned sec = 0; sec < kSectors; sec++) {
        uint8_t want = orig(sec);
        if (sec < 20 * 16 && sec % 16 < 8) want = 0x44;
        if (sec == 8) want = 0x55;
        if (sec == 17) want = 0x66;
        INFO("sector " << sec);
        REQUIRE(after[sec * 512] == want);
    }
}

TEST_CASE("freeze: a shadow over a changed image, or on an export that can no longer be frozen, is an error",
          "[target][freeze]") {
    TempDir d;
    const std::string img = make_image(d.path);
    {
        Export e;
        std::string err;
        REQUIRE(open_export(e, config(img), err));
        REQUIRE(freeze_command(*e.freeze).rfind("frozen", 0) == 0);
        write_at(e, 0, 1, 0x77);
    }
    std::string err;
    {
        ExportConfig c = config(img);
        c.read_only = true;
        Export e;
        CHECK_FALSE(open_export(e, c, err));
        CHECK(err.find(img + ".shadow exists") != std::string::npos);
        CHECK(err.find("aoeboot thaw e7.3") != std::string::npos);
    }
    {
        // Someone edits the image while it is frozen.
        int fd = open(img.c_str(), O_RDWR);
        REQUIRE(fd >= 0);
        REQUIRE(pwrite(fd, "x", 1, 0) == 1);
        close(fd);
        Export e;
        CHECK_FALSE(open_export(e, config(img), err));
        CHECK(err.find("was changed while e7.3 was frozen") != std::string::npos);
    }
}

TEST_CASE("freeze: exports that cannot be frozen say why and what to do", "[target][freeze]") {
    TempDir d;
    const std::string img = make_image(d.path);
    std::string err;
    auto refusal = [&](ExportConfig c) {
        Export e;
        REQUIRE(open_export(e, c, err));
        CHECK_FALSE(e.freeze);
        std::vector<FreezeRef> refs{{c.addr, e.freeze, e.freeze_no}};
        const std::string a = control_command("freeze e7.3", "", {}, refs);
        CHECK(a.rfind("error: cannot freeze e7.3: ", 0) == 0);
        CHECK(control_command("thaw e7.3", "", {}, refs).find("is not frozen") != std::string::npos);
        CHECK(control_command("freeze-status e7.3", "", {}, refs) == "off\n");
        return a;
    };
    ExportConfig ro = config(img);
    ro.read_only = true;
    CHECK(refusal(ro).find("read-only") != std::string::npos);
    ExportConfig slice = config(img);
    slice.offset = 4096;
    CHECK(refusal(slice).find("offset/length") != std::string::npos);
    ExportConfig direct = config(img);
    direct.direct = true;
    CHECK(refusal(direct).find("direct = no") != std::string::npos);
    ExportConfig layered = config(img);
    layered.layered = true;
    layered.layer_dir = d.path;
    CHECK(refusal(layered).find("aoeboot layer export e7.3") != std::string::npos);
    ExportConfig null = config("");
    REQUIRE(set_backing(null, "null:1M", err));
    CHECK(refusal(null).find("nothing to copy") != std::string::npos);
    struct stat st{};
    if (stat("/dev/shm", &st) == 0) {
        const std::string shm = "/dev/shm/aoeboot-freeze-unit-" + std::to_string(getpid());
        REQUIRE(std::system(("cp " + img + " " + shm).c_str()) == 0);
        CHECK(refusal(config(shm)).find("in memory") != std::string::npos);
        unlink(shm.c_str());
    }
    {
        // Two exports of one file: a freeze of one would not hold the other's writes.
        Export a, b;
        ExportConfig cb = config(img);
        cb.addr = {7, 4};
        REQUIRE(open_export(a, config(img), err));
        REQUIRE(open_export(b, cb, err));
        const std::vector<const Export*> all{&a, &b};
        CHECK(writer_of_same_file(a, all) == "e7.4");
        CHECK(writer_of_same_file(a, {&a}).empty());
        std::vector<FreezeRef> refs{{a.cfg.addr, a.freeze, a.freeze_no, writer_of_same_file(a, all)}};
        CHECK(control_command("freeze e7.3", "", {}, refs).find("e7.4 serves the same file") != std::string::npos);
        CHECK(freeze_state(*a.freeze) == FreezeState::kOff);
        ExportConfig rb = cb;
        rb.read_only = true;
        Export r;
        REQUIRE(open_export(r, rb, err));
        CHECK(writer_of_same_file(a, {&a, &r}).empty());  // a reader does not change the image
    }
    std::vector<FreezeRef> none;
    CHECK(control_command("freeze e9.9", "", {}, none).find("not an export of this server") != std::string::npos);
    CHECK(control_command("freeze nonsense", "", {}, none).rfind("error: want", 0) == 0);
}
