// One I/O thread per export with its own queue: the receive thread never
// waits for a disk, and a slow export only ever stalls itself. Requests are
// executed in arrival order (a FLUSH follows the writes before it), and the
// number queued is bounded by the export's advertised buffer count.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

#include "net/rawsock.h"
#include "target/export.h"

namespace aoe::target {

struct IoJob {
    std::unique_ptr<uint8_t[]> buf;  // kFrameBufSize: the request, then the reply
    size_t len = 0;
    Mac self{};
    std::shared_ptr<net::RawSocket> sock;  // where the reply goes
};

struct Worker {
    Export* exp = nullptr;
    std::mutex mu;
    std::condition_variable cv;
    std::vector<IoJob*> queue;       // guarded by mu
    std::vector<IoJob*> free_jobs;   // guarded by mu
    std::vector<std::unique_ptr<IoJob>> all;  // guarded by mu
    unsigned limit = 0;              // buffers
    bool idle = false;               // worker sleeps on cv (guarded by mu)
    bool stopping = false;           // guarded by mu
    bool pending_kick = false;       // receive thread only
    // Submitted and not yet answered. While it is 0 the receive thread may
    // answer a request itself without reordering it against queued ones.
    std::atomic<uint32_t> pending{0};
    std::thread thread;
};

// Starts the export's worker thread (e.worker).
void start_worker(Export& e);
// A free job buffer, or null when `buffers` requests are already queued.
IoJob* take_job(Worker& w);
// Queues a filled job; the worker is woken by kick() (once per receive batch).
void submit(Worker& w, IoJob* job);
void kick(Worker& w);
// Lets the worker finish (and answer) everything queued, then joins it.
void stop_worker(Worker& w);
size_t queued(Worker& w);

}  // namespace aoe::target
