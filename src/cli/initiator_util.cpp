#include "cli/initiator_util.h"

#include "base/log.h"
#include "cli/cli.h"

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace aoe::cli {

std::string human_bytes(uint64_t n) {
    static const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = double(n);
    int u = 0;
    while (v >= 1024 && u < 5) {
        v /= 1024;
        u++;
    }
    char buf[32];
    if (u == 0) std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(n));
    else std::snprintf(buf, sizeof buf, "%.1f %s", v, units[u]);
    return buf;
}

std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

double now_seconds() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

void Progress::begin(const char* label, uint64_t total_bytes) {
    what = label;
    total = total_bytes;
    start = last = now_seconds();
    tty = isatty(2);
}

void Progress::update(uint64_t done) {
    if (!tty) return;
    double t = now_seconds();
    if (t - last < 0.1 && done < total) return;
    last = t;
    double rate = t > start ? double(done) / (t - start) / 1e6 : 0;
    std::fprintf(stderr, "\r%s %3d%% %s of %s  %.1f MB/s   ", what,
                 total ? int(done * 100 / total) : 100, human_bytes(done).c_str(),
                 human_bytes(total).c_str(), rate);
    shown = true;
}

void Progress::finish() {
    if (shown) std::fprintf(stderr, "\n");
    shown = false;
}

const char kDeviceOptionsHelp[] =
    "  -i, --interface IFACE  interface name or MAC (repeatable); named links are set\n"
    "                         up and waited for; default: every Ethernet link that is up\n"
    "      --mtu N            set the interfaces' MTU first (e.g. 9000)\n"
    "      --carrier-timeout MS  bound on the carrier wait (default 5000)\n"
    "      --timeout S        give up when nothing was heard for S seconds (default 20)\n"
    "      --lba28            use 28-bit READ/WRITE even when the disk has LBA48\n"
    "      --max-outstanding N  cap on frames in flight (default: target buffer counts)\n"
    "      --max-sectors N    cap on sectors per frame (default: from MTU and target)\n"
    "  -v, --verbose          say more (path changes, statistics)\n";

int handle_device_option(const char* cmd, int c, const char* arg, DeviceArgs& a) {
    auto num = [&](uint64_t lo, uint64_t hi, const char* what, uint64_t& out) {
        auto v = parse_size(arg);
        if (!v || *v < lo || *v > hi) {
            usage_error(cmd, std::string("bad ") + what + " '" + arg + "'");
            return false;
        }
        out = *v;
        return true;
    };
    uint64_t v = 0;
    switch (c) {
        case 'i': a.iface.wanted.push_back(arg); return 1;
        case kOptMtu:
            if (!num(68, 65535, "MTU", v)) return kExitUsage;
            a.iface.mtu = unsigned(v);
            return 1;
        case kOptCarrier:
            if (!num(0, 3600000, "carrier timeout (ms)", v)) return kExitUsage;
            a.iface.carrier_timeout_ms = int(v);
            return 1;
        case kOptGiveUp:
            if (!num(1, 86400, "timeout (seconds)", v)) return kExitUsage;
            a.dev.give_up_ms = int(v * 1000);
            return 1;
        case kOptLba28: a.dev.force_lba28 = true; return 1;
        case kOptMaxOut:
            if (!num(1, 1024, "max-outstanding", v)) return kExitUsage;
            a.dev.max_outstanding = unsigned(v);
            return 1;
        case kOptMaxSect:
            if (!num(1, 255, "max-sectors", v)) return kExitUsage;
            a.dev.max_sectors = unsigned(v);
            return 1;
        case 'v':
            log_set_level(LogLevel::kDebug);
            a.verbose = true;
            return 1;
    }
    return 0;
}

std::unique_ptr<initiator::Device> open_device(const char* cmd, const std::string& name,
                                               DeviceArgs& a) {
    auto addr = parse_address(name);
    if (!addr) {
        usage_error(cmd, "bad device '" + name + "' (want eSHELF.SLOT, e.g. e1.0)");
        return nullptr;
    }
    std::string err;
    std::vector<std::string> names;
    if (!initiator::prepare_ifaces(a.iface, names, err)) {
        std::fprintf(stderr, "aoeboot %s: %s\n", cmd, err.c_str());
        return nullptr;
    }
    auto d = initiator::Device::open(*addr, names, a.dev, err);
    if (!d) {
        std::fprintf(stderr, "aoeboot %s: %s\n", cmd, err.c_str());
        return nullptr;
    }
    const initiator::DeviceInfo& i = d->info();
    log_debug("%s: %s, %llu sectors, %s%s, %u sectors per frame", name.c_str(),
              human_bytes(i.sectors * 512).c_str(), static_cast<unsigned long long>(i.sectors),
              i.lba48 ? "LBA48" : "LBA28 only", i.use_lba48 ? "" : " (using 28-bit commands)",
              i.frame_sectors);
    return d;
}

void print_stats(const initiator::Device& d) {
    initiator::DeviceStats s = d.stats();
    std::fprintf(stderr, "frames sent %llu, received %llu, retransmits %llu, late replies %llu\n",
                 static_cast<unsigned long long>(s.frames_sent),
                 static_cast<unsigned long long>(s.frames_received),
                 static_cast<unsigned long long>(s.retransmits),
                 static_cast<unsigned long long>(s.late_replies));
    for (const initiator::PathStats& p : s.paths)
        std::fprintf(stderr,
                     "  path %s -> %s: %s, sent %llu, received %llu, retransmits %llu, timeouts %llu, "
                     "srtt %.3f ms, rto %.1f ms, window %u/%u, %u sectors/frame\n",
                     p.iface.c_str(), format_mac(p.target_mac).c_str(), p.alive ? "alive" : "dead",
                     static_cast<unsigned long long>(p.sent), static_cast<unsigned long long>(p.received),
                     static_cast<unsigned long long>(p.retransmits),
                     static_cast<unsigned long long>(p.timeouts), p.srtt_ms, p.rto_ms, p.window,
                     p.limit, p.max_sectors);
}

}  // namespace aoe::cli
