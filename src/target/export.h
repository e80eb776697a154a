// One exported volume at run time: the open backing store, its size, the
// access state initiators can change (config string, mask list,
// reservation), counters, and the persistent state file.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "target/config.h"

namespace aoe::cow {
struct LayerSet;  // cow/view.h
}

namespace aoe::target {

struct Worker;  // worker.h
struct Freeze;  // freeze.h

// Counters shown by `aoeboot status`. Written by the receive thread and the
// export's worker, read by the control socket: relaxed atomics are enough.
struct Stats {
    std::atomic<uint64_t> requests{0};    // frames addressed to this export and accepted
    std::atomic<uint64_t> reads{0}, writes{0}, flushes{0};
    std::atomic<uint64_t> syncs{0};       // fdatasync calls: with sync = always, one may cover many writes
    std::atomic<uint64_t> bytes_read{0}, bytes_written{0};
    std::atomic<uint64_t> errors{0};      // error replies (AoE or ATA) and failed I/O
    std::atomic<uint64_t> drops{0};       // no free buffer: dropped, the initiator retransmits
    std::atomic<uint64_t> denied{0};      // ACL, mask list: dropped without reply
    std::atomic<uint64_t> dups{0};        // retransmitted duplicates seen
};

// Initiator-visible state that survives a restart (kept in the state dir).
struct AccessState {
    std::vector<Mac> mask;     // Mac Mask List: non-empty = only these may talk
    std::vector<Mac> reserve;  // Reserve/Release list
};
inline constexpr size_t kMaxMasks = 255;
inline constexpr size_t kMaxReserve = 255;

// Pure access decisions (no I/O), unit-tested.
bool mac_in(const std::vector<Mac>& list, const Mac& m);
// Allow list and mask list: false means drop the frame silently.
bool access_allowed(const std::vector<Mac>& allow, const AccessState& st, const Mac& src);
// Reads and writes from `src` are refused with error 6 while reserved by others.
bool reserved_against(const AccessState& st, const Mac& src);

// A small memory of recent requests to count retransmits: the Linux driver
// gives a retransmit a new tag, so a repeat of (source, command, lba, count)
// counts as well as a repeated (source, tag). Looked up through two small
// hash indexes (one entry per bucket, the newest), not by scanning: a scan
// of the ring was most of the request checks' CPU. A bucket collision can
// hide a repeat (undercount), never invent one.
struct DupRing {
    struct Entry {
        uint64_t src = 0;  // the MAC in 48 bits
        uint32_t tag = 0;
        uint64_t key = 0;  // command, count and lba folded together
        bool used = false;
    };
    static constexpr size_t kSize = 64;
    static constexpr size_t kBuckets = 1024;
    Entry e[kSize];
    uint8_t by_tag[kBuckets] = {};  // 1 + index into e; 0: empty
    uint8_t by_key[kBuckets] = {};
    size_t next = 0;
    // Records the request; true when it repeats one of the last kSize.
    bool seen(const Mac& src, uint32_t tag, uint8_t cmd, uint8_t count, uint64_t lba);
};

struct Export {
    // The request checks run on the receive thread and, for requests the
    // kernel steers to the export's own sockets, on its worker: `mu` guards
    // what they read and change (cfg, config_string, access, smart_enabled,
    // dup). The worker's I/O itself needs only what never changes once
    // opened (fd, base, sectors, map, cfg.addr) and atomics.
    std::mutex mu;
    ExportConfig cfg;          // a reload changes fields in place, never addr
    int fd = -1;               // backing store (-1 for null)
    uint64_t sectors = 0;      // capacity
    uint64_t base = 0;         // byte offset of sector 0 in the backing store
    bool null_backing = false;
    bool direct = false;
    bool memory_backed = false;  // null, tmpfs or ramfs: I/O cannot wait for a disk
    // A tmpfs/ramfs backing file mapped shared: the receive thread sends
    // read replies straight from it, one copy (page -> frame) instead of two
    // (page -> buffer by pread, buffer -> frame), and stores writes into it
    // with a plain copy, without pwrite()'s per-page lookups and locks. The
    // pages are the file's, so a stored write survives a crash of the
    // process as one by pwrite() does. Null when not mapped. Past a shrunken
    // file's end, the kernel's copy for a send fails (EFAULT) and a store
    // raises SIGBUS, caught by copy_to_mapping(): both become ATA errors.
    uint8_t* map = nullptr;
    size_t map_len = 0;         // bytes of the file mapped, from file offset 0
    bool map_writable = false;  // mapped for writing too (not read-only)
    // The kernel sets the file's mtime only when a page is first written
    // through the mapping, not on later stores to it; the receive thread
    // sets it about once a second (touch_mapped) so that backups and rsync
    // still see the image change.
    bool map_dirty = false;
    std::atomic<uint8_t> sync{uint8_t(SyncMode::kFlush)};
    std::string config_string;  // current Query Config string
    AccessState access;
    bool smart_enabled = true;
    DupRing dup;
    Stats stats;
    std::string state_file;  // "" when not persisted
    std::unique_ptr<Worker> worker;
    // A layered export (cfg.layered): the base and the clients' layers. Its
    // I/O always runs on the worker, through cow:: (never mapped, never on
    // the receive thread's nowait path): a first write may create a file.
    std::shared_ptr<cow::LayerSet> layers;  // shared: the control thread may hold it
    // An export that can be frozen for a backup (target/freeze.h): its
    // writes take freeze->mu. Null for the others; freeze_no then says why.
    std::shared_ptr<Freeze> freeze;  // shared: the control thread may hold it
    std::string freeze_no;
    uint64_t file_dev = 0, file_ino = 0;  // the backing store's identity (0: none)

    Export();
    ~Export();
    Export(const Export&) = delete;
    Export& operator=(const Export&) = delete;
};

// Opens the backing store and fills in size etc. On error `err` names the
// export and what to do.
bool open_export(Export& e, const ExportConfig& cfg, std::string& err);
void close_export(Export& e);
// Sets the file's mtime to now if writes were stored through its mapping
// since the last call.
void touch_mapped(Export& e);

// Persistent state: "<dir>/eS.N.state" with lines "mask MAC" / "reserve MAC".
std::string state_path(const std::string& dir, Address a);
bool load_state(const std::string& file, AccessState& st, std::string& err);
// Written to a temporary file, synced and renamed: a crash leaves the old or
// the new list, never a torn one.
bool save_state(const std::string& file, const AccessState& st, std::string& err);

}  // namespace aoe::target
