// The initiator's half of the vendor command 0xF1 (proto/layer_cmd.h): ask
// the target to drop our own copy-on-write layer of a layered export with
// `layers = fresh`, before the root is read. The target only ever acts on
// the source MAC of the request, so this is always our own layer.
#pragma once

#include <string>

#include "base/mac.h"
#include "initiator/discover.h"

namespace aoe::initiator {

enum class LayerResetAnswer {
    kStatus,     // the target answered: `status` holds its LayerStatus
    kNoAnswer,   // no reply within the time (an older target, or loss)
    kRefused,    // an AoE error reply: the target does not know the command
};

// Sends the reset over `path` (up to 3 tries within `timeout_ms`).
// False with `err` only when the request cannot be sent at all.
bool layer_reset(const TargetPath& path, Address a, int timeout_ms, LayerResetAnswer& answer,
                 uint8_t& status, std::string& err);

}  // namespace aoe::initiator
