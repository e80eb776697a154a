// Small helpers shared by the initiator commands (discover, read, write,
// verify, bench): sizes for humans, JSON strings, a progress line that only
// appears when stderr is a terminal, and a monotonic clock.
#pragma once

#include <cstdint>
#include <getopt.h>
#include <memory>
#include <string>

#include "base/mac.h"
#include "initiator/device.h"
#include "initiator/ifaces.h"

namespace aoe::cli {

// "64.0 MiB", "1.5 GiB", "512 B".
std::string human_bytes(uint64_t n);
// A JSON string literal (quotes included), control characters escaped.
std::string json_string(const std::string& s);
double now_seconds();

// "\r  42% 27.0 MiB of 64.0 MiB  93.1 MB/s" on stderr, at most ~10 times a
// second, only when stderr is a tty. finish() ends the line.
struct Progress {
    const char* what = "";
    uint64_t total = 0;
    double start = 0, last = 0;
    bool tty = false;
    bool shown = false;
    void begin(const char* label, uint64_t total_bytes);
    void update(uint64_t done);
    void finish();
};

// Options every block command shares: -i, --mtu, --carrier-timeout,
// --timeout (give-up, s), --lba28, --max-outstanding, --max-sectors, -v.
struct DeviceArgs {
    initiator::IfaceOptions iface;
    initiator::DeviceOptions dev;
    bool verbose = false;
};
enum CommonOpt { kOptMtu = 200, kOptCarrier, kOptGiveUp, kOptLba28, kOptMaxOut, kOptMaxSect };
#define AOEBOOT_DEVICE_LONGOPTS                                        \
    {"interface", required_argument, nullptr, 'i'},                    \
    {"mtu", required_argument, nullptr, kOptMtu},                      \
    {"carrier-timeout", required_argument, nullptr, kOptCarrier},      \
    {"timeout", required_argument, nullptr, kOptGiveUp},               \
    {"lba28", no_argument, nullptr, kOptLba28},                        \
    {"max-outstanding", required_argument, nullptr, kOptMaxOut},       \
    {"max-sectors", required_argument, nullptr, kOptMaxSect},          \
    {"verbose", no_argument, nullptr, 'v'}
extern const char kDeviceOptionsHelp[];

// Handles one of the shared options. Returns 1 when handled, 0 when `c` is
// not a shared option, or kExitUsage (2) after printing a usage error.
int handle_device_option(const char* cmd, int c, const char* arg, DeviceArgs& a);

// Prepares the interfaces and opens the device; prints the error itself.
std::unique_ptr<initiator::Device> open_device(const char* cmd, const std::string& name,
                                               DeviceArgs& a);

// One line on stderr: retransmits, late replies, per-path state.
void print_stats(const initiator::Device& d);

}  // namespace aoe::cli
