// The monotonic clock every timeout and deadline in aoeboot is measured on.
#pragma once

#include <cstdint>
#include <ctime>

namespace aoe {

inline int64_t monotonic_us() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

inline int64_t monotonic_ms() { return monotonic_us() / 1000; }

}  // namespace aoe
