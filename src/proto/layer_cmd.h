// aoeboot's vendor-specific AoE command 0xF1 (AoE r11 reserves 0xF0-0xFF
// for vendors): "reset my layer", sent by `aoeboot root` at boot for a
// layered export with `layers = fresh`. It only ever acts on the sender's
// own source MAC; the magic keeps another vendor's 0xF1 from matching.
// Arguments after the common header: op (1 byte), status (1 byte, 0 in a
// request), magic "AOEBOOT\x01" (8 bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "proto/aoe.h"

namespace aoe {

inline constexpr uint8_t kCmdLayer = 0xF1;
inline constexpr uint8_t kLayerOpReset = 1;
inline constexpr size_t kLayerCmdLen = kHeaderLen + 10;

enum LayerStatus : uint8_t {
    kLayerReset = 0,        // the sender's layer was dropped: it reads the base
    kLayerNothing = 1,      // it had none
    kLayerPersistent = 2,   // layers = persistent: kept
    kLayerFailed = 3,       // could not be reset (see the target's log)
    kLayerNotLayered = 4,   // the export has no per-client layers
};

// True when `frame` (already parsed into `h` as kVendorCommand) is ours;
// `op` and `status` are then set.
bool parse_layer_cmd(std::span<const uint8_t> frame, const Header& h, uint8_t& op, uint8_t& status);
// A request (h from the initiator) or a reply (h = reply_to(...)).
size_t build_layer_cmd(std::span<uint8_t> out, Header h, uint8_t op, uint8_t status);

}  // namespace aoe
