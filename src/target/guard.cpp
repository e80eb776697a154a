#include "target/guard.h"

#include <poll.h>

#include "proto/aoe.h"

namespace aoe::target {

bool guard_begin(GuardRun& g, const std::vector<Probe>& probes, unsigned wait_ms, std::string& err) {
    g = GuardRun{};
    g.probes = probes;
    uint32_t tag = 0x80000000u | 0x4755;  // bit 31: a userspace query, not the kernel's
    for (const Probe& p : probes) {
        if (!g.socks.count(p.iface)) {
            net::Interface ifc;
            net::RawSocket s;
            if (!net::get_interface(p.iface, ifc, err) || !net::open_socket(s, ifc, net::Filter{true, {}}, err)) {
                guard_end(g);
                return false;
            }
            g.socks[p.iface] = s;
        }
        net::RawSocket& s = g.socks[p.iface];
        Header h;
        h.dst = kBroadcastMac;
        h.src = s.iface.mac;
        h.major = p.addr.shelf;
        h.minor = p.addr.slot;
        h.tag = tag++;
        ConfigMessage c;
        uint8_t frame[kMinFrameLen];
        size_t n = build_config(frame, h, c);
        if (n == 0 || !net::send_frame(s, std::span<const uint8_t>(frame, n))) {
            err = "cannot send the duplicate-address query on " + p.iface;
            guard_end(g);
            return false;
        }
    }
    g.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
    return true;
}

void guard_poll(GuardRun& g) {
    net::RecvBatch batch;
    for (auto& [name, s] : g.socks) {
        int n = net::receive(s, batch);
        for (int k = 0; k < n; k++) {
            Frame f;
            // vblade's short replies parse fine: no length check beyond the header.
            ParseError pe = parse(batch.frame(k), f);
            if (pe != ParseError::kOk && pe != ParseError::kConfigStringPastFrame) continue;
            if (f.header.command != kCmdConfig || f.header.src == s.iface.mac) continue;
            for (const Probe& p : g.probes) {
                if (p.iface != name || p.addr.shelf != f.header.major || p.addr.slot != f.header.minor)
                    continue;
                bool known = false;
                for (const Duplicate& d : g.found)
                    if (d.probe.iface == p.iface && d.probe.addr == p.addr) known = true;
                if (!known) g.found.push_back(Duplicate{p, f.header.src});
            }
        }
    }
}

std::vector<int> guard_fds(const GuardRun& g) {
    std::vector<int> fds;
    for (const auto& [name, s] : g.socks) fds.push_back(s.fd);
    return fds;
}

void guard_end(GuardRun& g) {
    for (auto& [name, s] : g.socks) net::close_socket(s);
    g.socks.clear();
}

bool find_duplicates(const std::vector<Probe>& probes, unsigned wait_ms,
                     std::vector<Duplicate>& out, std::string& err) {
    GuardRun g;
    if (!guard_begin(g, probes, wait_ms, err)) return false;
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                        g.deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) break;
        std::vector<pollfd> pfd;
        for (int fd : guard_fds(g)) pfd.push_back(pollfd{fd, POLLIN, 0});
        if (poll(pfd.data(), pfd.size(), int(left)) > 0) guard_poll(g);
    }
    guard_poll(g);
    guard_end(g);
    out = g.found;
    return true;
}

}  // namespace aoe::target
