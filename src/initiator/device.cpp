// The engine thread around window.h: it owns the raw sockets, takes requests
// from a queue (any thread), pumps frames out in sendmmsg batches, and feeds
// received batches and the clock into the window. Callers block on their own
// condition variable, or get a callback on this thread.
#include "initiator/device.h"

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <poll.h>
#include <sys/eventfd.h>
#include <thread>
#include <unistd.h>

#include "base/clock.h"
#include "base/log.h"
#include "initiator/ifaces.h"
#include "initiator/tags.h"
#include "initiator/window.h"
#include "net/rawsock.h"
#include "proto/identify.h"

namespace aoe::initiator {

namespace {

// A blocking caller waits on this; the engine thread signals it.
struct Waiter {
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
};

void wake_waiter(Io& io) {
    auto* w = static_cast<Waiter*>(io.ctx);
    std::lock_guard<std::mutex> g(w->m);
    w->done = true;
    w->cv.notify_one();
}

struct AsyncIo {
    Io io;
    IoCallback cb = nullptr;
    void* ctx = nullptr;
};

void finish_async(Io& io) {
    auto* a = static_cast<AsyncIo*>(io.ctx);
    a->cb(a->ctx, io.status, io.error);
    delete a;
}

}  // namespace

struct Engine {
    DeviceInfo info;
    DeviceOptions opt;
    std::vector<net::RawSocket> socks;  // index = window link index
    std::unique_ptr<Window> win;
    std::mutex win_mu;  // guards win (the engine thread holds it while working)
    std::mutex q_mu;    // guards queue and stop
    std::vector<Io*> queue;
    bool stop = false;
    int efd = -1;
    TagClaim tags;  // this device's tag range, held until it closes
    std::thread thread;
    Outbox out;
    net::RecvBatch batch;

    ~Engine() {
        {
            std::lock_guard<std::mutex> g(q_mu);
            stop = true;
        }
        wake();
        if (thread.joinable()) thread.join();
        std::vector<Io*> left;
        {
            std::lock_guard<std::mutex> g(q_mu);
            left.swap(queue);
        }
        if (win) {
            for (Io* io : left) win->submit(*io, monotonic_us());
            win->fail_all(ECANCELED, format_address(info.address) + ": device closed");
        }
        for (net::RawSocket& s : socks) net::close_socket(s);
        release_tag_range(tags);
        if (efd >= 0) close(efd);
    }

    void wake() {
        uint64_t one = 1;
        if (efd >= 0 && ::write(efd, &one, sizeof one) < 0) {
            // The counter cannot overflow in practice; nothing to do.
        }
    }

    void enqueue(Io* io) {
        {
            std::lock_guard<std::mutex> g(q_mu);
            queue.push_back(io);
        }
        wake();
    }

    void flush_out() {
        // Group by link so each socket gets one sendmmsg.
        for (size_t l = 0; l < socks.size(); l++) {
            std::span<const uint8_t> frames[Outbox::kMaxFrames];
            size_t n = 0;
            for (size_t i = 0; i < out.count; i++)
                if (out.link[i] == int(l)) frames[n++] = out.frame(i);
            if (n) net::send_frames(socks[l], {frames, n});
        }
        out.count = 0;
    }

    void run() {
        std::vector<pollfd> pfd(socks.size() + 1);
        for (size_t i = 0; i < socks.size(); i++) pfd[i] = pollfd{socks[i].fd, POLLIN, 0};
        pfd.back() = pollfd{efd, POLLIN, 0};
        std::vector<Io*> take;
        for (;;) {
            {
                std::lock_guard<std::mutex> g(q_mu);
                if (stop) return;
                take.swap(queue);
            }
            int timeout_ms;
            {
                std::lock_guard<std::mutex> g(win_mu);
                int64_t now = monotonic_us();
                for (Io* io : take) win->submit(*io, now);
                take.clear();
                win->on_tick(now);
                while (win->pump(now, out)) flush_out();
                flush_out();
                int64_t d = win->next_deadline(now);
                timeout_ms = d < 0 ? -1 : int((d + 999) / 1000);
            }
            int r = poll(pfd.data(), pfd.size(), timeout_ms);
            if (r <= 0) continue;
            if (pfd.back().revents) {
                uint64_t v;
                if (::read(efd, &v, sizeof v) < 0) { /* spurious wakeup */ }
            }
            for (size_t l = 0; l < socks.size(); l++) {
                if (!pfd[l].revents) continue;
                // Drain a bounded number of batches, so timers still run.
                for (int rounds = 0; rounds < 8; rounds++) {
                    int n = net::receive(socks[l], batch);
                    if (n <= 0) break;
                    std::lock_guard<std::mutex> g(win_mu);
                    int64_t now = monotonic_us();
                    for (int k = 0; k < n; k++) win->on_frame(int(l), batch.frame(k), now);
                    // Refill the window as soon as room appears.
                    while (win->pump(now, out)) flush_out();
                    flush_out();
                }
            }
        }
    }

    int wait_io(Io& io, Waiter& w) {
        enqueue(&io);
        std::unique_lock<std::mutex> g(w.m);
        w.cv.wait(g, [&] { return w.done; });
        return io.status;
    }

    int check_range(uint64_t offset, size_t len, std::string& err) const {
        if (offset % kSectorSize || len % kSectorSize) {
            err = format_address(info.address) + ": offset and length must be multiples of 512";
            return EINVAL;
        }
        uint64_t size = info.sectors * kSectorSize;
        if (offset > size || len > size - offset) {
            char buf[160];
            std::snprintf(buf, sizeof buf, "%s: range %llu+%zu is past the end of the disk (%llu bytes)",
                          format_address(info.address).c_str(),
                          static_cast<unsigned long long>(offset), len,
                          static_cast<unsigned long long>(size));
            err = buf;
            return EINVAL;
        }
        return 0;
    }
};

Device::Device(std::unique_ptr<Engine> e) : engine_(std::move(e)) {}
Device::~Device() = default;

const DeviceInfo& Device::info() const { return engine_->info; }

std::unique_ptr<Device> Device::open(Address address, const std::vector<std::string>& ifaces,
                                     const DeviceOptions& opt, std::string& err) {
    std::vector<std::string> names = ifaces;
    if (names.empty()) {
        IfaceOptions io;
        if (!prepare_ifaces(io, names, err)) return nullptr;
    }
    DiscoverOptions d;
    d.want = address;
    d.timeout_ms = opt.discover_timeout_ms;
    d.linger_ms = 20;
    std::vector<FoundTarget> found;
    if (!discover_on(names, d, found, err)) return nullptr;
    int hit = wanted_found(found, d);
    if (hit < 0) {
        std::string list;
        for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
        char buf[128];
        std::snprintf(buf, sizeof buf, " did not answer a Query Config within %.1f s on ",
                      opt.discover_timeout_ms / 1000.0);
        err = format_address(address) + buf + list +
              " (is the target running, on this segment, exporting that shelf.slot?)";
        return nullptr;
    }
    // Keep every named interface: a target that did not answer on one of
    // them yet (slow, or started later) is learned there from a probe.
    return open_on(found[size_t(hit)], names, opt, err);
}

std::unique_ptr<Device> Device::open(const FoundTarget& t, const DeviceOptions& opt,
                                     std::string& err) {
    return open_on(t, {}, opt, err);
}

std::unique_ptr<Device> Device::open_on(const FoundTarget& t, const std::vector<std::string>& ifaces,
                                        const DeviceOptions& opt, std::string& err) {
    auto e = std::make_unique<Engine>();
    e->opt = opt;
    e->info.address = t.address;
    e->info.target_firmware = t.firmware;
    e->info.config = t.config;
    std::vector<LocalLink> links;
    std::vector<int> link_of_path;
    for (const TargetPath& p : t.paths) {
        int li = -1;
        for (size_t i = 0; i < e->socks.size(); i++)
            if (e->socks[i].iface.index == p.ifindex) li = int(i);
        if (li < 0) {
            net::Interface iface;
            if (!net::get_interface(p.iface, iface, err)) return nullptr;
            net::RawSocket s;
            net::Filter f;
            f.responses = true;
            if (!net::open_socket(s, iface, f, err)) return nullptr;
            e->socks.push_back(s);
            links.push_back(LocalLink{iface.name, iface.mac, net::current_mtu(s)});
            li = int(e->socks.size() - 1);
        }
        link_of_path.push_back(li);
    }
    for (const std::string& name : ifaces) {
        net::Interface iface;
        if (!net::get_interface(name, iface, err)) return nullptr;
        bool have = false;
        for (const net::RawSocket& s : e->socks) have |= s.iface.index == iface.index;
        if (have) continue;
        net::RawSocket s;
        net::Filter f;
        f.responses = true;
        if (!net::open_socket(s, iface, f, err)) return nullptr;
        e->socks.push_back(s);
        links.push_back(LocalLink{iface.name, iface.mac, net::current_mtu(s)});
    }
    if (links.empty()) {
        err = format_address(t.address) + ": no path to the target";
        return nullptr;
    }
    WindowOptions w;
    w.address = t.address;
    w.lba48 = !opt.force_lba28;
    w.max_sectors = opt.max_sectors;
    w.max_outstanding = opt.max_outstanding;
    w.give_up_us = int64_t(opt.give_up_ms) * 1000;
    w.path_dead_us = int64_t(opt.path_dead_ms) * 1000;
    w.min_rto_us = int64_t(opt.min_rto_ms) * 1000;
    w.max_rto_us = int64_t(opt.max_rto_ms) * 1000;
    w.probe_us = int64_t(opt.rediscover_ms) * 1000;
    e->tags = claim_tag_range();
    w.tag_instance = e->tags.instance;
    e->win = std::make_unique<Window>(w, links);
    for (size_t i = 0; i < t.paths.size(); i++)
        e->win->add_path(link_of_path[i], t.paths[i].target_mac, t.paths[i].buffer_count,
                         t.paths[i].max_sectors);
    e->efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (e->efd < 0) {
        err = "eventfd failed";
        return nullptr;
    }
    Engine* raw = e.get();
    e->thread = std::thread([raw] { raw->run(); });

    // IDENTIFY: capacity and whether 48-bit commands are allowed.
    uint8_t page[kIdentifyLen] = {};
    Waiter wt;
    Io io;
    io.kind = IoKind::kIdentify;
    io.sectors = 1;
    io.buf = page;
    io.done = wake_waiter;
    io.ctx = &wt;
    if (raw->wait_io(io, wt) != 0) {
        err = io.error;
        return nullptr;
    }
    IdentifyFields id = parse_identify(std::span<const uint8_t, kIdentifyLen>(page, kIdentifyLen));
    DeviceInfo& info = e->info;
    info.sectors = id.sectors;
    info.lba48 = id.lba48;
    info.use_lba48 = id.lba48 && !opt.force_lba28;
    info.model = id.model;
    info.serial = id.serial;
    info.firmware = id.firmware;
    if (info.sectors == 0) {
        err = format_address(t.address) + ": IDENTIFY reports a capacity of 0 sectors";
        return nullptr;
    }
    if (!info.use_lba48 && info.sectors > (uint64_t{1} << 28)) {
        // Beyond 128 GiB only 48-bit commands reach; keep what LBA28 can address.
        log_warn("%s: no LBA48: only the first 128 GiB are reachable",
                 format_address(t.address).c_str());
        info.sectors = uint64_t{1} << 28;
    }
    {
        std::lock_guard<std::mutex> g(raw->win_mu);
        raw->win->set_lba48(info.use_lba48);
        for (const Path& p : raw->win->paths()) info.frame_sectors = std::max(info.frame_sectors, p.max_sectors);
    }
    return std::unique_ptr<Device>(new Device(std::move(e)));
}

namespace {

// The blocking read and write: one Io, waited for.
int wait_rw(Engine& e, IoKind kind, uint64_t offset, uint8_t* buf, size_t len, std::string& err) {
    if (int r = e.check_range(offset, len, err)) return r;
    Waiter w;
    Io io;
    io.kind = kind;
    io.lba = offset / kSectorSize;
    io.sectors = uint32_t(len / kSectorSize);
    io.buf = buf;
    io.done = wake_waiter;
    io.ctx = &w;
    int r = e.wait_io(io, w);
    if (r) err = io.error;
    return r;
}

// The asynchronous forms: the Io lives on the heap until its callback ran.
// A flush has no range (len 0 at offset 0 always passes the check).
void submit(Engine& e, IoKind kind, uint64_t offset, uint8_t* buf, size_t len, IoCallback cb,
            void* ctx) {
    std::string err;
    if (int r = e.check_range(offset, len, err)) return cb(ctx, r, err);
    auto* a = new AsyncIo;
    a->cb = cb;
    a->ctx = ctx;
    a->io.kind = kind;
    a->io.lba = offset / kSectorSize;
    a->io.sectors = uint32_t(len / kSectorSize);
    a->io.buf = buf;
    a->io.done = finish_async;
    a->io.ctx = a;
    e.enqueue(&a->io);
}

}  // namespace

int Device::read(uint64_t offset, std::span<uint8_t> buf, std::string& err) {
    return wait_rw(*engine_, IoKind::kRead, offset, buf.data(), buf.size(), err);
}

int Device::write(uint64_t offset, std::span<const uint8_t> buf, std::string& err) {
    // The buffer is only read from for a write.
    return wait_rw(*engine_, IoKind::kWrite, offset, const_cast<uint8_t*>(buf.data()), buf.size(), err);
}

int Device::flush(std::string& err) {
    Waiter w;
    Io io;
    io.kind = IoKind::kFlush;
    io.done = wake_waiter;
    io.ctx = &w;
    int r = engine_->wait_io(io, w);
    if (r) err = io.error;
    return r;
}

void Device::submit_read(uint64_t offset, std::span<uint8_t> buf, IoCallback cb, void* ctx) {
    submit(*engine_, IoKind::kRead, offset, buf.data(), buf.size(), cb, ctx);
}

DeviceStats Device::stats() const {
    DeviceStats st;
    std::lock_guard<std::mutex> g(engine_->win_mu);
    const Window& w = *engine_->win;
    const WindowCounters& c = w.counters();
    st.frames_sent = c.frames_sent;
    st.frames_received = c.frames_received;
    st.retransmits = c.retransmits;
    st.late_replies = c.late_replies;
    st.stray_frames = c.stray_frames;
    st.errors = c.errors;
    st.bytes_read = c.bytes_read;
    st.bytes_written = c.bytes_written;
    st.ios_done = c.ios_done;
    st.in_flight = w.in_flight();
    int64_t now = monotonic_us();
    for (const Path& p : w.paths()) {
        PathStats ps;
        ps.iface = w.links()[size_t(p.link)].name;
        ps.target_mac = p.target;
        ps.alive = p.alive;
        ps.outstanding = p.out;
        ps.window = unsigned(p.cwnd);
        ps.limit = p.limit;
        ps.max_sectors = p.max_sectors;
        ps.srtt_ms = p.rtt.srtt / 1000.0;
        ps.rttvar_ms = p.rtt.rttvar / 1000.0;
        ps.rto_ms = w.rto_us(int(&p - w.paths().data())) / 1000.0;
        ps.sent = p.sent;
        ps.received = p.received;
        ps.retransmits = p.retransmits;
        ps.timeouts = p.timeouts;
        ps.last_heard_ms_ago = p.last_heard_us < 0 ? -1 : (now - p.last_heard_us) / 1000.0;
        st.paths.push_back(ps);
    }
    return st;
}

}  // namespace aoe::initiator
