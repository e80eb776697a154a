#include "base/log.h"

#include <cstdarg>
#include <algorithm>
#include <cstdio>
#include <syslog.h>

namespace aoe {

namespace {
LogLevel g_level = LogLevel::kInfo;
bool g_syslog = false;
const char* g_prefix = "aoeboot";

void vlog(LogLevel level, const char* fmt, va_list ap) {
    if (level > g_level) return;
    if (g_syslog) {
        static const int prio[] = {LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG};
        vsyslog(prio[int(level)], fmt, ap);
        return;
    }
    // One write per message so lines from threads do not interleave.
    char buf[1024];
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
    openlog(ident, LOG_PID | LOG_NDELAY, LOG_DAEMON);
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
