#include "cow/layer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <linux/falloc.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace aoe::cow {

namespace {

constexpr char kMagic[8] = {'A', 'O', 'E', 'B', 'O', 'O', 'T', 'L'};
constexpr size_t kSumAt = kLayerHeaderLen - 8;

uint64_t fnv1a(const uint8_t* p, size_t n, uint64_t h = 0xcbf29ce484222325ull) {
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ull;
    return h;
}
void put64(uint8_t* p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = uint8_t(v >> (8 * i));
}
uint64_t get64(const uint8_t* p) {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= uint64_t(p[i]) << (8 * i);
    return v;
}
void put32(uint8_t* p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = uint8_t(v >> (8 * i));
}
uint32_t get32(const uint8_t* p) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= uint32_t(p[i]) << (8 * i);
    return v;
}


bool fsync_dir(const std::string& dir) {
    int d = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (d < 0) return false;
    bool ok = fsync(d) == 0;
    close(d);
    return ok;
}

std::string hex_mac(const Mac& m) {
    static const char* k = "0123456789abcdef";
    std::string s;
    for (uint8_t b : m) s += k[b >> 4], s += k[b & 15];
    return s;
}

}  // namespace

bool pread_full(int fd, uint8_t* p, size_t n, uint64_t off) {
    while (n) {
        ssize_t r = pread(fd, p, n, off_t(off));
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return false;
        if (r == 0) {  // a base cut short under us: say so, never invent zeros
            errno = EIO;
            return false;
        }
        p += r, n -= size_t(r), off += uint64_t(r);
    }
    return true;
}

bool pwritev_full(int fd, iovec* v, int cnt, uint64_t off) {
    while (cnt) {
        ssize_t r = pwritev(fd, v, cnt, off_t(off));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            if (r == 0) errno = ENOSPC;
            return false;
        }
        off += uint64_t(r);
        size_t left = size_t(r);
        while (cnt && left >= v->iov_len) left -= v->iov_len, v++, cnt--;
        if (cnt) v->iov_base = static_cast<uint8_t*>(v->iov_base) + left, v->iov_len -= left;
    }
    return true;
}

bool base_identity(int fd, uint64_t size, uint64_t& ident, std::string& err) {
    std::vector<uint8_t> buf(64 * 1024);
    uint64_t h = fnv1a(reinterpret_cast<const uint8_t*>(&size), sizeof size);
    auto sample = [&](uint64_t off, size_t n) {
        n = size_t(std::min<uint64_t>(n, size - off));
        if (!pread_full(fd, buf.data(), n, off)) return false;
        h = fnv1a(buf.data(), n, h);
        return true;
    };
    bool ok = sample(0, buf.size()) && sample(size > buf.size() ? size - buf.size() : 0, buf.size());
    for (uint64_t i = 0; ok && i < 64; i++) ok = sample(size / 64 * i, 4096);
    if (!ok) {
        err = std::string("cannot read the base for its identity: ") + std::strerror(errno);
        return false;
    }
    ident = h;
    return true;
}

bool open_base(Base& b, const std::string& path, std::string& err) {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = "cannot open the base " + path + ": " + std::strerror(errno);
        return false;
    }
    struct stat st{};
    uint64_t size = 0;
    if (fstat(fd, &st) == 0 && S_ISBLK(st.st_mode)) {
        if (ioctl(fd, BLKGETSIZE64, &size) < 0) size = 0;
    } else if (S_ISREG(st.st_mode)) {
        size = uint64_t(st.st_size);
    }
    size -= size % 512;
    if (size < 512) {
        err = "the base " + path + " is not a regular file or block device of at least 512 bytes";
        close(fd);
        return false;
    }
    if (!base_identity(fd, size, b.ident, err)) {
        err = path + ": " + err;
        close(fd);
        return false;
    }
    b.path = path;
    b.fd = fd;
    b.size = size;
    return true;
}

void close_base(Base& b) {
    if (b.fd >= 0) close(b.fd);
    b.fd = -1;
}

void encode_header(const LayerHeader& h, uint8_t (&out)[kLayerHeaderLen]) {
    std::memset(out, 0, sizeof out);
    std::memcpy(out, kMagic, 8);
    put32(out + 8, h.version);
    put32(out + 12, h.chunk);
    put64(out + 16, h.base_size);
    put64(out + 24, h.base_ident);
    std::memcpy(out + 32, h.mac.data(), 6);
    put64(out + 40, h.created);
    const size_t n = std::min(h.base_path.size(), kMaxBasePath);
    put32(out + 48, uint32_t(n));
    std::memcpy(out + 64, h.base_path.data(), n);
    put64(out + kSumAt, fnv1a(out, kSumAt));
}

bool decode_header(const uint8_t (&in)[kLayerHeaderLen], LayerHeader& h, std::string& err) {
    if (std::memcmp(in, kMagic, 8) != 0) {
        err = "not an aoeboot layer (no AOEBOOTL magic)";
        return false;
    }
    if (get64(in + kSumAt) != fnv1a(in, kSumAt)) {
        err = "the layer header's checksum does not match (corrupt header)";
        return false;
    }
    h.version = get32(in + 8);
    if (h.version != kVersion) {
        err = "layer format version " + std::to_string(h.version) + ", this aoeboot reads " +
              std::to_string(kVersion);
        return false;
    }
    h.chunk = get32(in + 12);
    if (h.chunk != kChunk) {
        err = "layer chunk size " + std::to_string(h.chunk) + ", expected " + std::to_string(kChunk);
        return false;
    }
    h.base_size = get64(in + 16);
    h.base_ident = get64(in + 24);
    std::memcpy(h.mac.data(), in + 32, 6);
    h.created = get64(in + 40);
    const uint32_t n = get32(in + 48);
    if (n > kMaxBasePath) {
        err = "the layer header's base path is too long (corrupt header)";
        return false;
    }
    h.base_path.assign(reinterpret_cast<const char*>(in + 64), n);
    return true;
}

std::string check_base(const LayerHeader& h, const Base& b) {
    if (h.base_size != b.size)
        return "the layer was made on a base of " + std::to_string(h.base_size) + " bytes (" +
               h.base_path + "), the base is now " + std::to_string(b.size) + " bytes (" + b.path + ")";
    if (h.base_ident != b.ident)
        return "the layer was made on another base (" + h.base_path + ", identity differs from " +
               b.path + ")";
    return "";
}

std::string layer_path(const std::string& dir, Address a, const Mac& m) {
    return dir + "/" + format_address(a) + "-" + hex_mac(m) + ".layer";
}

bool layer_name_mac(const std::string& name, Address a, Mac& out) {
    const std::string prefix = format_address(a) + "-";
    if (name.size() != prefix.size() + 12 + 6 || name.rfind(prefix, 0) != 0 ||
        name.compare(name.size() - 6, 6, ".layer") != 0)
        return false;
    auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
    for (size_t i = 0; i < 6; i++) {
        const int hi = hex(name[prefix.size() + 2 * i]), lo = hex(name[prefix.size() + 2 * i + 1]);
        if (hi < 0 || lo < 0) return false;
        out[i] = uint8_t(hi << 4 | lo);
    }
    return true;
}

bool load_map(Layer& l, uint64_t size, std::string& err) {
    const uint64_t chunks = (size + kChunk - 1) / kChunk;
    l.map.assign((chunks + 63) / 64, 0);
    l.used = 0;
    const off_t end = off_t(kLayerHeaderLen + size);
    off_t pos = kLayerHeaderLen;
    while (pos < end) {
        off_t d = lseek(l.fd, pos, SEEK_DATA);
        if (d < 0 && errno == ENXIO) break;  // no data past pos
        if (d < 0) {
            err = l.file + ": SEEK_DATA: " + std::strerror(errno);
            return false;
        }
        if (d >= end) break;
        off_t hole = lseek(l.fd, d, SEEK_HOLE);
        if (hole < 0) {
            err = l.file + ": SEEK_HOLE: " + std::strerror(errno);
            return false;
        }
        hole = std::min(hole, end);
        // A data extent covers whole chunks (first writes store whole
        // chunks); round outwards so that a file system with a smaller
        // block never hides a chunk.
        for (uint64_t c = uint64_t(d - kLayerHeaderLen) / kChunk; c < (uint64_t(hole - kLayerHeaderLen) + kChunk - 1) / kChunk; c++)
            if (!chunk_in(l, c)) chunk_set(l, c), l.used++;
        pos = hole;
    }
    return true;
}

bool open_layer(Layer& l, const std::string& file, const Mac& m, const Base& b, std::string& err) {
    l = Layer{};
    l.mac = m;
    l.file = file;
    int fd = open(file.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return true;
        err = file + ": " + std::strerror(errno);
        return false;
    }
    l.fd = fd;
    l.exists = true;
    uint8_t hdr[kLayerHeaderLen];
    std::string why;
    if (!pread_full(fd, hdr, sizeof hdr, 0)) {
        l.refused = "cannot read the layer header (file shorter than 4096 bytes?)";
        return true;
    }
    if (!decode_header(hdr, l.header, why)) {
        l.refused = why;
        return true;
    }
    if (l.header.mac != m) {
        l.refused = "the layer belongs to " + format_mac(l.header.mac) + ", not " + format_mac(m);
        return true;
    }
    why = check_base(l.header, b);
    if (!why.empty()) {
        l.refused = why;
        l.other_base = true;
        return true;
    }
    return load_map(l, b.size, err);
}

void close_shelf(BaseShelf& shelf) {
    for (auto& b : shelf.open) close_base(*b);
    shelf.open.clear();
}

bool open_layer_on(Layer& l, const std::string& file, const Mac& m, const Base& current, BaseShelf& shelf,
                   std::string& err) {
    if (!open_layer(l, file, m, current, err)) return false;
    l.base = &current;
    if (!l.other_base) return true;
    const std::string& path = l.header.base_path;
    const std::string fix = "; restore that base, or reset the layer ('aoeboot layer reset') to start it "
                            "afresh from the current base " + current.path;
    if (path == current.path) {
        l.refused = "its base " + path + " was changed in place (bases must never be edited: a new image "
                    "gets a new file)" + fix;
        return true;
    }
    const Base* other = nullptr;
    for (auto& b : shelf.open)
        if (b->path == path && check_base(l.header, *b).empty()) other = b.get();
    if (!other) {
        auto b = std::make_unique<Base>();
        std::string why;
        if (!open_base(*b, path, why)) {
            l.refused = "it was made on the base " + path + ", which cannot be opened (" + why + ")" + fix;
            return true;
        }
        why = check_base(l.header, *b);
        if (!why.empty()) {
            close_base(*b);
            l.refused = why + fix;
            return true;
        }
        shelf.open.push_back(std::move(b));
        other = shelf.open.back().get();
    }
    if (other->size != current.size) {
        l.refused = "it was made on the base " + path + " of " + std::to_string(other->size) +
                    " bytes; the export now has " + std::to_string(current.size) + fix;
        return true;
    }
    l.refused.clear();
    l.other_base = false;
    l.base = other;
    return load_map(l, other->size, err);
}

bool create_layer(Layer& l, const std::string& dir, const std::string& file, const Mac& m,
                  const Base& b, std::string& err) {
    const std::string tmp = file + ".tmp";
    int fd = open(tmp.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        err = "cannot create " + tmp + ": " + std::strerror(errno) +
              (errno == ENOENT ? " (create the layer directory " + dir + ")" : "");
        return false;
    }
    LayerHeader h;
    h.base_size = b.size;
    h.base_ident = b.ident;
    h.mac = m;
    h.created = uint64_t(time(nullptr));
    h.base_path = b.path;
    uint8_t hdr[kLayerHeaderLen];
    encode_header(h, hdr);
    iovec v{hdr, sizeof hdr};
    bool ok = pwritev_full(fd, &v, 1, 0) && ftruncate(fd, off_t(kLayerHeaderLen + b.size)) == 0 &&
              fsync(fd) == 0 && rename(tmp.c_str(), file.c_str()) == 0;
    if (!ok || !fsync_dir(dir)) {
        err = "cannot create the layer " + file + ": " + std::strerror(errno);
        close(fd);
        unlink(tmp.c_str());
        return false;
    }
    l.mac = m;
    l.file = file;
    l.fd = fd;
    l.exists = true;
    l.refused.clear();
    l.header = h;
    l.map.assign((b.size / kChunk + 1 + 63) / 64, 0);
    l.used = 0;
    return true;
}

void close_layer(Layer& l) {
    if (l.fd >= 0) close(l.fd);
    l.fd = -1;
}

bool view_read(const Layer& l, const Base& b, uint8_t* out, size_t n, uint64_t off, std::string& err) {
    // Runs of chunks from one source, one pread each.
    while (n) {
        const uint64_t c = off / kChunk;
        const bool mine = l.fd >= 0 && !l.map.empty() && chunk_in(l, c);
        uint64_t end = (c + 1) * kChunk;
        while (end < off + n && (l.fd >= 0 && !l.map.empty() && chunk_in(l, end / kChunk)) == mine) end += kChunk;
        const size_t len = size_t(std::min<uint64_t>(end, off + n) - off);
        if (!(mine ? pread_full(l.fd, out, len, kLayerHeaderLen + off) : pread_full(b.fd, out, len, off))) {
            err = std::string(mine ? "read of the layer " + l.file : "read of the base " + b.path) +
                  " at byte " + std::to_string(off) + ": " + std::strerror(errno);
            return false;
        }
        out += len, off += len, n -= len;
    }
    return true;
}

bool view_write(Layer& l, const Base& b, const uint8_t* data, size_t n, uint64_t off,
                uint64_t cap_chunks, bool* over_cap, std::string& err) {
    *over_cap = false;
    const uint64_t c0 = off / kChunk, c1 = (off + n - 1) / kChunk;
    uint64_t fresh = 0;
    for (uint64_t c = c0; c <= c1; c++) fresh += !chunk_in(l, c);
    if (cap_chunks && l.used + fresh > cap_chunks) {
        *over_cap = true;
        err = "the layer " + l.file + " is at its cap (" + std::to_string(l.used * kChunk) +
              " bytes used of " + std::to_string(cap_chunks * kChunk) + ")";
        return false;
    }
    // A chunk new to the layer is written whole: base data before and after
    // the new sectors, in the same pwritev.
    uint8_t head[kChunk], tail[kChunk];
    iovec v[3];
    int cnt = 0;
    uint64_t start = off;
    const uint64_t head_len = off - c0 * kChunk;
    if (head_len && !chunk_in(l, c0)) {
        start = c0 * kChunk;
        if (!pread_full(b.fd, head, size_t(head_len), start)) goto base_failed;
        v[cnt++] = {head, size_t(head_len)};
    }
    v[cnt++] = {const_cast<uint8_t*>(data), n};
    {
        const uint64_t stop = std::min<uint64_t>((c1 + 1) * kChunk, b.size);
        if (off + n < stop && !chunk_in(l, c1)) {
            const size_t tail_len = size_t(stop - (off + n));
            if (!pread_full(b.fd, tail, tail_len, off + n)) goto base_failed;
            v[cnt++] = {tail, tail_len};
        }
    }
    if (!pwritev_full(l.fd, v, cnt, kLayerHeaderLen + start)) {
        const int e = errno;
        // Not acknowledged: the chunks this write was adding go back to
        // holes, so the view there is the base again and not a chunk cut
        // short with zeros behind the cut.
        for (uint64_t c = c0; c <= c1; c++)
            if (!chunk_in(l, c))
                fallocate(l.fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off_t(kLayerHeaderLen + c * kChunk), kChunk);
        err = "write to the layer " + l.file + " at byte " + std::to_string(off) + ": " + std::strerror(e) +
              (e == ENOSPC ? " (the layer directory's file system is full)" : "");
        return false;
    }
    for (uint64_t c = c0; c <= c1; c++)
        if (!chunk_in(l, c)) chunk_set(l, c), l.used++;
    l.writes++;
    return true;
base_failed:
    err = "read of the base " + b.path + " for a first write at byte " + std::to_string(off) + ": " +
          std::strerror(errno);
    return false;
}

bool export_view(const Layer& l, const Base& b, int fd, std::string& err) {
    std::vector<uint8_t> buf(1 << 20);
    for (uint64_t off = 0; off < b.size;) {
        const size_t n = size_t(std::min<uint64_t>(buf.size(), b.size - off));
        if (!view_read(l, b, buf.data(), n, off, err)) return false;
        iovec v{buf.data(), n};
        if (!pwritev_full(fd, &v, 1, off)) {
            err = std::string("write of the image: ") + std::strerror(errno);
            return false;
        }
        off += n;
    }
    return true;
}

}  // namespace aoe::cow
