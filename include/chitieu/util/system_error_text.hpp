// The system's reason for a failed call (an errno value) as a message says it: strerror's
// English, and a Vietnamese twin for the reasons a user meets (no such folder, no permission, a
// full disk, ...). A rare reason with no Vietnamese wording here keeps the system's English.
#pragma once

#include <string>

namespace chitieu {

std::string system_error_en(int err);
std::string system_error_vi(int err);

}  // namespace chitieu
