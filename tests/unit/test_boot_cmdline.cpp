// Kernel command line parsing for `aoeboot root`.
#include <catch2/catch.hpp>

#include "boot/cmdline.h"

using namespace aoe;
using namespace aoe::boot;

TEST_CASE("split_cmdline keeps quoted words together and drops the quotes") {
    auto w = split_cmdline("  console=ttyS0  root=aoe:config=\"rack 4/node 12\" ro\n");
    REQUIRE(w.size() == 3);
    CHECK(w[0] == "console=ttyS0");
    CHECK(w[1] == "root=aoe:config=rack 4/node 12");
    CHECK(w[2] == "ro");
    CHECK(split_cmdline("").empty());
    CHECK(split_cmdline("a=\"\"").at(0) == "a=");
}

TEST_CASE("root=aoe:eX.Y, eX.YpN and config=STRING") {
    BootConfig c;
    std::string err;
    REQUIRE(parse_cmdline("BOOT_IMAGE=vmlinuz root=aoe:e7.3 quiet", c, err));
    REQUIRE(c.root.address);
    CHECK(*c.root.address == Address{7, 3});
    CHECK(c.root.partition == 0);
    CHECK(!c.root.config);

    REQUIRE(parse_cmdline("root=aoe:e65534.254p15", c, err));
    CHECK(*c.root.address == Address{65534, 254});
    CHECK(c.root.partition == 15);
    CHECK(describe_root(c.root) == "e65534.254p15");

    REQUIRE(parse_cmdline("root=aoe:config=node12", c, err));
    CHECK(!c.root.address);
    CHECK(*c.root.config == "node12");
    CHECK(describe_root(c.root) == "config=node12");

    // The last root= wins, as in the kernel.
    REQUIRE(parse_cmdline("root=aoe:e1.1 root=aoe:e2.2", c, err));
    CHECK(*c.root.address == Address{2, 2});
}

TEST_CASE("no root= means the aBFT's disk; root=aoe:abft[pN]") {
    BootConfig c;
    std::string err;
    // No root=: not an error yet. The caller looks for an aBFT (apply_abft)
    // and only without one reports no_root_error().
    REQUIRE(parse_cmdline("console=ttyS0 quiet", c, err));
    CHECK(c.root.abft);
    CHECK(c.root.implicit);
    CHECK(!c.root.address);
    CHECK(c.root.partition == 0);
    CHECK(describe_root(c.root) == "abft");
    CHECK(no_root_error().find("root=aoe:eX.Y") != std::string::npos);

    REQUIRE(parse_cmdline("root=aoe:abft", c, err));
    CHECK(c.root.abft);
    CHECK(!c.root.implicit);
    CHECK(c.root.partition == 0);
    REQUIRE(parse_cmdline("root=aoe:abftp2", c, err));
    CHECK(c.root.abft);
    CHECK(c.root.partition == 2);
    CHECK(describe_root(c.root) == "abftp2");
    // An explicit root= after all is not the aBFT.
    REQUIRE(parse_cmdline("root=aoe:e7.3", c, err));
    CHECK(!c.root.abft);
    CHECK(!c.root.implicit);
    for (const char* bad : {"root=aoe:abftp", "root=aoe:abftp0", "root=aoe:abftx", "root=aoe:abfte7.3",
                            "root=aoe:abftp2x", "root=aoe:abftp256"}) {
        INFO(bad);
        CHECK(!parse_cmdline(bad, c, err));
        CHECK(err.find("abft") != std::string::npos);
    }
}

TEST_CASE("bad root= is an error that says what to write") {
    BootConfig c;
    std::string err;
    CHECK(!parse_cmdline("root=/dev/sda1", c, err));
    CHECK(err.find("not an AoE root") != std::string::npos);
    for (const char* bad : {"root=aoe:", "root=aoe:7.3", "root=aoe:e7", "root=aoe:e7.3p",
                            "root=aoe:e7.3p0", "root=aoe:e7.3px", "root=aoe:e65535.1",
                            "root=aoe:e1.255", "root=aoe:ex.y", "root=aoe:config="}) {
        INFO(bad);
        CHECK(!parse_cmdline(bad, c, err));
        CHECK(!err.empty());
    }
    std::string long_cfg = "root=aoe:config=" + std::string(1025, 'x');
    CHECK(!parse_cmdline(long_cfg, c, err));
}

TEST_CASE("BOOTIF from pxelinux and iPXE") {
    auto m = parse_bootif("01-52-54-00-ab-CD-ef");
    REQUIRE(m);
    CHECK(*m == Mac{0x52, 0x54, 0x00, 0xab, 0xcd, 0xef});
    CHECK(parse_bootif("52:54:00:ab:cd:ef"));
    CHECK(!parse_bootif("06-52-54-00-ab-cd-ef"));   // token ring, not Ethernet
    CHECK(!parse_bootif("01-52-54-00-ab"));
    CHECK(!parse_bootif("01-52-54-00-ab-cd-eg"));
    CHECK(!parse_bootif("01-52-54-00-ab-cd-ef-00"));
    CHECK(!parse_bootif("01_52_54_00_ab_cd_ef"));
    CHECK(!parse_bootif(""));

    BootConfig c;
    std::string err;
    REQUIRE(parse_cmdline("root=aoe:e1.2 BOOTIF=01-52-54-00-12-34-56", c, err));
    REQUIRE(c.bootif);
    CHECK(wanted_links(c) == std::vector<std::string>{"52:54:00:12:34:56"});
    CHECK(!parse_cmdline("root=aoe:e1.2 BOOTIF=01-zz", c, err));
    CHECK(err.find("BOOTIF") != std::string::npos);
}

TEST_CASE("aoe.iface beats BOOTIF; neither means every link") {
    BootConfig c;
    std::string err;
    REQUIRE(parse_cmdline("root=aoe:e1.2 BOOTIF=01-52-54-00-12-34-56 aoe.iface=eth1,,eth0", c, err));
    CHECK(wanted_links(c) == std::vector<std::string>{"eth1", "eth0"});
    REQUIRE(parse_cmdline("root=aoe:e1.2", c, err));
    CHECK(wanted_links(c).empty());
    CHECK(!parse_cmdline("root=aoe:e1.2 aoe.iface=", c, err));
}

TEST_CASE("timeouts, mode, mount options and init") {
    BootConfig c;
    std::string err;
    REQUIRE(parse_cmdline("root=aoe:e1.2", c, err));
    CHECK(c.timeout_s == 60);
    CHECK(c.mode == RootMode::kKernel);
    CHECK(c.read_only);
    CHECK(c.init.empty());
    CHECK(c.fstype.empty());

    REQUIRE(parse_cmdline("root=aoe:e1.2 aoe.timeout=5 aoe.retries=2 aoe.deadsecs=30 aoe.mode=nbd "
                          "rootfstype=ext4 rootflags=data=journal,noatime rw init=/bin/sh aoe.debug",
                          c, err));
    CHECK(c.timeout_s == 5);
    CHECK(c.retries == 2);
    CHECK(c.deadsecs == 30);
    CHECK(c.mode == RootMode::kNbd);
    CHECK(c.fstype == "ext4");
    CHECK(c.flags == "data=journal,noatime");
    CHECK(!c.read_only);
    CHECK(c.init == "/bin/sh");
    CHECK(c.debug);
    CHECK(describe(c) ==
          "root=aoe:e1.2 iface=(every Ethernet link) timeout=5s mode=nbd rootfstype=ext4 "
          "rootflags=data=journal,noatime rw init=/bin/sh");

    // "rw ro": the last one wins.
    REQUIRE(parse_cmdline("root=aoe:e1.2 rw ro", c, err));
    CHECK(c.read_only);

    for (const char* bad : {"aoe.timeout=0", "aoe.timeout=abc", "aoe.timeout=-1",
                            "aoe.timeout=99999999999", "aoe.mode=iscsi", "init=sbin/init",
                            "aoe.retries=0", "aoe.deadsecs=x"}) {
        INFO(bad);
        CHECK(!parse_cmdline(std::string("root=aoe:e1.2 ") + bad, c, err));
        CHECK(err.find(std::string(bad).substr(0, std::string(bad).find('='))) != std::string::npos);
    }
    // Words we do not know are the kernel's or someone else's: ignored.
    CHECK(parse_cmdline("root=aoe:e1.2 aoe.unknown=1 foo rootwait quiet", c, err));
}

TEST_CASE("aoeboot root --abft: the distribution's root= is not ours, the aoe.* options are") {
    BootConfig c;
    std::string err;
    for (const char* line : {"root=UUID=0b7c2f9e-1d2a-4c1e-9d7a-3f0e5a6b7c8d ro quiet aoe.timeout=9",
                             "root=/dev/sda2 aoe.timeout=9", "aoe.timeout=9",
                             "root=aoe:e1.2p1 aoe.timeout=9"}) {
        INFO(line);
        REQUIRE(parse_cmdline_abft_disk(line, c, err));
        CHECK(c.root.abft);
        CHECK(c.root.abft_disk);
        CHECK(!c.root.implicit);
        CHECK(!c.root.address);
        CHECK(c.root.partition == 0);  // the whole disk: its partitions come with it
        CHECK(c.timeout_s == 9);
    }
    // Our own parameters are still checked.
    CHECK(!parse_cmdline_abft_disk("root=UUID=x aoe.timeout=0", c, err));
    CHECK(err.find("aoe.timeout") != std::string::npos);
    CHECK(!parse_cmdline_abft_disk("root=aoe:e7", c, err));
    // Without --abft the same line is refused as before.
    CHECK(!parse_cmdline("root=UUID=x", c, err));
}
