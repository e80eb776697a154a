// The duplicate address guard: before serving a shelf.slot, ask the segment
// whether some other target already answers for it. Two targets with one
// address look like two paths to one disk to the Linux driver, which then
// alternates I/O between them and silently corrupts data.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "base/mac.h"
#include "net/rawsock.h"

namespace aoe::target {

struct Probe {
    std::string iface;
    Address addr;
};
struct Duplicate {
    Probe probe;
    Mac other{};
};

// One round of asking, split so a running server keeps serving while it
// listens (a reload that adds exports must not pause I/O).
struct GuardRun {
    std::vector<Probe> probes;
    std::map<std::string, net::RawSocket> socks;  // one response socket per interface
    std::vector<Duplicate> found;
    std::chrono::steady_clock::time_point deadline;
};

// Sends one Query Config per probe (broadcast MAC, the real shelf.slot).
// Returns false with `err` when it cannot ask at all (no such interface, no
// raw socket); then nothing is left open.
bool guard_begin(GuardRun& g, const std::vector<Probe>& probes, unsigned wait_ms, std::string& err);
// Reads whatever answers are waiting (non-blocking) into g.found.
void guard_poll(GuardRun& g);
std::vector<int> guard_fds(const GuardRun& g);
void guard_end(GuardRun& g);

// begin, listen `wait_ms`, end: for the start of the daemon.
bool find_duplicates(const std::vector<Probe>& probes, unsigned wait_ms,
                     std::vector<Duplicate>& out, std::string& err);

}  // namespace aoe::target
