build2/obj/cli/root.o: src/cli/root.cpp src/musl/glibc_compat.h \
 src/base/log.h src/boot/abft.h src/base/mac.h src/proto/aoe.h \
 src/boot/bootstrap.h src/boot/cmdline.h src/cli/cli.h
src/musl/glibc_compat.h:
src/base/log.h:
src/boot/abft.h:
src/base/mac.h:
src/proto/aoe.h:
src/boot/bootstrap.h:
src/boot/cmdline.h:
src/cli/cli.h:
