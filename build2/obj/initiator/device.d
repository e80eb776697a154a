build2/obj/initiator/device.o: src/initiator/device.cpp \
 src/musl/glibc_compat.h src/initiator/device.h src/base/mac.h \
 src/proto/aoe.h src/initiator/discover.h src/net/rawsock.h \
 src/base/clock.h src/base/log.h src/initiator/ifaces.h \
 src/initiator/tags.h src/initiator/window.h src/proto/identify.h
src/musl/glibc_compat.h:
src/initiator/device.h:
src/base/mac.h:
src/proto/aoe.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/base/clock.h:
src/base/log.h:
src/initiator/ifaces.h:
src/initiator/tags.h:
src/initiator/window.h:
src/proto/identify.h:
