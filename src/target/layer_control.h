// The control socket's commands beyond `status`: a client sends one line,
//   status                 the status text (also what a silent client gets)
//   layers                 every layer of every layered export
//   layer-reset eX.Y MAC   drops that client's layer (it reads the base again)
//   freeze eX.Y            freezes the export for a backup (target/freeze.h)
//   thaw eX.Y              starts merging its shadow back
//   freeze-status eX.Y     one line: off, frozen, thawing, and how the last thaw ended
// Answered on a short-lived thread of its own, so a slow client or a
// directory listing never holds the receive thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/mac.h"

namespace aoe::cow {
struct LayerSet;
}

namespace aoe::target {

struct Freeze;  // freeze.h

struct LayerRef {
    Address addr;
    std::shared_ptr<cow::LayerSet> set;
};
// Every export, for freeze and thaw: its Freeze, or null and why not.
struct FreezeRef {
    Address addr;
    std::shared_ptr<Freeze> freeze;
    std::string refusal;
    std::string twin;  // another export writing to the same file (writer_of_same_file)
};

// Accepts one waiting client on `listen_fd` and answers it on its own thread.
void control_serve(int listen_fd, std::string status, std::vector<LayerRef> sets,
                   std::vector<FreezeRef> freezes = {});
// The answer to one command line (unit-testable, no sockets).
std::string control_command(const std::string& line, const std::string& status, const std::vector<LayerRef>& sets,
                            const std::vector<FreezeRef>& freezes = {});

}  // namespace aoe::target
