build2/obj/initiator/window.o: src/initiator/window.cpp \
 src/musl/glibc_compat.h src/initiator/window.h src/base/mac.h \
 src/proto/aoe.h src/initiator/discover.h src/net/rawsock.h
src/musl/glibc_compat.h:
src/initiator/window.h:
src/base/mac.h:
src/proto/aoe.h:
src/initiator/discover.h:
src/net/rawsock.h:
