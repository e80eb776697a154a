// modules.dep parsing and dependency order for the initramfs module loader.
#include <catch2/catch.hpp>

#include <algorithm>

#include "boot/modules.h"

using namespace aoe::boot;

namespace {

const char* kDep =
    "kernel/fs/mbcache.ko:\n"
    "kernel/fs/ext4/ext4.ko: kernel/lib/crc16.ko kernel/fs/mbcache.ko kernel/fs/jbd2/jbd2.ko\n"
    "kernel/fs/jbd2/jbd2.ko:\n"
    "kernel/lib/crc16.ko:\n"
    "\n"
    "kernel/drivers/block/aoe/aoe.ko:\n"
    "kernel/drivers/net/virtio_net.ko.xz: kernel/drivers/net/net_failover.ko.xz kernel/net/core/failover.ko.xz\n"
    "kernel/drivers/net/net_failover.ko.xz: kernel/net/core/failover.ko.xz\n"
    "kernel/net/core/failover.ko.xz:\n"
    "kernel/crypto/crc32c-generic.ko:\n";

std::vector<std::string> names(const std::vector<const ModuleEntry*>& v) {
    std::vector<std::string> out;
    for (auto* e : v) out.push_back(e->name);
    return out;
}

size_t index_of(const std::vector<std::string>& v, const std::string& s) {
    return size_t(std::find(v.begin(), v.end(), s) - v.begin());
}

}  // namespace

TEST_CASE("module_name folds paths, suffixes and dashes") {
    CHECK(module_name("kernel/fs/ext4/ext4.ko") == "ext4");
    CHECK(module_name("kernel/drivers/net/virtio_net.ko.xz") == "virtio_net");
    CHECK(module_name("crc32c-generic") == "crc32c_generic");
    CHECK(module_name("/lib/modules/6.1/kernel/crypto/crc32c-generic.ko.zst") == "crc32c_generic");
}

TEST_CASE("modules.dep parses and resolves dependencies first, each once") {
    std::vector<ModuleEntry> dep;
    std::string err;
    REQUIRE(parse_modules_dep(kDep, dep, err));
    REQUIRE(dep.size() == 9);
    CHECK(dep[1].name == "ext4");
    CHECK(dep[1].deps == std::vector<std::string>{"crc16", "mbcache", "jbd2"});

    std::vector<const ModuleEntry*> order;
    REQUIRE(resolve_modules(dep, {"ext4", "virtio-net", "aoe", "jbd2"}, order, err));
    auto n = names(order);
    CHECK(n.size() == 8);
    for (const char* d : {"crc16", "mbcache", "jbd2"}) CHECK(index_of(n, d) < index_of(n, "ext4"));
    CHECK(index_of(n, "failover") < index_of(n, "net_failover"));
    CHECK(index_of(n, "net_failover") < index_of(n, "virtio_net"));
    CHECK(std::count(n.begin(), n.end(), "jbd2") == 1);
    CHECK(order.back()->name == "aoe");
    CHECK(order[index_of(n, "virtio_net")]->path == "kernel/drivers/net/virtio_net.ko.xz");

    REQUIRE(resolve_modules(dep, {"crc32c_generic"}, order, err));
    CHECK(order.at(0)->path == "kernel/crypto/crc32c-generic.ko");
}

TEST_CASE("unknown modules, missing dependencies, cycles and junk are errors") {
    std::vector<ModuleEntry> dep;
    std::string err;
    std::vector<const ModuleEntry*> order;
    REQUIRE(parse_modules_dep(kDep, dep, err));
    CHECK(!resolve_modules(dep, {"e1000"}, order, err));
    CHECK(err.find("e1000") != std::string::npos);

    REQUIRE(parse_modules_dep("a.ko: b.ko\nb.ko: c.ko\n", dep, err));
    CHECK(!resolve_modules(dep, {"a"}, order, err));
    CHECK(err.find("c is not in modules.dep") != std::string::npos);
    CHECK(err.find("needed by b") != std::string::npos);

    REQUIRE(parse_modules_dep("a.ko: b.ko\nb.ko: a.ko\n", dep, err));
    CHECK(!resolve_modules(dep, {"a"}, order, err));
    CHECK(err.find("cycle") != std::string::npos);

    CHECK(!parse_modules_dep("a.ko:\nthis is not a dep line\n", dep, err));
    CHECK(err.find("line 2") != std::string::npos);
}

TEST_CASE("load_module_file reports a missing file with its path") {
    std::string err;
    CHECK(!load_module_file("/nonexistent/aoe.ko", "", err));
    CHECK(err.find("/nonexistent/aoe.ko") != std::string::npos);
}
