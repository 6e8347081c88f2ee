#include "cli/streamed_evaluation.hpp"

#include <filesystem>
#include <string>
#include <unordered_map>

#include "chitieu/engine/chain_indices.hpp"
#include "chitieu/engine/evaluate.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_csv.hpp"

namespace chitieu::cli {

namespace {

// The inputs after the first, read whole and merged as load_inputs would, with their areas by
// name so that each joins the streamed area of the same name.
struct OtherInputs {
    Dataset data;
    Diagnostics diagnostics;
    std::unordered_map<std::string, std::size_t> by_name;
    std::vector<bool> joined;

    OtherInputs(const InputOptions& inputs) {
        for (std::size_t i = 1; i < inputs.paths.size(); ++i)
            merge_dataset(data, load_input(inputs.paths[i], inputs, diagnostics), diagnostics);
        for (std::size_t i = 0; i < data.areas.size(); ++i) by_name.emplace(data.areas[i].name, i);
        joined.assign(data.areas.size(), false);
    }

    // Moves the area called `name` into `one`, once.
    void join(Dataset& one, Diagnostics& merge_diagnostics) {
        const auto it = by_name.find(one.areas.front().name);
        if (it == by_name.end() || joined[it->second]) return;
        joined[it->second] = true;
        Dataset other;
        other.areas.push_back(std::move(data.areas[it->second]));
        merge_dataset(one, std::move(other), merge_diagnostics);
    }
};

// Evaluates one area at a time, and finds the as-of year on the way when the user gave none.
class AreaEvaluator {
public:
    AreaEvaluator(const TargetSet& targets, std::optional<int> as_of, std::optional<int> guess,
                  bool chart_paths, const AreaCallbacks& callbacks)
        : targets_(targets),
          fixed_(as_of),
          as_of_(as_of ? as_of : guess),
          chart_paths_(chart_paths),
          callbacks_(callbacks) {}

    // `one` holds one area, merged with the other inputs. Once `stop` is true (errors), areas are
    // still looked at for their years but no longer evaluated.
    void add(Dataset& one, Diagnostics& chain_diagnostics, bool stop) {
        chain_indices(one, chain_diagnostics);
        if (!fixed_) {
            const std::optional<int> year = one.latest_year();
            if (year && (!latest_ || *year > *latest_)) latest_ = year;
            if (year && (!as_of_ || *year > *as_of_)) {
                if (begun_)
                    again_ = true;  // areas went out judged as of an earlier year
                else
                    as_of_ = year;
            }
            if (!as_of_) again_ = true;  // no year seen yet: this area cannot be judged
        }
        if (stop || again_) return;
        if (!begun_) {
            callbacks_.begin(*as_of_);
            begun_ = true;
        }
        callbacks_.area(evaluate(targets_, one, {as_of_, {}, chart_paths_}));
    }

    bool begun() const { return begun_; }
    bool again() const { return again_; }
    std::optional<int> latest() const { return latest_; }

private:
    const TargetSet& targets_;
    std::optional<int> fixed_;
    std::optional<int> as_of_;
    bool chart_paths_;
    const AreaCallbacks& callbacks_;
    std::optional<int> latest_;
    bool begun_ = false;
    bool again_ = false;
};

Dataset single(AreaData&& area) {
    Dataset one;
    one.areas.push_back(std::move(area));
    return one;
}

void append(Diagnostics& into, const Diagnostics& from) {
    for (const Diagnostic& diagnostic : from.items()) into.add(diagnostic);
}

}  // namespace

StreamedEvaluation stream_evaluation(const TargetSet& targets, const InputOptions& inputs,
                                     std::optional<int> as_of, std::optional<int> latest_hint,
                                     bool chart_paths, const AreaCallbacks& callbacks) {
    // Standard input cannot be read twice (a second pass may be needed): only files stream.
    if (inputs.paths.empty() || !is_csv_file(inputs.paths.front(), inputs)) return {};
    for (const std::string& path : inputs.paths)
        if (path == "-") return {};
    const std::string& path = inputs.paths.front();
    std::optional<InputStream> input;
    try {
        input.emplace(path);
    } catch (const InputError&) {  // unreadable: load_inputs reports it with everything else
        return {};
    }
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    const std::size_t total = ec ? 0 : static_cast<std::size_t>(size);

    OtherInputs others(inputs);
    std::optional<int> guess = others.data.latest_year();
    if (latest_hint && (!guess || *latest_hint > *guess)) guess = latest_hint;
    AreaEvaluator evaluator(targets, as_of, guess, chart_paths, callbacks);
    Diagnostics read, merged, chained;
    const auto stop = [&] {
        return read.has_errors() || others.diagnostics.has_errors() || merged.has_errors() ||
               chained.has_errors();
    };
    const StreamOutcome outcome =
        stream_statistics_csv(*input, path, csv_options(inputs), read, [&](AreaData&& area) {
            Dataset one = single(std::move(area));
            others.join(one, merged);
            evaluator.add(one, chained, stop());
            if (callbacks.progress) callbacks.progress(input->bytes_read(), total);
        });
    if (outcome != StreamOutcome::streamed) return {};
    for (std::size_t i = 0; i < others.data.areas.size(); ++i) {
        if (others.joined[i]) continue;
        Dataset one = single(std::move(others.data.areas[i]));
        evaluator.add(one, chained, stop());
    }

    // In load_inputs' order: each file's own problems, then the merges, then the chained indices.
    Diagnostics all;
    append(all, read);
    append(all, others.diagnostics);
    append(all, merged);
    append(all, chained);
    if (all.has_errors()) throw InputError(all.items());
    if (evaluator.again())
        return {evaluator.latest() ? StreamedEvaluation::Outcome::again : StreamedEvaluation::Outcome::whole,
                evaluator.latest()};
    if (!evaluator.begun()) return {};  // no area at all: load_inputs and evaluate say what to do
    print_or_throw(all);
    return {StreamedEvaluation::Outcome::done, evaluator.latest()};
}

}  // namespace chitieu::cli
