build2/obj/target/server.o: src/target/server.cpp src/musl/glibc_compat.h \
 src/target/server.h src/net/rawsock.h src/base/mac.h src/proto/aoe.h \
 src/target/announce.h src/target/export.h src/target/config.h \
 src/target/guard.h src/base/log.h src/cow/view.h src/cow/layer.h \
 src/target/control.h src/target/layer_control.h src/target/request.h \
 src/target/worker.h
src/musl/glibc_compat.h:
src/target/server.h:
src/net/rawsock.h:
src/base/mac.h:
src/proto/aoe.h:
src/target/announce.h:
src/target/export.h:
src/target/config.h:
src/target/guard.h:
src/base/log.h:
src/cow/view.h:
src/cow/layer.h:
src/target/control.h:
src/target/layer_control.h:
src/target/request.h:
src/target/worker.h:
