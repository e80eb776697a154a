// The multi-call command line: `aoeboot COMMAND ...`, or the binary invoked
// through a symlink named after a command (vblade). Each command lives in its
// own file in src/cli/ and is listed in the table in main.cpp.
#pragma once

#include <string>

namespace aoe::cli {

// Every command: argv[0] is the command name. Returns the exit status:
// 0 success, 1 failure, 2 bad usage.
using CommandFn = int (*)(int argc, char** argv);

struct Command {
    const char* name;
    const char* summary;  // one line for `aoeboot help`
    CommandFn run;
};

inline constexpr int kExitOk = 0;
inline constexpr int kExitFail = 1;
inline constexpr int kExitUsage = 2;

// Prints "aoeboot CMD: MESSAGE" and a hint to --help on stderr; returns 2.
int usage_error(const char* cmd, const std::string& message);

// The commands (one file each).
int cmd_serve(int argc, char** argv);
int cmd_status(int argc, char** argv);
int cmd_layer(int argc, char** argv);
int cmd_freeze(int argc, char** argv);
int cmd_thaw(int argc, char** argv);
int cmd_vblade(int argc, char** argv);
int cmd_discover(int argc, char** argv);
int cmd_read(int argc, char** argv);
int cmd_write(int argc, char** argv);
int cmd_verify(int argc, char** argv);
int cmd_bench(int argc, char** argv);
int cmd_link(int argc, char** argv);
int cmd_root(int argc, char** argv);
int cmd_abft(int argc, char** argv);
int cmd_nbd(int argc, char** argv);
int cmd_nbd_server(int argc, char** argv);

}  // namespace aoe::cli
