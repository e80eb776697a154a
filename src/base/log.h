// One place where messages leave the program: stderr by default, syslog when
// asked (daemons), with a level filter. printf-style, no iostream.
#pragma once

namespace aoe {

enum class LogLevel { kError = 0, kWarn = 1, kInfo = 2, kDebug = 3 };

void log_set_level(LogLevel level);
void log_use_syslog(const char* ident);  // from now on, messages go to syslog
void log_set_prefix(const char* prefix); // e.g. "aoeboot serve" (stderr only)

void log_error(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warn(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
void log_debug(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

}  // namespace aoe
