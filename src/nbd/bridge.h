// The NBD bridge process: /dev/nbdN backed by a disk served from this
// process over a socketpair. It is built to hold a root filesystem: it can
// mark itself as a root-storage daemon that survives switch_root and the
// shutdown killing spree, locks its memory, keeps the OOM killer away, and
// flushes before it goes.
#pragma once

#include <string>

#include "nbd/backend.h"
#include "nbd/kernel.h"
#include "nbd/session.h"

namespace aoe::nbd {

struct BridgeOptions {
    std::string device;        // /dev/nbdN
    KernelConfig kernel;       // index, timeouts, backend identifier (size filled in)
    bool use_ioctl = false;    // skip netlink
    // Root-storage daemon: SIGTERM flushes but does not disconnect (only an
    // explicit NBD_CMD_DISCONNECT, e.g. `aoeboot nbd --disconnect`, ends it).
    bool hold_root = false;
    // Flush, disconnect and exit 0 once the device has been mounted and no
    // mount of it is left (see unmount_watch.h); a remount keeps it serving.
    bool exit_on_unmount = false;
    unsigned workers = 16;
    int ready_fd = -1;         // "ok\n" or "error: ...\n" is written here once attached
};

// When /etc/initrd-release exists (we run from an initramfs) or `force`:
// makes the process's argv[0] start with '@' (systemd leaves such processes
// alone at switch_root and shutdown) by re-executing itself as
// "@aoeboot-nbd nbd ARGS..." unless it already does; then
// mlockall(MCL_CURRENT | MCL_FUTURE) and oom_score_adj -1000. `cmd_argv` is
// the command's argv ("nbd", ARGS..., NULL). Call before any thread exists.
// Returns true when in root-daemon mode. Failures are logged, not fatal.
bool become_root_daemon(char** cmd_argv, bool force);

// Blocks SIGTERM, SIGINT, SIGHUP in the calling thread; threads started
// afterwards inherit the mask. Call before anything starts a thread, then
// run_bridge() receives them with sigtimedwait.
void block_bridge_signals();

// Attaches the device and serves it until the kernel disconnects it (or a
// signal, see hold_root). Flushes the disk before returning. Returns the exit
// status: 0 clean, 1 failure.
int run_bridge(Backend& disk, BridgeOptions o);

}  // namespace aoe::nbd
