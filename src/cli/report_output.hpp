// Where a report goes: standard output, one file (-o), or one file per area (--out-dir).
#pragma once

#include <string>
#include <vector>

namespace chitieu::cli {

struct ReportDocument {
    std::string area;        // for per-area file names; empty for a combined table
    std::string content;
};

// Writes standard output when both `output_file` and `out_dir` are empty. Every file is written
// atomically; all documents are rendered before the first file is touched.
void write_documents(const std::vector<ReportDocument>& documents, const std::string& output_file,
                     const std::string& out_dir, const std::string& extension);

}  // namespace chitieu::cli
