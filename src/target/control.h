// The daemon's edges to its operator: the UNIX control socket that
// `aoeboot status` reads, and the systemd readiness notification.
#pragma once

#include <string>

namespace aoe::target {

inline constexpr const char* kDefaultControlSocket = "/run/aoeboot/control";

// Creates the parent directory and listens on `path`. A live socket there
// (another aoeboot serve) is an error; a stale one is replaced.
int control_listen(const std::string& path, std::string& err);
// Accepts one waiting client (non-blocking) and writes `text` to it.
void control_answer(int listen_fd, const std::string& text);
void control_close(int fd, const std::string& path);

// Connects to `path`, sends the command line (status, layers, layer-reset
// EXPORT MAC, freeze EXPORT, ...: layer_control.h) and reads everything the
// daemon writes (waiting at most `wait_ms` for each part of the answer).
bool control_query(const std::string& path, std::string& out, std::string& err,
                   const std::string& command = "status", int wait_ms = 5000);

// sd_notify(3) done by hand: one datagram to $NOTIFY_SOCKET, if set.
void notify_systemd(const char* state);

}  // namespace aoe::target
