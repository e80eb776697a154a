build2/obj/cow/layer.o: src/cow/layer.cpp src/musl/glibc_compat.h \
 src/cow/layer.h src/base/mac.h src/proto/aoe.h
src/musl/glibc_compat.h:
src/cow/layer.h:
src/base/mac.h:
src/proto/aoe.h:
