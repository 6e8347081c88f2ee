// The streamed source: a CSV series table grouped by area (as exports are) read in a window on
// this thread, while a second thread joins each area to the other inputs, evaluates it and
// hands it to the sink. Memory holds a few hundred areas at a time, whatever the file's size.
#include <exception>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>

#include "area_source.hpp"
#include "chitieu/engine/chain_indices.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/model/rules.hpp"
#include "handoff_queue.hpp"
#include "other_inputs.hpp"

namespace chitieu {

namespace {

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
// each streamed area to them and hands it on; last the areas only the other inputs have.
class Evaluating {
public:
    Evaluating(const PipelineRequest& request, AreaTaker& taker, std::size_t total_bytes)
        : request_(request), taker_(taker), total_bytes_(total_bytes) {}

    void run(HandoffQueue<Batch>& queue) {
        others_.emplace(request_.inputs);
        // Zones without an area find their homes among every input's areas, which a stream
        // knows only at its end: those inputs are read whole (the reading stops, nothing taken).
        if (has_zones_without_area(others_->data)) {
            queue.abandon();
            return;
        }
        taker_.start(others_->data.latest_year());
        while (std::optional<Batch> batch = queue.pop()) {
            for (AreaData& area : batch->areas) {
                Dataset one = single(std::move(area));
                others_->join(one, merged_);
                chain_indices(one, chained_);
                slips_.check(one.areas.front(), slipped_);
                taker_.take(one, batch->read_errors || failed());
                // The streamed part back to the reading thread, which allocated it; the zones
                // came from the other inputs, read on this thread.
                area = std::move(one.areas.front());
                std::vector<Zone>().swap(area.zones);
                ++taken_;
            }
            if (request_.progress) request_.progress(batch->bytes_read, total_bytes_, true);
            queue.give_back(std::move(*batch));
        }
        for (std::size_t i = 0; i < others_->data.areas.size(); ++i) {
            if (others_->joined[i]) continue;
            Dataset one = single(std::move(others_->data.areas[i]));
            chain_indices(one, chained_);
            slips_.check(one.areas.front(), slipped_);
            taker_.take(one, failed());
            ++taken_;
        }
    }

    // After run(), in load_inputs' order: the other files' own problems, then the merges, then
    // the chained indices, then the unit slips.
    void append_diagnostics(Diagnostics& all) const {
        append(all, others_->diagnostics);
        append(all, merged_);
        append(all, chained_);
        append(all, slipped_);
    }
    std::size_t taken() const { return taken_; }

private:
    bool failed() const {
        return others_->diagnostics.has_errors() || merged_.has_errors() || chained_.has_errors() ||
               slipped_.has_errors();
    }

    const PipelineRequest& request_;
    AreaTaker& taker_;
    std::size_t total_bytes_;
    std::optional<OtherInputs> others_;
    Diagnostics merged_, chained_, slipped_;
    UnitSlipRule slips_;  // one for the run: its ';' warning comes once per file
    std::size_t taken_ = 0;
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

bool stream_areas(const PipelineRequest& request, AreaTaker& taker, PipelineDiagnostics& diagnostics) {
    const InputOptions& inputs = request.inputs;
    // Standard input cannot be read twice (a second pass may be needed): only files stream.
    if (inputs.paths.empty() || !is_streamable_csv(inputs.paths.front(), inputs)) return false;
    for (const std::string& path : inputs.paths)
        if (path == "-") return false;
    const std::string& path = inputs.paths.front();
    std::optional<InputStream> input;
    try {
        input.emplace(path);
    } catch (const InputError&) {  // unreadable: load_inputs reports it with everything else
        return false;
    }
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);

    // Two threads, as the machines have two cores: this one reads the first input, the other
    // evaluates and writes what was read so far.
    Evaluating evaluating(request, taker, ec ? 0 : static_cast<std::size_t>(size));
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
    // Not a grouped series table, or no area at all: the whole reading says what to do.
    if (outcome != StreamOutcome::streamed || evaluating.taken() == 0) return false;
    append(diagnostics.inputs, read);
    evaluating.append_diagnostics(diagnostics.inputs);
    return true;
}

}  // namespace chitieu
