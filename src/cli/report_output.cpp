#include "cli/report_output.hpp"

#include <cstdio>
#include <filesystem>
#include <set>

#include "chitieu/diagnostic.hpp"
#include "chitieu/util/atomic_file.hpp"
#include "chitieu/util/safe_filename.hpp"

namespace chitieu::cli {

namespace {

void write_stdout(const std::string& content) {
    if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size() || std::fflush(stdout) != 0)
        throw InputError({"<stdout>"}, "cannot write the report to standard output");
}

}  // namespace

void write_documents(const std::vector<ReportDocument>& documents, const std::string& output_file,
                     const std::string& out_dir, const std::string& extension) {
    if (!out_dir.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(out_dir, ec);
        if (ec || !std::filesystem::is_directory(out_dir))
            throw InputError({out_dir}, "cannot create the output directory: " + ec.message() +
                                            "; choose a writable location");
        std::set<std::string> taken;
        for (const ReportDocument& document : documents) {
            const std::string stem = unique_stem(safe_file_stem(document.area), taken);
            write_file_atomically((std::filesystem::path(out_dir) / (stem + extension)).string(), document.content);
        }
        return;
    }
    std::string combined;
    for (const ReportDocument& document : documents) combined += document.content;
    if (output_file.empty() || output_file == "-") write_stdout(combined);
    else write_file_atomically(output_file, combined);
}

}  // namespace chitieu::cli
