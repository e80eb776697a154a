build2/obj/nbd/backend.o: src/nbd/backend.cpp src/musl/glibc_compat.h \
 src/nbd/backend.h src/nbd/proto.h
src/musl/glibc_compat.h:
src/nbd/backend.h:
src/nbd/proto.h:
