// Finding AoE targets: broadcast a Query Config on every given interface and
// collect the replies until the wanted target has answered (by address or by
// config string) or the timeout passes. No sleeping: the wait is a poll on the
// sockets, so a target that answers in 1 ms is found in about 1 ms.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/mac.h"
#include "net/rawsock.h"

namespace aoe::initiator {

// One way to reach a target: which local interface, which target MAC.
struct TargetPath {
    std::string iface;
    int ifindex = 0;
    Mac local_mac{};
    Mac target_mac{};
    unsigned mtu = 0;
    // From this MAC's own Query Config reply (MACs may differ: two hosts).
    uint16_t buffer_count = 0;
    uint8_t max_sectors = 0;
};

struct FoundTarget {
    Address address;
    std::vector<TargetPath> paths;  // in order of arrival
    // From the first reply (see the paths for per-MAC values).
    uint16_t buffer_count = 0;
    uint16_t firmware = 0;
    uint8_t max_sectors = 0;
    std::string config;
    // Set when the MACs answering for this address report different config
    // strings or firmware: more likely two different disks with a clashing
    // shelf.slot than two paths to one disk.
    bool mismatch = false;
    int64_t first_reply_us = 0;  // since discover() started
    // Filled when DiscoverOptions::identify is set and the target answered.
    bool identified = false;
    uint64_t sectors = 0;
    bool lba48 = false;
    std::string model;

    // How many different target MACs answered (>1: multipath or a conflict).
    size_t distinct_macs() const;
};

struct DiscoverOptions {
    int timeout_ms = 1000;                  // overall bound when nothing wanted answers
    std::optional<Address> want;            // return as soon as this address answered
    std::optional<std::string> want_config; // ... or a target with exactly this config string
    // After the wanted target answered, keep listening this long for more
    // paths to it (other MACs, other interfaces): they answer within the same
    // millisecond on one segment.
    int linger_ms = 5;
    int retry_ms = 250;       // resend the query this often (lost broadcast)
    // When > 0: the first resend comes this soon and the gap doubles up to
    // retry_ms. A link that has just come up may drop the first frames, so
    // a boot asks fast at first and finds the target within milliseconds of the
    // link really forwarding, without flooding a segment whose target is away.
    // (QEMU's e1000 drops received frames for 1 s after each write of its
    // receive control register, which the driver does when the link goes up.)
    int first_retry_ms = 0;
    bool identify = false;    // also send IDENTIFY to each target for size/LBA48
    int identify_timeout_ms = 500;
};

// Sends the query on every socket in `socks` (opened with Filter{.responses =
// true}) and collects replies into `out` sorted by address. Returns false with
// `err` only when nothing could be sent at all; finding nothing is not an
// error (out stays empty). wanted_found() tells whether the want matched.
bool discover(std::span<net::RawSocket> socks, const DiscoverOptions& opt,
              std::vector<FoundTarget>& out, std::string& err);

// Same, opening (and closing) response sockets on the named interfaces.
bool discover_on(const std::vector<std::string>& ifaces, const DiscoverOptions& opt,
                 std::vector<FoundTarget>& out, std::string& err);

// Does `t` satisfy the want in `opt`? (True for any target when nothing is wanted.)
bool matches_want(const FoundTarget& t, const DiscoverOptions& opt);
// Index of the first target in `found` that matches the want, or -1.
int wanted_found(const std::vector<FoundTarget>& found, const DiscoverOptions& opt);

// --- pieces used by discover() and by the block engine, exposed for tests ---

// Builds a broadcast (or, with `to` set, addressed) Query Config read request.
// Returns the frame length.
size_t build_query(std::span<uint8_t> out, const Mac& src, std::optional<Address> to,
                   uint32_t tag, const Mac& dst = kBroadcastMac);

// Feeds one received frame into the collection: a Query Config response with
// a real shelf.slot (not 0xffff/0xff) adds a target or a path. Returns true
// when it was a new target or a new path. Short (unpadded) frames are fine.
bool collect_reply(std::vector<FoundTarget>& found, std::span<const uint8_t> frame,
                   const net::Interface& via, int64_t now_us);

}  // namespace aoe::initiator
