build2/obj/boot/switchroot.o: src/boot/switchroot.cpp \
 src/musl/glibc_compat.h src/boot/switchroot.h
src/musl/glibc_compat.h:
src/boot/switchroot.h:
