// Link control over rtnetlink with libnl. The carrier wait subscribes to
// RTNLGRP_LINK before touching anything, then reads the current state, so a
// carrier that comes up between the two is never missed; after that it only
// sleeps in poll() on the notification socket, bounded by the deadline.
#include "net/link.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <linux/if.h>
#include <linux/if_arp.h>
#include <linux/rtnetlink.h>
#include <poll.h>

#include <netlink/netlink.h>
#include <netlink/attr.h>
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

// One RTM_NEWLINK message of a dump, decoded with libnl's attribute parser.
// (libnl-route's rtnl_link objects would do the same through its object
// cache, whose dump, compare and SR-IOV tables and the resolver behind its
// nl_addr parsing come to about 60 KB of the static binary; we need three
// fields and one change request, which libnl's core message API does.)
int on_link(nl_msg* msg, void* arg) {
    auto* out = static_cast<std::vector<LinkInfo>*>(arg);
    nlmsghdr* h = nlmsg_hdr(msg);
    if (h->nlmsg_type != RTM_NEWLINK) return NL_OK;
    nla_policy pol[IFLA_MAX + 1] = {};
    pol[IFLA_IFNAME].type = NLA_STRING;
    pol[IFLA_MTU].type = NLA_U32;
    pol[IFLA_LINKINFO].type = NLA_NESTED;
    nlattr* tb[IFLA_MAX + 1];
    if (nlmsg_parse(h, sizeof(ifinfomsg), tb, IFLA_MAX, pol) < 0) return NL_SKIP;
    auto* ifi = static_cast<ifinfomsg*>(nlmsg_data(h));
    LinkInfo i;
    if (tb[IFLA_IFNAME]) i.name = nla_get_string(tb[IFLA_IFNAME]);
    i.index = ifi->ifi_index;
    if (tb[IFLA_MTU]) i.mtu = nla_get_u32(tb[IFLA_MTU]);
    i.admin_up = ifi->ifi_flags & IFF_UP;
    i.carrier = ifi->ifi_flags & IFF_LOWER_UP;
    if (tb[IFLA_ADDRESS] && nla_len(tb[IFLA_ADDRESS]) == 6) std::memcpy(i.mac.data(), nla_data(tb[IFLA_ADDRESS]), 6);
    i.ethernet = ifi->ifi_type == ARPHRD_ETHER && !(ifi->ifi_flags & IFF_LOOPBACK);
    if (tb[IFLA_LINKINFO]) {
        nla_policy ipol[IFLA_INFO_MAX + 1] = {};
        ipol[IFLA_INFO_KIND].type = NLA_STRING;
        nlattr* info[IFLA_INFO_MAX + 1];
        if (nla_parse_nested(info, IFLA_INFO_MAX, tb[IFLA_LINKINFO], ipol) == 0 && info[IFLA_INFO_KIND])
            i.kind = nla_get_string(info[IFLA_INFO_KIND]);
    }
    out->push_back(std::move(i));
    return NL_OK;
}

bool read_links(nl_sock* sk, std::vector<LinkInfo>& out, std::string& err) {
    out.clear();
    ifinfomsg ifi{};
    ifi.ifi_family = AF_UNSPEC;
    // A callback set of its own: the socket's default set keeps no pointer
    // to this call's `out`.
    nl_cb* cb = nl_cb_alloc(NL_CB_DEFAULT);
    if (!cb) {
        err = "cannot list links: out of memory";
        return false;
    }
    int r = nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, on_link, &out);
    if (r >= 0) r = nl_send_simple(sk, RTM_GETLINK, NLM_F_DUMP, &ifi, sizeof ifi);
    if (r >= 0) r = nl_recvmsgs(sk, cb);
    nl_cb_put(cb);
    if (r < 0) {
        err = std::string("cannot list links: ") + nl_geterror(r);
        return false;
    }
    std::sort(out.begin(), out.end(), [](const LinkInfo& a, const LinkInfo& b) { return a.index < b.index; });
    return true;
}

// RTM_SETLINK: up, and the MTU when asked; nl_send_sync waits for the
// kernel's acknowledgement (or its error).
int set_up(nl_sock* sk, int index, unsigned mtu) {
    nl_msg* m = nlmsg_alloc_simple(RTM_SETLINK, 0);
    if (!m) return -NLE_NOMEM;
    ifinfomsg ifi{};
    ifi.ifi_family = AF_UNSPEC;
    ifi.ifi_index = index;
    ifi.ifi_flags = IFF_UP;
    ifi.ifi_change = IFF_UP;
    if (nlmsg_append(m, &ifi, sizeof ifi, NLMSG_ALIGNTO) < 0 || (mtu && nla_put_u32(m, IFLA_MTU, mtu) < 0)) {
        nlmsg_free(m);
        return -NLE_NOMEM;
    }
    return nl_send_sync(sk, m);  // frees m
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
        r = set_up(ctl.sk, links[i].index, opt.mtu);
        if (r == -NLE_NODEV) {
            results[i].message = "vanished: " + std::string(nl_geterror(r));
            usable[i] = false;
            continue;
        }
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
