build2/obj/net/rawsock.o: src/net/rawsock.cpp src/musl/glibc_compat.h \
 src/net/rawsock.h src/base/mac.h src/proto/aoe.h
src/musl/glibc_compat.h:
src/net/rawsock.h:
src/base/mac.h:
src/proto/aoe.h:
