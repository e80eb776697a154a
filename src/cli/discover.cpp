// aoeboot discover: find AoE targets on the segment and list them like
// aoe-stat, or as JSON. Returns as soon as a wanted target answered.
#include <cstdio>
#include <cstdlib>
#include <getopt.h>
#include <string>
#include <vector>

#include "base/log.h"
#include "base/mac.h"
#include "cli/cli.h"
#include "cli/initiator_util.h"
#include "initiator/discover.h"
#include "initiator/ifaces.h"

namespace aoe::cli {

namespace {

const char kUsage[] =
    "usage: aoeboot discover [-i IFACE]... [-t TIMEOUT_MS] [--want eX.Y | --want-config STRING]\n"
    "                        [--json] [--mtu N] [--no-identify] [-v]\n\n"
    "Broadcasts an AoE Query Config on the interfaces and lists the targets that\n"
    "answer: device, size, interface, target MAC(s), firmware, buffer count, max\n"
    "sectors per frame, config string. A device answered by several MACs is marked\n"
    "(multipath, or two targets clashing on one shelf.slot).\n\n"
    "  -i, --interface IFACE  interface name or MAC (repeatable); named links are set\n"
    "                         up and waited for; default: every Ethernet link that is up\n"
    "  -t, --timeout MS       how long to listen (default 1000)\n"
    "      --want eX.Y        return as soon as this device answered; exit 1 if it did not\n"
    "      --want-config S    same, for the target whose config string is exactly S\n"
    "      --json             one JSON document on stdout\n"
    "      --mtu N            set the interfaces' MTU first (e.g. 9000)\n"
    "      --carrier-timeout MS  bound on the carrier wait for named links (default 5000)\n"
    "      --no-identify      skip the IDENTIFY that gets each device's size\n"
    "  -v, --verbose          say what happens on each link\n\n"
    "Exit status: 0 when a target (or the wanted one) was found, 1 when not, 2 on bad usage.\n";

void print_table(const std::vector<initiator::FoundTarget>& found) {
    std::printf("%-10s %10s  %-10s %-17s %6s %5s %5s  %s\n", "device", "size", "iface",
                "target-mac", "fw", "bufs", "sect", "config");
    for (const initiator::FoundTarget& t : found) {
        bool multi = t.distinct_macs() > 1;
        std::string dev = format_address(t.address) + (multi ? "*" : "");
        std::string size = t.identified ? human_bytes(t.sectors * 512) : "?";
        for (const initiator::TargetPath& p : t.paths) {
            char fw[16];
            std::snprintf(fw, sizeof fw, "0x%x", t.firmware);
            std::printf("%-10s %10s  %-10s %-17s %6s %5u %5u  %s\n", dev.c_str(), size.c_str(),
                        p.iface.c_str(), format_mac(p.target_mac).c_str(), fw, p.buffer_count,
                        p.max_sectors, t.config.c_str());
        }
    }
    for (const initiator::FoundTarget& t : found) {
        if (t.distinct_macs() < 2) continue;
        std::printf("* %s answered from %zu MACs: %s\n", format_address(t.address).c_str(),
                    t.distinct_macs(),
                    t.mismatch ? "their config strings or firmware differ: probably two "
                                 "different disks clashing on one shelf.slot (fix the target "
                                 "addresses: writes would go to both)"
                               : "multipath (the same disk served twice) or a shelf.slot "
                                 "conflict; make sure they share one backing store");
    }
}

void print_json(const std::vector<initiator::FoundTarget>& found, double secs) {
    std::printf("{\"elapsed_ms\": %.3f, \"targets\": [", secs * 1000);
    for (size_t i = 0; i < found.size(); i++) {
        const initiator::FoundTarget& t = found[i];
        std::printf("%s\n  {\"device\": \"%s\", \"shelf\": %u, \"slot\": %u, ", i ? "," : "",
                    format_address(t.address).c_str(), t.address.shelf, t.address.slot);
        if (t.identified)
            std::printf("\"sectors\": %llu, \"bytes\": %llu, \"lba48\": %s, \"model\": %s, ",
                        static_cast<unsigned long long>(t.sectors),
                        static_cast<unsigned long long>(t.sectors * 512),
                        t.lba48 ? "true" : "false", json_string(t.model).c_str());
        std::printf("\"firmware\": %u, \"buffer_count\": %u, \"max_sectors\": %u, "
                    "\"config\": %s, \"macs\": %zu, \"mismatch\": %s, \"first_reply_ms\": %.3f, "
                    "\"paths\": [",
                    t.firmware, t.buffer_count, t.max_sectors, json_string(t.config).c_str(),
                    t.distinct_macs(), t.mismatch ? "true" : "false", t.first_reply_us / 1000.0);
        for (size_t k = 0; k < t.paths.size(); k++) {
            const initiator::TargetPath& p = t.paths[k];
            std::printf("%s{\"iface\": %s, \"mac\": \"%s\", \"mtu\": %u, \"buffer_count\": %u, "
                        "\"max_sectors\": %u}",
                        k ? ", " : "", json_string(p.iface).c_str(),
                        format_mac(p.target_mac).c_str(), p.mtu, p.buffer_count, p.max_sectors);
        }
        std::printf("]}");
    }
    std::printf("\n]}\n");
}

}  // namespace

int cmd_discover(int argc, char** argv) {
    enum { kWant = 256, kWantConfig, kJson, kMtu, kCarrier, kNoIdentify };
    static const option longopts[] = {
        {"interface", required_argument, nullptr, 'i'},
        {"timeout", required_argument, nullptr, 't'},
        {"want", required_argument, nullptr, kWant},
        {"want-config", required_argument, nullptr, kWantConfig},
        {"json", no_argument, nullptr, kJson},
        {"mtu", required_argument, nullptr, kMtu},
        {"carrier-timeout", required_argument, nullptr, kCarrier},
        {"no-identify", no_argument, nullptr, kNoIdentify},
        {"verbose", no_argument, nullptr, 'v'},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    initiator::IfaceOptions io;
    initiator::DiscoverOptions dopt;
    dopt.identify = true;
    bool json = false;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "i:t:vh", longopts, nullptr)) != -1) {
        switch (c) {
            case 'i': io.wanted.push_back(optarg); break;
            case 't': {
                auto v = parse_size(optarg);
                if (!v || *v > 3600000) return usage_error("discover", "bad timeout (ms)");
                dopt.timeout_ms = int(*v);
                break;
            }
            case kWant: {
                auto a = parse_address(optarg);
                if (!a) return usage_error("discover", std::string("bad device '") + optarg + "' (want eSHELF.SLOT, e.g. e1.0)");
                dopt.want = *a;
                break;
            }
            case kWantConfig: dopt.want_config = optarg; break;
            case kJson: json = true; break;
            case kMtu: {
                auto v = parse_size(optarg);
                if (!v || *v < 68 || *v > 65535) return usage_error("discover", "bad MTU");
                io.mtu = unsigned(*v);
                break;
            }
            case kCarrier: {
                auto v = parse_size(optarg);
                if (!v || *v > 3600000) return usage_error("discover", "bad carrier timeout (ms)");
                io.carrier_timeout_ms = int(*v);
                break;
            }
            case kNoIdentify: dopt.identify = false; break;
            case 'v': log_set_level(LogLevel::kDebug); break;
            case 'h': std::fputs(kUsage, stdout); return kExitOk;
            default: return usage_error("discover", "unknown option");
        }
    }
    if (optind != argc) return usage_error("discover", std::string("unexpected argument '") + argv[optind] + "'");
    if (dopt.want && dopt.want_config) return usage_error("discover", "--want and --want-config exclude each other");

    std::string err;
    std::vector<std::string> names;
    if (!initiator::prepare_ifaces(io, names, err)) {
        std::fprintf(stderr, "aoeboot discover: %s\n", err.c_str());
        return kExitFail;
    }
    std::vector<initiator::FoundTarget> found;
    double t0 = now_seconds();
    if (!initiator::discover_on(names, dopt, found, err)) {
        std::fprintf(stderr, "aoeboot discover: %s\n", err.c_str());
        return kExitFail;
    }
    double secs = now_seconds() - t0;
    if (json) print_json(found, secs);
    else if (!found.empty()) print_table(found);
    bool want = dopt.want || dopt.want_config;
    int hit = initiator::wanted_found(found, dopt);
    if (want && hit < 0) {
        std::string what = dopt.want ? format_address(*dopt.want) : "config '" + *dopt.want_config + "'";
        std::fprintf(stderr, "aoeboot discover: %s did not answer within %d ms on %zu interface(s)%s\n",
                     what.c_str(), dopt.timeout_ms, names.size(),
                     found.empty() ? " (no target answered at all: is the target running on this segment?)" : "");
        return kExitFail;
    }
    if (found.empty()) {
        if (!json)
            std::fprintf(stderr, "aoeboot discover: no AoE target answered within %d ms on %zu interface(s)\n",
                         dopt.timeout_ms, names.size());
        return kExitFail;
    }
    return kExitOk;
}

}  // namespace aoe::cli
