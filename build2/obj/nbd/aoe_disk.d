build2/obj/nbd/aoe_disk.o: src/nbd/aoe_disk.cpp src/musl/glibc_compat.h \
 src/nbd/aoe_disk.h src/initiator/device.h src/base/mac.h src/proto/aoe.h \
 src/initiator/discover.h src/net/rawsock.h src/nbd/backend.h \
 src/base/log.h src/nbd/proto.h
src/musl/glibc_compat.h:
src/nbd/aoe_disk.h:
src/initiator/device.h:
src/base/mac.h:
src/proto/aoe.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/nbd/backend.h:
src/base/log.h:
src/nbd/proto.h:
