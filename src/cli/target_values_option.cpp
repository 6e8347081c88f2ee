#include "cli/target_values_option.hpp"

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/target_values.hpp"
#include "chitieu/load/xlsx.hpp"

namespace chitieu::cli {

AreaValues load_target_values_file(const std::string& path, const TargetSet& set,
                                   const InputOptions& inputs) {
    Diagnostics diagnostics;
    const std::string file = is_xlsx_name(path) ? split_xlsx_input(path).file : path;
    const AreaValues values = read_target_values(
        read_input_file(file), path, set,
        inputs.decimal_comma ? NumberConvention::decimal_comma : NumberConvention::dot, diagnostics);
    if (diagnostics.has_errors()) throw InputError(diagnostics.items());
    return values;
}

}  // namespace chitieu::cli
