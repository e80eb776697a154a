// The request path, as functions without sockets: a received frame goes in,
// immediate replies and I/O requests come out (handle_frame, run on the
// receive thread, and on an export's worker for the requests steered to its
// own socket); an I/O request's frame is turned into its reply in place by
// execute_io. Tests drive both directly.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "proto/aoe.h"
#include "target/export.h"

namespace aoe::target {

// Room for one whole frame at MTU 9000 plus slack; also the reply buffer.
inline constexpr size_t kFrameBufSize = 9216 + 64;
// The most sectors one command may move: what fits the buffer.
inline constexpr unsigned kMaxSectorsBuf = (kFrameBufSize - kAtaHeaderLen) / kSectorSize;  // 17

struct Incoming {
    std::span<const uint8_t> frame;
    Mac self{};          // MAC of the interface it came in on
    unsigned mtu = 1500; // that interface's MTU
};

struct Outcome {
    std::vector<std::vector<uint8_t>> replies;  // frames to send back now
    Export* io = nullptr;  // when set: copy the frame to this export's worker
    Frame frame;           // the frame as parsed (its spans point into it)
    void clear() {
        replies.clear();
        io = nullptr;
    }
};

// The firmware version our Query Config replies carry.
inline constexpr uint16_t kTargetFirmware = 0x0001;

// Max sectors per ATA command we advertise and accept at `mtu`.
unsigned max_sectors(unsigned mtu);

// Decides what to do with one frame for the exports served on the interface
// it came in on. Handles Query Config, mask list, reserve/release, IDENTIFY,
// CHECK POWER, SMART and every error reply itself; READ, WRITE and FLUSH that
// pass every check are handed out in `out.io`. Updates counters and saves
// changed mask/reserve state.
void handle_frame(std::span<Export* const> exports, const Incoming& in, Outcome& out);

// Does the I/O of a READ/WRITE/FLUSH request held in buf[0..len) and builds
// the reply into buf (capacity kFrameBufSize). Returns the reply length.
// `bounce` is a 4096-aligned buffer of kFrameBufSize bytes for O_DIRECT
// exports (may be null for others). A write's reply is built only after
// pwrite() returned: the acknowledgement follows the store.
// With `nowait` (the receive thread's fast path) nothing may block on a disk:
// memory-backed exports run as usual, reads elsewhere use RWF_NOWAIT and
// writes/flushes are not tried; when it would block, `*blocked` is set, 0 is
// returned and the frame's header and arguments are left intact for a worker.
// With `mapped` (receive thread, export with a mapping): a read's reply is
// the header in buf[0..kAtaHeaderLen) followed by the returned length minus
// that from *mapped, which points into the mapping; *mapped is null when the
// reply is whole in buf. A write is copied into a writable mapping (an ATA
// error reply if the file was cut short under it).
//
// sync_later (a worker's batch): with sync = always, a write is stored but
// not synced here; *sync_later is set, and the caller runs sync_batch once
// for all such writes of its batch before it sends any of their replies.
size_t execute_io(Export& e, uint8_t* buf, size_t len, const Mac& self, uint8_t* bounce,
                  bool nowait = false, bool* blocked = nullptr, const uint8_t** mapped = nullptr,
                  bool* sync_later = nullptr);
// The same for a frame already parsed (handle_frame's out.frame) whose bytes
// start at buf: the receive thread does not parse a frame twice.
size_t execute_io(Export& e, const Frame& f, uint8_t* buf, const Mac& self, uint8_t* bounce,
                  bool nowait, bool* blocked, const uint8_t** mapped, bool* sync_later = nullptr);

// The one fdatasync for a batch's writes left unsynced by execute_io
// (group commit: one flush per batch instead of one per frame, so a queue
// of writes waits for one disk flush, not for as many as it holds). If it
// fails, each of those replies (the buffers in `replies`, still unsent)
// becomes an ATA error and the writes are uncounted: nothing is
// acknowledged that may not be on disk. Returns whether it succeeded.
bool sync_batch(Export& e, std::span<uint8_t* const> replies);

// A read reply from the mapping whose data could not be sent (the file was
// cut short under the export: the kernel's copy faulted). Turns the reply
// header execute_io left in buf into an ATA error reply (ABRT), counts and
// logs the error, and returns the reply length; the initiator gets an answer
// instead of timing out.
size_t mapped_read_failed(Export& e, uint8_t* buf, size_t data_len);

}  // namespace aoe::target
