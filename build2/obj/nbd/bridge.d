build2/obj/nbd/bridge.o: src/nbd/bridge.cpp src/musl/glibc_compat.h \
 src/nbd/bridge.h src/nbd/backend.h src/nbd/kernel.h src/nbd/session.h \
 src/nbd/proto.h src/base/log.h src/nbd/unmount_watch.h
src/musl/glibc_compat.h:
src/nbd/bridge.h:
src/nbd/backend.h:
src/nbd/kernel.h:
src/nbd/session.h:
src/nbd/proto.h:
src/base/log.h:
src/nbd/unmount_watch.h:
