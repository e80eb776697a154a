// `aoeboot root`: the initramfs bootstrap. As /init (PID 1) it boots the
// machine from its AoE root; from another init system's hook it prepares the
// root device (and mounts it with --mount) and exits.
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <getopt.h>
#include <string>
#include <sys/reboot.h>
#include <unistd.h>

#include "base/log.h"
#include "boot/abft.h"
#include "boot/bootstrap.h"
#include "boot/cmdline.h"
#include "cli/cli.h"

namespace aoe::cli {

namespace {

void print_usage() {
    std::printf(
        "usage: aoeboot root [--cmdline TEXT] [--mount DIR] [--moddir DIR] [--abft] [--print]\n"
        "       (or run as the initramfs' /init)\n\n"
        "Boots from an AoE root named on the kernel command line:\n"
        "  root=aoe:eX.Y | aoe:eX.YpN | aoe:config=STRING   the root export\n"
        "  root=aoe:abft | aoe:abftpN  the disk and NIC iPXE's sanboot named in its aBFT\n"
        "                      (also the default when there is no root= but an aBFT)\n"
        "  aoe.iface=IF[,IF]   NICs to use (default: BOOTIF's NIC, else every Ethernet link)\n"
        "  aoe.timeout=S       bound on one boot attempt (60)      aoe.retries=N (3)\n"
        "  aoe.mode=kernel|nbd aoe.deadsecs=S (900)  aoe.debug\n"
        "  rootfstype= rootflags= ro rw init=\n\n"
        "As PID 1: mounts /proc /sys /dev /run, loads the NIC and filesystem modules\n"
        "listed in /etc/aoeboot/modules, brings the links up, discovers the export,\n"
        "loads aoe.ko, waits for the block device, mounts it and switch_roots into\n"
        "its init. Otherwise it stops once the device is ready and prints its node.\n\n"
        "  --cmdline TEXT  use TEXT instead of /proc/cmdline\n"
        "  --mount DIR     (hook mode) also mount the root on DIR\n"
        "  --moddir DIR    modules directory (default /lib/modules/$(uname -r))\n"
        "  --abft          (hook mode) attach the aBFT's whole disk whatever root= says\n"
        "                  (root=UUID=... of a distribution installed on it); exit 3\n"
        "                  when there is no aBFT\n"
        "  --print         parse the command line, print what would be done, exit\n\n"
        "See aoeboot-root(8).\n");
}

bool read_cmdline(std::string& out) {
    int fd = ::open("/proc/cmdline", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    char buf[4096];
    ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n < 0) return false;
    out.assign(buf, size_t(n));
    return true;
}

}  // namespace

int cmd_root(int argc, char** argv) {
    const bool pid1 = ::getpid() == 1;
    boot::RootOptions opt;
    opt.pid1 = pid1;
    opt.init_argv = argv;
    bool print_only = false, have_cmdline = false;
    log_set_prefix("aoeboot");
    if (!pid1) {
        static const option kLong[] = {
            {"cmdline", required_argument, nullptr, 'c'}, {"mount", required_argument, nullptr, 'm'},
            {"moddir", required_argument, nullptr, 'd'},  {"print", no_argument, nullptr, 'p'},
            {"abft", no_argument, nullptr, 'a'},          {"help", no_argument, nullptr, 'h'},
            {nullptr, 0, nullptr, 0}};
        int c;
        optind = 1;
        while ((c = getopt_long(argc, argv, "c:m:d:pah", kLong, nullptr)) != -1) {
            switch (c) {
                case 'c': opt.cmdline = optarg; have_cmdline = true; break;
                case 'm': opt.mount_at = optarg; break;
                case 'd': opt.moddir = optarg; break;
                case 'p': print_only = true; break;
                case 'a': opt.abft_disk = true; break;
                case 'h': print_usage(); return kExitOk;
                default: return usage_error("root", "unknown option");
            }
        }
        if (optind < argc) return usage_error("root", std::string("unexpected argument '") + argv[optind] + "'");
    }
    // As PID 1 the kernel hands us its leftover words as arguments: they are
    // for the real init, so they are not parsed here.
    if (!have_cmdline && !read_cmdline(opt.cmdline)) {
        if (!pid1) {
            std::fprintf(stderr, "aoeboot root: cannot read /proc/cmdline (is /proc mounted?); "
                                 "pass --cmdline TEXT\n");
            return kExitFail;
        }
        // PID 1: /proc is not mounted yet; run_root reads it after mounting.
    }
    if (print_only) {
        boot::BootConfig cfg;
        std::string err;
        std::string note;
        boot::AbftFind found = boot::AbftFind::kNone;
        bool parsed = opt.abft_disk ? boot::parse_cmdline_abft_disk(opt.cmdline, cfg, err)
                                    : boot::parse_cmdline(opt.cmdline, cfg, err);
        if (!parsed || !boot::apply_abft(cfg, boot::AbftSources{}, note, err, &found)) {
            std::fprintf(stderr, "aoeboot root: %s\n", err.c_str());
            return parsed && opt.abft_disk && found == boot::AbftFind::kNone ? boot::kRootNoAbft
                                                                            : kExitFail;
        }
        if (!note.empty()) std::printf("%s\n", note.c_str());
        std::printf("%s\n", boot::describe(cfg).c_str());
        return kExitOk;
    }
    int rc = boot::run_root(opt);
    if (!pid1) return rc;
    // PID 1 must never exit (the kernel would panic): a clean reboot lets
    // PXE try again from the start.
    log_error("rebooting in 10 s");
    sync();
    ::sleep(10);
    ::reboot(RB_AUTOBOOT);
    for (;;) ::pause();
}

}  // namespace aoe::cli
