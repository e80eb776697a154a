build2/obj/cli/abft.o: src/cli/abft.cpp src/musl/glibc_compat.h \
 src/boot/abft.h src/base/mac.h src/proto/aoe.h src/cli/cli.h
src/musl/glibc_compat.h:
src/boot/abft.h:
src/base/mac.h:
src/proto/aoe.h:
src/cli/cli.h:
