// The serving process: sockets per interface, the exports, the receive loop,
// reload, drain, status. A value: two servers can live in one process.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "net/rawsock.h"
#include "target/announce.h"
#include "target/config.h"
#include "target/export.h"
#include "target/guard.h"

namespace aoe::target {

// One interface. Its main socket takes every frame for our exports, except
// where the kernel allows a PACKET_FANOUT group: then each export on a disk
// (not memory backed) gets a socket of its own in the group, and the group's
// program steers that export's READ, WRITE and FLUSH requests to it, to be
// received and answered by the export's worker without passing the receive
// thread. A member socket is never closed while the link lives (closing
// would renumber the others); when its export goes away it is parked and
// given to the next export that needs one.
struct Link {
    std::shared_ptr<net::RawSocket> sock;  // member 0: all that is not steered
    unsigned mtu = 0;
    bool fanout = false;  // the group exists
    uint16_t group = 0;
    struct Member {
        std::shared_ptr<net::RawSocket> sock;  // fanout member index + 1
        Address owner{};
        bool used = false;  // owned by a running export; else parked
        net::SocketCounts since;  // what it counted before its owner got it
    };
    std::vector<Member> members;
};

struct Server {
    ServeConfig cfg;
    std::string config_file;  // what SIGHUP re-reads; "" = re-apply cfg (quick form)
    bool guard = true;        // duplicate address guard
    bool use_control = true;  // listen on cfg.control
    bool persist = true;      // keep mask/reserve lists in cfg.state_dir
    std::map<Address, std::unique_ptr<Export>> exports;
    std::map<std::string, Link> links;
    std::map<std::string, std::vector<Export*>> served;  // interface -> exports on it
    int sigfd = -1;
    int ctlfd = -1;
    // A reload waiting for the duplicate guard's answers (the loop keeps serving).
    std::unique_ptr<GuardRun> reload_guard;
    ServeConfig reload_cfg;
    Announcer announce;  // unsolicited Query Config replies still to send
};

// Applies `cfg`: opens new exports (after the duplicate guard), updates kept
// ones in place, drains and closes removed ones, opens/closes sockets. On
// error nothing changes and `err` says why. `initial`: the first call.
// `guarded`: the guard already ran (reload) and found these duplicates.
bool server_apply(Server& s, const ServeConfig& cfg, bool initial, std::string& err,
                  const std::vector<Duplicate>* guarded = nullptr);

// The exports of `cfg` the guard must ask about (new, not multipath).
std::vector<Probe> guard_probes(const Server& s, const ServeConfig& cfg);

// Runs until SIGTERM/SIGINT (SIGHUP reloads), then drains every queue and
// closes everything. Returns the exit status.
int server_run(Server& s);

// The whole life of a daemon: blocks the signals (SIGHUP reload, SIGTERM and
// SIGINT drain; SIGPIPE ignored), applies `cfg`, opens the control socket,
// tells systemd it is ready, runs, cleans up. Returns the exit status.
int serve_main(Server& s, const ServeConfig& cfg);

// The text `aoeboot status` prints (reads the sockets' kernel counters).
std::string status_text(Server& s);

}  // namespace aoe::target
