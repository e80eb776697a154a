build2/obj/cli/discover.o: src/cli/discover.cpp src/musl/glibc_compat.h \
 src/base/log.h src/base/mac.h src/proto/aoe.h src/cli/cli.h \
 src/cli/initiator_util.h src/initiator/device.h src/initiator/discover.h \
 src/net/rawsock.h src/initiator/ifaces.h
src/musl/glibc_compat.h:
src/base/log.h:
src/base/mac.h:
src/proto/aoe.h:
src/cli/cli.h:
src/cli/initiator_util.h:
src/initiator/device.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/initiator/ifaces.h:
