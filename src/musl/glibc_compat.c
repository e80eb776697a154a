/* Symbols the glibc-built libstdc++.a and libgcc_eh.a expect from their libc,
 * provided on top of musl. Compiled with musl-gcc. */
#define _GNU_SOURCE
#include <link.h>
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

/* glibc 2.35's fast lookup used by libgcc's unwinder: find the loaded object
 * holding `pc` and its PT_GNU_EH_FRAME. Without it every C++ throw aborts.
 * The layout must match glibc's struct dl_find_object. */
struct dl_find_object {
    unsigned long long dlfo_flags;
    void *dlfo_map_start;
    void *dlfo_map_end;
    void *dlfo_link_map;
    void *dlfo_eh_frame;
    unsigned long long __dflo_reserved[7];
};

struct find_ctx {
    uintptr_t pc;
    struct dl_find_object *out;
    int found;
};

static int find_cb(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    struct find_ctx *ctx = data;
    uintptr_t lo = UINTPTR_MAX, hi = 0;
    void *eh = NULL;
    int holds = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        uintptr_t start = info->dlpi_addr + ph->p_vaddr;
        if (ph->p_type == PT_LOAD) {
            if (start < lo) lo = start;
            if (start + ph->p_memsz > hi) hi = start + ph->p_memsz;
            if (ctx->pc >= start && ctx->pc < start + ph->p_memsz) holds = 1;
        } else if (ph->p_type == PT_GNU_EH_FRAME) {
            eh = (void *)start;
        }
    }
    if (!holds) return 0;
    ctx->out->dlfo_flags = 0;
    ctx->out->dlfo_map_start = (void *)lo;
    ctx->out->dlfo_map_end = (void *)hi;
    ctx->out->dlfo_link_map = NULL;
    ctx->out->dlfo_eh_frame = eh;
    ctx->found = 1;
    return 1;
}

int _dl_find_object(void *pc, struct dl_find_object *result) {
    struct find_ctx ctx = {(uintptr_t)pc, result, 0};
    dl_iterate_phdr(find_cb, &ctx);
    return ctx.found ? 0 : -1;
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
