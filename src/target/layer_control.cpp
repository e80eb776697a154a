#include "target/layer_control.h"

#include <cstdio>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

#include "base/utc.h"
#include "cow/view.h"
#include "target/freeze.h"

namespace aoe::target {

namespace {

std::string list_layers(const std::vector<LayerRef>& sets) {
    std::string out = "EXPORT MAC               BYTES      CHUNKS   WRITES   LAST-IO              BASE  STATE\n";
    for (const LayerRef& r : sets) {
        for (const cow::LayerInfo& i : cow::set_list(*r.set)) {
            const std::string when = i.last_io ? format_utc(int64_t(i.last_io), 'T') : "-";
            char line[256];
            std::snprintf(line, sizeof line, "%-6s %s %-10llu %-8llu %-8llu %-20s ", format_address(r.addr).c_str(),
                          format_mac(i.mac).c_str(), (unsigned long long)i.bytes, (unsigned long long)i.chunks,
                          (unsigned long long)i.writes, when.c_str());
            out += line + i.base + "  " + i.state + "\n";
        }
    }
    return out;
}

// freeze / thaw / freeze-status EXPORT.
std::string freeze_control(const std::string& verb, const std::string& arg, const std::vector<FreezeRef>& freezes) {
    auto a = parse_address(arg);
    if (!a) return "error: want '" + verb + " eSHELF.SLOT'\n";
    for (const FreezeRef& r : freezes) {
        if (!(r.addr == *a)) continue;
        if (!r.freeze) {
            if (verb == "freeze-status") return "off\n";
            if (verb == "thaw") return "error: " + format_address(*a) + " is not frozen (it cannot be: " + r.refusal + ")\n";
            return "error: cannot freeze " + format_address(*a) + ": " + r.refusal + "\n";
        }
        if (verb == "freeze" && !r.twin.empty())
            return "error: cannot freeze " + format_address(*a) + ": " + r.twin +
                   " serves the same file and writes to it directly, which a freeze cannot hold; serve the image "
                   "from one export only\n";
        if (verb == "freeze") return freeze_command(*r.freeze);
        if (verb == "thaw") return thaw_command(*r.freeze);
        return freeze_status_line(*r.freeze) + "\n";
    }
    return "error: " + format_address(*a) + " is not an export of this server\n";
}

}  // namespace

std::string control_command(const std::string& line, const std::string& status, const std::vector<LayerRef>& sets,
                            const std::vector<FreezeRef>& freezes) {
    if (line.empty() || line == "status") return status;
    for (const char* verb : {"freeze", "thaw", "freeze-status"}) {
        const std::string v = verb;
        if (line.rfind(v + " ", 0) == 0) return freeze_control(v, line.substr(v.size() + 1), freezes);
    }
    if (line == "layers") return list_layers(sets);
    if (line.rfind("layer-reset ", 0) == 0) {
        const std::string rest = line.substr(12);
        const size_t sp = rest.find(' ');
        auto a = parse_address(rest.substr(0, sp));
        auto m = sp == std::string::npos ? std::nullopt : parse_mac(rest.substr(sp + 1));
        if (!a || !m) return "error: want 'layer-reset eSHELF.SLOT MAC'\n";
        for (const LayerRef& r : sets) {
            if (!(r.addr == *a)) continue;
            std::string err;
            switch (cow::set_reset(*r.set, *m, false, err)) {
                case cow::ResetResult::kReset: return "reset " + format_address(*a) + " " + format_mac(*m) + "\n";
                case cow::ResetResult::kNothing:
                    return "nothing to reset: " + format_mac(*m) + " has no layer on " + format_address(*a) + "\n";
                default: return "error: " + err + "\n";
            }
        }
        return "error: " + format_address(*a) + " is not a layered export of this server\n";
    }
    return "error: unknown command '" + line +
           "' (status, layers, layer-reset EXPORT MAC, freeze EXPORT, thaw EXPORT, freeze-status EXPORT)\n";
}

void control_serve(int listen_fd, std::string status, std::vector<LayerRef> sets, std::vector<FreezeRef> freezes) {
    int c = accept4(listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
    if (c < 0) return;
    // A freeze syncs the image and creates a file: here, never on the
    // receive thread.
    std::thread([c, status = std::move(status), sets = std::move(sets), freezes = std::move(freezes)] {
        // One line within 200 ms; a client that sends nothing (the old
        // `aoeboot status`, nc) gets the status text.
        std::string line;
        char ch;
        pollfd p{c, POLLIN, 0};
        while (line.size() < 256 && poll(&p, 1, 200) > 0 && read(c, &ch, 1) == 1 && ch != '\n') line += ch;
        const std::string text = control_command(line, status, sets, freezes);
        timeval tv{1, 0};
        setsockopt(c, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        for (size_t off = 0; off < text.size();) {
            ssize_t n = send(c, text.data() + off, text.size() - off, MSG_NOSIGNAL);
            if (n <= 0) break;
            off += size_t(n);
        }
        close(c);
    }).detach();
}

}  // namespace aoe::target
