#include "chitieu/util/interrupt.hpp"

#include <atomic>
#include <csignal>

namespace chitieu {

namespace {

// Written by the handler, read by the run's threads: a lock-free atomic int is both
// async-signal-safe and visible across threads.
std::atomic<int> g_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void note_signal(int signal) {
    int none = 0;
    g_signal.compare_exchange_strong(none, signal);  // the first signal decides the exit code
}

}  // namespace

void install_interrupt_handlers() {
    struct sigaction action {};
    action.sa_handler = note_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        // A signal ignored from the start stays ignored: nohup (SIGHUP), a shell's background
        // job (SIGINT) asked for that.
        struct sigaction before {};
        if (::sigaction(signal, nullptr, &before) == 0 && before.sa_handler == SIG_IGN) continue;
        ::sigaction(signal, &action, nullptr);
    }
}

int interrupt_signal() {
    return g_signal.load();
}

void throw_if_interrupted() {
    if (const int signal = g_signal.load()) throw Interrupted{signal};
}

}  // namespace chitieu
