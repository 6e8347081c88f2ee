// libFuzzer target: the statistics YAML loader must turn any bytes into a dataset or diagnostics,
// never a crash, a hang or an exception escaping its boundary; so must the unit-slip rule after it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chitieu/load/statistics_yaml.hpp"
#include "chitieu/model/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    chitieu::Diagnostics diagnostics;
    const chitieu::Dataset dataset = chitieu::load_statistics_yaml(text, "fuzz.yaml", diagnostics);
    chitieu::UnitSlipRule().check(dataset, diagnostics);  // what the pipeline runs on the areas next
    return 0;
}
