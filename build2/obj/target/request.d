build2/obj/target/request.o: src/target/request.cpp \
 src/musl/glibc_compat.h src/target/request.h src/proto/aoe.h \
 src/target/export.h src/target/config.h src/base/mac.h src/base/log.h \
 src/base/mapcopy.h src/cow/view.h src/cow/layer.h src/proto/identify.h \
 src/proto/layer_cmd.h
src/musl/glibc_compat.h:
src/target/request.h:
src/proto/aoe.h:
src/target/export.h:
src/target/config.h:
src/base/mac.h:
src/base/log.h:
src/base/mapcopy.h:
src/cow/view.h:
src/cow/layer.h:
src/proto/identify.h:
src/proto/layer_cmd.h:
