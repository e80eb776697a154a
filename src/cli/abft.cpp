// `aoeboot abft`: shows the aBFT iPXE left for the booted system (which AoE
// disk it sanbooted and through which NIC), or a given table file; --raw
// writes the table's bytes (how the test fixtures were recorded).
#include <cstdio>
#include <cstring>
#include <getopt.h>
#include <string>
#include <vector>

#include "boot/abft.h"
#include "cli/cli.h"

namespace aoe::cli {

namespace {

void print_usage() {
    std::printf(
        "usage: aoeboot abft [--file TABLE] [--devmem PATH] [--raw OUT] [--quiet]\n\n"
        "Finds the aBFT (AoE boot firmware table) that iPXE's `sanboot aoe:eX.Y`\n"
        "leaves: /sys/firmware/acpi/tables/aBFT (UEFI), else a scan of the first\n"
        "640 KiB of /dev/mem (BIOS), and prints the disk and NIC it names.\n"
        "Exit status: 0 a valid table, 1 a bad table (the reason is printed),\n"
        "3 no table at all.\n\n"
        "  --file TABLE   check TABLE (the bytes of one table, or a memory dump\n"
        "                 that is scanned) instead of the system's\n"
        "  --devmem PATH  scan PATH instead of /dev/mem\n"
        "  --raw OUT      also write the table's bytes to OUT\n"
        "  --quiet        print nothing, only the exit status\n");
}

constexpr int kExitNone = 3;

}  // namespace

int cmd_abft(int argc, char** argv) {
    static const option kLong[] = {
        {"file", required_argument, nullptr, 'f'}, {"devmem", required_argument, nullptr, 'd'},
        {"raw", required_argument, nullptr, 'r'},  {"quiet", no_argument, nullptr, 'q'},
        {"help", no_argument, nullptr, 'h'},       {nullptr, 0, nullptr, 0}};
    boot::AbftSources src;
    std::string raw_out;
    bool quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:d:r:qh", kLong, nullptr)) != -1) {
        switch (c) {
            case 'f': src.acpi_table = optarg; src.devmem.clear(); break;
            case 'd': src.devmem = optarg; src.acpi_table = "/nonexistent"; break;
            case 'r': raw_out = optarg; break;
            case 'q': quiet = true; break;
            case 'h': print_usage(); return kExitOk;
            default: return usage_error("abft", "unknown option");
        }
    }
    if (optind < argc) return usage_error("abft", std::string("unexpected argument '") + argv[optind] + "'");
    if (!src.devmem.empty() && src.acpi_table == "/nonexistent") src.scan_end = 0xA0000;
    // A file given with --file that is not a single table is scanned like memory.
    boot::Abft t;
    std::string where, err, raw;
    boot::AbftFind r = boot::find_abft(src, t, where, err, &raw);
    if (r == boot::AbftFind::kBad && src.devmem.empty()) {
        boot::AbftSources as_mem;
        as_mem.acpi_table = "/nonexistent";
        as_mem.devmem = src.acpi_table;
        std::string where2, err2, raw2;
        boot::Abft t2;
        if (boot::find_abft(as_mem, t2, where2, err2, &raw2) == boot::AbftFind::kFound) {
            r = boot::AbftFind::kFound, t = t2, where = src.acpi_table + ", " + where2, raw = raw2;
        }
    }
    if (r == boot::AbftFind::kNone) {
        if (!quiet) std::fprintf(stderr, "aoeboot abft: no aBFT%s%s\n", err.empty() ? "" : ": ", err.c_str());
        return kExitNone;
    }
    if (r == boot::AbftFind::kBad) {
        if (!quiet) std::fprintf(stderr, "aoeboot abft: %s\n", err.c_str());
        return kExitFail;
    }
    if (!quiet) std::printf("%s (%s)\n", boot::describe_abft(t).c_str(), where.c_str());
    if (!raw_out.empty()) {
        FILE* f = std::fopen(raw_out.c_str(), "wb");
        if (!f || std::fwrite(raw.data(), 1, raw.size(), f) != raw.size() || std::fclose(f) != 0) {
            std::fprintf(stderr, "aoeboot abft: cannot write %s: %s\n", raw_out.c_str(), std::strerror(errno));
            return kExitFail;
        }
    }
    return kExitOk;
}

}  // namespace aoe::cli
