// The ungrouped source: a CSV series table whose areas are not grouped (rows sorted by year, say)
// read in passes, so that memory holds a part of the areas at a time instead of the whole data
// set (about 2.3 bytes per input byte). A first pass keeps nothing and lists the areas in order of
// first appearance with their row counts; then each pass keeps the next group of areas, about a
// ninth of the rows (a quarter of the file's size in memory), and hands them out in that order,
// joined to the other inputs (read whole) and their indices chained as the streamed source does;
// last the areas only the other inputs have, in their order, as merge_dataset orders them.
//
// Parts of a reading cannot say what the whole reading says of a row: a duplicate's note, the
// decimal-comma hint, the order of the messages. So this source is for clean inputs. Every pass
// must report exactly what the first pass reported (which keeps nothing, so it can only report
// what the file's bytes and length say, such as the row limit, at the same row in every pass and
// in the whole reading), and the other inputs, the joins and the chained indices nothing at all.
// Otherwise it gives up and the pipeline reads everything whole, restarting the sink if areas
// went out already. The output is the same either way; clean files get bounded memory.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "area_source.hpp"
#include "chitieu/engine/chain_indices.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/limits.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/model/rules.hpp"
#include "other_inputs.hpp"

namespace chitieu {

namespace {

// The areas of the first pass, in order of first appearance, with their rows.
struct AreaCensus {
    struct NameHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
    };
    std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> position;
    std::vector<std::string_view> names;  // views of the keys of `position`, which stay put
    std::vector<std::size_t> rows;
    std::size_t total_rows = 0;

    void count(std::string_view name) {
        std::size_t at = find(name);
        if (at == kNone) at = add(name);
        ++rows[at];
        ++total_rows;
    }

    // The area's position, or kNone. Rows come in runs of one area (its indicators in a year, say):
    // the last one found is tried first.
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t find(std::string_view name) {
        if (last_ != kNone && names[last_] == name) return last_;
        const auto it = position.find(name);
        if (it == position.end()) return kNone;
        return last_ = it->second;
    }

    // Where each group of consecutive areas starts (and, last, the number of areas): each holds
    // about 1 / kGroups of the rows, never less than one area.
    std::vector<std::size_t> groups() const {
        // A data set costs about 2.3 bytes per input byte: a ninth of the rows is about a quarter
        // of the file's size in memory.
        constexpr std::size_t kGroups = 9;
        const std::size_t budget = total_rows / kGroups + 1;
        std::vector<std::size_t> starts{0};
        std::size_t held = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (held > 0 && held + rows[i] > budget) {
                starts.push_back(i);
                held = 0;
            }
            held += rows[i];
        }
        starts.push_back(rows.size());
        return starts;
    }

private:
    std::size_t add(std::string_view name) {
        const auto [it, added] = position.emplace(std::string(name), names.size());
        names.push_back(it->first);
        rows.push_back(0);
        return last_ = it->second;
    }

    std::size_t last_ = kNone;
};

std::vector<std::string> formatted(const Diagnostics& diagnostics) {
    std::vector<std::string> all;
    for (const Diagnostic& diagnostic : diagnostics.items()) all.push_back(format_diagnostic(diagnostic));
    return all;
}

// One area to the taker, joined to the other inputs (unless it is theirs) and its indices chained;
// false, and nothing handed out, if that said anything.
bool hand_out(AreaData&& area, OtherInputs* others, AreaTaker& taker, bool inputs_failed) {
    Dataset one;
    one.areas.push_back(std::move(area));
    Diagnostics said;
    if (others != nullptr) others->join(one, said);
    chain_indices(one, said);
    UnitSlipRule().check(one.areas.front(), said);  // anything it says sends the run the whole way
    if (!said.items().empty()) return false;
    taker.take(one, inputs_failed);
    return true;
}

bool read_in_passes(const PipelineRequest& request, AreaTaker& taker, PipelineDiagnostics& diagnostics) {
    const InputOptions& inputs = request.inputs;
    const std::string& path = inputs.paths.front();
    const CsvOptions options = csv_options(inputs);

    AreaCensus census;
    Diagnostics first;  // what the first pass reports, and every pass must
    std::size_t pass_bytes = 0;
    {
        InputStream input(path);
        const AreaFilter count = [&census](std::string_view name) {
            census.count(name);
            return false;
        };
        if (!load_series_csv(input, path, options, count, first)) return false;
        pass_bytes = input.bytes_read();
    }
    // No area: the whole reading says why. More areas than a file may hold: the whole reading
    // stops at the row that crosses the limit; a pass, holding fewer, would not.
    if (census.names.empty() || census.names.size() > limits::kMaxAreas) return false;
    const std::vector<std::string> expected = formatted(first);
    const bool failed = first.has_errors();

    OtherInputs others(inputs);
    // Zones without an area are placed once every area is known: the inputs are read whole.
    if (!others.diagnostics.items().empty() || has_zones_without_area(others.data)) return false;
    taker.start(others.data.latest_year());

    const std::vector<std::size_t> starts = census.groups();
    const std::size_t passes = starts.size();  // the groups and the first pass
    if (request.progress) request.progress(pass_bytes, passes * pass_bytes, true);
    for (std::size_t group = 0; group + 1 < starts.size(); ++group) {
        const std::size_t begin = starts[group], end = starts[group + 1];
        const AreaFilter keep = [&census, begin, end](std::string_view name) {
            const std::size_t at = census.find(name);
            return at != AreaCensus::kNone && at >= begin && at < end;
        };
        InputStream input(path);
        Diagnostics read;
        std::optional<Dataset> part = load_series_csv(input, path, options, keep, read);
        // The same areas as counted, unless the file changed under the passes.
        if (!part || formatted(read) != expected || part->areas.size() != end - begin) return false;
        for (std::size_t i = 0; i < part->areas.size(); ++i) {
            if (part->areas[i].name != census.names[begin + i]) return false;
            if (!hand_out(std::move(part->areas[i]), &others, taker, failed)) return false;
        }
        if (request.progress) request.progress((group + 2) * pass_bytes, passes * pass_bytes, true);
    }
    for (std::size_t i = 0; i < others.data.areas.size(); ++i)
        if (!others.joined[i] && !hand_out(std::move(others.data.areas[i]), nullptr, taker, failed))
            return false;
    for (const Diagnostic& diagnostic : first.items()) diagnostics.inputs.add(diagnostic);
    return true;
}

// Whether every input is a file and the first a CSV one: what a source that reads it twice needs.
bool files_from_csv(const InputOptions& inputs) {
    if (inputs.paths.empty() || !is_streamable_csv(inputs.paths.front(), inputs)) return false;
    for (const std::string& path : inputs.paths)
        if (path == "-") return false;
    return true;
}

struct ProbeDone {
    bool ungrouped;
};

}  // namespace

bool first_input_looks_ungrouped(const InputOptions& inputs) {
    if (!files_from_csv(inputs)) return false;
    // An eighth of the file (rows of 40 bytes or more) is enough for a table sorted by year,
    // whose first year holds every area; a grouped export is read no further before it streams.
    AreaCensus seen;
    std::size_t last = AreaCensus::kNone;
    std::size_t rows = 0, enough = 0;
    const AreaFilter probe = [&](std::string_view name) -> bool {
        const std::size_t at = seen.find(name);
        if (at != AreaCensus::kNone && at != last) throw ProbeDone{true};
        if (at == AreaCensus::kNone) seen.count(name);
        last = seen.find(name);
        if (++rows > enough) throw ProbeDone{false};
        return false;  // keeps nothing
    };
    try {
        InputStream input(inputs.paths.front());
        enough = std::max<std::size_t>(input.size_hint() / 8 / 40, 50'000);
        Diagnostics ignored;  // the source that reads the file says what is wrong with it
        load_series_csv(input, inputs.paths.front(), csv_options(inputs), probe, ignored);
    } catch (const ProbeDone& done) {
        return done.ungrouped;
    } catch (const InputError&) {
    }
    return false;
}

bool hand_out_ungrouped_areas(const PipelineRequest& request, AreaTaker& taker,
                              PipelineDiagnostics& diagnostics) {
    const InputOptions& inputs = request.inputs;
    // Files only (each pass reads the first input again), and every area: --area reads whole.
    if (!request.areas.empty() || !files_from_csv(inputs)) return false;
    try {
        return read_in_passes(request, taker, diagnostics);
    } catch (const InputError&) {  // unreadable, or grown past the limit: the whole reading says so
        return false;
    }
}

}  // namespace chitieu
