#include "target/worker.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "target/request.h"

namespace aoe::target {

namespace {

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

}  // namespace

bool start_worker(Export& e, std::vector<std::shared_ptr<net::RawSocket>> own, std::string& err) {
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
void wake_up(Worker& w) {
    uint64_t one = 1;
    if (w.wake >= 0 && write(w.wake, &one, sizeof one) < 0) { /* the counter is full: it is awake anyway */ }
}
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
    if (w.thread.joinable()) w.thread.join();
    if (w.wake >= 0) close(w.wake);
    w.wake = -1;
}

size_t queued(Worker& w) {
    std::lock_guard<std::mutex> lock(w.mu);
    return w.queue.size();
}

}  // namespace aoe::target
