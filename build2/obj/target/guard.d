build2/obj/target/guard.o: src/target/guard.cpp src/musl/glibc_compat.h \
 src/target/guard.h src/base/mac.h src/proto/aoe.h src/net/rawsock.h
src/musl/glibc_compat.h:
src/target/guard.h:
src/base/mac.h:
src/proto/aoe.h:
src/net/rawsock.h:
