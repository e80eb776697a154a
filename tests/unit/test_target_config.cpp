// exports.conf parsing: values, defaults inheritance, and errors that name
// file:line and say what is wrong.
#include <catch2/catch.hpp>

#include <string>

#include "target/config.h"

using namespace aoe;
using namespace aoe::target;

namespace {
std::string parse_err(const std::string& text) {
    ServeConfig c;
    std::string err;
    REQUIRE_FALSE(parse_config(text, "x.conf", c, err));
    return err;
}
}  // namespace

TEST_CASE("exports.conf: a full file parses with defaults inherited", "[target][config]") {
    const char* text =
        "# comment\n"
        "[defaults]\n"
        "interfaces = eth1, eth2\n"
        "sync = always\n"
        "state-dir = /tmp/st\n"
        "control = /tmp/ctl\n"
        "guard-wait = 100\n"
        "\n"
        "[e1.0]\n"
        "path = /srv/aoe/ws1.img\n"
        "config = ws1-root\n"
        "allow = 52:54:00:12:34:56, 52:54:00:12:34:57\n"
        "read-only = no\n"
        "sync = flush\n"
        "[e1.1]\n"
        "path = null:1G\n"
        "offset = 1M\n"
        "length = 4096\n"
        "buffers = 32\n"
        "interfaces = eth3\n"
        "read-only = yes\n"
        "multipath = yes\n"
        "direct = yes\n";
    ServeConfig c;
    std::string err;
    REQUIRE(parse_config(text, "x.conf", c, err));
    REQUIRE(c.exports.size() == 2);
    CHECK(c.state_dir == "/tmp/st");
    CHECK(c.control == "/tmp/ctl");
    CHECK(c.guard_ms == 100);
    const ExportConfig& a = c.exports[0];
    CHECK(a.addr == Address{1, 0});
    CHECK(a.path == "/srv/aoe/ws1.img");
    CHECK(a.config == "ws1-root");
    REQUIRE(a.allow.size() == 2);
    CHECK(format_mac(a.allow[1]) == "52:54:00:12:34:57");
    CHECK(a.sync == SyncMode::kFlush);
    CHECK(a.interfaces == std::vector<std::string>{"eth1", "eth2"});
    CHECK(a.where == "x.conf:9");
    const ExportConfig& b = c.exports[1];
    CHECK(b.null_backing);
    CHECK(b.null_size == (1ull << 30));
    CHECK(b.offset == (1u << 20));
    CHECK(b.length == 4096u);
    CHECK(b.buffers == 32);
    CHECK(b.read_only);
    CHECK(b.multipath);
    CHECK(b.direct);
    CHECK(b.sync == SyncMode::kAlways);  // from [defaults]
    CHECK(b.interfaces == std::vector<std::string>{"eth3"});
}

TEST_CASE("exports.conf: errors name file:line and the problem", "[target][config]") {
    CHECK(parse_err("[e1.0]\npath = /x\ninterfaces = e\nsync = sometimes\n") ==
          "x.conf:4: sync wants none, flush or always, not 'sometimes'");
    CHECK(parse_err("[defaults]\ninterfaces=e\n[e1.0]\npath=/x\nfrobnicate = 1\n") ==
          "x.conf:5: unknown key 'frobnicate'");
    CHECK(parse_err("[defaults]\ninterfaces=e\n[e1.0]\npath=/x\n[e1.0]\npath=/y\n").find("x.conf:5: e1.0 is exported twice (also at x.conf:3)") == 0);
    CHECK(parse_err("[e1.0]\ninterfaces = e\n") == "x.conf:1: [e1.0] has no 'path = FILE' (or 'base = IMAGE' with 'layer-dir = DIR')");
    CHECK(parse_err("[e1.0]\npath = /x\n").find("x.conf:1: [e1.0] has no interfaces") == 0);
    CHECK(parse_err("path = /x\n").find("x.conf:1: key outside any section") == 0);
    CHECK(parse_err("[e1.0\n").find("x.conf:1: section header") == 0);
    CHECK(parse_err("[defaults]\n\nnonsense\n").find("x.conf:3: expected 'key = value'") == 0);
    CHECK(parse_err("[e65535.0]\npath=/x\n").find("x.conf:1: section [e65535.0] is neither") == 0);
    CHECK(parse_err("[e1.0]\npath=/x\ninterfaces=e\nallow = 52:54:00:12:34\n") ==
          "x.conf:4: '52:54:00:12:34' is not a MAC address (want 52:54:00:12:34:56)");
    CHECK(parse_err("[e1.0]\npath=/x\ninterfaces=e\noffset = 100\n").find("x.conf:4: offset wants") == 0);
    CHECK(parse_err("[e1.0]\npath=/x\ninterfaces=e\nbuffers = 1\n").find("x.conf:4: buffers wants") == 0);
    CHECK(parse_err("[e1.0]\npath=/x\npath=/y\n").find("x.conf:3: key 'path' given twice") == 0);
    CHECK(parse_err("[defaults]\npath=/x\n").find("x.conf:2: 'path' belongs in an export section") == 0);
    CHECK(parse_err("[e1.0]\npath=null:100\ninterfaces=e\n").find("x.conf:2: null backing") == 0);
    CHECK(parse_err("[defaults]\ninterfaces=e\n").find("x.conf: no exports") == 0);
    CHECK(parse_err("[e1.0]\npath=/x\ninterfaces=e\nread-only = maybe\n") ==
          "x.conf:4: read-only wants yes or no, not 'maybe'");
}

TEST_CASE("exports.conf: load_config reports a missing file", "[target][config]") {
    ServeConfig c;
    std::string err;
    CHECK_FALSE(load_config("/nonexistent/exports.conf", c, err));
    CHECK(err.find("/nonexistent/exports.conf: cannot open") == 0);
}
