// aoe.mode=nbd for `aoeboot root`: loads nbd.ko, starts the bridge as a
// root-storage daemon (a child of PID 1 that survives switch_root: argv[0]
// "@aoeboot-nbd", memory locked, OOM-exempt) and waits, bounded by the boot
// deadline, until it reports the device attached. Replaces the weak default
// in src/boot/nbd_default.cpp.
#include <fcntl.h>
#include <poll.h>
#include <linux/fs.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "base/log.h"
#include "base/mac.h"
#include "boot/modules.h"
#include "boot/nbd_hook.h"
#include "boot/uevent.h"
#include "nbd/kernel.h"

namespace aoe::boot {

namespace {

bool exists(const std::string& p) {
    struct stat st {};
    return stat(p.c_str(), &st) == 0;
}

// Polls for a device node (devtmpfs makes it) until the deadline.
bool wait_node(const std::string& p, int64_t deadline) {
    while (!exists(p)) {
        if (now_ms() >= deadline) return false;
        usleep(20000);
    }
    return true;
}

// Undoes a started bridge so that the next attempt starts clean: an explicit
// disconnect (it flushes and exits), then SIGKILL if it lingers.
void stop_bridge(pid_t pid) {
    std::string e;
    if (!nbd::netlink_disconnect(0, e)) log_warn("%s", e.c_str());
    for (int i = 0; i < 50; i++) {
        if (waitpid(pid, nullptr, WNOHANG) == pid) return;
        usleep(100000);
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

}  // namespace

bool attach_nbd(const NbdAttach& a, std::string& device, std::string& err) {
    const std::string base = "/dev/nbd0";
    if (!module_loaded("nbd") && a.modules) {
        std::vector<std::string> loaded;
        // nbds_max=1 is not used: a bridge restart needs the same index, and
        // the default 16 devices cost nothing until connected.
        if (!load_with_deps(*a.modules, "nbd", "", loaded, err) && !exists(base)) {
            err = "loading nbd.ko for aoe.mode=nbd: " + err +
                  " (put nbd in the initramfs or boot with aoe.mode=kernel)";
            return false;
        }
    }
    if (!wait_node(base, a.deadline_ms)) {
        err = base + " never appeared: the kernel has no nbd driver (CONFIG_BLK_DEV_NBD)";
        return false;
    }

    std::string addr = format_address(a.target->address);
    std::vector<std::string> ifaces;
    for (const auto& p : a.target->paths)
        if (std::find(ifaces.begin(), ifaces.end(), p.iface) == ifaces.end())
            ifaces.push_back(p.iface);
    std::string giveup = std::to_string(std::max(a.config->deadsecs, 10));

    int pfd[2];
    if (pipe2(pfd, O_CLOEXEC) != 0) {
        err = std::string("pipe: ") + std::strerror(errno);
        return false;
    }
    std::vector<std::string> args = {"@aoeboot-nbd", "nbd", addr, base, "--root",
                                     "--ready-fd", "3", "--timeout", giveup};
    for (const auto& i : ifaces) {
        args.push_back("-i");
        args.push_back(i);
    }
    std::vector<char*> argv;
    for (auto& s : args) argv.push_back(s.data());
    argv.push_back(nullptr);

    pid_t pid = fork();
    if (pid < 0) {
        err = std::string("fork: ") + std::strerror(errno);
        close(pfd[0]);
        close(pfd[1]);
        return false;
    }
    if (pid == 0) {
        // The bridge: fd 3 is the ready pipe (not close-on-exec).
        dup2(pfd[1], 3);
        // Never the caller's stdin/stdout: in hook mode stdout is the pipe
        // an initramfs script reads the device node from (dev=$(aoeboot
        // root)), and a bridge holding it would keep that script waiting
        // for EOF for as long as the root is mounted. Logs stay on stderr.
        int null = open("/dev/null", O_RDWR | O_CLOEXEC);
        if (null >= 0) {
            dup2(null, 0);
            dup2(null, 1);
        } else {
            dup2(2, 1);
        }
        setsid();  // its own session: no terminal signals from the console
        execv("/proc/self/exe", argv.data());
        _exit(127);
    }
    close(pfd[1]);
    log_info("nbd bridge for %s started (pid %d)", addr.c_str(), int(pid));

    std::string msg;
    for (;;) {
        int64_t left = a.deadline_ms - now_ms();
        if (left <= 0) {
            err = "the nbd bridge did not attach " + base + " in time";
            break;
        }
        pollfd p{pfd[0], POLLIN, 0};
        int rc = poll(&p, 1, int(std::min<int64_t>(left, 1000)));
        if (rc < 0 && errno == EINTR) continue;
        if (rc <= 0) continue;
        char buf[256];
        ssize_t n = read(pfd[0], buf, sizeof buf);
        if (n > 0) {
            msg.append(buf, size_t(n));
            if (msg.find('\n') == std::string::npos) continue;
        }
        break;  // a line, or EOF (the bridge died)
    }
    close(pfd[0]);
    if (msg.rfind("ok", 0) != 0) {
        if (msg.empty() && err.empty()) err = "the nbd bridge exited before attaching " + base;
        else if (!msg.empty()) err = "nbd bridge: " + msg.substr(0, msg.find('\n'));
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        return false;
    }
    device = base;
    if (a.config->root.partition) {
        // The driver reads the partition table on the first open after the
        // size is set, not at connect: open it and ask for a rescan.
        int fd = open(base.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            ioctl(fd, BLKRRPART);
            close(fd);
        }
        device = base + "p" + std::to_string(a.config->root.partition);
        if (!wait_node(device, a.deadline_ms)) {
            err = "partition " + device + " never appeared (is there a partition table?)";
            stop_bridge(pid);
            return false;
        }
    }
    return true;
}

}  // namespace aoe::boot
