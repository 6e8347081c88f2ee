// The inputs after the first, for a source that reads the first one in its own way (streamed, or
// in passes): read whole and merged as load_inputs merges them, each area joined to the first
// input's area of the same name (private to the pipeline).
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/pipeline/inputs.hpp"

namespace chitieu {

struct OtherInputs {
    Dataset data;
    Diagnostics diagnostics;
    // Views of the names in `data`, which stay put: a join moves an area's contents, not its name.
    std::unordered_map<std::string_view, std::size_t> by_name;
    std::vector<bool> joined;

    explicit OtherInputs(const InputOptions& inputs);

    // Moves the area called like the one in `one` into it, once.
    void join(Dataset& one, Diagnostics& merge_diagnostics);
};

}  // namespace chitieu
