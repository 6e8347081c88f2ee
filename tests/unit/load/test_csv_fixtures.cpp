// Every CSV the tests hold (the fixtures under tests/data, good and bad, the e2e cases' inputs and
// the fuzz corpus) reads the same with the CSV reader's fast row path off: the sixteen-bytes-at-a-
// time reading of plain records must change nothing but the time. Compared whole, as text: the
// records with each field's line, column and quoting, the loaded dataset, every message.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "load/csv_reader.hpp"
#include "support/csv_transcript.hpp"
#include "support/dataset_transcript.hpp"

using namespace chitieu;
namespace fs = std::filesystem;

namespace {

// The files under tests/FOLDER (recursively), each either named *.csv or, with `any_name`, any.
void collect(const std::string& folder, bool any_name, std::vector<fs::path>& files) {
    const fs::path root = fs::path(CHITIEU_SOURCE_DIR) / "tests" / folder;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file() && (any_name || entry.path().extension() == ".csv"))
            files.push_back(entry.path());
}

std::vector<fs::path> csv_inputs() {
    std::vector<fs::path> files;
    collect("data", false, files);
    collect("e2e/cases", false, files);
    collect("fuzz/corpus/statistics_csv", true, files);
    collect("fuzz/regressions/statistics_csv", true, files);
    std::sort(files.begin(), files.end());
    return files;
}

std::string records(const std::string& text, bool fast) {
    Diagnostics diagnostics;
    CsvReader reader(text, "t.csv", diagnostics);
    reader.use_fast_rows(fast);
    return test::transcript(reader, diagnostics);
}

std::string streamed_records(const fs::path& path, bool fast) {
    InputStream input(path.string());
    Diagnostics diagnostics;
    CsvReader reader(input, "t.csv", diagnostics);
    reader.use_fast_rows(fast);
    return test::transcript(reader, diagnostics);
}

std::string loaded(const std::string& text, CsvOptions options, bool fast) {
    options.fast_rows = fast;
    Diagnostics diagnostics;
    const Dataset dataset = load_statistics_csv(text, "t.csv", options, diagnostics);
    return test::transcript(dataset, diagnostics);
}

// A series table streamed area by area (the transcript of each area as the sink gets it), or
// what stream_statistics_csv said instead of streaming.
std::string streamed(const fs::path& path, bool fast) {
    CsvOptions options;
    options.fast_rows = fast;
    InputStream input(path.string());
    Diagnostics diagnostics;
    Dataset areas;
    const StreamOutcome outcome =
        stream_statistics_csv(input, "t.csv", options, diagnostics,
                              [&areas](AreaData&& area) { areas.areas.push_back(std::move(area)); });
    if (outcome != StreamOutcome::streamed)
        return outcome == StreamOutcome::not_series ? "not series" : "not grouped";
    return test::transcript(areas, diagnostics);
}

}  // namespace

TEST_CASE("csv fixtures: every CSV the tests hold reads the same with the fast row path off") {
    const std::vector<fs::path> files = csv_inputs();
    CHECK(files.size() > 300);  // tests/data alone holds 50
    std::size_t records_read = 0;
    for (const fs::path& path : files) {
        CAPTURE(path.string());
        const std::string text = read_input_file(path.string());
        const std::string fast = records(text, true);
        CHECK(fast == records(text, false));
        CHECK(streamed_records(path, true) == streamed_records(path, false));
        CsvOptions comma;
        comma.numbers = NumberConvention::decimal_comma;
        CsvOptions extra;
        extra.ignore_extra_columns = true;
        for (const CsvOptions& options : {CsvOptions{}, comma, extra})
            CHECK(loaded(text, options, true) == loaded(text, options, false));
        CHECK(streamed(path, true) == streamed(path, false));
        records_read += static_cast<std::size_t>(std::count(fast.begin(), fast.end(), '\n'));
    }
    CHECK(records_read > 1000);  // the files do hold records for the fast path to read
}
