// aoeboot read: copy a range of an AoE disk to a file or stdout.
#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <cstdio>
#include <cstring>
#include <optional>
#include <fcntl.h>
#include <getopt.h>
#include <string>
#include <unistd.h>
#include <vector>

#include "cli/cli.h"
#include "cli/initiator_util.h"

namespace aoe::cli {

namespace {

const char kUsage[] =
    "usage: aoeboot read eX.Y [--offset B] [--length B] [-o FILE] [options]\n\n"
    "Reads from the AoE device eX.Y (default: all of it) to FILE or stdout.\n"
    "Offsets and lengths are bytes, multiples of 512, with an optional K/M/G/T suffix.\n\n"
    "      --offset B         where to start (default 0)\n"
    "      --length B         how much (default: to the end of the disk)\n"
    "  -o, --output FILE      write here instead of stdout\n";

// One asynchronous read into its own buffer; wait() blocks until it is done.
struct Pending {
    std::vector<uint8_t> buf;
    size_t len = 0;
    std::mutex m;
    std::condition_variable cv;
    bool busy = false;
    int status = 0;
    std::string error;

    static void done(void* ctx, int st, const std::string& err) {
        auto* p = static_cast<Pending*>(ctx);
        std::lock_guard<std::mutex> g(p->m);
        p->status = st;
        p->error = err;
        p->busy = false;
        p->cv.notify_one();
    }
    void start(initiator::Device& dev, uint64_t at) {
        {
            std::lock_guard<std::mutex> g(m);
            busy = true;
        }
        dev.submit_read(at, {buf.data(), len}, done, this);
    }
    int wait(std::string& err) {
        std::unique_lock<std::mutex> g(m);
        cv.wait(g, [&] { return !busy; });
        err = error;
        return status;
    }
};

bool write_all(int fd, const uint8_t* p, size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        p += w;
        n -= size_t(w);
    }
    return true;
}

}  // namespace

int cmd_read(int argc, char** argv) {
    enum { kOffset = 300, kLength };
    static const option longopts[] = {
        AOEBOOT_DEVICE_LONGOPTS,
        {"offset", required_argument, nullptr, kOffset},
        {"length", required_argument, nullptr, kLength},
        {"output", required_argument, nullptr, 'o'},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    DeviceArgs a;
    uint64_t offset = 0;
    std::optional<uint64_t> length;
    const char* output = nullptr;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "i:o:vh", longopts, nullptr)) != -1) {
        int h = handle_device_option("read", c, optarg, a);
        if (h == kExitUsage) return h;
        if (h) continue;
        switch (c) {
            case kOffset: {
                auto v = parse_size(optarg);
                if (!v) return usage_error("read", std::string("bad offset '") + optarg + "'");
                offset = *v;
                break;
            }
            case kLength: {
                auto v = parse_size(optarg);
                if (!v) return usage_error("read", std::string("bad length '") + optarg + "'");
                length = *v;
                break;
            }
            case 'o': output = optarg; break;
            case 'h':
                std::fputs(kUsage, stdout);
                std::fputs(kDeviceOptionsHelp, stdout);
                return kExitOk;
            default: return usage_error("read", "unknown option");
        }
    }
    if (argc - optind != 1) return usage_error("read", "need exactly one device (eX.Y)");
    if (offset % 512 || (length && *length % 512))
        return usage_error("read", "offset and length must be multiples of 512");
    if (!output && isatty(1))
        return usage_error("read", "refusing to write disk data to a terminal; use -o FILE or a pipe");
    auto dev = open_device("read", argv[optind], a);
    if (!dev) return kExitFail;
    const uint64_t size = dev->size();
    if (offset > size) {
        std::fprintf(stderr, "aoeboot read: offset %llu is past the end of %s (%llu bytes)\n",
                     static_cast<unsigned long long>(offset), argv[optind],
                     static_cast<unsigned long long>(size));
        return kExitFail;
    }
    uint64_t len = length ? *length : size - offset;
    if (len > size - offset) {
        std::fprintf(stderr, "aoeboot read: %llu bytes from %llu run past the end of %s (%llu bytes)\n",
                     static_cast<unsigned long long>(len), static_cast<unsigned long long>(offset),
                     argv[optind], static_cast<unsigned long long>(size));
        return kExitFail;
    }
    int fd = 1;
    if (output) {
        fd = ::open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) {
            std::fprintf(stderr, "aoeboot read: cannot create %s: %s\n", output, std::strerror(errno));
            return kExitFail;
        }
    }
    // Two buffers: the next piece is in flight while the last one is written
    // out, so the window never drains between pieces.
    constexpr size_t kPiece = 4 << 20;
    Pending piece[2];
    for (Pending& p : piece) p.buf.resize(kPiece);
    Progress prog;
    prog.begin("read", len);
    uint64_t submitted = 0, done = 0;
    int rc = kExitOk;
    auto submit = [&](Pending& p) {
        p.len = size_t(std::min<uint64_t>(kPiece, len - submitted));
        p.start(*dev, offset + submitted);
        submitted += p.len;
    };
    int cur = 0;
    if (len > 0) submit(piece[0]);
    while (done < len) {
        if (submitted < len) submit(piece[cur ^ 1]);
        Pending& p = piece[cur];
        std::string err;
        if (p.wait(err) != 0) {
            prog.finish();
            std::fprintf(stderr, "aoeboot read: %s\n", err.c_str());
            rc = kExitFail;
            break;
        }
        if (!write_all(fd, p.buf.data(), p.len)) {
            prog.finish();
            std::fprintf(stderr, "aoeboot read: cannot write %s: %s\n", output ? output : "stdout",
                         std::strerror(errno));
            rc = kExitFail;
            break;
        }
        done += p.len;
        prog.update(done);
        cur ^= 1;
    }
    // Never leave with a request still writing into our buffers.
    for (Pending& p : piece) {
        std::string ignored;
        p.wait(ignored);
    }
    prog.finish();
    if (output && ::close(fd) != 0 && rc == kExitOk) {
        std::fprintf(stderr, "aoeboot read: cannot write %s: %s\n", output, std::strerror(errno));
        rc = kExitFail;
    }
    if (a.verbose) print_stats(*dev);
    return rc;
}

}  // namespace aoe::cli
