// Announcements: when an export starts being served on an interface (the
// daemon starts, a reload adds it or an interface to it, the interface comes
// up, a standby takes over after a failover), the target sends an
// unsolicited Query Config reply there, a few times over the first seconds.
// An initiator that already knows the disk at another MAC (the server that
// died) learns the new one at once instead of at its next discovery: the
// Linux aoe driver adds the source MAC as a new target of the existing
// device (aoecmd_cfg_rsp), aoeboot's initiator adds it as a path.
//
// ACLs: an export with an `allow` list or a mask list set by an initiator
// is announced by unicast to each MAC both lists admit, never broadcast: a
// MAC the export would not answer learns nothing of it.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "base/mac.h"
#include "target/export.h"

namespace aoe::target {

struct Server;  // server.h

using Clock = std::chrono::steady_clock;

// When the copies go out, from the moment the export is served there: more
// than one, since the first may be lost while a switch port comes up or an
// initiator's link is still busy.
inline constexpr int kAnnounceAtMs[] = {0, 500, 1000, 2000, 4000};
inline constexpr size_t kAnnounceSteps = sizeof kAnnounceAtMs / sizeof kAnnounceAtMs[0];

struct Announcement {
    Address addr;
    std::string iface;
    Clock::time_point start;
    size_t step = 0;  // the next copy to send
};

struct Announcer {
    std::vector<Announcement> pending;
    // Last seen state of each served interface (up and running), to notice
    // it coming back.
    std::map<std::string, bool> link_up;
};

// (Re)starts the schedule of `addr` on `iface` at `now`.
void announce(Announcer& a, Address addr, const std::string& iface, Clock::time_point now);

// Where an export's announcement goes: {broadcast} without lists; else each
// MAC of `allow` (or of the mask list, when allow is empty) that both admit.
// Empty when the lists admit no one.
std::vector<Mac> announce_destinations(const std::vector<Mac>& allow, const AccessState& st);

// The frame: a Query Config reply (read) with tag 0 (the Linux driver drops
// replies whose tag has bit 31 set), the export's real shelf.slot, buffer
// count, sector count for `mtu` and config string, padded to 60 bytes.
// Returns the length (0 when `out` is too small). The caller holds e.mu.
size_t build_announcement(std::span<uint8_t> out, const Export& e, const Mac& self, const Mac& dst,
                          unsigned mtu);

// Takes the copies due at `now` out of the schedule (an entry leaves it
// after its last copy). Pure; the server sends them.
std::vector<Announcement> announce_due(Announcer& a, Clock::time_point now);

// Milliseconds until the next copy is due (0 if one is), -1 when none waits.
int announce_wait_ms(const Announcer& a, Clock::time_point now);

// For the server loop: sends what is due on each export's links.
void announce_send(Server& s, Clock::time_point now);
// Called about once a second: an interface that came up (again) gets the
// announcements of every export on it. The first look only records states.
void announce_links(Server& s, Clock::time_point now);

}  // namespace aoe::target
