build2/obj/target/layer_control.o: src/target/layer_control.cpp \
 src/musl/glibc_compat.h src/target/layer_control.h src/base/mac.h \
 src/proto/aoe.h src/cow/view.h src/cow/layer.h
src/musl/glibc_compat.h:
src/target/layer_control.h:
src/base/mac.h:
src/proto/aoe.h:
src/cow/view.h:
src/cow/layer.h:
