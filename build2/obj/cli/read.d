build2/obj/cli/read.o: src/cli/read.cpp src/musl/glibc_compat.h \
 src/cli/cli.h src/cli/initiator_util.h src/base/mac.h src/proto/aoe.h \
 src/initiator/device.h src/initiator/discover.h src/net/rawsock.h \
 src/initiator/ifaces.h
src/musl/glibc_compat.h:
src/cli/cli.h:
src/cli/initiator_util.h:
src/base/mac.h:
src/proto/aoe.h:
src/initiator/device.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/initiator/ifaces.h:
