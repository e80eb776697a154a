// An AoE disk as a userspace block device: open(eX.Y, interfaces) finds the
// target, IDENTIFYs it (capacity, LBA48), and then serves read / write /
// flush from any number of threads. One engine thread owns the raw sockets
// and the request window (see window.h): callers hand it requests and either
// block until done (read/write/flush) or get a callback (submit). Requests
// from all callers share one window, so several concurrent 128 KiB reads keep
// the target as busy as one 1 MiB read.
//
// Paths: every (local interface, target MAC) pair that answered the Query
// Config is used; a path silent for DeviceOptions::path_dead_ms with frames
// outstanding is avoided and its frames go out again on the others. An I/O
// that hears nothing from any path for give_up_ms fails with an error naming
// the device and what was last heard.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/mac.h"
#include "initiator/discover.h"

namespace aoe::initiator {

struct DeviceOptions {
    int discover_timeout_ms = 3000;  // open(): how long to look for the target
    // Fail an I/O when no path has answered any frame for this long while it
    // waits. The NBD bridge raises it to ride out a target restart.
    int give_up_ms = 20000;
    int path_dead_ms = 1000;   // avoid a path silent this long with frames out
    unsigned max_outstanding = 0;  // cap on frames in flight; 0: the targets' buffer counts
    unsigned max_sectors = 0;      // cap on sectors per frame; 0: from MTU and target
    bool force_lba28 = false;      // use READ/WRITE (28-bit) even if the disk has LBA48
    int min_rto_ms = 20;           // retransmit timeout bounds (Jacobson/Karels between);
                                   // below ~20 ms a busy 2-core host retransmits spuriously
    int max_rto_ms = 500;
    int rediscover_ms = 1000;      // resend Query Config to silent paths this often
};

struct DeviceInfo {
    Address address;
    uint64_t sectors = 0;  // capacity in 512-byte sectors
    bool lba48 = false;    // what IDENTIFY said (and what we use unless forced off)
    bool use_lba48 = false;
    std::string model, serial, firmware;  // from IDENTIFY
    uint16_t target_firmware = 0;         // from Query Config
    std::string config;
    unsigned frame_sectors = 0;  // largest frame payload in sectors over the paths
};

struct PathStats {
    std::string iface;
    Mac target_mac{};
    bool alive = true;      // false: silent past path_dead_ms, being avoided
    unsigned outstanding = 0;
    unsigned window = 0;    // current congestion window (frames)
    unsigned limit = 0;     // target's buffer count share
    unsigned max_sectors = 0;
    double srtt_ms = 0, rttvar_ms = 0, rto_ms = 0;
    uint64_t sent = 0, received = 0, retransmits = 0, timeouts = 0;
    double last_heard_ms_ago = -1;  // -1: never heard
};

struct DeviceStats {
    uint64_t frames_sent = 0, frames_received = 0;
    uint64_t retransmits = 0;    // frames sent again under a new tag
    uint64_t late_replies = 0;   // replies to tags already retransmitted/finished (ignored)
    uint64_t stray_frames = 0;   // replies we cannot match at all (ignored)
    uint64_t errors = 0;         // I/Os failed
    uint64_t bytes_read = 0, bytes_written = 0;
    uint64_t ios_done = 0;
    unsigned in_flight = 0;
    std::vector<PathStats> paths;
};

// Completion callback for submit_*(): runs on the engine thread and must not
// block or call back into the device's blocking calls. `status` is 0 or an
// errno value (EIO, EINVAL, ETIMEDOUT); `error` says what happened.
using IoCallback = void (*)(void* ctx, int status, const std::string& error);

struct Engine;  // defined in device.cpp

class Device {
public:
    // Finds `address` on `ifaces` (names; empty: every Ethernet link that is
    // up), identifies it and starts the engine thread. nullptr with `err`.
    static std::unique_ptr<Device> open(Address address, const std::vector<std::string>& ifaces,
                                        const DeviceOptions& opt, std::string& err);
    // Same with a target already found by discover() (no second discovery).
    static std::unique_ptr<Device> open(const FoundTarget& target, const DeviceOptions& opt,
                                        std::string& err);
    ~Device();  // fails what is still queued with ECANCELED, stops the thread
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;

    const DeviceInfo& info() const;
    uint64_t size() const { return info().sectors * kSectorSize; }  // bytes

    // Blocking and thread-safe. Offsets and lengths in bytes; they must be
    // multiples of 512 (EINVAL otherwise) and inside the disk (EINVAL). Return
    // 0 or an errno value with `err` set. A write returns only once every
    // frame of it was acknowledged by the target.
    int read(uint64_t offset, std::span<uint8_t> buf, std::string& err);
    int write(uint64_t offset, std::span<const uint8_t> buf, std::string& err);
    // FLUSH CACHE (EXT) to every target MAC: returns when all acknowledged
    // it. EOPNOTSUPP when a target aborts it as unknown (vblade does).
    int flush(std::string& err);

    // Asynchronous read: the buffer must stay valid until `cb` ran. A request
    // that cannot start (misaligned, out of range) calls `cb` before returning.
    void submit_read(uint64_t offset, std::span<uint8_t> buf, IoCallback cb, void* ctx);

    DeviceStats stats() const;

private:
    explicit Device(std::unique_ptr<Engine> e);
    // open(target) that also listens and probes on `ifaces` (names).
    static std::unique_ptr<Device> open_on(const FoundTarget& target,
                                           const std::vector<std::string>& ifaces,
                                           const DeviceOptions& opt, std::string& err);
    std::unique_ptr<Engine> engine_;
};

}  // namespace aoe::initiator
