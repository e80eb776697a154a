#include <catch2/catch.hpp>

#include <ctime>

#include "base/utc.h"

// Checked against the C library's gmtime and strftime over 60 years, in
// steps of about 11 days that fall at every time of day and cross leap days
// and century years.
TEST_CASE("format_utc agrees with gmtime") {
    CHECK(aoe::format_utc(0, ' ') == "1970-01-01 00:00:00");
    CHECK(aoe::format_utc(951782400, 'T') == "2000-02-29T00:00:00Z");
    CHECK(aoe::format_utc(4107542399, ' ') == "2100-02-28 23:59:59");
    CHECK(aoe::format_utc(-5, ' ') == "1970-01-01 00:00:00");
    int mismatches = 0;
    for (int64_t t = 0; t < int64_t(60) * 366 * 86400; t += 9973 * 97 + 11) {
        const time_t tt = time_t(t);
        tm g{};
        gmtime_r(&tt, &g);
        char want[40];
        strftime(want, sizeof want, "%Y-%m-%d %H:%M:%S", &g);
        if (aoe::format_utc(t, ' ') != want) mismatches++;
    }
    CHECK(mismatches == 0);
}
