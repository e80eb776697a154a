build2/obj/proto/aoe.o: src/proto/aoe.cpp src/musl/glibc_compat.h \
 src/proto/aoe.h
src/musl/glibc_compat.h:
src/proto/aoe.h:
