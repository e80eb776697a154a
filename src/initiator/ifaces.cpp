#include "initiator/ifaces.h"

#include "base/log.h"
#include "net/link.h"

namespace aoe::initiator {

bool prepare_ifaces(const IfaceOptions& opt, std::vector<std::string>& names, std::string& err) {
    names.clear();
    std::vector<net::LinkInfo> all, chosen;
    if (!net::list_links(all, err)) return false;
    if (!net::select_links(all, opt.wanted, chosen, err)) return false;
    if (opt.wanted.empty()) {
        // Default: only what is already up; we do not switch on a machine's
        // other NICs behind its owner's back.
        std::vector<net::LinkInfo> up;
        for (const net::LinkInfo& l : chosen)
            if (l.admin_up) up.push_back(l);
        if (up.empty()) {
            err = "no Ethernet link is up; name one with -i IFACE (it will be set up)";
            return false;
        }
        chosen = up;
        if (!opt.mtu) {
            for (const net::LinkInfo& l : chosen) names.push_back(l.name);
            return true;
        }
    }
    net::BringUpOptions bo;
    bo.mtu = opt.mtu;
    bo.carrier_timeout_ms = opt.carrier_timeout_ms;
    bo.wait_all = true;
    std::vector<net::LinkResult> res;
    if (!net::bring_up(chosen, bo, res, err)) return false;
    for (const net::LinkResult& r : res) {
        if (r.ok) {
            names.push_back(r.link.name);
            log_debug("%s: %s", r.link.name.c_str(), r.message.c_str());
        } else {
            log_warn("%s: %s (not used)", r.link.name.c_str(), r.message.c_str());
        }
    }
    if (names.empty()) {
        err = "no usable interface (see the warnings above)";
        return false;
    }
    return true;
}

}  // namespace aoe::initiator
