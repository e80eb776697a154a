#include "target/export.h"

#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "base/mapcopy.h"
#include "cow/view.h"
#include "target/freeze.h"
#include "target/worker.h"

namespace aoe::target {

Export::Export() = default;
Export::~Export() { close_export(*this); }

bool mac_in(const std::vector<Mac>& list, const Mac& m) {
    for (const Mac& x : list)
        if (x == m) return true;
    return false;
}

bool access_allowed(const std::vector<Mac>& allow, const AccessState& st, const Mac& src) {
    if (!allow.empty() && !mac_in(allow, src)) return false;
    if (!st.mask.empty() && !mac_in(st.mask, src)) return false;
    return true;
}

bool reserved_against(const AccessState& st, const Mac& src) {
    return !st.reserve.empty() && !mac_in(st.reserve, src);
}

bool DupRing::seen(const Mac& src, uint32_t tag, uint8_t cmd, uint8_t count, uint64_t lba) {
    uint64_t s = 0;
    std::memcpy(&s, src.data(), src.size());
    const uint64_t key = (uint64_t(cmd) << 56) ^ (uint64_t(count) << 48) ^ lba;
    // Fibonacci hashing: the top bits of the product.
    constexpr int kShift = 64 - std::countr_zero(kBuckets);
    auto bucket = [](uint64_t v) { return size_t((v * 0x9E3779B97F4A7C15ull) >> kShift); };
    const size_t bt = bucket(s ^ (uint64_t(tag) << 16));
    const size_t bk = bucket(s ^ (key * 0xFF51AFD7ED558CCDull));
    const Entry* t = by_tag[bt] ? &e[by_tag[bt] - 1] : nullptr;
    const Entry* k = by_key[bk] ? &e[by_key[bk] - 1] : nullptr;
    // An index may point at a slot reused since: compare the entry itself.
    const bool dup = (t && t->used && t->src == s && t->tag == tag) ||
                     (k && k->used && k->src == s && k->key == key);
    e[next] = Entry{s, tag, key, true};
    by_tag[bt] = uint8_t(next + 1);
    by_key[bk] = uint8_t(next + 1);
    next = (next + 1) % kSize;
    return dup;
}

bool open_export(Export& e, const ExportConfig& cfg, std::string& err) {
    const std::string name = format_address(cfg.addr);
    e.cfg = cfg;
    e.config_string = cfg.config;
    e.sync.store(uint8_t(cfg.sync));
    e.null_backing = cfg.null_backing;
    e.direct = cfg.direct;
    e.base = cfg.offset;
    if (cfg.layered) {
        // A base that was frozen as a plain export once: refused (freeze_open says so).
        if (!freeze_open(e, 0, err)) return false;
        auto set = std::make_shared<cow::LayerSet>();
        cow::SetConfig sc{cfg.addr, cfg.path, cfg.layer_dir, cfg.layer_fresh, cfg.layer_cap};
        if (!cow::open_set(*set, sc, err)) {
            err = name + ": " + err;
            return false;
        }
        e.fd = -1;
        e.sectors = set->base->size / 512;
        e.memory_backed = false;  // a worker of its own: a first write creates a file
        e.layers = std::move(set);
        return true;
    }
    if (cfg.null_backing) {
        e.fd = -1;
        e.sectors = cfg.null_size / 512;
        e.memory_backed = true;
        return freeze_open(e, 0, err);  // only says why it cannot be frozen
    }
    int flags = (cfg.read_only ? O_RDONLY : O_RDWR) | O_CLOEXEC;
    if (cfg.direct) flags |= O_DIRECT;
    int fd = open(cfg.path.c_str(), flags);
    if (fd < 0 && cfg.direct && errno == EINVAL) {
        err = name + ": " + cfg.path + ": this file system does not support O_DIRECT; set direct = no";
        return false;
    }
    if (fd < 0) {
        err = name + ": cannot open " + cfg.path + ": " + std::strerror(errno) +
              (errno == EROFS || errno == EACCES ? " (use read-only = yes for a read-only export)" : "");
        return false;
    }
    struct stat st{};
    if (fstat(fd, &st) < 0) {
        err = name + ": cannot stat " + cfg.path + ": " + std::strerror(errno);
        close(fd);
        return false;
    }
    uint64_t size = 0;
    if (S_ISBLK(st.st_mode)) {
        if (ioctl(fd, BLKGETSIZE64, &size) < 0) {
            err = name + ": cannot get the size of " + cfg.path + ": " + std::strerror(errno);
            close(fd);
            return false;
        }
    } else if (S_ISREG(st.st_mode)) {
        size = uint64_t(st.st_size);
    } else {
        err = name + ": " + cfg.path + " is neither a regular file nor a block device";
        close(fd);
        return false;
    }
    if (cfg.offset > size) {
        err = name + ": offset " + std::to_string(cfg.offset) + " is past the end of " + cfg.path +
              " (" + std::to_string(size) + " bytes)";
        close(fd);
        return false;
    }
    uint64_t avail = size - cfg.offset;
    if (cfg.length) {
        if (*cfg.length > avail) {
            err = name + ": offset + length runs past the end of " + cfg.path + " (" +
                  std::to_string(size) + " bytes)";
            close(fd);
            return false;
        }
        avail = *cfg.length;
    }
    if (avail < 512) {
        err = name + ": " + cfg.path + " has less than one 512-byte sector to serve";
        close(fd);
        return false;
    }
    e.fd = fd;
    e.sectors = avail / 512;
    e.file_dev = uint64_t(st.st_dev);
    e.file_ino = uint64_t(st.st_ino);
    struct statfs fs{};
    constexpr long kTmpfsMagic = 0x01021994, kRamfsMagic = 0x858458f6;
    e.memory_backed = fstatfs(fd, &fs) == 0 && (fs.f_type == kTmpfsMagic || fs.f_type == kRamfsMagic);
    if (e.memory_backed && S_ISREG(st.st_mode) && !cfg.direct) {
        const size_t len = size_t(e.base + e.sectors * 512);
        const int prot = cfg.read_only ? PROT_READ : PROT_READ | PROT_WRITE;
        void* m = mmap(nullptr, len, prot, MAP_SHARED, fd, 0);
        if (m != MAP_FAILED) {  // else pread/pwrite, as for any file
            e.map = static_cast<uint8_t*>(m);
            e.map_len = len;
            e.map_writable = !cfg.read_only;
            if (e.map_writable) install_map_guard();
        }
    }
    if (!freeze_open(e, st.st_mode, err)) {
        if (e.map) munmap(e.map, e.map_len);
        e.map = nullptr;
        e.map_writable = false;
        close(fd);
        e.fd = -1;
        return false;
    }
    return true;
}

void close_export(Export& e) {
    if (e.worker) stop_worker(*e.worker);
    e.worker.reset();
    // After the worker: no I/O runs any more. A frozen export's shadow stays.
    if (e.freeze) freeze_close(*e.freeze);
    e.freeze.reset();
    touch_mapped(e);
    if (e.map) munmap(e.map, e.map_len);
    e.map = nullptr;
    e.map_len = 0;
    e.map_writable = false;
    if (e.layers) cow::close_set(*e.layers);
    e.layers.reset();
    if (e.fd >= 0) close(e.fd);
    e.fd = -1;
}

void touch_mapped(Export& e) {
    if (!e.map_dirty) return;
    e.map_dirty = false;
    const timespec times[2] = {{0, UTIME_OMIT}, {0, UTIME_NOW}};
    futimens(e.fd, times);  // a failure costs only the timestamp
}

std::string state_path(const std::string& dir, Address a) {
    return dir + "/" + format_address(a) + ".state";
}

bool load_state(const std::string& file, AccessState& st, std::string& err) {
    st = AccessState{};
    FILE* f = std::fopen(file.c_str(), "re");
    if (!f) {
        if (errno == ENOENT) return true;  // nothing saved yet
        err = file + ": " + std::strerror(errno);
        return false;
    }
    char line[128];
    int n = 0;
    bool ok = true;
    while (std::fgets(line, sizeof line, f)) {
        n++;
        std::string_view s(line);
        while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
        if (s.empty() || s[0] == '#') continue;
        std::vector<Mac>* list = nullptr;
        if (s.rfind("mask ", 0) == 0) list = &st.mask, s.remove_prefix(5);
        else if (s.rfind("reserve ", 0) == 0) list = &st.reserve, s.remove_prefix(8);
        auto m = parse_mac(s);
        if (!list || !m) {
            err = file + ":" + std::to_string(n) + ": expected 'mask MAC' or 'reserve MAC'";
            ok = false;
            break;
        }
        list->push_back(*m);
    }
    std::fclose(f);
    return ok;
}

bool save_state(const std::string& file, const AccessState& st, std::string& err) {
    std::string text = "# aoeboot: mask list and reservation set by initiators\n";
    for (const Mac& m : st.mask) text += "mask " + format_mac(m) + "\n";
    for (const Mac& m : st.reserve) text += "reserve " + format_mac(m) + "\n";
    const std::string tmp = file + ".tmp";
    int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        err = tmp + ": " + std::strerror(errno);
        return false;
    }
    bool ok = write(fd, text.data(), text.size()) == ssize_t(text.size()) && fsync(fd) == 0;
    int saved = errno;
    close(fd);
    if (!ok || rename(tmp.c_str(), file.c_str()) < 0) {
        err = file + ": " + std::strerror(ok ? errno : saved);
        unlink(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace aoe::target
