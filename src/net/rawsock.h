// AF_PACKET sockets for AoE frames: a kernel BPF filter so only the frames
// we want wake us up, batched receive/send (recvmmsg/sendmmsg, or a receive
// ring shared with the kernel) so one system call moves many frames, or none
// at all, and fanout groups whose program steers each frame to one of
// several sockets on an interface.
#pragma once

#include <cstdint>
#include <linux/filter.h>
#include <span>
#include <string>
#include <vector>

#include "base/mac.h"
#include "proto/aoe.h"

namespace aoe::net {

struct Interface {
    std::string name;
    int index = 0;
    Mac mac{};
    unsigned mtu = 0;
    bool up = false;
    bool running = false;  // IFF_RUNNING: up with carrier
    bool ethernet = false;
};

// Looks the interface up by name (index, MAC, MTU, flags). On failure `err`
// says what is wrong ("no such interface eth9").
bool get_interface(const std::string& name, Interface& out, std::string& err);

// What the kernel filter lets through: AoE frames only, and of those either
// requests (target side) or responses (initiator side). With `targets` set, a
// target also drops requests for addresses it does not serve, so frames for
// other targets on the segment never wake it. Always passing: the broadcast
// shelf 0xffff, and the broadcast slot 0xff of a served shelf.
struct Filter {
    bool responses = false;
    std::vector<Address> targets;  // empty: any shelf.slot
    bool nothing = false;  // drop every frame (a socket not yet in its fanout group)
};

// The classic BPF program for `f`. Every match returns at once (no jump
// longer than one instruction), so it works for any number of exports up to
// the kernel's 4096 instructions; past that it checks shelves only, and past
// that no address at all.
std::vector<sock_filter> build_filter(const Filter& f);

// A receive ring (PACKET_RX_RING, TPACKET_V2) mapped into our memory. The
// kernel copies each frame into the next free slot from its receive path and
// marks it ours; we use the frame where it lies and hand the slot back. A
// busy server thus makes no system call to receive, and the copy is done
// where the frame arrives rather than in our process.
// How a ring for frames of up to `room` bytes (from the frame's first byte)
// and at least `slots` slots is laid out: slots packed into blocks of 64 KiB
// (more if one slot needs it), the slot count rounded up to whole blocks.
struct RingShape {
    size_t slot_size = 0;
    size_t block_size = 0;
    unsigned per_block = 0;
    unsigned blocks = 0;
    unsigned slots() const { return per_block * blocks; }
    size_t bytes() const { return block_size * blocks; }
};
RingShape ring_shape(size_t room, unsigned slots);

struct RxRing {
    uint8_t* map = nullptr;  // shape.bytes() long
    RingShape shape;
    unsigned next = 0;  // the oldest slot not yet taken
};

// What the kernel counted for a socket since it was opened: frames that
// passed the filter, and of those the ones dropped because the ring (or the
// receive buffer) was full.
struct SocketCounts {
    uint64_t frames = 0;
    uint64_t drops = 0;
};

struct RawSocket {
    int fd = -1;
    Interface iface;
    RxRing ring;  // mapped only when opened with ring_room
    SocketCounts counts;  // summed by socket_counts (the kernel resets on read)
};

// Opens a socket bound to `iface` for ethertype 0x88A2 with the filter
// attached, frames we send ourselves not looped back, and a large receive
// buffer. With `ring_room` > 0 frames arrive through a receive ring of
// `ring_slots` slots, each with at least that many writable bytes from the
// frame's first byte (room to build a reply in place); use ring_next, not
// receive. Returns false with `err` set.
bool open_socket(RawSocket& s, const Interface& iface, const Filter& f, std::string& err,
                 size_t ring_room = 0, unsigned ring_slots = 256);
bool set_filter(RawSocket& s, const Filter& f, std::string& err);
void close_socket(RawSocket& s);

// Reads and clears the error the kernel flagged on `s` (ENETDOWN when its
// interface went down or away; poll reports POLLERR until it is read).
// 0: none.
int take_error(const RawSocket& s);

// The kernel's counters for `s` since it was opened (PACKET_STATISTICS).
SocketCounts socket_counts(RawSocket& s);

// Steering: the sockets of one interface in a PACKET_FANOUT group, where the
// kernel runs one classic BPF program per arriving frame to choose the one
// member socket that gets it. Members are numbered in the order they joined,
// from 0; the kernel renumbers them when one leaves (the last takes its
// place), so callers keep members open for as long as the group lives.
// Creates a group with `s` as member 0; the kernel picks an unused id.
bool fanout_create(RawSocket& s, uint16_t& group, std::string& err);
// Joins `s` (bound to the same interface, opened with Filter::nothing so it
// takes no frame before) to the group as the next member.
bool fanout_join(RawSocket& s, uint16_t group, std::string& err);
// Unicast ATA READ, WRITE and FLUSH requests to `addr` go to `member`.
struct SteerRule {
    Address addr;
    unsigned member = 0;
};
// The group's program: every frame matching no rule goes to member 0.
// It sees the frame from the AoE header on (the kernel has taken the
// Ethernet header off at that point). At most 255 rules.
std::vector<sock_filter> build_steering(std::span<const SteerRule> rules);
// Replaces the program of the group `member` belongs to.
bool set_steering(RawSocket& member, std::span<const SteerRule> rules, std::string& err);

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

// A frame in a ring slot: `data[0..len)` is the frame (cut to the slot's room
// if it was larger), `data[0..room)` may be written. Ours until ring_release.
struct RingFrame {
    uint8_t* data = nullptr;
    size_t len = 0;
    size_t room = 0;
    void* slot = nullptr;
};
// Takes the oldest filled slot; false when none is waiting. Slots may be
// released in any order, but one held long stops the ring at that slot
// (later frames are dropped until it is back), so release each batch soon.
bool ring_next(RawSocket& s, RingFrame& f);
void ring_release(const RingFrame& f);

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
// With `failed` set, the index of every frame that could not be sent is
// appended to it (e.g. a tail in a mapped file that was cut short: EFAULT).
int send_frames(RawSocket& s, std::span<const SplitFrame> frames, std::vector<size_t>* failed = nullptr);

}  // namespace aoe::net
