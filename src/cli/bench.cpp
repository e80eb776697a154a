// aoeboot bench: K concurrent requests against an AoE disk for S seconds;
// prints MB/s, IOPS, frames/s and retransmits.
#include <atomic>
#include <cstdio>
#include <cstring>
#include <getopt.h>
#include <string>
#include <thread>
#include <vector>

#include "cli/cli.h"
#include "cli/initiator_util.h"

namespace aoe::cli {

namespace {

const char kUsage[] =
    "usage: aoeboot bench eX.Y [--read|--write] [--random] [--outstanding K] [--seconds S]\n"
    "                    [--block B] [--json] [--yes] [options]\n\n"
    "Keeps K requests of B bytes in flight against eX.Y for S seconds (sequential,\n"
    "wrapping at the end, or at random aligned offsets) and prints MB/s, IOPS,\n"
    "frames per second and retransmits. --write overwrites the disk: it needs --yes.\n\n"
    "      --read / --write   direction (default read)\n"
    "      --random           random offsets (default sequential)\n"
    "      --outstanding K    concurrent requests (default 8)\n"
    "      --seconds S        duration (default 5)\n"
    "      --block B          request size (default 128K sequential, 4K random)\n"
    "      --json             one JSON line on stdout\n"
    "      --yes              allow --write\n";

}  // namespace

int cmd_bench(int argc, char** argv) {
    enum { kRead = 300, kWrite, kRandom, kOut, kSeconds, kBlock, kJson, kYes };
    static const option longopts[] = {
        AOEBOOT_DEVICE_LONGOPTS,
        {"read", no_argument, nullptr, kRead},
        {"write", no_argument, nullptr, kWrite},
        {"random", no_argument, nullptr, kRandom},
        {"outstanding", required_argument, nullptr, kOut},
        {"seconds", required_argument, nullptr, kSeconds},
        {"block", required_argument, nullptr, kBlock},
        {"json", no_argument, nullptr, kJson},
        {"yes", no_argument, nullptr, kYes},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    DeviceArgs a;
    bool write = false, random = false, json = false, yes = false;
    unsigned outstanding = 8;
    double seconds = 5;
    uint64_t block = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "i:vh", longopts, nullptr)) != -1) {
        int h = handle_device_option("bench", c, optarg, a);
        if (h == kExitUsage) return h;
        if (h) continue;
        switch (c) {
            case kRead: write = false; break;
            case kWrite: write = true; break;
            case kRandom: random = true; break;
            case kOut: {
                auto v = parse_size(optarg);
                if (!v || *v < 1 || *v > 256) return usage_error("bench", "bad --outstanding (1-256)");
                outstanding = unsigned(*v);
                break;
            }
            case kSeconds: {
                auto v = parse_size(optarg);
                if (!v || *v < 1 || *v > 3600) return usage_error("bench", "bad --seconds (1-3600)");
                seconds = double(*v);
                break;
            }
            case kBlock: {
                auto v = parse_size(optarg);
                if (!v || *v == 0 || *v % 512 || *v > (64u << 20))
                    return usage_error("bench", "bad --block (a multiple of 512, at most 64M)");
                block = *v;
                break;
            }
            case kJson: json = true; break;
            case kYes: yes = true; break;
            case 'h':
                std::fputs(kUsage, stdout);
                std::fputs(kDeviceOptionsHelp, stdout);
                return kExitOk;
            default: return usage_error("bench", "unknown option");
        }
    }
    if (argc - optind != 1) return usage_error("bench", "need exactly one device (eX.Y)");
    if (write && !yes) return usage_error("bench", "--write overwrites the disk: add --yes");
    if (!block) block = random ? 4096 : 128 * 1024;
    const char* name = argv[optind];
    auto dev = open_device("bench", name, a);
    if (!dev) return kExitFail;
    const uint64_t size = dev->size();
    if (size < block) {
        std::fprintf(stderr, "aoeboot bench: %s (%llu bytes) is smaller than one block\n", name,
                     static_cast<unsigned long long>(size));
        return kExitFail;
    }
    const uint64_t blocks = size / block;
    std::atomic<uint64_t> next{0}, ios{0}, bytes{0};
    std::atomic<bool> stop{false}, failed{false};
    std::string first_error;
    std::atomic_flag error_taken = ATOMIC_FLAG_INIT;
    const initiator::DeviceStats before = dev->stats();
    const double t0 = now_seconds();
    std::vector<std::thread> workers;
    for (unsigned w = 0; w < outstanding; w++) {
        workers.emplace_back([&, w] {
            std::vector<uint8_t> buf(block);
            for (size_t i = 0; i < buf.size(); i++) buf[i] = uint8_t(i * 7 + w);
            uint64_t x = 0x9E3779B97F4A7C15ull * (w + 1);
            std::string err;
            while (!stop.load(std::memory_order_relaxed)) {
                uint64_t b;
                if (random) {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    b = x % blocks;
                } else {
                    b = next.fetch_add(1) % blocks;
                }
                int r = write ? dev->write(b * block, buf, err) : dev->read(b * block, buf, err);
                if (r != 0) {
                    if (!error_taken.test_and_set()) first_error = err;
                    failed = true;
                    stop = true;
                    return;
                }
                ios++;
                bytes += block;
            }
        });
    }
    Progress prog;
    prog.begin(write ? "bench write" : "bench read", uint64_t(seconds * 1000));
    while (!stop && now_seconds() - t0 < seconds) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        prog.update(uint64_t((now_seconds() - t0) * 1000));
    }
    stop = true;
    for (std::thread& t : workers) t.join();
    prog.finish();
    const double secs = now_seconds() - t0;
    if (failed) {
        std::fprintf(stderr, "aoeboot bench: %s\n", first_error.c_str());
        return kExitFail;
    }
    const initiator::DeviceStats st = dev->stats();
    const uint64_t frames = st.frames_sent - before.frames_sent;
    const uint64_t rx = st.frames_received - before.frames_received;
    const uint64_t rtx = st.retransmits - before.retransmits;
    const double mbs = double(bytes) / 1e6 / secs, iops = double(ios) / secs;
    if (json) {
        std::printf("{\"device\": \"%s\", \"op\": \"%s\", \"pattern\": \"%s\", \"block\": %llu, "
                    "\"outstanding\": %u, \"seconds\": %.3f, \"bytes\": %llu, \"mb_per_s\": %.2f, "
                    "\"iops\": %.1f, \"frames_per_s\": %.1f, \"frames\": %llu, \"replies\": %llu, "
                    "\"retransmits\": %llu, \"frame_sectors\": %u}\n",
                    name, write ? "write" : "read", random ? "random" : "sequential",
                    static_cast<unsigned long long>(block), outstanding, secs,
                    static_cast<unsigned long long>(bytes.load()), mbs, iops, double(frames) / secs,
                    static_cast<unsigned long long>(frames), static_cast<unsigned long long>(rx),
                    static_cast<unsigned long long>(rtx), dev->info().frame_sectors);
    } else {
        std::printf("%s %s %s, %s blocks, %u outstanding, %.1f s: %.1f MB/s, %.0f IOPS, "
                    "%.0f frames/s (%u sectors/frame), retransmits %llu\n",
                    name, random ? "random" : "sequential", write ? "write" : "read",
                    human_bytes(block).c_str(), outstanding, secs, mbs, iops,
                    double(frames) / secs, dev->info().frame_sectors,
                    static_cast<unsigned long long>(rtx));
    }
    if (a.verbose) print_stats(*dev);
    return kExitOk;
}

}  // namespace aoe::cli
