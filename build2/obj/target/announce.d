build2/obj/target/announce.o: src/target/announce.cpp \
 src/musl/glibc_compat.h src/target/announce.h src/base/mac.h \
 src/proto/aoe.h src/target/export.h src/target/config.h src/base/log.h \
 src/net/rawsock.h src/target/request.h src/target/server.h \
 src/target/guard.h
src/musl/glibc_compat.h:
src/target/announce.h:
src/base/mac.h:
src/proto/aoe.h:
src/target/export.h:
src/target/config.h:
src/base/log.h:
src/net/rawsock.h:
src/target/request.h:
src/target/server.h:
src/target/guard.h:
