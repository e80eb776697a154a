// initiator::Device -> nbd::Backend. See aoe_disk.h.
#include "nbd/aoe_disk.h"

#include <atomic>
#include <cerrno>
#include <memory>
#include <span>
#include <string>

#include "base/log.h"
#include "base/mac.h"
#include "nbd/proto.h"

namespace aoe::nbd {

namespace {

uint32_t to_nbd(int status) {
    switch (status) {
    case 0: return kErrNone;
    case EINVAL: return kEINVAL;
    case EPERM: case EACCES: case EROFS: return kEPERM;
    case ENOSPC: return kENOSPC;
    default: return kEIO;  // ETIMEDOUT (gave up), ECANCELED, target errors
    }
}

}  // namespace

Backend aoe_backend(std::shared_ptr<initiator::Device> dev, bool read_only) {
    Backend b;
    b.size = dev->size();
    b.read_only = read_only;
    b.can_flush = true;
    b.describe = format_address(dev->info().address);
    b.read = [dev](uint64_t off, uint8_t* buf, uint32_t len) -> uint32_t {
        std::string err;
        int st = dev->read(off, std::span<uint8_t>(buf, len), err);
        if (st) log_error("nbd: read %u bytes at %llu: %s", len, (unsigned long long)off, err.c_str());
        return to_nbd(st);
    };
    b.write = [dev](uint64_t off, const uint8_t* buf, uint32_t len) -> uint32_t {
        std::string err;
        int st = dev->write(off, std::span<const uint8_t>(buf, len), err);
        if (st) log_error("nbd: write %u bytes at %llu: %s", len, (unsigned long long)off, err.c_str());
        return to_nbd(st);
    };
    auto warned = std::make_shared<std::atomic<bool>>(false);
    b.flush = [dev, warned]() -> uint32_t {
        std::string err;
        int st = dev->flush(err);
        if (st == EOPNOTSUPP) {
            // vblade and other targets without FLUSH CACHE: they store what
            // they acknowledge, so there is nothing more to wait for (the
            // kernel aoe driver never asks them either). Say so once.
            if (!warned->exchange(true)) log_warn("nbd: %s", err.c_str());
            return kErrNone;
        }
        if (st) log_error("nbd: flush: %s", err.c_str());
        return to_nbd(st);
    };
    // The engine takes whole sectors only; NBD clients may send any bytes.
    return sector_aligned(std::move(b), 512);
}

}  // namespace aoe::nbd
