#include "target/guard.h"

#include <chrono>
#include <map>
#include <poll.h>

#include "net/rawsock.h"
#include "proto/aoe.h"

namespace aoe::target {

bool find_duplicates(const std::vector<Probe>& probes, unsigned wait_ms,
                     std::vector<Duplicate>& out, std::string& err) {
    out.clear();
    std::map<std::string, net::RawSocket> socks;
    auto close_all = [&] {
        for (auto& [name, s] : socks) net::close_socket(s);
    };
    uint32_t tag = 0x80000000u | 0x4755;  // bit 31: a userspace query, not the kernel's
    for (const Probe& p : probes) {
        if (!socks.count(p.iface)) {
            net::Interface ifc;
            if (!net::get_interface(p.iface, ifc, err)) return close_all(), false;
            net::RawSocket s;
            if (!net::open_socket(s, ifc, net::Filter{true, {}}, err)) return close_all(), false;
            socks[p.iface] = s;
        }
        net::RawSocket& s = socks[p.iface];
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
            return close_all(), false;
        }
    }
    using clock = std::chrono::steady_clock;
    const auto deadline = clock::now() + std::chrono::milliseconds(wait_ms);
    net::RecvBatch batch;
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now()).count();
        if (left <= 0) break;
        std::vector<pollfd> pfd;
        std::vector<net::RawSocket*> order;
        for (auto& [name, s] : socks) {
            pfd.push_back(pollfd{s.fd, POLLIN, 0});
            order.push_back(&s);
        }
        if (poll(pfd.data(), pfd.size(), int(left)) <= 0) continue;
        for (size_t i = 0; i < pfd.size(); i++) {
            if (!pfd[i].revents) continue;
            net::RawSocket& s = *order[i];
            int n = net::receive(s, batch);
            for (int k = 0; k < n; k++) {
                Frame f;
                // vblade's short replies parse fine: no length check beyond the header.
                ParseError pe = parse(batch.frame(k), f);
                if (pe != ParseError::kOk && pe != ParseError::kConfigStringPastFrame) continue;
                if (f.header.command != kCmdConfig || f.header.src == s.iface.mac) continue;
                for (const Probe& p : probes) {
                    if (p.iface != s.iface.name || p.addr.shelf != f.header.major ||
                        p.addr.slot != f.header.minor)
                        continue;
                    bool known = false;
                    for (const Duplicate& d : out)
                        if (d.probe.iface == p.iface && d.probe.addr == p.addr) known = true;
                    if (!known) out.push_back(Duplicate{p, f.header.src});
                }
            }
        }
    }
    close_all();
    return true;
}

}  // namespace aoe::target
