// `aoeboot vblade` (or the binary called as `vblade`): vblade 25's command
// line, served by the aoeboot target, so existing scripts keep working.
#include <cstdio>
#include <cstdlib>
#include <getopt.h>
#include <string>
#include <unistd.h>

#include "base/log.h"
#include "cli/cli.h"
#include "target/config.h"
#include "target/server.h"

namespace aoe::cli {

int cmd_vblade(int argc, char** argv) {
    const char* usage =
        "usage: vblade [-b bufcnt] [-d] [-s] [-r] [-m mac[,mac...]] [-o offset] [-l length] shelf slot netif filename\n"
        "  -b  buffer count advertised (default 16)   -d  O_DIRECT   -s  O_SYNC (every write synced)\n"
        "  -r  read-only   -m  only these initiator MACs   -o/-l  serve a slice (bytes)\n";
    target::ExportConfig e;
    e.buffers = 16;  // vblade's default
    std::string err;
    optind = 1;
    for (int c; (c = getopt(argc, argv, "b:dsrm:o:l:h")) != -1;) {
        switch (c) {
            case 'b': {
                auto n = parse_size(optarg);
                if (!n || *n < 2 || *n > 4096) return usage_error("vblade", "-b wants a buffer count from 2 to 4096");
                e.buffers = unsigned(*n);
                break;
            }
            case 'd': e.direct = true; break;
            case 's': e.sync = target::SyncMode::kAlways; break;
            case 'r': e.read_only = true; break;
            case 'm':
                if (!target::parse_mac_list(optarg, e.allow, err)) return usage_error("vblade", err);
                break;
            case 'o': {
                auto n = parse_size(optarg);
                if (!n || *n % 512) return usage_error("vblade", "-o wants a byte offset that is a multiple of 512");
                e.offset = *n;
                break;
            }
            case 'l': {
                auto n = parse_size(optarg);
                if (!n || *n == 0 || *n % 512) return usage_error("vblade", "-l wants a length that is a multiple of 512");
                e.length = *n;
                break;
            }
            case 'h': std::fputs(usage, stdout); return kExitOk;
            default: std::fputs(usage, stderr); return kExitUsage;
        }
    }
    if (argc - optind != 4) {
        std::fputs(usage, stderr);
        return kExitUsage;
    }
    char* end = nullptr;
    long shelf = std::strtol(argv[optind], &end, 10);
    if (*end || shelf < 0 || shelf >= 0xffff) return usage_error("vblade", "shelf must be 0..65534");
    long slot = std::strtol(argv[optind + 1], &end, 10);
    if (*end || slot < 0 || slot >= 0xff) return usage_error("vblade", "slot must be 0..254");
    e.addr = Address{uint16_t(shelf), uint8_t(slot)};
    e.where = "command line";
    e.interfaces = {argv[optind + 2]};
    if (!target::set_backing(e, argv[optind + 3], err)) return usage_error("vblade", err);
    log_set_prefix("vblade");
    target::ServeConfig cfg;
    cfg.interfaces = e.interfaces;
    cfg.exports.push_back(e);
    target::Server server;
    server.use_control = false;  // vblade has none; 32 of them must not collide
    server.persist = false;      // vblade keeps no state either
    std::fprintf(stderr, "pid %ld: e%ld.%ld, %s%s\n", long(getpid()), shelf, slot, argv[optind + 3],
                 e.read_only ? " O_RDONLY" : " O_RDWR");
    return target::serve_main(server, cfg);
}

}  // namespace aoe::cli
