build2/obj/cli/status.o: src/cli/status.cpp src/musl/glibc_compat.h \
 src/cli/cli.h src/target/control.h
src/musl/glibc_compat.h:
src/cli/cli.h:
src/target/control.h:
