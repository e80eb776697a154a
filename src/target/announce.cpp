#include "target/announce.h"

#include <algorithm>

#include "base/log.h"
#include "net/rawsock.h"
#include "proto/aoe.h"
#include "target/request.h"
#include "target/server.h"

namespace aoe::target {

void announce(Announcer& a, Address addr, const std::string& iface, Clock::time_point now) {
    for (Announcement& p : a.pending)
        if (p.addr == addr && p.iface == iface) {
            p.start = now;
            p.step = 0;
            return;
        }
    a.pending.push_back(Announcement{addr, iface, now, 0});
}

std::vector<Mac> announce_destinations(const std::vector<Mac>& allow, const AccessState& st) {
    if (allow.empty() && st.mask.empty()) return {kBroadcastMac};
    std::vector<Mac> out;
    for (const Mac& m : allow.empty() ? st.mask : allow)
        if (access_allowed(allow, st, m) && !mac_in(out, m)) out.push_back(m);
    return out;
}

size_t build_announcement(std::span<uint8_t> out, const Export& e, const Mac& self, const Mac& dst,
                          unsigned mtu) {
    Header h;
    h.dst = dst;
    h.src = self;
    h.flags = kFlagResponse;
    h.major = e.cfg.addr.shelf;
    h.minor = e.cfg.addr.slot;
    h.tag = 0;  // bit 31 clear, or the Linux driver ignores it
    ConfigMessage c;
    c.buffer_count = uint16_t(e.cfg.buffers);
    c.firmware = kTargetFirmware;
    c.sector_count = uint8_t(max_sectors(mtu));
    c.ccmd = kCfgRead;
    c.config = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(e.config_string.data()),
                                        e.config_string.size());
    return build_config(out, h, c);
}

std::vector<Announcement> announce_due(Announcer& a, Clock::time_point now) {
    std::vector<Announcement> due;
    for (auto it = a.pending.begin(); it != a.pending.end();) {
        if (now >= it->start + std::chrono::milliseconds(kAnnounceAtMs[it->step])) {
            due.push_back(*it);
            // Copies that fell behind (a long stall) are not sent in a burst.
            while (it->step < kAnnounceSteps &&
                   now >= it->start + std::chrono::milliseconds(kAnnounceAtMs[it->step]))
                it->step++;
        }
        if (it->step >= kAnnounceSteps) it = a.pending.erase(it);
        else ++it;
    }
    return due;
}

int announce_wait_ms(const Announcer& a, Clock::time_point now) {
    int wait = -1;
    for (const Announcement& p : a.pending) {
        auto at = p.start + std::chrono::milliseconds(kAnnounceAtMs[p.step]);
        long long ms = std::chrono::duration_cast<std::chrono::milliseconds>(at - now).count();
        int w = int(std::clamp<long long>(ms, 0, 1 << 30));
        if (wait < 0 || w < wait) wait = w;
    }
    return wait;
}

void announce_send(Server& s, Clock::time_point now) {
    if (s.announce.pending.empty()) return;
    for (const Announcement& p : announce_due(s.announce, now)) {
        auto ei = s.exports.find(p.addr);
        auto li = s.links.find(p.iface);
        if (ei == s.exports.end() || li == s.links.end()) continue;  // gone meanwhile
        Export& e = *ei->second;
        Link& l = li->second;
        std::lock_guard<std::mutex> hold(e.mu);
        for (const Mac& dst : announce_destinations(e.cfg.allow, e.access)) {
            uint8_t frame[kConfigHeaderLen + kMaxConfigString + kMinFrameLen];
            size_t n = build_announcement(frame, e, l.sock->iface.mac, dst, l.mtu);
            // A link still down fails with ENETDOWN: its coming up announces again.
            if (n) net::send_frame(*l.sock, std::span<const uint8_t>(frame, n));
        }
    }
}

void announce_links(Server& s, Clock::time_point now) {
    for (auto& [name, l] : s.links) {
        net::Interface ifc;
        std::string err;
        const bool up = net::get_interface(name, ifc, err) && ifc.up && ifc.running;
        auto it = s.announce.link_up.find(name);
        const bool was_known = it != s.announce.link_up.end();
        const bool was_up = was_known && it->second;
        s.announce.link_up[name] = up;
        if (!was_known || was_up || !up) continue;
        log_info("%s is up: announcing its exports", name.c_str());
        for (Export* e : s.served[name]) announce(s.announce, e->cfg.addr, name, now);
    }
    for (auto it = s.announce.link_up.begin(); it != s.announce.link_up.end();) {
        if (s.links.count(it->first)) ++it;
        else it = s.announce.link_up.erase(it);
    }
}

}  // namespace aoe::target
