build2/obj/initiator/tags.o: src/initiator/tags.cpp \
 src/musl/glibc_compat.h src/initiator/tags.h
src/musl/glibc_compat.h:
src/initiator/tags.h:
