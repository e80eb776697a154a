// Module loading for the initramfs: modules.dep instead of modprobe, and
// finit_module so the module file is read by the kernel itself.
#include "boot/modules.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

namespace aoe::boot {

namespace {

bool read_file(const std::string& path, std::string& out) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    out.clear();
    char buf[16384];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.append(buf, size_t(n));
    }
    ::close(fd);
    return true;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Depth-first post-order; `state` 1 = on the stack (cycle), 2 = done.
bool visit(const std::map<std::string, const ModuleEntry*>& by_name, const std::string& name,
           std::map<std::string, int>& state, std::vector<const ModuleEntry*>& order,
           std::string& err) {
    int& st = state[name];
    if (st == 2) return true;
    if (st == 1) {
        err = "modules.dep has a dependency cycle through " + name;
        return false;
    }
    auto it = by_name.find(name);
    if (it == by_name.end()) {
        err = "module " + name + " is not in modules.dep";
        return false;
    }
    st = 1;
    for (const std::string& d : it->second->deps) {
        if (!visit(by_name, d, state, order, err)) {
            if (err.find(" (needed by ") == std::string::npos) err += " (needed by " + name + ")";
            return false;
        }
    }
    state[name] = 2;
    order.push_back(it->second);
    return true;
}

}  // namespace

std::string module_name(std::string_view p) {
    size_t slash = p.rfind('/');
    if (slash != std::string_view::npos) p.remove_prefix(slash + 1);
    size_t ko = p.find(".ko");
    if (ko != std::string_view::npos) p = p.substr(0, ko);
    std::string n(p);
    std::replace(n.begin(), n.end(), '-', '_');
    return n;
}

bool parse_modules_dep(std::string_view text, std::vector<ModuleEntry>& out, std::string& err) {
    out.clear();
    int lineno = 0;
    while (!text.empty()) {
        size_t nl = text.find('\n');
        std::string_view line = trim(text.substr(0, nl));
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        ++lineno;
        if (line.empty() || line[0] == '#') continue;
        size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) {
            err = "modules.dep line " + std::to_string(lineno) + ": no 'module.ko:' at the start";
            return false;
        }
        ModuleEntry e;
        e.path = std::string(trim(line.substr(0, colon)));
        e.name = module_name(e.path);
        std::string_view rest = line.substr(colon + 1);
        while (!rest.empty()) {
            rest = trim(rest);
            size_t sp = rest.find_first_of(" \t");
            std::string_view d = rest.substr(0, sp);
            if (!d.empty()) e.deps.push_back(module_name(d));
            if (sp == std::string_view::npos) break;
            rest.remove_prefix(sp);
        }
        out.push_back(std::move(e));
    }
    return true;
}

bool resolve_modules(const std::vector<ModuleEntry>& dep, const std::vector<std::string>& names,
                     std::vector<const ModuleEntry*>& order, std::string& err) {
    std::map<std::string, const ModuleEntry*> by_name;
    for (const ModuleEntry& e : dep) by_name.emplace(e.name, &e);
    std::map<std::string, int> state;
    order.clear();
    for (const std::string& n : names)
        if (!visit(by_name, module_name(n), state, order, err)) return false;
    return true;
}

bool load_module_file(const std::string& path, const std::string& params, std::string& err) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = "cannot open module " + path + ": " + std::strerror(errno);
        return false;
    }
    long rc = ::syscall(SYS_finit_module, fd, params.c_str(), 0);
    int e = errno;
    ::close(fd);
    if (rc == 0 || e == EEXIST) return true;
    err = "loading " + path + (params.empty() ? "" : " (" + params + ")") + " failed: " +
          std::strerror(e);
    if (e == ENOEXEC) err += ": built for another kernel or compressed? (see dmesg)";
    else if (e == ENOENT) err += ": unknown symbol, a dependency is missing (see dmesg)";
    else if (e == EPERM) err += ": module loading disabled or not root";
    return false;
}

bool open_module_dir(const std::string& dir, ModuleDir& out, std::string& err) {
    out = ModuleDir{};
    out.dir = dir;
    std::string text;
    if (!read_file(dir + "/modules.dep", text)) {
        err = "cannot read " + dir + "/modules.dep: " + std::strerror(errno) +
              " (was the initramfs built for this kernel?)";
        return false;
    }
    if (!parse_modules_dep(text, out.dep, err)) {
        err = dir + "/" + err;
        return false;
    }
    if (read_file(dir + "/modules.builtin", text)) {
        // One path per line.
        size_t pos = 0;
        while (pos < text.size()) {
            size_t nl = text.find('\n', pos);
            if (nl == std::string::npos) nl = text.size();
            if (nl > pos) out.builtin.push_back(module_name(std::string_view(text).substr(pos, nl - pos)));
            pos = nl + 1;
        }
    }
    return true;
}

std::string running_module_dir() {
    struct utsname u;
    if (::uname(&u) != 0) return "/lib/modules";
    return std::string("/lib/modules/") + u.release;
}

bool module_loaded(const std::string& name) {
    struct stat st;
    // /sys/module/NAME exists for loaded modules and for built-in ones with
    // parameters; initstate only for loadable ones, but either means "there".
    return ::stat(("/sys/module/" + module_name(name)).c_str(), &st) == 0;
}

bool load_with_deps(const ModuleDir& md, const std::string& name, const std::string& params,
                    std::vector<std::string>& loaded, std::string& err) {
    std::string n = module_name(name);
    if (std::find(md.builtin.begin(), md.builtin.end(), n) != md.builtin.end()) return true;
    std::vector<const ModuleEntry*> order;
    if (!resolve_modules(md.dep, {n}, order, err)) return false;
    for (const ModuleEntry* e : order) {
        if (module_loaded(e->name)) continue;
        std::string path = e->path[0] == '/' ? e->path : md.dir + "/" + e->path;
        if (!load_module_file(path, e->name == n ? params : std::string(), err)) return false;
        loaded.push_back(e->name);
    }
    return true;
}

}  // namespace aoe::boot
