// libstdc++ was configured against glibc, which has the pthread *clock*
// variants; musl 1.2.3 does not. Take the real config, then turn those off so
// libstdc++ falls back to the portable timed waits.
#include_next <bits/c++config.h>
#undef _GLIBCXX_USE_PTHREAD_COND_CLOCKWAIT
#undef _GLIBCXX_USE_PTHREAD_MUTEX_CLOCKLOCK
#undef _GLIBCXX_USE_PTHREAD_RWLOCK_CLOCKLOCK
// musl has no separate libpthread: threads always exist. libstdc++ otherwise
// probes for them through a weak reference to __pthread_key_create, which a
// static musl link resolves to null, and then every std::mutex lock and
// condition-variable wait silently becomes a no-op (seen as heap corruption
// in the initiator's engine queue under concurrent callers).
#undef _GLIBCXX_GTHREAD_USE_WEAK
#define _GLIBCXX_GTHREAD_USE_WEAK 0
