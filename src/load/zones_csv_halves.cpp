// A large zones table read in two halves at once. The zones table is the one input read whole
// before the first streamed area can be evaluated (5 MB, 60,000 zones at commune scale): the
// evaluating thread reads it while the reading thread, a few batches ahead, can only wait. Read
// in halves on two threads it is ready in little more than half the time.
//
// Exactness comes first: the halves are kept only when one reading would give the same dataset
// and no diagnostic at all; anything else (a problem anywhere, which the plain reading reports
// with its own wording and limits) reads the file again the plain way.
#include <algorithm>
#include <exception>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>

#include "csv_table.hpp"

namespace chitieu::csv_table {

namespace {

// Where the second half starts: the start of a line near the middle, outside quotes (an even
// number of quotes before it). npos when there is no such line.
std::size_t split_point(std::string_view text, std::size_t rows_start) {
    std::size_t split = text.find('\n', std::max(rows_start, text.size() / 2));
    if (split == std::string_view::npos) return split;
    auto quotes = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(split), '"');
    while (split + 1 < text.size()) {
        if (quotes % 2 == 0) return split + 1;
        const std::size_t next = text.find('\n', split + 1);
        if (next == std::string_view::npos) break;
        quotes += std::count(text.begin() + static_cast<std::ptrdiff_t>(split),
                             text.begin() + static_cast<std::ptrdiff_t>(next), '"');
        split = next;
    }
    return std::string_view::npos;
}

// The line that starts at `end` (just after a line feed), counting line breaks as the reader
// does: "\r\n", "\n" and a lone "\r" are one each.
int line_at(std::string_view text, std::size_t end) {
    const std::string_view before = text.substr(0, end);
    const auto feeds = std::count(before.begin(), before.end(), '\n');
    auto lone_returns = 0L;
    for (std::size_t at = before.find('\r'); at != std::string_view::npos; at = before.find('\r', at + 1))
        if (at + 1 >= before.size() || before[at + 1] != '\n') ++lone_returns;
    return static_cast<int>(1 + feeds + lone_returns);
}

struct Half {
    Dataset dataset;
    Diagnostics diagnostics;
};

// The zones of `rows`, a part of the file from line `first_line` on, under `header`.
void read_half(std::string_view rows, int first_line, const CsvRecord& header, char delimiter,
               const std::string& file, const CsvOptions& options, Half& half) {
    CsvReader reader(rows, file, half.diagnostics, delimiter, first_line, header.fields.size());
    load_zone_table(reader, header, options, half.dataset, half.diagnostics);
}

// The second half's areas after the first's, as one reading would have them; false when the
// merge could differ from one reading.
bool merge_halves(Dataset& first, Dataset& second) {
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(first.areas.size());
    for (std::size_t i = 0; i < first.areas.size(); ++i) index.emplace(first.areas[i].name, i);
    std::size_t zones = 0;
    for (const AreaData& area : first.areas) zones += area.zones.size();
    constexpr std::size_t kNew = static_cast<std::size_t>(-1);
    std::vector<std::size_t> shared(second.areas.size(), kNew);  // the first half's area, if any
    std::size_t added = 0;
    for (std::size_t i = 0; i < second.areas.size(); ++i) {
        const AreaData& area = second.areas[i];
        zones += area.zones.size();
        const auto it = index.find(area.name);
        if (it == index.end()) {
            ++added;
            continue;
        }
        // One reading joins an area's distinct sources in order; two lists joined apart agree
        // with that only when one of them is empty or both are the same.
        const AreaData& before = first.areas[it->second];
        if (!before.source.empty() && !area.source.empty() && before.source != area.source) return false;
        shared[i] = it->second;
    }
    // The file's limits (each half checked only its own rows and areas).
    if (zones > limits::kMaxCsvRows || first.areas.size() + added > limits::kMaxAreas) return false;
    Diagnostics merged;
    for (std::size_t i = 0; i < second.areas.size(); ++i) {
        AreaData& area = second.areas[i];
        if (shared[i] == kNew) {
            first.areas.push_back(std::move(area));
            continue;
        }
        // Sources one of them lacks or both share: merge_area's joining is then one reading's.
        merge_area(first.areas[shared[i]], std::move(area), merged);  // zones after the first half's
    }
    return merged.items().empty();  // a zone described in both halves: one reading words it so
}

}  // namespace

std::optional<Dataset> load_zones_in_halves(std::string_view text, const std::string& file,
                                            const CsvOptions& options) {
    // The header line, read on its own: a zones table's, without quotes or carriage returns
    // other than its line break (anything unusual is left to the plain reading).
    const std::size_t header_end = text.find('\n');
    if (header_end == std::string_view::npos) return std::nullopt;
    const std::string_view head = text.substr(0, header_end + 1);
    const std::size_t odd = head.find_first_of("\"\r");
    if (odd != std::string_view::npos && !(odd + 2 == head.size() && head[odd] == '\r')) return std::nullopt;
    Diagnostics header_diagnostics;
    CsvReader header_reader(head, file, header_diagnostics, options.delimiter);
    CsvRecord header;
    // The columns too: the halves' readers cannot place a header problem (the header is not in
    // their text), so there must be none.
    if (!header_reader.next(header) || !header_diagnostics.items().empty() ||
        table_kind(header) != TableKind::zones || !zone_header_ok(header, header_reader, options))
        return std::nullopt;
    const std::size_t split = split_point(text, head.size());
    if (split == std::string_view::npos) return std::nullopt;

    Half first, second;
    std::exception_ptr failure;  // what the other thread threw (memory running out), thrown here
    {
        std::thread other;
        try {
            other = std::thread([&] {
                try {
                    read_half(text.substr(split), line_at(text, split), header, header_reader.delimiter(),
                              file, options, second);
                } catch (...) {
                    failure = std::current_exception();
                }
            });
        } catch (const std::system_error&) {  // no thread to be had: one reading does it all
            return std::nullopt;
        }
        try {
            read_half(text.substr(head.size(), split - head.size()), 2, header, header_reader.delimiter(),
                      file, options, first);
        } catch (...) {
            other.join();
            throw;
        }
        other.join();
    }
    if (failure) std::rethrow_exception(failure);
    if (!first.diagnostics.items().empty() || !second.diagnostics.items().empty()) return std::nullopt;
    if (!merge_halves(first.dataset, second.dataset)) return std::nullopt;
    return std::move(first.dataset);
}

}  // namespace chitieu::csv_table
