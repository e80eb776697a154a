/* aoeload: an AoE load generator for benchmarks, independent of aoeboot's
 * code (it shares nothing with src/), so that aoeboot serve and vblade are
 * driven by the same client and neither by its own initiator. One thread, a
 * raw packet socket, Q requests in flight, sendmmsg/recvmmsg in batches of
 * up to 64 frames; each request is one frame (ATA READ/WRITE SECTORS EXT).
 *
 *   aoeload -i IFACE -t SHELF.SLOT [-i IFACE -t SHELF.SLOT]...
 *           [-m read|write|randread] [-b BYTES] [-q OUTSTANDING] [-s SECONDS]
 *           [-S SECTORS] [-r TRACE]
 *
 * Each -i/-t pair is one client (a session: its own interface, so its own
 * MAC, Q requests in flight). One socket bound to every interface carries
 * all sessions (each frame sent out of its session's interface, each reply
 * dispatched by the interface it came in on), so many clients cost no more
 * system calls than one, and the one thread serves every session in turn:
 * no client is favoured by a scheduler. Finds
 * each target with a broadcast Query Config, runs for SECONDS, and prints
 * one JSON line: iops, replies, retransmits, errors, seconds (all
 * sessions), and "sessions": each session's iops. A reply is counted only
 * when its tag, command and length match the request and the ATA status is
 * good; a lost frame is resent after 50 ms (counted).
 *
 * -r TRACE replays a recorded workload instead (a boot: tests/bench/
 * boot-storm.sh records one): TRACE holds one request per line, "R LBA
 * COUNT" or "W LBA COUNT", and every session sends all of them in order,
 * Q in flight, then stops. SECONDS is then the limit: a session not done by
 * then is an error. The JSON line adds "done_ms": when each session got its
 * last reply, and "last_ms", the slowest.
 * Exit 1 on a bad argument or no target; 2 when any request failed. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define HDR 36          /* Ethernet 14 + AoE 10 + ATA 12 */
#define BATCH 64
#define MAXQ 256
#define FRAME 9216
#define RESEND_NS 50000000LL

#define MAXS 128

struct req {
    uint64_t lba;
    int64_t sent;
    uint32_t tag;
    int busy, write, count;
    size_t len;  /* frame length sent */
};

/* A recorded request (-r). */
struct op {
    uint64_t lba;
    int write, count;
};
static struct op *ops;
static int nops;

/* One client: a socket on its interface, its target, its requests. */
struct session {
    int ifindex;
    uint8_t mac[6], target[6];
    int shelf, slot;
    uint8_t (*tx)[FRAME];
    struct req reqs[MAXQ];
    int pending[MAXQ], npending;
    uint64_t next_lba, replies, resent, errors;
    int next_op;      /* -r: the next recorded request to send */
    int64_t done_ns;  /* -r: when the last reply came; 0 while running */
};

static struct session ses[MAXS];
static int nses, sock;

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void put_header(const struct session *c, uint8_t *f, const uint8_t *dst, uint8_t cmd, uint32_t tag) {
    memcpy(f, dst, 6);
    memcpy(f + 6, c->mac, 6);
    f[12] = ETH_P_AOE >> 8;
    f[13] = ETH_P_AOE & 0xff;
    f[14] = 0x10;  /* version 1, request */
    f[15] = 0;
    f[16] = (uint8_t)(c->shelf >> 8);
    f[17] = (uint8_t)c->shelf;
    f[18] = (uint8_t)c->slot;
    f[19] = cmd;
    f[20] = (uint8_t)(tag >> 24);
    f[21] = (uint8_t)(tag >> 16);
    f[22] = (uint8_t)(tag >> 8);
    f[23] = (uint8_t)tag;
}

static uint32_t get_tag(const uint8_t *f) {
    return (uint32_t)f[20] << 24 | (uint32_t)f[21] << 16 | (uint32_t)f[22] << 8 | f[23];
}

static int is_our_reply(const struct session *c, const uint8_t *f, ssize_t n) {
    return n >= 24 && f[12] == (ETH_P_AOE >> 8) && f[13] == (ETH_P_AOE & 0xff) &&
           (f[14] & 0x08) && ((f[16] << 8 | f[17]) == c->shelf) && f[18] == c->slot;
}

static void die(const char *what) {
    fprintf(stderr, "aoeload: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void usage(void) {
    fprintf(stderr, "usage: aoeload -i IFACE -t SHELF.SLOT [-i IFACE -t SHELF.SLOT]... "
                    "[-m read|write|randread] [-b BYTES] [-q OUTSTANDING] [-s SECONDS] [-S SECTORS] [-r TRACE]\n");
    exit(1);
}

static void open_socket(void) {
    sock = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_AOE));
    if (sock < 0) die("socket (needs root)");
    /* Bound to no interface: it sends and receives on all of them. */
    struct sockaddr_ll bind_to = {.sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_AOE)};
    if (bind(sock, (struct sockaddr *)&bind_to, sizeof bind_to) < 0) die("bind");
    int one = 1, big = 32 << 20;
    setsockopt(sock, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof one);
    setsockopt(sock, SOL_PACKET, PACKET_QDISC_BYPASS, &one, sizeof one);
    setsockopt(sock, SOL_SOCKET, SO_RCVBUFFORCE, &big, sizeof big);
    setsockopt(sock, SOL_SOCKET, SO_SNDBUFFORCE, &big, sizeof big);
}

static void open_session(struct session *c, const char *ifname) {
    struct ifreq ifr = {0};
    snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", ifname);
    if (ioctl(sock, SIOCGIFINDEX, &ifr) < 0) die(ifname);
    c->ifindex = ifr.ifr_ifindex;
    if (ioctl(sock, SIOCGIFHWADDR, &ifr) < 0) die("SIOCGIFHWADDR");
    memcpy(c->mac, ifr.ifr_hwaddr.sa_data, 6);
}

/* Broadcast Query Config until the target answers (2 s at most). */
static void find_target(struct session *c) {
    uint8_t q[60] = {0}, bcast[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, r[FRAME];
    put_header(c, q, bcast, 1, 0x7fff0001);
    struct sockaddr_ll to = {.sll_family = AF_PACKET, .sll_ifindex = c->ifindex, .sll_halen = 6};
    memcpy(to.sll_addr, bcast, 6);
    int64_t end = now_ns() + 2000000000LL;
    while (now_ns() < end) {
        if (sendto(sock, q, sizeof q, 0, (struct sockaddr *)&to, sizeof to) < 0) die("send query");
        int64_t until = now_ns() + 100000000LL;
        struct pollfd p = {sock, POLLIN, 0};
        while (now_ns() < until && poll(&p, 1, 20) >= 0) {
            ssize_t n;
            struct sockaddr_ll from;
            socklen_t fl = sizeof from;
            while ((n = recvfrom(sock, r, sizeof r, MSG_DONTWAIT, (struct sockaddr *)&from, &fl)) > 0) {
                if (from.sll_ifindex == c->ifindex && is_our_reply(c, r, n) && r[19] == 1 &&
                    get_tag(r) == 0x7fff0001) {
                    memcpy(c->target, r + 6, 6);
                    return;
                }
                fl = sizeof from;
            }
        }
    }
    fprintf(stderr, "aoeload: e%d.%d did not answer a Query Config within 2 s\n", c->shelf, c->slot);
    exit(1);
}

/* Reads a trace: "R|W LBA COUNT" per line; anything else is an error. */
static void load_trace(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) die(path);
    char line[128], kind;
    unsigned long long lba;
    int count, cap = 0, ln = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        if (line[0] == '#' || line[0] == '\n') continue;
        if (sscanf(line, " %c %llu %d", &kind, &lba, &count) != 3 || (kind != 'R' && kind != 'W') ||
            count < 1 || count > (FRAME - HDR) / 512) {
            fprintf(stderr, "aoeload: %s:%d: want \"R|W LBA COUNT\" (COUNT 1-%d)\n", path, ln, (FRAME - HDR) / 512);
            exit(1);
        }
        if (nops == cap) {
            cap = cap ? 2 * cap : 1024;
            ops = realloc(ops, (size_t)cap * sizeof *ops);
            if (!ops) die("realloc");
        }
        ops[nops++] = (struct op){lba, kind == 'W', count};
    }
    fclose(f);
    if (!nops) { fprintf(stderr, "aoeload: %s: no requests\n", path); exit(1); }
}

int main(int argc, char **argv) {
    const char *mode = "read", *ifnames[MAXS], *trace = NULL;
    int bytes = 1024, q = 16, opt, nif = 0, nt = 0, shelves[MAXS], slots[MAXS];
    double secs = 3;
    uint64_t sectors = 131072;
    while ((opt = getopt(argc, argv, "i:t:m:b:q:s:S:r:")) != -1) {
        switch (opt) {
        case 'i': if (nif == MAXS) usage();
                  ifnames[nif++] = optarg;
                  break;
        case 't': if (nt == MAXS) usage();
                  if (sscanf(optarg, "e%d.%d", &shelves[nt], &slots[nt]) != 2 &&
                      sscanf(optarg, "%d.%d", &shelves[nt], &slots[nt]) != 2) usage();
                  nt++;
                  break;
        case 'm': mode = optarg; break;
        case 'b': bytes = atoi(optarg); break;
        case 'q': q = atoi(optarg); break;
        case 's': secs = atof(optarg); break;
        case 'S': sectors = strtoull(optarg, NULL, 10); break;
        case 'r': trace = optarg; break;
        default: usage();
        }
    }
    int write = !strcmp(mode, "write"), rnd = !strcmp(mode, "randread");
    /* One target for every interface, or one per interface. */
    if (nif == 0 || (nt != 1 && nt != nif) || bytes < 512 ||
        bytes % 512 || bytes / 512 > 255 || q < 1 || q > MAXQ || secs <= 0 ||
        (!write && !rnd && strcmp(mode, "read")) || sectors < (uint64_t)bytes / 512)
        usage();
    int count = bytes / 512;
    if (trace) load_trace(trace);
    nses = nif;
    open_socket();
    for (int s = 0; s < nses; s++) {
        struct session *c = &ses[s];
        c->shelf = shelves[nt == 1 ? 0 : s];
        c->slot = slots[nt == 1 ? 0 : s];
        if (c->shelf < 0 || c->shelf > 65534 || c->slot < 0 || c->slot > 255) usage();
        open_session(c, ifnames[s]);
        find_target(c);
        c->tx = calloc((size_t)q, FRAME);
        if (!c->tx) die("calloc");
        for (int i = 0; i < q; i++) {
            for (int k = 0; k < FRAME - HDR; k++) c->tx[i][HDR + k] = (uint8_t)(i * 31 + k);
            c->pending[c->npending++] = i;
        }
    }

    static uint8_t rx[BATCH][FRAME];
    static struct iovec txv[BATCH], rxv[BATCH];
    static struct mmsghdr txm[BATCH], rxm[BATCH];
    static struct sockaddr_ll txa[BATCH], rxa[BATCH];
    static int by_ifindex[4096];
    for (int s = 0; s < nses; s++) {
        if (ses[s].ifindex <= 0 || ses[s].ifindex >= 4096) { fprintf(stderr, "aoeload: ifindex too large\n"); exit(1); }
        by_ifindex[ses[s].ifindex] = s + 1;
    }
    for (int i = 0; i < BATCH; i++) {
        rxv[i] = (struct iovec){rx[i], FRAME};
        rxm[i].msg_hdr.msg_iov = &rxv[i];
        rxm[i].msg_hdr.msg_iovlen = 1;
        rxm[i].msg_hdr.msg_name = &rxa[i];
    }
    uint64_t span = sectors / (uint64_t)count, rng = 88172645463325252ULL;
    uint32_t gen = 1;
    int64_t start = now_ns(), stop = start + (int64_t)(secs * 1e9), last_check = start;
    int nsend = 0;
    /* Sends what is batched in txm (all sessions together). */
#define FLUSH_TX() do { \
        for (int off = 0; off < nsend;) { \
            int n_ = sendmmsg(sock, txm + off, (unsigned)(nsend - off), 0); \
            if (n_ < 0) { \
                if (errno == EINTR || errno == ENOBUFS || errno == EAGAIN) { \
                    struct pollfd p_ = {sock, POLLOUT, 0}; \
                    poll(&p_, 1, 1); \
                    continue; \
                } \
                die("sendmmsg"); \
            } \
            off += n_; \
        } \
        nsend = 0; \
    } while (0)

    for (;;) {
        int64_t now = now_ns();
        int stopping = now >= stop;
        if (trace && !stopping) {  /* done when every session is */
            int all = 1;
            for (int s = 0; s < nses; s++) all &= ses[s].done_ns != 0;
            if (all) break;
        }
        if (stopping) {
            int busy = 0;
            for (int s = 0; s < nses; s++)
                for (int i = 0; i < q; i++) busy |= ses[s].reqs[i].busy;
            if (!busy || now >= stop + 2000000000LL) break;
        }
        /* Every free slot of every session gets its next request, starting
         * one session further on each pass: the sessions sent first are
         * answered first, and a fixed order would favour them for good. */
        static int first;
        first = (first + 1) % nses;
        for (int s_ = 0; s_ < nses && !stopping; s_++) {
            struct session *c = &ses[(first + s_) % nses];
            while (c->npending > 0 && (!trace || c->next_op < nops)) {
                int i = c->pending[--c->npending];
                struct req *r = &c->reqs[i];
                r->write = write, r->count = count;
                if (trace) {
                    const struct op *o = &ops[c->next_op++];
                    r->lba = o->lba, r->write = o->write, r->count = o->count;
                } else if (rnd) {
                    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
                    r->lba = (rng % span) * (uint64_t)count;
                } else {
                    r->lba = c->next_lba;
                    c->next_lba += (uint64_t)count;
                    if (c->next_lba + (uint64_t)count > sectors) c->next_lba = 0;
                }
                r->tag = (gen++ & 0xffffff) << 8 | (uint32_t)i;
                uint8_t *f = c->tx[i];
                put_header(c, f, c->target, 0, r->tag);
                f[24] = r->write ? 0x41 : 0x40;        /* extended LBA48, write */
                f[25] = 0;
                f[26] = (uint8_t)r->count;
                f[27] = r->write ? 0x34 : 0x24;        /* WRITE/READ SECTORS EXT */
                for (int b = 0; b < 6; b++) f[28 + b] = (uint8_t)(r->lba >> (8 * b));
                f[34] = f[35] = 0;
                r->busy = 1;
                r->sent = now;
                r->len = (size_t)HDR + (r->write ? (size_t)r->count * 512 : 0);
                if (r->len < 60) r->len = 60;
                txa[nsend] = (struct sockaddr_ll){.sll_family = AF_PACKET, .sll_ifindex = c->ifindex,
                                                  .sll_halen = 6};
                memcpy(txa[nsend].sll_addr, c->target, 6);
                txv[nsend] = (struct iovec){f, r->len};
                memset(&txm[nsend], 0, sizeof txm[nsend]);
                txm[nsend].msg_hdr.msg_name = &txa[nsend];
                txm[nsend].msg_hdr.msg_namelen = sizeof txa[nsend];
                txm[nsend].msg_hdr.msg_iov = &txv[nsend];
                txm[nsend].msg_hdr.msg_iovlen = 1;
                if (++nsend == BATCH) FLUSH_TX();
            }
        }
        FLUSH_TX();
        /* Resend what has waited too long (checked every 10 ms). */
        if (now - last_check > 10000000LL) {
            last_check = now;
            for (int s = 0; s < nses; s++) {
                struct session *c = &ses[s];
                for (int i = 0; i < q; i++) {
                    if (c->reqs[i].busy && now - c->reqs[i].sent > RESEND_NS) {
                        c->reqs[i].sent = now;
                        c->resent++;
                        struct sockaddr_ll to = {.sll_family = AF_PACKET, .sll_ifindex = c->ifindex,
                                                 .sll_halen = 6};
                        memcpy(to.sll_addr, c->target, 6);
                        if (sendto(sock, c->tx[i], c->reqs[i].len, 0, (struct sockaddr *)&to, sizeof to) < 0 &&
                            errno != ENOBUFS)
                            die("send");
                    }
                }
            }
        }
        for (int i = 0; i < BATCH; i++) rxm[i].msg_hdr.msg_namelen = sizeof rxa[i];
        int got = recvmmsg(sock, rxm, BATCH, MSG_DONTWAIT, NULL);
        if (got < 0) {
            if (errno != EAGAIN && errno != EINTR) die("recvmmsg");
            struct pollfd p = {sock, POLLIN, 0};
            poll(&p, 1, 10);
            continue;
        }
        for (int k = 0; k < got; k++) {
            int ix = rxa[k].sll_ifindex;
            if (ix <= 0 || ix >= 4096 || !by_ifindex[ix]) continue;
            struct session *c = &ses[by_ifindex[ix] - 1];
            const uint8_t *f = rx[k];
            ssize_t n = rxm[k].msg_len;
            if (!is_our_reply(c, f, n) || f[19] != 0 || n < HDR) continue;
            uint32_t tag = get_tag(f);
            int i = (int)(tag & 0xff);
            if (i >= q || !c->reqs[i].busy || c->reqs[i].tag != tag) continue;  /* late duplicate */
            struct req *r = &c->reqs[i];
            r->busy = 0;
            int ok = !(f[14] & 0x04) && (f[27] & 0x01) == 0 && (f[27] & 0x40) &&
                     (r->write || n >= HDR + r->count * 512);
            if (ok) c->replies++;
            else c->errors++;
            if (now < stop) c->pending[c->npending++] = i;
            if (trace && c->next_op == nops && c->npending == q) c->done_ns = now_ns();
        }
    }
    double took = (double)(now_ns() - start) / 1e9;
    uint64_t replies = 0, resent = 0, errors = 0;
    for (int s = 0; s < nses; s++) {
        replies += ses[s].replies;
        resent += ses[s].resent;
        errors += ses[s].errors;
    }
    printf("{\"iops\": %.0f, \"replies\": %llu, \"retransmits\": %llu, \"errors\": %llu, "
           "\"seconds\": %.3f, \"sessions\": [",
           (double)replies / took, (unsigned long long)replies, (unsigned long long)resent,
           (unsigned long long)errors, took);
    for (int s = 0; s < nses; s++) printf("%s%.0f", s ? ", " : "", (double)ses[s].replies / took);
    int unfinished = 0;
    if (trace) {
        double last = 0;
        printf("], \"done_ms\": [");
        for (int s = 0; s < nses; s++) {
            double ms = ses[s].done_ns ? (double)(ses[s].done_ns - start) / 1e6 : -1;
            unfinished |= !ses[s].done_ns;
            if (ms > last) last = ms;
            printf("%s%.1f", s ? ", " : "", ms);
        }
        printf("], \"last_ms\": %.1f", last);
        if (unfinished) fprintf(stderr, "aoeload: the replay did not finish within %.1f s\n", secs);
    } else {
        printf("]");
    }
    printf("}\n");
    return errors || unfinished ? 2 : 0;
}
