// The kernel command line as the AoE root bootstrap sees it: which export
// holds the root (root=aoe:...), which NICs to use, how long to wait, and the
// usual root mount options. Pure text in, struct out: unit-testable.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/mac.h"

namespace aoe::boot {

enum class RootMode { kKernel, kNbd };

// root=aoe:eX.Y, root=aoe:eX.YpN, root=aoe:config=STRING, root=aoe:abft[pN]
struct RootSpec {
    std::optional<Address> address;  // set for eX.Y / eX.YpN (and by the aBFT)
    unsigned partition = 0;          // N of eX.YpN / abftpN; 0 = the whole disk
    std::optional<std::string> config;  // set for config=STRING
    bool abft = false;      // the disk iPXE's sanboot named in its aBFT (boot/abft.h)
    bool implicit = false;  // no root= at all: the aBFT's disk if there is one
    bool abft_disk = false; // `aoeboot root --abft`: the aBFT's disk, root= is not ours
};

struct BootConfig {
    RootSpec root;
    std::vector<std::string> ifaces;  // aoe.iface=a,b (names or MACs)
    std::optional<Mac> bootif;        // BOOTIF=01-aa-bb-cc-dd-ee-ff
    int timeout_s = 60;               // aoe.timeout: bound on one boot attempt
    int retries = 3;                  // aoe.retries: attempts before giving up
    int deadsecs = 900;               // aoe.deadsecs -> aoe_deadsecs module parameter
    RootMode mode = RootMode::kKernel;  // aoe.mode
    std::string fstype;               // rootfstype= (empty: try every filesystem)
    std::string flags;                // rootflags=
    bool read_only = true;            // ro (the kernel's default) / rw
    std::string init;                 // init= (empty: /sbin/init, /etc/init, /bin/init, /bin/sh)
    bool debug = false;               // aoe.debug
};

// Splits a command line into words the way the kernel does: whitespace
// separates, double quotes group ("a b" stays one word) and are removed.
std::vector<std::string> split_cmdline(std::string_view line);

// "e7.3", "e7.3p2", "config=rack4/node12", "abft", "abftp2" (after "aoe:").
bool parse_root_spec(std::string_view s, RootSpec& out, std::string& err);

// pxelinux's IPAPPEND 2 / iPXE's BOOTIF: "01-52-54-00-12-34-56" (hardware
// type 01 = Ethernet, then the MAC with dashes). Also accepts ':' separators.
std::optional<Mac> parse_bootif(std::string_view s);

// Parses every word it knows and ignores the rest (the kernel's own and other
// programs' parameters). A root= that is not AoE, or a bad value of one of
// our parameters, is an error naming the parameter and what a valid one
// looks like. No root= at all gives root.abft and root.implicit: the caller
// then looks for an aBFT (apply_abft) and reports no_root_error() without one.
bool parse_cmdline(std::string_view line, BootConfig& out, std::string& err);
std::string no_root_error();

// For `aoeboot root --abft`, run by a distribution's initramfs (dracut,
// initramfs-tools) whose own root= (root=UUID=..., root=/dev/sda2, or none)
// names a filesystem on the disk iPXE sanbooted: the aoe.* options as
// parse_cmdline reads them, a root= of any kind ignored, and the root the
// aBFT's whole disk (root.abft and root.abft_disk), so that attaching it
// makes its partitions appear for the distribution's root= to find.
bool parse_cmdline_abft_disk(std::string_view line, BootConfig& out, std::string& err);

// The interfaces to use: aoe.iface when given, else the BOOTIF MAC, else
// empty (= every Ethernet link), in the form net::select_links() takes.
std::vector<std::string> wanted_links(const BootConfig& c);

// One line for the console: "root=aoe:e7.3p1 iface=eth0 timeout=60s mode=kernel ro".
std::string describe(const BootConfig& c);
// "e7.3p1" / "config=STRING"
std::string describe_root(const RootSpec& r);

}  // namespace aoe::boot
