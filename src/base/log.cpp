#include "base/log.h"

#include <cstdarg>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <unistd.h>

namespace aoe {

namespace {
LogLevel g_level = LogLevel::kInfo;
bool g_syslog = false;
const char* g_prefix = "aoeboot";

// Our own syslog client instead of libc's: one datagram "<PRI>IDENT[PID]: MSG"
// to /dev/log, which journald and rsyslog stamp with the time on arrival.
// (musl's vsyslog formats a timestamp itself and brings strftime and the
// time zone code, 7 KiB, for nothing.) Reconnects once when the syslog
// daemon was restarted; when there is none, the message goes to stderr.
std::mutex g_syslog_mu;
int g_syslog_fd = -1;
const char* g_ident = "aoeboot";

bool syslog_connect() {
    if (g_syslog_fd >= 0) close(g_syslog_fd);
    g_syslog_fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (g_syslog_fd < 0) return false;
    sockaddr_un sa{};
    sa.sun_family = AF_UNIX;
    std::strcpy(sa.sun_path, "/dev/log");
    if (connect(g_syslog_fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0) return true;
    close(g_syslog_fd);
    g_syslog_fd = -1;
    return false;
}

bool syslog_send(const char* msg, size_t len) {
    std::lock_guard<std::mutex> lock(g_syslog_mu);
    for (int attempt = 0; attempt < 2; attempt++) {
        if (g_syslog_fd < 0 && !syslog_connect()) return false;
        if (send(g_syslog_fd, msg, len, MSG_NOSIGNAL) >= 0) return true;
        close(g_syslog_fd);
        g_syslog_fd = -1;
    }
    return false;
}

void vlog(LogLevel level, const char* fmt, va_list ap) {
    if (level > g_level) return;
    char buf[1024];
    if (g_syslog) {
        static const int prio[] = {LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG};
        va_list copy;
        va_copy(copy, ap);
        int n = std::snprintf(buf, sizeof buf, "<%d>%s[%d]: ", LOG_DAEMON | prio[int(level)],
                              g_ident, int(getpid()));
        int m = n < 0 ? -1 : std::vsnprintf(buf + n, sizeof buf - size_t(n), fmt, copy);
        va_end(copy);
        if (m >= 0 && syslog_send(
                                  buf, std::min(size_t(n) + size_t(m), sizeof buf - 1)))
            return;
    }
    // One write per message so lines from threads do not interleave.
    static const char* tag[] = {"error: ", "warning: ", "", "debug: "};
    int n = std::snprintf(buf, sizeof buf, "%s: %s", g_prefix, tag[int(level)]);
    if (n < 0) return;
    int m = std::vsnprintf(buf + n, sizeof buf - size_t(n) - 1, fmt, ap);
    size_t len = size_t(n) + (m < 0 ? 0 : std::min<size_t>(size_t(m), sizeof buf - size_t(n) - 2));
    buf[len++] = '\n';
    std::fwrite(buf, 1, len, stderr);
}
}  // namespace

void log_set_level(LogLevel level) { g_level = level; }
void log_use_syslog(const char* ident) {
    std::lock_guard<std::mutex> lock(g_syslog_mu);
    g_ident = ident;
    syslog_connect();
    g_syslog = true;
}
void log_set_prefix(const char* prefix) { g_prefix = prefix; }

#define AOEBOOT_LOG_FN(name, level)          \
    void name(const char* fmt, ...) {        \
        va_list ap;                          \
        va_start(ap, fmt);                   \
        vlog(level, fmt, ap);                \
        va_end(ap);                          \
    }
AOEBOOT_LOG_FN(log_error, LogLevel::kError)
AOEBOOT_LOG_FN(log_warn, LogLevel::kWarn)
AOEBOOT_LOG_FN(log_info, LogLevel::kInfo)
AOEBOOT_LOG_FN(log_debug, LogLevel::kDebug)

}  // namespace aoe
