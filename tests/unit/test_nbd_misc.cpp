// NBD side helpers: listen addresses and /dev/nbdN names.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>

#include "nbd/kernel.h"
#include "nbd/server.h"

using namespace aoe::nbd;

TEST_CASE("nbd parse_listen") {
    ListenAddr a;
    std::string err;
    REQUIRE(parse_listen("unix:/run/e7.3.sock", a, err));
    CHECK(a.is_unix);
    CHECK(a.path == "/run/e7.3.sock");
    REQUIRE(parse_listen("tcp:127.0.0.1:10809", a, err));
    CHECK(!a.is_unix);
    CHECK(a.host == "127.0.0.1");
    CHECK(a.port == 10809);
    REQUIRE(parse_listen("tcp:[::1]:1", a, err));
    CHECK(a.host == "::1");
    CHECK(a.port == 1);
    for (const char* bad : {"unix:", "tcp:1.2.3.4", "tcp:1.2.3.4:0", "tcp:1.2.3.4:65536",
                            "tcp::80", "tcp:host:8x", "/run/x.sock", ""}) {
        INFO(bad);
        err.clear();
        CHECK(!parse_listen(bad, a, err));
        CHECK(!err.empty());
    }
    CHECK(!parse_listen("unix:" + std::string(200, 'x'), a, err));
}

TEST_CASE("nbd device index from path") {
    CHECK(nbd_index_from_path("/dev/nbd0") == 0);
    CHECK(nbd_index_from_path("/dev/nbd15") == 15);
    CHECK(nbd_index_from_path("/dev/nbd") == -1);
    CHECK(nbd_index_from_path("/dev/nbd0p1") == -1);
    CHECK(nbd_index_from_path("/dev/sda") == -1);
    CHECK(nbd_index_from_path("nbd0") == -1);
}

TEST_CASE("nbd listener on a UNIX socket replaces a stale socket, never a file") {
    std::string err;
    ListenAddr a;
    std::string path = "/tmp/aoeboot-nbd-unit-" + std::to_string(getpid()) + ".sock";
    REQUIRE(parse_listen("unix:" + path, a, err));
    int fd = open_listener(a, err);
    REQUIRE(fd >= 0);
    close(fd);
    int fd2 = open_listener(a, err);  // the socket file is still there: replaced
    REQUIRE(fd2 >= 0);
    close(fd2);
    unlink(path.c_str());
    FILE* f = fopen(path.c_str(), "w");
    REQUIRE(f);
    fclose(f);
    CHECK(open_listener(a, err) < 0);  // a regular file is left alone
    CHECK(err.find(path) != std::string::npos);
    unlink(path.c_str());
}
