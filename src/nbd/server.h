// The NBD server: listens on a UNIX socket or TCP address and serves one
// export (one disk) to several clients at once, one thread per client plus
// that client's I/O workers.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "nbd/backend.h"
#include "nbd/session.h"

namespace aoe::nbd {

struct ListenAddr {
    bool is_unix = false;
    std::string path;       // unix:PATH
    std::string host;       // tcp:HOST:PORT ("[::1]:10809" for IPv6)
    uint16_t port = 0;
};

// "unix:/run/x.sock", "tcp:127.0.0.1:10809", "tcp:[::1]:10809".
bool parse_listen(std::string_view s, ListenAddr& out, std::string& err);

// Binds and listens (a stale UNIX socket file is replaced). Returns the fd or
// -1 with `err` set.
int open_listener(const ListenAddr& a, std::string& err);

struct ServerConfig {
    Export exp;
    Backend* disk = nullptr;
    SessionOptions session;
    unsigned max_clients = 16;
};

// Accepts and serves clients until `stop` becomes true; then stops accepting,
// lets every client finish the requests it has in flight, and returns once
// all are gone. Returns the number of clients served.
unsigned run_server(int listen_fd, ServerConfig& cfg, const std::atomic<bool>& stop);

}  // namespace aoe::nbd
