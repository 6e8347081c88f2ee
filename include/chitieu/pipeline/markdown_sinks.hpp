// The per-area reports: one file per area in a folder (Markdown: with index.md, and the charts
// with --charts), or a single area's report to one file or standard output.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "chitieu/pipeline/area_sink.hpp"
#include "chitieu/report/markdown_index.hpp"
#include "chitieu/report/report_options.hpp"
#include "chitieu/util/atomic_file.hpp"

namespace chitieu {

class FolderLock;

// What each area's file is: a Markdown report, or a Word document (report/docx_report.hpp, its
// charts inside it; a batch of them has no index.md).
enum class AreaFormat { markdown, docx };
class CreatedFolders;

// --out-dir DIR: every report (and chart) written as its area is evaluated, into temporary
// files that are committed together at the end, index.md last, with one flush for the batch.
// The folder is locked from the first write to the commit; a failed run leaves nothing in it.
// After the commit, the reports and charts the previous batch in the folder wrote and this one
// did not are removed (those still as written), and `.chitieu-manifest` records this batch.
class MarkdownBatchSink : public AreaSink {
public:
    MarkdownBatchSink(std::filesystem::path folder, bool charts, ReportOptions options,
                      AreaFormat format = AreaFormat::markdown);
    ~MarkdownBatchSink() override;

    void begin(const TargetSet& targets, int as_of) override;
    void use_hierarchy(const Hierarchy& tree) override { tree_ = &tree; }
    void area(const Evaluation& one) override;
    void finish(const PipelineDiagnostics& diagnostics) override;
    void restart() override;

    // --level: the levels of the roll-up's tree written (1: its top areas, 2: their parts, ...;
    // an area the roll-up does not name is at 1); empty: every level.
    void write_levels(std::vector<int> levels) { levels_ = std::move(levels); }

    static constexpr const char* kIndexStem = "index";
    static constexpr const char* kChartsFolder = "charts";

private:
    void add_file(const std::shared_ptr<const OutputFolder>& folder, std::string name,
                  const std::string& content);
    void add_tree_indexes();

    std::filesystem::path folder_;
    bool charts_;
    ReportOptions options_;
    AreaFormat format_;
    const TargetSet* targets_ = nullptr;
    int as_of_ = 0;
    std::unique_ptr<CreatedFolders> created_;
    std::unique_ptr<FolderLock> lock_;
    std::shared_ptr<OutputFolder> out_;            // folder_, opened under the lock
    std::shared_ptr<OutputFolder> charts_folder_;  // its charts/, with --charts
    bool charts_made_ = false;                     // by this run: removed again if it fails
    bool kept_ = false;                            // committed
    std::vector<AtomicFile> files_;                // closed as written, committed together
    std::vector<IndexEntry> index_;
    std::set<std::string> taken_;  // file stems given out
    const Hierarchy* tree_ = nullptr;
    std::vector<int> levels_;
    // What this batch writes, for the next one (pipeline/batch_manifest.hpp): name -> content hash.
    std::map<std::string, std::uint64_t> manifest_;
};

// One area's report, to `output_file` (atomically) or standard output. Inputs that hold more
// than one area are a usage error (they need --out-dir, --area or -f csv; `pick_areas` false
// where --area is refused, with --roll-up or --crosswalk: the message does not offer it).
class MarkdownFileSink : public AreaSink {
public:
    MarkdownFileSink(std::string output_file, ReportOptions options, AreaFormat format = AreaFormat::markdown,
                     bool pick_areas = true);

    void begin(const TargetSet&, int) override {}
    void area(const Evaluation& one) override;
    void finish(const PipelineDiagnostics& diagnostics) override;
    void restart() override;

private:
    std::string output_file_;
    ReportOptions options_;
    AreaFormat format_;
    bool pick_areas_;
    std::size_t areas_ = 0;
    std::string content_;
};

}  // namespace chitieu
