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

/* The throw helpers libstdc++'s inline code calls (a string past max_size(),
 * vector::at, a failed thread or mutex call, an empty std::function). The
 * library's own versions build std::logic_error and friends, which drags in
 * the old copy-on-write string, the exception classes' type information and
 * std::random_device (about 30 KB); here each ends the program at once with
 * the message it would have carried. Names are the Itanium-mangled ones. */
#define FATAL_V(sym, text) \
    void sym(void) __asm__(#sym); \
    void sym(void) { no_exceptions(text); }
#define FATAL_S(sym) \
    void sym(const char *what) __asm__(#sym); \
    void sym(const char *what) { no_exceptions(what); }
FATAL_V(_ZSt16__throw_bad_castv, "bad cast")
FATAL_V(_ZSt17__throw_bad_allocv, "out of memory")
FATAL_V(_ZSt18__throw_bad_typeidv, "bad typeid")
FATAL_V(_ZSt21__throw_bad_exceptionv, "bad exception")
FATAL_V(_ZSt28__throw_bad_array_new_lengthv, "array length out of range")
FATAL_V(_ZSt25__throw_bad_function_callv, "empty std::function called")
FATAL_S(_ZSt19__throw_logic_errorPKc)
FATAL_S(_ZSt19__throw_range_errorPKc)
FATAL_S(_ZSt20__throw_domain_errorPKc)
FATAL_S(_ZSt20__throw_length_errorPKc)
FATAL_S(_ZSt20__throw_out_of_rangePKc)
FATAL_S(_ZSt21__throw_runtime_errorPKc)
FATAL_S(_ZSt22__throw_overflow_errorPKc)
FATAL_S(_ZSt23__throw_underflow_errorPKc)
FATAL_S(_ZSt24__throw_invalid_argumentPKc)
void _ZSt24__throw_out_of_range_fmtPKcz(const char *fmt, ...) { no_exceptions(fmt); }
void _ZSt20__throw_system_errori(int err) __asm__("_ZSt20__throw_system_errori");
void _ZSt20__throw_system_errori(int err) {
    (void)err;
    no_exceptions("a thread, mutex or condition variable call failed (out of memory or threads?)");
}
/* std::terminate: a joinable std::thread destroyed, a noexcept function
 * that let an exception out. */
void _ZSt9terminatev(void) __asm__("_ZSt9terminatev");
void _ZSt9terminatev(void) { no_exceptions("terminate called"); }

/* Guards for function-local statics. libstdc++'s version reports recursive
 * initialisation by throwing, which brings the exception allocator and the
 * type-information classes. These keep the ABI's contract (byte 0 of the
 * guard set once the object is built; other threads wait meanwhile) with one
 * recursive lock: static initialisers are rare and short, and an initialiser
 * that needs another static on the same thread must not deadlock. */
#include <pthread.h>
static pthread_mutex_t guard_lock;
static pthread_once_t guard_once = PTHREAD_ONCE_INIT;
static void guard_init(void) {
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&guard_lock, &a);
}
int __cxa_guard_acquire(uint64_t *g) {
    if (__atomic_load_n((unsigned char *)g, __ATOMIC_ACQUIRE)) return 0;
    pthread_once(&guard_once, guard_init);
    pthread_mutex_lock(&guard_lock);
    if (*(unsigned char *)g) {
        pthread_mutex_unlock(&guard_lock);
        return 0;
    }
    return 1;
}
void __cxa_guard_release(uint64_t *g) {
    __atomic_store_n((unsigned char *)g, 1, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&guard_lock);
}
void __cxa_guard_abort(uint64_t *g) {
    (void)g;
    pthread_mutex_unlock(&guard_lock);
}

/* operator new: malloc, or the end of the program when memory is out (the
 * library's version would throw std::bad_alloc, which nothing catches, and
 * brings the exception allocator with it). */
void *_Znwm(size_t n) __asm__("_Znwm");
void *_Znwm(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) no_exceptions("out of memory");
    return p;
}
void *_Znam(size_t n) __asm__("_Znam");
void *_Znam(size_t n) { return _Znwm(n); }
