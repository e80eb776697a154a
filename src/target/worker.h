// One I/O thread per export: the receive thread never waits for a disk, and
// a slow export only ever stalls itself. It takes requests two ways:
// - from its own sockets, where the kernel steers the export's READ, WRITE
//   and FLUSH requests (a fanout group per interface, see Link in server.h):
//   it receives, stores and answers them itself, with one wake-up per batch,
//   as one vblade process per export would;
// - from its queue, filled by the receive thread with the requests that
//   reached the interface's main socket (no own socket, or during a reload).
// Requests are executed in arrival order (a FLUSH follows the writes before
// it), and the number queued is bounded by the export's advertised buffer
// count.
// Exports in memory (tmpfs, null: no request ever waits for a disk) share
// threads instead: one crew per core, each serving the workers of several
// exports in one loop, so that 54 exports cost 2 wake-ups per batch, not 54.
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

struct Crew;  // worker.cpp

struct Worker {
    Export* exp = nullptr;
    Crew* crew = nullptr;            // the shared thread serving it, or null: a thread of its own
    bool done = false;               // crew only: it let go of this worker (guarded by mu)
    std::condition_variable left;    // crew only: signalled with done
    std::vector<std::shared_ptr<net::RawSocket>> own;  // fixed while the thread runs
    int wake = -1;                   // eventfd: the queue has work, or stop
    std::mutex mu;
    std::vector<IoJob*> queue;       // guarded by mu
    std::vector<IoJob*> free_jobs;   // guarded by mu
    std::vector<std::unique_ptr<IoJob>> all;  // guarded by mu
    unsigned limit = 0;              // buffers
    bool idle = false;               // worker waits in poll (guarded by mu)
    bool stopping = false;           // guarded by mu
    bool pending_kick = false;       // receive thread only
    // Submitted and not yet answered. While it is 0 the receive thread may
    // answer a request itself without reordering it against queued ones.
    std::atomic<uint32_t> pending{0};
    std::thread thread;
};

// Starts the export's worker (e.worker), serving `own` sockets too: a
// thread of its own, or with `shared` (an export in memory, not O_DIRECT) a
// place in the least busy crew. Returns false with `err` set when the
// wake-up cannot be made.
bool start_worker(Export& e, std::vector<std::shared_ptr<net::RawSocket>> own, std::string& err,
                  bool shared = false);
// A free job buffer, or null when `buffers` requests are already queued.
IoJob* take_job(Worker& w);
// Queues a filled job; the worker is woken by kick() (once per receive batch).
void submit(Worker& w, IoJob* job);
void kick(Worker& w);
// Lets the worker finish (and answer) everything queued, then joins it.
void stop_worker(Worker& w);
size_t queued(Worker& w);

}  // namespace aoe::target
