// Link control through rtnetlink (libnl): list the machine's links, pick the
// ones to use (by name, by MAC, or every Ethernet link), set them up, set the
// MTU, and wait for carrier by listening to RTNLGRP_LINK notifications with a
// deadline (no sleep loops). Works as PID 1 in an initramfs: no ifconfig, no
// /sys needed, no shared library.
#pragma once

#include <string>
#include <vector>

#include "proto/aoe.h"

namespace aoe::net {

struct LinkInfo {
    std::string name;
    int index = 0;
    Mac mac{};
    unsigned mtu = 0;
    bool admin_up = false;  // IFF_UP
    bool carrier = false;   // IFF_LOWER_UP: the cable (or veth peer) is there
    bool ethernet = false;  // ARPHRD_ETHER and not loopback
    std::string kind;       // "veth", "bridge", ... from IFLA_INFO_KIND; empty for hardware
};

// Every link the kernel knows, in index order. False with `err` on failure.
bool list_links(std::vector<LinkInfo>& out, std::string& err);

// Picks links from `all`. Each entry of `wanted` is an interface name or a
// MAC ("52:54:00:12:34:56"); an empty `wanted` means every Ethernet link
// (loopback excluded; bridges, bonds and VLANs included, since AoE works on
// them). Errors: "no such
// interface eth9", "eth0 is not an Ethernet link", "no link has MAC ...",
// "no Ethernet link found". Pure: unit-testable without a network.
bool select_links(const std::vector<LinkInfo>& all, const std::vector<std::string>& wanted,
                  std::vector<LinkInfo>& out, std::string& err);

struct BringUpOptions {
    unsigned mtu = 0;                 // 0: leave the MTU alone
    int carrier_timeout_ms = 10000;   // bound on the carrier wait
    bool wait_all = true;             // false: return as soon as one link has carrier
};

struct LinkResult {
    LinkInfo link;          // state after bring-up (MTU and carrier as last seen)
    bool ok = false;        // up with carrier (and the MTU set, when asked)
    int carrier_ms = -1;    // how long the carrier took to appear, -1 if it did not
    std::string message;    // "up, carrier after 12 ms, mtu 9000" or what went wrong
};

// Sets every link in `links` up (and its MTU when asked), then waits for
// carrier on them, event-driven, until all (or, with !wait_all, one) have it
// or the timeout passes. One result per link, in order. Returns true when at
// least one link ended up with carrier; false with `err` otherwise (e.g. "no
// carrier on eth0 within 10 s: is the cable plugged in?").
bool bring_up(const std::vector<LinkInfo>& links, const BringUpOptions& opt,
              std::vector<LinkResult>& results, std::string& err);

}  // namespace aoe::net
