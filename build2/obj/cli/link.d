build2/obj/cli/link.o: src/cli/link.cpp src/musl/glibc_compat.h \
 src/base/mac.h src/proto/aoe.h src/cli/cli.h src/net/link.h
src/musl/glibc_compat.h:
src/base/mac.h:
src/proto/aoe.h:
src/cli/cli.h:
src/net/link.h:
