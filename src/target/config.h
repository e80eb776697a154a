// The target's configuration: /etc/aoeboot/exports.conf (INI style) or the
// quick command-line form, parsed into plain structs. Errors name file:line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/mac.h"

namespace aoe::target {

// What a write acknowledgement and a FLUSH CACHE promise (see aoeboot-serve(8)).
enum class SyncMode : uint8_t {
    kNone = 0,    // FLUSH is answered at once: data sits in the page cache
    kFlush = 1,   // FLUSH runs fdatasync() before its reply (default)
    kAlways = 2,  // every write is fdatasync()ed before it is acknowledged
};
const char* to_string(SyncMode m);

struct ExportConfig {
    Address addr;
    std::string where;  // "file:line" of the section, for messages
    std::string path;   // backing file or block device; "null:SIZE" for the no-I/O kind
    bool null_backing = false;
    uint64_t null_size = 0;
    std::string config;  // initial Query Config string
    std::vector<Mac> allow;  // empty: anyone
    bool read_only = false;
    SyncMode sync = SyncMode::kFlush;
    bool direct = false;  // O_DIRECT
    uint64_t offset = 0;  // bytes into the backing store (multiple of 512)
    std::optional<uint64_t> length;  // bytes served (multiple of 512); default: to the end
    unsigned buffers = 64;  // advertised buffer count = requests queued per export
    std::vector<std::string> interfaces;
    bool multipath = false;  // allow another target on the segment with this shelf.slot
    // Per-client copy-on-write views (docs/cow-design.md): `path` is then the
    // read-only base (key `base`), each client MAC's writes go to a layer
    // file of its own in layer_dir.
    bool layered = false;      // `base =` given
    std::string layer_dir;     // `layer-dir =`
    bool layer_fresh = false;  // `layers = fresh`: a client may reset its own layer at boot
    uint64_t layer_cap = 0;    // `layer-cap =` bytes per layer, 0: none

    // Two configs name the same backing store the same way (a reload can keep
    // the open export and its queue). Read-only counts: the file is opened
    // (and mapped) for reading only then.
    // A layered export's base (`path`) may change in place: cow::set_base.
    bool same_backing(const ExportConfig& o) const {
        return (path == o.path || (layered && o.layered)) && offset == o.offset && length == o.length &&
               direct == o.direct && read_only == o.read_only && layered == o.layered &&
               layer_dir == o.layer_dir && layer_fresh == o.layer_fresh && layer_cap == o.layer_cap;
    }
};

struct ServeConfig {
    std::string file;  // where it came from ("" for the command-line form)
    std::vector<std::string> interfaces;  // [defaults] interfaces
    std::string state_dir = "/var/lib/aoeboot";
    std::string control = "/run/aoeboot/control";
    bool syslog = false;
    unsigned guard_ms = 500;  // how long the duplicate guard listens
    std::vector<ExportConfig> exports;
};

inline constexpr const char* kDefaultConfigFile = "/etc/aoeboot/exports.conf";

// Parses `text` (named `file` in messages). On error returns false with `err`
// as "FILE:LINE: what is wrong".
bool parse_config(std::string_view text, const std::string& file, ServeConfig& out,
                  std::string& err);
bool load_config(const std::string& file, ServeConfig& out, std::string& err);

// Parses one "null:SIZE" or ordinary path into the export (shared with the
// command-line forms).
bool set_backing(ExportConfig& e, const std::string& path, std::string& err);

// Comma or space separated MAC list.
bool parse_mac_list(std::string_view s, std::vector<Mac>& out, std::string& err);

}  // namespace aoe::target
