// Watching for "the filesystem on /dev/nbdN was unmounted", so that a bridge
// that holds a root (or any) filesystem can let go once nobody uses the disk.
//
// Everything it needs is opened at the start and kept: after switch_root the
// bridge still has the initramfs as its root, where /proc, /sys and /dev are
// empty directories (the mounts moved to the new root). Open descriptors keep
// working, and /proc/self/mountinfo opened before the move keeps listing the
// namespace's mounts, the new root included (it sits on the old root's "/").
#pragma once

#include <string>

namespace aoe::nbd {

struct UnmountWatch {
    int mountinfo = -1;  // /proc/self/mountinfo; POLLPRI when the table changes
    int sysdir = -1;     // /sys/block/nbdN
    int devdir = -1;     // /dev (O_PATH)
    std::string name;    // "nbdN"
    // Only a mount at this mount point arms the watch ("" = any). A root
    // bridge passes "/": in the initramfs the root is mounted, unmounted for
    // fsck and mounted again on /sysroot (dracut's shell flow does that);
    // only the mount at "/" after switch_root is the one to outlive.
    std::string arm_at;
    bool seen_mounted = false;
    bool changed = true; // rescan the mount table at the next check
};

// Opens what the watch needs for /dev/nbdN. False with `err` when something
// is missing (no /proc, no sysfs entry).
// `arm_at`: see UnmountWatch::arm_at.
bool unmount_watch_open(UnmountWatch& w, const std::string& device, const std::string& arm_at,
                        std::string& err);
void unmount_watch_close(UnmountWatch& w);

// Cheap; call it often (the bridge does every 200 ms). True once the device
// (or a partition of it) has been mounted (at arm_at, if given) and now no
// mount of it remains,
// nothing is stacked on it (holders/) and it can be opened exclusively (no
// filesystem, swap or other exclusive user). A remount (ro) keeps the mount,
// so it never counts as an unmount.
bool unmount_watch_released(UnmountWatch& w);

}  // namespace aoe::nbd
