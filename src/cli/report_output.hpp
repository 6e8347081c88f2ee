// Where a report goes: standard output, one file (-o), or one file per area (--out-dir).
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace chitieu::cli {

struct ReportDocument {
    std::string area;  // for per-area file names; empty for a combined table
    std::string content;
};

// A file written beside the reports in --out-dir, such as a chart.
struct SideFile {
    std::string path;  // relative to the output directory: "charts/Tuyên-Quang-x.svg"
    std::string content;
};

// The file stem of each document's area, as write_documents names the files in --out-dir. The
// stem "index" is kept for the batch index, so an area called "Index" becomes "Index-2".
std::vector<std::string> document_stems(const std::vector<ReportDocument>& documents);
inline constexpr const char* kIndexStem = "index";

// Writes standard output when both `output_file` and `out_dir` are empty. Every file is written
// atomically; all documents are rendered before the first file is touched.
// `written` (optional) is called after each file in --out-dir, for progress.
void write_documents(const std::vector<ReportDocument>& documents, const std::string& output_file,
                     const std::string& out_dir, const std::string& extension,
                     const std::function<void()>& written = {});

// Creates `directory` and its parents; InputError naming it when it cannot.
void make_output_directory(const std::filesystem::path& directory);

// Writes each side file into `out_dir` atomically, creating the folders it needs.
void write_side_files(const std::string& out_dir, const std::vector<SideFile>& files);

}  // namespace chitieu::cli
