// Force-included when compiling against musl: libstdc++'s locale headers were
// generated for glibc and name glibc's types and ctype mask bits. These only
// let the headers compile; the product never uses iostream or locales, so no
// glibc-specific locale code runs.
#pragma once
#include <locale.h>
typedef locale_t __locale_t;

// glibc's ctype mask values (_ISbit on little-endian).
#define AOEBOOT_ISBIT(bit) ((bit) < 8 ? ((1 << (bit)) << 8) : ((1 << (bit)) >> 8))
#define _ISupper AOEBOOT_ISBIT(0)
#define _ISlower AOEBOOT_ISBIT(1)
#define _ISalpha AOEBOOT_ISBIT(2)
#define _ISdigit AOEBOOT_ISBIT(3)
#define _ISxdigit AOEBOOT_ISBIT(4)
#define _ISspace AOEBOOT_ISBIT(5)
#define _ISprint AOEBOOT_ISBIT(6)
#define _ISgraph AOEBOOT_ISBIT(7)
#define _ISblank AOEBOOT_ISBIT(8)
#define _IScntrl AOEBOOT_ISBIT(9)
#define _ISpunct AOEBOOT_ISBIT(10)
#define _ISalnum AOEBOOT_ISBIT(11)
