// One NBD connection: handshake, then a reader (this thread) that checks each
// request before anything touches the disk, and workers that do the I/O and
// send the replies. See session.h.
#include "nbd/session.h"

#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "base/log.h"

namespace aoe::nbd {

namespace {

// Reads exactly n bytes. False on end of stream (errno 0) or error.
bool read_full(int fd, void* buf, size_t n) {
    auto* p = static_cast<uint8_t*>(buf);
    while (n > 0) {
        ssize_t r = read(fd, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            if (r == 0) errno = 0;
            return false;
        }
        p += r, n -= size_t(r);
    }
    return true;
}

// Sends every byte of the iovecs, never raising SIGPIPE.
bool send_all(int fd, iovec* iov, int cnt) {
    while (cnt > 0) {
        msghdr m{};
        m.msg_iov = iov;
        m.msg_iovlen = size_t(cnt);
        ssize_t w = sendmsg(fd, &m, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return false;
        size_t left = size_t(w);
        while (cnt > 0 && left >= iov->iov_len) {
            left -= iov->iov_len;
            ++iov, --cnt;
        }
        if (cnt > 0) {
            iov->iov_base = static_cast<uint8_t*>(iov->iov_base) + left;
            iov->iov_len -= left;
        }
    }
    return true;
}

bool send_bytes(int fd, const std::vector<uint8_t>& b) {
    iovec v{const_cast<uint8_t*>(b.data()), b.size()};
    return b.empty() || send_all(fd, &v, 1);
}

// Drops `n` payload bytes of a refused write so the stream stays in step.
bool skip_payload(int fd, uint32_t n) {
    uint8_t sink[16384];
    while (n > 0) {
        uint32_t k = n < sizeof sink ? n : uint32_t(sizeof sink);
        if (!read_full(fd, sink, k)) return false;
        n -= k;
    }
    return true;
}

void set_recv_timeout(int fd, int seconds) {
    timeval tv{seconds, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
}

// A payload buffer, left uninitialised: it is filled from the socket or the
// disk before anyone reads it (zeroing 32 MiB per request costs real time).
struct Buffer {
    std::unique_ptr<uint8_t[]> p;
    uint32_t cap = 0;
};

// Payload buffers are reused: a fresh 1 MiB buffer per request comes from
// mmap and costs a page fault (and a zeroed page) per 4 KiB when the disk's
// data lands in it, which took more CPU than the whole AoE engine.
// Holds at most `limit` bytes of idle buffers.
struct BufferPool {
    std::mutex mu;
    std::vector<Buffer> idle;
    uint64_t idle_bytes = 0;
    uint64_t limit = 0;

    Buffer get(uint32_t size) {
        if (size == 0) return {};
        {
            std::lock_guard g(mu);
            // Newest first: its pages are the most likely to be warm.
            for (size_t i = idle.size(); i-- > 0;) {
                if (idle[i].cap < size) continue;
                Buffer b = std::move(idle[i]);
                idle.erase(idle.begin() + long(i));
                idle_bytes -= b.cap;
                return b;
            }
        }
        return Buffer{std::unique_ptr<uint8_t[]>(new uint8_t[size]), size};
    }

    void put(Buffer&& b) {
        if (!b.p) return;
        std::lock_guard g(mu);
        // Make room by dropping smaller idle buffers; drop b if it is the smallest.
        while (idle_bytes + b.cap > limit) {
            size_t small = idle.size();
            for (size_t i = 0; i < idle.size(); i++)
                if (idle[i].cap < b.cap && (small == idle.size() || idle[i].cap < idle[small].cap))
                    small = i;
            if (small == idle.size()) return;
            idle_bytes -= idle[small].cap;
            idle.erase(idle.begin() + long(small));
        }
        idle_bytes += b.cap;
        idle.push_back(std::move(b));
    }
};

struct Job {
    Request req;
    Buffer buf;
    uint32_t size = 0;
    uint8_t* data() { return buf.p.get(); }
};

// Shared by the reader and the workers of one connection.
struct Tx {
    int fd;
    const Export& exp;
    Backend& disk;
    const SessionOptions& opt;

    std::mutex mu;
    std::condition_variable work_cv, space_cv;
    std::deque<Job> queue;
    uint64_t bytes = 0;   // payload held by queued and running jobs
    unsigned jobs = 0;    // queued and running
    bool closing = false;

    std::mutex send_mu;
    bool send_failed = false;

    BufferPool pool;

    bool reply(uint32_t error, uint64_t handle, const uint8_t* data, uint32_t len) {
        uint8_t hdr[kReplySize];
        put_reply(hdr, error, handle);
        iovec v[2] = {{hdr, sizeof hdr}, {const_cast<uint8_t*>(data), len}};
        std::lock_guard g(send_mu);
        if (send_failed) return false;
        if (!send_all(fd, v, data ? 2 : 1)) {
            send_failed = true;
            // Wake the reader: nobody can hear us any more.
            shutdown(fd, SHUT_RDWR);
            return false;
        }
        return true;
    }

    void count(std::atomic<uint64_t> SessionStats::*field, uint64_t n = 1) {
        if (opt.stats) (opt.stats->*field) += n;
    }

    void run(Job& j) {
        const Request& r = j.req;
        uint32_t err = kErrNone;
        switch (r.type) {
        case kCmdRead:
            // Taken only now: queued reads hold no memory.
            j.buf = pool.get(r.length);
            err = disk.read(r.offset, j.data(), r.length);
            count(&SessionStats::reads);
            if (!err) count(&SessionStats::bytes_read, r.length);
            break;
        case kCmdWrite:
            err = disk.write(r.offset, j.data(), r.length);
            // FUA: the write is acknowledged only once it is durable.
            if (!err && (r.flags & kCmdFlagFua)) err = disk.flush();
            count(&SessionStats::writes);
            if (!err) count(&SessionStats::bytes_written, r.length);
            break;
        case kCmdFlush:
            err = disk.flush();
            count(&SessionStats::flushes);
            break;
        }
        if (err) {
            count(&SessionStats::errors);
            log_warn("nbd: %s of %u bytes at %llu failed (NBD error %u)", command_name(r.type),
                     r.length, (unsigned long long)r.offset, err);
        }
        bool with_data = r.type == kCmdRead && !err;
        reply(err, r.handle, with_data ? j.data() : nullptr, with_data ? r.length : 0);
    }

    void worker() {
        for (;;) {
            Job j;
            {
                std::unique_lock g(mu);
                work_cv.wait(g, [&] { return !queue.empty() || closing; });
                if (queue.empty()) return;  // closing and drained
                j = std::move(queue.front());
                queue.pop_front();
            }
            run(j);
            pool.put(std::move(j.buf));
            {
                std::lock_guard g(mu);
                bytes -= j.size;
                jobs--;
            }
            space_cv.notify_all();
        }
    }

    // Waits until the job fits the budget (one job alone always fits).
    void admit(uint64_t size) {
        std::unique_lock g(mu);
        space_cv.wait(g, [&] {
            return jobs == 0 || (bytes + size <= opt.inflight_bytes && jobs < 4 * opt.workers);
        });
        bytes += size;
        jobs++;
    }

    void push(Job&& j) {
        {
            std::lock_guard g(mu);
            queue.push_back(std::move(j));
        }
        work_cv.notify_one();
    }

    void unadmit(uint64_t size) {
        std::lock_guard g(mu);
        bytes -= size;
        jobs--;
    }
};

}  // namespace

Export export_for(const Backend& disk, const std::string& name) {
    Export e;
    e.name = name;
    e.description = disk.describe;
    e.size = disk.size;
    e.read_only = disk.read_only;
    e.can_flush = disk.can_flush && bool(disk.flush);
    return e;
}

End serve_transmission(int fd, const Export& e, Backend& disk, const SessionOptions& o,
                       std::string& why) {
    Tx tx{fd, e, disk, o};
    // Enough idle buffers for every worker's read of up to 2 MiB; a root
    // bridge has its memory locked, so not more.
    unsigned n = o.workers ? o.workers : 1;
    tx.pool.limit = std::min<uint64_t>(o.inflight_bytes, uint64_t(2 << 20) * n);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < n; i++) workers.emplace_back([&tx] { tx.worker(); });

    End end = End::kEof;
    for (;;) {
        uint8_t hdr[kRequestSize];
        if (!read_full(fd, hdr, sizeof hdr)) {
            end = errno ? End::kIoError : End::kEof;
            if (errno) why = std::string("reading request: ") + std::strerror(errno);
            break;
        }
        Request r = parse_request(std::span<const uint8_t, kRequestSize>(hdr, kRequestSize));
        Check c = check_request(e, r);
        if (c.verdict == Verdict::kDisconnect) {
            end = End::kDisconnect;
            break;
        }
        if (c.verdict == Verdict::kClose) {
            char b[96];
            std::snprintf(b, sizeof b, "bad request magic 0x%08x (expected 0x%08x)", r.magic,
                          kRequestMagic);
            why = b;
            end = End::kProtocol;
            break;
        }
        if (c.verdict == Verdict::kError || c.verdict == Verdict::kErrorClose) {
            char b[160];
            std::snprintf(b, sizeof b, "refused %s (type %u, flags 0x%x) of %u bytes at %llu: NBD error %u",
                          command_name(r.type), r.type, r.flags, r.length,
                          (unsigned long long)r.offset, c.error);
            log_warn("nbd: %s", b);
            tx.count(&SessionStats::errors);
            if (c.verdict == Verdict::kErrorClose) {
                tx.reply(c.error, r.handle, nullptr, 0);
                why = b;
                end = End::kProtocol;
                break;
            }
            if (!skip_payload(fd, request_payload(r))) break;
            if (!tx.reply(c.error, r.handle, nullptr, 0)) break;
            continue;
        }
        uint32_t size = (r.type == kCmdRead || r.type == kCmdWrite) ? r.length : 0;
        tx.admit(size);
        Job j{r, r.type == kCmdWrite ? tx.pool.get(size) : Buffer{}, size};
        if (r.type == kCmdWrite && !read_full(fd, j.data(), size)) {
            tx.unadmit(size);
            end = End::kEof;
            why = "connection closed in the middle of a write payload";
            break;
        }
        tx.push(std::move(j));
    }
    // Whatever is in flight still completes and is answered (if anyone is
    // listening); only then does the connection close.
    {
        std::lock_guard g(tx.mu);
        tx.closing = true;
    }
    tx.work_cv.notify_all();
    for (auto& t : workers) t.join();
    return end;
}

End serve_client(int fd, const Export& e, Backend& disk, const SessionOptions& o,
                 std::string& why) {
    set_recv_timeout(fd, o.handshake_timeout_s);
    std::vector<uint8_t> out;
    put_greeting(out);
    if (!send_bytes(fd, out)) {
        why = std::string("sending greeting: ") + std::strerror(errno);
        return End::kIoError;
    }
    uint8_t cf[4];
    if (!read_full(fd, cf, 4)) {
        why = errno ? std::string("reading client flags: ") + std::strerror(errno)
                    : "client left during the handshake";
        return errno ? End::kIoError : End::kEof;
    }
    uint32_t client_flags = uint32_t(cf[0]) << 24 | cf[1] << 16 | cf[2] << 8 | cf[3];
    if (client_flags & ~(kClientFixedNewstyle | kClientNoZeroes)) {
        why = "client sent unknown handshake flags";
        return End::kProtocol;
    }
    bool no_zeroes = client_flags & kClientNoZeroes;
    for (;;) {
        uint8_t h[kOptionHeaderSize];
        if (!read_full(fd, h, sizeof h)) {
            why = errno ? std::string("reading option: ") + std::strerror(errno)
                        : "client left during the handshake";
            return errno ? End::kIoError : End::kEof;
        }
        OptionHeader oh = parse_option_header(std::span<const uint8_t, kOptionHeaderSize>(h, sizeof h));
        if (oh.magic != kOptMagic) {
            why = "bad option magic";
            return End::kProtocol;
        }
        if (oh.length > kMaxOptionLength) {
            why = "option " + std::to_string(oh.option) + " too long (" +
                  std::to_string(oh.length) + " bytes)";
            return End::kProtocol;
        }
        std::vector<uint8_t> data(oh.length);
        if (!read_full(fd, data.data(), data.size())) {
            why = "client left during the handshake";
            return End::kEof;
        }
        OptionOutcome r = handle_option(e, oh.option, data, no_zeroes);
        if (!send_bytes(fd, r.reply)) {
            why = std::string("sending option reply: ") + std::strerror(errno);
            return End::kIoError;
        }
        if (r.next == Next::kClose) {
            if (oh.option == kOptAbort) return End::kDisconnect;
            why = "client asked for an unknown export";
            return End::kProtocol;
        }
        if (r.next == Next::kTransmission) break;
    }
    set_recv_timeout(fd, 0);  // an idle client in transmission is legitimate
    return serve_transmission(fd, e, disk, o, why);
}

}  // namespace aoe::nbd
