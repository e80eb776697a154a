// The userspace AoE block device (initiator::Device) as an NBD backend: byte
// ranges of any alignment, errors mapped to NBD error values.
#pragma once

#include <memory>

#include "initiator/device.h"
#include "nbd/backend.h"

namespace aoe::nbd {

// `read_only` refuses writes at the NBD level (the AoE target may still allow
// them to others).
Backend aoe_backend(std::shared_ptr<initiator::Device> dev, bool read_only);

}  // namespace aoe::nbd
