#include "chitieu/pipeline/markdown_sinks.hpp"

#include <fcntl.h>

#include <algorithm>
#include <string>

#include "batch_manifest.hpp"
#include "chitieu/diagnostic.hpp"
#include "chitieu/pipeline/inputs.hpp"
#include "chitieu/pipeline/output.hpp"
#include "chitieu/report/docx_report.hpp"
#include "chitieu/report/markdown_report.hpp"
#include "chitieu/report/svg_chart.hpp"
#include "chitieu/util/interrupt.hpp"
#include "chitieu/util/safe_filename.hpp"
#include "chitieu/util/vietnamese_order.hpp"

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

MarkdownBatchSink::MarkdownBatchSink(std::filesystem::path folder, bool charts, ReportOptions options,
                                     AreaFormat format)
    : folder_(std::move(folder)), charts_(charts), options_(options), format_(format) {
    restart();
}

MarkdownBatchSink::~MarkdownBatchSink() {
    files_.clear();  // the temporary files go before the lock and the folders made for them
    if (charts_made_ && !kept_) out_->remove_subfolder(kChartsFolder);
    lock_.reset();
}

void MarkdownBatchSink::begin(const TargetSet& targets, int as_of) {
    targets_ = &targets;
    as_of_ = as_of;
    if (out_) return;  // a pass again (restart): the folders are open
    if (!created_) created_ = std::make_unique<CreatedFolders>();
    created_->make(folder_);
    lock_ = std::make_unique<FolderLock>(folder_);
    // Every file is written relative to the folder locked, so nothing inside it is followed:
    // not a link at a report's name (replaced), not a link at `charts` (refused).
    const int fd = ::fcntl(lock_->fd(), F_DUPFD_CLOEXEC, 0);
    out_ = fd >= 0 ? std::make_shared<OutputFolder>(fd, folder_.string())
                   : std::make_shared<OutputFolder>(folder_.string());
    // The lock is held: a temporary here whose process is gone was left by a killed run.
    std::size_t swept = sweep_stale_temporaries(*out_);
    if (charts_) {
        charts_folder_ = out_->subfolder(kChartsFolder, charts_made_);
        swept += sweep_stale_temporaries(*charts_folder_);
    }
    say_swept(swept, folder_.string(), false);
}

void MarkdownBatchSink::add_file(const std::shared_ptr<const OutputFolder>& folder, std::string name,
                                 const std::string& content) {
    manifest_[folder == out_ ? name : std::string(kChartsFolder) + "/" + name] = content_hash(content);
    files_.emplace_back(folder, std::move(name));
    files_.back().write(content);
    files_.back().close_unsynced();
}

void MarkdownBatchSink::area(const Evaluation& one) {
    const AreaEvaluation& area = one.areas.front();
    throw_if_interrupted();  // between areas: a stopped run writes nothing
    if (!levels_.empty()) {
        const int level = tree_ ? tree_->depth(area.area) + 1 : 1;
        if (std::find(levels_.begin(), levels_.end(), level) == levels_.end()) return;
    }
    const std::string stem = unique_stem(safe_file_stem(area.area), taken_);
    if (format_ == AreaFormat::docx) {  // its charts are inside it
        add_file(out_, stem + ".docx", write_docx_report(one, area, options_));
        return;
    }
    ReportOptions options = options_;
    options.charts = charts_;
    options.chart_stem = stem;
    if (charts_)
        for (const TargetResult& result : area.results)
            if (has_chart(result))
                add_file(charts_folder_,
                         std::filesystem::path(chart_file_name(stem, result.target->id)).filename().string(),
                         write_svg_chart(area, result, options));
    add_file(out_, stem + ".md", write_markdown_report(one, area, options));
    index_.push_back(index_entry(area, stem + ".md"));
}

void MarkdownBatchSink::finish(const PipelineDiagnostics& diagnostics) {
    print_or_throw(diagnostics.all());
    // Areas by name in Vietnamese order, whatever order the inputs gave them in.
    sort_by_vietnamese_name(index_, [](const IndexEntry& entry) -> const std::string& { return entry.area; });
    // A Word batch has no index: each document stands alone.
    const bool indexed = format_ == AreaFormat::markdown;
    if (indexed && tree_ != nullptr && !tree_->empty()) add_tree_indexes();  // index_ keeps the top
    const std::string index =
        indexed ? write_markdown_index(targets_, as_of_, index_, options_) : std::string();
    const std::string index_name = std::string(kIndexStem) + ".md";
    // The folder describes this run (pipeline/batch_manifest.hpp): what the previous batch here
    // wrote and this one does not (an area gone, a chart no longer drawn) is listed as stale in
    // the manifest committed with the batch, and removed once the batch is in place. A run
    // stopped in between leaves it listed, for the next run to remove.
    if (indexed) manifest_[index_name] = content_hash(index);
    ManifestEntries gone, replaced;
    for (const auto& [name, hash] : read_manifest(*out_)) {
        const auto written = manifest_.find(name);
        if (written == manifest_.end())
            gone.emplace(name, hash);
        else if (written->second != hash)
            replaced.emplace(name, hash);  // the same content needs no 'was'
    }
    const ManifestEntries stale = still_as_written(*out_, gone);
    // The manifest is renamed first, listing the previous content of the names it replaces: a run
    // killed among the renames (SIGKILL cannot be caught) leaves each name whole, old or new, and
    // the next batch still knows both as chitieu's, so none of them is left behind for ever.
    std::vector<AtomicFile> batch;
    batch.reserve(files_.size() + 2);
    batch.emplace_back(out_, kManifestName);
    batch.back().write(manifest_text(manifest_, still_as_written(*out_, replaced), stale));
    batch.back().close_unsynced();
    for (AtomicFile& file : files_) batch.push_back(std::move(file));
    files_.swap(batch);
    // The index goes last: when it exists, every report it links does too.
    if (indexed) add_file(out_, index_name, index);
    commit_all(files_);
    kept_ = true;
    if (created_) created_->keep();
    say_removed_previous(remove_listed_files(*out_, stale), folder_.string());
}

// --roll-up: index.md lists the top areas (and any the roll-up does not name); each parent's
// parts are listed in an index of their own, linked from the parent's line, down to the lowest
// level written. An area whose parent is not written (--level) is listed one index up.
void MarkdownBatchSink::add_tree_indexes() {
    std::map<std::string, std::size_t> written;  // area -> position in index_
    for (std::size_t i = 0; i < index_.size(); ++i) written.emplace(index_[i].area, i);
    const auto shown_parent = [&](const std::string& area) -> const std::string* {
        for (const std::string* up = tree_->parent_of(area); up != nullptr; up = tree_->parent_of(*up))
            if (written.count(*up)) return up;
        return nullptr;
    };
    // The parts of each parent, in index_'s (Vietnamese) order.
    std::map<std::string, std::vector<IndexEntry>> parts;
    std::vector<IndexEntry> top;
    for (const IndexEntry& entry : index_) {
        const std::string* parent = shown_parent(entry.area);
        (parent ? parts[*parent] : top).push_back(entry);
    }
    // Each parent's index file, named in the order of index_ (deterministic).
    std::map<std::string, std::string> file_of;
    for (const IndexEntry& entry : index_)
        if (parts.count(entry.area))
            file_of[entry.area] =
                unique_stem(entry.report_file.substr(0, entry.report_file.size() - 3) + ".parts", taken_) +
                ".md";
    const auto link = [&](std::vector<IndexEntry>& entries) {
        for (IndexEntry& entry : entries)
            if (auto it = file_of.find(entry.area); it != file_of.end()) entry.parts_index = it->second;
    };
    for (auto& [parent, entries] : parts) {
        link(entries);
        const std::string* up = shown_parent(parent);
        const IndexPlace place{parent, up ? file_of.at(*up) : std::string(kIndexStem) + ".md"};
        add_file(out_, file_of.at(parent), write_markdown_index(targets_, as_of_, entries, options_, place));
    }
    link(top);
    index_ = std::move(top);
}

void MarkdownBatchSink::restart() {
    files_.clear();
    manifest_.clear();
    index_.clear();
    taken_ = {kIndexStem};
}

MarkdownFileSink::MarkdownFileSink(std::string output_file, ReportOptions options, AreaFormat format,
                                   bool pick_areas)
    : output_file_(std::move(output_file)), options_(options), format_(format), pick_areas_(pick_areas) {}

void MarkdownFileSink::area(const Evaluation& one) {
    // Only the first is written; the others are counted for the message.
    if (areas_++ == 0)
        content_ = format_ == AreaFormat::docx ? write_docx_report(one, one.areas.front(), options_)
                                               : write_markdown_report(one, one.areas.front(), options_);
}

void MarkdownFileSink::finish(const PipelineDiagnostics& diagnostics) {
    print_or_throw(diagnostics.all());
    if (areas_ > 1)
        throw UsageError(
            "the inputs hold " + std::to_string(areas_) + " areas and a " +
                (format_ == AreaFormat::docx ? "Word" : "Markdown") +
                " report is one file per area: give --out-dir DIR" +
                (pick_areas_ ? ", pick areas with --area NAME," : "") + " or use -f csv for one table",
            "dữ liệu đầu vào có " + std::to_string(areas_) + " địa bàn, mà báo cáo " +
                (format_ == AreaFormat::docx ? "Word" : "Markdown") +
                " là một tệp cho mỗi địa bàn: hãy cho --out-dir DIR" +
                (pick_areas_ ? ", chọn địa bàn bằng --area NAME," : "") + " hoặc dùng -f csv để có một bảng");
    write_output(content_, output_file_);
}

void MarkdownFileSink::restart() {
    areas_ = 0;
    content_.clear();
}

}  // namespace chitieu
