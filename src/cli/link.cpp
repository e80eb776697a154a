// aoeboot link: show the machine's links, or set chosen ones up (MTU, carrier
// wait through netlink events) and report per link what happened.
#include <cstdio>
#include <getopt.h>
#include <string>
#include <vector>

#include "base/mac.h"
#include "cli/cli.h"
#include "net/link.h"

namespace aoe::cli {

namespace {

const char kUsage[] =
    "usage: aoeboot link [-i IFACE]...                    list links\n"
    "       aoeboot link --up [-i IFACE]... [--mtu N] [--carrier-timeout MS] [--any]\n\n"
    "Without --up, lists every link: name, index, MAC, MTU, state, carrier, kind.\n"
    "With --up, sets the chosen links up (default: every Ethernet link), sets the\n"
    "MTU when asked, and waits for carrier through netlink link notifications,\n"
    "bounded by --carrier-timeout; then prints one line per link.\n\n"
    "  -i, --interface IFACE  interface name or MAC (repeatable)\n"
    "      --up               bring the links up and wait for carrier\n"
    "      --mtu N            set this MTU (e.g. 9000)\n"
    "      --carrier-timeout MS  bound on the carrier wait (default 10000)\n"
    "      --any              stop waiting once one link has carrier\n\n"
    "Exit status: 0 when every chosen link (with --any: one) has carrier, 1 if not, 2 on bad usage.\n";

}  // namespace

int cmd_link(int argc, char** argv) {
    enum { kUp = 256, kMtu, kCarrier, kAny };
    static const option longopts[] = {
        {"interface", required_argument, nullptr, 'i'},
        {"up", no_argument, nullptr, kUp},
        {"mtu", required_argument, nullptr, kMtu},
        {"carrier-timeout", required_argument, nullptr, kCarrier},
        {"any", no_argument, nullptr, kAny},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    std::vector<std::string> wanted;
    bool up = false;
    net::BringUpOptions bo;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "i:h", longopts, nullptr)) != -1) {
        switch (c) {
            case 'i': wanted.push_back(optarg); break;
            case kUp: up = true; break;
            case kMtu: {
                auto v = parse_size(optarg);
                if (!v || *v < 68 || *v > 65535) return usage_error("link", "bad MTU");
                bo.mtu = unsigned(*v);
                break;
            }
            case kCarrier: {
                auto v = parse_size(optarg);
                if (!v || *v > 3600000) return usage_error("link", "bad carrier timeout (ms)");
                bo.carrier_timeout_ms = int(*v);
                break;
            }
            case kAny: bo.wait_all = false; break;
            case 'h': std::fputs(kUsage, stdout); return kExitOk;
            default: return usage_error("link", "unknown option");
        }
    }
    if (optind != argc) return usage_error("link", std::string("unexpected argument '") + argv[optind] + "'");
    if (!up && (bo.mtu || !bo.wait_all)) return usage_error("link", "--mtu and --any go with --up");
    std::string err;
    std::vector<net::LinkInfo> all, chosen;
    if (!net::list_links(all, err)) {
        std::fprintf(stderr, "aoeboot link: %s\n", err.c_str());
        return kExitFail;
    }
    if (!up) {
        if (!wanted.empty() && !net::select_links(all, wanted, chosen, err)) {
            std::fprintf(stderr, "aoeboot link: %s\n", err.c_str());
            return kExitFail;
        }
        const std::vector<net::LinkInfo>& show = wanted.empty() ? all : chosen;
        std::printf("%-15s %5s  %-17s %5s  %-4s %-10s %s\n", "link", "index", "mac", "mtu", "up",
                    "carrier", "kind");
        for (const net::LinkInfo& l : show)
            std::printf("%-15s %5d  %-17s %5u  %-4s %-10s %s%s\n", l.name.c_str(), l.index,
                        format_mac(l.mac).c_str(), l.mtu, l.admin_up ? "yes" : "no",
                        l.carrier ? "yes" : "no", l.kind.empty() ? "-" : l.kind.c_str(),
                        l.ethernet ? "" : " (not Ethernet)");
        return kExitOk;
    }
    if (!net::select_links(all, wanted, chosen, err)) {
        std::fprintf(stderr, "aoeboot link: %s\n", err.c_str());
        return kExitFail;
    }
    std::vector<net::LinkResult> res;
    bool any = net::bring_up(chosen, bo, res, err);
    size_t ok = 0;
    for (const net::LinkResult& r : res) {
        std::printf("%s: %s\n", r.link.name.c_str(), r.message.c_str());
        ok += r.ok;
    }
    if (!any) {
        std::fprintf(stderr, "aoeboot link: %s\n", err.c_str());
        return kExitFail;
    }
    return (bo.wait_all ? ok == res.size() : ok > 0) ? kExitOk : kExitFail;
}

}  // namespace aoe::cli
