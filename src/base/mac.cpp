#include "base/mac.h"

#include <cstdio>

namespace aoe {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<uint64_t> parse_decimal(std::string_view s) {
    if (s.empty() || s.size() > 19) return std::nullopt;
    uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + uint64_t(c - '0');
    }
    return v;
}

}  // namespace

std::optional<Mac> parse_mac(std::string_view s) {
    if (s.size() != 17) return std::nullopt;
    Mac m{};
    for (size_t i = 0; i < 6; i++) {
        int hi = hex_digit(s[i * 3]), lo = hex_digit(s[i * 3 + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        if (i < 5 && s[i * 3 + 2] != ':' && s[i * 3 + 2] != '-') return std::nullopt;
        m[i] = uint8_t(hi << 4 | lo);
    }
    return m;
}

std::string format_mac(const Mac& m) {
    char buf[18];
    std::snprintf(buf, sizeof buf, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3],
                  m[4], m[5]);
    return buf;
}

std::optional<Address> parse_address(std::string_view s) {
    if (!s.empty() && s[0] == 'e') s.remove_prefix(1);
    size_t dot = s.find('.');
    if (dot == std::string_view::npos) return std::nullopt;
    auto shelf = parse_decimal(s.substr(0, dot));
    auto slot = parse_decimal(s.substr(dot + 1));
    if (!shelf || !slot || *shelf >= kBroadcastMajor || *slot >= kBroadcastMinor)
        return std::nullopt;
    return Address{uint16_t(*shelf), uint8_t(*slot)};
}

std::string format_address(Address a) {
    return "e" + std::to_string(a.shelf) + "." + std::to_string(a.slot);
}

std::optional<uint64_t> parse_size(std::string_view s) {
    if (s.empty()) return std::nullopt;
    int shift = 0;
    switch (s.back()) {
        case 'k': case 'K': shift = 10; break;
        case 'm': case 'M': shift = 20; break;
        case 'g': case 'G': shift = 30; break;
        case 't': case 'T': shift = 40; break;
        default: break;
    }
    if (shift) s.remove_suffix(1);
    auto v = parse_decimal(s);
    if (!v || (shift && *v > (UINT64_MAX >> shift))) return std::nullopt;
    return *v << shift;
}

}  // namespace aoe
