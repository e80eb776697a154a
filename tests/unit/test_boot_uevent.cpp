// Kernel uevent message parsing.
#include <catch2/catch.hpp>

#include <string>

#include "boot/uevent.h"

using namespace aoe::boot;

TEST_CASE("parse_uevent reads a kernel block add event") {
    std::string m("add@/devices/virtual/block/etherd!e7.3\0ACTION=add\0"
                  "DEVPATH=/devices/virtual/block/etherd!e7.3\0SUBSYSTEM=block\0MAJOR=152\0"
                  "MINOR=112\0DEVNAME=etherd/e7.3\0DEVTYPE=disk\0DISKSEQ=9\0SEQNUM=1234\0",
                  sizeof("add@/devices/virtual/block/etherd!e7.3\0ACTION=add\0"
                         "DEVPATH=/devices/virtual/block/etherd!e7.3\0SUBSYSTEM=block\0MAJOR=152\0"
                         "MINOR=112\0DEVNAME=etherd/e7.3\0DEVTYPE=disk\0DISKSEQ=9\0SEQNUM=1234\0") - 1);
    Uevent ev;
    REQUIRE(parse_uevent(m, ev));
    CHECK(ev.action == "add");
    CHECK(ev.subsystem == "block");
    CHECK(ev.devname == "etherd/e7.3");
    CHECK(ev.devtype == "disk");
    CHECK(ev.major == 152);
    CHECK(ev.minor == 112);
}

TEST_CASE("parse_uevent rejects udev's messages and garbage") {
    Uevent ev;
    std::string udev("libudev\0\xfe\xed\xca\xfe", 12);
    CHECK(!parse_uevent(udev, ev));
    CHECK(!parse_uevent(std::string(), ev));
    std::string no_action("add@/x\0SUBSYSTEM=block\0", 23);
    CHECK(!parse_uevent(no_action, ev));
}

TEST_CASE("sysfs path of an etherd device") {
    CHECK(sysfs_block_path("etherd/e7.3p1") == "/sys/class/block/etherd!e7.3p1");
}
