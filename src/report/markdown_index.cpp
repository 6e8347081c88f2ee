#include "chitieu/report/markdown_index.hpp"

#include <algorithm>
#include <array>

#include "labels.hpp"
#include "markdown_table.hpp"

namespace chitieu {

namespace {

constexpr std::array<Status, 6> kStatusOrder{Status::met,       Status::on_track, Status::at_risk,
                                             Status::off_track, Status::not_met,  Status::insufficient_data};

std::string heading(const TargetSet* targets, std::size_t area_count, Lang lang, const IndexPlace& place) {
    const std::string title = targets ? targets->title.in(lang) : words(lang).report;
    const std::string areas = std::to_string(area_count);
    if (!place.parent.empty())
        return "# " + markdown_escape(place.parent) + " — " +
               (lang == Lang::vi ? areas + " địa bàn trực thuộc" : areas + " areas in it") + "\n\n" +
               (lang == Lang::vi ? "Lên: " : "Up: ") + "[" + markdown_escape(place.up) + "](" + place.up +
               ") · " + markdown_escape(title);
    return "# " + markdown_escape(title) +
           (lang == Lang::vi ? " — " + areas + " địa bàn" : " — " + areas + " areas");
}

}  // namespace

IndexEntry index_entry(const AreaEvaluation& area, std::string report_file) {
    IndexEntry entry{area.area, std::move(report_file), {}, {}};
    entry.statuses.reserve(area.results.size());
    for (const TargetResult& result : area.results) entry.statuses.push_back(result.status);
    entry.left_out = area.left_out;
    return entry;
}

std::string write_markdown_index(const TargetSet* targets, int as_of, const std::vector<IndexEntry>& entries,
                                 const ReportOptions& options, const IndexPlace& place) {
    const Lang lang = options.lang;
    std::string out = heading(targets, entries.size(), lang, place) + "\n\n";
    if (targets) {
        out +=
            intro_sentence(lang, as_of, markdown_code(targets->id), targets->base_year, targets->end_year) +
            "\n\n";
        // The order of the markers in the Targets column.
        out += lang == Lang::vi ? "Thứ tự chỉ tiêu trong cột «Chỉ tiêu»: " : "Targets column, in order: ";
        for (std::size_t i = 0; i < targets->targets.size(); ++i)
            out += (i ? ", " : "") + markdown_code(targets->targets[i].id);
        out += ".\n\n";
    }

    std::vector<MarkdownColumn> columns{{lang == Lang::vi ? "Địa bàn" : "Area", Align::left},
                                        {lang == Lang::vi ? "Báo cáo" : "Report", Align::left},
                                        {lang == Lang::vi ? "Chỉ tiêu" : "Targets", Align::left}};
    for (Status status : kStatusOrder) columns.push_back({status_marker(status), Align::right});
    bool parts = false;
    for (const IndexEntry& entry : entries) parts |= !entry.parts_index.empty();
    if (parts) columns.insert(columns.begin() + 2, {lang == Lang::vi ? "Trực thuộc" : "Parts", Align::left});

    std::vector<std::vector<std::string>> rows;
    std::array<long, kStatusOrder.size()> totals{};
    rows.reserve(entries.size());
    for (const IndexEntry& entry : entries) {
        std::string markers;
        std::array<long, kStatusOrder.size()> counts{};
        // A target left out of the area keeps its place in the column: "·".
        if (targets && !entry.left_out.empty()) {
            std::size_t next = 0;
            for (const Target& target : targets->targets) {
                const bool out_here =
                    std::find(entry.left_out.begin(), entry.left_out.end(), &target) != entry.left_out.end();
                if (out_here)
                    markers += "·";
                else if (next < entry.statuses.size())
                    markers += status_marker(entry.statuses[next++]);
            }
        }
        for (const Status status : entry.statuses) {
            if (!targets || entry.left_out.empty()) markers += status_marker(status);
            for (std::size_t s = 0; s < kStatusOrder.size(); ++s)
                if (kStatusOrder[s] == status) ++counts[s], ++totals[s];
        }
        const std::string& file = entry.report_file;
        std::vector<std::string> row{markdown_escape(entry.area.empty() ? "—" : entry.area),
                                     "[" + markdown_escape(file) + "](" + file + ")"};
        if (parts)
            row.push_back(entry.parts_index.empty()
                              ? std::string()
                              : "[" + markdown_escape(entry.parts_index) + "](" + entry.parts_index + ")");
        row.push_back(markers);
        for (long count : counts) row.push_back(count ? std::to_string(count) : "");
        rows.push_back(std::move(row));
    }
    out += markdown_table(columns, rows);
    out += "\n";
    std::string tally;
    for (std::size_t s = 0; s < kStatusOrder.size(); ++s)
        if (totals[s]) tally += (tally.empty() ? "" : " · ") + tally_item(lang, kStatusOrder[s], totals[s]);
    if (!tally.empty()) out += (lang == Lang::vi ? "Tổng cộng: " : "In all: ") + tally + "\n";
    return out;
}

}  // namespace chitieu
