build2/obj/base/mac.o: src/base/mac.cpp src/musl/glibc_compat.h \
 src/base/mac.h src/proto/aoe.h
src/musl/glibc_compat.h:
src/base/mac.h:
src/proto/aoe.h:
