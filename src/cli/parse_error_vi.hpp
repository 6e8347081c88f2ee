// CLI11's parse errors (unknown option, missing argument, bad value) in Vietnamese: CLI11 words
// its messages in English only, so the Vietnamese line is rebuilt from the English one's shape,
// naming the same option, argument and value. The English line stays CLI11's own.
#pragma once

#include <CLI/Error.hpp>

#include <string>

namespace chitieu::cli {

// The message of `error` in Vietnamese. A shape this does not know (CLI11 errors chitieu's
// options cannot raise) keeps CLI11's English after a Vietnamese lead-in.
std::string parse_error_vi(const CLI::Error& error);

}  // namespace chitieu::cli
