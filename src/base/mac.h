// Ethernet addresses and AoE device names as text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "proto/aoe.h"

namespace aoe {

// "52:54:00:12:34:56" (also '-' separated, any case).
std::optional<Mac> parse_mac(std::string_view s);
std::string format_mac(const Mac& m);

// "e7.3" or "7.3" -> {7, 3}; shelf < 0xffff, slot < 0xff.
struct Address {
    uint16_t shelf = 0;
    uint8_t slot = 0;
    bool operator==(const Address&) const = default;
    auto operator<=>(const Address&) const = default;
};
std::optional<Address> parse_address(std::string_view s);
std::string format_address(Address a);  // "e7.3"

// Plain decimal number with an optional K/M/G/T suffix (powers of 1024).
std::optional<uint64_t> parse_size(std::string_view s);

}  // namespace aoe
