build2/obj/cli/serve.o: src/cli/serve.cpp src/musl/glibc_compat.h \
 src/base/log.h src/cli/cli.h src/target/config.h src/base/mac.h \
 src/proto/aoe.h src/target/server.h src/net/rawsock.h \
 src/target/announce.h src/target/export.h src/target/guard.h
src/musl/glibc_compat.h:
src/base/log.h:
src/cli/cli.h:
src/target/config.h:
src/base/mac.h:
src/proto/aoe.h:
src/target/server.h:
src/net/rawsock.h:
src/target/announce.h:
src/target/export.h:
src/target/guard.h:
