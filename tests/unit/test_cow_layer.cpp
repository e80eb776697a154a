// Copy-on-write layers: the header, the base check, the extent map as the
// allocation map, first writes filled from the base, the cap, and the
// per-export set keeping clients apart.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "cow/layer.h"
#include "cow/view.h"
#include "proto/aoe.h"

using namespace aoe;
using namespace aoe::cow;

namespace {

const Mac kA = {0x52, 0x54, 0, 0, 0, 0x0a};
const Mac kB = {0x52, 0x54, 0, 0, 0, 0x0b};

struct TempDir {
    std::string path;
    TempDir() {
        char t[] = "/tmp/aoeboot-cow-XXXXXX";
        REQUIRE(mkdtemp(t));
        path = t;
    }
    ~TempDir() { REQUIRE(std::system(("rm -rf " + path).c_str()) == 0); }
};

// A base of `sectors` sectors, sector i filled with byte (i * 7 + 1).
std::string make_base(const TempDir& d, unsigned sectors, const char* name = "base.img") {
    std::string p = d.path + "/" + name;
    int fd = open(p.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0644);
    REQUIRE(fd >= 0);
    std::vector<uint8_t> s(512);
    for (unsigned i = 0; i < sectors; i++) {
        std::memset(s.data(), int(uint8_t(i * 7 + 1)), 512);
        REQUIRE(pwrite(fd, s.data(), 512, off_t(i) * 512) == 512);
    }
    close(fd);
    return p;
}

uint8_t base_byte(uint64_t off) { return uint8_t((off / 512) * 7 + 1); }

}  // namespace

TEST_CASE("layer header: round trip, and every kind of corruption is named") {
    LayerHeader h;
    h.base_size = 123 * 512;
    h.base_ident = 0x1122334455667788ull;
    h.mac = kA;
    h.created = 1700000000;
    h.base_path = "/srv/aoe/base.img";
    uint8_t buf[kLayerHeaderLen];
    encode_header(h, buf);
    LayerHeader g;
    std::string err;
    REQUIRE(decode_header(buf, g, err));
    CHECK(g.base_size == h.base_size);
    CHECK(g.base_ident == h.base_ident);
    CHECK(g.mac == kA);
    CHECK(g.created == h.created);
    CHECK(g.base_path == h.base_path);
    CHECK(g.chunk == kChunk);

    uint8_t bad[kLayerHeaderLen];
    std::memcpy(bad, buf, sizeof bad);
    bad[20] ^= 1;
    CHECK_FALSE(decode_header(bad, g, err));
    CHECK(err.find("checksum") != std::string::npos);
    std::memcpy(bad, buf, sizeof bad);
    bad[0] = 'X';
    CHECK_FALSE(decode_header(bad, g, err));
    CHECK(err.find("magic") != std::string::npos);
}

TEST_CASE("layer: a layer is refused over another or a shorter base, with a reason") {
    TempDir d;
    Base b1, b2, b3;
    std::string err;
    REQUIRE(open_base(b1, make_base(d, 64, "b1"), err));
    REQUIRE(open_base(b3, make_base(d, 32, "b3"), err));
    // Same size, one sector different at the start: another identity.
    std::string p2 = make_base(d, 64, "b2");
    {
        int fd = open(p2.c_str(), O_WRONLY);
        REQUIRE(pwrite(fd, "x", 1, 0) == 1);
        close(fd);
    }
    REQUIRE(open_base(b2, p2, err));
    CHECK(b1.ident != b2.ident);
    Layer l;
    const std::string file = layer_path(d.path, Address{1, 0}, kA);
    REQUIRE(create_layer(l, d.path, file, kA, b1, err));
    close_layer(l);
    Layer m;
    REQUIRE(open_layer(m, file, kA, b2, err));
    CHECK(m.refused.find("another base") != std::string::npos);
    close_layer(m);
    REQUIRE(open_layer(m, file, kA, b3, err));
    CHECK(m.refused.find("bytes") != std::string::npos);
    close_layer(m);
    // Another client's MAC in the header: refused too.
    REQUIRE(open_layer(m, file, kB, b1, err));
    CHECK(m.refused.find("belongs to") != std::string::npos);
    close_layer(m);
    // A corrupt header on disk.
    {
        int fd = open(file.c_str(), O_WRONLY);
        REQUIRE(pwrite(fd, "junk", 4, 100) == 4);
        close(fd);
    }
    REQUIRE(open_layer(m, file, kA, b1, err));
    CHECK(m.refused.find("corrupt") != std::string::npos);
    close_layer(m);
    REQUIRE(open_layer(m, file, kA, b1, err));
    close_layer(m);
    for (Base* b : {&b1, &b2, &b3}) close_base(*b);
}

TEST_CASE("layer: first writes keep the base around them; the extent map is the allocation map") {
    TempDir d;
    Base b;
    std::string err;
    REQUIRE(open_base(b, make_base(d, 200), err));  // 100 KiB: 25 chunks
    Layer l;
    const std::string file = layer_path(d.path, Address{1, 0}, kA);
    REQUIRE(create_layer(l, d.path, file, kA, b, err));
    std::vector<uint8_t> w(1024, 0xEE);
    bool over = false;
    // Sectors 3-4 (inside chunk 0), and sectors 47-48 (across chunks 5 and 6).
    REQUIRE(view_write(l, b, w.data(), 1024, 3 * 512, 0, &over, err));
    REQUIRE(view_write(l, b, w.data(), 1024, 47 * 512, 0, &over, err));
    CHECK(l.used == 3);
    close_layer(l);

    Layer r;
    REQUIRE(open_layer(r, file, kA, b, err));
    REQUIRE(r.refused.empty());
    CHECK(r.used == 3);
    for (uint64_t c = 0; c < 25; c++) CHECK(chunk_in(r, c) == (c == 0 || c == 5 || c == 6));
    std::vector<uint8_t> v(b.size);
    REQUIRE(view_read(r, b, v.data(), v.size(), 0, err));
    for (uint64_t off = 0; off < b.size; off += 512) {
        const uint64_t s = off / 512;
        const bool mine = s == 3 || s == 4 || s == 47 || s == 48;
        INFO("sector " << s);
        CHECK(v[off] == (mine ? 0xEE : base_byte(off)));
        CHECK(v[off + 511] == (mine ? 0xEE : base_byte(off)));
    }
    // The whole view out as a raw image: the same bytes.
    const std::string img = d.path + "/view.img";
    int fd = open(img.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0644);
    REQUIRE(export_view(r, b, fd, err));
    std::vector<uint8_t> x(b.size);
    REQUIRE(pread(fd, x.data(), x.size(), 0) == ssize_t(x.size()));
    close(fd);
    CHECK(x == v);
    close_layer(r);
    close_base(b);
}

TEST_CASE("layer: the cap refuses a write needing a new chunk, not one rewriting old ones") {
    TempDir d;
    Base b;
    std::string err;
    REQUIRE(open_base(b, make_base(d, 64), err));
    Layer l;
    REQUIRE(create_layer(l, d.path, layer_path(d.path, Address{1, 0}, kA), kA, b, err));
    std::vector<uint8_t> w(512, 0x55);
    bool over = false;
    REQUIRE(view_write(l, b, w.data(), 512, 0, 2, &over, err));
    REQUIRE(view_write(l, b, w.data(), 512, 8 * 512, 2, &over, err));
    CHECK_FALSE(view_write(l, b, w.data(), 512, 16 * 512, 2, &over, err));
    CHECK(over);
    CHECK(err.find("cap") != std::string::npos);
    over = false;
    CHECK(view_write(l, b, w.data(), 512, 1 * 512, 2, &over, err));
    // The refused write left the view as it was: the base.
    std::vector<uint8_t> v(512);
    REQUIRE(view_read(l, b, v.data(), 512, 16 * 512, err));
    CHECK(v[0] == base_byte(16 * 512));
    close_layer(l);
    close_base(b);
}

TEST_CASE("layer set: clients see only their own writes; persistent layers refuse a client reset") {
    TempDir d;
    const std::string dir = d.path + "/layers";
    REQUIRE(mkdir(dir.c_str(), 0755) == 0);
    const std::string base = make_base(d, 64);
    LayerSet s;
    std::string err;
    REQUIRE(open_set(s, SetConfig{Address{1, 0}, base, dir, false, 0}, err));
    std::vector<uint8_t> a(512, 0xAA), bb(512, 0xBB), v(512);
    REQUIRE(set_write(s, kA, a.data(), 512, 0, false) == IoResult::kOk);
    REQUIRE(set_write(s, kB, bb.data(), 512, 0, true) == IoResult::kOk);
    REQUIRE(set_read(s, kA, v.data(), 512, 0) == IoResult::kOk);
    CHECK(v[0] == 0xAA);
    REQUIRE(set_read(s, kB, v.data(), 512, 0) == IoResult::kOk);
    CHECK(v[0] == 0xBB);
    const Mac kC = {0x52, 0x54, 0, 0, 0, 0x0c};
    REQUIRE(set_read(s, kC, v.data(), 512, 0) == IoResult::kOk);
    CHECK(v[0] == base_byte(0));
    CHECK(set_list(s).size() == 2);
    CHECK(set_reset(s, kA, true, err) == ResetResult::kPersistent);
    CHECK(set_reset(s, kA, false, err) == ResetResult::kReset);
    CHECK(set_reset(s, kA, false, err) == ResetResult::kNothing);
    REQUIRE(set_read(s, kA, v.data(), 512, 0) == IoResult::kOk);
    CHECK(v[0] == base_byte(0));
    close_set(s);

    // A reopened set reads the layer back from its file; the base is untouched.
    LayerSet t;
    REQUIRE(open_set(t, SetConfig{Address{1, 0}, base, dir, true, 0}, err));
    REQUIRE(set_read(t, kB, v.data(), 512, 0) == IoResult::kOk);
    CHECK(v[0] == 0xBB);
    auto list = set_list(t);
    REQUIRE(list.size() == 1);
    CHECK(list[0].mac == kB);
    CHECK(list[0].chunks == 1);
    CHECK(set_reset(t, kB, true, err) == ResetResult::kReset);
    close_set(t);
    int fd = open(base.c_str(), O_RDONLY);
    REQUIRE(pread(fd, v.data(), 512, 0) == 512);
    close(fd);
    CHECK(v[0] == base_byte(0));
}

TEST_CASE("layer set: an image update keeps layers on their own base; a missing or resized base is named") {
    TempDir d;
    const std::string dir = d.path + "/layers";
    REQUIRE(mkdir(dir.c_str(), 0755) == 0);
    const std::string b1 = make_base(d, 64, "b1.img");
    // b2: the same size, other data (sector i is i * 7 + 2).
    const std::string b2 = d.path + "/b2.img";
    {
        int fd = open(b2.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0644);
        REQUIRE(fd >= 0);
        std::vector<uint8_t> sec(512);
        for (unsigned i = 0; i < 64; i++) {
            std::memset(sec.data(), int(uint8_t(i * 7 + 2)), 512);
            REQUIRE(pwrite(fd, sec.data(), 512, off_t(i) * 512) == 512);
        }
        close(fd);
    }
    const std::string b3 = make_base(d, 32, "b3.img");
    LayerSet s;
    std::string err;
    REQUIRE(open_set(s, SetConfig{Address{1, 0}, b1, dir, true, 0}, err));
    std::vector<uint8_t> a(512, 0xAA), v(512);
    REQUIRE(set_write(s, kA, a.data(), 512, 0, false) == IoResult::kOk);
    REQUIRE(set_base(s, b2, err));
    CHECK(!set_base(s, b3, err));  // another size
    CHECK(err.find("bytes") != std::string::npos);
    // kA stays on b1; a new client reads b2.
    REQUIRE(set_read(s, kA, v.data(), 512, 512) == IoResult::kOk);
    CHECK(v[0] == base_byte(512));
    REQUIRE(set_read(s, kB, v.data(), 512, 512) == IoResult::kOk);
    CHECK(v[0] == uint8_t(1 * 7 + 2));
    auto list = set_list(s);
    REQUIRE(list.size() == 1);
    CHECK(list[0].base == b1);
    CHECK(list[0].state == "ok, on an older base");
    close_set(s);

    // Reopened on b2: kA's layer is read against b1 again, from its header.
    LayerSet t;
    REQUIRE(open_set(t, SetConfig{Address{1, 0}, b2, dir, true, 0}, err));
    REQUIRE(set_read(t, kA, v.data(), 512, 512) == IoResult::kOk);
    CHECK(v[0] == base_byte(512));
    REQUIRE(set_read(t, kA, v.data(), 512, 0) == IoResult::kOk);
    CHECK(v[0] == 0xAA);
    // After its reset it is made on b2.
    CHECK(set_reset(t, kA, true, err) == ResetResult::kReset);
    REQUIRE(set_write(t, kA, a.data(), 512, 0, false) == IoResult::kOk);
    REQUIRE(set_read(t, kA, v.data(), 512, 512) == IoResult::kOk);
    CHECK(v[0] == uint8_t(1 * 7 + 2));
    close_set(t);

    // A layer whose base is gone is refused, naming it; others are served.
    LayerSet u;
    REQUIRE(open_set(u, SetConfig{Address{1, 0}, b2, dir, true, 0}, err));
    REQUIRE(set_write(u, kB, a.data(), 512, 0, false) == IoResult::kOk);  // on b2
    close_set(u);
    LayerSet w;
    REQUIRE(open_set(w, SetConfig{Address{1, 0}, b1, dir, true, 0}, err));
    REQUIRE(std::rename(b2.c_str(), (b2 + ".away").c_str()) == 0);
    CHECK(set_read(w, kB, v.data(), 512, 512) == IoResult::kFailed);
    auto l2 = set_list(w);
    bool named = false;
    for (auto& i : l2) named |= i.mac == kB && i.state.find(b2 + ", which cannot be opened") != std::string::npos;
    CHECK(named);
    REQUIRE(set_read(w, Mac{0x52, 0x54, 0, 0, 0, 0x0c}, v.data(), 512, 512) == IoResult::kOk);
    CHECK(v[0] == base_byte(512));
    close_set(w);
}

TEST_CASE("layer set: a missing layer directory fails writes, not reads") {
    TempDir d;
    const std::string base = make_base(d, 64);
    LayerSet s;
    std::string err;
    REQUIRE(open_set(s, SetConfig{Address{1, 0}, base, d.path + "/nowhere", false, 0}, err));
    std::vector<uint8_t> v(512, 1);
    CHECK(set_write(s, kA, v.data(), 512, 0, false) == IoResult::kFailed);
    REQUIRE(set_read(s, kA, v.data(), 512, 0) == IoResult::kOk);
    CHECK(v[0] == base_byte(0));
    // Created later: the next write works.
    REQUIRE(mkdir((d.path + "/nowhere").c_str(), 0755) == 0);
    CHECK(set_write(s, kA, v.data(), 512, 0, false) == IoResult::kOk);
    close_set(s);
}

#include "proto/layer_cmd.h"
#include "target/layer_control.h"

TEST_CASE("layer vendor command: round trip; another vendor's 0xF1 is not ours") {
    Header h;
    h.src = kA;
    h.dst = kB;
    h.major = 1;
    h.minor = 2;
    h.tag = 0x01020304;
    std::vector<uint8_t> f(kMinFrameLen);
    REQUIRE(build_layer_cmd(f, h, kLayerOpReset, 0) == kMinFrameLen);
    Frame p;
    REQUIRE(parse(f, p) == ParseError::kVendorCommand);
    uint8_t op = 0, st = 9;
    REQUIRE(parse_layer_cmd(f, p.header, op, st));
    CHECK(op == kLayerOpReset);
    CHECK(st == 0);
    CHECK(p.header.tag == 0x01020304);
    CHECK(p.header.src == kA);
    f[30] ^= 0xFF;  // the magic
    CHECK_FALSE(parse_layer_cmd(f, p.header, op, st));
}

TEST_CASE("control commands: layers lists, layer-reset resets, bad lines say what is wanted") {
    TempDir d;
    const std::string dir = d.path + "/layers";
    REQUIRE(mkdir(dir.c_str(), 0755) == 0);
    auto s = std::make_shared<LayerSet>();
    std::string err;
    REQUIRE(open_set(*s, SetConfig{Address{1, 0}, make_base(d, 64), dir, false, 0}, err));
    std::vector<uint8_t> a(512, 0xAA);
    REQUIRE(set_write(*s, kA, a.data(), 512, 0, false) == IoResult::kOk);
    std::vector<target::LayerRef> sets{{Address{1, 0}, s}};
    CHECK(target::control_command("", "STATUS\n", sets) == "STATUS\n");
    CHECK(target::control_command("layers", "", sets).find("52:54:00:00:00:0a") != std::string::npos);
    CHECK(target::control_command("layer-reset e1.0 52:54:00:00:00:0a", "", sets).rfind("reset", 0) == 0);
    CHECK(target::control_command("layer-reset e1.0 52:54:00:00:00:0a", "", sets).rfind("nothing", 0) == 0);
    CHECK(target::control_command("layer-reset e1.0", "", sets).rfind("error", 0) == 0);
    CHECK(target::control_command("layer-reset e2.0 52:54:00:00:00:0a", "", sets).rfind("error", 0) == 0);
    CHECK(target::control_command("bogus", "", sets).find("unknown command") != std::string::npos);
    close_set(*s);
    CHECK(target::control_command("layers", "", sets).find("52:54") == std::string::npos);
}
