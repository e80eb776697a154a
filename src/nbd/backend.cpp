// Disks for the NBD side: a file, and the sector-alignment wrapper.
#include "nbd/backend.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <linux/fs.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <shared_mutex>
#include <vector>

#include "nbd/proto.h"

namespace aoe::nbd {

namespace {

uint32_t errno_to_nbd(int e) {
    switch (e) {
    case EPERM: case EACCES: case EROFS: return kEPERM;
    case ENOSPC: case EDQUOT: case EFBIG: return kENOSPC;
    case ENOMEM: return kENOMEM;
    case EINVAL: return kEINVAL;
    default: return kEIO;
    }
}

struct FileHandle {
    int fd = -1;
    ~FileHandle() {
        if (fd >= 0) close(fd);
    }
};

}  // namespace

bool open_file_backend(const std::string& path, bool read_only, Backend& out, std::string& err) {
    auto h = std::make_shared<FileHandle>();
    h->fd = open(path.c_str(), (read_only ? O_RDONLY : O_RDWR) | O_CLOEXEC);
    if (h->fd < 0) {
        err = "open " + path + ": " + std::strerror(errno);
        return false;
    }
    struct stat st {};
    if (fstat(h->fd, &st) != 0) {
        err = "stat " + path + ": " + std::strerror(errno);
        return false;
    }
    uint64_t size = uint64_t(st.st_size);
    if (S_ISBLK(st.st_mode) && ioctl(h->fd, BLKGETSIZE64, &size) != 0) {
        err = "BLKGETSIZE64 " + path + ": " + std::strerror(errno);
        return false;
    }
    out = Backend{};
    out.size = size;
    out.read_only = read_only;
    out.can_flush = true;
    out.describe = path;
    out.read = [h](uint64_t off, uint8_t* buf, uint32_t len) -> uint32_t {
        while (len > 0) {
            ssize_t n = pread(h->fd, buf, len, off_t(off));
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return errno_to_nbd(errno);
            if (n == 0) return kEIO;  // file shrank under us
            buf += n, off += uint64_t(n), len -= uint32_t(n);
        }
        return kErrNone;
    };
    out.write = [h](uint64_t off, const uint8_t* buf, uint32_t len) -> uint32_t {
        while (len > 0) {
            ssize_t n = pwrite(h->fd, buf, len, off_t(off));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return errno_to_nbd(n < 0 ? errno : ENOSPC);
            buf += n, off += uint64_t(n), len -= uint32_t(n);
        }
        return kErrNone;
    };
    out.flush = [h]() -> uint32_t { return fdatasync(h->fd) == 0 ? kErrNone : errno_to_nbd(errno); };
    return true;
}

Backend sector_aligned(Backend inner, uint32_t sector) {
    auto lock = std::make_shared<std::shared_mutex>();
    auto in = std::make_shared<Backend>(std::move(inner));
    Backend b;
    b.size = in->size;
    b.read_only = in->read_only;
    b.can_flush = in->can_flush;
    b.describe = in->describe;
    b.flush = [in]() { return in->flush(); };
    b.read = [in, lock, sector](uint64_t off, uint8_t* buf, uint32_t len) -> uint32_t {
        std::shared_lock g(*lock);
        if (off % sector == 0 && len % sector == 0) return in->read(off, buf, len);
        uint64_t start = off / sector * sector;
        uint64_t end = (off + len + sector - 1) / sector * sector;
        if (end > in->size) return kEINVAL;  // a disk of whole sectors never ends mid-sector
        std::vector<uint8_t> tmp(end - start);
        uint32_t e = in->read(start, tmp.data(), uint32_t(tmp.size()));
        if (e == kErrNone) std::memcpy(buf, tmp.data() + (off - start), len);
        return e;
    };
    b.write = [in, lock, sector](uint64_t off, const uint8_t* buf, uint32_t len) -> uint32_t {
        if (off % sector == 0 && len % sector == 0) {
            std::shared_lock g(*lock);
            return in->write(off, buf, len);
        }
        // Read-modify-write of the partial edge sectors, alone on the disk.
        std::unique_lock g(*lock);
        uint64_t start = off / sector * sector;
        uint64_t end = (off + len + sector - 1) / sector * sector;
        if (end > in->size) return kENOSPC;
        std::vector<uint8_t> tmp(end - start);
        uint32_t e = in->read(start, tmp.data(), sector);
        if (e == kErrNone && end - start > sector)
            e = in->read(end - sector, tmp.data() + tmp.size() - sector, sector);
        if (e != kErrNone) return e;
        std::memcpy(tmp.data() + (off - start), buf, len);
        return in->write(start, tmp.data(), uint32_t(tmp.size()));
    };
    return b;
}

}  // namespace aoe::nbd
