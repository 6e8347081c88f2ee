#include "chitieu/report/markdown_index.hpp"

#include <array>

#include "chitieu/report/labels.hpp"
#include "chitieu/report/markdown_table.hpp"

namespace chitieu {

namespace {

constexpr std::array<Status, 6> kStatusOrder{Status::met,       Status::on_track, Status::at_risk,
                                             Status::off_track, Status::not_met,  Status::insufficient_data};

std::string heading(const Evaluation& evaluation, Lang lang) {
    const std::string title = evaluation.targets ? evaluation.targets->title.in(lang) : words(lang).report;
    const std::string areas = std::to_string(evaluation.areas.size());
    return "# " + markdown_escape(title) +
           (lang == Lang::vi ? " — " + areas + " địa bàn" : " — " + areas + " areas");
}

}  // namespace

std::string write_markdown_index(const Evaluation& evaluation, const std::vector<std::string>& report_files,
                                 const ReportOptions& options) {
    const Lang lang = options.lang;
    std::string out = heading(evaluation, lang) + "\n\n";
    if (evaluation.targets)
        out += intro_sentence(lang, evaluation.as_of, markdown_code(evaluation.targets->id),
                              evaluation.targets->base_year, evaluation.targets->end_year) +
               "\n\n";
    if (evaluation.targets) {
        // The order of the markers in the Targets column.
        out += lang == Lang::vi ? "Thứ tự chỉ tiêu trong cột «Chỉ tiêu»: " : "Targets column, in order: ";
        for (std::size_t i = 0; i < evaluation.targets->targets.size(); ++i)
            out += (i ? ", " : "") + markdown_code(evaluation.targets->targets[i].id);
        out += ".\n\n";
    }

    std::vector<MarkdownColumn> columns{{lang == Lang::vi ? "Địa bàn" : "Area", Align::left},
                                        {lang == Lang::vi ? "Báo cáo" : "Report", Align::left},
                                        {lang == Lang::vi ? "Chỉ tiêu" : "Targets", Align::left}};
    for (Status status : kStatusOrder) columns.push_back({status_marker(status), Align::right});

    std::vector<std::vector<std::string>> rows;
    std::array<long, kStatusOrder.size()> totals{};
    for (std::size_t i = 0; i < evaluation.areas.size(); ++i) {
        const AreaEvaluation& area = evaluation.areas[i];
        std::string markers;
        std::array<long, kStatusOrder.size()> counts{};
        for (const TargetResult& result : area.results) {
            markers += status_marker(result.status);
            for (std::size_t s = 0; s < kStatusOrder.size(); ++s)
                if (kStatusOrder[s] == result.status) ++counts[s], ++totals[s];
        }
        const std::string file = i < report_files.size() ? report_files[i] : "";
        std::vector<std::string> row{markdown_escape(area.area.empty() ? "—" : area.area),
                                     "[" + markdown_escape(file) + "](" + file + ")", markers};
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
