build2/obj/net/link.o: src/net/link.cpp src/musl/glibc_compat.h \
 src/net/link.h src/proto/aoe.h src/base/clock.h src/base/mac.h
src/musl/glibc_compat.h:
src/net/link.h:
src/proto/aoe.h:
src/base/clock.h:
src/base/mac.h:
