// aoeboot nbd: the kernel nbd driver in front of an AoE disk served by the
// userspace initiator (resilient paths, bounded give-up) in this process.
#include <getopt.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "base/log.h"
#include "cli/cli.h"
#include "cli/initiator_util.h"
#include "nbd/aoe_disk.h"
#include "nbd/bridge.h"

namespace aoe::cli {

namespace {

const char kUsage[] =
    "usage: aoeboot nbd eX.Y /dev/nbdN [options]\n"
    "       aoeboot nbd --file PATH /dev/nbdN [options]\n"
    "       aoeboot nbd --disconnect /dev/nbdN\n\n"
    "Attaches the kernel nbd device /dev/nbdN to the AoE disk eX.Y, served by this\n"
    "process (the kernel's nbd module is needed, not its aoe module). Runs until the\n"
    "device is disconnected; SIGTERM/SIGINT flush and disconnect. A bridge started\n"
    "again for the same disk and device reconnects the waiting device.\n\n"
    "      --disconnect       disconnect /dev/nbdN (the bridge then flushes and exits)\n"
    "      --dead-conn-timeout S  how long the kernel holds I/O while no bridge is\n"
    "                         connected (a bridge restart; default 120)\n"
    "      --ioctl            use the NBD ioctls instead of netlink (old kernels)\n"
    "      --root             hold a root filesystem: '@' in argv[0], memory locked,\n"
    "                         OOM-exempt; SIGTERM only flushes; exits on unmount.\n"
    "                         Automatic when /etc/initrd-release exists.\n"
    "      --exit-on-unmount  once the device (or a partition) was mounted and is\n"
    "                         unmounted again, unused: flush, disconnect, exit 0\n"
    "                         (a remount does not count). Implied by --root.\n"
    "      --ready-fd N       write \"ok\" (or \"error: ...\") to fd N once attached\n"
    "      --queue-depth N    requests on the AoE disk at once (default 16)\n"
    "      --file PATH        serve a local file or block device instead (tests)\n"
    "      --timeout S        fail an I/O only after S s with no path answering\n"
    "                         (default 120 here)\n";

}  // namespace

int cmd_nbd(int argc, char** argv) {
    enum { kDisc = 300, kDead, kIoctl, kRoot, kReady, kDepth, kFile, kUnmount };
    static const option longopts[] = {
        AOEBOOT_DEVICE_LONGOPTS,
        {"disconnect", no_argument, nullptr, kDisc},
        {"dead-conn-timeout", required_argument, nullptr, kDead},
        {"ioctl", no_argument, nullptr, kIoctl},
        {"root", no_argument, nullptr, kRoot},
        {"ready-fd", required_argument, nullptr, kReady},
        {"queue-depth", required_argument, nullptr, kDepth},
        {"file", required_argument, nullptr, kFile},
        {"exit-on-unmount", no_argument, nullptr, kUnmount},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    DeviceArgs a;
    a.dev.give_up_ms = 120000;
    nbd::BridgeOptions o;
    bool disconnect = false, force_root = false;
    std::string file;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "i:vh", longopts, nullptr)) != -1) {
        int h = handle_device_option("nbd", c, optarg, a);
        if (h == kExitUsage) return h;
        if (h) continue;
        auto number = [&](uint64_t lo, uint64_t hi, uint64_t& out) {
            auto v = parse_size(optarg);
            if (!v || *v < lo || *v > hi) return false;
            out = *v;
            return true;
        };
        uint64_t v = 0;
        switch (c) {
        case kDisc: disconnect = true; break;
        case kDead:
            if (!number(1, 86400, v)) return usage_error("nbd", std::string("bad --dead-conn-timeout '") + optarg + "' (1-86400 s)");
            o.kernel.dead_conn_timeout_s = v;
            break;
        case kIoctl: o.use_ioctl = true; break;
        case kRoot: force_root = true; break;
        case kReady:
            if (!number(0, 65535, v)) return usage_error("nbd", std::string("bad --ready-fd '") + optarg + "'");
            o.ready_fd = int(v);
            break;
        case kDepth:
            if (!number(1, 1024, v)) return usage_error("nbd", std::string("bad --queue-depth '") + optarg + "' (1-1024)");
            o.workers = unsigned(v);
            break;
        case kFile: file = optarg; break;
        case kUnmount: o.exit_on_unmount = true; break;
        case 'h':
            std::fputs(kUsage, stdout);
            std::fputs(kDeviceOptionsHelp, stdout);
            return kExitOk;
        default: return usage_error("nbd", "unknown option");
        }
    }
    if (a.verbose) log_set_level(LogLevel::kDebug);
    log_set_prefix("aoeboot nbd");
    int rest = argc - optind;
    if (disconnect) {
        if (rest != 1) return usage_error("nbd", "--disconnect takes the device, e.g. /dev/nbd0");
        int index = nbd::nbd_index_from_path(argv[optind]);
        if (index < 0) return usage_error("nbd", std::string("not an nbd device: '") + argv[optind] + "'");
        std::string err;
        if (!nbd::netlink_disconnect(index, err)) {
            std::fprintf(stderr, "aoeboot nbd: %s\n", err.c_str());
            return kExitFail;
        }
        return kExitOk;
    }
    if (file.empty() ? rest != 2 : rest != 1)
        return usage_error("nbd", "give the AoE disk (eX.Y) and the nbd device (/dev/nbdN)");
    o.device = argv[argc - 1];
    o.kernel.index = nbd::nbd_index_from_path(o.device);
    if (o.kernel.index < 0)
        return usage_error("nbd", "not an nbd device: '" + o.device + "' (want /dev/nbdN)");

    o.hold_root = nbd::become_root_daemon(argv, force_root);
    // A root bridge lets go once the root is really unmounted (the end of a
    // shutdown that returns to an initramfs); ro remounts keep it serving.
    if (o.hold_root) o.exit_on_unmount = true;
    // Before any thread exists (the AoE engine's too): signals are taken
    // synchronously by the bridge loop, never by a worker.
    nbd::block_bridge_signals();

    nbd::Backend disk;
    if (!file.empty()) {
        std::string err;
        if (!nbd::open_file_backend(file, false, disk, err)) {
            std::fprintf(stderr, "aoeboot nbd: %s\n", err.c_str());
            return kExitFail;
        }
        o.kernel.backend = "file:" + file;
    } else {
        std::shared_ptr<initiator::Device> dev = open_device("nbd", argv[optind], a);
        if (!dev) {
            if (o.ready_fd >= 0) {
                const char m[] = "error: cannot open the AoE disk\n";
                ssize_t w = write(o.ready_fd, m, sizeof m - 1);
                (void)w;
            }
            return kExitFail;
        }
        disk = nbd::aoe_backend(dev, false);
        o.kernel.backend = "aoe:" + disk.describe;
    }
    return nbd::run_bridge(disk, o);
}

}  // namespace aoe::cli
