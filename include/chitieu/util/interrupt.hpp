// Stopping a run cleanly on SIGINT, SIGTERM and SIGHUP. The handler only notes the signal (an
// async-signal-safe store); the run looks between areas and before it commits anything
// (throw_if_interrupted), and unwinds: every temporary file goes with its AtomicFile, the
// previous outputs stay as they were, and cli/run.cpp prints one line and exits 128 + signal.
// A second signal of the same kind stops the process at once (the handler is reset): what it
// leaves, the next run sweeps (sweep_stale_temporaries in util/atomic_file.hpp).
#pragma once

namespace chitieu {

// Thrown by throw_if_interrupted. Not a std::exception, so that no handler for errors takes it.
struct Interrupted {
    int signal = 0;
};

// Installs the handlers (SA_RESTART: system calls go on, the flag is looked at in the loops),
// except for a signal ignored when the process started (nohup, a script's background job).
void install_interrupt_handlers();

// The signal that asked the run to stop, or 0.
int interrupt_signal();

// Throws Interrupted when a signal asked the run to stop.
void throw_if_interrupted();

}  // namespace chitieu
