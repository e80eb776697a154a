// NBD session over a socketpair against a memory disk that counts every
// call: a hand-written client does the handshake and sends good and bad
// requests; bad ones must get their error and never touch the disk.
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#include "nbd/backend.h"
#include "nbd/proto.h"
#include "nbd/session.h"

using namespace aoe::nbd;

namespace {

struct MemDisk {
    std::vector<uint8_t> bytes;
    std::mutex mu;
    std::atomic<int> reads{0}, writes{0}, flushes{0};
    // Alignment the disk insists on (1: any).
    uint32_t align = 1;

    Backend backend() {
        Backend b;
        b.size = bytes.size();
        b.describe = "memory";
        b.read = [this](uint64_t off, uint8_t* buf, uint32_t len) -> uint32_t {
            reads++;
            if (off % align || len % align || off + len > bytes.size()) return kEINVAL;
            std::lock_guard g(mu);
            std::memcpy(buf, bytes.data() + off, len);
            return kErrNone;
        };
        b.write = [this](uint64_t off, const uint8_t* buf, uint32_t len) -> uint32_t {
            writes++;
            if (off % align || len % align || off + len > bytes.size()) return kEINVAL;
            std::lock_guard g(mu);
            std::memcpy(bytes.data() + off, buf, len);
            return kErrNone;
        };
        b.flush = [this]() -> uint32_t {
            flushes++;
            return kErrNone;
        };
        return b;
    }
};

// No Catch assertions here: it also runs on a sender thread, and Catch2 is
// not thread-safe. A failed write shows up as a missing reply instead.
void write_all(int fd, const void* p, size_t n) {
    auto* c = static_cast<const uint8_t*>(p);
    while (n) {
        ssize_t w = write(fd, c, n);
        if (w <= 0) return;
        c += w, n -= size_t(w);
    }
}
// Reads n bytes; false on EOF.
bool read_all(int fd, void* p, size_t n) {
    auto* c = static_cast<uint8_t*>(p);
    while (n) {
        ssize_t r = read(fd, c, n);
        if (r <= 0) return false;
        c += r, n -= size_t(r);
    }
    return true;
}
void put32(std::vector<uint8_t>& o, uint32_t v) {
    for (int s = 24; s >= 0; s -= 8) o.push_back(uint8_t(v >> s));
}
void put64(std::vector<uint8_t>& o, uint64_t v) {
    for (int s = 56; s >= 0; s -= 8) o.push_back(uint8_t(v >> s));
}

// Runs a server session on one end of a socketpair.
struct Harness {
    MemDisk disk;
    Backend b;
    Export e;
    int fds[2] = {-1, -1};
    std::thread server;
    End end{};
    std::string why;

    explicit Harness(size_t size, bool handshake = true) {
        disk.bytes.resize(size);
        for (size_t i = 0; i < size; i++) disk.bytes[i] = uint8_t(i * 7 + 3);
        b = disk.backend();
        e = export_for(b, "e1.2");
        REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
        server = std::thread([this, handshake] {
            SessionOptions o;
            o.workers = 4;
            end = handshake ? serve_client(fds[1], e, b, o, why)
                            : serve_transmission(fds[1], e, b, o, why);
            shutdown(fds[1], SHUT_RDWR);  // what closing does in the server
        });
    }
    ~Harness() {
        if (fds[0] >= 0) close(fds[0]);
        if (server.joinable()) server.join();
        close(fds[1]);
    }
    void finish() {
        shutdown(fds[0], SHUT_WR);
        server.join();
    }
    int c() const { return fds[0]; }

    // Client side of the handshake up to transmission with NBD_OPT_GO.
    void go() {
        uint8_t greet[18];
        REQUIRE(read_all(c(), greet, 18));
        REQUIRE(std::memcmp(greet, "NBDMAGICIHAVEOPT", 16) == 0);
        std::vector<uint8_t> m;
        put32(m, kClientFixedNewstyle | kClientNoZeroes);
        put64(m, kOptMagic);
        put32(m, kOptGo);
        put32(m, 4 + 4 + 2);
        put32(m, 4);
        m.insert(m.end(), {'e', '1', '.', '2', 0, 0});
        write_all(c(), m.data(), m.size());
        // INFO_EXPORT, INFO_BLOCK_SIZE, ACK.
        for (int i = 0; i < 3; i++) {
            uint8_t h[20];
            REQUIRE(read_all(c(), h, 20));
            uint32_t type = uint32_t(h[12]) << 24 | h[13] << 16 | h[14] << 8 | h[15];
            uint32_t len = uint32_t(h[16]) << 24 | h[17] << 16 | h[18] << 8 | h[19];
            std::vector<uint8_t> d(len);
            REQUIRE(read_all(c(), d.data(), len));
            if (i < 2) CHECK(type == kRepInfo);
            else CHECK(type == kRepAck);
        }
    }

    void send(uint16_t type, uint64_t off, uint32_t len, uint64_t handle,
              const std::vector<uint8_t>& payload = {}, uint32_t magic = kRequestMagic,
              uint16_t flags = 0) {
        uint8_t r[28];
        put_request(r, Request{magic, flags, type, handle, off, len});
        write_all(c(), r, 28);
        if (!payload.empty()) write_all(c(), payload.data(), payload.size());
    }
    Reply reply() {
        uint8_t r[16];
        REQUIRE(read_all(c(), r, 16));
        Reply p = parse_reply(std::span<const uint8_t, 16>(r, 16));
        CHECK(p.magic == kSimpleReplyMagic);
        return p;
    }
};

}  // namespace

TEST_CASE("nbd session: handshake, write, read back, flush, disconnect") {
    Harness h(64 * 1024);
    h.go();
    std::vector<uint8_t> data(4096);
    for (size_t i = 0; i < data.size(); i++) data[i] = uint8_t(0xA5 ^ i);
    h.send(kCmdWrite, 8192, 4096, 1, data);
    Reply w = h.reply();
    CHECK(w.error == 0);
    CHECK(w.handle == 1);
    h.send(kCmdRead, 8192, 4096, 2);
    Reply r = h.reply();
    CHECK(r.error == 0);
    CHECK(r.handle == 2);
    std::vector<uint8_t> back(4096);
    REQUIRE(read_all(h.c(), back.data(), back.size()));
    CHECK(back == data);
    h.send(kCmdFlush, 0, 0, 3);
    CHECK(h.reply().error == 0);
    CHECK(h.disk.flushes == 1);
    h.send(kCmdDisc, 0, 0, 4);
    h.server.join();
    CHECK(h.end == End::kDisconnect);
    // The server closed its side: nothing more arrives.
    uint8_t x;
    CHECK(!read_all(h.c(), &x, 1));
}

TEST_CASE("nbd session: many requests in flight all answered, each by its handle") {
    Harness h(1 << 20);
    h.go();
    const int n = 200;
    // Send from another thread, as real clients do: a client that only reads
    // once it has sent everything could fill both socket buffers.
    std::thread sender([&] {
        for (int i = 0; i < n; i++) h.send(kCmdRead, uint64_t(i) * 4096, 4096, 1000 + uint64_t(i));
    });
    std::vector<bool> seen(n);
    for (int i = 0; i < n; i++) {
        Reply r = h.reply();
        REQUIRE(r.error == 0);
        REQUIRE(r.handle >= 1000);
        REQUIRE(r.handle < 1000 + n);
        size_t k = size_t(r.handle - 1000);
        CHECK(!seen[k]);
        seen[k] = true;
        std::vector<uint8_t> d(4096);
        REQUIRE(read_all(h.c(), d.data(), d.size()));
        CHECK(std::memcmp(d.data(), h.disk.bytes.data() + k * 4096, 4096) == 0);
    }
    sender.join();
    h.finish();
    CHECK(h.end == End::kEof);
}

TEST_CASE("nbd session: out-of-range and overflowing requests get errors, disk untouched") {
    Harness h(64 * 1024);
    h.go();
    auto before = h.disk.bytes;
    // Read past the end: EINVAL, no data follows, the stream goes on.
    h.send(kCmdRead, 64 * 1024, 512, 1);
    Reply r = h.reply();
    CHECK(r.error == kEINVAL);
    CHECK(r.handle == 1);
    // Write straddling the end: the payload is swallowed, ENOSPC.
    h.send(kCmdWrite, 64 * 1024 - 512, 1024, 2, std::vector<uint8_t>(1024, 0xEE));
    CHECK(h.reply().error == kENOSPC);
    // Offset + length wraps around 2^64.
    h.send(kCmdWrite, ~0ULL - 511, 1024, 3, std::vector<uint8_t>(1024, 0xEE));
    CHECK(h.reply().error == kEINVAL);
    // Unsupported command.
    h.send(kCmdTrim, 0, 4096, 4);
    CHECK(h.reply().error == kEINVAL);
    CHECK(h.disk.reads == 0);
    CHECK(h.disk.writes == 0);
    CHECK(h.disk.bytes == before);
    // Still in step: a good read works.
    h.send(kCmdRead, 0, 512, 5);
    r = h.reply();
    CHECK(r.error == 0);
    std::vector<uint8_t> d(512);
    REQUIRE(read_all(h.c(), d.data(), 512));
    CHECK(std::memcmp(d.data(), before.data(), 512) == 0);
    h.finish();
}

TEST_CASE("nbd session: a huge write length is refused and the connection closes") {
    Harness h(64 * 1024);
    h.go();
    h.send(kCmdWrite, 0, 0xfffffff0u, 9);
    Reply r = h.reply();
    CHECK(r.error == kEOVERFLOW);
    CHECK(r.handle == 9);
    uint8_t x;
    CHECK(!read_all(h.c(), &x, 1));
    h.server.join();
    CHECK(h.end == End::kProtocol);
    CHECK(h.disk.writes == 0);
}

TEST_CASE("nbd session: bad request magic closes without touching the disk") {
    Harness h(64 * 1024, false);  // transmission only, as the kernel's socket
    h.send(kCmdWrite, 0, 512, 1, std::vector<uint8_t>(512, 1), 0xdeadbeef);
    uint8_t x;
    CHECK(!read_all(h.c(), &x, 1));
    h.server.join();
    CHECK(h.end == End::kProtocol);
    CHECK(h.why.find("bad request magic") != std::string::npos);
    CHECK(h.disk.writes == 0);
}

TEST_CASE("nbd session: unknown export name and bad client flags close the handshake") {
    {
        Harness h(4096);
        uint8_t greet[18];
        REQUIRE(read_all(h.c(), greet, 18));
        std::vector<uint8_t> m;
        put32(m, kClientFixedNewstyle);
        put64(m, kOptMagic);
        put32(m, kOptExportName);
        put32(m, 3);
        m.insert(m.end(), {'z', 'z', 'z'});
        write_all(h.c(), m.data(), m.size());
        uint8_t x;
        CHECK(!read_all(h.c(), &x, 1));
        h.server.join();
        CHECK(h.end == End::kProtocol);
    }
    {
        Harness h(4096);
        uint8_t greet[18];
        REQUIRE(read_all(h.c(), greet, 18));
        std::vector<uint8_t> m;
        put32(m, 0x80);
        write_all(h.c(), m.data(), m.size());
        uint8_t x;
        CHECK(!read_all(h.c(), &x, 1));
        h.server.join();
        CHECK(h.end == End::kProtocol);
    }
}

TEST_CASE("nbd session: EXPORT_NAME with zero padding, then FUA write flushes") {
    Harness h(8192);
    uint8_t greet[18];
    REQUIRE(read_all(h.c(), greet, 18));
    std::vector<uint8_t> m;
    put32(m, kClientFixedNewstyle);  // no NO_ZEROES: 124 zero bytes follow
    put64(m, kOptMagic);
    put32(m, kOptExportName);
    put32(m, 0);
    write_all(h.c(), m.data(), m.size());
    uint8_t ans[134];
    REQUIRE(read_all(h.c(), ans, sizeof ans));
    CHECK(ans[7] == 0x00);
    CHECK(ans[6] == 0x20);  // 8192 = 0x2000
    h.send(kCmdWrite, 0, 512, 7, std::vector<uint8_t>(512, 9), kRequestMagic, kCmdFlagFua);
    CHECK(h.reply().error == 0);
    CHECK(h.disk.flushes == 1);
    CHECK(h.disk.bytes[0] == 9);
    h.finish();
}

TEST_CASE("nbd sector_aligned: byte ranges over a disk of whole sectors") {
    MemDisk d;
    d.bytes.resize(8 * 512);
    for (size_t i = 0; i < d.bytes.size(); i++) d.bytes[i] = uint8_t(i);
    d.align = 512;
    Backend b = sector_aligned(d.backend(), 512);
    auto ref = d.bytes;

    std::vector<uint8_t> buf(700);
    REQUIRE(b.read(100, buf.data(), 700) == 0);
    CHECK(std::memcmp(buf.data(), ref.data() + 100, 700) == 0);

    std::vector<uint8_t> w(1000, 0x5A);
    REQUIRE(b.write(300, w.data(), 1000) == 0);
    std::memset(ref.data() + 300, 0x5A, 1000);
    CHECK(d.bytes == ref);

    REQUIRE(b.write(513, w.data(), 3) == 0);  // inside one sector
    std::memset(ref.data() + 513, 0x5A, 3);
    CHECK(d.bytes == ref);

    REQUIRE(b.write(1024, w.data(), 512) == 0);  // aligned: passes straight through
    std::memset(ref.data() + 1024, 0x5A, 512);
    CHECK(d.bytes == ref);
}

TEST_CASE("nbd file backend: read, write, flush, size") {
    char path[] = "/tmp/aoeboot-nbd-unit.XXXXXX";
    int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    std::vector<uint8_t> init(10000, 0x11);
    REQUIRE(write(fd, init.data(), init.size()) == ssize_t(init.size()));
    close(fd);
    Backend b;
    std::string err;
    REQUIRE(open_file_backend(path, false, b, err));
    CHECK(b.size == 10000);
    std::vector<uint8_t> w(300, 0x77), r(300);
    CHECK(b.write(9700, w.data(), 300) == 0);
    CHECK(b.read(9700, r.data(), 300) == 0);
    CHECK(r == w);
    CHECK(b.flush() == 0);
    Backend ro;
    REQUIRE(open_file_backend(path, true, ro, err));
    CHECK(ro.read_only);
    CHECK(ro.write(0, w.data(), 10) != 0);
    unlink(path);
    CHECK(!open_file_backend("/nonexistent/x", false, b, err));
    CHECK(err.find("/nonexistent/x") != std::string::npos);
}
