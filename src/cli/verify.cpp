// aoeboot verify: write a pattern over a range of an AoE disk, read it back
// and compare. Refuses a disk that holds data unless --yes.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <getopt.h>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/initiator_util.h"

namespace aoe::cli {

namespace {

const char kUsage[] =
    "usage: aoeboot verify eX.Y [--offset B] [--length B] [--yes] [options]\n\n"
    "Writes a pattern (each sector stamped with its number and a per-run seed) over\n"
    "the range, reads it back and compares; prints both checksums. The range is\n"
    "read first: when it holds anything but zeros, verify refuses unless --yes.\n"
    "The old contents are NOT restored.\n\n"
    "      --offset B         start of the range (default 0)\n"
    "      --length B         size of the range (default: to the end of the disk)\n"
    "      --yes              overwrite even when the range holds data\n";

void fill_pattern(uint8_t* p, uint64_t first_sector, size_t sectors, uint64_t seed) {
    for (size_t s = 0; s < sectors; s++) {
        uint64_t x = (first_sector + s) * 0x9E3779B97F4A7C15ull ^ seed;
        uint8_t* q = p + s * 512;
        for (size_t i = 0; i < 512; i += 8) {
            // xorshift64: cheap, different in every word and sector.
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            std::memcpy(q + i, &x, 8);
        }
        uint64_t lba = first_sector + s;
        std::memcpy(q, &lba, 8);
    }
}

uint64_t fnv1a(uint64_t h, const uint8_t* p, size_t n) {
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001B3ull;
    return h;
}

}  // namespace

int cmd_verify(int argc, char** argv) {
    enum { kOffset = 300, kLength, kYes };
    static const option longopts[] = {
        AOEBOOT_DEVICE_LONGOPTS,
        {"offset", required_argument, nullptr, kOffset},
        {"length", required_argument, nullptr, kLength},
        {"yes", no_argument, nullptr, kYes},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    DeviceArgs a;
    uint64_t offset = 0;
    std::optional<uint64_t> length;
    bool yes = false;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "i:vh", longopts, nullptr)) != -1) {
        int h = handle_device_option("verify", c, optarg, a);
        if (h == kExitUsage) return h;
        if (h) continue;
        switch (c) {
            case kOffset: {
                auto v = parse_size(optarg);
                if (!v) return usage_error("verify", std::string("bad offset '") + optarg + "'");
                offset = *v;
                break;
            }
            case kLength: {
                auto v = parse_size(optarg);
                if (!v || *v == 0) return usage_error("verify", std::string("bad length '") + optarg + "'");
                length = *v;
                break;
            }
            case kYes: yes = true; break;
            case 'h':
                std::fputs(kUsage, stdout);
                std::fputs(kDeviceOptionsHelp, stdout);
                return kExitOk;
            default: return usage_error("verify", "unknown option");
        }
    }
    if (argc - optind != 1) return usage_error("verify", "need exactly one device (eX.Y)");
    if (offset % 512 || (length && *length % 512))
        return usage_error("verify", "offset and length must be multiples of 512");
    const char* name = argv[optind];
    auto dev = open_device("verify", name, a);
    if (!dev) return kExitFail;
    const uint64_t size = dev->size();
    uint64_t len = length ? *length : (offset < size ? size - offset : 0);
    if (offset >= size || len > size - offset) {
        std::fprintf(stderr, "aoeboot verify: range %llu+%llu is outside %s (%llu bytes)\n",
                     static_cast<unsigned long long>(offset), static_cast<unsigned long long>(len),
                     name, static_cast<unsigned long long>(size));
        return kExitFail;
    }
    std::vector<uint8_t> buf(4 << 20), back(4 << 20);
    std::string err;
    Progress prog;
    if (!yes) {
        prog.begin("check empty", len);
        for (uint64_t done = 0; done < len;) {
            size_t n = size_t(std::min<uint64_t>(buf.size(), len - done));
            if (dev->read(offset + done, {buf.data(), n}, err) != 0) {
                prog.finish();
                std::fprintf(stderr, "aoeboot verify: %s\n", err.c_str());
                return kExitFail;
            }
            for (size_t i = 0; i < n; i++)
                if (buf[i]) {
                    prog.finish();
                    std::fprintf(stderr,
                                 "aoeboot verify: %s is not empty (data at byte %llu); verify would "
                                 "overwrite %s: pass --yes to allow it\n",
                                 name, static_cast<unsigned long long>(offset + done + i),
                                 human_bytes(len).c_str());
                    return kExitFail;
                }
            done += n;
            prog.update(done);
        }
        prog.finish();
    }
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    const uint64_t seed = uint64_t(ts.tv_nsec) << 32 ^ uint64_t(ts.tv_sec);
    uint64_t sum_written = 0xcbf29ce484222325ull, sum_read = sum_written;
    double t0 = now_seconds();
    prog.begin("write", len);
    for (uint64_t done = 0; done < len;) {
        size_t n = size_t(std::min<uint64_t>(buf.size(), len - done));
        fill_pattern(buf.data(), (offset + done) / 512, n / 512, seed);
        sum_written = fnv1a(sum_written, buf.data(), n);
        if (dev->write(offset + done, {buf.data(), n}, err) != 0) {
            prog.finish();
            std::fprintf(stderr, "aoeboot verify: %s\n", err.c_str());
            return kExitFail;
        }
        done += n;
        prog.update(done);
    }
    prog.finish();
    int fr = dev->flush(err);
    if (fr != 0 && fr != EOPNOTSUPP) {
        std::fprintf(stderr, "aoeboot verify: %s\n", err.c_str());
        return kExitFail;
    }
    double t1 = now_seconds();
    prog.begin("read back", len);
    for (uint64_t done = 0; done < len;) {
        size_t n = size_t(std::min<uint64_t>(buf.size(), len - done));
        if (dev->read(offset + done, {back.data(), n}, err) != 0) {
            prog.finish();
            std::fprintf(stderr, "aoeboot verify: %s\n", err.c_str());
            return kExitFail;
        }
        sum_read = fnv1a(sum_read, back.data(), n);
        fill_pattern(buf.data(), (offset + done) / 512, n / 512, seed);
        if (std::memcmp(buf.data(), back.data(), n) != 0) {
            size_t i = 0;
            while (buf[i] == back[i]) i++;
            prog.finish();
            std::fprintf(stderr, "aoeboot verify: %s: MISMATCH at byte %llu (sector %llu): wrote 0x%02x, read 0x%02x\n",
                         name, static_cast<unsigned long long>(offset + done + i),
                         static_cast<unsigned long long>((offset + done + i) / 512), buf[i], back[i]);
            print_stats(*dev);
            return kExitFail;
        }
        done += n;
        prog.update(done);
    }
    prog.finish();
    double t2 = now_seconds();
    initiator::DeviceStats st = dev->stats();
    std::printf("verify %s: %s at offset %llu: written checksum %016llx, read checksum %016llx: %s\n",
                name, human_bytes(len).c_str(), static_cast<unsigned long long>(offset),
                static_cast<unsigned long long>(sum_written), static_cast<unsigned long long>(sum_read),
                sum_written == sum_read ? "OK" : "DIFFERENT");
    std::printf("write %.1f MB/s, read %.1f MB/s, frames %llu, retransmits %llu, late replies %llu%s\n",
                len / 1e6 / std::max(t1 - t0, 1e-9), len / 1e6 / std::max(t2 - t1, 1e-9),
                static_cast<unsigned long long>(st.frames_sent),
                static_cast<unsigned long long>(st.retransmits),
                static_cast<unsigned long long>(st.late_replies),
                fr == EOPNOTSUPP ? " (target has no FLUSH CACHE)" : "");
    if (a.verbose) print_stats(*dev);
    return sum_written == sum_read ? kExitOk : kExitFail;
}

}  // namespace aoe::cli
