#include "other_inputs.hpp"

#include <utility>

namespace chitieu {

OtherInputs::OtherInputs(const InputOptions& inputs) {
    data = merge_inputs(inputs, 1, diagnostics);
    by_name.reserve(data.areas.size());
    for (std::size_t i = 0; i < data.areas.size(); ++i) by_name.emplace(data.areas[i].name, i);
    joined.assign(data.areas.size(), false);
}

void OtherInputs::join(Dataset& one, Diagnostics& merge_diagnostics) {
    const auto it = by_name.find(one.areas.front().name);
    if (it == by_name.end() || joined[it->second]) return;
    joined[it->second] = true;
    AreaData& other = data.areas[it->second];
    AreaData contents;  // all but the name (merge_area names the area it merges into)
    contents.source = std::move(other.source);
    contents.series = std::move(other.series);
    contents.zones = std::move(other.zones);
    merge_area(one.areas.front(), std::move(contents), merge_diagnostics);
}

}  // namespace chitieu
