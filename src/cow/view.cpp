#include "cow/view.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string_view>
#include <vector>

#include "base/log.h"

namespace aoe::cow {

namespace {

uint64_t now() { return uint64_t(time(nullptr)); }

// The file system must show holes as holes, or every chunk would look
// written (and the map would read the base as the client's zeros).
bool probe_holes(const std::string& dir, std::string& err) {
    const std::string p = dir + "/.aoeboot-probe";
    int fd = open(p.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        err = "cannot write in the layer directory " + dir + ": " + std::strerror(errno);
        return false;
    }
    uint8_t page[kChunk];
    std::memset(page, 0xA5, sizeof page);
    bool ok = ftruncate(fd, 1 << 20) == 0 && pwrite(fd, page, sizeof page, 512 * 1024) == ssize_t(sizeof page);
    const off_t d = ok ? lseek(fd, 0, SEEK_DATA) : -1;
    const off_t h = ok ? lseek(fd, 512 * 1024, SEEK_HOLE) : -1;
    close(fd);
    unlink(p.c_str());
    if (!ok) {
        err = "cannot write a probe file in the layer directory " + dir + ": " + std::strerror(errno);
        return false;
    }
    if (d != 512 * 1024 || h != 512 * 1024 + off_t(kChunk)) {
        err = "the file system of the layer directory " + dir +
              " does not report holes (SEEK_DATA/SEEK_HOLE); put the layers on ext4, xfs, btrfs or tmpfs";
        return false;
    }
    return true;
}

bool rate_ok(uint64_t& last) {
    const uint64_t t = now();
    if (last && t < last + 10) return false;
    last = t;
    return true;
}

// The layer of `mac`, loaded on first use. Called with s.mu held.
Layer& layer_of(LayerSet& s, const Mac& mac) {
    auto it = s.layers.find(mac);
    if (it != s.layers.end()) return *it->second;
    auto l = std::make_unique<Layer>();
    std::string err;
    const std::string file = layer_path(s.cfg.dir, s.cfg.addr, mac);
    if (!open_layer_on(*l, file, mac, *s.base, s.bases, err)) {
        l->refused = err;
        l->mac = mac;
        l->file = file;
    }
    if (!l->base) l->base = s.base;
    if (!l->refused.empty()) {
        // A refusal over a base names its own way out; others get this one.
        const std::string fix = l->refused.find("reset") != std::string::npos
                                    ? ""
                                    : "; run 'aoeboot layer reset " + format_address(s.cfg.addr) + " " +
                                          format_mac(mac) + "' to start it afresh from the base, or restore its base";
        log_error("%s: layer of %s refused: %s%s", format_address(s.cfg.addr).c_str(), format_mac(mac).c_str(),
                  l->refused.c_str(), fix.c_str());
    }
    l->refused_logged = l->refused.empty() ? 0 : now();
    Layer& ref = *l;
    s.layers.emplace(mac, std::move(l));
    return ref;
}

IoResult refused(LayerSet& s, Layer& l) {
    if (rate_ok(l.refused_logged))
        log_error("%s: I/O of %s refused: its layer %s is unusable: %s", format_address(s.cfg.addr).c_str(),
                  format_mac(l.mac).c_str(), l.file.c_str(), l.refused.c_str());
    return IoResult::kFailed;
}

}  // namespace

// ext4 with data=writeback may record an allocation before its data is on
// disk: after a power cut a chunk would read as stale blocks. Refused.
bool check_mount(const std::string& dir, const char* what, std::string& err) {
    char real[PATH_MAX];
    if (!realpath(dir.c_str(), real)) return true;  // checked again when it exists
    FILE* f = std::fopen("/proc/self/mountinfo", "re");
    if (!f) return true;
    std::string best, best_opts;
    char line[4096];
    while (std::fgets(line, sizeof line, f)) {
        // id parent major:minor root mountpoint opts ... - fstype source superopts
        // (split by hand: sscanf would pull all of scanf into the binary)
        std::vector<std::string_view> w;
        for (std::string_view rest = line; !rest.empty();) {
            const size_t b = rest.find_first_not_of(" \n");
            if (b == std::string_view::npos) break;
            rest.remove_prefix(b);
            const size_t e = std::min(rest.find_first_of(" \n"), rest.size());
            w.push_back(rest.substr(0, e));
            rest.remove_prefix(e);
        }
        const auto dash = std::find(w.begin(), w.end(), std::string_view("-"));
        if (w.size() < 5 || w.end() - dash < 4) continue;
        const std::string m(w[4]), r = real;
        const bool under = m == "/" || r == m || (r.rfind(m, 0) == 0 && r[m.size()] == '/');
        if (under && m.size() >= best.size()) best = m, best_opts = std::string(dash[1]) + " " + std::string(dash[3]);
    }
    std::fclose(f);
    if (best_opts.rfind("ext", 0) == 0 && best_opts.find("data=writeback") != std::string::npos) {
        err = std::string(what) + " " + dir + " is on ext4 mounted data=writeback (" + best +
              "): a power cut could leave a layer pointing at stale blocks; mount it data=ordered";
        return false;
    }
    return true;
}

bool open_set(LayerSet& s, const SetConfig& c, std::string& err) {
    s.cfg = c;
    auto b = std::make_unique<Base>();
    if (!open_base(*b, c.base, err)) return false;
    s.bases.open.push_back(std::move(b));
    s.base = s.bases.open.back().get();
    struct stat st{};
    if (stat(c.dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        log_warn("%s: the layer directory %s is missing: clients read the base, and their writes fail until it is created",
                 format_address(c.addr).c_str(), c.dir.c_str());
        return true;
    }
    if (!probe_holes(c.dir, err) || !check_mount(c.dir, "the layer directory", err)) {
        close_shelf(s.bases);
        s.base = nullptr;
        return false;
    }
    return true;
}

void close_set(LayerSet& s) {
    std::lock_guard<std::mutex> g(s.mu);
    for (auto& [m, l] : s.layers) close_layer(*l);
    s.layers.clear();
    close_shelf(s.bases);
    s.base = nullptr;
    s.closed = true;
}

IoResult set_read(LayerSet& s, const Mac& mac, uint8_t* out, size_t n, uint64_t off) {
    std::lock_guard<std::mutex> g(s.mu);
    Layer& l = layer_of(s, mac);
    if (!l.refused.empty()) return refused(s, l);
    l.last_io = now();
    std::string err;
    if (view_read(l, *l.base, out, n, off, err)) return IoResult::kOk;
    log_error("%s: %s: %s", format_address(s.cfg.addr).c_str(), format_mac(mac).c_str(), err.c_str());
    return IoResult::kFailed;
}

IoResult set_write(LayerSet& s, const Mac& mac, const uint8_t* data, size_t n, uint64_t off, bool sync) {
    std::lock_guard<std::mutex> g(s.mu);
    Layer& l = layer_of(s, mac);
    if (!l.refused.empty()) return refused(s, l);
    l.last_io = now();
    std::string err;
    if (!l.exists && !create_layer(l, s.cfg.dir, layer_path(s.cfg.dir, s.cfg.addr, mac), mac, *l.base, err)) {
        if (rate_ok(s.last_dir_log))
            log_error("%s: write of %s refused: %s", format_address(s.cfg.addr).c_str(), format_mac(mac).c_str(),
                      err.c_str());
        return IoResult::kFailed;
    }
    bool over = false;
    const uint64_t cap = s.cfg.cap / kChunk;
    if (!view_write(l, *l.base, data, n, off, cap, &over, err) || (sync && fdatasync(l.fd) != 0)) {
        if (err.empty()) err = "fdatasync of " + l.file + ": " + std::strerror(errno);
        if (rate_ok(l.refused_logged))
            log_error("%s: write of %s failed: %s%s", format_address(s.cfg.addr).c_str(), format_mac(mac).c_str(),
                      err.c_str(), over ? "; raise layer-cap or reset the layer" : "");
        return IoResult::kFailed;
    }
    return IoResult::kOk;
}

IoResult set_flush(LayerSet& s, const Mac& mac) {
    std::lock_guard<std::mutex> g(s.mu);
    auto it = s.layers.find(mac);
    if (it == s.layers.end() || it->second->fd < 0) return IoResult::kOk;  // nothing written
    if (fdatasync(it->second->fd) == 0) return IoResult::kOk;
    log_error("%s: flush of %s's layer %s failed: %s", format_address(s.cfg.addr).c_str(), format_mac(mac).c_str(),
              it->second->file.c_str(), std::strerror(errno));
    return IoResult::kFailed;
}

std::vector<LayerInfo> set_list(LayerSet& s) {
    std::lock_guard<std::mutex> g(s.mu);
    std::vector<LayerInfo> out;
    if (s.closed) return out;
    // Layers in the directory that no client used since the start: load
    // them too (cheap: header and extent map), so the list is complete.
    if (DIR* d = opendir(s.cfg.dir.c_str())) {
        while (dirent* de = readdir(d)) {
            Mac m{};
            if (layer_name_mac(de->d_name, s.cfg.addr, m)) layer_of(s, m);
        }
        closedir(d);
    }
    for (auto& [m, l] : s.layers) {
        if (!l->exists) continue;
        LayerInfo i;
        i.mac = m;
        i.file = l->file;
        struct stat st{};
        if (l->fd >= 0 && fstat(l->fd, &st) == 0) i.bytes = uint64_t(st.st_blocks) * 512;
        i.chunks = l->used;
        i.last_io = l->last_io;
        i.writes = l->writes;
        i.base = l->refused.empty() ? l->base->path : l->header.base_path;
        i.state = !l->refused.empty() ? "refused: " + l->refused : l->base == s.base ? "ok" : "ok, on an older base";
        out.push_back(i);
    }
    return out;
}

ResetResult set_reset(LayerSet& s, const Mac& mac, bool by_client, std::string& err) {
    std::lock_guard<std::mutex> g(s.mu);
    if (s.closed) {
        err = "the export is being reloaded; try again";
        return ResetResult::kFailed;
    }
    if (by_client && !s.cfg.fresh) return ResetResult::kPersistent;
    const std::string file = layer_path(s.cfg.dir, s.cfg.addr, mac);
    auto it = s.layers.find(mac);
    if (it != s.layers.end()) {
        close_layer(*it->second);
        s.layers.erase(it);
    }
    if (unlink(file.c_str()) != 0) {
        if (errno == ENOENT) return ResetResult::kNothing;
        err = "cannot remove " + file + ": " + std::strerror(errno);
        return ResetResult::kFailed;
    }
    // The unlink must be durable before the client reads the base again.
    int d = open(s.cfg.dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (d < 0 || fsync(d) != 0) {
        err = "cannot sync the layer directory " + s.cfg.dir + ": " + std::strerror(errno);
        if (d >= 0) close(d);
        return ResetResult::kFailed;
    }
    close(d);
    log_info("%s: layer of %s reset (%s)", format_address(s.cfg.addr).c_str(), format_mac(mac).c_str(), file.c_str());
    return ResetResult::kReset;
}

bool set_base(LayerSet& s, const std::string& path, std::string& err) {
    auto b = std::make_unique<Base>();
    if (!open_base(*b, path, err)) return false;
    std::lock_guard<std::mutex> g(s.mu);
    if (s.closed || !s.base) {
        close_base(*b);
        err = "the export is being closed";
        return false;
    }
    if (b->size != s.base->size) {
        err = "the new base " + path + " has " + std::to_string(b->size) + " bytes, the current one " +
              std::to_string(s.base->size) + ": clients would see the disk change size; give the export a " +
              "new address, or restart aoeboot serve to reopen it";
        close_base(*b);
        return false;
    }
    size_t older = 0;
    for (auto& [m, l] : s.layers) older += l->exists && l->base == s.base;
    log_info("%s: base is now %s (was %s); %zu loaded layer(s) stay on the old base until reset, fresh clients move at their next boot",
             format_address(s.cfg.addr).c_str(), path.c_str(), s.base->path.c_str(), older);
    s.bases.open.push_back(std::move(b));
    s.base = s.bases.open.back().get();
    s.cfg.base = path;
    return true;
}

}  // namespace aoe::cow
