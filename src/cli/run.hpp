// The command line's entry point: parses, dispatches to one command, maps errors to exit codes.
#pragma once

namespace chitieu::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalidInput = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitCheckFailed = 3;

int run(int argc, char** argv);

}  // namespace chitieu::cli
