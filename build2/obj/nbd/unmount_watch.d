build2/obj/nbd/unmount_watch.o: src/nbd/unmount_watch.cpp \
 src/musl/glibc_compat.h src/nbd/unmount_watch.h
src/musl/glibc_compat.h:
src/nbd/unmount_watch.h:
