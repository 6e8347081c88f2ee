// A finding of `chitieu check`: a located diagnostic and the rule that raised it.
//
// It lives in the model, beside Evaluation, because the engine produces findings and the report
// writers format them, and neither layer may include the other.
#pragma once

#include <string>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

struct Finding {
    std::string rule;  // "part-above-whole", "series-gap", ...; "input" for a loader's diagnostic
    Diagnostic diagnostic;
};

}  // namespace chitieu
