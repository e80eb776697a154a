build2/obj/nbd/server.o: src/nbd/server.cpp src/musl/glibc_compat.h \
 src/nbd/server.h src/nbd/backend.h src/nbd/session.h src/nbd/proto.h \
 src/base/log.h
src/musl/glibc_compat.h:
src/nbd/server.h:
src/nbd/backend.h:
src/nbd/session.h:
src/nbd/proto.h:
src/base/log.h:
