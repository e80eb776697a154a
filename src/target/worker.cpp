#include "target/worker.h"

#include <cstdlib>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>
#include <span>

#include "target/request.h"

namespace aoe::target {

namespace {

void run(Worker* w) {
    // O_DIRECT wants aligned memory; the frame buffers are not.
    uint8_t* bounce = nullptr;
    if (w->exp->direct) bounce = static_cast<uint8_t*>(std::aligned_alloc(4096, 4096 * 3));
    std::vector<IoJob*> batch;
    std::vector<std::span<const uint8_t>> frames;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(w->mu);
            while (w->queue.empty() && !w->stopping) {
                w->idle = true;
                w->cv.wait(lock);
                w->idle = false;
            }
            if (w->queue.empty() && w->stopping) break;
            batch.swap(w->queue);
        }
        // Execute in order; send the replies in runs that share a socket.
        size_t start = 0;
        frames.clear();
        for (size_t i = 0; i < batch.size(); i++) {
            IoJob* j = batch[i];
            size_t n = execute_io(*w->exp, j->buf.get(), j->len, j->self, bounce);
            if (i > start && batch[i - 1]->sock != j->sock) {
                if (batch[start]->sock) net::send_frames(*batch[start]->sock, frames);
                frames.clear();
                start = i;
            }
            frames.push_back(std::span<const uint8_t>(j->buf.get(), n));
        }
        if (!batch.empty() && batch[start]->sock) net::send_frames(*batch[start]->sock, frames);
        {
            std::lock_guard<std::mutex> lock(w->mu);
            for (IoJob* j : batch) {
                j->sock.reset();
                w->free_jobs.push_back(j);
            }
        }
        w->pending.fetch_sub(uint32_t(batch.size()));
        batch.clear();
    }
    std::free(bounce);
}

}  // namespace

void start_worker(Export& e) {
    e.worker = std::make_unique<Worker>();
    Worker& w = *e.worker;
    w.exp = &e;
    // Twice the advertised count: a reply leaves before its buffer is back
    // on the free list, so an initiator that keeps exactly `buffers` in
    // flight must not find us full.
    w.limit = e.cfg.buffers * 2;
    w.thread = std::thread(run, &w);
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

void kick(Worker& w) {
    if (!w.pending_kick) return;
    w.pending_kick = false;
    std::lock_guard<std::mutex> lock(w.mu);
    if (w.idle) w.cv.notify_one();
}

void stop_worker(Worker& w) {
    {
        std::lock_guard<std::mutex> lock(w.mu);
        w.stopping = true;
        w.cv.notify_one();
    }
    if (w.thread.joinable()) w.thread.join();
}

size_t queued(Worker& w) {
    std::lock_guard<std::mutex> lock(w.mu);
    return w.queue.size();
}

}  // namespace aoe::target
