// Entry point: pick the command from argv[1] (or from argv[0] when the binary
// is called through a symlink such as `vblade`, or runs as an initramfs /init).
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/cli.h"

namespace aoe::cli {

namespace {

// Add a line here when a command lands.
const Command kCommands[] = {
    {"serve", "serve AoE exports (target) from exports.conf or one PATH", cmd_serve},
    {"status", "show the exports and counters of a running serve", cmd_status},
    {"layer", "per-client layers of a layered export: list, export, commit", cmd_layer},
    {"freeze", "freeze an export for a live backup: writes go to a shadow", cmd_freeze},
    {"thaw", "merge a frozen export's shadow back into its image", cmd_thaw},
    {"vblade", "vblade 25 compatible command line for one export", cmd_vblade},
    {"discover", "find AoE targets on the segment (like aoe-stat)", cmd_discover},
    {"read", "read an AoE disk to a file or stdout", cmd_read},
    {"write", "write a file onto an AoE disk", cmd_write},
    {"verify", "write a pattern to an AoE disk, read it back, compare", cmd_verify},
    {"bench", "measure an AoE disk: MB/s, IOPS, frames/s, retransmits", cmd_bench},
    {"link", "list links, or set them up and wait for carrier (netlink)", cmd_link},
    {"root", "boot from an AoE root (initramfs /init or init-system hook)", cmd_root},
    {"abft", "show the aBFT iPXE's sanboot left (the AoE boot disk and NIC)", cmd_abft},
    {"nbd", "attach /dev/nbdN to an AoE disk through the userspace initiator", cmd_nbd},
    {"nbd-server", "serve an AoE disk to NBD clients (UNIX or TCP socket)", cmd_nbd_server},
};

int print_help() {
    std::printf(
        "usage: aoeboot COMMAND [ARGS...]\n"
        "       aoeboot COMMAND --help\n\n"
        "ATA over Ethernet for diskless machines: target, initiator and boot.\n\n"
        "commands:\n");
    for (const Command& c : kCommands) std::printf("  %-12s %s\n", c.name, c.summary);
    std::printf("  %-12s %s\n", "help", "this list");
    std::printf("\nSee aoeboot(8) for the details of each command.\n");
    return kExitOk;
}

const Command* find(const char* name) {
    for (const Command& c : kCommands)
        if (std::strcmp(c.name, name) == 0) return &c;
    return nullptr;
}

const char* basename_of(const char* path) {
    const char* slash = std::strrchr(path, '/');
    return slash ? slash + 1 : path;
}

}  // namespace

int usage_error(const char* cmd, const std::string& message) {
    std::fprintf(stderr, "aoeboot %s: %s\nTry 'aoeboot %s --help'.\n", cmd, message.c_str(),
                 cmd);
    return kExitUsage;
}

int main(int argc, char** argv) {
    const char* self = argc > 0 ? basename_of(argv[0]) : "aoeboot";
    // Called as /init of an initramfs (kernel passes argv[0] = "/init" or "init").
    if (std::strcmp(self, "init") == 0 && find("root")) return find("root")->run(argc, argv);
    if (std::strcmp(self, "aoeboot") != 0 && find(self)) return find(self)->run(argc, argv);

    if (argc < 2) {
        std::fprintf(stderr, "aoeboot: no command given\nTry 'aoeboot help'.\n");
        return kExitUsage;
    }
    const char* name = argv[1];
    if (!std::strcmp(name, "help") || !std::strcmp(name, "--help") || !std::strcmp(name, "-h")) {
        if (argc > 2) {
            if (const Command* c = find(argv[2])) {
                char help[] = "--help";
                char* sub[] = {argv[2], help, nullptr};
                return c->run(2, sub);
            }
            std::fprintf(stderr, "aoeboot: unknown command '%s'\nTry 'aoeboot help'.\n", argv[2]);
            return kExitUsage;
        }
        return print_help();
    }
    if (!std::strcmp(name, "--version") || !std::strcmp(name, "version")) {
        std::printf("aoeboot %s\n", AOEBOOT_VERSION);
        return kExitOk;
    }
    if (const Command* c = find(name)) return c->run(argc - 1, argv + 1);
    std::fprintf(stderr, "aoeboot: unknown command '%s'\nTry 'aoeboot help'.\n", name);
    return kExitUsage;
}

}  // namespace aoe::cli

int main(int argc, char** argv) { return aoe::cli::main(argc, argv); }
