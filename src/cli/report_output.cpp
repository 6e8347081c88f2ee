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

void make_output_directory(const std::filesystem::path& directory) {
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    if (ec || !std::filesystem::is_directory(directory))
        throw InputError({directory.string()}, "cannot create the output directory: " + ec.message() +
                                                   "; choose a writable location");
}

std::vector<std::string> document_stems(const std::vector<ReportDocument>& documents) {
    std::set<std::string> taken{kIndexStem};
    std::vector<std::string> stems;
    for (const ReportDocument& document : documents)
        stems.push_back(unique_stem(safe_file_stem(document.area), taken));
    return stems;
}

void write_side_files(const std::string& out_dir, const std::vector<SideFile>& files) {
    for (const SideFile& file : files) {
        const std::filesystem::path path = std::filesystem::path(out_dir) / file.path;
        make_output_directory(path.parent_path());
        write_file_atomically(path.string(), file.content);
    }
}

void write_documents(const std::vector<ReportDocument>& documents, const std::string& output_file,
                     const std::string& out_dir, const std::string& extension,
                     const std::function<void()>& written) {
    if (!out_dir.empty()) {
        make_output_directory(out_dir);
        const std::vector<std::string> stems = document_stems(documents);
        for (std::size_t i = 0; i < documents.size(); ++i) {
            write_file_atomically((std::filesystem::path(out_dir) / (stems[i] + extension)).string(),
                                  documents[i].content);
            if (written) written();
        }
        return;
    }
    const auto write = [&output_file](const std::string& text) {
        if (output_file.empty() || output_file == "-")
            write_stdout(text);
        else
            write_file_atomically(output_file, text);
    };
    // One document (a CSV or JSON table of 24 MB at commune scale) goes out as it is, uncopied.
    if (documents.size() == 1) return write(documents.front().content);
    std::string combined;
    for (const ReportDocument& document : documents) combined += document.content;
    write(combined);
}

}  // namespace chitieu::cli
