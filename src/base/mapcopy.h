// Stores into a shared file mapping that survive the file being cut short
// under it. A store to a page wholly past the file's end raises SIGBUS, which
// would kill the process; here it is caught for the copy in progress and the
// copy reports failure instead.
#pragma once

#include <cstddef>
#include <cstdint>

namespace aoe {

// Installs the process's SIGBUS handler (idempotent). Faults outside a
// copy_to_mapping() in progress get whatever handled SIGBUS before.
void install_map_guard();

// memcpy(dst, src, n) into a MAP_SHARED file mapping. False when a page of
// dst lies past the file's end (some bytes may have been stored before it).
// Needs install_map_guard() first.
bool copy_to_mapping(uint8_t* dst, const uint8_t* src, size_t n);

}  // namespace aoe
