// `aoeboot freeze EXPORT` and `aoeboot thaw EXPORT`: a live backup of an
// ordinary export through the running server (target/freeze.h). freeze
// returns once the image no longer changes; thaw waits until the shadow is
// merged back and removed.
#include <chrono>
#include <cstdio>
#include <getopt.h>
#include <string>
#include <thread>

#include "cli/cli.h"
#include "target/control.h"

namespace aoe::cli {

namespace {

// With no progress for this long, `aoeboot thaw` stops waiting (the thaw
// goes on in the server): a wait is never unbounded.
constexpr int kStallSeconds = 60;
// A freeze syncs the image first: with many dirty pages that can take a
// while. Bounded all the same.
constexpr int kFreezeWaitMs = 120 * 1000;

bool starts(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

std::string chomp(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

int freeze_or_thaw(const char* cmd, int argc, char** argv) {
    static const option longopts[] = {{"control", required_argument, nullptr, 'S'},
                                      {"help", no_argument, nullptr, 'h'},
                                      {nullptr, 0, nullptr, 0}};
    const bool thaw = std::string(cmd) == "thaw";
    std::string ctl = target::kDefaultControlSocket;
    optind = 1;
    for (int c; (c = getopt_long(argc, argv, "S:h", longopts, nullptr)) != -1;) {
        switch (c) {
            case 'S': ctl = optarg; break;
            case 'h':
                if (thaw)
                    std::printf("usage: aoeboot thaw [-S SOCKET] EXPORT\n"
                                "Merge a frozen export's shadow back into its image while its clients keep\n"
                                "working; waits until the image holds everything and the shadow is removed.\n"
                                "  -S, --control SOCKET  the server's control socket (default %s)\n",
                                target::kDefaultControlSocket);
                else
                    std::printf("usage: aoeboot freeze [-S SOCKET] EXPORT\n"
                                "Freeze an export for a live backup: from now on its writes go to IMAGE.shadow\n"
                                "and the image stays as it was at this instant, synced to disk, until\n"
                                "'aoeboot thaw EXPORT'; copy the image meanwhile (see aoeboot-serve(8)).\n"
                                "  -S, --control SOCKET  the server's control socket (default %s)\n",
                                target::kDefaultControlSocket);
                return kExitOk;
            default: return usage_error(cmd, "unknown option");
        }
    }
    if (optind + 1 != argc) return usage_error(cmd, "want one EXPORT, like e1.0");
    const std::string exp = argv[optind];
    auto fail = [&](const std::string& m) {
        std::fprintf(stderr, "aoeboot %s: %s\n", cmd, m.c_str());
        return kExitFail;
    };
    std::string text, err;
    if (!target::control_query(ctl, text, err, std::string(cmd) + " " + exp, thaw ? 5000 : kFreezeWaitMs))
        return fail(err + (thaw ? "" : "; the freeze may still complete: see 'aoeboot status'"));
    text = chomp(text);
    if (starts(text, "error: ")) return fail(text.substr(7));
    if (!thaw) {
        if (!starts(text, "frozen ")) return fail("unexpected answer: " + text);
        std::printf("%s\n", text.c_str());
        return kExitOk;
    }
    if (!starts(text, "thawing ")) return fail("unexpected answer: " + text);
    // Wait for the server's thaw: "thawing: merged A of B ..." until "off:
    // thawed ..." or "frozen: thaw failed: ...".
    std::string seen;
    auto moved = std::chrono::steady_clock::now();
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        std::string st;
        if (!target::control_query(ctl, st, err, "freeze-status " + exp))
            return fail(err + "; if the server restarted, " + exp + " is still frozen: run 'aoeboot thaw " + exp +
                        "' again");
        st = chomp(st);
        if (starts(st, "off: ")) {
            std::printf("%s\n", st.substr(5).c_str());
            return kExitOk;
        }
        if (st == "off") {
            std::printf("thawed %s\n", exp.c_str());
            return kExitOk;
        }
        if (starts(st, "frozen: thaw failed")) return fail(st.substr(8));
        if (starts(st, "error: ")) return fail(st.substr(7));
        if (starts(st, "frozen")) return fail(exp + " is frozen again and no thaw runs (" + st + ")");
        const auto now = std::chrono::steady_clock::now();
        if (st != seen) {
            seen = st;
            moved = now;
        } else if (now - moved > std::chrono::seconds(kStallSeconds)) {
            return fail("no progress for " + std::to_string(kStallSeconds) + " s (" + st +
                        "); the thaw goes on in the server: see 'aoeboot status'");
        }
    }
}

}  // namespace

int cmd_freeze(int argc, char** argv) { return freeze_or_thaw("freeze", argc, argv); }
int cmd_thaw(int argc, char** argv) { return freeze_or_thaw("thaw", argc, argv); }

}  // namespace aoe::cli
