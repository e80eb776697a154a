build2/obj/target/control.o: src/target/control.cpp \
 src/musl/glibc_compat.h src/target/control.h
src/musl/glibc_compat.h:
src/target/control.h:
