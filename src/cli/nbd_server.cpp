// aoeboot nbd-server: serve an AoE disk (or a local file) to NBD clients.
#include <getopt.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "base/log.h"
#include "cli/cli.h"
#include "cli/initiator_util.h"
#include "nbd/aoe_disk.h"
#include "nbd/server.h"

namespace aoe::cli {

namespace {

const char kUsage[] =
    "usage: aoeboot nbd-server eX.Y --listen unix:PATH|tcp:ADDR:PORT [options]\n"
    "       aoeboot nbd-server --file PATH --listen ... [options]\n\n"
    "Serves the AoE disk eX.Y (through the userspace initiator) to NBD clients\n"
    "(qemu, nbdcopy, nbd-client, ...): fixed newstyle handshake, read, write, flush.\n"
    "Several clients may connect at once. SIGTERM or SIGINT: stop accepting, finish\n"
    "what is in flight, flush, exit.\n\n"
    "  -l, --listen ADDR      unix:PATH, or tcp:ADDR:PORT (numeric; [::1]:PORT for IPv6)\n"
    "      --file PATH        serve a local file or block device instead of an AoE disk\n"
    "  -n, --name NAME        export name (default: eX.Y or the file name); clients\n"
    "                         asking for the empty name get this export too\n"
    "  -r, --read-only        refuse writes\n"
    "      --max-clients N    connections at once (default 16)\n"
    "      --queue-depth N    requests on the disk at once per client (default 16)\n";

std::atomic<bool> g_stop{false};
void on_signal(int) { g_stop = true; }

}  // namespace

int cmd_nbd_server(int argc, char** argv) {
    enum { kFile = 300, kMaxClients, kQueueDepth };
    static const option longopts[] = {
        AOEBOOT_DEVICE_LONGOPTS,
        {"listen", required_argument, nullptr, 'l'},
        {"file", required_argument, nullptr, kFile},
        {"name", required_argument, nullptr, 'n'},
        {"read-only", no_argument, nullptr, 'r'},
        {"max-clients", required_argument, nullptr, kMaxClients},
        {"queue-depth", required_argument, nullptr, kQueueDepth},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    DeviceArgs a;
    a.dev.give_up_ms = 60000;  // ride out a target restart before failing an I/O
    std::string listen_arg, file, name;
    bool read_only = false;
    nbd::ServerConfig cfg;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "i:l:n:rvh", longopts, nullptr)) != -1) {
        int h = handle_device_option("nbd-server", c, optarg, a);
        if (h == kExitUsage) return h;
        if (h) continue;
        switch (c) {
        case 'l': listen_arg = optarg; break;
        case kFile: file = optarg; break;
        case 'n': name = optarg; break;
        case 'r': read_only = true; break;
        case kMaxClients:
        case kQueueDepth: {
            auto v = parse_size(optarg);
            if (!v || *v < 1 || *v > 1024)
                return usage_error("nbd-server", std::string("bad number '") + optarg + "' (1-1024)");
            (c == kMaxClients ? cfg.max_clients : cfg.session.workers) = unsigned(*v);
            break;
        }
        case 'h':
            std::fputs(kUsage, stdout);
            std::fputs(kDeviceOptionsHelp, stdout);
            return kExitOk;
        default: return usage_error("nbd-server", "unknown option");
        }
    }
    if (listen_arg.empty()) return usage_error("nbd-server", "--listen is required");
    int rest = argc - optind;
    if (file.empty() ? rest != 1 : rest != 0)
        return usage_error("nbd-server", "give one AoE device (eX.Y) or --file PATH");
    nbd::ListenAddr addr;
    std::string err;
    if (!nbd::parse_listen(listen_arg, addr, err)) return usage_error("nbd-server", err);
    if (a.verbose) log_set_level(LogLevel::kDebug);
    log_set_prefix("aoeboot nbd-server");

    // Signals first: the AoE engine thread must inherit the handlers' effect.
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);

    nbd::Backend disk;
    if (!file.empty()) {
        if (!nbd::open_file_backend(file, read_only, disk, err)) {
            std::fprintf(stderr, "aoeboot nbd-server: %s\n", err.c_str());
            return kExitFail;
        }
        if (name.empty()) name = file.substr(file.rfind('/') + 1);
    } else {
        std::shared_ptr<initiator::Device> dev = open_device("nbd-server", argv[optind], a);
        if (!dev) return kExitFail;
        disk = nbd::aoe_backend(dev, read_only);
        if (name.empty()) name = disk.describe;
    }
    cfg.exp = nbd::export_for(disk, name);
    cfg.disk = &disk;

    int lfd = nbd::open_listener(addr, err);
    if (lfd < 0) {
        std::fprintf(stderr, "aoeboot nbd-server: %s\n", err.c_str());
        return kExitFail;
    }
    log_info("serving '%s' (%llu bytes%s) on %s", name.c_str(), (unsigned long long)disk.size,
             read_only ? ", read-only" : "", listen_arg.c_str());
    unsigned served = nbd::run_server(lfd, cfg, g_stop);
    close(lfd);
    if (addr.is_unix) unlink(addr.path.c_str());
    int rc = kExitOk;
    if (!read_only && disk.flush() != nbd::kErrNone) {
        log_error("final flush of '%s' failed: data written may not be durable", name.c_str());
        rc = kExitFail;
    }
    log_info("stopped after %u client(s)", served);
    return rc;
}

}  // namespace aoe::cli
