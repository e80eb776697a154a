// The PID-1 side of an initramfs: the API filesystems, mounting the real
// root, and handing over to its init (move /dev /proc /sys /run, free the
// initramfs, make the new root "/", exec).
#pragma once

#include <string>
#include <string_view>

namespace aoe::boot {

// Mounts /proc (proc), /sys (sysfs), /dev (devtmpfs) and /run (tmpfs),
// creating the directories; a filesystem already mounted there is fine.
// Missing devtmpfs is not fatal (nodes are then made with mknod): `warn`
// says so.
bool early_mounts(std::string& warn, std::string& err);

// Points fds 0, 1 and 2 at /dev/console when they are not open (the kernel
// opens them only if the initramfs had /dev/console).
void attach_console();

// rootflags= plus ro/rw: "noatime,data=journal" -> MS_NOATIME, "data=journal".
struct MountFlags {
    unsigned long flags = 0;
    std::string data;
};
MountFlags parse_mount_flags(std::string_view rootflags, bool read_only);

// Mounts `dev` on `dir`. With an empty `fstype`, tries every block
// filesystem in /proc/filesystems, as the kernel does for root=. A
// read-only device is mounted read-only with a note in `note`. `used` gets
// the filesystem type that worked; `err` lists what was tried.
bool mount_root(const std::string& dev, const std::string& dir, const std::string& fstype,
                std::string_view rootflags, bool read_only, std::string& used, std::string& note,
                std::string& err);

// The init to run inside `newroot`: `wanted` (init=) when given, else the
// kernel's list /sbin/init, /etc/init, /bin/init, /bin/sh. Symlinks are
// resolved inside the new root, not in the initramfs.
bool find_init(const std::string& newroot, const std::string& wanted, std::string& init,
               std::string& err);

// Moves /dev /proc /sys /run under `newroot`, deletes the initramfs'
// files (only on the initramfs itself, never across a mount), makes
// `newroot` the root and execs `init` with `argv` (argv[0] is replaced)
// and the current environment. Only as PID 1 on a ramfs/tmpfs root.
// Returns only on failure, with `err`.
bool switch_root(const std::string& newroot, const std::string& init, char** argv,
                 std::string& err);

}  // namespace aoe::boot
