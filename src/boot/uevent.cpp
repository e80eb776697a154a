// Uevent listening for the bootstrap: the kernel announces each new block
// device on NETLINK_KOBJECT_UEVENT group 1; we wait on that with poll() and
// a deadline.
#include "boot/uevent.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <linux/netlink.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace aoe::boot {

int64_t now_ms() {
    struct timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool parse_uevent(std::span<const char> msg, Uevent& out) {
    out = Uevent{};
    size_t pos = 0;
    bool first = true;
    while (pos < msg.size()) {
        size_t end = pos;
        while (end < msg.size() && msg[end] != '\0') ++end;
        std::string_view f(msg.data() + pos, end - pos);
        pos = end + 1;
        if (first) {
            first = false;
            // Kernel messages start with "ACTION@DEVPATH"; udev's with "libudev".
            if (f.find('@') == std::string_view::npos) return false;
            continue;
        }
        size_t eq = f.find('=');
        if (eq == std::string_view::npos) continue;
        std::string_view k = f.substr(0, eq), v = f.substr(eq + 1);
        if (k == "ACTION") out.action = v;
        else if (k == "SUBSYSTEM") out.subsystem = v;
        else if (k == "DEVNAME") out.devname = v;
        else if (k == "DEVTYPE") out.devtype = v;
        else if (k == "DEVPATH") out.devpath = v;
        else if (k == "MAJOR") out.major = std::atoi(std::string(v).c_str());
        else if (k == "MINOR") out.minor = std::atoi(std::string(v).c_str());
    }
    return !first && !out.action.empty();
}

UeventSocket::~UeventSocket() {
    if (fd >= 0) ::close(fd);
}

bool open_uevent(UeventSocket& s, std::string& err) {
    s.fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_KOBJECT_UEVENT);
    if (s.fd < 0) {
        err = std::string("uevent socket: ") + std::strerror(errno);
        return false;
    }
    // Big receive buffer: a module load can announce many devices at once.
    int sz = 1 << 20;
    ::setsockopt(s.fd, SOL_SOCKET, SO_RCVBUFFORCE, &sz, sizeof sz);
    struct sockaddr_nl sa {};
    sa.nl_family = AF_NETLINK;
    sa.nl_groups = 1;  // kernel events
    if (::bind(s.fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) {
        err = std::string("uevent bind: ") + std::strerror(errno);
        ::close(s.fd);
        s.fd = -1;
        return false;
    }
    return true;
}

std::string sysfs_block_path(const std::string& devname) {
    std::string n = devname;
    for (char& c : n)
        if (c == '/') c = '!';
    return "/sys/class/block/" + n;
}

namespace {

bool parse_devnum(const char* s, int& major, int& minor) {
    auto number = [&s](int& out) {
        if (*s < '0' || *s > '9') return false;
        long v = 0;
        while (*s >= '0' && *s <= '9' && v < (1L << 20)) v = v * 10 + (*s++ - '0');
        out = int(v);
        return v < (1L << 20);
    };
    if (!number(major) || *s++ != ':' || !number(minor)) return false;
    return *s == '\0' || *s == '\n';
}

// Reads MAJOR:MINOR from sysfs; false when the device is not there (yet).
bool from_sysfs(const std::string& devname, BlockDevice& out) {
    int fd = ::open((sysfs_block_path(devname) + "/dev").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    char buf[32] = {};
    ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    // "MAJOR:MINOR\n", parsed by hand (sscanf would pull in all of scanf).
    int ma = -1, mi = -1;
    if (n <= 0 || !parse_devnum(buf, ma, mi)) return false;
    out.devname = devname;
    out.major = ma;
    out.minor = mi;
    return true;
}

}  // namespace

bool wait_block_device(UeventSocket& s, const std::string& devname, int64_t deadline,
                       int tick_ms, WaitTick tick, void* ctx, BlockDevice& out, std::string& err) {
    const int64_t start = now_ms();
    int64_t next_tick = start + tick_ms;
    char buf[8192];
    for (;;) {
        // Check after (re)arming: the socket was opened before the action,
        // so an event for a device that appeared meanwhile is queued.
        if (from_sysfs(devname, out)) return true;
        int64_t now = now_ms();
        if (now >= deadline) {
            err = "no block device " + devname + " after " +
                  std::to_string((now - start + 500) / 1000) + " s";
            return false;
        }
        if (tick && now >= next_tick) {
            tick(ctx, now - start);
            next_tick = now + tick_ms;
        }
        int64_t wait = std::min(deadline, tick ? next_tick : deadline) - now;
        struct pollfd p = {s.fd, POLLIN, 0};
        int r = ::poll(&p, 1, int(std::max<int64_t>(wait, 1)));
        if (r < 0 && errno != EINTR) {
            err = std::string("uevent poll: ") + std::strerror(errno);
            return false;
        }
        // Drain what is queued; a matching add ends the wait.
        for (;;) {
            ssize_t n = ::recv(s.fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n <= 0) {
                if (n < 0 && errno == ENOBUFS) continue;  // overrun: sysfs check covers it
                break;
            }
            Uevent ev;
            if (!parse_uevent(std::span<const char>(buf, size_t(n)), ev)) continue;
            if (ev.action == "add" && ev.subsystem == "block" && ev.devname == devname &&
                ev.major >= 0) {
                out.devname = devname;
                out.major = ev.major;
                out.minor = ev.minor;
                return true;
            }
        }
    }
}

bool ensure_block_node(const BlockDevice& dev, std::string& path, std::string& err) {
    path = "/dev/" + dev.devname;
    struct stat st;
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISBLK(st.st_mode) && major(st.st_rdev) == unsigned(dev.major) &&
            minor(st.st_rdev) == unsigned(dev.minor))
            return true;
        ::unlink(path.c_str());  // stale node from an earlier boot attempt
    }
    // mkdir -p of the parent (e.g. /dev/etherd).
    for (size_t i = 5; i < path.size(); ++i) {
        if (path[i] != '/') continue;
        std::string dir = path.substr(0, i);
        if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
            err = "mkdir " + dir + ": " + std::strerror(errno);
            return false;
        }
    }
    if (::mknod(path.c_str(), S_IFBLK | 0600, makedev(dev.major, dev.minor)) != 0 &&
        errno != EEXIST) {
        err = "mknod " + path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

}  // namespace aoe::boot
