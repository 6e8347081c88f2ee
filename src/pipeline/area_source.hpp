// The ways areas come out of the inputs (private to the pipeline).
#pragma once

#include <optional>

#include "chitieu/model/statistics.hpp"
#include "chitieu/pipeline/area_sink.hpp"
#include "chitieu/pipeline/pipeline.hpp"

namespace chitieu {

// What a source hands each area to: the pipeline's evaluator.
class AreaTaker {
public:
    virtual ~AreaTaker() = default;
    // Once, before the first area: the latest year the source knows of so far (the whole data
    // set's when it is loaded whole; the other inputs' when the first one streams).
    virtual void start(std::optional<int> latest_known) = 0;
    // `one` holds one area, merged with every input and its indices chained. `inputs_failed`:
    // the reading has found errors by now (the area is inspected, not evaluated).
    virtual void take(Dataset& one, bool inputs_failed) = 0;
};

// The first input streamed, when it is a CSV series table grouped by area. False (and nothing
// handed out) when it is not one: the caller loads the inputs whole. Its diagnostics go into
// `diagnostics.inputs`, in load_inputs' order within each file.
bool stream_areas(const PipelineRequest& request, AreaTaker& taker, PipelineDiagnostics& diagnostics);

// The first input read in passes, a group of its areas at a time, when it is a CSV series table
// not grouped by area and the reading is clean (ungrouped_source.cpp says when exactly). False
// when it is not, possibly after handing out areas: the caller restarts the sink and loads the
// inputs whole.
bool hand_out_ungrouped_areas(const PipelineRequest& request, AreaTaker& taker,
                              PipelineDiagnostics& diagnostics);

// True when the first eighth of the first input, a CSV file, shows an area coming back after
// another: the ungrouped source is tried first, without a streamed attempt that would read the
// other inputs and evaluate the first areas in vain (and leave their memory held a while).
bool first_input_looks_ungrouped(const InputOptions& inputs);

// Every input loaded whole, then handed out area by area (the --area selection in its order).
void hand_out_loaded_areas(const PipelineRequest& request, AreaTaker& taker,
                           PipelineDiagnostics& diagnostics);

}  // namespace chitieu
