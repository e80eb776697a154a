build2/obj/base/mapcopy.o: src/base/mapcopy.cpp src/musl/glibc_compat.h \
 src/base/mapcopy.h
src/musl/glibc_compat.h:
src/base/mapcopy.h:
