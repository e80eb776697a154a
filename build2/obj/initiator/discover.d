build2/obj/initiator/discover.o: src/initiator/discover.cpp \
 src/musl/glibc_compat.h src/initiator/discover.h src/base/mac.h \
 src/proto/aoe.h src/net/rawsock.h src/base/clock.h src/proto/identify.h
src/musl/glibc_compat.h:
src/initiator/discover.h:
src/base/mac.h:
src/proto/aoe.h:
src/net/rawsock.h:
src/base/clock.h:
src/proto/identify.h:
