#include "target/config.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <unistd.h>

namespace aoe::target {

namespace {

struct Entry {
    std::string key, value;
    int line = 0;
};
struct Section {
    std::string name;
    int line = 0;
    std::vector<Entry> entries;
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::string at(const std::string& file, int line) {
    return (file.empty() ? std::string("<config>") : file) + ":" + std::to_string(line) + ": ";
}

std::optional<bool> parse_bool(std::string_view v) {
    if (v == "yes" || v == "true" || v == "on" || v == "1") return true;
    if (v == "no" || v == "false" || v == "off" || v == "0") return false;
    return std::nullopt;
}

std::vector<std::string> split_list(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ',' || c == ' ' || c == '\t') {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

// Keys an export section (or [defaults], as the default for every export) takes.
// Returns "" on success, else the message (without file:line).
std::string apply_export_key(ExportConfig& e, const Entry& en) {
    const std::string& k = en.key;
    const std::string& v = en.value;
    std::string err;
    if (k == "path") {
        if (!set_backing(e, v, err)) return err;
    } else if (k == "config") {
        if (v.size() > 1024) return "config string longer than 1024 bytes";
        e.config = v;
    } else if (k == "allow") {
        e.allow.clear();
        if (!parse_mac_list(v, e.allow, err)) return err;
    } else if (k == "read-only") {
        auto b = parse_bool(v);
        if (!b) return "read-only wants yes or no, not '" + v + "'";
        e.read_only = *b;
    } else if (k == "sync") {
        if (v == "none") e.sync = SyncMode::kNone;
        else if (v == "flush") e.sync = SyncMode::kFlush;
        else if (v == "always") e.sync = SyncMode::kAlways;
        else return "sync wants none, flush or always, not '" + v + "'";
    } else if (k == "direct") {
        auto b = parse_bool(v);
        if (!b) return "direct wants yes or no, not '" + v + "'";
        e.direct = *b;
    } else if (k == "multipath") {
        auto b = parse_bool(v);
        if (!b) return "multipath wants yes or no, not '" + v + "'";
        e.multipath = *b;
    } else if (k == "offset") {
        auto n = parse_size(v);
        if (!n || *n % 512) return "offset wants a size that is a multiple of 512, not '" + v + "'";
        e.offset = *n;
    } else if (k == "length") {
        auto n = parse_size(v);
        if (!n || *n % 512 || *n == 0)
            return "length wants a non-zero size that is a multiple of 512, not '" + v + "'";
        e.length = *n;
    } else if (k == "buffers") {
        auto n = parse_size(v);
        if (!n || *n < 2 || *n > 4096) return "buffers wants a number from 2 to 4096, not '" + v + "'";
        e.buffers = unsigned(*n);
    } else if (k == "base") {
        if (v.rfind("null:", 0) == 0 || !set_backing(e, v, err)) return "base wants the path of an image file or block device";
        e.layered = true;
    } else if (k == "layer-dir") {
        if (v.empty() || v[0] != '/') return "layer-dir wants an absolute directory path, not '" + v + "'";
        e.layer_dir = v;
    } else if (k == "layers") {
        if (v == "fresh") e.layer_fresh = true;
        else if (v == "persistent") e.layer_fresh = false;
        else return "layers wants fresh or persistent, not '" + v + "'";
    } else if (k == "layer-cap") {
        auto n = parse_size(v);
        if (!n || *n < 4096) return "layer-cap wants a size of at least 4K, e.g. 2G, not '" + v + "'";
        e.layer_cap = *n;
    } else if (k == "interfaces") {
        e.interfaces = split_list(v);
        if (e.interfaces.empty()) return "interfaces is empty";
    } else {
        return "unknown key '" + k + "'";
    }
    return "";
}

// A layered export: both keys, and none of the keys that make no sense over
// a shared read-only base.
std::string check_layered(const ExportConfig& e, const Section& sec) {
    bool has_path = false, has_base = false, has_dir = false;
    for (const Entry& en : sec.entries)
        has_path |= en.key == "path", has_base |= en.key == "base", has_dir |= en.key == "layer-dir";
    if (has_path && has_base) return "has both 'path' and 'base': a layered export takes 'base = IMAGE' only";
    if (!e.layered) {
        if (has_dir) return "has 'layer-dir' with 'path': write 'base = IMAGE' for per-client layers";
        return "";
    }
    if (e.layer_dir.empty()) return "has 'base' but no 'layer-dir = DIR' for the clients' layers";
    if (e.read_only) return "is layered: read-only = yes makes no sense (the base is never written anyway)";
    if (e.direct) return "is layered: direct = yes is not supported for layered exports";
    if (e.offset || e.length) return "is layered: offset and length are not supported for layered exports";
    return "";
}

bool parse_sections(std::string_view text, const std::string& file, std::vector<Section>& out,
                    std::string& err) {
    int line = 0;
    while (!text.empty()) {
        line++;
        size_t nl = text.find('\n');
        std::string_view raw = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        std::string_view s = trim(raw);
        if (s.empty() || s[0] == '#' || s[0] == ';') continue;
        if (s[0] == '[') {
            if (s.back() != ']') {
                err = at(file, line) + "section header without a closing ']'";
                return false;
            }
            out.push_back(Section{std::string(trim(s.substr(1, s.size() - 2))), line, {}});
            continue;
        }
        size_t eq = s.find('=');
        if (eq == std::string_view::npos) {
            err = at(file, line) + "expected 'key = value' or '[section]', got '" + std::string(s) + "'";
            return false;
        }
        if (out.empty()) {
            err = at(file, line) + "key outside any section: start with [defaults] or [eSHELF.SLOT]";
            return false;
        }
        std::string key(trim(s.substr(0, eq)));
        if (key.empty()) {
            err = at(file, line) + "empty key before '='";
            return false;
        }
        for (const Entry& en : out.back().entries) {
            if (en.key == key) {
                err = at(file, line) + "key '" + key + "' given twice in [" + out.back().name +
                      "] (first on line " + std::to_string(en.line) + ")";
                return false;
            }
        }
        out.back().entries.push_back(Entry{key, std::string(trim(s.substr(eq + 1))), line});
    }
    return true;
}

}  // namespace

const char* to_string(SyncMode m) {
    switch (m) {
        case SyncMode::kNone: return "none";
        case SyncMode::kFlush: return "flush";
        case SyncMode::kAlways: return "always";
    }
    return "?";
}

bool parse_mac_list(std::string_view s, std::vector<Mac>& out, std::string& err) {
    for (const std::string& item : split_list(s)) {
        auto m = parse_mac(item);
        if (!m) {
            err = "'" + item + "' is not a MAC address (want 52:54:00:12:34:56)";
            return false;
        }
        out.push_back(*m);
    }
    return true;
}

bool set_backing(ExportConfig& e, const std::string& path, std::string& err) {
    if (path.rfind("null:", 0) == 0) {
        auto n = parse_size(std::string_view(path).substr(5));
        if (!n || *n < 512 || *n % 512) {
            err = "null backing wants a size that is a multiple of 512, e.g. null:1G";
            return false;
        }
        e.null_backing = true;
        e.null_size = *n;
    } else {
        if (path.empty()) {
            err = "path is empty";
            return false;
        }
        e.null_backing = false;
    }
    e.path = path;
    return true;
}

bool parse_config(std::string_view text, const std::string& file, ServeConfig& out,
                  std::string& err) {
    std::vector<Section> sections;
    if (!parse_sections(text, file, sections, err)) return false;
    ServeConfig cfg;
    cfg.file = file;
    ExportConfig defaults;
    std::vector<std::string> default_ifaces;
    // [defaults] first, wherever it appears, so its values reach every export.
    int defaults_seen = 0;
    for (const Section& sec : sections) {
        if (sec.name != "defaults") continue;
        if (defaults_seen) {
            err = at(file, sec.line) + "second [defaults] section (first on line " +
                  std::to_string(defaults_seen) + ")";
            return false;
        }
        defaults_seen = sec.line;
        for (const Entry& en : sec.entries) {
            if (en.key == "state-dir") {
                if (en.value.empty() || en.value[0] != '/') {
                    err = at(file, en.line) + "state-dir wants an absolute path";
                    return false;
                }
                cfg.state_dir = en.value;
            } else if (en.key == "control") {
                if (en.value.empty() || en.value.size() > 100) {
                    err = at(file, en.line) + "control wants a socket path of at most 100 bytes";
                    return false;
                }
                cfg.control = en.value;
            } else if (en.key == "syslog") {
                auto b = parse_bool(en.value);
                if (!b) {
                    err = at(file, en.line) + "syslog wants yes or no";
                    return false;
                }
                cfg.syslog = *b;
            } else if (en.key == "guard-wait") {
                auto n = parse_size(en.value);
                if (!n || *n > 10000) {
                    err = at(file, en.line) + "guard-wait wants milliseconds from 0 to 10000";
                    return false;
                }
                cfg.guard_ms = unsigned(*n);
            } else if (en.key == "path" || en.key == "base" || en.key == "config" || en.key == "length") {
                err = at(file, en.line) + "'" + en.key + "' belongs in an export section, not [defaults]";
                return false;
            } else {
                std::string e = apply_export_key(defaults, en);
                if (!e.empty()) {
                    err = at(file, en.line) + e;
                    return false;
                }
            }
        }
    }
    cfg.interfaces = defaults.interfaces;
    for (const Section& sec : sections) {
        if (sec.name == "defaults") continue;
        auto addr = parse_address(sec.name);
        if (!addr) {
            err = at(file, sec.line) + "section [" + sec.name +
                  "] is neither [defaults] nor an export address like [e1.0] (shelf < 65535, slot < 255)";
            return false;
        }
        for (const ExportConfig& e : cfg.exports) {
            if (e.addr == *addr) {
                err = at(file, sec.line) + format_address(*addr) + " is exported twice (also at " + e.where + ")";
                return false;
            }
        }
        ExportConfig e = defaults;
        e.addr = *addr;
        e.where = at(file, sec.line);
        e.where.resize(e.where.size() - 2);  // drop ": "
        for (const Entry& en : sec.entries) {
            std::string m = apply_export_key(e, en);
            if (!m.empty()) {
                err = at(file, en.line) + m;
                return false;
            }
        }
        if (e.path.empty()) {
            err = at(file, sec.line) + "[" + sec.name + "] has no 'path = FILE' (or 'base = IMAGE' with 'layer-dir = DIR')";
            return false;
        }
        std::string lm = check_layered(e, sec);
        if (!lm.empty()) {
            err = at(file, sec.line) + "[" + sec.name + "] " + lm;
            return false;
        }
        if (e.interfaces.empty()) {
            err = at(file, sec.line) + "[" + sec.name +
                  "] has no interfaces: set 'interfaces = IFACE' here or in [defaults]";
            return false;
        }
        cfg.exports.push_back(std::move(e));
    }
    if (cfg.exports.empty()) {
        err = (file.empty() ? std::string("<config>") : file) + ": no exports: add a section like [e1.0] with path = FILE";
        return false;
    }
    out = std::move(cfg);
    return true;
}

bool load_config(const std::string& file, ServeConfig& out, std::string& err) {
    int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = file + ": cannot open: " + std::strerror(errno);
        return false;
    }
    std::string text;
    char buf[4096];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            err = file + ": read error: " + std::strerror(errno);
            close(fd);
            return false;
        }
        if (n == 0) break;
        text.append(buf, size_t(n));
        if (text.size() > (1 << 20)) {
            err = file + ": larger than 1 MiB; is this the right file?";
            close(fd);
            return false;
        }
    }
    close(fd);
    return parse_config(text, file, out, err);
}

}  // namespace aoe::target
