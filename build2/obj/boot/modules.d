build2/obj/boot/modules.o: src/boot/modules.cpp src/musl/glibc_compat.h \
 src/boot/modules.h
src/musl/glibc_compat.h:
src/boot/modules.h:
