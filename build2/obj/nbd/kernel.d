build2/obj/nbd/kernel.o: src/nbd/kernel.cpp src/musl/glibc_compat.h \
 src/nbd/kernel.h
src/musl/glibc_compat.h:
src/nbd/kernel.h:
