// Handing a connected socket to the kernel nbd driver, so /dev/nbdN becomes
// the disk served on the other end of the socket (by this process).
//
// The generic netlink family "nbd" is the way: the socket is given with
// NBD_CMD_CONNECT and the kernel keeps it, so no thread of ours sits blocked
// in the driver (a process blocked in NBD_DO_IT is broken by the SIGSTOP of
// shutdown). After a bridge restart NBD_CMD_RECONFIGURE hands the device a
// fresh socket while it waits (NBD_ATTR_DEAD_CONN_TIMEOUT) for one. The
// classic ioctls remain as a fallback for kernels without the family.
#pragma once

#include <cstdint>
#include <string>
#include <thread>

namespace aoe::nbd {

struct KernelConfig {
    int index = 0;                   // N of /dev/nbdN
    uint64_t size = 0;               // bytes
    uint64_t block_size = 512;
    uint64_t server_flags = 0;       // transmission flags (kTx*)
    // Per-request timeout in the driver; 0 leaves it off, so the bridge (the
    // AoE engine's give-up bound) alone decides when an I/O fails.
    uint64_t timeout_s = 0;
    // How long the driver holds I/O while it has no live socket, waiting for
    // NBD_CMD_RECONFIGURE (a restarted bridge).
    uint64_t dead_conn_timeout_s = 120;
    std::string backend;             // NBD_ATTR_BACKEND_IDENTIFIER, e.g. "aoe:e7.3"
};

// "/dev/nbd3" -> 3; -1 if the name is not /dev/nbdN.
int nbd_index_from_path(const std::string& dev);

// True when the "nbd" generic netlink family resolves (nbd.ko loaded and
// new enough). `err` says why not.
bool netlink_available(std::string& err);

// NBD_CMD_CONNECT with `sock`. If the device is already configured with the
// same backend identifier (a bridge restart), NBD_CMD_RECONFIGURE hands it
// the socket instead and `reconfigured` is set. On success the kernel holds
// its own reference to the socket; the caller may close `sock`.
bool netlink_connect(const KernelConfig& c, int sock, bool& reconfigured, std::string& err);

// NBD_CMD_DISCONNECT: the driver sends NBD_CMD_DISC on the socket and lets go.
bool netlink_disconnect(int index, std::string& err);

// What /sys/block/nbdN/backend says ("" when absent or unconfigured).
std::string current_backend(int index);

// The ioctl fallback: NBD_SET_BLKSIZE, NBD_SET_SIZE_BLOCKS, NBD_SET_FLAGS,
// NBD_SET_TIMEOUT, NBD_SET_SOCK, then a thread blocked in NBD_DO_IT until the
// device is disconnected.
struct IoctlAttachment {
    int dev_fd = -1;
    std::thread doit;
    int doit_result = 0;  // errno from NBD_DO_IT (0: clean disconnect)
};
bool ioctl_connect(const std::string& dev, const KernelConfig& c, int sock, IoctlAttachment& a,
                   std::string& err);
// NBD_DISCONNECT: the driver sends NBD_CMD_DISC; NBD_DO_IT returns once the
// socket is closed on our side.
void ioctl_request_disconnect(IoctlAttachment& a);
// After our end of the socket is closed: waits for the NBD_DO_IT thread,
// clears the socket, closes the device.
void ioctl_finish(IoctlAttachment& a);

}  // namespace aoe::nbd
