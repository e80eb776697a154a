// The per-export set of layers: the base, the layer directory, and one
// Layer per client MAC, made on the client's first write. The export's
// worker does every I/O; the control socket lists and resets. One mutex.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "cow/layer.h"

namespace aoe::cow {

struct SetConfig {
    Address addr;
    std::string base;
    std::string dir;
    bool fresh = false;     // the client may reset its own layer at boot
    uint64_t cap = 0;       // bytes per layer, 0: none
};

struct LayerSet {
    std::mutex mu;
    SetConfig cfg;
    BaseShelf bases;        // every base open for this export (guarded by mu)
    Base* base = nullptr;   // the current one: new layers are made on it (guarded by mu)
    std::map<Mac, std::unique_ptr<Layer>> layers;  // guarded by mu
    uint64_t last_dir_log = 0;  // rate limit for directory trouble (guarded by mu)
    bool closed = false;        // close_set ran: the control socket finds nothing (guarded by mu)
};

// Opens the base and checks the layer directory: it must report holes
// (SEEK_DATA/SEEK_HOLE) and must not be ext4 data=writeback. A missing
// directory is only warned about (writes fail until it exists).
bool open_set(LayerSet& s, const SetConfig& c, std::string& err);
// ext4 with data=writeback may record an allocation before its data is on
// disk: a layer (or a freeze's shadow) there could point at stale blocks
// after a power cut. False with `err` (naming `what` DIR and the fix) then.
bool check_mount(const std::string& dir, const char* what, std::string& err);
void close_set(LayerSet& s);
// An image update, in place (a reload; queued I/O is kept): `path` becomes
// the base new layers are made on. Loaded layers, and layers on disk when
// they are loaded, stay on the base they were made on until reset; a fresh
// client moves over at its next boot. The new base must be as large as the
// old (a disk of another size needs the export reopened).
bool set_base(LayerSet& s, const std::string& path, std::string& err);

enum class IoResult { kOk, kFailed };
// The view of `mac`. On kFailed the reason has been logged (rate limited per
// layer) and the request gets an ATA error; other clients are unaffected.
IoResult set_read(LayerSet& s, const Mac& mac, uint8_t* out, size_t n, uint64_t off);
IoResult set_write(LayerSet& s, const Mac& mac, const uint8_t* data, size_t n, uint64_t off, bool sync);
IoResult set_flush(LayerSet& s, const Mac& mac);

struct LayerInfo {
    Mac mac{};
    std::string file;
    uint64_t bytes = 0;   // allocated on disk (st_blocks), header included
    uint64_t chunks = 0;  // chunks of the view in the layer
    uint64_t last_io = 0; // Unix seconds, 0: none since the server started
    uint64_t writes = 0;
    std::string base;     // the base the layer was made on
    std::string state;    // "ok", "refused: why", "not loaded"
};
// Every layer of the export: loaded ones and files in the directory.
std::vector<LayerInfo> set_list(LayerSet& s);

enum class ResetResult : uint8_t { kReset = 0, kNothing = 1, kPersistent = 2, kFailed = 3 };
// Drops the layer of `mac` (unlink, fsync of the directory). `by_client`:
// asked by the client itself, refused for persistent layers.
ResetResult set_reset(LayerSet& s, const Mac& mac, bool by_client, std::string& err);

}  // namespace aoe::cow
