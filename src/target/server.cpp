#include "target/server.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/log.h"
#include "cow/view.h"
#include "target/control.h"
#include "target/freeze.h"
#include "target/layer_control.h"
#include "target/guard.h"
#include "target/request.h"
#include "target/worker.h"

namespace aoe::target {

namespace {

void close_link(net::RawSocket* s) {
    net::close_socket(*s);
    delete s;
}

bool has_iface(const ExportConfig& e, const std::string& name) {
    for (const std::string& i : e.interfaces)
        if (i == name) return true;
    return false;
}

bool mkdir_p(const std::string& dir) {
    for (size_t i = 1; i <= dir.size(); i++) {
        if (i < dir.size() && dir[i] != '/') continue;
        std::string d = dir.substr(0, i);
        if (mkdir(d.c_str(), 0755) < 0 && errno != EEXIST) return false;
    }
    return true;
}

// A frozen (or thawing) export is never closed by a reload: its shadow
// holds writes its image does not, and reopening it another way could
// leave them behind. It is kept as it is, with a log line.
bool held_frozen(const Export& e) { return e.freeze && freeze_state(*e.freeze) != FreezeState::kOff; }

// How long the loop sleeps at most when nothing arrives, and how often it
// looks at signals and status requests while frames keep coming.
constexpr int kWaitMs = 100;

// The kernel flags a packet socket with ENETDOWN when its interface goes
// down or away; until that error is read, poll() reports it at once and the
// loop would spin. Read it and say what it means.
void link_error(const std::string& name, net::RawSocket& l) {
    const int e = net::take_error(l);
    if (e == 0) return;
    net::Interface now;
    std::string err;
    if (!net::get_interface(name, now, err) || now.index != l.iface.index)
        log_error("%s is gone (%s): its exports get no frames; restart aoeboot serve once it is back",
                  name.c_str(), std::strerror(e));
    else
        log_warn("%s: %s: its exports get no frames until the interface is up again", name.c_str(),
                 std::strerror(e));
}

// Scratch of the receive loop, kept across passes: a busy loop allocates nothing.
struct Pass {
    static constexpr int kBatch = 64;
    net::RingFrame frames[kBatch];
    Outcome out;
    std::vector<std::vector<uint8_t>> replies;
    std::vector<net::SplitFrame> spans;
    // Per span: for a read sent from an export's mapping, the frame (its
    // slot holds the reply header) and the export; else {-1, null}.
    struct Mapped {
        int frame = -1;
        Export* exp = nullptr;
    };
    std::vector<Mapped> mapped;
    std::vector<size_t> failed;
    std::vector<Worker*> touched;
};

// The sockets of the export at `a` steer nothing from now on, and wait for
// the next export that needs one.
void park(Server& s, Address a) {
    for (auto& [name, l] : s.links)
        for (Link::Member& m : l.members)
            if (m.owner == a) m.used = false;
}

// Each link's fanout program: an export's requests to its own socket on
// that link, as long as the export is served there.
void steer(Server& s) {
    for (auto& [name, l] : s.links) {
        if (!l.fanout) continue;
        std::vector<net::SteerRule> rules;
        for (size_t i = 0; i < l.members.size(); i++) {
            const Link::Member& m = l.members[i];
            auto it = s.exports.find(m.owner);
            if (m.used && it != s.exports.end() && has_iface(it->second->cfg, name))
                rules.push_back(net::SteerRule{m.owner, unsigned(i + 1)});
        }
        std::string err;
        if (!net::set_steering(*l.sock, rules, err)) log_warn("%s: %s", name.c_str(), err.c_str());
    }
}

void rebuild_routes(Server& s) {
    s.served.clear();
    for (auto& [addr, e] : s.exports)
        for (const std::string& i : e->cfg.interfaces) s.served[i].push_back(e.get());
    for (auto& [name, link] : s.links) {
        net::Filter f;
        for (Export* e : s.served[name]) f.targets.push_back(e->cfg.addr);
        std::string err;
        if (!net::set_filter(*link.sock, f, err)) log_warn("%s: %s", name.c_str(), err.c_str());
    }
    steer(s);
}

// The kernel's default limit of a fanout group is 256 members; member 0 is
// the main socket.
constexpr size_t kMaxMembers = 255;

// A socket of its own on link `l` for the export at `ec`: a parked member
// if there is one, else a new one joined to the group. Null when the link
// has no group or the socket cannot be made (the export's requests then go
// through the main socket and its queue, as without fanout).
std::shared_ptr<net::RawSocket> own_socket(Link& l, const std::string& name, const ExportConfig& ec) {
    if (!l.fanout) return nullptr;
    net::Filter mine;
    mine.targets = {ec.addr};
    std::string err;
    for (Link::Member& m : l.members) {
        if (m.used) continue;
        // Drop what it still holds for another address; requests for this
        // one (the same export restarted) are served.
        net::RingFrame f;
        if (m.owner != ec.addr)
            while (net::ring_next(*m.sock, f)) net::ring_release(f);
        if (!net::set_filter(*m.sock, mine, err)) break;
        m.since = net::socket_counts(*m.sock);
        m.used = true;
        m.owner = ec.addr;
        return m.sock;
    }
    if (err.empty() && l.members.size() >= kMaxMembers)
        err = "more than " + std::to_string(kMaxMembers) + " exports with sockets of their own on one interface";
    // Ring slots: twice the requests the export may have in flight. A
    // layered export is one disk for a whole lab: every client may keep
    // `buffers` in flight at once (a boot storm), so its ring holds 1024
    // (about 10 MiB); a full ring drops frames, and the clients that lose
    // them wait for their retransmit timer while the others go on.
    const unsigned slots = ec.layered ? 1024u : std::clamp(ec.buffers * 2, 16u, 256u);
    net::Filter none;
    none.nothing = true;  // until it is in the group, it would take every frame
    auto* rs = new net::RawSocket;
    std::shared_ptr<net::RawSocket> sock(rs, close_link);
    // Once joined, it is the group's last member: closing it on a later
    // failure renumbers no other.
    if (err.empty() && net::open_socket(*rs, l.sock->iface, none, err, kFrameBufSize, slots) &&
        net::fanout_join(*rs, l.group, err) && net::set_filter(*rs, mine, err)) {
        l.members.push_back(Link::Member{sock, ec.addr, true});
        return sock;
    }
    log_warn("%s: no receive socket of its own on %s (%s): its requests pass the receive thread",
             format_address(ec.addr).c_str(), name.c_str(), err.c_str());
    return nullptr;
}

// Starts the worker of `e` with a socket of its own on each of its
// interfaces where it can have one. An export in memory (tmpfs, null) is
// answered by the receive thread, straight from its mapping, which is the
// cheapest path while it is the only export; with several exports that one
// thread would do all the work on one core, so each gets its own socket and
// worker like a disk export, the workers served by one crew thread per core
// (`spread`: the configuration has more than one export).
bool start_export_worker(Server& s, Export& e, bool spread, std::string& err) {
    std::vector<std::shared_ptr<net::RawSocket>> own;
    if (!e.memory_backed || spread)
        for (const std::string& name : e.cfg.interfaces) {
            auto it = s.links.find(name);
            if (it == s.links.end()) continue;
            if (auto sock = own_socket(it->second, name, e.cfg)) own.push_back(sock);
        }
    // In memory, nothing waits for a disk: its worker may share a thread.
    if (start_worker(e, std::move(own), err, e.memory_backed && spread)) return true;
    park(s, e.cfg.addr);
    return false;
}

// One receive pass over a link: what its ring holds, in batches, answered in
// batches. A READ/WRITE/FLUSH goes to the export's worker, except when
// nothing of that export is queued and it can be done without waiting for a
// disk (memory backed store, or a read the page cache holds): then it is
// answered here, in the ring slot itself, which saves two thread switches
// and a copy per request. Returns the number of frames taken.
int serve_link(Server& s, const std::string& name, Link& link, Pass& p) {
    const std::shared_ptr<net::RawSocket>& ref = link.sock;
    net::RawSocket& sock = *ref;
    std::span<Export* const> exports = s.served[name];
    Incoming in;
    in.self = sock.iface.mac;
    in.mtu = link.mtu;
    int total = 0;
    for (int round = 0; round < 8; round++) {
        int n = 0;
        while (n < Pass::kBatch && net::ring_next(sock, p.frames[n])) n++;
        if (n == 0) break;
        total += n;
        p.replies.clear();
        p.spans.clear();
        p.mapped.clear();
        for (int i = 0; i < n; i++) {
            net::RingFrame& rf = p.frames[i];
            in.frame = {rf.data, rf.len};
            handle_frame(exports, in, p.out);
            for (auto& r : p.out.replies) p.replies.push_back(std::move(r));
            if (!p.out.io) continue;
            Export& e = *p.out.io;
            Worker& w = *e.worker;
            if (w.pending.load() == 0 && !e.direct && rf.room >= kFrameBufSize) {
                bool blocked = false;
                const uint8_t* mapped = nullptr;
                size_t len = execute_io(e, p.out.frame, rf.data, in.self, nullptr, true, &blocked, &mapped);
                if (!blocked) {
                    if (len && mapped) {
                        p.spans.push_back({{rf.data, kAtaHeaderLen}, {mapped, len - kAtaHeaderLen}});
                        p.mapped.push_back({i, &e});
                    } else if (len) {
                        p.spans.push_back({{rf.data, len}, {}});
                        p.mapped.push_back({});
                    }
                    continue;
                }
            }
            IoJob* j = take_job(w);
            if (!j) {
                e.stats.drops++;  // queue full: the initiator retransmits
                continue;
            }
            std::memcpy(j->buf.get(), in.frame.data(), in.frame.size());
            j->len = in.frame.size();
            j->self = in.self;
            j->sock = ref;
            submit(w, j);
            p.touched.push_back(&w);
        }
        for (Worker* w : p.touched) kick(*w);
        p.touched.clear();
        for (auto& r : p.replies) p.spans.push_back({{r.data(), r.size()}, {}});
        if (!p.spans.empty()) {
            p.failed.clear();
            net::send_frames(sock, std::span<const net::SplitFrame>(p.spans), &p.failed);
            for (size_t k : p.failed) {
                if (k >= p.mapped.size() || !p.mapped[k].exp) continue;  // not a mapped read
                uint8_t* head = p.frames[p.mapped[k].frame].data;
                size_t len = mapped_read_failed(*p.mapped[k].exp, head, p.spans[k].tail.size());
                if (len) net::send_frame(sock, {head, len});
            }
        }
        for (int i = 0; i < n; i++) net::ring_release(p.frames[i]);
        if (n < Pass::kBatch) break;
    }
    return total;
}

}  // namespace

std::vector<Probe> guard_probes(const Server& s, const ServeConfig& cfg) {
    std::vector<Probe> probes;
    if (!s.guard) return probes;
    for (const ExportConfig& ec : cfg.exports)
        if (!ec.multipath && !s.exports.count(ec.addr))
            for (const std::string& i : ec.interfaces) probes.push_back(Probe{i, ec.addr});
    return probes;
}

bool server_apply(Server& s, const ServeConfig& cfg, bool initial, std::string& err,
                  const std::vector<Duplicate>* guarded) {
    if (initial && s.persist) {
        if (!mkdir_p(cfg.state_dir) || access(cfg.state_dir.c_str(), W_OK) < 0) {
            log_warn("state dir %s is not writable (%s): mask lists and reservations will not survive a restart; set state-dir",
                     cfg.state_dir.c_str(), std::strerror(errno));
            s.persist = false;
        }
    }
    // 1. Which exports are new (or have a new backing store)?
    std::vector<const ExportConfig*> fresh;
    for (const ExportConfig& ec : cfg.exports) {
        auto it = s.exports.find(ec.addr);
        if (it == s.exports.end() || (!it->second->cfg.same_backing(ec) && !held_frozen(*it->second)))
            fresh.push_back(&ec);
    }
    // 2. The duplicate guard for them (unless the caller ran it already).
    std::vector<Address> refused;
    std::vector<Duplicate> dups;
    if (guarded) {
        dups = *guarded;
    } else {
        std::vector<Probe> probes = guard_probes(s, cfg);
        if (!probes.empty() && !find_duplicates(probes, cfg.guard_ms, dups, err)) return false;
    }
    for (const Duplicate& d : dups) {
        log_error("%s: another target (%s) already answers for %s on %s; refusing to export it "
                  "(stop the other target, choose another shelf.slot, or set multipath = yes if both serve the same data)",
                  format_address(d.probe.addr).c_str(), format_mac(d.other).c_str(),
                  format_address(d.probe.addr).c_str(), d.probe.iface.c_str());
        refused.push_back(d.probe.addr);
    }
    auto is_refused = [&](Address a) {
        for (Address r : refused)
            if (r == a) return true;
        return false;
    };
    // 3. Open what is new, and the sockets; any failure leaves all as it was.
    std::vector<std::unique_ptr<Export>> opened;
    for (const ExportConfig* ec : fresh) {
        if (is_refused(ec->addr)) continue;
        auto e = std::make_unique<Export>();
        if (!open_export(*e, *ec, err)) {
            err = ec->where + ": " + err;
            return false;
        }
        opened.push_back(std::move(e));
    }
    std::map<std::string, Link> new_links;
    for (const ExportConfig& ec : cfg.exports) {
        if (is_refused(ec.addr)) continue;
        for (const std::string& name : ec.interfaces) {
            if (s.links.count(name) || new_links.count(name)) continue;
            net::Interface ifc;
            if (!net::get_interface(name, ifc, err)) {
                err = ec.where + ": " + err;
                return false;
            }
            if (!ifc.up) log_warn("%s is down: nothing will arrive until it is up", name.c_str());
            auto* rs = new net::RawSocket;
            if (!net::open_socket(*rs, ifc, net::Filter{}, err, kFrameBufSize)) {
                delete rs;
                return false;
            }
            Link& l = new_links[name];
            l.sock = std::shared_ptr<net::RawSocket>(rs, close_link);
            l.mtu = ifc.mtu;
            std::string ferr;
            l.fanout = net::fanout_create(*rs, l.group, ferr);
            if (!l.fanout) log_info("%s: %s: every request passes the one receive thread", name.c_str(), ferr.c_str());
        }
    }
    if (initial && opened.empty()) {
        err = "nothing left to export";
        return false;
    }
    // A frozen export and another one writing to the same file: the other
    // would change the image under the backup, or share the shadow.
    {
        std::vector<const Export*> after;  // running ones first: the message names the frozen one
        for (auto& [a, e] : s.exports) {
            bool stays = held_frozen(*e);
            for (const ExportConfig& ec : cfg.exports) stays = stays || (ec.addr == a && e->cfg.same_backing(ec));
            if (stays) after.push_back(e.get());
        }
        for (auto& e : opened) after.push_back(e.get());
        for (const Export* e : after) {
            if (!held_frozen(*e)) continue;
            const std::string twin = writer_of_same_file(*e, after);
            if (twin.empty()) continue;
            err = format_address(e->cfg.addr) + " is frozen (" + e->cfg.path + ".shadow) and " + twin +
                  " would write to the same file; serve it from one export only, or thaw it first";
            return false;
        }
    }
    // 4. Commit.
    std::vector<Export*> rewire;  // kept, on a disk, and on a new interface
    for (auto it = s.exports.begin(); it != s.exports.end();) {
        const ExportConfig* keep = nullptr;
        for (const ExportConfig& ec : cfg.exports)
            if (ec.addr == it->first && it->second->cfg.same_backing(ec) && !is_refused(ec.addr)) keep = &ec;
        if (!keep && held_frozen(*it->second)) {
            bool listed = false;
            for (const ExportConfig& ec : cfg.exports) listed = listed || ec.addr == it->first;
            const std::string a = format_address(it->first);
            log_error("%s is frozen: kept as it is, although the new configuration %s; thaw it ('aoeboot thaw %s') "
                      "and reload again", a.c_str(), listed ? "changes its backing store" : "no longer has it",
                      a.c_str());
            ++it;
            continue;
        }
        if (keep) {
            Export& e = *it->second;
            for (const std::string& i : keep->interfaces)
                if ((!e.memory_backed || (e.worker && !e.worker->own.empty())) && !has_iface(e.cfg, i)) {
                    rewire.push_back(&e);
                    break;
                }
            std::lock_guard<std::mutex> hold(e.mu);  // its worker checks requests too
            if (keep->config != e.cfg.config) e.config_string = keep->config;
            if (keep->buffers != e.cfg.buffers)
                log_warn("%s: a new buffer count takes effect on restart", format_address(e.cfg.addr).c_str());
            // Field by field: the address (and the backing, the same by
            // same_backing) is read by the worker without the lock.
            if (e.layers && keep->path != e.cfg.path) {  // an image update
                std::string berr;
                if (cow::set_base(*e.layers, keep->path, berr)) e.cfg.path = keep->path;
                else log_error("%s: %s; it keeps the base %s", format_address(e.cfg.addr).c_str(), berr.c_str(),
                               e.cfg.path.c_str());
            }
            e.cfg.where = keep->where;
            e.cfg.config = keep->config;
            e.cfg.allow = keep->allow;
            e.cfg.sync = keep->sync;
            e.cfg.interfaces = keep->interfaces;
            e.cfg.multipath = keep->multipath;
            e.sync.store(uint8_t(keep->sync));
            ++it;
        } else {
            log_info("%s: no longer exported; finishing its queued requests", format_address(it->first).c_str());
            // Its own sockets are parked, and steer nothing, before its
            // worker stops: frames for it now reach the main socket.
            park(s, it->first);
            steer(s);
            close_export(*it->second);
            it = s.exports.erase(it);
        }
    }
    for (auto& [name, l] : new_links) s.links[name] = l;
    // A kept export on a new interface: its worker takes its sockets when it
    // starts, so it is restarted with one for every interface. Stopping
    // serves what its sockets hold and drains its queue; what arrives
    // meanwhile waits in the main socket's ring.
    std::vector<Address> announced;  // served on an interface it was not on
    for (Export* e : rewire) {
        announced.push_back(e->cfg.addr);
        park(s, e->cfg.addr);
        steer(s);
        stop_worker(*e->worker);
        e->worker.reset();
        if (!start_export_worker(s, *e, cfg.exports.size() > 1, err)) {
            const Address a = e->cfg.addr;
            log_error("%s: %s; no longer exported", format_address(a).c_str(), err.c_str());
            s.exports.erase(a);
        }
    }
    for (auto& e : opened) {
        if (s.persist) {
            e->state_file = state_path(cfg.state_dir, e->cfg.addr);
            std::string serr;
            if (!load_state(e->state_file, e->access, serr))
                log_warn("%s: ignoring the saved state: %s", format_address(e->cfg.addr).c_str(), serr.c_str());
        }
        if (!start_export_worker(s, *e, cfg.exports.size() > 1, err)) {
            // Only an eventfd can fail here; the export is left out, the rest serves.
            log_error("%s: %s", format_address(e->cfg.addr).c_str(), err.c_str());
            continue;
        }
        const std::string mapping = e->layers       ? ", base of per-client layers in " + e->cfg.layer_dir +
                                                          (e->cfg.layer_fresh ? " (fresh)" : " (persistent)")
                                    : !e->map          ? ""
                                    : e->map_writable ? ", mapped: reads and writes in memory"
                                                      : ", mapped: reads sent from memory";
        log_info("%s: serving %s (%llu sectors%s, sync %s%s%s) on %zu interface(s)",
                 format_address(e->cfg.addr).c_str(), e->cfg.path.c_str(),
                 (unsigned long long)e->sectors, e->cfg.read_only ? ", read-only" : "",
                 to_string(e->cfg.sync), e->direct ? ", O_DIRECT" : "", mapping.c_str(), e->cfg.interfaces.size());
        Address a = e->cfg.addr;
        announced.push_back(a);
        s.exports[a] = std::move(e);
    }
    for (auto it = s.links.begin(); it != s.links.end();) {
        bool used = false;
        for (auto& [a, e] : s.exports) used = used || has_iface(e->cfg, it->first);
        if (used) ++it;
        else it = s.links.erase(it);  // closed when the last queued reply is out
    }
    ServeConfig kept = cfg;
    s.cfg = kept;
    rebuild_routes(s);
    const auto now = std::chrono::steady_clock::now();
    for (Address a : announced) {
        auto it = s.exports.find(a);
        if (it == s.exports.end()) continue;
        for (const std::string& i : it->second->cfg.interfaces) announce(s.announce, a, i, now);
    }
    return true;
}

namespace {

void finish_reload(Server& s) {
    std::vector<Duplicate> found = s.reload_guard->found;
    guard_end(*s.reload_guard);
    s.reload_guard.reset();
    std::string err;
    if (server_apply(s, s.reload_cfg, false, err, &found))
        log_info("reloaded %s: %zu export(s)", s.config_file.empty() ? "the configuration" : s.config_file.c_str(),
                 s.exports.size());
    else
        log_error("reload failed, keeping the running configuration: %s", err.c_str());
    notify_systemd("READY=1");
}

// SIGHUP: read the file now; when new exports need the duplicate guard, ask
// and come back when its time is up (finish_reload), serving meanwhile.
void start_reload(Server& s) {
    notify_systemd("RELOADING=1");
    if (s.reload_guard) {  // a reload while one waits: start over with the newest file
        guard_end(*s.reload_guard);
        s.reload_guard.reset();
    }
    ServeConfig next = s.cfg;
    std::string err;
    if (!s.config_file.empty() && !load_config(s.config_file, next, err)) {
        log_error("reload failed, keeping the running configuration: %s", err.c_str());
        notify_systemd("READY=1");
        return;
    }
    std::vector<Probe> probes = guard_probes(s, next);
    s.reload_cfg = next;
    s.reload_guard = std::make_unique<GuardRun>();
    if (probes.empty()) {
        s.reload_guard->deadline = std::chrono::steady_clock::now();
        finish_reload(s);
        return;
    }
    if (!guard_begin(*s.reload_guard, probes, next.guard_ms, err)) {
        s.reload_guard.reset();
        log_error("reload failed, keeping the running configuration: %s", err.c_str());
        notify_systemd("READY=1");
    }
}

}  // namespace

std::string status_text(Server& s) {
    std::string t;
    char line[512];
    for (const auto& [addr, e] : s.exports) {
        // Frames its own sockets took, and dropped with their ring full.
        uint64_t steered = 0, ring_drops = 0;
        for (auto& [name, l] : s.links)
            for (Link::Member& m : l.members) {
                if (!m.used || m.owner != addr) continue;
                net::SocketCounts c = net::socket_counts(*m.sock);
                steered += c.frames - m.since.frames;
                ring_drops += c.drops - m.since.drops;
            }
        std::lock_guard<std::mutex> hold(e->mu);
        const Stats& st = e->stats;
        std::string ifs;
        for (const std::string& i : e->cfg.interfaces) ifs += (ifs.empty() ? "" : ",") + i;
        std::snprintf(line, sizeof line, "%s path=%s sectors=%llu interfaces=%s read-only=%s sync=%s masks=%zu reserved=%zu\n",
                      format_address(addr).c_str(), e->cfg.path.c_str(), (unsigned long long)e->sectors,
                      ifs.c_str(), e->cfg.read_only ? "yes" : "no", to_string(SyncMode(e->sync.load())),
                      e->access.mask.size(), e->access.reserve.size());
        t += line;
        std::snprintf(line, sizeof line,
                      "  requests=%llu reads=%llu writes=%llu flushes=%llu syncs=%llu bytes-read=%llu bytes-written=%llu "
                      "errors=%llu drops=%llu denied=%llu dups=%llu queued=%zu steered=%llu\n",
                      (unsigned long long)st.requests.load(), (unsigned long long)st.reads.load(),
                      (unsigned long long)st.writes.load(), (unsigned long long)st.flushes.load(),
                      (unsigned long long)st.syncs.load(), (unsigned long long)st.bytes_read.load(), (unsigned long long)st.bytes_written.load(),
                      (unsigned long long)st.errors.load(), (unsigned long long)(st.drops.load() + ring_drops),
                      (unsigned long long)st.denied.load(), (unsigned long long)st.dups.load(),
                      e->worker ? queued(*e->worker) : size_t(0), (unsigned long long)steered);
        t += line;
        // After the counters: scripts read the line after the export's.
        if (e->freeze) {
            const std::string fz = freeze_summary(*e->freeze);
            if (!fz.empty()) t += "  " + fz + "\n";
        }
    }
    for (auto& [name, l] : s.links) {
        net::SocketCounts c = net::socket_counts(*l.sock);
        for (Link::Member& m : l.members) {
            net::SocketCounts mc = net::socket_counts(*m.sock);
            c.frames += mc.frames;
            c.drops += mc.drops;
        }
        std::snprintf(line, sizeof line, "interface %s frames=%llu ring-drops=%llu\n", name.c_str(),
                      (unsigned long long)c.frames, (unsigned long long)c.drops);
        t += line;
    }
    return t;
}

int server_run(Server& s) {
    Pass pass;
    std::vector<pollfd> pfd;  // kept: the loop allocates nothing per wake-up
    auto last_mtu = std::chrono::steady_clock::now();
    auto last_look = last_mtu;
    int status = 0;
    for (bool running = true; running;) {
        // Serve what the rings hold; while frames keep coming, skip the
        // wait, but still look at signals and status requests often.
        int taken = 0;
        for (auto& [name, link] : s.links) taken += serve_link(s, name, link, pass);
        auto now = std::chrono::steady_clock::now();
        if (taken > 0 && now - last_look < std::chrono::milliseconds(kWaitMs)) continue;
        last_look = now;
        pfd.clear();
        pfd.push_back(pollfd{s.sigfd, POLLIN, 0});
        if (s.ctlfd >= 0) pfd.push_back(pollfd{s.ctlfd, POLLIN, 0});
        const size_t first_link = pfd.size();
        for (auto& [name, l] : s.links) pfd.push_back(pollfd{l.sock->fd, POLLIN, 0});
        int timeout = taken > 0 ? 0 : kWaitMs * 10;
        if (s.reload_guard) {
            for (int fd : guard_fds(*s.reload_guard)) pfd.push_back(pollfd{fd, POLLIN, 0});
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                            s.reload_guard->deadline - std::chrono::steady_clock::now()).count();
            timeout = int(std::clamp<long long>(left, 0, timeout));
        }
        const int ann = announce_wait_ms(s.announce, std::chrono::steady_clock::now());
        if (ann >= 0) timeout = std::min(timeout, ann);
        int r = poll(pfd.data(), pfd.size(), timeout);
        if (r < 0 && errno != EINTR) {
            log_error("poll: %s", std::strerror(errno));
            status = 1;
            break;
        }
        if (r > 0) {
            size_t i = first_link;
            for (auto& [name, l] : s.links)
                if (pfd[i++].revents & POLLERR) link_error(name, *l.sock);
        }
        now = std::chrono::steady_clock::now();
        if (now - last_mtu > std::chrono::seconds(1)) {
            // The MTU may change under us (jumbo frames set later).
            for (auto& [name, l] : s.links) l.mtu = net::current_mtu(*l.sock);
            for (auto& [a, e] : s.exports) touch_mapped(*e);
            announce_links(s, now);
            last_mtu = now;
        }
        announce_send(s, now);
        if (s.reload_guard) {
            guard_poll(*s.reload_guard);
            if (std::chrono::steady_clock::now() >= s.reload_guard->deadline) finish_reload(s);
        }
        if (r <= 0) continue;
        if (s.ctlfd >= 0 && pfd[1].revents) {
            std::vector<LayerRef> sets;
            std::vector<FreezeRef> freezes;
            std::vector<const Export*> all;
            for (auto& [a, e] : s.exports) all.push_back(e.get());
            for (auto& [a, e] : s.exports) {
                if (e->layers) sets.push_back({a, e->layers});
                freezes.push_back({a, e->freeze, e->freeze_no, e->freeze ? writer_of_same_file(*e, all) : ""});
            }
            control_serve(s.ctlfd, status_text(s), std::move(sets), std::move(freezes));
        }
        if (pfd[0].revents) {
            signalfd_siginfo si;
            while (read(s.sigfd, &si, sizeof si) == sizeof si) {
                if (si.ssi_signo == SIGHUP) {
                    start_reload(s);
                } else {
                    log_info("signal %u: finishing queued requests and exiting", si.ssi_signo);
                    running = false;
                }
            }
        }
    }
    notify_systemd("STOPPING=1");
    if (s.reload_guard) guard_end(*s.reload_guard);
    s.reload_guard.reset();
    for (auto& [a, e] : s.exports) close_export(*e);  // drains each queue first
    s.exports.clear();
    s.served.clear();
    s.links.clear();
    return status;
}

int serve_main(Server& s, const ServeConfig& cfg) {
    // Before any thread exists, so every worker inherits the mask and only
    // the signalfd sees these signals.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_BLOCK, &set, nullptr);
    signal(SIGPIPE, SIG_IGN);  // a vanished status client or terminal must not kill us
    signal(SIGTTOU, SIG_IGN);
    s.sigfd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    if (s.sigfd < 0) {
        log_error("signalfd: %s", std::strerror(errno));
        return 1;
    }
    if (cfg.syslog) log_use_syslog("aoeboot");
    std::string err;
    if (s.use_control) {
        s.ctlfd = control_listen(cfg.control, err);
        if (s.ctlfd < 0) {
            log_error("%s", err.c_str());
            close(s.sigfd);
            return 1;
        }
    }
    int status = 1;
    if (!server_apply(s, cfg, true, err)) {
        log_error("%s", err.c_str());
    } else {
        notify_systemd("READY=1");
        status = server_run(s);
    }
    if (s.use_control) control_close(s.ctlfd, cfg.control);
    s.ctlfd = -1;
    close(s.sigfd);
    s.sigfd = -1;
    return status;
}

}  // namespace aoe::target
