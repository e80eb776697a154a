// The serving process: sockets per interface, the exports, the receive loop,
// reload, drain, status. A value: two servers can live in one process.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "net/rawsock.h"
#include "target/config.h"
#include "target/export.h"
#include "target/guard.h"

namespace aoe::target {

struct Server {
    ServeConfig cfg;
    std::string config_file;  // what SIGHUP re-reads; "" = re-apply cfg (quick form)
    bool guard = true;        // duplicate address guard
    bool use_control = true;  // listen on cfg.control
    bool persist = true;      // keep mask/reserve lists in cfg.state_dir
    std::map<Address, std::unique_ptr<Export>> exports;
    std::map<std::string, std::shared_ptr<net::RawSocket>> links;
    std::map<std::string, std::vector<Export*>> served;  // interface -> exports on it
    std::map<std::string, unsigned> mtu;
    int sigfd = -1;
    int ctlfd = -1;
    // A reload waiting for the duplicate guard's answers (the loop keeps serving).
    std::unique_ptr<GuardRun> reload_guard;
    ServeConfig reload_cfg;
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
