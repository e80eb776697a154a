#include "target/freeze.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/log.h"
#include "base/utc.h"
#include "cow/view.h"
#include "target/export.h"

namespace aoe::target {

namespace {

// A third header mark, written after the last batch and before the unlink:
// should a power cut bring the unlinked file back, it is known as a thaw
// that completed (every chunk is in the synced image) and is removed at
// open instead of being laid over writes the image got after the thaw.
constexpr Mac kShadowMerged = {0, 0, 0, 0, 0, 2};

uint64_t now_s() { return uint64_t(time(nullptr)); }

std::string iso(uint64_t t) { return format_utc(int64_t(t), 'T'); }

std::string dir_of(const std::string& path) {
    const size_t s = path.rfind('/');
    if (s == std::string::npos) return ".";
    return s == 0 ? "/" : path.substr(0, s);
}

bool fsync_dir(const std::string& dir) {
    int d = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (d < 0) return false;
    const bool ok = fsync(d) == 0;
    close(d);
    return ok;
}

bool pwrite_all(int fd, const uint8_t* p, size_t n, uint64_t off) {
    iovec v{const_cast<uint8_t*>(p), n};
    return cow::pwritev_full(fd, &v, 1, off);
}

std::string name(const Freeze& f) { return format_address(f.addr); }

bool bit(const std::vector<uint64_t>& m, uint64_t c) { return (m[c / 64] >> (c % 64)) & 1; }

uint64_t chunks_of(const Freeze& f) { return (f.base.size + cow::kChunk - 1) / cow::kChunk; }
size_t chunk_len(const Freeze& f, uint64_t c) {
    return size_t(std::min<uint64_t>(cow::kChunk, f.base.size - c * cow::kChunk));
}

// Rewrites the shadow's header with mark `m`, synced. Called with mu held.
bool mark(Freeze& f, const Mac& m, std::string& err) {
    cow::LayerHeader h = f.layer.header;
    h.mac = m;
    uint8_t hdr[cow::kLayerHeaderLen];
    cow::encode_header(h, hdr);
    if (!pwrite_all(f.layer.fd, hdr, sizeof hdr, 0) || fdatasync(f.layer.fd) != 0) {
        err = "cannot write the header of " + f.shadow + ": " + std::strerror(errno);
        return false;
    }
    f.layer.header = h;
    return true;
}

// Opens an existing shadow at open_export. Its header must be ours and of
// the image's size; a shadow still marked frozen must also match the image's
// identity, since nothing may write the image while frozen (a thawing one
// no longer can: the thaw has written to the image).
bool open_shadow(Freeze& f, bool& thawing, bool& merged, std::string& err) {
    const std::string keep = "; it holds the writes made while " + name(f) +
                             " was frozen: move it away only once you know they are not needed";
    int fd = open(f.shadow.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        err = "cannot open " + f.shadow + ": " + std::strerror(errno) + keep;
        return false;
    }
    uint8_t hdr[cow::kLayerHeaderLen];
    cow::LayerHeader h;
    std::string why;
    if (!cow::pread_full(fd, hdr, sizeof hdr, 0)) why = "cannot read its header (shorter than 4096 bytes?)";
    else if (!cow::decode_header(hdr, h, why)) {}
    else if (h.base_size != f.base.size)
        why = "it was made for an image of " + std::to_string(h.base_size) + " bytes, " + f.image + " serves " +
              std::to_string(f.base.size) + " now; give the image back its size";
    else if (h.mac != kShadowFrozen && h.mac != kShadowThawing && h.mac != kShadowMerged)
        why = "it is not a freeze's shadow (its header names the client " + format_mac(h.mac) + ")";
    if (!why.empty()) {
        close(fd);
        err = f.shadow + ": " + why + keep;
        return false;
    }
    merged = h.mac == kShadowMerged;
    if (merged) {
        // A finished thaw whose unlink did not survive a power cut.
        close(fd);
        return true;
    }
    thawing = h.mac == kShadowThawing;
    if (!thawing) {
        uint64_t ident = 0;
        if (!cow::base_identity(f.base.fd, f.base.size, ident, why)) {
            close(fd);
            err = f.image + ": " + why;
            return false;
        }
        if (ident != h.base_ident) {
            close(fd);
            err = f.image + " was changed while " + name(f) + " was frozen (it is not the image " + f.shadow +
                  " was made on): its writes cannot be laid over another image; restore the image as it was at the "
                  "freeze (" + iso(h.created) + "), then start aoeboot serve and thaw";
            return false;
        }
    }
    f.base.ident = h.base_ident;
    f.layer = cow::Layer{};
    f.layer.mac = h.mac;
    f.layer.file = f.shadow;
    f.layer.fd = fd;
    f.layer.exists = true;
    f.layer.header = h;
    if (!cow::load_map(f.layer, f.base.size, err)) {
        cow::close_layer(f.layer);
        return false;
    }
    f.since = h.created;
    return true;
}

bool rate_ok(Freeze& f) {
    const uint64_t t = now_s();
    if (f.log_at && t < f.log_at + 10) return false;
    f.log_at = t;
    return true;
}

void publish(Freeze& f) {
    f.shown_chunks.store(f.layer.used, std::memory_order_relaxed);
    f.shown_merged.store(f.merged, std::memory_order_relaxed);
}

// Copies chunk c from the shadow to the image through `buf`.
bool copy_chunk(Freeze& f, uint64_t c, uint8_t* buf, std::string& err) {
    const size_t len = chunk_len(f, c);
    if (!cow::pread_full(f.layer.fd, buf, len, cow::kLayerHeaderLen + c * cow::kChunk)) {
        err = "read of " + f.shadow + " at chunk " + std::to_string(c) + ": " + std::strerror(errno);
        return false;
    }
    if (!pwrite_all(f.base.fd, buf, len, c * cow::kChunk)) {
        err = "write of " + f.image + " at byte " + std::to_string(c * cow::kChunk) + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

// Takes up to `max` pending chunks from the cursor on, clearing their bits.
void pick(Freeze& f, uint64_t max, std::vector<uint64_t>& out) {
    const uint64_t n = chunks_of(f);
    for (uint64_t seen = 0; seen < n && out.size() < max && f.pending_n;) {
        const uint64_t c = f.cursor;
        if (c % 64 == 0 && f.pending[c / 64] == 0 && n - c >= 64) {  // a word with nothing: skip it
            f.cursor = (c + 64) % n;
            seen += 64;
            continue;
        }
        f.cursor = (c + 1) % n;
        seen++;
        if (!bit(f.pending, c)) continue;
        f.pending[c / 64] &= ~(uint64_t(1) << (c % 64));
        f.pending_n--;
        out.push_back(c);
    }
}

// The thaw went wrong: the export stays frozen (writes go on to the
// shadow, which still holds every chunk; what was copied to the image is
// copied again by the next thaw). Called with mu held.
ThawStep thaw_failed(Freeze& f, const std::string& why) {
    f.state.store(uint8_t(FreezeState::kFrozen), std::memory_order_release);
    f.last = "thaw failed: " + why + "; " + name(f) + " stays frozen (writes go to " + f.shadow +
             "): fix that and run 'aoeboot thaw " + name(f) + "' again";
    log_error("%s: %s", name(f).c_str(), f.last.c_str());
    return ThawStep::kFailed;
}

void thaw_thread(Freeze* f) {
    while (thaw_step(*f) == ThawStep::kMore) {}
}

}  // namespace

Freeze::~Freeze() {
    stop = true;
    if (thawer.joinable()) thawer.join();
    cow::close_layer(layer);
    if (base.fd >= 0) close(base.fd);
}

std::string freeze_refusal(const Export& e, unsigned st_mode) {
    const std::string n = format_address(e.cfg.addr);
    const std::string& p = e.cfg.path;
    if (e.cfg.layered)
        return n + " is a layered export: every client already writes to a layer of its own and the base is never "
                   "written; copy a client's disk with 'aoeboot layer export " + n + " MAC IMAGE' (or 'commit')";
    if (e.null_backing) return n + " has no backing store (null:): there is nothing to copy";
    if (e.cfg.read_only) return n + " is read-only: nothing writes to " + p + ", copy it as it is";
    if (S_ISBLK(st_mode))
        return p + " is a block device: a shadow file cannot be put next to it; take an LVM snapshot "
                   "(lvcreate --snapshot) or use DRBD to copy it consistently";
    if (!S_ISREG(st_mode)) return p + " is not a regular file";
    if (e.direct)
        return n + " has direct = yes: freeze does not support O_DIRECT exports (the shadow is read and written "
                   "through the page cache); set direct = no to freeze it";
    if (e.cfg.offset || e.cfg.length)
        return n + " serves a slice of " + p + " (offset/length): freeze covers whole files only; copy the slice "
                   "with its clients stopped, or serve the whole file";
    if (e.memory_backed)
        return p + " is in memory (tmpfs/ramfs): the receive thread stores writes straight into its mapping, "
                   "where no shadow can catch them; stop its clients and copy it (memory is fast), or keep the "
                   "image on a disk file system to freeze it";
    return "";
}

bool freeze_open(Export& e, unsigned st_mode, std::string& err) {
    const std::string why = freeze_refusal(e, st_mode);
    e.freeze_no = why;
    if (e.null_backing) return true;
    const std::string shadow = e.cfg.path + ".shadow";
    struct stat st{};
    const bool there = stat(shadow.c_str(), &st) == 0;
    if (!why.empty()) {
        if (there)
            err = shadow + " exists: " + format_address(e.cfg.addr) + " was frozen and that file holds the writes "
                  "made since, but " + why + ". Serve it again as it was when frozen (a read-write file, no direct, "
                  "offset or length), then 'aoeboot thaw " + format_address(e.cfg.addr) + "'";
        return !there;
    }
    auto f = std::make_shared<Freeze>();
    f->addr = e.cfg.addr;
    f->image = e.cfg.path;
    f->shadow = shadow;
    f->dir = dir_of(e.cfg.path);
    // Our own descriptor of the image: a control thread may still hold the
    // Freeze after the export closed its own.
    f->base.fd = fcntl(e.fd, F_DUPFD_CLOEXEC, 0);
    if (f->base.fd < 0) {
        err = format_address(e.cfg.addr) + ": dup: " + std::strerror(errno);
        return false;
    }
    f->base.path = e.cfg.path;
    f->base.size = e.sectors * 512;
    if (there) {
        bool thawing = false, merged = false;
        if (!open_shadow(*f, thawing, merged, err)) {
            err = format_address(e.cfg.addr) + ": " + err;
            return false;
        }
        if (merged) {
            unlink(shadow.c_str());
            fsync_dir(f->dir);
            log_info("%s: removed %s: it is what remained of a completed thaw (all of it is in %s)",
                     format_address(e.cfg.addr).c_str(), shadow.c_str(), f->image.c_str());
        } else {
            f->state.store(uint8_t(FreezeState::kFrozen));
            publish(*f);
            log_warn("%s: frozen since %s: %s holds %llu chunk(s) written since; %s%s; 'aoeboot thaw %s' merges "
                     "them back",
                     format_address(e.cfg.addr).c_str(), iso(f->since).c_str(), shadow.c_str(),
                     (unsigned long long)f->layer.used, thawing ? "a thaw was cut short, " : "",
                     thawing ? "the image holds part of the merge" : (f->image + " is as it was at the freeze").c_str(),
                     format_address(e.cfg.addr).c_str());
        }
    }
    e.freeze = std::move(f);
    return true;
}

std::string writer_of_same_file(const Export& e, const std::vector<const Export*>& all) {
    if (!e.file_ino) return "";
    for (const Export* o : all)
        if (o != &e && o->file_ino == e.file_ino && o->file_dev == e.file_dev && !o->cfg.read_only && !o->layers)
            return format_address(o->cfg.addr);
    return "";
}

void freeze_close(Freeze& f) {
    std::lock_guard<std::mutex> one(f.cmd);
    f.stop = true;
    if (f.thawer.joinable()) f.thawer.join();
    std::lock_guard<std::mutex> g(f.mu);
    if (f.closed) return;
    f.closed = true;
    if (freeze_state(f) != FreezeState::kOff)
        log_info("%s: still frozen: %s is kept; the export opens frozen when it is served again", name(f).c_str(),
                 f.shadow.c_str());
    cow::close_layer(f.layer);
}

std::string freeze_command(Freeze& f) {
    std::lock_guard<std::mutex> one(f.cmd);
    const std::string n = name(f);
    auto busy = [&]() -> std::string {
        if (f.closed) return "error: " + n + " is being closed or reloaded; try again\n";
        if (freeze_state(f) == FreezeState::kFrozen)
            return "error: " + n + " is already frozen (since " + iso(f.since) + ", writes go to " + f.shadow +
                   "): copy " + f.image + ", then 'aoeboot thaw " + n + "'\n";
        if (freeze_state(f) == FreezeState::kThawing)
            return "error: " + n + " is thawing (merged " + std::to_string(f.merged) + " of " +
                   std::to_string(f.thaw_total) + " chunks); wait for it to finish, then freeze again\n";
        return "";
    };
    {
        std::lock_guard<std::mutex> g(f.mu);
        if (std::string b = busy(); !b.empty()) return b;
    }
    std::string err;
    if (!cow::check_mount(f.dir, "the image's directory", err)) return "error: cannot freeze " + n + ": " + err + "\n";
    // Most of the image's dirty pages are written out here, before the
    // export's writes are held: the sync under the lock is then short.
    fdatasync(f.base.fd);
    std::lock_guard<std::mutex> g(f.mu);
    if (std::string b = busy(); !b.empty()) return b;
    // The cut. Every write stored so far went to the image (a write holds
    // mu from its check to its store); from the state change on, every
    // write goes to the shadow. The image is synced first, so what it
    // holds at the cut is on disk before the freeze is reported done.
    if (fdatasync(f.base.fd) != 0)
        return "error: cannot freeze " + n + ": fdatasync of " + f.image + ": " + std::strerror(errno) +
               "; not frozen\n";
    if (!cow::base_identity(f.base.fd, f.base.size, f.base.ident, err))
        return "error: cannot freeze " + n + ": " + f.image + ": " + err + "; not frozen\n";
    cow::Layer l;
    if (!cow::create_layer(l, f.dir, f.shadow, kShadowFrozen, f.base, err))
        return "error: cannot freeze " + n + ": " + err + "; not frozen\n";
    // The allocation map is the shadow's extent map: its file system must
    // show the fresh file as a hole.
    const off_t d = lseek(l.fd, cow::kLayerHeaderLen, SEEK_DATA);
    if (d >= 0 && d < off_t(cow::kLayerHeaderLen + f.base.size)) {
        cow::close_layer(l);
        unlink(f.shadow.c_str());
        fsync_dir(f.dir);
        return "error: cannot freeze " + n + ": the file system of " + f.dir +
               " does not report holes (SEEK_DATA/SEEK_HOLE), which the shadow needs; keep the image on ext4, xfs "
               "or btrfs\n";
    }
    f.layer = std::move(l);
    f.since = f.layer.header.created;
    f.last.clear();
    f.merged = 0;
    publish(f);
    f.state.store(uint8_t(FreezeState::kFrozen), std::memory_order_release);
    log_info("%s: frozen: writes go to %s; %s does not change until it is thawed: copy it now", n.c_str(),
             f.shadow.c_str(), f.image.c_str());
    return "frozen " + n + ": writes go to " + f.shadow + "; " + f.image + " does not change until 'aoeboot thaw " +
           n + "': copy it now\n";
}

bool thaw_begin(Freeze& f, std::string& msg) {
    std::lock_guard<std::mutex> g(f.mu);
    const std::string n = name(f);
    if (f.closed) {
        msg = "error: " + n + " is being closed or reloaded; try again\n";
        return false;
    }
    if (freeze_state(f) == FreezeState::kOff) {
        msg = "error: " + n + " is not frozen\n";
        return false;
    }
    if (freeze_state(f) == FreezeState::kThawing) {
        msg = "error: " + n + " is already thawing (merged " + std::to_string(f.merged) + " of " +
              std::to_string(f.thaw_total) + " chunks)\n";
        return false;
    }
    // Marked before the image is first written: a shadow found at start
    // that is marked thawing is not checked against the image's identity.
    std::string err;
    if (!mark(f, kShadowThawing, err)) {
        msg = "error: cannot thaw " + n + ": " + err + "; it stays frozen\n";
        return false;
    }
    f.pending = f.layer.map;
    f.pending_n = f.layer.used;
    f.thaw_total = f.layer.used;
    f.merged = 0;
    f.cursor = 0;
    f.passes = 0;
    f.started = std::chrono::steady_clock::now();
    f.last.clear();
    f.stop = false;
    publish(f);
    f.shown_total.store(f.thaw_total, std::memory_order_relaxed);
    f.state.store(uint8_t(FreezeState::kThawing), std::memory_order_release);
    log_info("%s: thawing: merging %llu chunk(s) of %s into %s", n.c_str(), (unsigned long long)f.thaw_total,
             f.shadow.c_str(), f.image.c_str());
    msg = "thawing " + n + ": " + std::to_string(f.thaw_total) + " chunk(s) to merge into " + f.image + "\n";
    return true;
}

// Why writes keep going to the shadow until the last batch (and not to the
// image with the chunks they touch dropped from the shadow): the shadow
// then stays the one place that holds the newest data of each of its
// chunks for the whole thaw, the image only ever receives copies of it,
// and a kill -9 or a failure at any point leaves the export frozen with
// nothing to undo. A chunk written after it was copied is marked pending
// again and copied again. The last batch runs with the export's I/O held
// (mu): it copies what is left, syncs the image, marks and deletes the
// shadow and syncs the directory, and only then do writes go to the image.
ThawStep thaw_step(Freeze& f) {
    std::vector<uint64_t> picked;
    std::vector<uint8_t> buf;
    std::string err;
    {
        std::lock_guard<std::mutex> g(f.mu);
        if (f.stop) return ThawStep::kStopped;
        if (freeze_state(f) != FreezeState::kThawing) return ThawStep::kFailed;
        f.passes++;
        // A writer faster than the copy would keep the thaw going for
        // ever: after a few rounds' worth of batches the rest is done held.
        const bool held = f.pending_n <= f.final_chunks || f.passes > 4 * (f.thaw_total / f.batch + 1) + 16;
        if (held) {
            buf.resize(cow::kChunk);
            while (f.pending_n) {
                picked.clear();
                pick(f, f.batch, picked);
                for (uint64_t c : picked)
                    if (!copy_chunk(f, c, buf.data(), err)) return thaw_failed(f, err);
                f.merged += picked.size();
            }
            if (fdatasync(f.base.fd) != 0) return thaw_failed(f, "fdatasync of " + f.image + ": " + std::strerror(errno));
            // Marked merged, the shadow must be gone before a write reaches
            // it again: if it cannot be removed, it is marked thawing again.
            if (!mark(f, kShadowMerged, err) || unlink(f.shadow.c_str()) != 0) {
                if (err.empty()) err = "cannot remove " + f.shadow + ": " + std::strerror(errno);
                std::string again;
                if (!mark(f, kShadowThawing, again))
                    log_error("%s: %s, and it is marked as merged: do not restart aoeboot serve before it is "
                              "thawed, or the writes made since are dropped", name(f).c_str(), again.c_str());
                return thaw_failed(f, err);
            }
            // Should this sync fail, a shadow brought back by a power cut
            // is marked merged and is removed at open, never laid over the
            // image: the writes go to the image from now on either way.
            if (!fsync_dir(f.dir))
                log_warn("%s: cannot sync the directory %s after removing %s: %s", name(f).c_str(), f.dir.c_str(),
                         f.shadow.c_str(), std::strerror(errno));
            cow::close_layer(f.layer);
            f.layer = cow::Layer{};
            f.pending.clear();
            const double secs =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - f.started).count();
            char t[32];
            std::snprintf(t, sizeof t, "%.1f", secs);
            f.last = "thawed " + name(f) + ": " + std::to_string(f.merged) + " chunk cop" +
                     (f.merged == 1 ? "y" : "ies") + " merged into " + f.image + " in " + t + " s; " + f.shadow +
                     " removed";
            publish(f);
            f.state.store(uint8_t(FreezeState::kOff), std::memory_order_release);
            log_info("%s: %s", name(f).c_str(), f.last.c_str());
            return ThawStep::kDone;
        }
        pick(f, f.batch, picked);
        buf.resize(picked.size() * cow::kChunk);
        for (size_t i = 0; i < picked.size(); i++)
            if (!cow::pread_full(f.layer.fd, buf.data() + i * cow::kChunk, chunk_len(f, picked[i]),
                           cow::kLayerHeaderLen + picked[i] * cow::kChunk))
                return thaw_failed(f, "read of " + f.shadow + ": " + std::strerror(errno));
    }
    // The copies to the image, with clients working: nothing reads these
    // chunks of the image while the shadow has them, and a chunk written
    // meanwhile is pending again, so an older copy landing here is
    // replaced by the next batch.
    for (size_t i = 0; i < picked.size(); i++) {
        if (pwrite_all(f.base.fd, buf.data() + i * cow::kChunk, chunk_len(f, picked[i]), picked[i] * cow::kChunk))
            continue;
        std::lock_guard<std::mutex> g(f.mu);
        return thaw_failed(f, "write of " + f.image + ": " + std::strerror(errno));
    }
    std::lock_guard<std::mutex> g(f.mu);
    f.merged += picked.size();
    publish(f);
    return ThawStep::kMore;
}

std::string thaw_command(Freeze& f) {
    std::lock_guard<std::mutex> one(f.cmd);
    // A thread of an earlier thaw has ended (it is not thawing any more) or
    // is about to: collect it.
    if (freeze_state(f) != FreezeState::kThawing && f.thawer.joinable()) f.thawer.join();
    std::string msg;
    if (!thaw_begin(f, msg)) return msg;
    f.thawer = std::thread(thaw_thread, &f);
    return msg;
}

std::string freeze_status_line(Freeze& f) {
    std::lock_guard<std::mutex> g(f.mu);
    switch (freeze_state(f)) {
        case FreezeState::kOff: return f.last.empty() ? "off" : "off: " + f.last;
        case FreezeState::kFrozen:
            if (!f.last.empty()) return "frozen: " + f.last;
            return "frozen: since " + iso(f.since) + ", " + std::to_string(f.layer.used) + " chunk(s) in " + f.shadow;
        case FreezeState::kThawing:
            return "thawing: merged " + std::to_string(f.merged) + " of " + std::to_string(f.thaw_total) +
                   " chunk(s), " + std::to_string(f.pending_n) + " pending";
    }
    return "off";
}

std::string freeze_summary(const Freeze& f) {
    switch (freeze_state(f)) {
        case FreezeState::kOff: return "";
        case FreezeState::kFrozen:
            return "frozen since=" + iso(f.since) + " shadow=" + f.shadow + " chunks=" +
                   std::to_string(f.shown_chunks.load(std::memory_order_relaxed));
        case FreezeState::kThawing:
            return "thawing merged=" + std::to_string(f.shown_merged.load(std::memory_order_relaxed)) +
                   " of=" + std::to_string(f.shown_total.load(std::memory_order_relaxed)) + " shadow=" + f.shadow;
    }
    return "";
}

bool frozen_read(Freeze& f, uint8_t* out, size_t n, uint64_t off) {
    std::string err;
    if (cow::view_read(f.layer, f.base, out, n, off, err)) return true;
    if (rate_ok(f)) log_error("%s (frozen): %s", name(f).c_str(), err.c_str());
    return false;
}

bool frozen_write(Freeze& f, const uint8_t* data, size_t n, uint64_t off, bool sync) {
    std::string err;
    bool over = false;
    if (!cow::view_write(f.layer, f.base, data, n, off, 0, &over, err) || (sync && fdatasync(f.layer.fd) != 0)) {
        if (err.empty()) err = "fdatasync of " + f.shadow + ": " + std::strerror(errno);
        if (rate_ok(f)) log_error("%s (frozen): %s", name(f).c_str(), err.c_str());
        return false;
    }
    if (freeze_state(f) == FreezeState::kThawing)
        for (uint64_t c = off / cow::kChunk; c <= (off + n - 1) / cow::kChunk; c++)
            if (!bit(f.pending, c)) f.pending[c / 64] |= uint64_t(1) << (c % 64), f.pending_n++;
    f.shown_chunks.store(f.layer.used, std::memory_order_relaxed);
    return true;
}

bool frozen_flush(Freeze& f) {
    if (fdatasync(f.layer.fd) == 0) return true;
    if (rate_ok(f)) log_error("%s (frozen): fdatasync of %s: %s", name(f).c_str(), f.shadow.c_str(), std::strerror(errno));
    return false;
}

}  // namespace aoe::target
