#include "base/utc.h"

#include <cstdio>

namespace aoe {

std::string format_utc(int64_t secs, char sep) {
    if (secs < 0) secs = 0;
    int64_t days = secs / 86400;
    const int64_t rem = secs % 86400;
    // Days since 1970-01-01 to year/month/day in the proleptic Gregorian
    // calendar, counting from 0000-03-01 so that the leap day ends each
    // 400-, 100- and 4-year cycle (the usual era arithmetic).
    days += 719468;
    const int64_t era = days / 146097;
    const int64_t doe = days - era * 146097;                                // day of era, 0..146096
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // year of era, 0..399
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);            // day of year from March 1
    const int64_t mp = (5 * doy + 2) / 153;                                 // month from March, 0..11
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int64_t year = yoe + era * 400 + (month <= 2);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d%c%02d:%02d:%02d%s", (long long)year, month, day, sep,
                  int(rem / 3600), int(rem / 60 % 60), int(rem % 60), sep == 'T' ? "Z" : "");
    return buf;
}

}  // namespace aoe
