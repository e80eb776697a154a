// One NBD connection on a connected stream socket: the fixed newstyle
// handshake (network clients only; the kernel's socket starts in
// transmission), then requests served by a small pool of worker threads so
// that many requests are in flight on the disk at once. Replies may leave in
// any order, as the protocol allows.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "nbd/backend.h"
#include "nbd/proto.h"

namespace aoe::nbd {

struct SessionStats {
    std::atomic<uint64_t> reads{0}, writes{0}, flushes{0}, errors{0};
    std::atomic<uint64_t> bytes_read{0}, bytes_written{0};
};

struct SessionOptions {
    unsigned workers = 16;                      // requests on the disk at once
    uint64_t inflight_bytes = 64 * 1024 * 1024; // payload buffered at once (reads + writes)
    int handshake_timeout_s = 30;               // a silent client is dropped after this
    SessionStats* stats = nullptr;              // optional, shared by sessions
};

// How a session ended.
enum class End {
    kDisconnect,   // the client sent NBD_CMD_DISC (or NBD_OPT_ABORT)
    kEof,          // the peer closed, or the socket was shut down under us
    kProtocol,     // the client broke the protocol; `why` says how
    kIoError,      // the socket failed
};

// Negotiates and serves until the client leaves. `fd` is left open.
End serve_client(int fd, const Export& e, Backend& disk, const SessionOptions& o,
                 std::string& why);

// Transmission phase only (the kernel nbd driver's socket).
End serve_transmission(int fd, const Export& e, Backend& disk, const SessionOptions& o,
                       std::string& why);

// Export description for a disk (size, read-only, flush), named `name`.
Export export_for(const Backend& disk, const std::string& name);

}  // namespace aoe::nbd
