build2/obj/boot/nbd_default.o: src/boot/nbd_default.cpp \
 src/musl/glibc_compat.h src/boot/nbd_hook.h src/boot/cmdline.h \
 src/base/mac.h src/proto/aoe.h src/boot/modules.h \
 src/initiator/discover.h src/net/rawsock.h
src/musl/glibc_compat.h:
src/boot/nbd_hook.h:
src/boot/cmdline.h:
src/base/mac.h:
src/proto/aoe.h:
src/boot/modules.h:
src/initiator/discover.h:
src/net/rawsock.h:
