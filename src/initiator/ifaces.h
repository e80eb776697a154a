// Which interfaces an initiator command uses: the ones named with -i (names
// or MACs; set up and waited for), or by default every Ethernet link that is
// already up. Shared by discover, read, write, verify and bench.
#pragma once

#include <string>
#include <vector>

namespace aoe::initiator {

struct IfaceOptions {
    std::vector<std::string> wanted;  // -i values; empty: every Ethernet link that is up
    unsigned mtu = 0;                 // --mtu: set before use (0: leave)
    int carrier_timeout_ms = 5000;
};

// Resolves, brings up (named links only) and waits for carrier. Fills
// `names` with the interfaces to use. False with `err` that says what to do.
bool prepare_ifaces(const IfaceOptions& opt, std::vector<std::string>& names, std::string& err);

}  // namespace aoe::initiator
