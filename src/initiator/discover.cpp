// Discovery: one Query Config per interface, then poll() on the sockets until
// the wanted target answered (plus a short linger for its other paths) or the
// timeout. The query is resent every retry_ms in case a broadcast was lost.
#include "initiator/discover.h"

#include <algorithm>
#include <cstring>
#include <ctime>

#include "base/clock.h"
#include "proto/identify.h"

namespace aoe::initiator {

namespace {

// Bit 31 set: the tag space the Linux driver leaves to userspace tools.
uint32_t fresh_tag() {
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return 0x80000000u | ((uint32_t(ts.tv_nsec) ^ uint32_t(ts.tv_sec) << 20) & 0x7fffff00u);
}

void send_queries(std::span<net::RawSocket> socks, const DiscoverOptions& opt, uint32_t tag,
                  size_t& sent) {
    uint8_t buf[128];
    for (net::RawSocket& s : socks) {
        size_t n = build_query(buf, s.iface.mac, opt.want, tag);
        if (n && net::send_frame(s, {buf, n})) sent++;
    }
}

// IDENTIFY every found target once over its first path; fills sectors/lba48.
void identify_all(std::span<net::RawSocket> socks, std::vector<FoundTarget>& found,
                  const DiscoverOptions& opt, uint32_t tag_base) {
    uint8_t buf[128];
    size_t waiting = 0;
    for (size_t i = 0; i < found.size(); i++) {
        const TargetPath& p = found[i].paths.front();
        for (net::RawSocket& s : socks) {
            if (s.iface.index != p.ifindex) continue;
            Header h;
            h.dst = p.target_mac;
            h.src = s.iface.mac;
            h.major = found[i].address.shelf;
            h.minor = found[i].address.slot;
            h.tag = tag_base + uint32_t(i);
            AtaArgs a;
            a.sector_count = 1;
            a.cmd_status = kAtaIdentify;
            size_t n = build_ata(buf, h, a, {});
            if (n && net::send_frame(s, {buf, n})) waiting++;
            break;
        }
    }
    const int64_t deadline = monotonic_us() + int64_t(opt.identify_timeout_ms) * 1000;
    std::vector<int> fds;
    for (net::RawSocket& s : socks) fds.push_back(s.fd);
    net::RecvBatch batch;
    while (waiting > 0) {
        int64_t left = (deadline - monotonic_us()) / 1000;
        if (left <= 0) break;
        if (net::wait_readable(fds, int(left)) == -1) continue;
        for (net::RawSocket& s : socks) {
            if (net::receive(s, batch) <= 0) continue;
            for (int k = 0; k < batch.count; k++) {
                Frame f;
                if (parse(batch.frame(k), f) != ParseError::kOk) continue;
                if (f.header.command != kCmdAta || !f.header.is_response()) continue;
                uint32_t i = f.header.tag - tag_base;
                if (i >= found.size() || found[i].identified) continue;
                if (f.header.is_error() || (f.ata.args.cmd_status & kAtaStatusFailMask) ||
                    f.ata.data.size() < kIdentifyLen)
                    continue;
                IdentifyFields id = parse_identify(f.ata.data.first<kIdentifyLen>());
                found[i].identified = true;
                found[i].sectors = id.sectors;
                found[i].lba48 = id.lba48;
                found[i].model = id.model;
                waiting--;
            }
        }
    }
}

}  // namespace

size_t FoundTarget::distinct_macs() const {
    std::vector<Mac> macs;
    for (const TargetPath& p : paths)
        if (std::find(macs.begin(), macs.end(), p.target_mac) == macs.end())
            macs.push_back(p.target_mac);
    return macs.size();
}

bool matches_want(const FoundTarget& t, const DiscoverOptions& opt) {
    if (opt.want && t.address != *opt.want) return false;
    if (opt.want_config && t.config != *opt.want_config) return false;
    return true;
}

int wanted_found(const std::vector<FoundTarget>& found, const DiscoverOptions& opt) {
    if (!opt.want && !opt.want_config) return -1;
    for (size_t i = 0; i < found.size(); i++)
        if (matches_want(found[i], opt)) return int(i);
    return -1;
}

size_t build_query(std::span<uint8_t> out, const Mac& src, std::optional<Address> to,
                   uint32_t tag, const Mac& dst) {
    Header h;
    h.dst = dst;
    h.src = src;
    h.major = to ? to->shelf : kBroadcastMajor;
    h.minor = to ? to->slot : kBroadcastMinor;
    h.tag = tag;
    ConfigMessage c;
    c.ccmd = kCfgRead;
    return build_config(out, h, c);
}

bool collect_reply(std::vector<FoundTarget>& found, std::span<const uint8_t> frame,
                   const net::Interface& via, int64_t now) {
    Frame f;
    if (parse(frame, f) != ParseError::kOk) return false;
    const Header& h = f.header;
    if (h.command != kCmdConfig || !h.is_response() || h.is_error()) return false;
    // A reply must name a real device; the broadcast values mean a broken target.
    if (h.major == kBroadcastMajor || h.minor == kBroadcastMinor) return false;
    Address a{h.major, h.minor};
    TargetPath p;
    p.iface = via.name;
    p.ifindex = via.index;
    p.local_mac = via.mac;
    p.target_mac = h.src;
    p.mtu = via.mtu;
    p.buffer_count = f.config.buffer_count;
    p.max_sectors = f.config.sector_count;
    std::string config(reinterpret_cast<const char*>(f.config.config.data()),
                       f.config.config.size());
    auto it = std::find_if(found.begin(), found.end(),
                           [&](const FoundTarget& t) { return t.address == a; });
    if (it == found.end()) {
        FoundTarget t;
        t.address = a;
        t.paths.push_back(p);
        t.buffer_count = f.config.buffer_count;
        t.firmware = f.config.firmware;
        t.max_sectors = f.config.sector_count;
        t.config = config;
        t.first_reply_us = now;
        found.insert(std::upper_bound(found.begin(), found.end(), t,
                                      [](const FoundTarget& x, const FoundTarget& y) {
                                          return x.address < y.address;
                                      }),
                     t);
        return true;
    }
    for (TargetPath& q : it->paths)
        if (q.ifindex == p.ifindex && q.target_mac == p.target_mac) {
            q.buffer_count = p.buffer_count;  // a restarted target may say otherwise
            q.max_sectors = p.max_sectors;
            return false;
        }
    if (config != it->config || f.config.firmware != it->firmware) it->mismatch = true;
    it->paths.push_back(p);
    return true;
}

bool discover(std::span<net::RawSocket> socks, const DiscoverOptions& opt,
              std::vector<FoundTarget>& out, std::string& err) {
    out.clear();
    if (socks.empty()) {
        err = "no interface to discover on";
        return false;
    }
    const int64_t start = monotonic_us();
    int64_t deadline = start + int64_t(opt.timeout_ms) * 1000;
    const uint32_t tag = fresh_tag();
    size_t sent = 0;
    send_queries(socks, opt, tag, sent);
    if (sent == 0) {
        err = "cannot send the Query Config on any interface (link down?)";
        return false;
    }
    const int retry_max = std::max(opt.retry_ms, 10);
    int gap = opt.first_retry_ms > 0 ? std::min(std::max(opt.first_retry_ms, 5), retry_max)
                                     : retry_max;
    int64_t next_retry = start + int64_t(gap) * 1000;
    bool lingering = false;
    std::vector<int> fds;
    for (net::RawSocket& s : socks) fds.push_back(s.fd);
    net::RecvBatch batch;
    for (;;) {
        int64_t now = monotonic_us();
        if (now >= deadline) break;
        if (!lingering && now >= next_retry) {
            send_queries(socks, opt, tag, sent);
            gap = std::min(gap * 2, retry_max);
            next_retry = now + int64_t(gap) * 1000;
        }
        int64_t until = lingering ? deadline : std::min(deadline, next_retry);
        int wait_ms = int((until - now + 999) / 1000);
        int r = net::wait_readable(fds, wait_ms);
        if (r == -1) continue;
        for (net::RawSocket& s : socks) {
            while (net::receive(s, batch) > 0) {
                for (int k = 0; k < batch.count; k++)
                    collect_reply(out, batch.frame(k), s.iface, monotonic_us() - start);
            }
        }
        if (!lingering && wanted_found(out, opt) >= 0) {
            lingering = true;
            deadline = std::min(deadline, monotonic_us() + int64_t(opt.linger_ms) * 1000);
        }
    }
    if (opt.identify && !out.empty()) identify_all(socks, out, opt, fresh_tag() | 0x1000);
    return true;
}

bool discover_on(const std::vector<std::string>& ifaces, const DiscoverOptions& opt,
                 std::vector<FoundTarget>& out, std::string& err) {
    std::vector<net::RawSocket> socks;
    auto close_all = [&] {
        for (net::RawSocket& s : socks) net::close_socket(s);
    };
    for (const std::string& name : ifaces) {
        net::Interface iface;
        if (!net::get_interface(name, iface, err)) {
            close_all();
            return false;
        }
        net::RawSocket s;
        net::Filter f;
        f.responses = true;
        if (!net::open_socket(s, iface, f, err)) {
            close_all();
            return false;
        }
        socks.push_back(s);
    }
    bool ok = discover(socks, opt, out, err);
    close_all();
    return ok;
}

}  // namespace aoe::initiator
