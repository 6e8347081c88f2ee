// Evaluating a commune-scale input area by area as it is read, so that memory holds one area at
// a time instead of the whole data set and the whole evaluation (a 55 MB national CSV export).
#pragma once

#include <functional>
#include <optional>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/targets.hpp"
#include "cli/inputs.hpp"

namespace chitieu::cli {

struct StreamedEvaluation {
    enum class Outcome {
        done,   // every area went to the callback
        again,  // start over with as_of = latest_year: an area had a later year than those before
        whole,  // the inputs cannot be streamed: load and evaluate them whole instead
    };
    Outcome outcome = Outcome::whole;
    std::optional<int> latest_year;
};

struct AreaCallbacks {
    std::function<void(int as_of)> begin;                  // once, before the first area
    std::function<void(const Evaluation& one_area)> area;  // each area, in the order of the inputs
    std::function<void(std::size_t bytes_read, std::size_t bytes_total)> progress;  // optional
    // Optional: runs once on the reading thread before it reads, while the evaluating thread
    // reads the other inputs (the reading could only get a few batches ahead meanwhile).
    std::function<void()> before_reading;
};

// Streams the first input when it is a CSV series table grouped by area (as exports are); the
// other inputs (zones tables, YAML) are read whole first and joined to their areas as they pass.
// The areas, their order, their figures and the diagnostics are those of load_inputs + evaluate
// (merge diagnostics may come in another order); warnings are printed at the end. `as_of` is the
// user's --as-of; without it the latest year in the inputs is found as the data streams: an area
// with a later year than the areas already delivered ends with Outcome::again and that year.
// Outcome::whole comes before any area is delivered, except for a file found not grouped by
// area part way. With `again` and `whole`, whatever the callbacks received is to be discarded.
// Throws InputError with every diagnostic when the inputs have errors (after reading them all).
StreamedEvaluation stream_evaluation(const TargetSet& targets, const InputOptions& inputs,
                                     std::optional<int> as_of, std::optional<int> latest_hint,
                                     bool chart_paths, const AreaCallbacks& callbacks);

}  // namespace chitieu::cli
