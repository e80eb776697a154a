// `aoeboot serve`: the AoE target, from exports.conf or the quick form
// `aoeboot serve IFACE SHELF.SLOT PATH`.
#include <cstdio>
#include <cstring>
#include <getopt.h>
#include <string>

#include "base/log.h"
#include "cli/cli.h"
#include "target/config.h"
#include "target/server.h"

namespace aoe::cli {

namespace {

const char kUsage[] =
    "usage: aoeboot serve [-c FILE] [options]\n"
    "       aoeboot serve [options] IFACE SHELF.SLOT PATH\n"
    "Serve AoE exports from FILE (default /etc/aoeboot/exports.conf), or one export.\n\n"
    "  -c, --config FILE      exports file (INI, see aoeboot-serve(8))\n"
    "  -t, --test             check the configuration and exit\n"
    "  -S, --control PATH     control socket for 'aoeboot status' (default /run/aoeboot/control)\n"
    "      --state-dir DIR    where mask lists and reservations are kept (default /var/lib/aoeboot)\n"
    "      --syslog           log to syslog instead of stderr\n"
    "      --no-guard         skip the duplicate shelf.slot check at start\n"
    "  -v, --verbose          log every decision (debug)\n"
    "quick form only:\n"
    "  -r, --ro               read-only export\n"
    "      --sync MODE        none, flush (default) or always\n"
    "      --direct           open the backing store with O_DIRECT\n"
    "      --allow MACS       only these initiators (comma separated)\n"
    "      --config-string S  initial Query Config string\n"
    "  -b, --buffers N        requests queued per export (default 64)\n"
    "      --multipath        allow another target with the same shelf.slot\n";

enum { kOptState = 256, kOptSyslog, kOptNoGuard, kOptSync, kOptDirect, kOptAllow, kOptCfgStr, kOptMultipath };

}  // namespace

int cmd_serve(int argc, char** argv) {
    static const option longopts[] = {
        {"config", required_argument, nullptr, 'c'},   {"test", no_argument, nullptr, 't'},
        {"control", required_argument, nullptr, 'S'},  {"state-dir", required_argument, nullptr, kOptState},
        {"syslog", no_argument, nullptr, kOptSyslog},  {"no-guard", no_argument, nullptr, kOptNoGuard},
        {"verbose", no_argument, nullptr, 'v'},        {"ro", no_argument, nullptr, 'r'},
        {"sync", required_argument, nullptr, kOptSync}, {"direct", no_argument, nullptr, kOptDirect},
        {"allow", required_argument, nullptr, kOptAllow}, {"config-string", required_argument, nullptr, kOptCfgStr},
        {"buffers", required_argument, nullptr, 'b'},  {"multipath", no_argument, nullptr, kOptMultipath},
        {"help", no_argument, nullptr, 'h'},           {nullptr, 0, nullptr, 0}};
    std::string file, control, state_dir, err;
    bool test = false, syslog = false, guard = true, quick_opts = false;
    target::ExportConfig quick;
    optind = 1;
    for (int c; (c = getopt_long(argc, argv, "c:tS:vrb:h", longopts, nullptr)) != -1;) {
        switch (c) {
            case 'c': file = optarg; break;
            case 't': test = true; break;
            case 'S': control = optarg; break;
            case kOptState: state_dir = optarg; break;
            case kOptSyslog: syslog = true; break;
            case kOptNoGuard: guard = false; break;
            case 'v': log_set_level(LogLevel::kDebug); break;
            case 'r': quick.read_only = true, quick_opts = true; break;
            case kOptSync:
                quick_opts = true;
                if (!std::strcmp(optarg, "none")) quick.sync = target::SyncMode::kNone;
                else if (!std::strcmp(optarg, "flush")) quick.sync = target::SyncMode::kFlush;
                else if (!std::strcmp(optarg, "always")) quick.sync = target::SyncMode::kAlways;
                else return usage_error("serve", "--sync wants none, flush or always");
                break;
            case kOptDirect: quick.direct = true, quick_opts = true; break;
            case kOptAllow:
                quick_opts = true;
                if (!target::parse_mac_list(optarg, quick.allow, err)) return usage_error("serve", err);
                break;
            case kOptCfgStr:
                quick_opts = true;
                quick.config = optarg;
                if (quick.config.size() > 1024) return usage_error("serve", "config string longer than 1024 bytes");
                break;
            case 'b': {
                quick_opts = true;
                auto n = parse_size(optarg);
                if (!n || *n < 2 || *n > 4096) return usage_error("serve", "--buffers wants 2..4096");
                quick.buffers = unsigned(*n);
                break;
            }
            case kOptMultipath: quick.multipath = true, quick_opts = true; break;
            case 'h': std::fputs(kUsage, stdout); return kExitOk;
            default: return usage_error("serve", "unknown option");
        }
    }
    log_set_prefix("aoeboot serve");
    target::ServeConfig cfg;
    target::Server server;
    int rest = argc - optind;
    if (rest == 3) {
        if (!file.empty()) return usage_error("serve", "give either -c FILE or IFACE SHELF.SLOT PATH, not both");
        auto addr = parse_address(argv[optind + 1]);
        if (!addr) return usage_error("serve", std::string("'") + argv[optind + 1] + "' is not an address like e1.0 (shelf < 65535, slot < 255)");
        quick.addr = *addr;
        quick.where = "command line";
        quick.interfaces = {argv[optind]};
        if (!target::set_backing(quick, argv[optind + 2], err)) return usage_error("serve", err);
        cfg.interfaces = quick.interfaces;
        cfg.exports.push_back(quick);
    } else if (rest == 0) {
        if (quick_opts) return usage_error("serve", "export options (--ro, --sync, ...) belong to the quick form; put them in the config file");
        if (file.empty()) file = target::kDefaultConfigFile;
        if (!target::load_config(file, cfg, err)) {
            std::fprintf(stderr, "aoeboot serve: %s\n", err.c_str());
            return kExitFail;
        }
        server.config_file = file;
    } else {
        return usage_error("serve", "expected IFACE SHELF.SLOT PATH, or no arguments with -c FILE");
    }
    if (!control.empty()) cfg.control = control;
    if (!state_dir.empty()) cfg.state_dir = state_dir;
    if (syslog) cfg.syslog = true;
    if (test) {
        std::printf("%s: %zu export(s), configuration OK\n", file.empty() ? "command line" : file.c_str(), cfg.exports.size());
        return kExitOk;
    }
    server.guard = guard;
    return target::serve_main(server, cfg);
}

}  // namespace aoe::cli
