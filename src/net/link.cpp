// Link control over rtnetlink with libnl. The carrier wait subscribes to
// RTNLGRP_LINK before touching anything, then reads the current state, so a
// carrier that comes up between the two is never missed; after that it only
// sleeps in poll() on the notification socket, bounded by the deadline.
#include "net/link.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <linux/if.h>
#include <linux/if_arp.h>
#include <linux/rtnetlink.h>
#include <poll.h>

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netlink/socket.h>
#include <netlink/msg.h>

#include "base/clock.h"
#include "base/mac.h"

namespace aoe::net {

namespace {

// Owns a libnl socket; frees it on every path out.
struct NlSock {
    nl_sock* sk = nullptr;
    ~NlSock() {
        if (sk) nl_socket_free(sk);
    }
};

struct NlCache {
    nl_cache* cache = nullptr;
    ~NlCache() {
        if (cache) nl_cache_free(cache);
    }
};

bool connect_route(NlSock& s, std::string& err) {
    s.sk = nl_socket_alloc();
    if (!s.sk) {
        err = "cannot allocate a netlink socket (out of memory)";
        return false;
    }
    int r = nl_connect(s.sk, NETLINK_ROUTE);
    if (r < 0) {
        err = std::string("cannot open rtnetlink: ") + nl_geterror(r);
        return false;
    }
    return true;
}

LinkInfo to_info(rtnl_link* l) {
    LinkInfo i;
    const char* name = rtnl_link_get_name(l);
    i.name = name ? name : "";
    i.index = rtnl_link_get_ifindex(l);
    i.mtu = rtnl_link_get_mtu(l);
    unsigned flags = rtnl_link_get_flags(l);
    i.admin_up = flags & IFF_UP;
    i.carrier = flags & IFF_LOWER_UP;
    nl_addr* a = rtnl_link_get_addr(l);
    if (a && nl_addr_get_len(a) == 6) std::memcpy(i.mac.data(), nl_addr_get_binary_addr(a), 6);
    i.ethernet = rtnl_link_get_arptype(l) == ARPHRD_ETHER && !(flags & IFF_LOOPBACK);
    const char* kind = rtnl_link_get_type(l);
    i.kind = kind ? kind : "";
    return i;
}

bool read_links(nl_sock* sk, std::vector<LinkInfo>& out, std::string& err) {
    NlCache c;
    int r = rtnl_link_alloc_cache(sk, AF_UNSPEC, &c.cache);
    if (r < 0) {
        err = std::string("cannot list links: ") + nl_geterror(r);
        return false;
    }
    out.clear();
    for (nl_object* o = nl_cache_get_first(c.cache); o; o = nl_cache_get_next(o))
        out.push_back(to_info(reinterpret_cast<rtnl_link*>(o)));
    return true;
}

// Carrier state per ifindex, updated from notifications.
struct Watch {
    std::vector<int> index;
    std::vector<bool> carrier;
    std::vector<unsigned> mtu;
};

int on_event(nl_msg* msg, void* arg) {
    auto* w = static_cast<Watch*>(arg);
    nlmsghdr* h = nlmsg_hdr(msg);
    if (h->nlmsg_type != RTM_NEWLINK || h->nlmsg_len < NLMSG_LENGTH(sizeof(ifinfomsg)))
        return NL_OK;
    auto* ifi = static_cast<ifinfomsg*>(nlmsg_data(h));
    for (size_t i = 0; i < w->index.size(); i++)
        if (w->index[i] == ifi->ifi_index) w->carrier[i] = ifi->ifi_flags & IFF_LOWER_UP;
    return NL_OK;
}

}  // namespace

bool list_links(std::vector<LinkInfo>& out, std::string& err) {
    NlSock s;
    if (!connect_route(s, err)) return false;
    return read_links(s.sk, out, err);
}

bool select_links(const std::vector<LinkInfo>& all, const std::vector<std::string>& wanted,
                  std::vector<LinkInfo>& out, std::string& err) {
    out.clear();
    if (wanted.empty()) {
        for (const LinkInfo& l : all)
            if (l.ethernet) out.push_back(l);
        if (out.empty()) {
            err = "no Ethernet link found (only loopback or non-Ethernet links); name one with -i";
            return false;
        }
        return true;
    }
    for (const std::string& w : wanted) {
        const LinkInfo* hit = nullptr;
        if (std::optional<Mac> mac = parse_mac(w)) {
            for (const LinkInfo& l : all)
                if (l.mac == *mac && l.ethernet) { hit = &l; break; }
            if (!hit) {
                err = "no Ethernet link has MAC " + format_mac(*mac);
                return false;
            }
        } else {
            for (const LinkInfo& l : all)
                if (l.name == w) { hit = &l; break; }
            if (!hit) {
                err = "no such interface " + w;
                return false;
            }
            if (!hit->ethernet) {
                err = w + " is not an Ethernet link (AoE needs Ethernet)";
                return false;
            }
        }
        bool dup = false;
        for (const LinkInfo& o : out) dup |= o.index == hit->index;
        if (!dup) out.push_back(*hit);
    }
    return true;
}

bool bring_up(const std::vector<LinkInfo>& links, const BringUpOptions& opt,
              std::vector<LinkResult>& results, std::string& err) {
    results.clear();
    for (const LinkInfo& l : links) results.push_back(LinkResult{l, false, -1, ""});
    if (links.empty()) {
        err = "no links to bring up";
        return false;
    }
    NlSock ctl, ev;
    if (!connect_route(ctl, err)) return false;
    Watch w;
    for (const LinkInfo& l : links) {
        w.index.push_back(l.index);
        w.carrier.push_back(false);
    }
    // Subscribe first: a carrier event between our change and our read of
    // the state then still arrives on this socket.
    ev.sk = nl_socket_alloc();
    if (!ev.sk) {
        err = "cannot allocate a netlink socket (out of memory)";
        return false;
    }
    nl_socket_disable_seq_check(ev.sk);
    nl_socket_modify_cb(ev.sk, NL_CB_VALID, NL_CB_CUSTOM, on_event, &w);
    int r = nl_connect(ev.sk, NETLINK_ROUTE);
    if (r >= 0) r = nl_socket_add_membership(ev.sk, RTNLGRP_LINK);
    if (r >= 0) r = nl_socket_set_nonblocking(ev.sk);
    if (r < 0) {
        err = std::string("cannot listen for link events: ") + nl_geterror(r);
        return false;
    }
    const int64_t start = monotonic_ms();
    std::vector<bool> usable(links.size(), true);
    for (size_t i = 0; i < links.size(); i++) {
        rtnl_link* orig = nullptr;
        r = rtnl_link_get_kernel(ctl.sk, links[i].index, nullptr, &orig);
        if (r < 0) {
            results[i].message = "vanished: " + std::string(nl_geterror(r));
            usable[i] = false;
            continue;
        }
        rtnl_link* change = rtnl_link_alloc();
        rtnl_link_set_flags(change, IFF_UP);
        if (opt.mtu) rtnl_link_set_mtu(change, opt.mtu);
        r = rtnl_link_change(ctl.sk, orig, change, 0);
        rtnl_link_put(change);
        rtnl_link_put(orig);
        if (r < 0) {
            char buf[160];
            std::snprintf(buf, sizeof buf, "cannot set up%s: %s", opt.mtu ? " / set the MTU" : "",
                          nl_geterror(r));
            results[i].message = buf;
            usable[i] = false;
        }
    }
    // The state now (events from here on update it).
    std::vector<LinkInfo> now;
    if (!read_links(ctl.sk, now, err)) return false;
    for (size_t i = 0; i < links.size(); i++)
        for (const LinkInfo& n : now)
            if (n.index == links[i].index) {
                results[i].link = n;
                w.carrier[i] = n.carrier;
            }
    auto done = [&] {
        size_t have = 0, want = 0;
        for (size_t i = 0; i < links.size(); i++) {
            if (!usable[i]) continue;
            want++;
            if (w.carrier[i]) {
                have++;
                if (results[i].carrier_ms < 0) results[i].carrier_ms = int(monotonic_ms() - start);
            }
        }
        return want == 0 || (opt.wait_all ? have == want : have > 0);
    };
    const int64_t deadline = start + opt.carrier_timeout_ms;
    while (!done()) {
        int64_t left = deadline - monotonic_ms();
        if (left <= 0) break;
        pollfd p{nl_socket_get_fd(ev.sk), POLLIN, 0};
        int pr = poll(&p, 1, int(left));
        if (pr < 0 && errno != EINTR) break;
        if (pr > 0) {
            r = nl_recvmsgs_default(ev.sk);
            // ENOBUFS: the kernel dropped notifications; re-read the state.
            if (r == -NLE_NOMEM || r == -NLE_OBJ_NOTFOUND || r < 0) {
                if (read_links(ctl.sk, now, err))
                    for (size_t i = 0; i < links.size(); i++)
                        for (const LinkInfo& n : now)
                            if (n.index == links[i].index) w.carrier[i] = n.carrier;
            }
        }
    }
    // Final state for the report (MTU as the kernel has it now).
    if (read_links(ctl.sk, now, err))
        for (size_t i = 0; i < links.size(); i++)
            for (const LinkInfo& n : now)
                if (n.index == links[i].index) results[i].link = n;
    size_t ok = 0;
    std::string missing;
    for (size_t i = 0; i < links.size(); i++) {
        LinkResult& res = results[i];
        if (!usable[i]) continue;
        bool mtu_ok = !opt.mtu || res.link.mtu == opt.mtu;
        char buf[160];
        if (w.carrier[i]) {
            std::snprintf(buf, sizeof buf, "up, carrier after %d ms, mtu %u%s", res.carrier_ms,
                          res.link.mtu, mtu_ok ? "" : " (the requested MTU did not stick)");
            res.ok = mtu_ok;
            ok++;
        } else {
            std::snprintf(buf, sizeof buf, "up, no carrier within %d ms (cable unplugged?)",
                          opt.carrier_timeout_ms);
            if (!missing.empty()) missing += ", ";
            missing += links[i].name;
        }
        res.message = buf;
    }
    if (ok == 0) {
        char buf[96];
        std::snprintf(buf, sizeof buf, " within %.1f s", opt.carrier_timeout_ms / 1000.0);
        err = missing.empty() ? "no link could be set up (are you root?)"
                              : "no carrier on " + missing + buf + ": is the cable plugged in?";
        for (const LinkResult& res : results)
            if (!res.ok && res.message.rfind("cannot", 0) == 0) err += "; " + res.link.name + ": " + res.message;
        return false;
    }
    return true;
}

}  // namespace aoe::net
