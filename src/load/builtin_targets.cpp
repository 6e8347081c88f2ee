// Lookup in the embedded built-in target sets (the data itself is generated at build time).
#include "chitieu/load/builtin_targets.hpp"

namespace chitieu {

const BuiltinTargetSet* find_builtin_target_set(std::string_view name) {
    for (const BuiltinTargetSet& set : builtin_target_sets())
        if (set.name == name) return &set;
    return nullptr;
}

}  // namespace chitieu
