// Where `chitieu report -f csv` spends its time and memory, phase by phase: the same library calls as the
// command (cli/inputs.cpp, cli/cmd_report.cpp), each timed on its own. Built by profile.sh
// against the Release library; not part of the main build.
//
//     phases SERIES_CSV ZONES_CSV TARGETS_YAML [load]
//
// With `load`, it stops after loading (for `perf stat` and callgrind on the loaders alone).
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <utility>

#include "chitieu/engine/evaluate.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/load/targets_yaml.hpp"
#include "chitieu/report/csv_report.hpp"

namespace {

using Clock = std::chrono::steady_clock;

class Phase {
public:
    explicit Phase(const char* name) : name_(name), start_(Clock::now()) {}
    ~Phase() {
        const std::chrono::duration<double, std::milli> took = Clock::now() - start_;
        const struct mallinfo2 heap = mallinfo2();  // glibc: bytes in use after the phase
        std::fprintf(stderr, "%-28s %8.1f ms %8.1f MB heap in use\n", name_, took.count(),
                     static_cast<double>(heap.uordblks + heap.hblkhd) / 1e6);
    }

private:
    const char* name_;
    Clock::time_point start_;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4 && !(argc == 5 && std::string(argv[4]) == "load")) {
        std::fprintf(stderr, "usage: phases SERIES_CSV ZONES_CSV TARGETS_YAML [load]\n");
        return 2;
    }
    using namespace chitieu;
    Diagnostics diagnostics;
    auto* dataset = new Dataset;  // destroyed in its own phase below
    TargetSet targets;
    std::string series_text, zones_text, report;
    {
        Phase phase("read targets");
        targets = load_targets_yaml(read_input_file(argv[3]), argv[3], diagnostics);
    }
    {
        Phase phase("read series file");
        series_text = read_input_file(argv[1]);
    }
    Dataset series, zones;
    {
        Phase phase("parse series CSV");
        series = load_statistics_csv(series_text, argv[1], CsvOptions{}, diagnostics);
    }
    {
        Phase phase("read + parse zones CSV");
        zones_text = read_input_file(argv[2]);
        zones = load_statistics_csv(zones_text, argv[2], CsvOptions{}, diagnostics);
    }
    {
        Phase phase("merge datasets");
        merge_dataset(*dataset, std::move(series), diagnostics);
        merge_dataset(*dataset, std::move(zones), diagnostics);
    }
    if (argc == 5) return 0;
    if (diagnostics.has_errors()) {
        std::fprintf(stderr, "the inputs have errors\n");
        return 1;
    }
    Evaluation evaluation;
    {
        Phase phase("evaluate");
        evaluation = evaluate(targets, *dataset, {});
    }
    {
        Phase phase("write CSV report (string)");
        report = write_csv_report(evaluation, ReportOptions{Lang::en});
    }
    {
        Phase phase("free evaluation");
        evaluation = Evaluation{};
    }
    {
        Phase phase("free dataset");
        delete dataset;
    }
    std::fprintf(stderr, "report: %zu bytes\n", report.size());
    return 0;
}
