/* Symbols the glibc-built libstdc++.a and libgcc_eh.a expect from their libc,
 * provided on top of musl. Compiled with musl-gcc. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <sys/random.h>

/* 0 means "maybe multi-threaded": libstdc++ then always uses atomic refcounts. */
char __libc_single_threaded = 0;

uint32_t arc4random(void) {
    uint32_t v = 0;
    while (getrandom(&v, sizeof v, 0) != (ssize_t)sizeof v) {
    }
    return v;
}

/* libstdc++'s default terminate handler names the uncaught exception's type,
 * which links in the whole C++ demangler (about 40 KB). Ours says the same
 * thing without the type name. */
#include <stdlib.h>
#include <unistd.h>
void _ZN9__gnu_cxx27__verbose_terminate_handlerEv(void) {
    static const char msg[] = "aoeboot: fatal: terminate called (uncaught exception)\n";
    write(2, msg, sizeof msg - 1);
    abort();
}

/* No exception is ever caught in aoeboot (built with -fno-exceptions), so a
 * throw inside libstdc++ (out of memory, a length past a container's limit)
 * can only end the program. Ending it here, at the throw, instead of in the
 * unwinder keeps libgcc's DWARF unwinder, libstdc++'s personality routine
 * and its exception allocator out of the binary (about 12 KiB); the landing
 * pads in libstdc++'s own code are then never entered. */
static void no_exceptions(const char *what) {
    static const char head[] = "aoeboot: fatal: ";
    write(2, head, sizeof head - 1);
    size_t n = 0;
    while (what[n]) n++;
    write(2, what, n);
    write(2, "\n", 1);
    abort();
}
void __cxa_throw(void *obj, void *type, void (*dest)(void *)) {
    (void)obj; (void)type; (void)dest;
    no_exceptions("C++ exception thrown (out of memory or a container limit)");
}
void _Unwind_Resume(void *exc) {
    (void)exc;
    no_exceptions("stack unwinding requested");
}
int __gxx_personality_v0(int version, int actions, unsigned long long cls, void *exc, void *ctx) {
    (void)version; (void)actions; (void)cls; (void)exc; (void)ctx;
    no_exceptions("stack unwinding requested");
    return 0;
}
void __cxa_rethrow(void) { no_exceptions("C++ exception rethrown"); }
void _Unwind_DeleteException(void *exc) { (void)exc; no_exceptions("exception object deleted"); }
