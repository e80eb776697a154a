// Copy-on-write layers: one sparse file per client holding the chunks it
// wrote, over a read-only base image shared by every client (issue 15).
//
// The allocation map is the layer file's own extent map (SEEK_DATA /
// SEEK_HOLE), read into a bitmap when the layer is opened: a chunk is the
// client's when the file holds data there, the base's when it is a hole.
// A first write to a chunk writes the whole chunk (base data around the new
// sectors), so a chunk is never half the client's. See docs/cow-design.md
// for why this survives kill -9 and power cuts and where it does not.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <sys/uio.h>
#include <string>
#include <vector>

#include "base/mac.h"

namespace aoe::cow {

// A chunk is one page: a 4 KiB aligned pwrite() of one page cannot be cut in
// half by a signal, so kill -9 never leaves a chunk partly written.
inline constexpr uint32_t kChunk = 4096;
inline constexpr uint32_t kLayerHeaderLen = 4096;  // data start in the layer file
inline constexpr uint32_t kVersion = 1;
inline constexpr size_t kMaxBasePath = 1024;

// The read-only base: opened once per export, shared by all its layers.
struct Base {
    std::string path;
    int fd = -1;
    uint64_t size = 0;   // bytes served (a multiple of 512)
    uint64_t ident = 0;  // identity hash (base_identity)
};
// Opens `path` read-only and computes its identity. `err` says what to do.
bool open_base(Base& b, const std::string& path, std::string& err);
void close_base(Base& b);
// Size plus a 64-bit hash of the first and last 64 KiB and 64 evenly spaced
// 4 KiB samples: cheap at open, and catches a replaced or edited image
// (not every edit of a single byte in between: documented).
bool base_identity(int fd, uint64_t size, uint64_t& ident, std::string& err);

struct LayerHeader {
    uint32_t version = kVersion;
    uint32_t chunk = kChunk;
    uint64_t base_size = 0;
    uint64_t base_ident = 0;
    Mac mac{};
    uint64_t created = 0;  // Unix seconds
    std::string base_path;
};
// The 4096-byte header: magic "AOEBOOTL", fields, an FNV-1a checksum last.
void encode_header(const LayerHeader& h, uint8_t (&out)[kLayerHeaderLen]);
// False with `err` (what is wrong) on a bad magic, version or checksum.
bool decode_header(const uint8_t (&in)[kLayerHeaderLen], LayerHeader& h, std::string& err);
// Empty when the layer may be read over `b`, else why not.
std::string check_base(const LayerHeader& h, const Base& b);

// One client's layer. fd == -1 and !exists: the client has not written yet
// (it reads the base). `refused` non-empty: the file is there but unusable
// (corrupt header, other base); every I/O fails until it is reset.
struct Layer {
    Mac mac{};
    const Base* base = nullptr;  // the base it is read against (its own, see open_layer_on)
    bool other_base = false;     // open_layer: the header names another base than the one given
    std::string file;
    int fd = -1;
    bool exists = false;
    std::string refused;
    LayerHeader header;
    std::vector<uint64_t> map;  // one bit per chunk: 1 = in the layer
    uint64_t used = 0;          // chunks in the layer
    uint64_t last_io = 0;       // Unix seconds
    uint64_t writes = 0;        // write requests stored (the CLI compares it around a copy)
    uint64_t refused_logged = 0;  // when the refusal was last logged (rate limit)
};

inline bool chunk_in(const Layer& l, uint64_t c) { return (l.map[c / 64] >> (c % 64)) & 1; }
inline void chunk_set(Layer& l, uint64_t c) { l.map[c / 64] |= uint64_t(1) << (c % 64); }

// "<dir>/e1.0-525400123456.layer"
std::string layer_path(const std::string& dir, Address a, const Mac& m);
// The client of a layer file name ("e1.0-525400123456.layer") of export `a`;
// false for any other name.
bool layer_name_mac(const std::string& name, Address a, Mac& out);

// Opens an existing layer file (ENOENT: exists = false, true returned).
// A corrupt header or another base sets `refused`, also with true: the
// client is refused, the server goes on. False only on an I/O error.
bool open_layer(Layer& l, const std::string& file, const Mac& m, const Base& b, std::string& err);
// The bases a set of layers is read against: the current one and the older
// ones layers were made on, opened on demand and kept while the set is open
// (pointers into it stay valid).
struct BaseShelf {
    std::vector<std::unique_ptr<Base>> open;
};
void close_shelf(BaseShelf& shelf);
// open_layer against `current`, except that a layer made on another base
// (an image update: bases are immutable, a new one has a new path) is read
// against that one, opened from the path in its header if it is still there
// with the recorded size and identity and is as large as `current`; else it
// is refused, saying which base it needs. Sets l.base.
bool open_layer_on(Layer& l, const std::string& file, const Mac& m, const Base& current, BaseShelf& shelf,
                   std::string& err);
// Reads the extent map of l.fd into l.map / l.used.
bool load_map(Layer& l, uint64_t size, std::string& err);
// Makes the layer file: temp file, header, full sparse size, fsync, rename,
// fsync of the directory; all before the first write is acknowledged.
bool create_layer(Layer& l, const std::string& dir, const std::string& file, const Mac& m,
                  const Base& b, std::string& err);
void close_layer(Layer& l);

// The client's view: reads [off, off+n) (512-aligned, inside the base size).
bool view_read(const Layer& l, const Base& b, uint8_t* out, size_t n, uint64_t off, std::string& err);
// Stores a write into an existing layer. `cap_chunks` 0: no cap. Returns
// false with `err`; `*over_cap` tells a cap refusal from an I/O error.
// On a failed store the chunks this write was adding are punched back to
// holes: they read as the base again, never as half a chunk.
bool view_write(Layer& l, const Base& b, const uint8_t* data, size_t n, uint64_t off,
                uint64_t cap_chunks, bool* over_cap, std::string& err);
// Writes the whole view (layer over base) to `fd` as a raw image.
bool export_view(const Layer& l, const Base& b, int fd, std::string& err);

// Whole reads and writes at an offset, retried on EINTR and short counts.
// A read that meets the end of the file fails with EIO (never zeros made
// up); a write that makes no progress fails with ENOSPC. `v` is consumed.
bool pread_full(int fd, uint8_t* p, size_t n, uint64_t off);
bool pwritev_full(int fd, iovec* v, int cnt, uint64_t off);

}  // namespace aoe::cow
