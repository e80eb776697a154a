// The duplicate address guard: before serving a shelf.slot, ask the segment
// whether some other target already answers for it. Two targets with one
// address look like two paths to one disk to the Linux driver, which then
// alternates I/O between them and silently corrupts data.
#pragma once

#include <string>
#include <vector>

#include "base/mac.h"

namespace aoe::target {

struct Probe {
    std::string iface;
    Address addr;
};
struct Duplicate {
    Probe probe;
    Mac other{};
};

// Sends one Query Config per probe (broadcast MAC, the real shelf.slot) and
// listens `wait_ms` for answers from any MAC other than ours. Returns false
// with `err` only when it could not ask at all (no socket, no interface).
bool find_duplicates(const std::vector<Probe>& probes, unsigned wait_ms,
                     std::vector<Duplicate>& out, std::string& err);

}  // namespace aoe::target
