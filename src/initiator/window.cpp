// The request window: see window.h for what it promises. Everything here is
// driven by the caller's clock, so the unit tests can replay loss, late
// replies and dead paths exactly.
#include "initiator/window.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/random.h>
#include <unistd.h>

#include "initiator/discover.h"

namespace aoe::initiator {

namespace {

const char* aoe_error_text(uint8_t e) {
    switch (e) {
        case kErrUnrecognizedCommand: return "unrecognized command";
        case kErrBadArgument: return "bad argument";
        case kErrDeviceUnavailable: return "device unavailable";
        case kErrConfigStringPresent: return "config string present";
        case kErrUnsupportedVersion: return "unsupported AoE version";
        case kErrTargetReserved: return "target is reserved by another initiator";
    }
    return "unknown error";
}

const char* kind_name(IoKind k) {
    switch (k) {
        case IoKind::kRead: return "read";
        case IoKind::kWrite: return "write";
        case IoKind::kFlush: return "flush";
        case IoKind::kIdentify: return "identify";
    }
    return "?";
}

}  // namespace

void RttEstimator::sample(int64_t r) {
    if (r < 0) r = 0;
    if (!valid) {
        srtt = r;
        rttvar = r / 2;
        valid = true;
        return;
    }
    int64_t err = r - srtt;
    srtt += err / 8;                                   // gain 1/8
    rttvar += ((err < 0 ? -err : err) - rttvar) / 4;   // gain 1/4
}

int64_t RttEstimator::rto(int64_t min_us, int64_t max_us, int64_t initial_us) const {
    int64_t v = valid ? srtt + 4 * rttvar : initial_us;
    return std::clamp(v, min_us, std::max(min_us, max_us));
}

Window::Window(const WindowOptions& opt, std::vector<LocalLink> links)
    : opt_(opt), links_(std::move(links)), slots_(kWindowSlots) {
    free_slots_.reserve(kWindowSlots);
    active_.reserve(kWindowSlots);
    for (unsigned i = kWindowSlots; i-- > 0;) free_slots_.push_back(i);
    // Every process on an interface sees every reply sent to its MAC, and a
    // reply is matched by its tag: the range (claimed by the caller) keeps
    // other initiators' tags apart. Without a claimed range (more than 16
    // initiators, no /run) a random range and start make a clash unlikely.
    uint32_t seed = 0;
    if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != sizeof seed) seed = uint32_t(getpid()) * 2654435761u;
    generation_ = seed & 0x7ffff;
    instance_ = opt.tag_instance >= 0 ? uint32_t(opt.tag_instance) & 0xf : (seed >> 19) & 0xf;
}

int Window::add_path(int link, const Mac& target, unsigned buffer_count, unsigned max_sectors) {
    unsigned ms = sectors_for_mtu(links_[size_t(link)].mtu);
    if (max_sectors) ms = std::min(ms, max_sectors);
    if (opt_.max_sectors) ms = std::min(ms, opt_.max_sectors);
    ms = std::clamp(ms, 1u, 255u);
    int idx = -1;
    for (size_t i = 0; i < paths_.size(); i++)
        if (paths_[i].link == link && paths_[i].target == target) idx = int(i);
    if (idx < 0) {
        Path p;
        p.link = link;
        p.target = target;
        paths_.push_back(p);
        idx = int(paths_.size() - 1);
    }
    Path& p = paths_[size_t(idx)];
    p.max_sectors = std::min(ms, p.size_cap);
    p.buffer_count = std::max(buffer_count, 1u);
    // Paths to one MAC (several local links) share that target's buffers.
    for (Path& q : paths_) {
        unsigned n = 0;
        for (const Path& r : paths_) n += r.target == q.target;
        q.limit = std::max(1u, q.buffer_count / std::max(n, 1u));
        if (q.cwnd > q.limit) q.cwnd = q.limit;
    }
    if (p.sent == 0) p.cwnd = p.limit;  // a fresh path starts with its full window
    return idx;
}

int64_t Window::path_rto(const Path& p) const {
    int64_t rto = p.rtt.rto(opt_.min_rto_us, opt_.max_rto_us, opt_.initial_rto_us);
    return std::min(std::max(rto, p.rto_floor_us), std::max(opt_.max_rto_us, opt_.min_rto_us));
}

unsigned Window::total_limit() const {
    unsigned sum = 0;
    for (const Path& p : paths_) sum += p.limit;
    if (opt_.max_outstanding) sum = std::min(sum, opt_.max_outstanding);
    return std::clamp(sum, 1u, kWindowSlots);
}

void Window::submit(Io& io, int64_t now) {
    io.submitted_us = io.progress_us = now;
    io.finished = false;
    io.status = 0;
    io.error.clear();
    Chunk c;
    c.io = &io;
    if (io.kind == IoKind::kRead || io.kind == IoKind::kWrite) {
        io.units_left = io.sectors;
        if (io.sectors == 0) {
            finish(io, 0, "");
            return;
        }
        c.lba = io.lba;
        c.count = io.sectors;
        pending_.push_back(c);
        return;
    }
    if (io.kind == IoKind::kFlush) {
        // Every distinct target MAC holds its own cache: flush each one.
        std::vector<Mac> macs;
        for (const Path& p : paths_)
            if (p.alive && std::find(macs.begin(), macs.end(), p.target) == macs.end())
                macs.push_back(p.target);
        if (macs.empty() && !paths_.empty()) macs.push_back(paths_.front().target);
        io.units_left = std::max<size_t>(macs.size(), 1);
        for (const Mac& m : macs) {
            c.pinned = true;
            c.pin = m;
            pending_.push_back(c);
        }
        if (macs.empty()) pending_.push_back(c);
        return;
    }
    io.units_left = 1;
    pending_.push_back(c);
}

int Window::pick_path(const Chunk& c) const {
    if (in_flight_ >= total_limit() || paths_.empty()) return -1;
    bool any_alive = false, other_alive = false;
    for (size_t i = 0; i < paths_.size(); i++) {
        const Path& p = paths_[i];
        if (!p.alive || (c.pinned && p.target != c.pin)) continue;
        any_alive = true;
        other_alive |= int(i) != c.avoid;
    }
    int best = -1;
    double best_load = 0;
    const size_t n = paths_.size();
    for (size_t k = 0; k < n; k++) {
        size_t i = (rr_ + k) % n;
        const Path& p = paths_[i];
        if (c.pinned && p.target != c.pin) continue;
        if (any_alive && !p.alive) continue;
        // A frame that timed out waits for room on another live path rather
        // than going back to the one that may have just died.
        if (other_alive && int(i) == c.avoid) continue;
        // A dead path (when nothing else is left) gets one frame at a time.
        unsigned cap = p.alive ? std::min(p.limit, std::max(1u, unsigned(p.cwnd))) : 1;
        if (p.out >= cap) continue;
        double load = double(p.out) / cap;
        if (best < 0 || load < best_load) {
            best = int(i);
            best_load = load;
        }
    }
    return best;
}

bool Window::pump(int64_t now, Outbox& out) {
    bool any_dead = paths_.empty();
    for (const Path& p : paths_) any_dead |= !p.alive;
    // Probe at once when starting (paths that answered discovery late),
    // every probe_us while a path is dead, soon when frames vanish, and every
    // 10 x probe_us anyway to learn new MACs for the address.
    const int64_t every = probe_soon_ ? std::min<int64_t>(opt_.probe_us, 100'000)
                          : any_dead  ? opt_.probe_us
                                      : 10 * opt_.probe_us;
    if (last_probe_us_ < 0 || now - last_probe_us_ >= every) {
        probe_soon_ = false;
        // Ask for our address on every link: revives restarted targets and
        // learns MACs that were not there at open time.
        last_probe_us_ = now;
        for (size_t l = 0; l < links_.size() && !out.full(); l++) {
            size_t n = build_query(out.next(), links_[l].mac, opt_.address, kTagUserBit | 0x7ffffc00u);
            if (!n) continue;
            out.len[out.count] = n;
            out.link[out.count] = int(l);
            out.count++;
        }
    }
    while (!pending_.empty() && !out.full() && !free_slots_.empty()) {
        Chunk& front = pending_.front();
        int p = pick_path(front);
        if (p < 0) break;
        Chunk sub = front;
        if (front.count > 0) {
            sub.count = std::min(front.count, paths_[size_t(p)].max_sectors);
            front.lba += sub.count;
            front.count -= sub.count;
            if (front.count == 0) pending_.pop_front();
        } else {
            pending_.pop_front();
        }
        rr_ = unsigned(p + 1);
        send_chunk(sub, p, now, out);
    }
    return out.full() && !pending_.empty();
}

void Window::send_chunk(Chunk c, int pi, int64_t now, Outbox& out) {
    Path& p = paths_[size_t(pi)];
    uint32_t si = free_slots_.back();
    free_slots_.pop_back();
    Slot& s = slots_[si];
    generation_ = (generation_ + 1) & 0x7ffff;
    s.tag = kTagUserBit | instance_ << 27 | generation_ << 8 | si;
    Io& io = *c.io;
    Header h;
    h.dst = p.target;
    h.src = links_[size_t(p.link)].mac;
    h.major = opt_.address.shelf;
    h.minor = opt_.address.slot;
    h.tag = s.tag;
    AtaArgs a;
    std::span<const uint8_t> data;
    const bool e = opt_.lba48;
    switch (io.kind) {
        case IoKind::kRead:
        case IoKind::kWrite: {
            bool w = io.kind == IoKind::kWrite;
            a.aflags = uint8_t((e ? kAtaFlagLba48 : 0) | (w ? kAtaFlagWrite : 0));
            a.cmd_status = w ? (e ? kAtaWriteExt : kAtaWrite) : (e ? kAtaReadExt : kAtaRead);
            a.sector_count = uint8_t(c.count);
            // LBA28: the top nibble of byte 3 carries the device bits (LBA mode).
            a.lba = e ? c.lba : ((c.lba & 0x0FFFFFFF) | uint64_t{0xE0} << 24);
            if (w) data = {io.buf + (c.lba - io.lba) * kSectorSize, size_t(c.count) * kSectorSize};
            break;
        }
        case IoKind::kFlush:
            a.aflags = e ? kAtaFlagLba48 : 0;
            a.cmd_status = e ? kAtaFlushCacheExt : kAtaFlushCache;
            a.lba = e ? 0 : uint64_t{0xE0} << 24;
            break;
        case IoKind::kIdentify:
            a.cmd_status = kAtaIdentify;
            a.sector_count = 1;
            break;
    }
    size_t n = build_ata(out.next(), h, a, data);
    out.len[out.count] = n;
    out.link[out.count] = p.link;
    out.count++;
    c.tries++;
    if (c.first_sent_us < 0) c.first_sent_us = now;
    s.used = true;
    s.path = pi;
    s.chunk = c;
    s.sent_us = now;
    s.seq = ++p.send_seq;
    s.pos = uint32_t(active_.size());
    active_.push_back(si);
    int64_t rto = path_rto(p);
    // Exponential backoff for a frame that already timed out, bounded.
    for (uint32_t t = 1; t < c.tries && rto < opt_.max_rto_us; t++) rto *= 2;
    s.deadline_us = now + std::min(rto, std::max(opt_.max_rto_us, opt_.min_rto_us));
    if (p.waiting_since_us < 0) p.waiting_since_us = now;
    p.out++;
    p.sent++;
    in_flight_++;
    counters_.frames_sent++;
    if (c.tries > 1) {
        p.retransmits++;
        counters_.retransmits++;
    }
}

void Window::release(Slot& s) {
    if (!s.used) return;
    s.used = false;
    paths_[size_t(s.path)].out--;
    in_flight_--;
    const uint32_t si = uint32_t(&s - slots_.data());
    const uint32_t last = active_.back();
    active_[s.pos] = last;
    slots_[last].pos = s.pos;
    active_.pop_back();
    free_slots_.push_back(si);
}

void Window::requeue(Slot& s) {
    Chunk c = s.chunk;
    release(s);
    pending_.push_front(c);  // retransmissions go first, under a new tag
}

void Window::finish(Io& io, int status, const std::string& error) {
    if (io.finished) return;
    io.finished = true;
    io.status = status;
    io.error = error;
    if (status != 0) {
        counters_.errors++;
        // Drop what is left of it; replies to its tags are now "late".
        for (size_t k = active_.size(); k-- > 0;) {
            Slot& s = slots_[active_[k]];
            if (s.chunk.io == &io) release(s);
        }
        pending_.erase(std::remove_if(pending_.begin(), pending_.end(),
                                      [&](const Chunk& c) { return c.io == &io; }),
                       pending_.end());
    }
    counters_.ios_done++;
    if (io.done) io.done(io);  // may free io: do not touch it after this
}

std::string Window::last_heard(int64_t now) const {
    char buf[200];
    if (last_heard_path_ < 0) {
        std::snprintf(buf, sizeof buf, "nothing heard from %s since open",
                      format_address(opt_.address).c_str());
        return buf;
    }
    const Path& p = paths_[size_t(last_heard_path_)];
    std::snprintf(buf, sizeof buf, "last heard: %s from %s on %s %.1f s ago",
                  last_heard_ata_ ? "an ATA reply" : "a Query Config reply",
                  format_mac(p.target).c_str(), links_[size_t(p.link)].name.c_str(),
                  double(now - last_heard_us_) / 1e6);
    return buf;
}

void Window::heard(int pi, int64_t now, bool ata) {
    Path& p = paths_[size_t(pi)];
    p.last_heard_us = now;
    p.waiting_since_us = -1;
    if (!p.alive) {
        p.alive = true;
        p.cwnd = 1;  // start small on a path that just came back
    }
    last_heard_us_ = now;
    last_heard_path_ = pi;
    last_heard_ata_ = ata;
    if (ata) last_ata_reply_us_ = now;
}

void Window::on_frame(int link, std::span<const uint8_t> frame, int64_t now) {
    Frame f;
    if (parse(frame, f) != ParseError::kOk || !f.header.is_response()) {
        counters_.stray_frames++;
        return;
    }
    const Header& h = f.header;
    if (h.major != opt_.address.shelf || h.minor != opt_.address.slot) return;  // another disk
    if (h.command == kCmdConfig) {
        if (h.is_error()) return;
        int pi = add_path(link, h.src, f.config.buffer_count, f.config.sector_count);
        paths_[size_t(pi)].last_config_us = now;
        heard(pi, now, false);
        return;
    }
    if (h.command != kCmdAta) return;
    const uint32_t si = h.tag & (kWindowSlots - 1);
    if (!(h.tag & kTagUserBit) || !slots_[si].used || slots_[si].tag != h.tag) {
        // A reply to a tag we already retransmitted or finished: it still
        // proves the path is alive, but its content is ignored.
        counters_.late_replies++;
        for (size_t i = 0; i < paths_.size(); i++) {
            Path& p = paths_[i];
            if (p.target != h.src || p.link != link) continue;
            heard(int(i), now, true);
            // Our timeout was too short for this target: back it off.
            p.rto_floor_us = std::min(std::max(2 * path_rto(p), opt_.min_rto_us),
                                      std::max(opt_.max_rto_us, opt_.min_rto_us));
        }
        return;
    }
    Slot& s = slots_[si];
    Path& p = paths_[size_t(s.path)];
    if (p.target != h.src) {
        counters_.stray_frames++;  // our tag from a MAC we did not send it to
        return;
    }
    counters_.frames_received++;
    p.received++;
    heard(s.path, now, true);
    p.rtt.sample(now - s.sent_us);
    p.acked_seq = std::max(p.acked_seq, s.seq);
    p.timeouts_in_row = 0;
    p.rto_floor_us -= p.rto_floor_us / 256;  // forget a stall slowly
    if (p.cwnd < p.limit) p.cwnd = std::min<double>(p.limit, p.cwnd + 1);
    ack(s, f, now);
}

void Window::ack(Slot& s, const aoe::Frame& f, int64_t now) {
    Io& io = *s.chunk.io;
    const Chunk c = s.chunk;
    char buf[256];
    const std::string dev = format_address(opt_.address);
    if (f.header.is_error()) {
        std::snprintf(buf, sizeof buf, "%s: the target refused the %s at sector %llu: AoE error %u (%s)",
                      dev.c_str(), kind_name(io.kind), static_cast<unsigned long long>(c.lba),
                      f.header.error, aoe_error_text(f.header.error));
        release(s);
        finish(io, f.header.error == kErrTargetReserved ? EACCES : EIO, buf);
        return;
    }
    const AtaArgs& r = f.ata.args;
    if ((r.cmd_status & kAtaStatusFailMask) && io.kind == IoKind::kFlush &&
        (r.err_feature & kAtaErrAbrt)) {
        // vblade answers FLUSH CACHE with ABRT: the command is not implemented.
        std::snprintf(buf, sizeof buf, "%s: the target (%s) does not implement FLUSH CACHE; "
                      "acknowledged writes are all it promises", dev.c_str(),
                      format_mac(f.header.src).c_str());
        release(s);
        finish(io, EOPNOTSUPP, buf);
        return;
    }
    if (r.cmd_status & kAtaStatusFailMask) {
        std::snprintf(buf, sizeof buf,
                      "%s: ATA error on %s of %u sector(s) at sector %llu (status 0x%02x, error 0x%02x%s)",
                      dev.c_str(), kind_name(io.kind), c.count, static_cast<unsigned long long>(c.lba),
                      r.cmd_status, r.err_feature,
                      (r.err_feature & kAtaErrAbrt) ? ": aborted; read-only export or out of range?" : "");
        release(s);
        finish(io, EIO, buf);
        return;
    }
    size_t need = io.kind == IoKind::kRead ? size_t(c.count) * kSectorSize
                  : io.kind == IoKind::kIdentify ? kSectorSize : 0;
    if (f.ata.data.size() < need) {
        std::snprintf(buf, sizeof buf, "%s: %s reply at sector %llu carries %zu bytes, expected %zu",
                      dev.c_str(), kind_name(io.kind), static_cast<unsigned long long>(c.lba),
                      f.ata.data.size(), need);
        release(s);
        finish(io, EIO, buf);
        return;
    }
    if (io.kind == IoKind::kRead) {
        std::memcpy(io.buf + (c.lba - io.lba) * kSectorSize, f.ata.data.data(), need);
        counters_.bytes_read += need;
    } else if (io.kind == IoKind::kIdentify) {
        std::memcpy(io.buf, f.ata.data.data(), need);
    } else if (io.kind == IoKind::kWrite) {
        counters_.bytes_written += size_t(c.count) * kSectorSize;
    }
    release(s);
    io.progress_us = now;
    io.units_left -= c.count ? c.count : 1;
    if (io.units_left == 0) finish(io, 0, "");
}

void Window::mark_dead(int pi) {
    Path& p = paths_[size_t(pi)];
    p.alive = false;
    p.cwnd = 1;
    // Its frames go out again on the other paths right away.
    for (size_t k = active_.size(); k-- > 0;) {
        Slot& s = slots_[active_[k]];
        if (s.path != pi) continue;
        s.chunk.pinned = false;  // a flush for a dead MAC goes anywhere
        requeue(s);
    }
}

void Window::on_tick(int64_t now) {
    for (size_t k = active_.size(); k-- > 0;) {
        Slot& s = slots_[active_[k]];
        Path& p = paths_[size_t(s.path)];
        if (s.deadline_us > now) {
            // Fast retransmit: later frames on this path were answered.
            int64_t margin = std::max<int64_t>(2 * p.rtt.srtt, 1000);
            if (opt_.fast_retransmit_after && p.rtt.valid &&
                p.acked_seq >= s.seq + opt_.fast_retransmit_after && now - s.sent_us > margin) {
                p.fast_retransmits++;
                requeue(s);
            }
            continue;
        }
        p.timeouts++;
        if (p.timeouts_in_row++ == 0) p.first_timeout_sent_us = s.sent_us;
        // Only Query Config replies since these frames went out: the target
        // lives, big frames do not get through. Halve the frame size.
        if (opt_.shrink_after_timeouts && p.timeouts_in_row >= opt_.shrink_after_timeouts &&
            p.last_config_us > p.first_timeout_sent_us && p.max_sectors > 1) {
            p.max_sectors = std::max(1u, p.max_sectors / 2);
            p.size_cap = p.max_sectors;
            p.timeouts_in_row = 0;
            p.shrinks++;
        } else if (opt_.shrink_after_timeouts && p.timeouts_in_row >= opt_.shrink_after_timeouts) {
            // Is the target there at all? A Query Config answer tells.
            probe_soon_ = true;
        }
        // Halve the window once per loss episode, not once per lost frame: on
        // a lossy (not congested) link, frames of one window time out together
        // and cutting for each would leave a window of 1 and a crawl.
        int64_t rto = path_rto(p);
        if (p.last_cut_us < 0 || now - p.last_cut_us > rto) {
            p.cwnd = std::max(1.0, p.cwnd / 2);
            p.last_cut_us = now;
        }
        s.chunk.avoid = s.path;
        requeue(s);
    }
    for (size_t i = 0; i < paths_.size(); i++) {
        const Path& p = paths_[i];
        if (!p.alive || p.waiting_since_us < 0) continue;
        if (now - p.waiting_since_us > opt_.path_dead_us) mark_dead(int(i));
    }
    if (now - last_giveup_scan_us_ < 50'000) return;
    last_giveup_scan_us_ = now;
    std::vector<Io*> ios;
    for (const Chunk& c : pending_) ios.push_back(c.io);
    for (uint32_t si : active_) ios.push_back(slots_[si].chunk.io);
    std::sort(ios.begin(), ios.end());
    ios.erase(std::unique(ios.begin(), ios.end()), ios.end());
    for (Io* io : ios) {
        // Give up only when neither this I/O nor anything else made progress
        // for the bound, or this one alone made none for three times as long.
        int64_t quiet = now - std::max(io->progress_us, last_heard_ata_us());
        int64_t own = now - io->progress_us;
        if (quiet <= opt_.give_up_us && own <= 3 * opt_.give_up_us) continue;
        unsigned out = 0;
        for (uint32_t si : active_) out += slots_[si].chunk.io == io;
        char buf[400];
        std::snprintf(buf, sizeof buf,
                      "%s: no answer to a %s at sector %llu for %.1f s (give-up bound %.1f s; "
                      "%u frame(s) in flight, %llu retransmits so far); %s",
                      format_address(opt_.address).c_str(), kind_name(io->kind),
                      static_cast<unsigned long long>(io->lba), double(own) / 1e6,
                      double(opt_.give_up_us) / 1e6, out,
                      static_cast<unsigned long long>(counters_.retransmits), last_heard(now).c_str());
        finish(*io, ETIMEDOUT, buf);
    }
}

int64_t Window::next_deadline(int64_t now) const {
    if (idle()) return -1;
    int64_t next = now + 50'000;  // give-up scan, probes, dead-path checks
    for (uint32_t si : active_) {
        const Slot& s = slots_[si];
        next = std::min(next, s.deadline_us);
        const Path& p = paths_[size_t(s.path)];
        if (opt_.fast_retransmit_after && p.rtt.valid &&
            p.acked_seq >= s.seq + opt_.fast_retransmit_after)
            next = std::min(next, s.sent_us + std::max<int64_t>(2 * p.rtt.srtt, 1000) + 1);
    }
    for (const Path& p : paths_)
        if (p.alive && p.waiting_since_us >= 0)
            next = std::min(next, p.waiting_since_us + opt_.path_dead_us + 1);
    return std::max<int64_t>(0, next - now);
}

void Window::fail_all(int status, const std::string& why) {
    std::vector<Io*> ios;
    for (const Chunk& c : pending_) ios.push_back(c.io);
    for (uint32_t si : active_) ios.push_back(slots_[si].chunk.io);
    std::sort(ios.begin(), ios.end());
    ios.erase(std::unique(ios.begin(), ios.end()), ios.end());
    for (Io* io : ios) finish(*io, status, why);
}

}  // namespace aoe::initiator
