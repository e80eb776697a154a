// UTC timestamps for listings ("2026-12-07 15:40:02"). The civil date is
// computed here from the day count: libc's gmtime and strftime would bring
// musl's time zone code and locale tables (about 9 KB) for a fixed format.
#pragma once

#include <cstdint>
#include <string>

namespace aoe {

// Seconds since the epoch as "YYYY-MM-DD<sep>HH:MM:SS" (UTC), with a
// trailing "Z" when `sep` is 'T' (ISO 8601). Years 1970..9999.
std::string format_utc(int64_t secs, char sep);

}  // namespace aoe
