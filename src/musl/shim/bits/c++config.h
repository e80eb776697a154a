// libstdc++ was configured against glibc, which has the pthread *clock*
// variants; musl 1.2.3 does not. Take the real config, then turn those off so
// libstdc++ falls back to the portable timed waits.
#include_next <bits/c++config.h>
#undef _GLIBCXX_USE_PTHREAD_COND_CLOCKWAIT
#undef _GLIBCXX_USE_PTHREAD_MUTEX_CLOCKLOCK
#undef _GLIBCXX_USE_PTHREAD_RWLOCK_CLOCKLOCK
