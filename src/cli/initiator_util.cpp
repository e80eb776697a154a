#include "cli/initiator_util.h"

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

}  // namespace aoe::cli
