// Listening socket and the accept loop. See server.h.
#include "nbd/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <list>
#include <memory>
#include <thread>

#include "base/log.h"

namespace aoe::nbd {

bool parse_listen(std::string_view s, ListenAddr& out, std::string& err) {
    out = ListenAddr{};
    if (s.starts_with("unix:")) {
        out.is_unix = true;
        out.path = std::string(s.substr(5));
        if (out.path.empty() || out.path.size() >= sizeof(sockaddr_un{}.sun_path)) {
            err = "unix socket path must be 1 to 107 characters: '" + std::string(s) + "'";
            return false;
        }
        return true;
    }
    if (s.starts_with("tcp:")) {
        std::string_view rest = s.substr(4);
        size_t colon = rest.rfind(':');
        if (colon == std::string_view::npos) {
            err = "expected tcp:ADDRESS:PORT, got '" + std::string(s) + "'";
            return false;
        }
        std::string_view host = rest.substr(0, colon), port = rest.substr(colon + 1);
        if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
            host = host.substr(1, host.size() - 2);
        unsigned long p = 0;
        for (char c : port) {
            if (c < '0' || c > '9' || p > 65535) { p = 0; break; }
            p = p * 10 + unsigned(c - '0');
        }
        if (host.empty() || p == 0 || p > 65535) {
            err = "expected tcp:ADDRESS:PORT with a port 1-65535, got '" + std::string(s) + "'";
            return false;
        }
        out.host = std::string(host);
        out.port = uint16_t(p);
        return true;
    }
    err = "listen address must start with unix: or tcp:, got '" + std::string(s) + "'";
    return false;
}

int open_listener(const ListenAddr& a, std::string& err) {
    if (a.is_unix) {
        int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            err = std::string("socket: ") + std::strerror(errno);
            return -1;
        }
        sockaddr_un sa{};
        sa.sun_family = AF_UNIX;
        std::memcpy(sa.sun_path, a.path.c_str(), a.path.size() + 1);
        // A socket file left by an earlier run would make bind fail; only a
        // socket is removed, never a regular file.
        struct stat st {};
        if (lstat(a.path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) unlink(a.path.c_str());
        if (bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0 || listen(fd, 16) != 0) {
            err = "listen on unix:" + a.path + ": " + std::strerror(errno);
            close(fd);
            return -1;
        }
        return fd;
    }
    // Numeric addresses only (inet_pton, not getaddrinfo): a listener needs
    // no name lookup, and the resolver would be a tenth of the binary.
    sockaddr_storage ss{};
    socklen_t len = 0;
    auto* v4 = reinterpret_cast<sockaddr_in*>(&ss);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&ss);
    std::string port = std::to_string(a.port);
    if (inet_pton(AF_INET, a.host.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(uint16_t(a.port));
        len = sizeof *v4;
    } else if (inet_pton(AF_INET6, a.host.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(uint16_t(a.port));
        len = sizeof *v6;
    } else {
        err = "bad address '" + a.host + "' (give a numeric IPv4 or IPv6 address)";
        return -1;
    }
    int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    if (fd >= 0) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&ss), len) != 0 || listen(fd, 16) != 0) {
        err = "listen on tcp:" + a.host + ":" + port + ": " + std::strerror(errno);
        if (fd >= 0) close(fd);
        return -1;
    }
    return fd;
}

namespace {

struct Client {
    int fd = -1;
    unsigned id = 0;
    std::thread thread;
    std::atomic<bool> done{false};
};

const char* end_name(End e) {
    switch (e) {
    case End::kDisconnect: return "disconnected";
    case End::kEof: return "closed the connection";
    case End::kProtocol: return "protocol error";
    case End::kIoError: return "socket error";
    }
    return "?";
}

void reap(std::list<std::unique_ptr<Client>>& clients, bool all) {
    for (auto it = clients.begin(); it != clients.end();) {
        if (all || (*it)->done) {
            (*it)->thread.join();
            close((*it)->fd);
            it = clients.erase(it);
        } else {
            ++it;
        }
    }
}

}  // namespace

unsigned run_server(int listen_fd, ServerConfig& cfg, const std::atomic<bool>& stop) {
    std::list<std::unique_ptr<Client>> clients;
    unsigned served = 0;
    while (!stop) {
        pollfd p{listen_fd, POLLIN, 0};
        int rc = poll(&p, 1, 200);
        reap(clients, false);
        if (rc <= 0) continue;
        int fd = accept4(listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno != EINTR && errno != EAGAIN && errno != ECONNABORTED)
                log_warn("accept: %s", std::strerror(errno));
            continue;
        }
        if (clients.size() >= cfg.max_clients) {
            log_warn("refusing a client: %u already connected (see --max-clients)",
                     cfg.max_clients);
            close(fd);
            continue;
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);  // fails harmlessly on UNIX
        auto c = std::make_unique<Client>();
        c->fd = fd;
        c->id = ++served;
        Client* cp = c.get();
        log_info("client %u connected", cp->id);
        cp->thread = std::thread([cp, &cfg] {
            std::string why;
            End e = serve_client(cp->fd, cfg.exp, *cfg.disk, cfg.session, why);
            if (e == End::kProtocol || e == End::kIoError)
                log_warn("client %u: %s: %s", cp->id, end_name(e), why.c_str());
            else
                log_info("client %u %s", cp->id, end_name(e));
            // The client waits for the close after NBD_CMD_DISC: give it EOF
            // now, not when the accept loop next reaps (it owns the fd).
            shutdown(cp->fd, SHUT_RDWR);
            cp->done = true;
        });
        clients.push_back(std::move(c));
    }
    // Stop reading new requests; in-flight ones finish and are answered.
    for (auto& c : clients)
        if (!c->done) shutdown(c->fd, SHUT_RD);
    reap(clients, true);
    return served;
}

}  // namespace aoe::nbd
