build2/obj/cow/view.o: src/cow/view.cpp src/musl/glibc_compat.h \
 src/cow/view.h src/cow/layer.h src/base/mac.h src/proto/aoe.h \
 src/base/log.h
src/musl/glibc_compat.h:
src/cow/view.h:
src/cow/layer.h:
src/base/mac.h:
src/proto/aoe.h:
src/base/log.h:
