build2/obj/initiator/layer_reset.o: src/initiator/layer_reset.cpp \
 src/musl/glibc_compat.h src/initiator/layer_reset.h src/base/mac.h \
 src/proto/aoe.h src/initiator/discover.h src/net/rawsock.h \
 src/base/clock.h src/proto/layer_cmd.h
src/musl/glibc_compat.h:
src/initiator/layer_reset.h:
src/base/mac.h:
src/proto/aoe.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/base/clock.h:
src/proto/layer_cmd.h:
