build2/obj/boot/abft.o: src/boot/abft.cpp src/musl/glibc_compat.h \
 src/boot/abft.h src/base/mac.h src/proto/aoe.h src/boot/cmdline.h
src/musl/glibc_compat.h:
src/boot/abft.h:
src/base/mac.h:
src/proto/aoe.h:
src/boot/cmdline.h:
