// Tag ranges for initiator processes on one host. Every packet socket on an
// interface receives every AoE reply sent to that interface's MAC, and the
// tag is the only field that says which initiator asked. So each open
// device claims one of kTagInstances ranges, through an OFD lock on one byte
// of a shared file, held until the device closes or its process dies: no two
// running initiators then send the same tag, whatever their rates.
#pragma once

namespace aoe::initiator {

inline constexpr unsigned kTagInstances = 16;
inline constexpr const char* kTagLockFile = "/run/aoeboot/tags";

struct TagClaim {
    int instance = -1;  // 0..kTagInstances-1, or -1: none free / no lock file
    int fd = -1;        // holds the lock; close it to give the range back
};

// Claims the lowest free range in `path` (its directory is made if missing).
TagClaim claim_tag_range(const char* path = kTagLockFile);
void release_tag_range(TagClaim& c);

}  // namespace aoe::initiator
