build2/obj/base/log.o: src/base/log.cpp src/musl/glibc_compat.h \
 src/base/log.h
src/musl/glibc_compat.h:
src/base/log.h:
