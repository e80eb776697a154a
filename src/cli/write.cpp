// aoeboot write: copy a file (or stdin) onto an AoE disk, then FLUSH.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <getopt.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "cli/cli.h"
#include "cli/initiator_util.h"

namespace aoe::cli {

namespace {

const char kUsage[] =
    "usage: aoeboot write eX.Y FILE [--offset B] [--no-flush] [options]\n\n"
    "Writes FILE ('-' for stdin) to the AoE device eX.Y at byte offset B (a multiple\n"
    "of 512). A last partial sector is merged with what the disk holds there.\n"
    "Every frame is acknowledged by the target before the next step, and a FLUSH\n"
    "CACHE at the end makes the target put it on stable storage.\n\n"
    "      --offset B         where to start (default 0)\n"
    "      --no-flush         skip the final FLUSH CACHE\n";

// Reads up to n bytes (short only at end of file). -1 on error.
ssize_t read_full(int fd, uint8_t* p, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = ::read(fd, p + got, n - got);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return -1;
        if (r == 0) break;
        got += size_t(r);
    }
    return ssize_t(got);
}

}  // namespace

int cmd_write(int argc, char** argv) {
    enum { kOffset = 300, kNoFlush };
    static const option longopts[] = {
        AOEBOOT_DEVICE_LONGOPTS,
        {"offset", required_argument, nullptr, kOffset},
        {"no-flush", no_argument, nullptr, kNoFlush},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    DeviceArgs a;
    uint64_t offset = 0;
    bool flush = true;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "i:vh", longopts, nullptr)) != -1) {
        int h = handle_device_option("write", c, optarg, a);
        if (h == kExitUsage) return h;
        if (h) continue;
        switch (c) {
            case kOffset: {
                auto v = parse_size(optarg);
                if (!v) return usage_error("write", std::string("bad offset '") + optarg + "'");
                offset = *v;
                break;
            }
            case kNoFlush: flush = false; break;
            case 'h':
                std::fputs(kUsage, stdout);
                std::fputs(kDeviceOptionsHelp, stdout);
                return kExitOk;
            default: return usage_error("write", "unknown option");
        }
    }
    if (argc - optind != 2) return usage_error("write", "need a device (eX.Y) and a FILE");
    if (offset % 512) return usage_error("write", "offset must be a multiple of 512");
    const char* path = argv[optind + 1];
    int fd = std::strcmp(path, "-") == 0 ? 0 : ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        std::fprintf(stderr, "aoeboot write: cannot open %s: %s\n", path, std::strerror(errno));
        return kExitFail;
    }
    struct stat st;
    uint64_t total = 0;  // known size (regular files) for the range check and progress
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) total = uint64_t(st.st_size);
    auto dev = open_device("write", argv[optind], a);
    if (!dev) return kExitFail;
    const uint64_t size = dev->size();
    if (offset > size || total > size - offset) {
        std::fprintf(stderr, "aoeboot write: %s (%llu bytes) does not fit at offset %llu of %s (%llu bytes); nothing written\n",
                     path, static_cast<unsigned long long>(total),
                     static_cast<unsigned long long>(offset), argv[optind],
                     static_cast<unsigned long long>(size));
        return kExitFail;
    }
    std::vector<uint8_t> buf(4 << 20);
    Progress prog;
    prog.begin("write", total);
    uint64_t done = 0;
    std::string err;
    for (;;) {
        ssize_t n = read_full(fd, buf.data(), buf.size());
        if (n < 0) {
            prog.finish();
            std::fprintf(stderr, "aoeboot write: cannot read %s: %s (%llu bytes were written)\n",
                         path, std::strerror(errno), static_cast<unsigned long long>(done));
            return kExitFail;
        }
        if (n == 0) break;
        size_t len = size_t(n);
        if (len % 512) {
            // Last partial sector: keep the disk's bytes after the file's end.
            size_t whole = len - len % 512;
            uint8_t sector[512];
            if (offset + done + whole + 512 > size ||
                dev->read(offset + done + whole, {sector, 512}, err) != 0) {
                prog.finish();
                std::fprintf(stderr, "aoeboot write: cannot merge the last partial sector: %s\n",
                             err.empty() ? "past the end of the disk" : err.c_str());
                return kExitFail;
            }
            std::memcpy(buf.data() + len, sector + len % 512, 512 - len % 512);
            len = whole + 512;
        }
        if (offset + done + len > size) {
            prog.finish();
            std::fprintf(stderr, "aoeboot write: input runs past the end of %s after %llu bytes\n",
                         argv[optind], static_cast<unsigned long long>(done));
            return kExitFail;
        }
        if (dev->write(offset + done, {buf.data(), len}, err) != 0) {
            prog.finish();
            std::fprintf(stderr, "aoeboot write: %s (%llu bytes before it were written)\n",
                         err.c_str(), static_cast<unsigned long long>(done));
            return kExitFail;
        }
        done += size_t(n);
        prog.update(done);
        if (size_t(n) < buf.size()) break;
    }
    prog.finish();
    int fr = flush ? dev->flush(err) : 0;
    if (fr == EOPNOTSUPP) {
        std::fprintf(stderr, "aoeboot write: warning: %s\n", err.c_str());
    } else if (fr != 0) {
        std::fprintf(stderr, "aoeboot write: all %llu bytes acknowledged, but FLUSH CACHE failed: %s\n",
                     static_cast<unsigned long long>(done), err.c_str());
        return kExitFail;
    }
    if (a.verbose) print_stats(*dev);
    if (fd != 0) ::close(fd);
    return kExitOk;
}

}  // namespace aoe::cli
