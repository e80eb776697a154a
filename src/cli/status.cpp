// `aoeboot status`: per-export counters from a running `aoeboot serve`.
#include <cstdio>
#include <getopt.h>
#include <string>

#include "cli/cli.h"
#include "target/control.h"

namespace aoe::cli {

int cmd_status(int argc, char** argv) {
    static const option longopts[] = {{"control", required_argument, nullptr, 'S'},
                                      {"help", no_argument, nullptr, 'h'},
                                      {nullptr, 0, nullptr, 0}};
    std::string path = target::kDefaultControlSocket;
    optind = 1;
    for (int c; (c = getopt_long(argc, argv, "S:h", longopts, nullptr)) != -1;) {
        switch (c) {
            case 'S': path = optarg; break;
            case 'h':
                std::printf("usage: aoeboot status [-S SOCKET]\n"
                            "Print each export of a running 'aoeboot serve' with its counters.\n"
                            "  -S, --control SOCKET  control socket (default %s)\n",
                            target::kDefaultControlSocket);
                return kExitOk;
            default: return usage_error("status", "unknown option");
        }
    }
    if (optind != argc) return usage_error("status", "no arguments expected");
    std::string text, err;
    if (!target::control_query(path, text, err)) {
        std::fprintf(stderr, "aoeboot status: %s\n", err.c_str());
        return kExitFail;
    }
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
}

}  // namespace aoe::cli
