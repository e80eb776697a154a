// `aoeboot layer list|export|commit`: the per-client layers of a layered
// export, read from the files themselves (the config names the base and
// the directory), so a long copy never holds the serving daemon.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <getopt.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "base/utc.h"
#include "cli/cli.h"
#include "cow/layer.h"
#include "target/config.h"
#include "target/control.h"
#include "initiator/discover.h"
#include "initiator/layer_reset.h"
#include "proto/layer_cmd.h"

namespace aoe::cli {

namespace {

int fail(const std::string& m) {
    std::fprintf(stderr, "aoeboot layer: %s\n", m.c_str());
    return kExitFail;
}

const target::ExportConfig* find_export(const target::ServeConfig& cfg, const char* name, std::string& err) {
    auto a = parse_address(name);
    if (!a) {
        err = std::string("'") + name + "' is not an export address like e1.0";
        return nullptr;
    }
    for (const auto& e : cfg.exports) {
        if (!(e.addr == *a)) continue;
        if (!e.layered) {
            err = format_address(*a) + " has no per-client layers (no 'base =' in " + e.where + ")";
            return nullptr;
        }
        return &e;
    }
    err = format_address(*a) + " is not in " + cfg.file;
    return nullptr;
}

// The layer's file state, to notice a client writing during a copy.
bool stamp(const std::string& file, struct stat& st) { return stat(file.c_str(), &st) == 0; }
bool same(const struct stat& a, const struct stat& b) {
    return a.st_blocks == b.st_blocks && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

int do_list(const target::ExportConfig& e) {
    DIR* d = opendir(e.layer_dir.c_str());
    if (!d) return fail("cannot read the layer directory " + e.layer_dir + ": " + std::strerror(errno));
    cow::Base b;
    cow::BaseShelf older;  // the bases of layers made before an image update
    std::string err;
    if (!cow::open_base(b, e.path, err)) {
        closedir(d);
        return fail(err);
    }
    std::printf("%-17s %12s %10s %-20s %s\n", "MAC", "BYTES", "CHUNKS", "LAST WRITE", "STATE");
    while (dirent* de = readdir(d)) {
        Mac m{};
        if (!cow::layer_name_mac(de->d_name, e.addr, m)) continue;
        const std::string file = e.layer_dir + "/" + de->d_name;
        cow::Layer l;
        if (!cow::open_layer_on(l, file, m, b, older, err)) {
            std::printf("%-17s %s\n", format_mac(m).c_str(), err.c_str());
            continue;
        }
        struct stat st{};
        fstat(l.fd, &st);
        const std::string when = format_utc(st.st_mtim.tv_sec, ' ');
        std::printf("%-17s %12llu %10llu %-20s %s\n", format_mac(m).c_str(),
                    (unsigned long long)st.st_blocks * 512, (unsigned long long)l.used, when.c_str(),
                    l.refused.empty() ? ("ok, base " + l.base->path + (l.base == &b ? "" : " (older)")).c_str()
                                      : ("refused: " + l.refused).c_str());
        cow::close_layer(l);
    }
    closedir(d);
    cow::close_shelf(older);
    cow::close_base(b);
    return kExitOk;
}

// Writes the client's whole view to OUT (through OUT.tmp, synced, renamed);
// `commit`: made read-only, to be the base of a new export.
int do_export(const target::ExportConfig& e, const char* mac_s, const std::string& out, bool commit) {
    auto m = parse_mac(mac_s);
    if (!m) return fail(std::string("'") + mac_s + "' is not a MAC address");
    cow::Base b;
    cow::BaseShelf older;
    std::string err;
    if (!cow::open_base(b, e.path, err)) return fail(err);
    cow::Layer l;
    const std::string file = cow::layer_path(e.layer_dir, e.addr, *m);
    if (!cow::open_layer_on(l, file, *m, b, older, err)) return fail(err);
    if (!l.refused.empty()) return fail(file + ": " + l.refused);
    struct stat before{}, after{};
    const bool had = l.exists && stamp(file, before);
    const std::string tmp = out + ".tmp";
    int fd = open(tmp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return fail("cannot create " + tmp + ": " + std::strerror(errno) + (errno == EEXIST ? " (remove it)" : ""));
    bool ok = cow::export_view(l, *l.base, fd, err) && ftruncate(fd, off_t(b.size)) == 0 && fsync(fd) == 0;
    if (!ok && err.empty()) err = tmp + ": " + std::strerror(errno);
    if (ok && had && (!stamp(file, after) || !same(before, after))) {
        ok = false;
        err = format_mac(*m) + " wrote to its layer during the copy: the image would be torn; "
              "run it again while the client is off (or after 'aoeboot layer reset')";
    }
    if (ok && commit) ok = fchmod(fd, 0444) == 0;
    close(fd);
    if (ok && rename(tmp.c_str(), out.c_str()) != 0) ok = false, err = "cannot rename to " + out + ": " + std::strerror(errno);
    cow::close_layer(l);
    cow::close_shelf(older);
    cow::close_base(b);
    if (!ok) {
        unlink(tmp.c_str());
        return fail(err);
    }
    std::printf("%s: the view of %s on %s (%s)\n", out.c_str(), format_mac(*m).c_str(), format_address(e.addr).c_str(),
                l.exists ? "base + layer" : "no layer: the base");
    if (commit)
        std::printf("read-only now; to make it the base: 'base = %s' in the config. Layers made on %s are refused "
                    "over it: reset them.\n", out.c_str(), e.path.c_str());
    return kExitOk;
}

// What `aoeboot root` does at boot: find EXPORT on IFACE, ask it to reset
// our own layer, print the answer.
int do_fresh(const char* iface, const char* name) {
    auto a = parse_address(name);
    if (!a) return fail(std::string("'") + name + "' is not an export address like e1.0");
    initiator::DiscoverOptions d;
    d.want = *a;
    d.timeout_ms = 2000;
    std::vector<initiator::FoundTarget> found;
    std::string err;
    if (!initiator::discover_on({iface}, d, found, err)) return fail(err);
    const int i = initiator::wanted_found(found, d);
    if (i < 0) return fail(format_address(*a) + " did not answer on " + iface);
    initiator::LayerResetAnswer ans;
    uint8_t st = 0;
    if (!initiator::layer_reset(found[size_t(i)].paths.at(0), *a, 1000, ans, st, err)) return fail(err);
    if (ans == initiator::LayerResetAnswer::kNoAnswer) return fail("no answer to the layer reset");
    if (ans == initiator::LayerResetAnswer::kRefused) return fail("the target does not know the layer reset command");
    static const char* kWhat[] = {"reset", "nothing to reset", "persistent: kept", "failed (see the target's log)",
                                  "not a layered export"};
    std::printf("%u %s\n", unsigned(st), st <= kLayerNotLayered ? kWhat[st] : "?");
    return st == kLayerFailed ? kExitFail : kExitOk;
}

}  // namespace

int cmd_layer(int argc, char** argv) {
    static const option longopts[] = {{"config", required_argument, nullptr, 'c'},
                                      {"control", required_argument, nullptr, 'S'},
                                      {"help", no_argument, nullptr, 'h'},
                                      {nullptr, 0, nullptr, 0}};
    std::string conf = target::kDefaultConfigFile;
    std::string ctl = target::kDefaultControlSocket;
    optind = 1;
    for (int c; (c = getopt_long(argc, argv, "+c:S:h", longopts, nullptr)) != -1;) {
        switch (c) {
            case 'c': conf = optarg; break;
            case 'S': ctl = optarg; break;
            case 'h':
                std::printf("usage: aoeboot layer [-S SOCKET] status\n"
                            "       aoeboot layer [-S SOCKET] reset EXPORT MAC\n"
                            "       aoeboot layer fresh IFACE EXPORT\n"
                            "       aoeboot layer [-c CONFIG] list EXPORT\n"
                            "       aoeboot layer [-c CONFIG] export EXPORT MAC IMAGE\n"
                            "       aoeboot layer [-c CONFIG] commit EXPORT MAC IMAGE\n"
                            "The per-client copy-on-write layers of a layered export (base =, layer-dir =).\n"
                            "  status  the running server's layers: MAC, bytes, chunks, writes, last I/O, base\n"
                            "  reset   drop MAC's layer in the running server: it reads the base again\n"
                            "  fresh   as a client on IFACE: ask EXPORT to reset our own layer (what\n"
                            "          aoeboot root does at boot), print the target's answer\n"
                            "  list    each client's layer from the files: bytes, chunks, last write, state\n"
                            "  export  write MAC's whole view (base + its layer) to IMAGE\n"
                            "  commit  the same, made read-only, to be a new base\n"
                            "  -c, --config FILE     the serve configuration (default %s)\n"
                            "  -S, --control SOCKET  the server's control socket (default %s)\n",
                            target::kDefaultConfigFile, target::kDefaultControlSocket);
                return kExitOk;
            default: return usage_error("layer", "unknown option");
        }
    }
    if (optind >= argc) return usage_error("layer", "want status, reset, list, export or commit");
    const std::string sub = argv[optind];
    const int left = argc - optind - 1;
    if (sub == "fresh" && left == 2) return do_fresh(argv[optind + 1], argv[optind + 2]);
    if ((sub == "status" && left == 0) || (sub == "reset" && left == 2)) {
        // Through the server: it holds the layers open.
        const std::string cmd = sub == "status" ? "layers" : "layer-reset " + std::string(argv[optind + 1]) + " " + argv[optind + 2];
        std::string text, err;
        if (!target::control_query(ctl, text, err, cmd)) return fail(err);
        std::fwrite(text.data(), 1, text.size(), stdout);
        return text.rfind("error:", 0) == 0 ? kExitFail : kExitOk;
    }
    if (!((sub == "list" && left == 1) || ((sub == "export" || sub == "commit") && left == 3)))
        return usage_error("layer", "want 'list EXPORT' or 'export|commit EXPORT MAC IMAGE'");
    target::ServeConfig cfg;
    std::string err;
    if (!target::load_config(conf, cfg, err)) return fail(err);
    const target::ExportConfig* e = find_export(cfg, argv[optind + 1], err);
    if (!e) return fail(err);
    if (sub == "list") return do_list(*e);
    return do_export(*e, argv[optind + 2], argv[optind + 3], sub == "commit");
}

}  // namespace aoe::cli
