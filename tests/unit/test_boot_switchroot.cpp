// Root mount options and init lookup (the parts of switch_root that need no
// PID 1 or mounts).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "boot/switchroot.h"

using namespace aoe::boot;

TEST_CASE("rootflags split into mount flags and filesystem data") {
    MountFlags f = parse_mount_flags("noatime,data=journal,,nodev,errors=remount-ro", true);
    CHECK(f.flags == (MS_RDONLY | MS_NOATIME | MS_NODEV));
    CHECK(f.data == "data=journal,errors=remount-ro");
    f = parse_mount_flags("", false);
    CHECK(f.flags == 0);
    CHECK(f.data.empty());
    // rootflags=rw beats the default ro; ro in rootflags beats rw.
    CHECK(parse_mount_flags("rw", true).flags == 0);
    CHECK(parse_mount_flags("ro", false).flags == MS_RDONLY);
}

namespace {

struct TempRoot {
    std::string dir;
    TempRoot() {
        char tmpl[] = "/tmp/test-boot-root.XXXXXX";
        dir = mkdtemp(tmpl);
    }
    ~TempRoot() { std::system(("rm -rf '" + dir + "'").c_str()); }
    void file(const std::string& path, mode_t mode) {
        std::system(("mkdir -p \"$(dirname '" + dir + path + "')\"").c_str());
        int fd = ::open((dir + path).c_str(), O_CREAT | O_WRONLY, mode);
        REQUIRE(fd >= 0);
        ::close(fd);
        ::chmod((dir + path).c_str(), mode);
    }
    void link(const std::string& target, const std::string& path) {
        std::system(("mkdir -p \"$(dirname '" + dir + path + "')\"").c_str());
        REQUIRE(::symlink(target.c_str(), (dir + path).c_str()) == 0);
    }
};

}  // namespace

TEST_CASE("find_init follows the kernel's order and resolves links inside the new root") {
    TempRoot r;
    std::string init, err;
    CHECK(!find_init(r.dir, "", init, err));
    CHECK(err.find("/sbin/init") != std::string::npos);
    CHECK(err.find("init=") != std::string::npos);

    r.file("/bin/sh", 0755);
    REQUIRE(find_init(r.dir, "", init, err));
    CHECK(init == "/bin/sh");

    // An absolute link points into the new root, not into the initramfs.
    r.file("/lib/systemd/systemd", 0755);
    r.link("/lib/systemd/systemd", "/sbin/init");
    REQUIRE(find_init(r.dir, "", init, err));
    CHECK(init == "/sbin/init");

    // A dangling link or a non-executable file does not count.
    r.link("/nowhere", "/etc/init");
    r.file("/bin/notexec", 0644);
    CHECK(!find_init(r.dir, "/etc/init", init, err));
    CHECK(!find_init(r.dir, "/bin/notexec", init, err));
    CHECK(err.find("/bin/notexec") != std::string::npos);

    r.link("../bin/sh", "/usr/bin-init");
    REQUIRE(find_init(r.dir, "/usr/bin-init", init, err));
}

TEST_CASE("switch_root refuses to run outside PID 1") {
    std::string err;
    char a0[] = "x";
    char* argv[] = {a0, nullptr};
    CHECK(!switch_root("/tmp", "/sbin/init", argv, err));
    CHECK(err.find("PID 1") != std::string::npos);
}
