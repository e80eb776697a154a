// PID-1 mounts and switch_root for the AoE root bootstrap.
#include "boot/switchroot.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace aoe::boot {

namespace {

struct ApiFs {
    const char* dir;
    const char* type;
    unsigned long flags;
    const char* data;
};

const ApiFs kApiFs[] = {
    {"/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr},
    {"/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr},
    {"/dev", "devtmpfs", MS_NOSUID, "mode=0755"},
    {"/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755"},
};

bool is_mountpoint(const char* dir) {
    struct stat a, b;
    std::string parent = std::string(dir) + "/..";
    if (::stat(dir, &a) != 0 || ::stat(parent.c_str(), &b) != 0) return false;
    return a.st_dev != b.st_dev;
}

// rm -rf of a directory's contents on device `dev` only (never into a mount).
void delete_contents(int dirfd, dev_t dev) {
    DIR* d = ::fdopendir(dirfd);
    if (!d) {
        ::close(dirfd);
        return;
    }
    while (struct dirent* e = ::readdir(d)) {
        if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, "..")) continue;
        struct stat st;
        if (::fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (st.st_dev != dev) continue;  // a mount point: not ours to delete
        if (S_ISDIR(st.st_mode)) {
            int sub = ::openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0) delete_contents(sub, dev);
            ::unlinkat(dirfd, e->d_name, AT_REMOVEDIR);
        } else {
            ::unlinkat(dirfd, e->d_name, 0);
        }
    }
    ::closedir(d);
}

}  // namespace

bool early_mounts(std::string& warn, std::string& err) {
    warn.clear();
    for (const ApiFs& fs : kApiFs) {
        ::mkdir(fs.dir, 0755);
        if (is_mountpoint(fs.dir)) continue;
        if (::mount(fs.type, fs.dir, fs.type, fs.flags, fs.data) == 0 || errno == EBUSY) continue;
        if (!std::strcmp(fs.type, "devtmpfs")) {
            // Kernel without CONFIG_DEVTMPFS: a tmpfs /dev, nodes by mknod.
            warn = std::string("devtmpfs: ") + std::strerror(errno) +
                   "; using a tmpfs /dev (device nodes made by hand)";
            if (::mount("tmpfs", "/dev", "tmpfs", MS_NOSUID, "mode=0755") == 0) continue;
        }
        err = std::string("cannot mount ") + fs.type + " on " + fs.dir + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

void attach_console() {
    if (::fcntl(0, F_GETFD) >= 0 && ::fcntl(1, F_GETFD) >= 0 && ::fcntl(2, F_GETFD) >= 0) return;
    int fd = ::open("/dev/console", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        ::mknod("/dev/console", S_IFCHR | 0600, makedev(5, 1));
        fd = ::open("/dev/console", O_RDWR | O_NOCTTY | O_CLOEXEC);
    }
    if (fd < 0) return;
    for (int i = 0; i < 3; ++i)
        if (::fcntl(i, F_GETFD) < 0) ::dup2(fd, i);
    if (fd > 2) ::close(fd);
}

MountFlags parse_mount_flags(std::string_view s, bool read_only) {
    static const struct {
        const char* name;
        unsigned long set, clear;
    } kFlags[] = {
        {"ro", MS_RDONLY, 0},          {"rw", 0, MS_RDONLY},
        {"noatime", MS_NOATIME, 0},    {"nodiratime", MS_NODIRATIME, 0},
        {"relatime", MS_RELATIME, 0},  {"strictatime", MS_STRICTATIME, 0},
        {"nosuid", MS_NOSUID, 0},      {"nodev", MS_NODEV, 0},
        {"noexec", MS_NOEXEC, 0},      {"sync", MS_SYNCHRONOUS, 0},
        {"dirsync", MS_DIRSYNC, 0},    {"lazytime", MS_LAZYTIME, 0},
    };
    MountFlags out;
    out.flags = read_only ? MS_RDONLY : 0;
    while (!s.empty()) {
        size_t comma = s.find(',');
        std::string_view opt = s.substr(0, comma);
        s.remove_prefix(comma == std::string_view::npos ? s.size() : comma + 1);
        if (opt.empty()) continue;
        bool known = false;
        for (const auto& f : kFlags) {
            if (opt == f.name) {
                out.flags = (out.flags | f.set) & ~f.clear;
                known = true;
                break;
            }
        }
        if (known) continue;
        if (!out.data.empty()) out.data += ',';
        out.data += opt;
    }
    return out;
}

bool mount_root(const std::string& dev, const std::string& dir, const std::string& fstype,
                std::string_view rootflags, bool read_only, std::string& used, std::string& note,
                std::string& err) {
    note.clear();
    ::mkdir(dir.c_str(), 0755);
    MountFlags mf = parse_mount_flags(rootflags, read_only);
    std::vector<std::string> types;
    if (!fstype.empty()) {
        types.push_back(fstype);
    } else {
        // Block filesystems the kernel knows now (the initramfs loaded the
        // modules it was given before we get here).
        int fd = ::open("/proc/filesystems", O_RDONLY | O_CLOEXEC);
        std::string text;
        char buf[4096];
        ssize_t n;
        while (fd >= 0 && (n = ::read(fd, buf, sizeof buf)) > 0) text.append(buf, size_t(n));
        if (fd >= 0) ::close(fd);
        size_t pos = 0;
        while (pos < text.size()) {
            size_t nl = text.find('\n', pos);
            if (nl == std::string::npos) nl = text.size();
            std::string line = text.substr(pos, nl - pos);
            pos = nl + 1;
            if (line.rfind("nodev", 0) == 0) continue;
            size_t b = line.find_first_not_of(" \t");
            if (b != std::string::npos) types.push_back(line.substr(b));
        }
        if (types.empty()) {
            err = "the kernel knows no block filesystem (/proc/filesystems): add the root "
                  "filesystem's module to the initramfs (e.g. --module ext4)";
            return false;
        }
    }
    std::string tried;
    for (const std::string& t : types) {
        const char* data = mf.data.empty() ? nullptr : mf.data.c_str();
        int rc = ::mount(dev.c_str(), dir.c_str(), t.c_str(), mf.flags, data);
        if (rc != 0 && (errno == EACCES || errno == EROFS) && !(mf.flags & MS_RDONLY)) {
            rc = ::mount(dev.c_str(), dir.c_str(), t.c_str(), mf.flags | MS_RDONLY, data);
            if (rc == 0) note = "the device is read-only: mounted read-only";
        }
        if (rc == 0) {
            used = t;
            return true;
        }
        if (!tried.empty()) tried += ", ";
        tried += t + ": " + std::strerror(errno);
    }
    err = "cannot mount " + dev + " on " + dir + " (" + tried + ")";
    if (fstype.empty()) err += "; is the filesystem module in the initramfs? rootfstype= names it";
    return false;
}

bool find_init(const std::string& newroot, const std::string& wanted, std::string& init,
               std::string& err) {
    std::vector<std::string> candidates;
    if (!wanted.empty()) candidates.push_back(wanted);
    else candidates = {"/sbin/init", "/etc/init", "/bin/init", "/bin/sh"};
    int rootfd = ::open(newroot.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootfd < 0) {
        err = "cannot open " + newroot + ": " + std::strerror(errno);
        return false;
    }
    std::string tried;
    for (const std::string& c : candidates) {
        // Resolve symlinks inside the new root: an absolute link such as
        // /sbin/init -> /lib/systemd/systemd points into it, not into us.
        std::string path = c;
        bool found = false;
        for (int hops = 0; hops < 16; ++hops) {
            struct stat st;
            if (::fstatat(rootfd, path.c_str() + 1, &st, AT_SYMLINK_NOFOLLOW) != 0) break;
            if (S_ISLNK(st.st_mode)) {
                char buf[4096];
                ssize_t n = ::readlinkat(rootfd, path.c_str() + 1, buf, sizeof buf - 1);
                if (n <= 0) break;
                buf[n] = '\0';
                if (buf[0] == '/') path = buf;
                else path = path.substr(0, path.rfind('/') + 1) + buf;
                continue;
            }
            found = S_ISREG(st.st_mode) && (st.st_mode & 0111);
            break;
        }
        if (found) {
            init = c;
            ::close(rootfd);
            return true;
        }
        if (!tried.empty()) tried += ", ";
        tried += c;
    }
    ::close(rootfd);
    err = "no init on the root filesystem (tried " + tried + ")" +
          (wanted.empty() ? "; name one with init=" : "");
    return false;
}

bool switch_root(const std::string& newroot, const std::string& init, char** argv,
                 std::string& err) {
    if (::getpid() != 1) {
        err = "switch_root needs to run as PID 1 (the initramfs' /init)";
        return false;
    }
    struct statfs sfs;
    if (::statfs("/", &sfs) != 0 ||
        (sfs.f_type != RAMFS_MAGIC && sfs.f_type != TMPFS_MAGIC)) {
        err = "/ is not an initramfs (ramfs/tmpfs): refusing to delete it";
        return false;
    }
    struct stat root_st, new_st;
    if (::stat("/", &root_st) != 0 || ::stat(newroot.c_str(), &new_st) != 0 ||
        root_st.st_dev == new_st.st_dev) {
        err = newroot + " is not a mounted filesystem";
        return false;
    }
    for (const char* api : {"/dev", "/proc", "/sys", "/run"}) {
        if (!is_mountpoint(api)) continue;
        std::string target = newroot + api;
        struct stat st;
        if (::stat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode) &&
            ::mount(api, target.c_str(), nullptr, MS_MOVE, nullptr) == 0)
            continue;
        // No place for it in the new root (or read-only and missing):
        // detach rather than leave it pinned under a deleted directory.
        ::umount2(api, MNT_DETACH);
    }
    if (::chdir(newroot.c_str()) != 0) {
        err = "chdir " + newroot + ": " + std::strerror(errno);
        return false;
    }
    // Free the initramfs' memory: after the move nothing can reach it.
    int rootfd = ::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootfd >= 0) delete_contents(rootfd, root_st.st_dev);
    if (::mount(".", "/", nullptr, MS_MOVE, nullptr) != 0) {
        err = std::string("mount --move ") + newroot + " /: " + std::strerror(errno);
        return false;
    }
    if (::chroot(".") != 0 || ::chdir("/") != 0) {
        err = std::string("chroot into the new root: ") + std::strerror(errno);
        return false;
    }
    argv[0] = const_cast<char*>(init.c_str());
    ::execve(init.c_str(), argv, environ);
    err = "exec " + init + ": " + std::strerror(errno);
    return false;
}

}  // namespace aoe::boot
