build2/obj/boot/bootstrap.o: src/boot/bootstrap.cpp \
 src/musl/glibc_compat.h src/boot/bootstrap.h src/base/log.h \
 src/base/mac.h src/proto/aoe.h src/boot/abft.h src/boot/cmdline.h \
 src/boot/modules.h src/boot/nbd_hook.h src/initiator/discover.h \
 src/net/rawsock.h src/boot/switchroot.h src/boot/uevent.h \
 src/initiator/layer_reset.h src/proto/layer_cmd.h src/net/link.h
src/musl/glibc_compat.h:
src/boot/bootstrap.h:
src/base/log.h:
src/base/mac.h:
src/proto/aoe.h:
src/boot/abft.h:
src/boot/cmdline.h:
src/boot/modules.h:
src/boot/nbd_hook.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/boot/switchroot.h:
src/boot/uevent.h:
src/initiator/layer_reset.h:
src/proto/layer_cmd.h:
src/net/link.h:
