#include "cli/streamed_evaluation.hpp"

#include <exception>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "chitieu/engine/chain_indices.hpp"
#include "chitieu/engine/evaluate.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "cli/handoff_queue.hpp"

namespace chitieu::cli {

namespace {

// The inputs after the first, read whole and merged as load_inputs would, with their areas by
// name so that each joins the streamed area of the same name.
struct OtherInputs {
    Dataset data;
    Diagnostics diagnostics;
    // Views of the names in `data`, which stay put: a join moves an area's contents, not its name.
    std::unordered_map<std::string_view, std::size_t> by_name;
    std::vector<bool> joined;

    explicit OtherInputs(const InputOptions& inputs) {
        for (std::size_t i = 1; i < inputs.paths.size(); ++i)
            merge_dataset(data, load_input(inputs.paths[i], inputs, diagnostics), diagnostics);
        by_name.reserve(data.areas.size());
        for (std::size_t i = 0; i < data.areas.size(); ++i) by_name.emplace(data.areas[i].name, i);
        joined.assign(data.areas.size(), false);
    }

    // Moves the area called `name` into `one`, once.
    void join(Dataset& one, Diagnostics& merge_diagnostics) {
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

// What the reading thread hands to the evaluating one: a few areas at a time.
struct Batch {
    std::vector<AreaData> areas;
    bool read_errors = false;  // the reading had found errors by then: stop evaluating
    std::size_t bytes_read = 0;
};
// About 500 areas in flight (3 MB at commune scale). Measured: 32-area batches cost more in
// hand-overs, and 1,536 areas ahead was slower (the data out of the cache) and 7 MB heavier.
constexpr std::size_t kBatchAreas = 128;
constexpr std::size_t kBatchesAhead = 4;

// The evaluating thread: reads the other inputs (while the first one streams in), then joins
// each streamed area to them, evaluates it and hands it to the callbacks; last the areas only
// the other inputs have.
class Evaluating {
public:
    Evaluating(const TargetSet& targets, const InputOptions& inputs, std::optional<int> as_of,
               std::optional<int> latest_hint, bool chart_paths, const AreaCallbacks& callbacks,
               std::size_t total_bytes)
        : targets_(targets),
          inputs_(inputs),
          as_of_(as_of),
          latest_hint_(latest_hint),
          chart_paths_(chart_paths),
          callbacks_(callbacks),
          total_bytes_(total_bytes) {}

    void run(HandoffQueue<Batch>& queue) {
        others_.emplace(inputs_);
        std::optional<int> guess = others_->data.latest_year();
        if (latest_hint_ && (!guess || *latest_hint_ > *guess)) guess = latest_hint_;
        evaluator_.emplace(targets_, as_of_, guess, chart_paths_, callbacks_);
        while (std::optional<Batch> batch = queue.pop()) {
            for (AreaData& area : batch->areas) {
                Dataset one = single(std::move(area));
                others_->join(one, merged_);
                evaluator_->add(one, chained_, batch->read_errors || failed());
                // The streamed part back to the reading thread, which allocated it; the zones
                // came from the other inputs, read on this thread.
                area = std::move(one.areas.front());
                std::vector<Zone>().swap(area.zones);
            }
            if (callbacks_.progress) callbacks_.progress(batch->bytes_read, total_bytes_);
            queue.give_back(std::move(*batch));
        }
        for (std::size_t i = 0; i < others_->data.areas.size(); ++i) {
            if (others_->joined[i]) continue;
            Dataset one = single(std::move(others_->data.areas[i]));
            evaluator_->add(one, chained_, failed());
        }
    }

    // After run(), in load_inputs' order: the other files' own problems, then the merges, then
    // the chained indices.
    void append_diagnostics(Diagnostics& all) const {
        append(all, others_->diagnostics);
        append(all, merged_);
        append(all, chained_);
    }
    const AreaEvaluator& evaluator() const { return *evaluator_; }

private:
    bool failed() const {
        return others_->diagnostics.has_errors() || merged_.has_errors() || chained_.has_errors();
    }

    const TargetSet& targets_;
    const InputOptions& inputs_;
    std::optional<int> as_of_;
    std::optional<int> latest_hint_;
    bool chart_paths_;
    const AreaCallbacks& callbacks_;
    std::size_t total_bytes_;
    std::optional<OtherInputs> others_;
    std::optional<AreaEvaluator> evaluator_;
    Diagnostics merged_, chained_;
};

// Runs Evaluating::run on a thread of its own, and always waits for it.
class EvaluatingThread {
public:
    EvaluatingThread(Evaluating& evaluating, HandoffQueue<Batch>& queue)
        : queue_(queue), thread_([this, &evaluating] {
              try {
                  evaluating.run(queue_);
              } catch (...) {  // a report that cannot be written, say: the reading stops too
                  failure_ = std::current_exception();
                  queue_.abandon();
              }
          }) {}
    ~EvaluatingThread() { join(); }
    EvaluatingThread(const EvaluatingThread&) = delete;
    EvaluatingThread& operator=(const EvaluatingThread&) = delete;

    // Tells the thread that nothing more comes, waits for it, and passes on what it threw.
    void finish() {
        join();
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    void join() {
        queue_.finish();
        if (thread_.joinable()) thread_.join();
    }
    HandoffQueue<Batch>& queue_;
    std::exception_ptr failure_;
    std::thread thread_;  // last: started once the members it uses exist
};

struct Abandoned {};  // the evaluating thread failed: stop reading

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

    // Two threads, as the machines have two cores: this one reads the first input, the other
    // evaluates and writes what was read so far.
    Evaluating evaluating(targets, inputs, as_of, latest_hint, chart_paths, callbacks,
                          ec ? 0 : static_cast<std::size_t>(size));
    HandoffQueue<Batch> queue(kBatchesAhead);
    Diagnostics read;
    StreamOutcome outcome = StreamOutcome::streamed;
    {
        EvaluatingThread thread(evaluating, queue);
        Batch batch;
        const auto hand_over = [&] {
            batch.read_errors = read.has_errors();
            batch.bytes_read = input->bytes_read();
            const bool taken = queue.push(std::move(batch));
            batch = Batch{};
            queue.take_back();  // the spent areas, freed here
            return taken;
        };
        if (callbacks.before_reading) callbacks.before_reading();
        try {
            outcome = stream_statistics_csv(*input, path, csv_options(inputs), read, [&](AreaData&& area) {
                batch.areas.push_back(std::move(area));
                if (batch.areas.size() >= kBatchAreas && !hand_over()) throw Abandoned{};
            });
            if (!batch.areas.empty()) hand_over();
        } catch (const Abandoned&) {
            // thread.finish() throws what the evaluating thread threw
        }
        thread.finish();
    }
    if (outcome != StreamOutcome::streamed) return {};

    Diagnostics all;
    append(all, read);
    evaluating.append_diagnostics(all);
    const AreaEvaluator& evaluator = evaluating.evaluator();
    if (all.has_errors()) throw InputError(all.items());
    if (evaluator.again())
        return {evaluator.latest() ? StreamedEvaluation::Outcome::again : StreamedEvaluation::Outcome::whole,
                evaluator.latest()};
    if (!evaluator.begun()) return {};  // no area at all: load_inputs and evaluate say what to do
    print_or_throw(all);
    return {StreamedEvaluation::Outcome::done, evaluator.latest()};
}

}  // namespace chitieu::cli
