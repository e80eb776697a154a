build2/obj/target/config.o: src/target/config.cpp src/musl/glibc_compat.h \
 src/target/config.h src/base/mac.h src/proto/aoe.h
src/musl/glibc_compat.h:
src/target/config.h:
src/base/mac.h:
src/proto/aoe.h:
