// The heart of the initiator, with no sockets, threads or clocks: requests go
// in, frames to send come out; received frames and the current time go in,
// completions come out. device.cpp wires it to raw sockets and a thread;
// the unit tests drive it with hand-made frames and a fake clock.
//
// What it does:
// - splits each I/O into frames sized to the path (MTU and the target's max
//   sectors) and keeps up to a window of them in flight per path, capped by
//   the target's buffer count;
// - times every frame against a Jacobson/Karels RTT estimate per path; a frame
//   that times out is sent again under a NEW tag (so a late reply to the old
//   tag can never be mistaken for the new one) and the path's window drops;
// - ignores duplicate and late replies (unknown tag, wrong MAC, wrong
//   shelf.slot) and counts them;
// - spreads frames over every live path and moves a silent path's frames to
//   the others after path_dead_ms; keeps probing dead paths with Query Config
//   and revives them on any reply; learns new paths (new target MACs) from
//   Query Config replies for its address;
// - fails an I/O that made no progress while nothing was heard for give_up,
//   with a message naming the device and what was last heard.
#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <vector>

#include "base/mac.h"
#include "proto/aoe.h"

namespace aoe::initiator {

// Jacobson/Karels (RFC 6298 constants) in microseconds.
struct RttEstimator {
    int64_t srtt = 0;
    int64_t rttvar = 0;
    bool valid = false;
    void sample(int64_t rtt_us);
    // srtt + 4 * rttvar clamped to [min, max]; `initial` before any sample.
    int64_t rto(int64_t min_us, int64_t max_us, int64_t initial_us) const;
};

enum class IoKind : uint8_t { kRead, kWrite, kFlush, kIdentify };

struct Io;
using IoDone = void (*)(Io& io);

// One caller request. The submitter owns it and keeps it (and `buf`) alive
// until `done` was called; `done` runs exactly once.
struct Io {
    IoKind kind = IoKind::kRead;
    uint64_t lba = 0;       // first sector
    uint32_t sectors = 0;   // read/write length; IDENTIFY: 1
    uint8_t* buf = nullptr; // read: filled; write: sent (not modified)
    IoDone done = nullptr;
    void* ctx = nullptr;
    // Results, valid in done().
    int status = 0;          // 0 or an errno value
    std::string error;
    // Engine bookkeeping.
    uint64_t units_left = 0;  // sectors (or 1 for flush/identify) not yet acknowledged
    int64_t submitted_us = 0;
    int64_t progress_us = 0;  // last time a frame of it was acknowledged
    bool finished = false;
};

struct WindowOptions {
    Address address;
    bool lba48 = true;          // READ/WRITE EXT and FLUSH CACHE EXT vs 28-bit commands
    unsigned max_sectors = 0;   // 0: no extra cap
    unsigned max_outstanding = 0;  // 0: sum of buffer counts
    int64_t give_up_us = 20'000'000;
    int64_t path_dead_us = 1'000'000;
    int64_t min_rto_us = 5'000;
    int64_t max_rto_us = 500'000;
    int64_t initial_rto_us = 200'000;
    // A frame is taken as lost before its timeout when this many frames sent
    // after it on the same path were answered and 2 x srtt (at least
    // 1 ms) passed: a lossy link must not stall a slot for a whole RTO.
    unsigned fast_retransmit_after = 4;
    unsigned shrink_after_timeouts = 6;  // see Path::size_cap
    int64_t probe_us = 1'000'000;   // Query Config to dead paths this often
    // This device's tag range (see initiator/tags.h); -1: a random one.
    int tag_instance = -1;
};

// A local interface the window may send on (index = position in links()).
struct LocalLink {
    std::string name;
    Mac mac{};
    unsigned mtu = 1500;
};

struct Path {
    int link = 0;  // index into the links
    Mac target{};
    unsigned max_sectors = 1;
    unsigned buffer_count = 1;  // the target MAC's advertised count
    unsigned limit = 1;         // this path's share of it
    double cwnd = 1;
    unsigned out = 0;
    bool alive = true;
    RttEstimator rtt;
    int64_t last_heard_us = -1;
    int64_t waiting_since_us = -1;  // first send not followed by any reply (-1: none)
    int64_t last_probe_us = -1;
    int64_t last_cut_us = -1;   // last window reduction (at most one per RTO)
    // Raised when a reply arrives for a frame we had already given up on
    // (the timeout was spurious: the target stalled, e.g. on writeback),
    // decays with every reply. srtt of a veth is 0.1 ms; a disk stall is 50.
    int64_t rto_floor_us = 0;
    // Frames too big for something between us and the target (a switch
    // with a smaller MTU) vanish while small Query Config replies still
    // come back: after enough such timeouts the frame size is halved and
    // never raised again for this path.
    unsigned size_cap = 255;
    unsigned timeouts_in_row = 0;   // ATA timeouts since the last ATA reply
    int64_t last_config_us = -1;    // last Query Config reply on this path
    int64_t first_timeout_sent_us = -1;  // send time of the first of those timeouts
    uint64_t send_seq = 0;      // frames sent on this path, numbered
    uint64_t acked_seq = 0;     // highest send_seq answered so far
    uint64_t fast_retransmits = 0;
    uint64_t shrinks = 0;           // frame size halvings (see size_cap)
    uint64_t sent = 0, received = 0, retransmits = 0, timeouts = 0;
};

// Frames the window wants sent: `link` says on which local interface.
struct Outbox {
    static constexpr size_t kMaxFrames = 64;
    static constexpr size_t kSlot = 9216 + 64;
    std::vector<uint8_t> storage = std::vector<uint8_t>(kMaxFrames * kSlot);
    size_t len[kMaxFrames] = {};
    int link[kMaxFrames] = {};
    size_t count = 0;
    std::span<const uint8_t> frame(size_t i) const { return {storage.data() + i * kSlot, len[i]}; }
    std::span<uint8_t> next() { return {storage.data() + count * kSlot, kSlot}; }
    bool full() const { return count == kMaxFrames; }
};

struct WindowCounters {
    uint64_t frames_sent = 0, frames_received = 0, retransmits = 0;
    uint64_t late_replies = 0, stray_frames = 0, errors = 0;
    uint64_t bytes_read = 0, bytes_written = 0, ios_done = 0;
};

class Window {
public:
    Window(const WindowOptions& opt, std::vector<LocalLink> links);

    // Adds (or refreshes) the path link -> target MAC with that MAC's Query
    // Config values. Returns its index.
    int add_path(int link, const Mac& target, unsigned buffer_count, unsigned max_sectors);

    // Queues an I/O (validated by the caller: inside the disk). Completion,
    // also for zero-length I/Os, comes through io.done.
    void submit(Io& io, int64_t now_us);

    // Fills `out` with frames that may go out now (new, retransmitted, probes).
    // Returns true when it stopped because `out` is full (call again).
    bool pump(int64_t now_us, Outbox& out);

    // A received frame on local link `link`. Completes I/Os as replies arrive.
    void on_frame(int link, std::span<const uint8_t> frame, int64_t now_us);

    // Handles timeouts: retransmits, dead paths, give-ups. Call after waking.
    void on_tick(int64_t now_us);

    // Microseconds until on_tick has something to do (-1: nothing pending).
    int64_t next_deadline(int64_t now_us) const;

    // Fails every queued and in-flight I/O (shutdown).
    void fail_all(int status, const std::string& why);

    bool idle() const { return in_flight_ == 0 && pending_.empty(); }
    unsigned in_flight() const { return in_flight_; }
    const std::vector<Path>& paths() const { return paths_; }
    const std::vector<LocalLink>& links() const { return links_; }
    const WindowCounters& counters() const { return counters_; }
    const WindowOptions& options() const { return opt_; }
    int64_t rto_us(int path) const { return path_rto(paths_[size_t(path)]); }
    void set_lba48(bool on) { opt_.lba48 = on; }  // after IDENTIFY
    // What was last heard, for error messages: "ATA reply from MAC on IFACE 1.2 s ago".
    std::string last_heard(int64_t now_us) const;

private:
    struct Chunk {
        Io* io = nullptr;
        uint64_t lba = 0;
        uint32_t count = 0;  // sectors (0 for flush/identify)
        uint32_t tries = 0;  // times sent so far
        int64_t first_sent_us = -1;
        int avoid = -1;       // path it last timed out on: try another first
        bool pinned = false;  // flush: must go to this target MAC
        Mac pin{};
    };
    struct Slot {
        bool used = false;
        uint32_t tag = 0;
        int path = -1;
        Chunk chunk;
        int64_t sent_us = 0;
        int64_t deadline_us = 0;
        uint64_t seq = 0;  // the path's send_seq for this frame
        uint32_t pos = 0;  // index in active_
    };

    int pick_path(const Chunk& c) const;
    void send_chunk(Chunk c, int path, int64_t now_us, Outbox& out);
    void requeue(Slot& s);
    void release(Slot& s);
    void finish(Io& io, int status, const std::string& error);
    void ack(Slot& s, const aoe::Frame& f, int64_t now_us);
    void mark_dead(int path);
    void heard(int path, int64_t now_us, bool ata);
    int64_t last_heard_ata_us() const { return last_ata_reply_us_; }
    unsigned total_limit() const;
    int64_t path_rto(const Path& p) const;

    WindowOptions opt_;
    std::vector<LocalLink> links_;
    std::vector<Path> paths_;
    std::vector<Slot> slots_;
    std::vector<uint32_t> free_slots_;
    // Slots in flight, so timers scan the window, not all kWindowSlots.
    // Removal swaps the last entry in: loops that release walk it backwards.
    std::vector<uint32_t> active_;
    std::deque<Chunk> pending_;
    unsigned in_flight_ = 0;
    uint32_t instance_ = 0;    // tag range, bits 27-30 of every tag
    uint32_t generation_ = 1;  // bits 8-26: random start, +1 per frame sent
    unsigned rr_ = 0;  // round-robin start for path choice
    int64_t last_ata_reply_us_ = -1;   // last ATA reply on any path (progress)
    int64_t last_heard_us_ = -1;       // last reply of any kind, for messages
    int last_heard_path_ = -1;
    bool last_heard_ata_ = false;
    int64_t last_probe_us_ = -1;
    bool probe_soon_ = false;  // a path may be dropping big frames: ask now
    int64_t last_giveup_scan_us_ = -1;
    WindowCounters counters_;
};

// A tag is: bit 31 set (the Linux driver ignores such replies, so a kernel
// initiator on the same host never takes ours), 4 bits of range (one per
// initiator on the host, initiator/tags.h), 19 bits of generation, 8 bits of
// slot. So at most 256 frames are in flight per device, and a slot's tag
// repeats only after 2^19 frames.
inline constexpr unsigned kWindowSlots = 256;
inline constexpr uint32_t kTagUserBit = 0x80000000u;

}  // namespace aoe::initiator
