build2/obj/boot/uevent.o: src/boot/uevent.cpp src/musl/glibc_compat.h \
 src/boot/uevent.h
src/musl/glibc_compat.h:
src/boot/uevent.h:
