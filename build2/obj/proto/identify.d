build2/obj/proto/identify.o: src/proto/identify.cpp \
 src/musl/glibc_compat.h src/proto/identify.h
src/musl/glibc_compat.h:
src/proto/identify.h:
