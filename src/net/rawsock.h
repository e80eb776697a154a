// AF_PACKET sockets for AoE frames: one socket per interface, a kernel BPF
// filter so only the frames we want wake us up, and batched receive/send
// (recvmmsg/sendmmsg) so one system call moves many frames.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "proto/aoe.h"

namespace aoe::net {

struct Interface {
    std::string name;
    int index = 0;
    Mac mac{};
    unsigned mtu = 0;
    bool up = false;
    bool ethernet = false;
};

// Looks the interface up by name (index, MAC, MTU, flags). On failure `err`
// says what is wrong ("no such interface eth9").
bool get_interface(const std::string& name, Interface& out, std::string& err);

// What the kernel filter lets through: AoE frames only, and of those either
// requests (target side) or responses (initiator side). With `majors` set, a
// target also drops requests for shelves it does not serve (0xffff, the
// broadcast shelf, always passes).
struct Filter {
    bool responses = false;
    std::vector<uint16_t> majors;  // empty: any shelf
};

struct RawSocket {
    int fd = -1;
    Interface iface;
};

// Opens a socket bound to `iface` for ethertype 0x88A2 with the filter
// attached, frames we send ourselves not looped back, and a large receive
// buffer. Returns false with `err` set.
bool open_socket(RawSocket& s, const Interface& iface, const Filter& f, std::string& err);
bool set_filter(RawSocket& s, const Filter& f, std::string& err);
void close_socket(RawSocket& s);

// Re-reads the MTU (it may change under us, e.g. jumbo set later).
unsigned current_mtu(const RawSocket& s);

// A set of receive buffers for recvmmsg. Each slot holds one whole frame.
struct RecvBatch {
    static constexpr int kSlots = 32;
    static constexpr size_t kSlotSize = 9216 + 64;
    std::vector<uint8_t> storage = std::vector<uint8_t>(kSlots * kSlotSize);
    size_t len[kSlots] = {};
    int count = 0;
    std::span<const uint8_t> frame(int i) const {
        return {storage.data() + size_t(i) * kSlotSize, len[i]};
    }
};

// Receives up to kSlots frames without blocking. Returns the count (0 when
// nothing is waiting), or -1 on a socket error (errno set).
int receive(RawSocket& s, RecvBatch& b);

// Waits until one of `fds` is readable or `timeout_ms` passes (-1: forever).
// Returns the index of a readable fd, -1 on timeout, -2 on EINTR.
int wait_readable(std::span<const int> fds, int timeout_ms);

// Sends one frame. Returns false on error (errno set).
bool send_frame(RawSocket& s, std::span<const uint8_t> frame);

// Sends several frames in one sendmmsg; returns how many went out.
int send_frames(RawSocket& s, std::span<const std::span<const uint8_t>> frames);

// A frame in two pieces (header, then payload elsewhere, e.g. a mapped
// file), so a reply need not be copied together first. `tail` may be empty.
struct SplitFrame {
    std::span<const uint8_t> head, tail;
};
int send_frames(RawSocket& s, std::span<const SplitFrame> frames);

}  // namespace aoe::net
