#include "target/control.h"

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <string>
#include <unistd.h>

namespace aoe::target {

namespace {

bool make_addr(const std::string& path, sockaddr_un& sa, std::string& err) {
    std::memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    if (path.empty() || path.size() >= sizeof sa.sun_path) {
        err = "control socket path '" + path + "' is empty or too long";
        return false;
    }
    std::memcpy(sa.sun_path, path.data(), path.size());
    return true;
}

void mkdir_parents(const std::string& path) {
    for (size_t i = 1; i < path.size(); i++) {
        if (path[i] != '/') continue;
        std::string dir = path.substr(0, i);
        mkdir(dir.c_str(), 0755);
    }
}

}  // namespace

int control_listen(const std::string& path, std::string& err) {
    sockaddr_un sa;
    if (!make_addr(path, sa, err)) return -1;
    mkdir_parents(path);
    int probe = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (probe >= 0) {
        bool live = connect(probe, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0;
        close(probe);
        if (live) {
            err = "another aoeboot serve answers on " + path +
                  "; stop it or give this one its own socket with -S PATH";
            return -1;
        }
    }
    unlink(path.c_str());  // stale socket from a killed daemon
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0 || listen(fd, 8) < 0) {
        err = "cannot listen on " + path + ": " + std::strerror(errno);
        if (fd >= 0) close(fd);
        return -1;
    }
    chmod(path.c_str(), 0600);
    return fd;
}

void control_answer(int listen_fd, const std::string& text) {
    int c = accept4(listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
    if (c < 0) return;
    // A client that does not read must not hold the daemon: bounded send.
    timeval tv{1, 0};
    setsockopt(c, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    size_t off = 0;
    while (off < text.size()) {
        ssize_t n = send(c, text.data() + off, text.size() - off, MSG_NOSIGNAL);
        if (n <= 0) break;
        off += size_t(n);
    }
    close(c);
}

void control_close(int fd, const std::string& path) {
    if (fd < 0) return;
    close(fd);
    unlink(path.c_str());
}

bool control_query(const std::string& path, std::string& out, std::string& err,
                   const std::string& command, int wait_ms) {
    sockaddr_un sa;
    if (!make_addr(path, sa, err)) return false;
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || connect(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0) {
        err = "cannot connect to " + path + ": " + std::strerror(errno) +
              " (is aoeboot serve running? use -S PATH for another socket)";
        if (fd >= 0) close(fd);
        return false;
    }
    const std::string line = command + "\n";
    send(fd, line.data(), line.size(), MSG_NOSIGNAL);  // an old daemon ignores it
    char buf[4096];
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        if (poll(&p, 1, wait_ms) <= 0) {
            err = "no answer from " + path + " within " + std::to_string(wait_ms / 1000) + " s";
            close(fd);
            return false;
        }
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.append(buf, size_t(n));
    }
    close(fd);
    return true;
}

void notify_systemd(const char* state) {
    const char* path = std::getenv("NOTIFY_SOCKET");
    if (!path || !*path) return;
    sockaddr_un sa{};
    sa.sun_family = AF_UNIX;
    size_t len = std::strlen(path);
    if (len >= sizeof sa.sun_path) return;
    std::memcpy(sa.sun_path, path, len);
    if (sa.sun_path[0] == '@') sa.sun_path[0] = 0;  // abstract namespace
    int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return;
    sendto(fd, state, std::strlen(state), MSG_NOSIGNAL, reinterpret_cast<sockaddr*>(&sa),
           socklen_t(offsetof(sockaddr_un, sun_path) + len));
    close(fd);
}

}  // namespace aoe::target
