build2/obj/nbd/boot_attach.o: src/nbd/boot_attach.cpp \
 src/musl/glibc_compat.h src/base/log.h src/base/mac.h src/proto/aoe.h \
 src/boot/modules.h src/boot/nbd_hook.h src/boot/cmdline.h \
 src/initiator/discover.h src/net/rawsock.h src/boot/uevent.h \
 src/nbd/kernel.h
src/musl/glibc_compat.h:
src/base/log.h:
src/base/mac.h:
src/proto/aoe.h:
src/boot/modules.h:
src/boot/nbd_hook.h:
src/boot/cmdline.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/boot/uevent.h:
src/nbd/kernel.h:
