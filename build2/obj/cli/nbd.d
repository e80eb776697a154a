build2/obj/cli/nbd.o: src/cli/nbd.cpp src/musl/glibc_compat.h \
 src/base/log.h src/cli/cli.h src/cli/initiator_util.h src/base/mac.h \
 src/proto/aoe.h src/initiator/device.h src/initiator/discover.h \
 src/net/rawsock.h src/initiator/ifaces.h src/nbd/aoe_disk.h \
 src/nbd/backend.h src/nbd/bridge.h src/nbd/kernel.h src/nbd/session.h \
 src/nbd/proto.h
src/musl/glibc_compat.h:
src/base/log.h:
src/cli/cli.h:
src/cli/initiator_util.h:
src/base/mac.h:
src/proto/aoe.h:
src/initiator/device.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/initiator/ifaces.h:
src/nbd/aoe_disk.h:
src/nbd/backend.h:
src/nbd/bridge.h:
src/nbd/kernel.h:
src/nbd/session.h:
src/nbd/proto.h:
