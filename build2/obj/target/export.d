build2/obj/target/export.o: src/target/export.cpp src/musl/glibc_compat.h \
 src/target/export.h src/target/config.h src/base/mac.h src/proto/aoe.h \
 src/base/mapcopy.h src/cow/view.h src/cow/layer.h src/target/worker.h \
 src/net/rawsock.h
src/musl/glibc_compat.h:
src/target/export.h:
src/target/config.h:
src/base/mac.h:
src/proto/aoe.h:
src/base/mapcopy.h:
src/cow/view.h:
src/cow/layer.h:
src/target/worker.h:
src/net/rawsock.h:
