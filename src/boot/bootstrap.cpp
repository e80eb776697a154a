// The AoE root bootstrap: one boot attempt is a straight line of phases, each
// bounded by the attempt's deadline (aoe.timeout); the outer loop decides
// between rescue shell, retry and giving up.
#include "boot/bootstrap.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "base/log.h"
#include "base/mac.h"
#include "boot/abft.h"
#include "boot/cmdline.h"
#include "boot/modules.h"
#include "boot/nbd_hook.h"
#include "boot/switchroot.h"
#include "boot/uevent.h"
#include "initiator/discover.h"
#include "initiator/layer_reset.h"
#include "proto/layer_cmd.h"
#include "net/link.h"

namespace aoe::boot {

namespace {

constexpr int kAoeCharMajor = 152;    // /dev/etherd/* character devices
constexpr int kAoeDiscoverMinor = 3;  // /dev/etherd/discover

struct Attempt {
    const BootConfig& cfg;
    const RootOptions& opt;
    ModuleDir& md;
    bool have_md = false;
    int64_t deadline = 0;
    PhaseTimes t;
    std::vector<std::string> ifaces;  // with carrier, used for discovery and aoe_iflist
    initiator::FoundTarget target;
    std::string devnode;  // /dev/etherd/e7.3p1
    std::string fstype;
};

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
    return s;
}

bool read_text(const std::string& path, std::string& out) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    out.clear();
    char buf[4096];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, size_t(n));
    ::close(fd);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return true;
}

bool write_text(const std::string& path, const std::string& text) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

int left_ms(int64_t deadline) { return int(std::max<int64_t>(0, deadline - now_ms())); }

// --- phase: modules (NIC drivers, filesystems) ------------------------------

void phase_modules(Attempt& a) {
    int64_t start = now_ms();
    std::string list, err;
    if (a.have_md && read_text(a.opt.module_list, list)) {
        std::vector<std::string> loaded;
        size_t pos = 0;
        while (pos < list.size()) {
            size_t nl = list.find('\n', pos);
            if (nl == std::string::npos) nl = list.size();
            std::string name = list.substr(pos, nl - pos);
            pos = nl + 1;
            if (name.empty() || name[0] == '#') continue;
            // A missing NIC driver for hardware that is not there is not
            // fatal; the link phase says what is missing if it matters.
            if (!load_with_deps(a.md, name, "", loaded, err)) log_warn("%s", err.c_str());
        }
        if (!loaded.empty()) log_info("loaded modules: %s", join(loaded, " ").c_str());
    }
    a.t.modules = now_ms() - start;
}

// --- phase: links up with carrier -------------------------------------------

bool phase_link(Attempt& a, std::string& err) {
    int64_t start = now_ms();
    std::vector<std::string> wanted = wanted_links(a.cfg);
    UeventSocket ev;
    open_uevent(ev, err);  // best effort: only shortens the wait for a late NIC
    std::vector<net::LinkInfo> all, chosen;
    bool said = false;
    for (;;) {
        if (!net::list_links(all, err)) return false;
        if (net::select_links(all, wanted, chosen, err)) break;
        // The NIC driver may still be registering its netdev: wait for any
        // uevent (or 250 ms) and look again, until the deadline.
        if (left_ms(a.deadline) == 0) {
            std::vector<std::string> names;
            for (const auto& l : all) names.push_back(l.name);
            err += " (links present: " + join(names, ", ") +
                   "; is the NIC driver in the initramfs? mkinitramfs.sh --module NAME)";
            return false;
        }
        if (!said) log_info("waiting for %s to appear: %s", wanted.empty() ? "an Ethernet link"
                                                              : join(wanted, ",").c_str(), err.c_str());
        said = true;
        struct pollfd p = {ev.fd, POLLIN, 0};
        ::poll(&p, ev.fd >= 0 ? 1 : 0, std::min(250, left_ms(a.deadline)));
        char drain[8192];
        while (ev.fd >= 0 && ::recv(ev.fd, drain, sizeof drain, MSG_DONTWAIT) > 0) {}
    }
    net::BringUpOptions bo;
    bo.carrier_timeout_ms = std::max(1, left_ms(a.deadline));
    bo.wait_all = false;  // one cable is enough to boot; the others join later
    std::vector<net::LinkResult> res;
    bool ok = net::bring_up(chosen, bo, res, err);
    a.ifaces.clear();
    for (const auto& r : res) {
        log_info("link %s (%s): %s", r.link.name.c_str(), format_mac(r.link.mac).c_str(),
                 r.message.c_str());
        if (r.link.carrier) a.ifaces.push_back(r.link.name);
    }
    a.t.link = now_ms() - start;
    if (!ok || a.ifaces.empty()) {
        if (err.empty()) err = "no link has carrier";
        return false;
    }
    return true;
}

// --- phase: discovery --------------------------------------------------------

std::string describe_seen(const std::vector<initiator::FoundTarget>& found) {
    std::string s;
    for (const auto& f : found) {
        if (!s.empty()) s += ", ";
        s += format_address(f.address);
        if (!f.config.empty()) s += " (config \"" + f.config + "\")";
        if (!f.paths.empty()) s += " from " + format_mac(f.paths[0].target_mac);
    }
    return s;
}

bool phase_discovery(Attempt& a, std::string& err) {
    int64_t start = now_ms();
    initiator::DiscoverOptions d;
    if (a.cfg.root.address) d.want = a.cfg.root.address;
    if (a.cfg.root.config) d.want_config = a.cfg.root.config;
    std::string what = describe_root(a.cfg.root);
    what = what.rfind("config=", 0) == 0 ? "the export with " + what
                                         : format_address(*a.cfg.root.address);
    std::vector<initiator::FoundTarget> seen_all;
    int round = 0;
    for (;;) {
        int left = left_ms(a.deadline);
        // Bounded backoff. The first round (1.5 s) resends after 10 ms,
        // doubling to 50 ms: a NIC that has just come up may not pass
        // frames yet (QEMU's e1000 drops everything received for 1 s after
        // the driver enables its receiver), and the target should be found
        // within tens of ms of the link really forwarding. Later rounds
        // resend less often (2 s at most) while the target stays silent.
        d.retry_ms = round == 0 ? 50 : std::min(2000, 250 << std::min(round, 3));
        d.first_retry_ms = round == 0 ? 10 : 0;
        // A first short round, so that a missing target is reported on the
        // console within a second; then one line every 5 s.
        d.timeout_ms = std::min(left, round == 0 ? 1500 : 5000);
        std::vector<initiator::FoundTarget> found;
        if (!initiator::discover_on(a.ifaces, d, found, err)) return false;
        int i = initiator::wanted_found(found, d);
        if (i >= 0) {
            a.target = found[size_t(i)];
            a.t.discovery = now_ms() - start;
            const auto& p = a.target.paths.at(0);
            log_info("found %s on %s from %s after %lld ms%s%s",
                     format_address(a.target.address).c_str(), p.iface.c_str(),
                     format_mac(p.target_mac).c_str(), (long long)a.t.discovery,
                     a.target.config.empty() ? "" : ", config ",
                     a.target.config.empty() ? "" : ("\"" + a.target.config + "\"").c_str());
            if (a.target.mismatch)
                log_warn("%s is answered by MACs that disagree (config/firmware): two disks with "
                         "the same shelf.slot? Using %s", format_address(a.target.address).c_str(),
                         format_mac(p.target_mac).c_str());
            return true;
        }
        for (auto& f : found) {
            bool dup = false;
            for (const auto& s : seen_all) dup |= s.address == f.address;
            if (!dup) seen_all.push_back(f);
        }
        left = left_ms(a.deadline);
        if (left == 0 && seen_all.empty() && !d.want_config) {
            // Queries for one address reach only that target: ask everyone
            // once, so the message can say what IS on the segment.
            initiator::DiscoverOptions any;
            any.timeout_ms = 300;
            std::string ignored;
            initiator::discover_on(a.ifaces, any, seen_all, ignored);
        }
        if (left == 0) {
            err = what + " did not answer on " + join(a.ifaces, ",") + " within " +
                  std::to_string((now_ms() - start + 500) / 1000) + " s; ";
            err += seen_all.empty() ? "no AoE target answered at all (is the target running, "
                                      "on this network segment?)"
                                    : "targets that did answer: " + describe_seen(seen_all);
            return false;
        }
        log_info("waiting for %s on %s (%s; %d s left)", what.c_str(), join(a.ifaces, ",").c_str(),
                 seen_all.empty() ? "no target answered yet"
                                  : ("seen " + describe_seen(seen_all)).c_str(),
                 (left + 999) / 1000);
        ++round;
    }
}

// --- phase: attach through the kernel aoe driver ----------------------------

struct DiscoverTick {
    std::string path;
};

void poke_discover(void* ctx, int64_t) {
    auto* t = static_cast<DiscoverTick*>(ctx);
    write_text(t->path, "\n");
}

bool open_discover_node(std::string& path) {
    path = "/dev/etherd/discover";
    struct stat st;
    if (::stat(path.c_str(), &st) == 0) return true;
    // No devtmpfs: make the node (aoe's char devices have a fixed major).
    ::mkdir("/dev/etherd", 0755);
    return ::mknod(path.c_str(), S_IFCHR | 0200, makedev(kAoeCharMajor, kAoeDiscoverMinor)) == 0;
}

bool attach_kernel(Attempt& a, std::string& err) {
    // Listen before loading: the block device's add event cannot be missed.
    UeventSocket ev;
    if (!open_uevent(ev, err)) return false;
    std::string iflist = join(a.ifaces, " ");
    std::string params = "aoe_iflist=" + (a.ifaces.size() > 1 ? "\"" + iflist + "\"" : iflist) +
                         " aoe_deadsecs=" + std::to_string(a.cfg.deadsecs);
    if (module_loaded("aoe")) {
        // Loaded earlier (by a previous attempt or another init): its
        // parameters are writable in sysfs.
        if (!write_text("/sys/module/aoe/parameters/aoe_iflist", iflist))
            log_warn("aoe is already loaded and its aoe_iflist cannot be set: it may use every "
                     "interface");
        write_text("/sys/module/aoe/parameters/aoe_deadsecs", std::to_string(a.cfg.deadsecs));
    } else {
        if (!a.have_md) return false;  // err holds why modules.dep is missing
        std::vector<std::string> loaded;
        if (!load_with_deps(a.md, "aoe", params, loaded, err)) return false;
        log_info("loaded aoe (%s)", params.c_str());
    }
    // Loading broadcasts a query already; poke discover now and every 2 s in
    // case that broadcast was lost.
    DiscoverTick tick;
    if (open_discover_node(tick.path)) poke_discover(&tick, 0);
    std::string disk = "etherd/" + format_address(a.target.address);
    BlockDevice bd;
    if (!wait_block_device(ev, disk, a.deadline, 2000, poke_discover, &tick, bd, err)) {
        err += "; the target answered our discovery, so the kernel aoe driver did not take it "
               "(check dmesg; /dev/etherd/err)";
        return false;
    }
    std::string name = disk;
    if (a.cfg.root.partition) {
        name += "p" + std::to_string(a.cfg.root.partition);
        // The partition table was read when the disk was added: its events
        // follow at once. A short bound is enough.
        int64_t dl = std::min(a.deadline, now_ms() + 5000);
        if (!wait_block_device(ev, name, dl, 0, nullptr, nullptr, bd, err)) {
            std::string parts;
            // Partitions are subdirectories of the disk's sysfs directory.
            std::string sys = sysfs_block_path(disk);
            std::string base = sys.substr(sys.rfind('/') + 1);
            for (unsigned n = 1; n < 64; ++n) {
                struct stat st;
                std::string p = sys + "/" + base + "p" + std::to_string(n);
                if (::stat(p.c_str(), &st) == 0) parts += (parts.empty() ? "" : " ") + std::to_string(n);
            }
            err = disk + " has no partition " + std::to_string(a.cfg.root.partition) +
                  (parts.empty() ? " (no partitions at all: use root=aoe:" +
                                       format_address(a.target.address) + ")"
                                 : " (it has: " + parts + ")");
            return false;
        }
    }
    if (!ensure_block_node(bd, a.devnode, err)) return false;
    return true;
}

// --- phase: fresh layer ------------------------------------------------------

// A layered export with `layers = fresh` gives each boot a clean view: ask
// (300 ms at most: a target without the command, vblade, stays silent and
// costs that much once per boot)
// the target to drop our own layer before anything reads the root. Every
// aoeboot target that serves layers answers; others answer an AoE error or
// nothing, and the boot goes on. A view is keyed by our source MAC, so once
// the export is layered the kernel must use only the interface we asked on
// (a second NIC would see another view).
bool phase_fresh_layer(Attempt& a, std::string& err) {
    const initiator::TargetPath& p = a.target.paths.at(0);
    initiator::LayerResetAnswer ans;
    uint8_t st = 0;
    if (!initiator::layer_reset(p, a.target.address, std::min(300, std::max(1, left_ms(a.deadline))), ans, st, err)) {
        log_warn("cannot ask %s to reset our layer (%s); going on", format_address(a.target.address).c_str(),
                 err.c_str());
        err.clear();
        return true;
    }
    if (ans == initiator::LayerResetAnswer::kNoAnswer) {
        log_warn("%s did not answer the layer reset: an older target? going on with whatever it serves",
                 format_address(a.target.address).c_str());
        return true;
    }
    if (ans == initiator::LayerResetAnswer::kRefused || st == kLayerNotLayered) return true;  // a plain disk
    if (st == kLayerFailed) {
        err = format_address(a.target.address) + " could not reset our layer (see the target's log)";
        return false;
    }
    log_info("%s: %s", format_address(a.target.address).c_str(),
             st == kLayerReset ? "our layer was reset: a fresh view of the base"
             : st == kLayerNothing ? "no layer yet: a fresh view of the base"
                                   : "persistent layer kept");
    if (a.ifaces.size() > 1) a.ifaces = {p.iface};
    return true;
}

// --- one attempt -------------------------------------------------------------

bool attempt(Attempt& a, std::string& err) {
    a.deadline = now_ms() + int64_t(a.cfg.timeout_s) * 1000;
    phase_modules(a);
    if (!phase_link(a, err)) return false;
    if (!phase_discovery(a, err)) return false;
    if (!phase_fresh_layer(a, err)) return false;
    int64_t start = now_ms();
    if (a.cfg.mode == RootMode::kNbd) {
        NbdAttach na{&a.cfg, &a.target, a.have_md ? &a.md : nullptr, a.deadline};
        if (!attach_nbd(na, a.devnode, err)) return false;
    } else if (!attach_kernel(a, err)) {
        return false;
    }
    a.t.attach = now_ms() - start;
    std::string sys = sysfs_block_path("etherd/" + format_address(a.target.address));
    std::string mac, netif;
    read_text(sys + "/mac", mac);
    read_text(sys + "/netif", netif);
    log_info("root device %s ready after %lld ms%s%s%s%s", a.devnode.c_str(), (long long)a.t.attach,
             mac.empty() ? "" : ", target mac ", mac.c_str(), netif.empty() ? "" : " via ",
             netif.c_str());

    std::string at = a.opt.pid1 ? a.opt.newroot : a.opt.mount_at;
    if (at.empty()) return true;  // hook mode without --mount: the caller mounts
    start = now_ms();
    std::string note;
    if (!mount_root(a.devnode, at, a.cfg.fstype, a.cfg.flags, a.cfg.read_only, a.fstype, note, err))
        return false;
    a.t.mount = now_ms() - start;
    if (!note.empty()) log_warn("%s", note.c_str());
    log_info("mounted %s (%s, %s) on %s in %lld ms", a.devnode.c_str(), a.fstype.c_str(),
             a.cfg.read_only ? "ro" : "rw", at.c_str(), (long long)a.t.mount);
    return true;
}

void print_timings(const PhaseTimes& t, int64_t since_start) {
    std::string up;
    read_text("/proc/uptime", up);
    up = up.substr(0, up.find(' '));
    log_info("phase timings: modules %lld ms, link %lld ms, discovery %lld ms, attach %lld ms, "
             "mount %lld ms; %lld ms in aoeboot, kernel uptime %s s",
             (long long)t.modules, (long long)t.link, (long long)t.discovery, (long long)t.attach,
             (long long)t.mount, (long long)since_start, up.c_str());
}

// Starts /bin/sh on the console and waits for it; true if a shell ran.
bool rescue_shell() {
    if (::access("/bin/sh", X_OK) != 0) return false;
    log_error("starting the rescue shell /bin/sh; exit it to try the boot again");
    pid_t pid = ::fork();
    if (pid == 0) {
        ::setsid();
        ::ioctl(0, TIOCSCTTY, 1);
        char sh[] = "/bin/sh";
        char* argv[] = {sh, nullptr};
        ::execv(sh, argv);
        ::_exit(127);
    }
    if (pid < 0) return false;
    int st;
    while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    return true;
}

}  // namespace

int run_root(const RootOptions& opt) {
    const int64_t t0 = now_ms();
    if (opt.pid1) {
        std::string warn, err;
        if (!early_mounts(warn, err)) log_error("%s", err.c_str());
        attach_console();
        if (!warn.empty()) log_warn("%s", warn.c_str());
    }
    std::string cmdline = opt.cmdline;
    if (cmdline.empty() && !read_text("/proc/cmdline", cmdline))
        log_error("cannot read /proc/cmdline: %s", std::strerror(errno));
    BootConfig cfg;
    std::string err;
    bool parsed = opt.abft_disk ? parse_cmdline_abft_disk(cmdline, cfg, err)
                                : parse_cmdline(cmdline, cfg, err);
    if (!parsed) {
        log_error("%s", err.c_str());
        log_error("kernel command line: %s", cmdline.c_str());
        if (opt.pid1) rescue_shell();
        return 1;
    }
    if (cfg.debug) log_set_level(LogLevel::kDebug);
    std::string note;
    AbftFind found = AbftFind::kNone;
    if (!apply_abft(cfg, AbftSources{}, note, err, &found)) {
        log_error("%s", err.c_str());
        if (opt.pid1) rescue_shell();
        return opt.abft_disk && found == AbftFind::kNone ? kRootNoAbft : 1;
    }
    if (!note.empty()) log_info("%s", note.c_str());
    log_info("%s", describe(cfg).c_str());

    ModuleDir md;
    std::string md_err;
    bool have_md = open_module_dir(opt.moddir.empty() ? running_module_dir() : opt.moddir, md, md_err);
    if (!have_md && !module_loaded("aoe") && cfg.mode == RootMode::kKernel)
        log_warn("%s", md_err.c_str());

    for (int n = 1;; ++n) {
        Attempt a{cfg, opt, md};
        a.have_md = have_md;
        err = md_err;
        bool ok = attempt(a, err);
        if (ok && opt.pid1) {
            std::string init;
            ok = find_init(opt.newroot, cfg.init, init, err);
            if (ok) {
                print_timings(a.t, now_ms() - t0);
                log_info("switching to %s on %s (%s)", init.c_str(), a.devnode.c_str(),
                         a.fstype.c_str());
                switch_root(opt.newroot, init, opt.init_argv, err);
                // Only here when the switch failed before the exec.
            }
            ::umount2(opt.newroot.c_str(), MNT_DETACH);
        } else if (ok) {
            print_timings(a.t, now_ms() - t0);
            std::printf("%s\n", a.devnode.c_str());
            std::fflush(stdout);
            return 0;
        }
        if (!opt.pid1) {
            // Hook mode makes one attempt; the calling hook counts them
            // (aoe.retries), so "attempt 1 of N" would be wrong every time.
            log_error("attaching aoe:%s failed: %s", describe_root(cfg.root).c_str(), err.c_str());
            return 1;
        }
        log_error("boot from aoe:%s failed (attempt %d of %d): %s",
                  describe_root(cfg.root).c_str(), n, cfg.retries, err.c_str());
        if (rescue_shell()) continue;
        if (n >= cfg.retries) {
            log_error("giving up after %d attempts: %s", n, err.c_str());
            return 1;
        }
        log_error("no rescue shell in this initramfs; trying again in 5 s");
        ::poll(nullptr, 0, 5000);
    }
}

}  // namespace aoe::boot
