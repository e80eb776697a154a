build2/obj/cli/layer.o: src/cli/layer.cpp src/musl/glibc_compat.h \
 src/cli/cli.h src/cow/layer.h src/base/mac.h src/proto/aoe.h \
 src/target/config.h src/target/control.h src/initiator/discover.h \
 src/net/rawsock.h src/initiator/layer_reset.h src/proto/layer_cmd.h
src/musl/glibc_compat.h:
src/cli/cli.h:
src/cow/layer.h:
src/base/mac.h:
src/proto/aoe.h:
src/target/config.h:
src/target/control.h:
src/initiator/discover.h:
src/net/rawsock.h:
src/initiator/layer_reset.h:
src/proto/layer_cmd.h:
