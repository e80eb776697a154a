// `aoeboot root`: from the kernel command line to a running real init.
// Phases: modules (NIC, filesystem) -> link up and carrier -> discovery of
// the wanted export -> attach (kernel aoe driver, or the nbd hook) -> mount
// -> switch_root. Every wait has a bound; a failure says what was tried and
// what was seen, then a rescue shell (if the image has /bin/sh) or a retry.
#pragma once

#include <cstdint>
#include <string>

namespace aoe::boot {

struct RootOptions {
    std::string cmdline;          // kernel command line text to obey
    bool pid1 = false;            // we are the initramfs' /init: API mounts, switch_root
    std::string newroot = "/sysroot";  // where the root is mounted (PID 1)
    std::string mount_at;         // hook mode: mount the root here and stop
    std::string moddir;           // modules dir; empty: /lib/modules/$(uname -r)
    std::string module_list = "/etc/aoeboot/modules";  // NIC/fs modules to load first
    char** init_argv = nullptr;   // argv handed to the real init (argv[0] replaced)
    bool abft_disk = false;       // hook mode: attach the aBFT's disk, whatever root= says
};

// Hook-mode exit status of run_root with abft_disk when there is no aBFT at
// all (the same as `aoeboot abft`): nothing to attach, not a failure.
constexpr int kRootNoAbft = 3;

// Phase durations in milliseconds (-1: not reached).
struct PhaseTimes {
    int64_t modules = -1, link = -1, discovery = -1, attach = -1, mount = -1;
};

// Runs the boot. As PID 1 it only returns if it gave up (the caller then
// reboots); in hook mode it returns the exit status (0: the root device is
// ready, its node printed on stdout, mounted when mount_at is set).
int run_root(const RootOptions& opt);

}  // namespace aoe::boot
