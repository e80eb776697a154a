build2/obj/boot/cmdline.o: src/boot/cmdline.cpp src/musl/glibc_compat.h \
 src/boot/cmdline.h src/base/mac.h src/proto/aoe.h
src/musl/glibc_compat.h:
src/boot/cmdline.h:
src/base/mac.h:
src/proto/aoe.h:
