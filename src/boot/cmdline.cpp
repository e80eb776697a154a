// Kernel command line parsing for the AoE root bootstrap.
#include "boot/cmdline.h"

#include <cstdlib>

namespace aoe::boot {

namespace {

bool parse_uint(std::string_view s, unsigned long max, unsigned long& out) {
    if (s.empty() || s.size() > 10) return false;
    unsigned long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + unsigned(c - '0');
    }
    if (v > max) return false;
    out = v;
    return true;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::vector<std::string> split_commas(std::string_view s) {
    std::vector<std::string> out;
    while (!s.empty()) {
        size_t comma = s.find(',');
        std::string_view part = s.substr(0, comma);
        if (!part.empty()) out.emplace_back(part);
        if (comma == std::string_view::npos) break;
        s.remove_prefix(comma + 1);
    }
    return out;
}

}  // namespace

std::vector<std::string> split_cmdline(std::string_view line) {
    std::vector<std::string> words;
    std::string cur;
    bool in_word = false, quoted = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
            in_word = true;
            continue;
        }
        if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            if (in_word) words.push_back(cur);
            cur.clear();
            in_word = false;
            continue;
        }
        cur += c;
        in_word = true;
    }
    if (in_word) words.push_back(cur);
    return words;
}

bool parse_root_spec(std::string_view s, RootSpec& out, std::string& err) {
    out = RootSpec{};
    if (s.substr(0, 7) == "config=") {
        std::string_view cfg = s.substr(7);
        if (cfg.empty()) {
            err = "root=aoe:config= needs a config string (root=aoe:config=STRING)";
            return false;
        }
        // A Query Config string is at most 1024 bytes on the wire.
        if (cfg.size() > 1024) {
            err = "root=aoe:config=... is longer than the 1024 bytes AoE allows";
            return false;
        }
        out.config = std::string(cfg);
        return true;
    }
    bool abft = s.substr(0, 4) == "abft";
    if (abft) s.remove_prefix(4);
    std::string_view addr = s;
    size_t p = s.find('p');
    if (p != std::string_view::npos) {
        unsigned long n = 0;
        if (!parse_uint(s.substr(p + 1), 255, n) || n == 0) {
            err = abft ? "bad partition in root=aoe:abft" + std::string(s) +
                             " (want abftpN with N from 1 to 255; e.g. root=aoe:abftp2)"
                       : "bad partition in root=aoe:" + std::string(s) +
                             " (want eX.YpN with N from 1; e.g. root=aoe:e7.3p1)";
            return false;
        }
        out.partition = unsigned(n);
        addr = s.substr(0, p);
    }
    if (abft) {
        if (!addr.empty()) {
            err = "bad root=aoe:abft" + std::string(s) + " (want root=aoe:abft or root=aoe:abftpN)";
            return false;
        }
        out.abft = true;
        return true;
    }
    auto a = parse_address(addr);
    if (!a || addr.empty() || addr[0] != 'e') {
        err = "bad AoE address in root=aoe:" + std::string(s) +
              " (want eSHELF.SLOT, eSHELF.SLOTpN or config=STRING; e.g. root=aoe:e7.3)";
        return false;
    }
    out.address = *a;
    return true;
}

std::optional<Mac> parse_bootif(std::string_view s) {
    // Hardware type prefix: "01-" for Ethernet. Anything else is not a MAC
    // we can use.
    if (s.size() == 20) {
        if (s.substr(0, 3) != "01-" && s.substr(0, 3) != "01:") return std::nullopt;
        s.remove_prefix(3);
    }
    if (s.size() != 17) return std::nullopt;
    Mac m{};
    for (size_t i = 0; i < 6; ++i) {
        int hi = hex_digit(s[i * 3]), lo = hex_digit(s[i * 3 + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        if (i < 5 && s[i * 3 + 2] != '-' && s[i * 3 + 2] != ':') return std::nullopt;
        m[i] = uint8_t(hi << 4 | lo);
    }
    return m;
}

namespace {

// foreign_root: a root= that is not aoe: belongs to someone else (the
// distribution's initramfs) and is skipped rather than refused.
bool parse_words(std::string_view line, BootConfig& out, std::string& err, bool foreign_root) {
    out = BootConfig{};
    bool have_root = false;
    for (const std::string& w : split_cmdline(line)) {
        size_t eq = w.find('=');
        std::string_view key = std::string_view(w).substr(0, eq);
        std::string_view val =
            eq == std::string::npos ? std::string_view() : std::string_view(w).substr(eq + 1);
        unsigned long n = 0;
        if (key == "root") {
            if (val.substr(0, 4) != "aoe:" && foreign_root) continue;
            if (val.substr(0, 4) != "aoe:") {
                err = "root=" + std::string(val) +
                      " is not an AoE root: use root=aoe:eX.Y, root=aoe:eX.YpN, "
                      "root=aoe:config=STRING or root=aoe:abft";
                return false;
            }
            if (!parse_root_spec(val.substr(4), out.root, err)) return false;
            have_root = true;
        } else if (key == "aoe.iface") {
            out.ifaces = split_commas(val);
            if (out.ifaces.empty()) {
                err = "aoe.iface= is empty (want aoe.iface=eth0 or aoe.iface=eth0,eth1)";
                return false;
            }
        } else if (key == "BOOTIF") {
            out.bootif = parse_bootif(val);
            if (!out.bootif) {
                err = "BOOTIF=" + std::string(val) +
                      " is not an Ethernet MAC (want BOOTIF=01-aa-bb-cc-dd-ee-ff)";
                return false;
            }
        } else if (key == "aoe.timeout") {
            if (!parse_uint(val, 86400, n) || n == 0) {
                err = "aoe.timeout=" + std::string(val) + " is not a number of seconds (1-86400)";
                return false;
            }
            out.timeout_s = int(n);
        } else if (key == "aoe.retries") {
            if (!parse_uint(val, 1000, n) || n == 0) {
                err = "aoe.retries=" + std::string(val) + " is not a count of attempts (1-1000)";
                return false;
            }
            out.retries = int(n);
        } else if (key == "aoe.deadsecs") {
            if (!parse_uint(val, 1u << 30, n) || n == 0) {
                err = "aoe.deadsecs=" + std::string(val) + " is not a number of seconds";
                return false;
            }
            out.deadsecs = int(n);
        } else if (key == "aoe.mode") {
            if (val == "kernel") {
                out.mode = RootMode::kKernel;
            } else if (val == "nbd") {
                out.mode = RootMode::kNbd;
            } else {
                err = "aoe.mode=" + std::string(val) + " is unknown (want aoe.mode=kernel or nbd)";
                return false;
            }
        } else if (key == "aoe.debug" && eq == std::string::npos) {
            out.debug = true;
        } else if (key == "rootfstype") {
            out.fstype = std::string(val);
        } else if (key == "rootflags") {
            out.flags = std::string(val);
        } else if (key == "init") {
            if (val.empty() || val[0] != '/') {
                err = "init=" + std::string(val) + " must be an absolute path (e.g. init=/sbin/init)";
                return false;
            }
            out.init = std::string(val);
        } else if (w == "ro") {
            out.read_only = true;
        } else if (w == "rw") {
            out.read_only = false;
        }
    }
    if (!have_root) out.root.abft = out.root.implicit = true;
    return true;
}

}  // namespace

bool parse_cmdline(std::string_view line, BootConfig& out, std::string& err) {
    return parse_words(line, out, err, false);
}

bool parse_cmdline_abft_disk(std::string_view line, BootConfig& out, std::string& err) {
    if (!parse_words(line, out, err, true)) return false;
    out.root = RootSpec{};
    out.root.abft = out.root.abft_disk = true;
    return true;
}

std::string no_root_error() {
    return "no root= on the kernel command line and no aBFT from an iPXE sanboot: add "
           "root=aoe:eX.Y (or eX.YpN, config=STRING, abft)";
}

std::vector<std::string> wanted_links(const BootConfig& c) {
    if (!c.ifaces.empty()) return c.ifaces;
    if (c.bootif) return {format_mac(*c.bootif)};
    return {};
}

std::string describe_root(const RootSpec& r) {
    if (r.config) return "config=" + *r.config;
    if (r.abft && !r.address) return r.partition ? "abftp" + std::to_string(r.partition) : "abft";
    if (!r.address) return "(none)";
    std::string s = format_address(*r.address);
    if (r.partition) s += "p" + std::to_string(r.partition);
    return s;
}

std::string describe(const BootConfig& c) {
    std::string s = "root=aoe:" + describe_root(c.root);
    std::vector<std::string> links = wanted_links(c);
    s += " iface=";
    if (links.empty()) {
        s += "(every Ethernet link)";
    } else {
        for (size_t i = 0; i < links.size(); ++i) s += (i ? "," : "") + links[i];
        if (c.ifaces.empty()) s += " (BOOTIF)";
    }
    s += " timeout=" + std::to_string(c.timeout_s) + "s";
    s += c.mode == RootMode::kNbd ? " mode=nbd" : " mode=kernel";
    if (!c.fstype.empty()) s += " rootfstype=" + c.fstype;
    if (!c.flags.empty()) s += " rootflags=" + c.flags;
    s += c.read_only ? " ro" : " rw";
    if (!c.init.empty()) s += " init=" + c.init;
    return s;
}

}  // namespace aoe::boot
