#include "cli/target_set_option.hpp"

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/builtin_targets.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/targets_yaml.hpp"

namespace chitieu::cli {

namespace {

std::string builtin_names() {
    std::string names;
    for (const EmbeddedFile& set : builtin_target_sets())
        names += (names.empty() ? "builtin:" : ", builtin:") + std::string(set.name);
    return names;
}

}  // namespace

TargetSet load_target_set(const std::string& spec) {
    Diagnostics diagnostics;
    TargetSet set;
    const std::string prefix = "builtin:";
    if (spec.empty() || spec.rfind(prefix, 0) == 0) {
        const std::string name = spec.empty() ? std::string(kDefaultTargetSet) : spec.substr(prefix.size());
        const EmbeddedFile* builtin = find_builtin_target_set(name);
        if (!builtin)
            throw UsageError(
                "no built-in target set '" + name + "'; built-in sets: " + builtin_names(),
                "không có bộ chỉ tiêu dựng sẵn '" + name + "'; các bộ dựng sẵn: " + builtin_names());
        set = load_targets_yaml(builtin->text, "builtin:" + name, diagnostics);
    } else {
        set = load_targets_yaml(read_input_file(spec), spec, diagnostics);
    }
    if (diagnostics.has_errors()) throw InputError(diagnostics.items());
    return set;
}

}  // namespace chitieu::cli
