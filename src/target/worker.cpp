#include "target/worker.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <thread>
#include <unistd.h>

#include "target/request.h"

namespace aoe::target {

namespace {

void wake_fd(int fd) {
    uint64_t one = 1;
    if (fd >= 0 && write(fd, &one, sizeof one) < 0) { /* the counter is full: it is awake anyway */ }
}

// Scratch of the thread, kept across passes: a busy loop allocates nothing.
struct Scratch {
    static constexpr int kBatch = 64;
    net::RingFrame frames[kBatch];
    Outcome out;
    std::vector<std::vector<uint8_t>> replies;
    std::vector<net::SplitFrame> spans;
    std::vector<IoJob*> batch;
    std::vector<size_t> lens;
    std::vector<std::span<const uint8_t>> sends;
    std::vector<uint8_t*> unsynced;  // write replies waiting for the batch's flush
};

// One pass over an own socket's ring: every request is checked, executed
// and answered in its ring slot, the replies sent in one batch. Returns the
// number of frames taken.
int serve_own(Export& e, net::RawSocket& sock, unsigned mtu, Scratch& p, uint8_t* bounce) {
    Export* const one[1] = {&e};
    Incoming in;
    in.self = sock.iface.mac;
    in.mtu = mtu;
    int total = 0;
    for (int round = 0; round < 8; round++) {
        int n = 0;
        while (n < Scratch::kBatch && net::ring_next(sock, p.frames[n])) n++;
        if (n == 0) break;
        total += n;
        p.replies.clear();
        p.spans.clear();
        for (int i = 0; i < n; i++) {
            net::RingFrame& rf = p.frames[i];
            in.frame = {rf.data, rf.len};
            handle_frame(one, in, p.out);
            for (auto& r : p.out.replies) p.replies.push_back(std::move(r));
            if (!p.out.io) continue;
            if (rf.room < kFrameBufSize) {  // never: the ring is made with room for the reply
                e.stats.drops++;
                continue;
            }
            bool later = false;
            size_t len = execute_io(e, p.out.frame, rf.data, in.self, bounce, false, nullptr, nullptr, &later);
            if (!len) continue;
            if (later) p.unsynced.push_back(rf.data);
            p.spans.push_back({{rf.data, len}, {}});
        }
        if (!p.unsynced.empty()) {
            sync_batch(e, p.unsynced);
            p.unsynced.clear();
        }
        for (auto& r : p.replies) p.spans.push_back({{r.data(), r.size()}, {}});
        if (!p.spans.empty()) net::send_frames(sock, std::span<const net::SplitFrame>(p.spans));
        for (int i = 0; i < n; i++) net::ring_release(p.frames[i]);
        if (n < Scratch::kBatch) break;
    }
    return total;
}

// Executes the queued jobs in order; sends the replies in runs that share a socket.
void run_jobs(Worker& w, Scratch& p, uint8_t* bounce) {
    std::vector<IoJob*>& batch = p.batch;
    p.lens.clear();
    for (IoJob* j : batch) {
        bool later = false;
        p.lens.push_back(execute_io(*w.exp, j->buf.get(), j->len, j->self, bounce, false, nullptr, nullptr, &later));
        if (later && p.lens.back()) p.unsynced.push_back(j->buf.get());
    }
    if (!p.unsynced.empty()) {
        sync_batch(*w.exp, p.unsynced);
        p.unsynced.clear();
    }
    size_t start = 0;
    p.sends.clear();
    for (size_t i = 0; i < batch.size(); i++) {
        IoJob* j = batch[i];
        if (i > start && batch[i - 1]->sock != j->sock) {
            if (batch[start]->sock) net::send_frames(*batch[start]->sock, p.sends);
            p.sends.clear();
            start = i;
        }
        p.sends.push_back(std::span<const uint8_t>(j->buf.get(), p.lens[i]));
    }
    if (!batch.empty() && batch[start]->sock) net::send_frames(*batch[start]->sock, p.sends);
    {
        std::lock_guard<std::mutex> lock(w.mu);
        for (IoJob* j : batch) {
            j->sock.reset();
            w.free_jobs.push_back(j);
        }
    }
    w.pending.fetch_sub(uint32_t(batch.size()));
    batch.clear();
}

void run(Worker* w) {
    // O_DIRECT wants aligned memory; the frame buffers are not.
    uint8_t* bounce = nullptr;
    if (w->exp->direct) bounce = static_cast<uint8_t*>(std::aligned_alloc(4096, 4096 * 3));
    Scratch p;
    std::vector<pollfd> pfd;
    pfd.push_back(pollfd{w->wake, POLLIN, 0});
    std::vector<unsigned> mtu;
    for (auto& s : w->own) {
        pfd.push_back(pollfd{s->fd, POLLIN, 0});
        mtu.push_back(net::current_mtu(*s));
    }
    auto last_mtu = std::chrono::steady_clock::now();
    for (;;) {
        bool busy = false;
        for (size_t i = 0; i < w->own.size(); i++)
            busy = serve_own(*w->exp, *w->own[i], mtu[i], p, bounce) > 0 || busy;
        {
            std::lock_guard<std::mutex> lock(w->mu);
            p.batch.swap(w->queue);
            if (p.batch.empty() && w->stopping) break;
            // Idle is set under the lock the receive thread kicks under, so
            // a job queued from now on writes the eventfd.
            w->idle = p.batch.empty() && !busy;
        }
        if (!p.batch.empty()) {
            run_jobs(*w, p, bounce);
            continue;
        }
        if (busy) continue;
        // Own sockets: their ring is empty now, so poll reports the next frame.
        int r = poll(pfd.data(), pfd.size(), w->own.empty() ? -1 : 1000);
        {
            std::lock_guard<std::mutex> lock(w->mu);
            w->idle = false;
        }
        if (r > 0 && pfd[0].revents) {
            uint64_t v;
            if (read(w->wake, &v, sizeof v) < 0) { /* nonblocking: nothing to read */ }
        }
        // The interface went down or away: read the error so poll stops
        // reporting it (the receive thread says what happened).
        for (size_t i = 1; r > 0 && i < pfd.size(); i++)
            if (pfd[i].revents & POLLERR) net::take_error(*w->own[i - 1]);
        // The MTU may change under us (jumbo frames set later).
        auto now = std::chrono::steady_clock::now();
        if (now - last_mtu > std::chrono::seconds(1)) {
            for (size_t i = 0; i < w->own.size(); i++) mtu[i] = net::current_mtu(*w->own[i]);
            last_mtu = now;
        }
    }
    std::free(bounce);
}


// Takes the error an interface reports (down, gone) so poll stops
// reporting it; the receive thread says what happened.
void take_errors(const std::vector<pollfd>& pfd, size_t first, const std::vector<net::RawSocket*>& socks) {
    for (size_t i = 0; i < socks.size(); i++)
        if (pfd[first + i].revents & POLLERR) net::take_error(*socks[i]);
}

void drain(int fd) {
    uint64_t v;
    if (read(fd, &v, sizeof v) < 0) { /* nonblocking: nothing to read */ }
}

}  // namespace

// One thread serving the workers of several exports in memory. Members join
// and leave while it runs (reloads): `changed` makes it re-read the list.
struct Crew {
    std::mutex mu;
    std::vector<Worker*> members;  // guarded by mu
    std::atomic<bool> changed{false};
    int wake = -1;                 // eventfd: members changed
};

namespace {

void crew_run(Crew* c) {
    Scratch p;
    std::vector<Worker*> ws;
    std::vector<pollfd> pfd;
    std::vector<net::RawSocket*> socks;  // pfd[1 + ws.size() + i]
    std::vector<std::pair<Worker*, size_t>> src;  // socks[i] = src[i].first->own[src[i].second]
    std::vector<unsigned> mtu;
    auto last_mtu = std::chrono::steady_clock::now();
    bool rebuild = true;
    size_t pass = 0;
    for (;;) {
        if (c->changed.exchange(false) || rebuild) {
            {
                std::lock_guard<std::mutex> lock(c->mu);
                ws = c->members;
            }
            pfd.assign(1, pollfd{c->wake, POLLIN, 0});
            for (Worker* w : ws) pfd.push_back(pollfd{w->wake, POLLIN, 0});
            socks.clear(), src.clear(), mtu.clear();
            for (Worker* w : ws)
                for (size_t i = 0; i < w->own.size(); i++) {
                    pfd.push_back(pollfd{w->own[i]->fd, POLLIN, 0});
                    socks.push_back(w->own[i].get());
                    src.emplace_back(w, i);
                    mtu.push_back(net::current_mtu(*w->own[i]));
                }
            rebuild = false;
        }
        // Each pass starts one socket further on: a socket served last gets
        // its client's next requests last, and would stay behind for good.
        bool busy = false;
        const size_t first = socks.empty() ? 0 : pass++ % socks.size();
        for (size_t j = 0; j < socks.size(); j++) {
            const size_t i = (first + j) % socks.size();
            busy = serve_own(*src[i].first->exp, *socks[i], mtu[i], p, nullptr) > 0 || busy;
        }
        for (size_t k = 0; k < ws.size();) {
            Worker* w = ws[k];
            bool stop;
            {
                std::lock_guard<std::mutex> lock(w->mu);
                p.batch.swap(w->queue);
                stop = p.batch.empty() && w->stopping;
            }
            if (!p.batch.empty()) {
                run_jobs(*w, p, nullptr);
                busy = true;
            }
            if (!stop) {
                k++;
                continue;
            }
            // Let go of it: out of our lists before stop_worker may free it.
            {
                std::lock_guard<std::mutex> lock(c->mu);
                c->members.erase(std::find(c->members.begin(), c->members.end(), w));
            }
            ws.erase(ws.begin() + ptrdiff_t(k));
            for (size_t i = socks.size(); i-- > 0;)
                if (src[i].first == w) {
                    socks.erase(socks.begin() + ptrdiff_t(i));
                    src.erase(src.begin() + ptrdiff_t(i));
                    mtu.erase(mtu.begin() + ptrdiff_t(i));
                }
            rebuild = true;
            std::lock_guard<std::mutex> lock(w->mu);
            w->done = true;
            w->left.notify_all();
        }
        if (busy || rebuild) continue;
        // Idle only when no member has anything queued, each marked under
        // the lock kick() checks, so a job queued from now on wakes us.
        bool work = false;
        for (Worker* w : ws) {
            std::lock_guard<std::mutex> lock(w->mu);
            if (!w->queue.empty() || w->stopping) work = true;
            else w->idle = true;
        }
        int r = work ? 0 : poll(pfd.data(), pfd.size(), 1000);
        for (Worker* w : ws) {
            std::lock_guard<std::mutex> lock(w->mu);
            w->idle = false;
        }
        for (size_t i = 0; r > 0 && i < 1 + ws.size(); i++)
            if (pfd[i].revents) drain(pfd[i].fd);
        if (r > 0) take_errors(pfd, 1 + ws.size(), socks);
        auto now = std::chrono::steady_clock::now();
        if (now - last_mtu > std::chrono::seconds(1)) {
            for (size_t i = 0; i < socks.size(); i++) mtu[i] = net::current_mtu(*socks[i]);
            last_mtu = now;
        }
    }
}

// The crews, one per core, made on first use and kept for the life of the
// process (their threads are detached: exit ends them).
Crew* pick_crew(std::string& err) {
    static std::mutex mu;
    static std::vector<Crew*> crews;
    std::lock_guard<std::mutex> lock(mu);
    if (crews.empty()) {
        const unsigned n = std::max(1u, std::thread::hardware_concurrency());
        for (unsigned i = 0; i < n; i++) {
            auto* c = new Crew;
            c->wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
            if (c->wake < 0) {
                err = std::string("eventfd: ") + std::strerror(errno);
                delete c;
                break;
            }
            crews.push_back(c);
            std::thread(crew_run, c).detach();
        }
        if (crews.empty()) return nullptr;
    }
    Crew* best = crews[0];
    size_t least = SIZE_MAX;
    for (Crew* c : crews) {
        std::lock_guard<std::mutex> l(c->mu);
        if (c->members.size() < least) least = c->members.size(), best = c;
    }
    return best;
}
}  // namespace

bool start_worker(Export& e, std::vector<std::shared_ptr<net::RawSocket>> own, std::string& err, bool shared) {
    auto w = std::make_unique<Worker>();
    w->exp = &e;
    w->own = std::move(own);
    w->wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (w->wake < 0) {
        err = std::string("eventfd: ") + std::strerror(errno);
        return false;
    }
    // Twice the advertised count: a reply leaves before its buffer is back
    // on the free list, so an initiator that keeps exactly `buffers` in
    // flight must not find us full.
    w->limit = e.cfg.buffers * 2;
    if (shared && !e.direct) {
        std::string cerr;
        if (Crew* c = pick_crew(cerr)) {
            w->crew = c;
            {
                std::lock_guard<std::mutex> lock(c->mu);
                c->members.push_back(w.get());
            }
            c->changed = true;
            wake_fd(c->wake);
            e.worker = std::move(w);
            return true;
        }
        // No crew: a thread of its own works as well, only costs more.
    }
    w->thread = std::thread(run, w.get());
    e.worker = std::move(w);
    return true;
}

IoJob* take_job(Worker& w) {
    std::lock_guard<std::mutex> lock(w.mu);
    if (!w.free_jobs.empty()) {
        IoJob* j = w.free_jobs.back();
        w.free_jobs.pop_back();
        return j;
    }
    if (w.all.size() >= w.limit) return nullptr;
    // Buffers are made on first need: 32 idle exports cost no memory.
    auto j = std::make_unique<IoJob>();
    j->buf.reset(new uint8_t[kFrameBufSize]);
    w.all.push_back(std::move(j));
    return w.all.back().get();
}

void submit(Worker& w, IoJob* job) {
    w.pending.fetch_add(1);
    std::lock_guard<std::mutex> lock(w.mu);
    w.queue.push_back(job);
    w.pending_kick = true;
}

namespace {
void wake_up(Worker& w) { wake_fd(w.wake); }
}  // namespace

void kick(Worker& w) {
    if (!w.pending_kick) return;
    w.pending_kick = false;
    std::lock_guard<std::mutex> lock(w.mu);
    if (w.idle) wake_up(w);
}

void stop_worker(Worker& w) {
    {
        std::lock_guard<std::mutex> lock(w.mu);
        w.stopping = true;
        wake_up(w);
    }
    if (w.crew) {
        std::unique_lock<std::mutex> lock(w.mu);
        w.left.wait(lock, [&] { return w.done; });
    }
    if (w.thread.joinable()) w.thread.join();
    if (w.wake >= 0) close(w.wake);
    w.wake = -1;
}

size_t queued(Worker& w) {
    std::lock_guard<std::mutex> lock(w.mu);
    return w.queue.size();
}

}  // namespace aoe::target
