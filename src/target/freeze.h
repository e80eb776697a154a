// Freeze for a live backup (issue 15, section 2): on an ordinary one-image
// export, `freeze` sends every write to a shadow file IMAGE.shadow next to
// the image while the image itself is left alone, so a backup program can
// copy it (cp --sparse, qemu-img convert) and get the disk as it was at the
// freeze instant, crash-consistent. `thaw` merges the shadow back into the
// image while clients keep working, syncs the image and deletes the shadow.
//
// The shadow is a copy-on-write layer (src/cow) over the image as its base:
// the layer header, data at byte 4096, the file's own extent map as the
// allocation map, first writes filled from the image. Its header's MAC field
// says what the export was doing: kShadowFrozen, or kShadowThawing once a
// thaw may have written to the image (the image then no longer matches the
// identity recorded at the freeze, and the check is skipped).
//
// A shadow file on disk means the export is frozen: a restart (or kill -9,
// or a power cut under sync = always / flush) opens it frozen again, so no
// acknowledged write is lost and a thaw that was cut short is finished by
// running thaw again.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "base/mac.h"
#include "cow/layer.h"

namespace aoe::target {

struct Export;  // export.h

enum class FreezeState : uint8_t { kOff, kFrozen, kThawing };

inline constexpr Mac kShadowFrozen = {0, 0, 0, 0, 0, 0};
inline constexpr Mac kShadowThawing = {0, 0, 0, 0, 0, 1};

struct Freeze {
    std::mutex cmd;  // one freeze, thaw or close at a time (taken before mu)
    // Held across every write and flush of the export (frozen or not: a
    // freeze then never falls between a write's check and its store), and
    // across every read while frozen or thawing. Uncontended except while
    // a freeze or a thaw batch runs.
    std::mutex mu;
    std::atomic<uint8_t> state{uint8_t(FreezeState::kOff)};  // written under mu
    Address addr;
    std::string image;   // the export's path
    std::string shadow;  // image + ".shadow"
    std::string dir;     // their directory (synced after create and unlink)
    cow::Base base;      // the image: fd is our own duplicate, read and written at offset 0
    cow::Layer layer;    // the shadow, while frozen or thawing (guarded by mu)
    uint64_t since = 0;  // Unix seconds of the freeze (the shadow's creation)
    bool closed = false;  // freeze_close ran (guarded by mu)
    // Thaw: the shadow's chunks still to copy into the image. A write to
    // the shadow during the thaw marks its chunks again.
    std::vector<uint64_t> pending;  // guarded by mu
    uint64_t pending_n = 0;         // guarded by mu
    uint64_t merged = 0;            // chunk copies made by this thaw (guarded by mu)
    uint64_t thaw_total = 0;        // chunks in the shadow when the thaw began (guarded by mu)
    uint64_t cursor = 0;            // next chunk the thaw looks at (guarded by mu)
    uint64_t passes = 0;            // batches of this thaw (guarded by mu)
    std::chrono::steady_clock::time_point started;  // of this thaw (guarded by mu)
    std::string last;               // the last thaw's outcome, for freeze-status (guarded by mu)
    std::atomic<bool> stop{false};  // freeze_close: the thaw thread stops between batches
    std::thread thawer;
    // Copies for `aoeboot status`, read without mu: the receive thread
    // builds the status and must not wait for a thaw's last batch.
    std::atomic<uint64_t> shown_chunks{0}, shown_merged{0}, shown_total{0};
    uint64_t log_at = 0;            // rate limit of I/O error lines (guarded by mu)
    // How a thaw proceeds: batches of `batch` chunks copied while clients
    // keep working; when at most `final_chunks` are left, the rest is copied
    // with the export's I/O held (the last batch). Unit tests make them small.
    uint64_t batch = 256;
    uint64_t final_chunks = 256;

    Freeze() = default;
    ~Freeze();
    Freeze(const Freeze&) = delete;
    Freeze& operator=(const Freeze&) = delete;
};

inline FreezeState freeze_state(const Freeze& f) { return FreezeState(f.state.load(std::memory_order_acquire)); }

// Why the export cannot be frozen, naming what to do instead; "" when it can.
// `st_mode`: of the opened backing store.
std::string freeze_refusal(const Export& e, unsigned st_mode);
// At open_export, after the store is open: makes e.freeze for an export that
// can be frozen, and opens it frozen when IMAGE.shadow exists (logged). An
// export that cannot be frozen but has a shadow next to its image, or a
// shadow that does not belong to the image, is an error naming the fix:
// the shadow holds acknowledged writes and is never ignored.
bool freeze_open(Export& e, unsigned st_mode, std::string& err);
// Another export in `all` that writes to the same file as `e` (its
// address), or "": a freeze of `e` would not hold that one's writes, and
// two exports of one image frozen would share one shadow.
std::string writer_of_same_file(const Export& e, const std::vector<const Export*>& all);
// Stops a running thaw between two batches and closes the shadow; the file
// stays, so the export opens frozen next time. Logs that it is kept.
void freeze_close(Freeze& f);

// The control commands. Each returns the one-line answer for the control
// socket: "frozen ...", "thawing ...", or "error: ..." naming what to do.
// freeze: syncs the image, creates the shadow, and from then on (the cut,
// under `mu`) every write goes to the shadow; done when this returns.
std::string freeze_command(Freeze& f);
// thaw: starts merging the shadow back (a thread of its own) and returns;
// freeze_status_line tells how far it is and how it ended.
std::string thaw_command(Freeze& f);
// "off", "off thawed=N ...", "frozen chunks=N since=...", "thawing merged=A/B",
// "frozen thaw-failed: why" (one line, for `aoeboot thaw` to poll).
std::string freeze_status_line(Freeze& f);
// For `aoeboot status`, without waiting for mu: "" when not frozen, else
// "frozen since=... shadow=... chunks=N" or "thawing merged=A of=B shadow=...".
std::string freeze_summary(const Freeze& f);

// Thaw in steps (what the thread runs; unit tests drive it by hand).
// thaw_begin: marks the shadow thawing (synced) and sets every chunk pending.
bool thaw_begin(Freeze& f, std::string& msg);
enum class ThawStep { kMore, kDone, kFailed, kStopped };
// One batch; the last one (at most final_chunks left) also syncs the image,
// deletes the shadow, syncs the directory, and only then lets writes go to
// the image again. kFailed leaves the export frozen (`last` says why).
ThawStep thaw_step(Freeze& f);

// The I/O of a frozen or thawing export, called with `mu` held and the
// state not kOff: the view of shadow over image. False on failure (logged,
// rate limited); the request gets an ATA error.
bool frozen_read(Freeze& f, uint8_t* out, size_t n, uint64_t off);
bool frozen_write(Freeze& f, const uint8_t* data, size_t n, uint64_t off, bool sync);
bool frozen_flush(Freeze& f);

}  // namespace aoe::target
