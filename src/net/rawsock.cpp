#include "net/rawsock.h"

#include <arpa/inet.h>
#include <cerrno>
#include <algorithm>
#include <cstring>
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <net/ethernet.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef PACKET_IGNORE_OUTGOING
#define PACKET_IGNORE_OUTGOING 23
#endif

namespace aoe::net {

namespace {

bool ifreq_call(int fd, unsigned long req, const std::string& name, ifreq& ifr) {
    std::memset(&ifr, 0, sizeof ifr);
    std::strncpy(ifr.ifr_name, name.c_str(), IFNAMSIZ - 1);
    return ioctl(fd, req, &ifr) == 0;
}

constexpr uint32_t kAccept = 0x40000;  // whole frame
constexpr uint16_t kMaxInsns = 4096;   // the kernel's BPF_MAXINSNS

struct Program {
    std::vector<sock_filter> insns;
    void stmt(uint16_t code, uint32_t k) { insns.push_back(BPF_STMT(code, k)); }
    // A == k: accept. Else on to the next instruction.
    void accept_if(uint32_t k) {
        insns.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, k, 0, 1));
        stmt(BPF_RET | BPF_K, kAccept);
    }
    // A != k: reject. Else on.
    void reject_unless(uint32_t k) {
        insns.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, k, 1, 0));
        stmt(BPF_RET | BPF_K, 0);
    }
};

// level 2: shelf and slot; 1: shelf only; 0: no address.
std::vector<sock_filter> filter_program(const Filter& f, int level) {
    Program p;
    if (f.nothing) {
        p.stmt(BPF_RET | BPF_K, 0);
        return p.insns;
    }
    p.stmt(BPF_LD | BPF_H | BPF_ABS, 12);
    p.reject_unless(kEtherType);
    p.stmt(BPF_LD | BPF_B | BPF_ABS, 14);
    p.stmt(BPF_ALU | BPF_AND | BPF_K, kFlagResponse);
    p.reject_unless(f.responses ? kFlagResponse : 0);
    if (f.targets.empty() || f.responses || level == 0) {
        p.stmt(BPF_RET | BPF_K, kAccept);
        return p.insns;
    }
    std::vector<Address> want = f.targets;
    std::sort(want.begin(), want.end(), [](const Address& a, const Address& b) {
        return a.shelf != b.shelf ? a.shelf < b.shelf : a.slot < b.slot;
    });
    want.erase(std::unique(want.begin(), want.end()), want.end());
    p.stmt(BPF_LD | BPF_H | BPF_ABS, 16);  // shelf (major)
    p.accept_if(kBroadcastMajor);
    for (size_t i = 0; i < want.size();) {
        const uint16_t shelf = want[i].shelf;
        size_t end = i;
        while (end < want.size() && want[end].shelf == shelf) end++;
        if (level == 1) {
            p.accept_if(shelf);
            i = end;
            continue;
        }
        // Not this shelf: jump over its block (BPF_JA has a 32-bit offset).
        p.insns.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, shelf, 1, 0));
        const size_t skip = p.insns.size();
        p.stmt(BPF_JMP | BPF_JA, 0);
        p.stmt(BPF_LD | BPF_B | BPF_ABS, 18);  // slot (minor)
        p.accept_if(kBroadcastMinor);
        for (; i < end; i++) p.accept_if(want[i].slot);
        p.stmt(BPF_RET | BPF_K, 0);
        p.insns[skip].k = uint32_t(p.insns.size() - skip - 1);
    }
    p.stmt(BPF_RET | BPF_K, 0);
    return p.insns;
}

// The ring is set up before bind, while no frame can be queued the old way.
// A frame may not span blocks, and the kernel gives each block a power of
// two of pages, so frames are packed into 64 KiB blocks: 7 slots of 9.1 KiB
// each for a jumbo frame, where a 16 KiB block per slot wasted 43%. The
// slot count is rounded up to whole blocks (256 asked: 259 slots, 2.3 MiB).
bool setup_ring(RawSocket& s, size_t room, unsigned slots, std::string& err) {
    int version = TPACKET_V2;
    if (setsockopt(s.fd, SOL_PACKET, PACKET_VERSION, &version, sizeof version) < 0) {
        err = std::string("cannot use TPACKET_V2 receive rings: ") + std::strerror(errno);
        return false;
    }
    const RingShape shape = ring_shape(room, slots);
    tpacket_req req{};
    req.tp_block_size = unsigned(shape.block_size);
    req.tp_block_nr = shape.blocks;
    req.tp_frame_size = unsigned(shape.slot_size);
    req.tp_frame_nr = shape.slots();
    if (setsockopt(s.fd, SOL_PACKET, PACKET_RX_RING, &req, sizeof req) < 0) {
        err = std::string("cannot set up a receive ring: ") + std::strerror(errno);
        return false;
    }
    void* m = mmap(nullptr, shape.bytes(), PROT_READ | PROT_WRITE, MAP_SHARED, s.fd, 0);
    if (m == MAP_FAILED) {
        err = std::string("cannot map the receive ring: ") + std::strerror(errno);
        return false;
    }
    s.ring.map = static_cast<uint8_t*>(m);
    s.ring.shape = shape;
    s.ring.next = 0;
    return true;
}

}  // namespace

RingShape ring_shape(size_t room, unsigned slots) {
    RingShape r;
    // Where the frame starts in a slot: after the tpacket2 header and the
    // sockaddr_ll, the network header aligned to 16 (the kernel's macoff).
    const size_t hdr = TPACKET_ALIGN(sizeof(tpacket2_hdr)) + sizeof(sockaddr_ll);
    const size_t mac_off = TPACKET_ALIGN(hdr + 16) - 14;
    r.slot_size = TPACKET_ALIGN(mac_off + room);
    r.block_size = 64 << 10;
    while (r.block_size < r.slot_size) r.block_size *= 2;
    r.per_block = unsigned(r.block_size / r.slot_size);
    r.blocks = (std::max(slots, 1u) + r.per_block - 1) / r.per_block;
    return r;
}

std::vector<sock_filter> build_filter(const Filter& f) {
    for (int level = 2;; level--) {
        std::vector<sock_filter> prog = filter_program(f, level);
        if (prog.size() <= kMaxInsns || level == 0) return prog;
    }
}

bool get_interface(const std::string& name, Interface& out, std::string& err) {
    if (name.empty() || name.size() >= IFNAMSIZ) {
        err = "bad interface name '" + name + "'";
        return false;
    }
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) fd = socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        err = std::string("socket: ") + std::strerror(errno);
        return false;
    }
    ifreq ifr;
    bool ok = ifreq_call(fd, SIOCGIFINDEX, name, ifr);
    if (!ok) {
        err = "no such interface " + name;
        close(fd);
        return false;
    }
    out = Interface{};
    out.name = name;
    out.index = ifr.ifr_ifindex;
    if (ifreq_call(fd, SIOCGIFHWADDR, name, ifr)) {
        std::memcpy(out.mac.data(), ifr.ifr_hwaddr.sa_data, 6);
        out.ethernet = ifr.ifr_hwaddr.sa_family == ARPHRD_ETHER;
    }
    if (ifreq_call(fd, SIOCGIFMTU, name, ifr)) out.mtu = unsigned(ifr.ifr_mtu);
    if (ifreq_call(fd, SIOCGIFFLAGS, name, ifr)) {
        out.up = ifr.ifr_flags & IFF_UP;
        out.running = ifr.ifr_flags & IFF_RUNNING;
    }
    close(fd);
    return true;
}

bool open_socket(RawSocket& s, const Interface& iface, const Filter& f, std::string& err, size_t ring_room,
                 unsigned ring_slots) {
    // Protocol 0 at creation, the AoE ethertype at bind: a socket created
    // with a protocol is hooked into every interface's receive path at once,
    // and the kernel's set-up and tear-down of that costs 6-40 ms per socket
    // (measured), which discovery pays on every run.
    int fd = socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        err = std::string("cannot open a raw socket (are you root?): ") + std::strerror(errno);
        return false;
    }
    s.fd = fd;
    s.iface = iface;
    if (!set_filter(s, f, err) || (ring_room && !setup_ring(s, ring_room, ring_slots, err))) {
        close_socket(s);
        return false;
    }
    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_protocol = htons(kEtherType);
    sll.sll_ifindex = iface.index;
    if (bind(fd, reinterpret_cast<sockaddr*>(&sll), sizeof sll) < 0) {
        err = "cannot bind to " + iface.name + ": " + std::strerror(errno);
        close_socket(s);
        return false;
    }
    int one = 1;
    setsockopt(fd, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof one);
    int bufsize = 8 << 20;
    // SO_RCVBUFFORCE passes the sysctl cap when we are root; fall back if not.
    if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &bufsize, sizeof bufsize) < 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bufsize, sizeof bufsize);
    if (setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &bufsize, sizeof bufsize) < 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &bufsize, sizeof bufsize);
    return true;
}

bool fanout_create(RawSocket& s, uint16_t& group, std::string& err) {
    int arg = (PACKET_FANOUT_CBPF | PACKET_FANOUT_FLAG_UNIQUEID) << 16;
    if (setsockopt(s.fd, SOL_PACKET, PACKET_FANOUT, &arg, sizeof arg) < 0) {
        err = std::string("cannot make a fanout group: ") + std::strerror(errno);
        return false;
    }
    int got = 0;
    socklen_t len = sizeof got;
    if (getsockopt(s.fd, SOL_PACKET, PACKET_FANOUT, &got, &len) < 0) {
        err = std::string("cannot read the fanout group id: ") + std::strerror(errno);
        return false;
    }
    group = uint16_t(got & 0xffff);
    return true;
}

bool fanout_join(RawSocket& s, uint16_t group, std::string& err) {
    int arg = PACKET_FANOUT_CBPF << 16 | group;
    if (setsockopt(s.fd, SOL_PACKET, PACKET_FANOUT, &arg, sizeof arg) < 0) {
        err = std::string("cannot join the fanout group: ") + std::strerror(errno);
        return false;
    }
    return true;
}

std::vector<sock_filter> build_steering(std::span<const SteerRule> rules) {
    // Offsets from the AoE header: 0 version and flags, 2 major, 4 minor,
    // 5 command; the ATA arguments start at 10, their command byte at 13.
    Program p;
    p.stmt(BPF_LD | BPF_B | BPF_ABS, 0);
    p.insns.push_back(BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, kFlagResponse, 0, 1));
    p.stmt(BPF_RET | BPF_K, 0);
    p.stmt(BPF_LD | BPF_B | BPF_ABS, 5);
    p.reject_unless(kCmdAta);
    p.stmt(BPF_LD | BPF_B | BPF_ABS, 13);
    const uint8_t ops[] = {kAtaRead, kAtaReadExt, kAtaWrite, kAtaWriteExt, kAtaFlushCache, kAtaFlushCacheExt};
    for (size_t i = 0; i < std::size(ops); i++)  // an I/O command: on to the address
        p.insns.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, ops[i], uint8_t(std::size(ops) - i), 0));
    p.stmt(BPF_RET | BPF_K, 0);
    // Major, minor and the command byte (0) as one word.
    p.stmt(BPF_LD | BPF_W | BPF_ABS, 2);
    for (const SteerRule& r : rules) {
        p.insns.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, uint32_t(r.addr.shelf) << 16 | uint32_t(r.addr.slot) << 8, 0, 1));
        p.stmt(BPF_RET | BPF_K, r.member);
    }
    p.stmt(BPF_RET | BPF_K, 0);
    return p.insns;
}

namespace {

bool attach(int fd, int level, int option, std::vector<sock_filter> prog, const char* what, std::string& err) {
    sock_fprog fprog{};
    fprog.len = uint16_t(prog.size());
    fprog.filter = prog.data();
    if (setsockopt(fd, level, option, &fprog, sizeof fprog) < 0) {
        err = std::string("cannot ") + what + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

}  // namespace

bool set_steering(RawSocket& member, std::span<const SteerRule> rules, std::string& err) {
    return attach(member.fd, SOL_PACKET, PACKET_FANOUT_DATA, build_steering(rules), "set the fanout program", err);
}

bool set_filter(RawSocket& s, const Filter& f, std::string& err) {
    return attach(s.fd, SOL_SOCKET, SO_ATTACH_FILTER, build_filter(f), "attach the AoE packet filter", err);
}

int take_error(const RawSocket& s) {
    int e = 0;
    socklen_t len = sizeof e;
    if (getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &e, &len) < 0) return 0;
    return e;
}

void close_socket(RawSocket& s) {
    if (s.ring.map) munmap(s.ring.map, s.ring.shape.bytes());
    s.ring = RxRing{};
    if (s.fd >= 0) close(s.fd);
    s.fd = -1;
}

bool ring_next(RawSocket& s, RingFrame& f) {
    RxRing& r = s.ring;
    if (!r.map) return false;
    const RingShape& sh = r.shape;
    uint8_t* slot = r.map + size_t(r.next / sh.per_block) * sh.block_size + size_t(r.next % sh.per_block) * sh.slot_size;
    auto* h = reinterpret_cast<tpacket2_hdr*>(slot);
    // Acquire: the frame's bytes are read only after the kernel's status.
    if (!(__atomic_load_n(&h->tp_status, __ATOMIC_ACQUIRE) & TP_STATUS_USER)) return false;
    f.slot = slot;
    f.data = slot + h->tp_mac;
    f.room = h->tp_mac < sh.slot_size ? sh.slot_size - h->tp_mac : 0;
    f.len = std::min<size_t>(h->tp_snaplen, f.room);
    r.next = (r.next + 1) % sh.slots();
    return true;
}

void ring_release(const RingFrame& f) {
    auto* h = static_cast<tpacket2_hdr*>(f.slot);
    // Release: our writes to the slot (a reply built in place) are done.
    __atomic_store_n(&h->tp_status, uint32_t(TP_STATUS_KERNEL), __ATOMIC_RELEASE);
}

SocketCounts socket_counts(RawSocket& s) {
    tpacket_stats st{};
    socklen_t len = sizeof st;
    if (s.fd >= 0 && getsockopt(s.fd, SOL_PACKET, PACKET_STATISTICS, &st, &len) == 0) {
        // tp_packets counts the dropped frames too.
        s.counts.frames += st.tp_packets;
        s.counts.drops += st.tp_drops;
    }
    return s.counts;
}

unsigned current_mtu(const RawSocket& s) {
    ifreq ifr;
    if (s.fd >= 0 && ifreq_call(s.fd, SIOCGIFMTU, s.iface.name, ifr)) return unsigned(ifr.ifr_mtu);
    return s.iface.mtu;
}

int receive(RawSocket& s, RecvBatch& b) {
    mmsghdr msgs[RecvBatch::kSlots];
    iovec iov[RecvBatch::kSlots];
    std::memset(msgs, 0, sizeof msgs);
    for (int i = 0; i < RecvBatch::kSlots; i++) {
        iov[i].iov_base = b.storage.data() + size_t(i) * RecvBatch::kSlotSize;
        iov[i].iov_len = RecvBatch::kSlotSize;
        msgs[i].msg_hdr.msg_iov = &iov[i];
        msgs[i].msg_hdr.msg_iovlen = 1;
    }
    int n = recvmmsg(s.fd, msgs, RecvBatch::kSlots, MSG_DONTWAIT, nullptr);
    if (n < 0) {
        b.count = 0;
        return (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) ? 0 : -1;
    }
    for (int i = 0; i < n; i++) {
        // A frame larger than the slot is truncated; its length then exceeds
        // what parse() will trust only up to the slot size.
        b.len[i] = std::min<size_t>(msgs[i].msg_len, RecvBatch::kSlotSize);
    }
    b.count = n;
    return n;
}

int wait_readable(std::span<const int> fds, int timeout_ms) {
    pollfd pfd[16];
    size_t n = std::min<size_t>(fds.size(), 16);
    for (size_t i = 0; i < n; i++) pfd[i] = pollfd{fds[i], POLLIN, 0};
    int r = poll(pfd, n, timeout_ms);
    if (r < 0) return errno == EINTR ? -2 : -1;
    if (r == 0) return -1;
    for (size_t i = 0; i < n; i++)
        if (pfd[i].revents) return int(i);
    return -1;
}

namespace {

// One frame of up to two pieces: a full device queue gets a few short waits,
// then the frame is dropped: AoE initiators retransmit, and a target must
// not stall every export for one reply.
bool send_one(RawSocket& s, const SplitFrame& f) {
    iovec iov[2] = {{const_cast<uint8_t*>(f.head.data()), f.head.size()},
                    {const_cast<uint8_t*>(f.tail.data()), f.tail.size()}};
    msghdr m{};
    m.msg_iov = iov;
    m.msg_iovlen = f.tail.empty() ? 1 : 2;
    const size_t total = f.head.size() + f.tail.size();
    for (int tries = 0; tries < 5; tries++) {
        ssize_t n = sendmsg(s.fd, &m, 0);
        if (n == ssize_t(total)) return true;
        if (n < 0 && (errno == EAGAIN || errno == ENOBUFS || errno == EINTR)) {
            pollfd p{s.fd, POLLOUT, 0};
            poll(&p, 1, 2);
            continue;
        }
        return false;
    }
    return false;
}

template <typename Piece>
int send_batch(RawSocket& s, std::span<const Piece> frames, SplitFrame (*split)(const Piece&),
               std::vector<size_t>* failed) {
    constexpr size_t kMax = 64;
    size_t done = 0;
    int ok = 0;
    while (done < frames.size()) {
        size_t n = std::min(kMax, frames.size() - done);
        mmsghdr msgs[kMax];
        iovec iov[kMax][2];
        std::memset(msgs, 0, sizeof(mmsghdr) * n);
        for (size_t i = 0; i < n; i++) {
            SplitFrame f = split(frames[done + i]);
            iov[i][0] = iovec{const_cast<uint8_t*>(f.head.data()), f.head.size()};
            iov[i][1] = iovec{const_cast<uint8_t*>(f.tail.data()), f.tail.size()};
            msgs[i].msg_hdr.msg_iov = iov[i];
            msgs[i].msg_hdr.msg_iovlen = f.tail.empty() ? 1 : 2;
        }
        // The system call itself: musl's sendmmsg() on 64-bit sends one
        // message per sendmsg() call (to fix up msghdr padding, which the
        // memset above already zeroes), so it would batch nothing.
        long r = syscall(SYS_sendmmsg, s.fd, msgs, n, 0);
        if (r <= 0) {
            // Fall back to one at a time so a full queue waits instead of
            // dropping. A frame that cannot go (EFAULT from a mapped file cut
            // short, a link gone) is skipped, not the rest of the batch.
            if (send_one(s, split(frames[done]))) ok++;
            else if (failed) failed->push_back(done);
            done++;
            continue;
        }
        done += size_t(r);
        ok += int(r);
    }
    return ok;
}

SplitFrame whole(const std::span<const uint8_t>& f) { return SplitFrame{f, {}}; }
SplitFrame same(const SplitFrame& f) { return f; }

}  // namespace

bool send_frame(RawSocket& s, std::span<const uint8_t> frame) { return send_one(s, SplitFrame{frame, {}}); }

int send_frames(RawSocket& s, std::span<const std::span<const uint8_t>> frames) {
    return send_batch(s, frames, whole, nullptr);
}

int send_frames(RawSocket& s, std::span<const SplitFrame> frames, std::vector<size_t>* failed) {
    return send_batch(s, frames, same, failed);
}

}  // namespace aoe::net
