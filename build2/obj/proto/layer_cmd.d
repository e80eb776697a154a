build2/obj/proto/layer_cmd.o: src/proto/layer_cmd.cpp \
 src/musl/glibc_compat.h src/proto/layer_cmd.h src/proto/aoe.h
src/musl/glibc_compat.h:
src/proto/layer_cmd.h:
src/proto/aoe.h:
