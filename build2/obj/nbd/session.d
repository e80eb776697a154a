build2/obj/nbd/session.o: src/nbd/session.cpp src/musl/glibc_compat.h \
 src/nbd/session.h src/nbd/backend.h src/nbd/proto.h src/base/log.h
src/musl/glibc_compat.h:
src/nbd/session.h:
src/nbd/backend.h:
src/nbd/proto.h:
src/base/log.h:
