// Small helpers shared by the initiator commands (discover, read, write,
// verify, bench): sizes for humans, JSON strings, a progress line that only
// appears when stderr is a terminal, and a monotonic clock.
#pragma once

#include <cstdint>
#include <string>

namespace aoe::cli {

// "64.0 MiB", "1.5 GiB", "512 B".
std::string human_bytes(uint64_t n);
// A JSON string literal (quotes included), control characters escaped.
std::string json_string(const std::string& s);
double now_seconds();

// "\r  42% 27.0 MiB of 64.0 MiB  93.1 MB/s" on stderr, at most ~10 times a
// second, only when stderr is a tty. finish() ends the line.
struct Progress {
    const char* what = "";
    uint64_t total = 0;
    double start = 0, last = 0;
    bool tty = false;
    bool shown = false;
    void begin(const char* label, uint64_t total_bytes);
    void update(uint64_t done);
    void finish();
};

}  // namespace aoe::cli
