// aoe.mode=nbd: the root disk through the userspace initiator and the
// kernel nbd driver instead of the kernel aoe driver. The NBD room fills
// this in (a strong definition anywhere in src/ replaces the default, which
// fails with a message saying this build cannot do it).
#pragma once

#include <string>

#include "boot/cmdline.h"
#include "boot/modules.h"
#include "initiator/discover.h"

namespace aoe::boot {

struct NbdAttach {
    const BootConfig* config = nullptr;            // the parsed command line
    const initiator::FoundTarget* target = nullptr; // what discovery found (paths, config)
    const ModuleDir* modules = nullptr;            // to load nbd.ko (and its deps) from
    int64_t deadline_ms = 0;                       // boot::now_ms() scale; bound every wait
};

// Makes the target available as a block device and returns its node in
// `device` (e.g. "/dev/nbd0"; with config->root.partition the partition's
// node, e.g. "/dev/nbd0p1"). Whatever serves it must keep running after
// switch_root (it is not killed by it: it is a child of PID 1 that survives
// the exec). False with `err` saying what failed.
bool attach_nbd(const NbdAttach& a, std::string& device, std::string& err);

}  // namespace aoe::boot
