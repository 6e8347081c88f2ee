#include "chitieu/pipeline/markdown_sinks.hpp"

#include <string>

#include "chitieu/diagnostic.hpp"
#include "chitieu/pipeline/inputs.hpp"
#include "chitieu/pipeline/output.hpp"
#include "chitieu/report/markdown_report.hpp"
#include "chitieu/report/svg_chart.hpp"
#include "chitieu/util/safe_filename.hpp"

namespace chitieu {

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

MarkdownBatchSink::MarkdownBatchSink(std::filesystem::path folder, bool charts, ReportOptions options)
    : folder_(std::move(folder)), charts_(charts), options_(options) {
    restart();
}

MarkdownBatchSink::~MarkdownBatchSink() {
    files_.clear();  // the temporary files go before the lock and the folders made for them
    lock_.reset();
}

void MarkdownBatchSink::begin(const TargetSet& targets, int as_of) {
    targets_ = &targets;
    as_of_ = as_of;
    if (!created_) created_ = std::make_unique<CreatedFolders>();
    created_->make(folder_);
    if (!lock_) lock_ = std::make_unique<FolderLock>(folder_);
    if (charts_) created_->make(folder_ / "charts");
}

void MarkdownBatchSink::add_file(const std::filesystem::path& path, const std::string& content) {
    files_.emplace_back(path.string());
    files_.back().write(content);
    files_.back().close_unsynced();
}

void MarkdownBatchSink::area(const Evaluation& one) {
    const AreaEvaluation& area = one.areas.front();
    const std::string stem = unique_stem(safe_file_stem(area.area), taken_);
    ReportOptions options = options_;
    options.charts = charts_;
    options.chart_stem = stem;
    if (charts_)
        for (const TargetResult& result : area.results)
            if (has_chart(result))
                add_file(folder_ / chart_file_name(stem, result.target->id),
                         write_svg_chart(area, result, options));
    add_file(folder_ / (stem + ".md"), write_markdown_report(one, area, options));
    index_.push_back(index_entry(area, stem + ".md"));
}

void MarkdownBatchSink::finish(const PipelineDiagnostics& diagnostics) {
    print_or_throw(diagnostics.all());
    // The index goes last: when it exists, every report it links does too.
    add_file(folder_ / (std::string(kIndexStem) + ".md"),
             write_markdown_index(targets_, as_of_, index_, options_));
    commit_all(files_);
    if (created_) created_->keep();
}

void MarkdownBatchSink::restart() {
    files_.clear();
    index_.clear();
    taken_ = {kIndexStem};
}

MarkdownFileSink::MarkdownFileSink(std::string output_file, ReportOptions options)
    : output_file_(std::move(output_file)), options_(options) {}

void MarkdownFileSink::area(const Evaluation& one) {
    // Only the first is written; the others are counted for the message.
    if (areas_++ == 0) content_ = write_markdown_report(one, one.areas.front(), options_);
}

void MarkdownFileSink::finish(const PipelineDiagnostics& diagnostics) {
    print_or_throw(diagnostics.all());
    if (areas_ > 1)
        throw UsageError("the inputs hold " + std::to_string(areas_) +
                         " areas and a Markdown report is one file per area: give --out-dir DIR, "
                         "pick areas with --area NAME, or use -f csv for one table");
    write_output(content_, output_file_);
}

void MarkdownFileSink::restart() {
    areas_ = 0;
    content_.clear();
}

}  // namespace chitieu
