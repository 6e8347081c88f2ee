// One path from the inputs to a sink, for `report` and `check` alike: a source hands out the
// areas one at a time (merged with every input, indices chained), each is evaluated as of one
// year and handed to the sink, and the sink commits at the end.
//
// The sources (src/pipeline/*_source.cpp): a CSV series table grouped by area is streamed, read
// in a window on one thread while the other evaluates and writes; one not grouped by area is read
// in passes, a group of its areas at a time, as long as the reading is clean; everything else
// (YAML, standard input, an --area selection, an ungrouped table with any message) is loaded
// whole and then handed out area by area. The output is the same either way.
//
// The as-of year, when the user gave none, is the latest year in the inputs: a streamed source
// finds it on the way, and when an area brings a later year than the areas already evaluated,
// the sink is restarted and the areas come again (one more pass).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "chitieu/model/targets.hpp"
#include "chitieu/pipeline/area_sink.hpp"
#include "chitieu/pipeline/inputs.hpp"

namespace chitieu {

struct PipelineRequest {
    const TargetSet& targets;
    const InputOptions& inputs;
    std::optional<int> as_of;        // --as-of; default: the latest year in the inputs
    std::vector<std::string> areas;  // --area, in the user's order; empty: every area
    bool chart_paths = false;        // fill the chart paths (charts, the JSON report)
    // Optional: how far the reading is, in bytes of the streamed file or in areas handed out.
    std::function<void(std::size_t done, std::size_t total, bool bytes)> progress;
    // --target-values: each area's own target values, over the target set's by_area and value
    // (model/area_targets.hpp); null: none given.
    const AreaValues* target_values = nullptr;
    // --roll-up FILE: every parent in it evaluated from its children too (engine/roll_up.hpp),
    // after them; empty: none.
    std::string roll_up{};
    // --crosswalk FILE: the inputs mapped onto new boundaries first (the old units it names are
    // replaced by the new ones, before any roll-up); empty: the inputs' boundaries stand.
    std::string crosswalk{};
};

// Runs the inputs through `sink`; sink.finish() ends every run that is not a usage error.
void run_pipeline(const PipelineRequest& request, AreaSink& sink);

}  // namespace chitieu
