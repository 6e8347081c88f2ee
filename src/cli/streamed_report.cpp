#include "cli/streamed_report.hpp"

#include <cstdio>
#include <filesystem>
#include <functional>
#include <set>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/report/csv_report.hpp"
#include "chitieu/report/json_report.hpp"
#include "chitieu/report/markdown_index.hpp"
#include "chitieu/report/markdown_report.hpp"
#include "chitieu/report/svg_chart.hpp"
#include "chitieu/util/atomic_file.hpp"
#include "chitieu/util/safe_filename.hpp"
#include "cli/progress.hpp"
#include "cli/report_output.hpp"
#include "cli/streamed_evaluation.hpp"

namespace chitieu::cli {

namespace {

constexpr std::size_t kFlushBytes = std::size_t{1} << 20;

// Runs the streamed evaluation, once more with the as-of year it found when the first pass
// judged areas as of an earlier one. `attempt` sets up the output afresh and returns the
// outcome; whatever an abandoned attempt wrote is dropped with it.
template <typename Attempt>
bool run_streamed(Attempt attempt) {
    std::optional<int> latest;
    for (;;) {
        const StreamedEvaluation result = attempt(latest);
        if (result.outcome == StreamedEvaluation::Outcome::whole) return false;
        if (result.outcome == StreamedEvaluation::Outcome::done) return true;
        latest = result.latest_year;
    }
}

// The folders a batch creates, removed again (when still empty) if the batch fails.
class CreatedFolders {
public:
    ~CreatedFolders() {
        if (kept_) return;
        for (auto it = created_.rbegin(); it != created_.rend(); ++it) {
            std::error_code ec;
            std::filesystem::remove(*it, ec);  // only an empty folder goes
        }
    }
    void make(const std::filesystem::path& folder) {
        std::vector<std::filesystem::path> missing;
        std::error_code ec;
        for (std::filesystem::path p = folder; !p.empty() && !std::filesystem::exists(p, ec);
             p = p.parent_path()) {
            missing.push_back(p);
            if (p == p.parent_path()) break;
        }
        make_output_directory(folder);
        created_.insert(created_.end(), missing.rbegin(), missing.rend());
    }
    void keep() { kept_ = true; }

private:
    std::vector<std::filesystem::path> created_;
    bool kept_ = false;
};

// A progress line over the bytes read, made at the first report (when the total is known).
std::function<void(std::size_t, std::size_t)> progress_line(std::optional<Progress>& bar, const char* label,
                                                            bool show) {
    return [&bar, label, show](std::size_t done, std::size_t total) {
        if (!bar) bar.emplace(label, total, show, true);
        bar->advance_to(done);
    };
}

}  // namespace

bool write_streamed_table(const StreamedReportRequest& request, const std::string& output_file, bool json) {
    const bool to_stdout = output_file.empty() || output_file == "-";
    return run_streamed([&](std::optional<int> latest) {
        std::optional<AtomicFile> file;
        std::string buffer;
        std::optional<Progress> bar;
        bool first = true;
        CsvRowWriter csv_rows(request.report_options);
        AreaCallbacks callbacks;
        callbacks.begin = [&](int as_of) {
            if (!to_stdout) file.emplace(output_file);
            if (json)
                buffer += json_report_head(&request.targets, as_of, request.report_options);
            else
                buffer += csv_report_header();
        };
        callbacks.area = [&](const Evaluation& one) {
            if (json)
                append_json_area(buffer, one.areas.front(), request.report_options, first);
            else
                csv_rows.append(buffer, one.areas.front());
            first = false;
            if (file && buffer.size() >= kFlushBytes) {
                file->write(buffer);
                buffer.clear();
            }
        };
        callbacks.progress = progress_line(bar, "writing the report", request.show_progress);
        const StreamedEvaluation result =
            stream_evaluation(request.targets, request.inputs, request.as_of, latest, json, callbacks);
        if (result.outcome != StreamedEvaluation::Outcome::done) return result;
        bar.reset();
        if (json) buffer += json_report_tail(!first);
        if (to_stdout) {
            std::vector<ReportDocument> table(1);  // moved, not copied: the whole table
            table[0].content = std::move(buffer);
            write_documents(table, "", "", json ? ".json" : ".csv");
        } else {
            file->write(buffer);
            file->commit();
        }
        return result;
    });
}

bool write_streamed_markdown(const StreamedReportRequest& request, const std::string& out_dir, bool charts) {
    const std::filesystem::path folder(out_dir);
    return run_streamed([&](std::optional<int> latest) {
        CreatedFolders folders;
        std::vector<AtomicFile> files;  // closed as written, committed together
        std::vector<IndexEntry> index;
        std::set<std::string> taken{kIndexStem};
        std::optional<Progress> bar;
        int as_of = 0;
        const auto add_file = [&files](const std::filesystem::path& path, const std::string& content) {
            files.emplace_back(path.string());
            files.back().write(content);
            files.back().close_unsynced();
        };
        AreaCallbacks callbacks;
        callbacks.begin = [&](int year) {
            as_of = year;
            folders.make(folder);
            if (charts) folders.make(folder / "charts");
        };
        callbacks.area = [&](const Evaluation& one) {
            const AreaEvaluation& area = one.areas.front();
            const std::string stem = unique_stem(safe_file_stem(area.area), taken);
            ReportOptions options = request.report_options;
            options.charts = charts;
            options.chart_stem = stem;
            if (charts)
                for (const TargetResult& result : area.results)
                    if (has_chart(result))
                        add_file(folder / chart_file_name(stem, result.target->id),
                                 write_svg_chart(area, result, options));
            add_file(folder / (stem + ".md"), write_markdown_report(one, area, options));
            index.push_back(index_entry(area, stem + ".md"));
        };
        callbacks.progress = progress_line(bar, "writing reports", request.show_progress);
        const StreamedEvaluation result =
            stream_evaluation(request.targets, request.inputs, request.as_of, latest, charts, callbacks);
        if (result.outcome != StreamedEvaluation::Outcome::done) return result;
        bar.reset();
        // The index goes last: when it exists, every report it links does too.
        add_file(folder / (std::string(kIndexStem) + ".md"),
                 write_markdown_index(&request.targets, as_of, index, request.report_options));
        commit_all(files);
        folders.keep();
        return result;
    });
}

}  // namespace chitieu::cli
