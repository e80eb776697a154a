build2/obj/nbd/proto.o: src/nbd/proto.cpp src/musl/glibc_compat.h \
 src/nbd/proto.h
src/musl/glibc_compat.h:
src/nbd/proto.h:
