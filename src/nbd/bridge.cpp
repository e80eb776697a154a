// The bridge process. See bridge.h.
#include "nbd/bridge.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>
#include <vector>

#include "base/log.h"
#include "nbd/proto.h"
#include "nbd/unmount_watch.h"

namespace aoe::nbd {

namespace {

void say(int fd, const std::string& s) {
    if (fd < 0) return;
    std::string line = s + "\n";
    ssize_t w = write(fd, line.data(), line.size());
    (void)w;
    close(fd);
}

sigset_t bridge_signals() {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    sigaddset(&s, SIGINT);
    sigaddset(&s, SIGHUP);
    return s;
}

uint32_t flush_logged(Backend& disk, const char* when) {
    if (disk.read_only || !disk.flush) return kErrNone;
    uint32_t e = disk.flush();
    if (e) log_error("flush %s failed (NBD error %u): recent writes may not be durable", when, e);
    else log_info("flushed %s", when);
    return e;
}

}  // namespace

bool become_root_daemon(char** cmd_argv, bool force) {
    bool initrd = access("/etc/initrd-release", F_OK) == 0;
    if (!initrd && !force) return false;
    // systemd (switch_root, and the final killing spree at shutdown) spares
    // processes whose argv[0] starts with '@': they serve the root storage.
    // The command's own argv is not the process's (`aoeboot nbd ...`), so
    // look at what the kernel shows and re-execute under the right name.
    char first = 0;
    int cf = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
    if (cf >= 0) {
        if (read(cf, &first, 1) != 1) first = 0;
        close(cf);
    }
    if (first != '@' && cmd_argv && cmd_argv[0]) {
        std::vector<char*> args;
        char self[] = "@aoeboot-nbd";
        args.push_back(self);
        for (char** a = cmd_argv; *a; a++) args.push_back(*a);
        args.push_back(nullptr);
        execv("/proc/self/exe", args.data());
        log_warn("re-executing as @aoeboot-nbd: %s (systemd may stop this bridge at "
                 "switch_root or shutdown)", std::strerror(errno));
    }
    // Paging our own code or buffers in from the disk we serve would deadlock.
    if (mlockall(MCL_CURRENT | MCL_FUTURE) != 0)
        log_warn("mlockall: %s (continuing; memory pressure could stall the root disk)",
                 std::strerror(errno));
    int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, "-1000", 5) != 5)
        log_warn("cannot set oom_score_adj: %s", std::strerror(errno));
    if (fd >= 0) close(fd);
    return true;
}

void block_bridge_signals() {
    sigset_t s = bridge_signals();
    pthread_sigmask(SIG_BLOCK, &s, nullptr);
    signal(SIGPIPE, SIG_IGN);
}

int run_bridge(Backend& disk, BridgeOptions o) {
    KernelConfig& k = o.kernel;
    k.block_size = 512;
    k.size = disk.size / k.block_size * k.block_size;
    Export e = export_for(disk, k.backend);
    e.multi_conn = false;  // one socket to the kernel
    k.server_flags = transmission_flags(e);

    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        std::string m = std::string("socketpair: ") + std::strerror(errno);
        log_error("%s", m.c_str());
        say(o.ready_fd, "error: " + m);
        return 1;
    }
    SessionOptions so;
    so.workers = o.workers;
    std::atomic<bool> done{false};
    End end = End::kEof;
    std::string why;
    std::thread session([&] {
        end = serve_transmission(sv[0], e, disk, so, why);
        done = true;
    });
    auto stop_session = [&] {
        shutdown(sv[0], SHUT_RDWR);
        session.join();
        close(sv[0]);
    };

    std::string err;
    bool use_ioctl = o.use_ioctl;
    if (!use_ioctl && !netlink_available(err)) {
        log_warn("%s; falling back to the ioctl interface", err.c_str());
        use_ioctl = true;
    }
    IoctlAttachment io;
    bool reconfigured = false;
    bool ok = use_ioctl ? ioctl_connect(o.device, k, sv[1], io, err)
                        : netlink_connect(k, sv[1], reconfigured, err);
    if (!ok) {
        log_error("%s", err.c_str());
        say(o.ready_fd, "error: " + err);
        close(sv[1]);
        stop_session();
        return 1;
    }
    // With netlink the kernel holds its own reference to its end.
    if (!use_ioctl) close(sv[1]);
    log_info("%s is %s (%llu bytes)%s%s", o.device.c_str(), k.backend.c_str(),
             (unsigned long long)k.size, reconfigured ? ", reconnected to the waiting device" : "",
             use_ioctl ? ", ioctl interface" : "");
    say(o.ready_fd, "ok");

    UnmountWatch watch;
    if (o.exit_on_unmount && !unmount_watch_open(watch, o.device, o.hold_root ? "/" : "", err))
        log_warn("%s: the bridge will not notice when %s is unmounted", err.c_str(),
                 o.device.c_str());

    sigset_t sigs = bridge_signals();
    bool disconnecting = false;
    auto asked_at = std::chrono::steady_clock::now();
    while (!done) {
        timespec ts{0, 200 * 1000 * 1000};
        int sig = sigtimedwait(&sigs, nullptr, &ts);
        bool released = !disconnecting && unmount_watch_released(watch);
        if (sig > 0 || released) {
            flush_logged(disk, released ? "after unmount" : "on signal");
            if (o.hold_root && !released) {
                log_info("got signal %d: flushed; still serving the root disk (disconnect "
                         "explicitly with 'aoeboot nbd --disconnect %s')", sig, o.device.c_str());
                continue;
            }
            if (!disconnecting) {
                if (released)
                    log_info("%s is no longer mounted or in use: disconnecting", o.device.c_str());
                else
                    log_info("got signal %d: disconnecting %s", sig, o.device.c_str());
                disconnecting = true;
                asked_at = std::chrono::steady_clock::now();
                if (use_ioctl) {
                    ioctl_request_disconnect(io);
                } else if (!netlink_disconnect(k.index, err)) {
                    log_error("%s", err.c_str());
                    break;
                }
            }
        }
        // The driver answers a disconnect with NBD_CMD_DISC; bound the wait.
        if (disconnecting && std::chrono::steady_clock::now() - asked_at > std::chrono::seconds(30)) {
            log_warn("no NBD_CMD_DISC within 30 s of the disconnect; closing the socket");
            break;
        }
    }
    unmount_watch_close(watch);
    // Closing our end lets NBD_DO_IT return (and tells the kernel we are gone).
    stop_session();
    if (use_ioctl) {
        ioctl_finish(io);
        close(sv[1]);
    }
    uint32_t fe = flush_logged(disk, "before exit");
    switch (end) {
    case End::kDisconnect:
        log_info("%s disconnected", o.device.c_str());
        return fe ? 1 : 0;
    case End::kEof:
        if (disconnecting) return fe ? 1 : 0;
        log_warn("the kernel closed the socket of %s", o.device.c_str());
        return 1;
    default:
        log_error("%s: %s", o.device.c_str(), why.c_str());
        return 1;
    }
}

}  // namespace aoe::nbd
