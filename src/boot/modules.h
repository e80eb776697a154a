// Kernel modules from the initramfs: modules.dep parsing, dependency order,
// and loading with finit_module(2) (no modprobe, no insmod binary needed).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aoe::boot {

// One line of modules.dep: "kernel/drivers/block/aoe/aoe.ko: dep1.ko dep2.ko".
struct ModuleEntry {
    std::string name;               // "aoe" ('-' folded to '_', suffix dropped)
    std::string path;               // as written, relative to the modules dir
    std::vector<std::string> deps;  // names of the modules it needs
};

// "kernel/fs/ext4/ext4.ko.xz" -> "ext4"; "crc32c-generic" -> "crc32c_generic".
std::string module_name(std::string_view path_or_name);

// Parses modules.dep text. Malformed lines (no ':') are an error with the
// line number; blank lines are fine.
bool parse_modules_dep(std::string_view text, std::vector<ModuleEntry>& out, std::string& err);

// The modules to load for `names`, dependencies first, each once (a
// depth-first walk: it does not rely on the order depmod wrote). Unknown
// names and dependency cycles are errors naming the module.
bool resolve_modules(const std::vector<ModuleEntry>& dep, const std::vector<std::string>& names,
                     std::vector<const ModuleEntry*>& order, std::string& err);

// Loads one .ko file with finit_module and a parameter string such as
// "aoe_iflist=eth0 aoe_deadsecs=900". A module that is already loaded is
// success. Errors say which file and what the kernel answered.
bool load_module_file(const std::string& path, const std::string& params, std::string& err);

struct ModuleDir {
    std::string dir;                 // /lib/modules/RELEASE
    std::vector<ModuleEntry> dep;    // its modules.dep
    std::vector<std::string> builtin;  // names from modules.builtin (may be empty)
};

// Reads DIR/modules.dep (and modules.builtin when present).
bool open_module_dir(const std::string& dir, ModuleDir& out, std::string& err);

// /lib/modules/$(uname -r)
std::string running_module_dir();

// Is a module of that name loaded (or built in)? Looks at /sys/module.
bool module_loaded(const std::string& name);

// Loads `name` and what it needs. `params` go to `name` only. Built-in and
// already-loaded modules are skipped; the names of the modules this call
// loaded are appended to `loaded`. On error what loaded stays loaded.
bool load_with_deps(const ModuleDir& md, const std::string& name, const std::string& params,
                    std::vector<std::string>& loaded, std::string& err);

}  // namespace aoe::boot
