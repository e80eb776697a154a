#include "base/mapcopy.h"

#include <atomic>
#include <csetjmp>
#include <csignal>
#include <cstring>

namespace aoe {

namespace {

// The copy in progress on this thread: where to jump back to, and the
// destination range a fault must lie in to be ours.
thread_local sigjmp_buf* t_jump = nullptr;
thread_local uintptr_t t_lo = 0;
thread_local uintptr_t t_hi = 0;
struct sigaction g_previous;
std::atomic<bool> g_installed{false};

void on_sigbus(int, siginfo_t* si, void*) {
    const auto a = reinterpret_cast<uintptr_t>(si->si_addr);
    if (t_jump && a >= t_lo && a < t_hi) siglongjmp(*t_jump, 1);
    // Not a guarded copy: put back the previous disposition and return; the
    // faulting instruction runs again and gets it (by default: a core dump).
    sigaction(SIGBUS, &g_previous, nullptr);
}

}  // namespace

void install_map_guard() {
    if (g_installed.exchange(true)) return;
    struct sigaction sa{};
    sa.sa_sigaction = on_sigbus;
    // SA_NODEFER: siglongjmp() leaves the handler without restoring the
    // signal mask (sigsetjmp(.., 0) saves none, which keeps the copy free of
    // system calls); SIGBUS must not stay blocked after it.
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGBUS, &sa, &g_previous);
}

bool copy_to_mapping(uint8_t* dst, const uint8_t* src, size_t n) {
    sigjmp_buf jump;
    if (sigsetjmp(jump, 0)) {
        t_jump = nullptr;
        return false;
    }
    t_lo = reinterpret_cast<uintptr_t>(dst);
    t_hi = t_lo + n;
    t_jump = &jump;
    // Keep the compiler from moving the copy out of the guarded stretch.
    std::atomic_signal_fence(std::memory_order_seq_cst);
    std::memcpy(dst, src, n);
    std::atomic_signal_fence(std::memory_order_seq_cst);
    t_jump = nullptr;
    return true;
}

}  // namespace aoe
