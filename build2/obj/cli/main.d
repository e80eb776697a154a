build2/obj/cli/main.o: src/cli/main.cpp src/musl/glibc_compat.h \
 src/cli/cli.h
src/musl/glibc_compat.h:
src/cli/cli.h:
