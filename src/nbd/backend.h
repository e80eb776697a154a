// What the NBD side needs from a disk: size, read, write, flush, callable
// from several threads at once. The AoE block engine is one such disk; a
// plain file is another (tests, and serving a local image over NBD).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace aoe::nbd {

struct Backend {
    uint64_t size = 0;
    bool read_only = false;
    bool can_flush = true;
    // Each returns 0 on success or an NBD error value (kEIO, kENOSPC, ...).
    // A write returns only once the data is stored as far as the disk
    // promises (for AoE: the target acknowledged it).
    std::function<uint32_t(uint64_t offset, uint8_t* buf, uint32_t len)> read;
    std::function<uint32_t(uint64_t offset, const uint8_t* buf, uint32_t len)> write;
    std::function<uint32_t()> flush;
    std::string describe;  // "e7.3 via veth0" or the file name, for logs and NBD_INFO
};

// A regular file or block device opened read-write (or read-only). Returns
// false with `err` set ("open /x: No such file or directory").
bool open_file_backend(const std::string& path, bool read_only, Backend& out, std::string& err);

// Wraps a disk that only takes whole sectors (offset and length multiples of
// `sector`) so that any byte range works: partial sectors at the edges are
// read, patched and written back. Such read-modify-write cycles are made
// exclusive against all other I/O so that two of them can never interleave
// on one sector.
Backend sector_aligned(Backend inner, uint32_t sector);

}  // namespace aoe::nbd
