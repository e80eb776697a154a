// See unmount_watch.h.
#include "nbd/unmount_watch.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace aoe::nbd {

namespace {

// Whole file from `fd` (re-read from the start each time).
bool slurp(int fd, std::string& out) {
    out.clear();
    if (lseek(fd, 0, SEEK_SET) < 0) return false;
    char buf[4096];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) return true;
        out.append(buf, size_t(n));
    }
}

// "43:32" from <dir>/<entry>/dev; "" when absent.
std::string dev_of(int dir, const char* entry) {
    std::string path = std::string(entry) + "/dev";
    int fd = openat(dir, path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return "";
    std::string s;
    slurp(fd, s);
    close(fd);
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

// The disk and its partitions (they come and go): names ("nbd0", "nbd0p1")
// and major:minor numbers, in step.
struct Devices {
    std::vector<std::string> names, numbers;
};

Devices devices(const UnmountWatch& w) {
    Devices out;
    std::string d = dev_of(w.sysdir, ".");
    if (!d.empty()) out.names.push_back(w.name), out.numbers.push_back(d);
    int fd = openat(w.sysdir, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR* dir = fd >= 0 ? fdopendir(fd) : nullptr;
    if (!dir) {
        if (fd >= 0) close(fd);
        return out;
    }
    std::string prefix = w.name + "p";
    while (dirent* e = readdir(dir)) {
        if (std::strncmp(e->d_name, prefix.c_str(), prefix.size()) != 0) continue;
        std::string p = dev_of(w.sysdir, e->d_name);
        if (!p.empty()) out.names.push_back(e->d_name), out.numbers.push_back(p);
    }
    closedir(dir);
    return out;
}

// Which of `devs` (the device, field 3 of a mountinfo line) are mounted:
// `any` at all, `at` on mount point `arm_at` (field 5).
struct Mounted {
    bool any = false, at = false;
};

Mounted find_mounts(const std::string& table, const std::vector<std::string>& devs,
                    const std::string& arm_at) {
    Mounted m;
    size_t pos = 0;
    while (pos < table.size()) {
        size_t eol = table.find('\n', pos);
        if (eol == std::string::npos) eol = table.size();
        // "ID PARENT MAJ:MIN ROOT MOUNTPOINT ..."
        size_t f[5] = {};
        size_t at = pos;
        int n = 0;
        for (; n < 5; n++) {
            size_t sp = table.find(' ', at);
            if (sp == std::string::npos || sp > eol) break;
            f[n] = sp;
            at = sp + 1;
        }
        if (n >= 3) {
            std::string_view dev(table.data() + f[1] + 1, f[2] - f[1] - 1);
            for (const auto& d : devs) {
                if (dev != d) continue;
                m.any = true;
                if (arm_at.empty() ||
                    (n == 5 && std::string_view(table.data() + f[3] + 1, f[4] - f[3] - 1) == arm_at))
                    m.at = true;
            }
        }
        pos = eol + 1;
    }
    return m;
}

bool has_holders(int sysdir) {
    int fd = openat(sysdir, "holders", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR* dir = fd >= 0 ? fdopendir(fd) : nullptr;
    if (!dir) {
        if (fd >= 0) close(fd);
        return false;
    }
    bool any = false;
    while (dirent* e = readdir(dir))
        if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0) any = true;
    closedir(dir);
    return any;
}

}  // namespace

bool unmount_watch_open(UnmountWatch& w, const std::string& device, const std::string& arm_at,
                        std::string& err) {
    w.arm_at = arm_at;
    size_t slash = device.rfind('/');
    w.name = slash == std::string::npos ? device : device.substr(slash + 1);
    w.mountinfo = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
    if (w.mountinfo < 0) {
        err = std::string("open /proc/self/mountinfo: ") + std::strerror(errno) + " (mount /proc)";
        return false;
    }
    std::string sys = "/sys/block/" + w.name;
    w.sysdir = open(sys.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (w.sysdir < 0) {
        err = "open " + sys + ": " + std::strerror(errno) + " (mount sysfs)";
        unmount_watch_close(w);
        return false;
    }
    std::string dir = slash == std::string::npos ? "." : device.substr(0, slash ? slash : 1);
    w.devdir = open(dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (w.devdir < 0) {
        err = "open " + dir + ": " + std::strerror(errno);
        unmount_watch_close(w);
        return false;
    }
    w.changed = true;
    return true;
}

void unmount_watch_close(UnmountWatch& w) {
    for (int* fd : {&w.mountinfo, &w.sysdir, &w.devdir})
        if (*fd >= 0) close(*fd), *fd = -1;
}

bool unmount_watch_released(UnmountWatch& w) {
    if (w.mountinfo < 0) return false;
    pollfd p{w.mountinfo, POLLPRI, 0};
    if (poll(&p, 1, 0) > 0 && (p.revents & (POLLPRI | POLLERR))) w.changed = true;
    // Once unmounted but still busy, look again each time (a holder or an
    // exclusive opener goes away without touching the mount table).
    if (!w.changed) return false;
    w.changed = false;
    std::string table;
    if (!slurp(w.mountinfo, table)) return false;
    Devices devs = devices(w);
    const Mounted m = find_mounts(table, devs.numbers, w.arm_at);
    if (m.at) w.seen_mounted = true;
    if (m.any) return false;
    if (!w.seen_mounted) return false;
    if (has_holders(w.sysdir)) {
        w.changed = true;  // look again later
        return false;
    }
    // O_EXCL on a block device fails with EBUSY while a filesystem, swap or
    // another exclusive opener has it; each partition has its own claim.
    for (const std::string& n : devs.names) {
        int fd = openat(w.devdir, n.c_str(), O_RDONLY | O_EXCL | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0 && errno == EBUSY) {
            w.changed = true;
            return false;
        }
        if (fd >= 0) close(fd);
    }
    return true;
}

}  // namespace aoe::nbd
