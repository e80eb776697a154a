// Waiting for a device by kernel uevents (NETLINK_KOBJECT_UEVENT) with a
// deadline, instead of polling /dev in a sleep loop; and making the device
// node ourselves when no devtmpfs did.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace aoe::boot {

// Monotonic milliseconds (for deadlines and phase timings).
int64_t now_ms();

struct Uevent {
    std::string action;     // "add", "remove", "change", ...
    std::string subsystem;  // "block", "net", ...
    std::string devname;    // "etherd/e7.3" (relative to /dev)
    std::string devtype;    // "disk", "partition"
    std::string devpath;    // "/devices/virtual/block/etherd!e7.3"
    int major = -1, minor = -1;
};

// Parses one kernel uevent message ("add@/devpath\0KEY=VALUE\0..."). False
// for messages that are not kernel uevents (e.g. udev's "libudev" ones).
bool parse_uevent(std::span<const char> msg, Uevent& out);

// A uevent listener; open it BEFORE the action that makes the device (module
// load, discover) so that no event can slip by between check and wait.
struct UeventSocket {
    int fd = -1;
    UeventSocket() = default;
    UeventSocket(const UeventSocket&) = delete;
    UeventSocket& operator=(const UeventSocket&) = delete;
    ~UeventSocket();
};
bool open_uevent(UeventSocket& s, std::string& err);

// Called about every `tick_ms` while waiting (re-send a discover, print
// progress); `elapsed_ms` since the wait started.
using WaitTick = void (*)(void* ctx, int64_t elapsed_ms);

struct BlockDevice {
    std::string devname;  // "etherd/e7.3p1"
    int major = -1, minor = -1;
};

// Waits until block device `devname` exists (checks sysfs first, then
// listens) or `deadline` (now_ms() scale) passes. False with `err` on
// timeout: "no block device etherd/e7.3 after 30 s".
bool wait_block_device(UeventSocket& s, const std::string& devname, int64_t deadline,
                       int tick_ms, WaitTick tick, void* ctx, BlockDevice& out, std::string& err);

// "etherd/e7.3" -> "/sys/class/block/etherd!e7.3"
std::string sysfs_block_path(const std::string& devname);

// Makes /dev/DEVNAME as a block node if it is not there (devtmpfs missing or
// not mounted). Returns the path.
bool ensure_block_node(const BlockDevice& dev, std::string& path, std::string& err);

}  // namespace aoe::boot
