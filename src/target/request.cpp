#include "target/request.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <linux/fs.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "base/log.h"
#include "base/mapcopy.h"
#include "cow/view.h"
#include "proto/identify.h"
#include "proto/layer_cmd.h"
#include "target/freeze.h"

namespace aoe::target {

namespace {

constexpr uint8_t kSmartReadData = 0xD0, kSmartReadThresholds = 0xD1, kSmartOffline = 0xD4,
                  kSmartEnable = 0xD8, kSmartDisable = 0xD9, kSmartStatus = 0xDA;

std::vector<uint8_t>& new_reply(Outcome& out, size_t size) {
    out.replies.emplace_back(std::max(size, kMinFrameLen));
    return out.replies.back();
}

void shrink(std::vector<uint8_t>& v, size_t n, Outcome& out) {
    if (n == 0) out.replies.pop_back();  // builder refused: nothing sensible to send
    else v.resize(n);
}

// The argument bytes right after the common header, echoed in error replies.
std::span<const uint8_t> arg_bytes(std::span<const uint8_t> f, size_t arg_len) {
    if (f.size() <= kHeaderLen) return {};
    return f.subspan(kHeaderLen, std::min(arg_len, f.size() - kHeaderLen));
}

void aoe_error(Export& e, const Incoming& in, const Header& rq, uint8_t code, size_t arg_len,
               Outcome& out) {
    e.stats.errors++;
    auto& v = new_reply(out, kHeaderLen + arg_len);
    shrink(v, build_error(v, reply_to(rq, in.self), code, arg_bytes(in.frame, arg_len)), out);
}

// An ATA reply: the request's arguments with status (and optional data).
void ata_reply(Export& e, const Incoming& in, const Frame& f, uint8_t status, uint8_t err,
               std::span<const uint8_t> data, Outcome& out, uint8_t count_override = 0,
               bool override_count = false) {
    AtaArgs a = f.ata.args;
    a.cmd_status = status;
    a.err_feature = err;
    if (override_count) a.sector_count = count_override;
    if (status & kAtaStatusErr) e.stats.errors++;
    auto& v = new_reply(out, kAtaHeaderLen + data.size());
    shrink(v, build_ata(v, reply_to(f.header, in.self), a, data), out);
}

void ata_abort(Export& e, const Incoming& in, const Frame& f, Outcome& out) {
    ata_reply(e, in, f, kAtaStatusDrdy | kAtaStatusErr, kAtaErrAbrt, {}, out);
}

void smart_page(uint8_t (&page)[512]) {
    std::memset(page, 0, sizeof page);
    page[0] = 0x10;     // data structure revision
    page[362] = 0x82;   // off-line data collection: completed without error
    page[367] = 0x03;   // off-line capability: immediate supported
    page[368] = 0x03;   // SMART capability: saves data over power cycles
    uint8_t sum = 0;
    for (int i = 0; i < 511; i++) sum = uint8_t(sum + page[i]);
    page[511] = uint8_t(-sum);  // checksum byte: the page sums to zero
}

void handle_smart(Export& e, const Incoming& in, const Frame& f, Outcome& out) {
    const uint8_t sub = f.ata.args.err_feature;
    if (!e.smart_enabled && sub != kSmartEnable) return ata_abort(e, in, f, out);
    // Every SMART reply carries one sector: aoeping reads the registers only
    // from a reply that long, data-returning subcommand or not.
    uint8_t page[512];
    std::memset(page, 0, sizeof page);
    switch (sub) {
        case kSmartReadData:
        case kSmartReadThresholds:
            smart_page(page);
            return ata_reply(e, in, f, kAtaStatusDrdy, 0, page, out);
        case kSmartOffline:
            return ata_reply(e, in, f, kAtaStatusDrdy, 0, page, out);
        case kSmartEnable:
            e.smart_enabled = true;
            return ata_reply(e, in, f, kAtaStatusDrdy, 0, page, out);
        case kSmartDisable:
            e.smart_enabled = false;
            return ata_reply(e, in, f, kAtaStatusDrdy, 0, page, out);
        case kSmartStatus: {
            // LBA mid/high 0x4F/0xC2: no threshold exceeded (0xF4/0x2C would be).
            Frame g = f;
            g.ata.args.lba = (f.ata.args.lba & ~0xFFFF00ull) | (0x4Full << 8) | (0xC2ull << 16);
            return ata_reply(e, in, g, kAtaStatusDrdy, 0, page, out);
        }
        default:
            // SMART logs (read_log/write_log) are not kept: refuse honestly.
            return ata_abort(e, in, f, out);
    }
}

void handle_identify(Export& e, const Incoming& in, const Frame& f, Outcome& out) {
    uint8_t page[kIdentifyLen];
    std::string serial = "AOEBOOT-" + format_address(e.cfg.addr);
    IdentifyInfo info;
    info.sectors = e.sectors;
    info.model = "aoeboot ATA over Ethernet target";
    info.serial = serial;
    info.firmware = "1";
    info.lba48 = true;
    info.write_cache = SyncMode(e.sync.load()) != SyncMode::kAlways;
    build_identify(std::span<uint8_t, kIdentifyLen>(page), info);
    // SMART feature set: word 82 bit 0 supported, word 85 bit 0 enabled
    // (aoeping -S refuses a device without them). Then redo the integrity
    // word: signature 0xA5 in byte 510, byte 511 makes the page sum to zero.
    page[82 * 2] |= 0x01;
    if (e.smart_enabled) page[85 * 2] |= 0x01;
    else page[85 * 2] &= uint8_t(~0x01);
    page[510] = 0xA5;
    uint8_t sum = 0;
    for (size_t i = 0; i < 511; i++) sum = uint8_t(sum + page[i]);
    page[511] = uint8_t(-sum);
    ata_reply(e, in, f, kAtaStatusDrdy, 0, page, out, 0, true);
}

void handle_ata(Export& e, const Incoming& in, const Frame& f, ParseError pe, Outcome& out) {
    const AtaArgs& a = f.ata.args;
    const uint8_t op = a.cmd_status;
    const bool is_read = op == kAtaRead || op == kAtaReadExt;
    const bool is_write = op == kAtaWrite || op == kAtaWriteExt;
    if (pe == ParseError::kAtaCountExceedsPayload || pe == ParseError::kAtaLbaOverflow)
        return ata_abort(e, in, f, out);
    if (is_read || is_write) {
        if (e.dup.seen(f.header.src, f.header.tag, op, a.sector_count, a.address())) e.stats.dups++;
        if (reserved_against(e.access, f.header.src))
            return aoe_error(e, in, f.header, kErrTargetReserved, 12, out);
        const uint64_t n = a.sector_count;
        // LBA28 commands must not mix up E and the opcode: READ EXT needs E.
        const bool ext = op == kAtaReadExt || op == kAtaWriteExt;
        if (ext != a.lba48() || n == 0 || a.address() + n > e.sectors ||
            n > max_sectors(in.mtu) || (is_write && f.ata.data.size() < n * kSectorSize) ||
            (is_write && e.cfg.read_only))
            return ata_abort(e, in, f, out);
        out.io = &e;
        return;
    }
    switch (op) {
        case kAtaFlushCache:
        case kAtaFlushCacheExt:
            out.io = &e;  // through the queue: it must follow the writes before it
            return;
        case kAtaIdentify: return handle_identify(e, in, f, out);
        case kAtaCheckPower:
            return ata_reply(e, in, f, kAtaStatusDrdy, 0, {}, out, 0xFF, true);  // active/idle
        case kAtaSmart: return handle_smart(e, in, f, out);
        default: return ata_abort(e, in, f, out);
    }
}

void config_reply(Export& e, const Incoming& in, const Frame& f, uint8_t error, Outcome& out) {
    ConfigMessage c;
    c.buffer_count = uint16_t(e.cfg.buffers);
    c.firmware = kTargetFirmware;
    c.sector_count = uint8_t(max_sectors(in.mtu));
    c.aoe_version = kVersion;
    c.ccmd = f.config.ccmd;
    c.config = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(e.config_string.data()),
                                        e.config_string.size());
    Header h = reply_to(f.header, in.self);
    h.major = e.cfg.addr.shelf;  // real address, also when asked by broadcast
    h.minor = e.cfg.addr.slot;
    if (error) {
        h.flags |= kFlagError;
        h.error = error;
        e.stats.errors++;
    }
    auto& v = new_reply(out, kConfigHeaderLen + c.config.size());
    shrink(v, build_config(v, h, c), out);
}

void handle_config(Export& e, const Incoming& in, const Frame& f, Outcome& out) {
    const ConfigMessage& c = f.config;
    std::string_view theirs(reinterpret_cast<const char*>(c.config.data()), c.config.size());
    std::string_view ours = e.config_string;
    switch (c.ccmd) {
        case kCfgRead: return config_reply(e, in, f, 0, out);
        case kCfgTestExact:
            if (theirs == ours) config_reply(e, in, f, 0, out);
            return;
        case kCfgTestPrefix:
            if (ours.substr(0, theirs.size()) == theirs) config_reply(e, in, f, 0, out);
            return;
        case kCfgSetIfEmpty:
        case kCfgForceSet:
            // Layered: one string for every client's view; one client must
            // not rename the export for the whole lab. Set it in the config.
            if (e.layers) return config_reply(e, in, f, kErrConfigStringPresent, out);
            if (c.ccmd == kCfgForceSet) {
                e.config_string.assign(theirs);
                return config_reply(e, in, f, 0, out);
            }
            if (!ours.empty() && ours != theirs)
                return config_reply(e, in, f, kErrConfigStringPresent, out);
            e.config_string.assign(theirs);
            return config_reply(e, in, f, 0, out);
    }
}

bool persist(Export& e) {
    if (e.state_file.empty()) return true;
    std::string err;
    if (save_state(e.state_file, e.access, err)) return true;
    log_error("%s: cannot save the mask/reserve state: %s", format_address(e.cfg.addr).c_str(),
              err.c_str());
    return false;
}

void mask_reply(Export& e, const Incoming& in, const Frame& f, uint8_t merror,
                std::span<const MaskDirective> dirs, Outcome& out) {
    if (merror) e.stats.errors++;
    auto& v = new_reply(out, kMaskHeaderLen + dirs.size() * 8);
    shrink(v, build_mask(v, reply_to(f.header, in.self), f.mask.mcmd, merror, dirs), out);
}

void handle_mask(Export& e, const Incoming& in, const Frame& f, Outcome& out) {
    const MaskMessage& m = f.mask;
    std::vector<MaskDirective> echo;
    // Layered: a mask list would let one client lock every other out of
    // its own view. It can be read (it is the config's: empty), not edited.
    if (m.mcmd == kMaskEdit && e.layers) return mask_reply(e, in, f, kMaskErrUnspecified, echo, out);
    if (m.mcmd == kMaskEdit) {
        std::vector<Mac> list = e.access.mask;
        for (size_t i = 0; i < m.count; i++) {
            MaskDirective d = m.directive(i);
            uint8_t merror = 0;
            if (d.dcmd > kDirDelete) {
                merror = kMaskErrBadDirective;
            } else if (d.dcmd == kDirAdd && !mac_in(list, d.mac)) {
                if (list.size() >= kMaxMasks) merror = kMaskErrListFull;
                else list.push_back(d.mac);
            } else if (d.dcmd == kDirDelete) {
                list.erase(std::remove(list.begin(), list.end(), d.mac), list.end());
            }
            if (merror) {
                // The count names the failing directive; nothing is applied.
                for (size_t j = 0; j < i; j++) echo.push_back(m.directive(j));
                return mask_reply(e, in, f, merror, echo, out);
            }
        }
        AccessState before = e.access;
        e.access.mask = list;
        if (!persist(e)) {
            e.access = before;
            return mask_reply(e, in, f, kMaskErrUnspecified, echo, out);
        }
    }
    for (const Mac& mac : e.access.mask) echo.push_back(MaskDirective{kDirNone, mac});
    mask_reply(e, in, f, 0, echo, out);
}

void handle_reserve(Export& e, const Incoming& in, const Frame& f, Outcome& out) {
    const ReserveMessage& r = f.reserve;
    Header h = reply_to(f.header, in.self);
    if (e.layers && (r.rcmd == kResSet || r.rcmd == kResForceSet)) {
        // Layered: each view has one user already; a reservation would only
        // shut the other clients out of their own views.
        return aoe_error(e, in, f.header, kErrBadArgument, 2, out);
    }
    if (r.rcmd == kResSet && reserved_against(e.access, f.header.src)) {
        h.flags |= kFlagError;
        h.error = kErrTargetReserved;
        e.stats.errors++;
    } else if (r.rcmd == kResSet || r.rcmd == kResForceSet) {
        AccessState before = e.access;
        e.access.reserve.clear();
        for (size_t i = 0; i < r.nmacs; i++)
            if (!mac_in(e.access.reserve, r.mac(i))) e.access.reserve.push_back(r.mac(i));
        if (!persist(e)) {
            e.access = before;
            return aoe_error(e, in, f.header, kErrDeviceUnavailable, 2, out);
        }
    }
    auto& v = new_reply(out, kReserveHeaderLen + e.access.reserve.size() * 6);
    shrink(v, build_reserve(v, h, r.rcmd, e.access.reserve), out);
}

bool addressed(const Export& e, const Header& h) {
    return (h.major == kBroadcastMajor || h.major == e.cfg.addr.shelf) &&
           (h.minor == kBroadcastMinor || h.minor == e.cfg.addr.slot);
}

// Full reads and writes, retrying short transfers and EINTR.
bool pread_all(int fd, uint8_t* p, size_t n, uint64_t off) {
    while (n) {
        ssize_t r = pread(fd, p, n, off_t(off));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            if (r == 0) std::memset(p, 0, n);  // past EOF of a growing file: zeros
            return r == 0;
        }
        p += r, n -= size_t(r), off += uint64_t(r);
    }
    return true;
}
// preadv2(RWF_NOWAIT) by system call: musl 1.2.3 has no wrapper. Reads only
// what the page cache holds; fails with EAGAIN instead of waiting for a disk.
ssize_t pread_nowait(int fd, void* p, size_t n, uint64_t off) {
    iovec v{p, n};
    return ssize_t(syscall(SYS_preadv2, fd, &v, 1, long(off), 0L, RWF_NOWAIT));
}

bool pwrite_all(int fd, const uint8_t* p, size_t n, uint64_t off) {
    while (n) {
        ssize_t r = pwrite(fd, p, n, off_t(off));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        p += r, n -= size_t(r), off += uint64_t(r);
    }
    return true;
}

// The reply to a read whose data already sits at buf + 36: the builder would
// move the data onto itself (a full copy in musl's memmove) and pad, so build
// the header alone and put back the bytes the padding overwrote.
size_t read_reply_in_place(uint8_t* buf, const Header& rh, const AtaArgs& r, size_t n) {
    uint8_t keep[kMinFrameLen - kAtaHeaderLen];
    std::memcpy(keep, buf + kAtaHeaderLen, sizeof keep);
    if (build_ata(std::span<uint8_t>(buf, kFrameBufSize), rh, r, {}) == 0) return 0;
    std::memcpy(buf + kAtaHeaderLen, keep, sizeof keep);
    return std::max(kAtaHeaderLen + n, kMinFrameLen);
}

// The reply to a request whose I/O failed: ATA ERR with ABRT, counted.
size_t io_error_reply(Export& e, std::span<uint8_t> out, const Header& rh, AtaArgs r) {
    e.stats.errors++;
    r.cmd_status = kAtaStatusDrdy | kAtaStatusErr;
    r.err_feature = kAtaErrAbrt;
    return build_ata(out, rh, r, {});
}

// A read or write of the mapping that faulted: the file was cut short.
void log_cut_short(const Export& e, const char* what, uint64_t sector) {
    log_error("%s: %s at sector %llu failed: the backing file is shorter than when it was opened",
              format_address(e.cfg.addr).c_str(), what, (unsigned long long)sector);
}

// READ, WRITE and FLUSH of a layered export: the sender's own view. A
// failure (cap, full or missing directory, a refused layer) is an ATA
// error for that request only; cow:: has logged why.
size_t layered_io(Export& e, const Frame& f, uint8_t* buf, const Mac& self) {
    const AtaArgs a = f.ata.args;
    const Header rh = reply_to(f.header, self);
    const uint8_t op = a.cmd_status;
    const size_t n = size_t(a.sector_count) * kSectorSize;
    const uint64_t off = a.address() * kSectorSize;
    const std::span<uint8_t> out(buf, kFrameBufSize);
    const Mac src = f.header.src;
    AtaArgs r = a;
    r.cmd_status = kAtaStatusDrdy;
    r.err_feature = 0;
    const SyncMode sync = SyncMode(e.sync.load());
    if (op == kAtaRead || op == kAtaReadExt) {
        if (cow::set_read(*e.layers, src, buf + kAtaHeaderLen, n, off) != cow::IoResult::kOk)
            return io_error_reply(e, out, rh, r);
        e.stats.reads++;
        e.stats.bytes_read += n;
        return read_reply_in_place(buf, rh, r, n);
    }
    if (op == kAtaWrite || op == kAtaWriteExt) {
        if (cow::set_write(*e.layers, src, f.ata.data.data(), n, off, sync == SyncMode::kAlways) != cow::IoResult::kOk)
            return io_error_reply(e, out, rh, r);
        e.stats.writes++;
        e.stats.bytes_written += n;
        return build_ata(out, rh, r, {});
    }
    if (op == kAtaFlushCache || op == kAtaFlushCacheExt) {
        e.stats.flushes++;
        if (sync != SyncMode::kNone && cow::set_flush(*e.layers, src) != cow::IoResult::kOk)
            return io_error_reply(e, out, rh, r);
        return build_ata(out, rh, r, {});
    }
    return 0;
}

// READ, WRITE and FLUSH of a frozen or thawing export (target/freeze.h),
// called with its freeze lock held: the view of the shadow over the image.
// The sync policy applies to the shadow as to a layer.
size_t frozen_io(Export& e, const Frame& f, uint8_t* buf, const Mac& self) {
    const AtaArgs a = f.ata.args;
    const Header rh = reply_to(f.header, self);
    const uint8_t op = a.cmd_status;
    const size_t n = size_t(a.sector_count) * kSectorSize;
    const uint64_t off = a.address() * kSectorSize;
    const std::span<uint8_t> out(buf, kFrameBufSize);
    AtaArgs r = a;
    r.cmd_status = kAtaStatusDrdy;
    r.err_feature = 0;
    const SyncMode sync = SyncMode(e.sync.load());
    if (op == kAtaRead || op == kAtaReadExt) {
        if (!frozen_read(*e.freeze, buf + kAtaHeaderLen, n, off)) return io_error_reply(e, out, rh, r);
        e.stats.reads++;
        e.stats.bytes_read += n;
        return read_reply_in_place(buf, rh, r, n);
    }
    if (op == kAtaWrite || op == kAtaWriteExt) {
        if (sync == SyncMode::kAlways) e.stats.syncs++;
        if (!frozen_write(*e.freeze, f.ata.data.data(), n, off, sync == SyncMode::kAlways))
            return io_error_reply(e, out, rh, r);
        e.stats.writes++;
        e.stats.bytes_written += n;
        return build_ata(out, rh, r, {});
    }
    if (op == kAtaFlushCache || op == kAtaFlushCacheExt) {
        e.stats.flushes++;
        if (sync != SyncMode::kNone) {
            e.stats.syncs++;
            if (!frozen_flush(*e.freeze)) return io_error_reply(e, out, rh, r);
        }
        return build_ata(out, rh, r, {});
    }
    return 0;
}

// Vendor command 0xF1 (proto/layer_cmd.h): the sender resets its own layer
// at boot. Only ever the sender's source MAC; only for layers = fresh.
// Runs here, on the receive thread: an unlink and a directory sync, once
// per client boot, before the client has any I/O queued.
bool handle_layer_cmd(Export& e, const Incoming& in, const Frame& f, Outcome& out) {
    uint8_t op = 0, status = 0;
    if (!parse_layer_cmd(in.frame, f.header, op, status) || op != kLayerOpReset) return false;
    uint8_t st = kLayerNotLayered;
    if (e.layers) {
        std::string err;
        switch (cow::set_reset(*e.layers, f.header.src, true, err)) {
            case cow::ResetResult::kReset: st = kLayerReset; break;
            case cow::ResetResult::kNothing: st = kLayerNothing; break;
            case cow::ResetResult::kPersistent: st = kLayerPersistent; break;
            case cow::ResetResult::kFailed:
                st = kLayerFailed;
                e.stats.errors++;
                log_error("%s: %s asked to reset its layer: %s", format_address(e.cfg.addr).c_str(),
                          format_mac(f.header.src).c_str(), err.c_str());
                break;
        }
    }
    Header h = reply_to(f.header, in.self);
    h.major = e.cfg.addr.shelf;
    h.minor = e.cfg.addr.slot;
    auto& v = new_reply(out, kMinFrameLen);
    shrink(v, build_layer_cmd(v, h, kLayerOpReset, st), out);
    return true;
}

}  // namespace

unsigned max_sectors(unsigned mtu) {
    return std::min({sectors_for_mtu(mtu), kMaxSectorsBuf, 255u});
}

void handle_frame(std::span<Export* const> exports, const Incoming& in, Outcome& out) {
    out.clear();
    Frame& f = out.frame;
    const ParseError pe = parse(in.frame, f);
    if (pe == ParseError::kTooShort || pe == ParseError::kNotAoe) return;
    const Header& h = f.header;
    if (h.is_response()) return;  // another target's reply, not for us
    const bool broadcast = h.is_broadcast_address();
    for (Export* ep : exports) {
        Export& e = *ep;
        if (!addressed(e, h)) continue;
        std::lock_guard<std::mutex> hold(e.mu);
        if (!access_allowed(e.cfg.allow, e.access, h.src)) {
            e.stats.denied++;
            continue;
        }
        if (broadcast) {
            // Only discovery may be broadcast; a broadcast write could hit
            // every export at once.
            if (pe == ParseError::kOk && h.command == kCmdConfig) {
                e.stats.requests++;
                handle_config(e, in, f, out);
            }
            continue;
        }
        e.stats.requests++;
        switch (pe) {
            case ParseError::kOk: break;
            case ParseError::kBadVersion: return aoe_error(e, in, h, kErrUnsupportedVersion, 0, out);
            case ParseError::kReservedFlags: return aoe_error(e, in, h, kErrBadArgument, 0, out);
            case ParseError::kVendorCommand:
                if (handle_layer_cmd(e, in, f, out)) return;
                return aoe_error(e, in, h, kErrUnrecognizedCommand, 0, out);
            case ParseError::kUnknownCommand:
                return aoe_error(e, in, h, kErrUnrecognizedCommand, 0, out);
            case ParseError::kAtaCountExceedsPayload:
            case ParseError::kAtaLbaOverflow: return handle_ata(e, in, f, pe, out);
            case ParseError::kMaskBadDirective: return handle_mask(e, in, f, out);
            case ParseError::kConfigBadVersion:
                return aoe_error(e, in, h, kErrUnsupportedVersion, 8, out);
            default: {
                // Truncated or inconsistent arguments.
                size_t arg = h.command == kCmdAta ? 12 : h.command == kCmdConfig ? 8
                           : h.command == kCmdMaskList ? 4 : 2;
                return aoe_error(e, in, h, kErrBadArgument, arg, out);
            }
        }
        switch (h.command) {
            case kCmdAta: return handle_ata(e, in, f, pe, out);
            case kCmdConfig: return handle_config(e, in, f, out);
            case kCmdMaskList: return handle_mask(e, in, f, out);
            case kCmdReserve: return handle_reserve(e, in, f, out);
        }
        return;
    }
}

size_t execute_io(Export& e, uint8_t* buf, size_t len, const Mac& self, uint8_t* bounce,
                  bool nowait, bool* blocked, const uint8_t** mapped, bool* sync_later) {
    Frame f;
    if (parse(std::span<const uint8_t>(buf, len), f) != ParseError::kOk) {
        if (mapped) *mapped = nullptr;
        return 0;
    }
    return execute_io(e, f, buf, self, bounce, nowait, blocked, mapped, sync_later);
}

size_t execute_io(Export& e, const Frame& f, uint8_t* buf, const Mac& self, uint8_t* bounce,
                  bool nowait, bool* blocked, const uint8_t** mapped, bool* sync_later) {
    if (mapped) *mapped = nullptr;
    const AtaArgs a = f.ata.args;
    if (e.layers) {
        if (nowait) {  // the worker does it: a first write may create a file
            *blocked = true;
            return 0;
        }
        return layered_io(e, f, buf, self);
    }
    // A freezable export (Freeze::mu): its writes and flushes hold the
    // freeze lock to the end of their store, so a freeze never falls
    // between a write's look at the state and its pwrite; frozen or
    // thawing, all its I/O is the shadow's, on the worker (never on the
    // receive thread's nowait path). A read of an export that is not
    // frozen takes no lock: one racing with a freeze runs alongside the
    // writes after it, and may see the image from before them.
    std::unique_lock<std::mutex> cut;
    if (e.freeze) {
        const bool is_read = a.cmd_status == kAtaRead || a.cmd_status == kAtaReadExt;
        const bool active = freeze_state(*e.freeze) != FreezeState::kOff;
        if (nowait) {
            if (active) {
                *blocked = true;
                return 0;
            }
        } else if (!is_read || active) {
            cut = std::unique_lock<std::mutex>(e.freeze->mu);
            if (freeze_state(*e.freeze) != FreezeState::kOff) return frozen_io(e, f, buf, self);
            if (is_read) cut.unlock();
        }
    }
    if (nowait && !e.memory_backed) {
        const bool is_read = a.cmd_status == kAtaRead || a.cmd_status == kAtaReadExt;
        const size_t bytes = size_t(a.sector_count) * kSectorSize;
        // Only a read the page cache can satisfy in full is done here.
        if (e.direct || !is_read ||
            pread_nowait(e.fd, buf + kAtaHeaderLen, bytes, e.base + a.address() * kSectorSize) != ssize_t(bytes)) {
            *blocked = true;
            return 0;
        }
        e.stats.reads++;
        e.stats.bytes_read += bytes;
        AtaArgs r = a;
        r.cmd_status = kAtaStatusDrdy;
        r.err_feature = 0;
        return read_reply_in_place(buf, reply_to(f.header, self), r, bytes);
    }
    const Header rh = reply_to(f.header, self);
    const uint8_t op = a.cmd_status;
    const size_t n = size_t(a.sector_count) * kSectorSize;
    const uint64_t off = e.base + a.address() * kSectorSize;
    const std::span<uint8_t> out(buf, kFrameBufSize);
    AtaArgs r = a;
    r.cmd_status = kAtaStatusDrdy;
    r.err_feature = 0;
    bool ok = true;
    if ((op == kAtaRead || op == kAtaReadExt) && mapped && e.map && n >= kMinFrameLen - kAtaHeaderLen &&
        off + n <= e.map_len) {
        // The header here, the data from the mapping when the frame is sent.
        if (build_ata(out, rh, r, {}) == 0) return 0;
        e.stats.reads++;
        e.stats.bytes_read += n;
        *mapped = e.map + off;
        return kAtaHeaderLen + n;
    }
    if (op == kAtaRead || op == kAtaReadExt) {
        uint8_t* data = buf + kAtaHeaderLen;
        if (e.null_backing) {
            std::memset(data, 0, n);
        } else if (e.direct && bounce) {
            ok = pread_all(e.fd, bounce, n, off);
            if (ok) std::memcpy(data, bounce, n);
        } else {
            ok = pread_all(e.fd, data, n, off);
        }
        if (ok) {
            e.stats.reads++;
            e.stats.bytes_read += n;
            return read_reply_in_place(buf, rh, r, n);
        }
    } else if (op == kAtaWrite || op == kAtaWriteExt) {
        const uint8_t* data = f.ata.data.data();
        if (mapped && e.map_writable && off + n <= e.map_len) {
            // Receive thread, file mapped: a copy stores it (see Export::map).
            if (!copy_to_mapping(e.map + off, data, n)) {
                log_cut_short(e, "write", a.address());
                return io_error_reply(e, out, rh, r);
            }
            e.map_dirty = true;
        } else if (!e.null_backing) {
            if (e.direct && bounce) {
                std::memcpy(bounce, data, n);
                data = bounce;
            }
            ok = pwrite_all(e.fd, data, n, off);
        }
        if (ok && !e.null_backing && SyncMode(e.sync.load()) == SyncMode::kAlways) {
            if (sync_later) {
                *sync_later = true;
            } else {
                e.stats.syncs++;
                ok = fdatasync(e.fd) == 0;
            }
        }
        if (ok) {
            e.stats.writes++;
            e.stats.bytes_written += n;
            return build_ata(out, rh, r, {});
        }
    } else if (op == kAtaFlushCache || op == kAtaFlushCacheExt) {
        if (!e.null_backing && SyncMode(e.sync.load()) != SyncMode::kNone) {
            e.stats.syncs++;
            ok = fdatasync(e.fd) == 0;
        }
        e.stats.flushes++;
        if (ok) return build_ata(out, rh, r, {});
    } else {
        return 0;
    }
    // The store failed: say so; never acknowledge what is not stored.
    const int err = errno;
    log_error("%s: %s at byte %llu failed: %s", format_address(e.cfg.addr).c_str(),
              op == kAtaRead || op == kAtaReadExt ? "read" : op == kAtaFlushCache || op == kAtaFlushCacheExt ? "flush" : "write",
              (unsigned long long)off, std::strerror(err));
    return io_error_reply(e, out, rh, r);
}

bool sync_batch(Export& e, std::span<uint8_t* const> replies) {
    e.stats.syncs++;
    if (fdatasync(e.fd) == 0) return true;
    const int err = errno;
    log_error("%s: flushing %zu writes to disk failed: %s; they are answered with an error",
              format_address(e.cfg.addr).c_str(), replies.size(), std::strerror(err));
    for (uint8_t* buf : replies) {
        Frame f;
        if (parse(std::span<const uint8_t>(buf, kMinFrameLen), f) != ParseError::kOk) continue;
        e.stats.writes--;
        e.stats.bytes_written -= uint64_t(f.ata.args.sector_count) * kSectorSize;
        io_error_reply(e, std::span<uint8_t>(buf, kFrameBufSize), f.header, f.ata.args);
    }
    return false;
}

size_t mapped_read_failed(Export& e, uint8_t* buf, size_t data_len) {
    Frame f;
    if (parse(std::span<const uint8_t>(buf, kMinFrameLen), f) != ParseError::kOk) return 0;
    log_cut_short(e, "read", f.ata.args.address());
    e.stats.reads--;
    e.stats.bytes_read -= data_len;
    return io_error_reply(e, std::span<uint8_t>(buf, kFrameBufSize), f.header, f.ata.args);
}

}  // namespace aoe::target
