build2/obj/target/worker.o: src/target/worker.cpp src/musl/glibc_compat.h \
 src/target/worker.h src/net/rawsock.h src/base/mac.h src/proto/aoe.h \
 src/target/export.h src/target/config.h src/target/request.h
src/musl/glibc_compat.h:
src/target/worker.h:
src/net/rawsock.h:
src/base/mac.h:
src/proto/aoe.h:
src/target/export.h:
src/target/config.h:
src/target/request.h:
