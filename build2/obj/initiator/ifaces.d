build2/obj/initiator/ifaces.o: src/initiator/ifaces.cpp \
 src/musl/glibc_compat.h src/initiator/ifaces.h src/base/log.h \
 src/net/link.h src/proto/aoe.h
src/musl/glibc_compat.h:
src/initiator/ifaces.h:
src/base/log.h:
src/net/link.h:
src/proto/aoe.h:
