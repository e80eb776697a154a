build2/obj/cli/initiator_util.o: src/cli/initiator_util.cpp \
 src/musl/glibc_compat.h src/cli/initiator_util.h src/base/mac.h \
 src/proto/aoe.h src/initiator/device.h src/initiator/discover.h \
 src/net/rawsock.h src/initiator/ifaces.h src/base/log.h src/cli/cli.h
src/musl/glibc_compat.h:
src/cli/initiator_util.h:
src/base/mac.h:
src/proto/aoe.h:
src/initiator/device.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/initiator/ifaces.h:
src/base/log.h:
src/cli/cli.h:
