// The ungrouped source: a CSV series table whose areas are not grouped, read in passes, hands out
// the same areas (values, places, sources, zones joined) in the same order as the whole reading;
// a file that says anything at all is read whole instead, with the whole reading's messages.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/pipeline/pipeline.hpp"
#include "support/scratch.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

std::string place(const SourceLocation& where) {
    return where.file.str() + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

// Everything a report could use of an area, as text.
std::string dump(const AreaData& area) {
    std::string out = area.name + " [" + area.source + "]";
    for (const auto& [indicator, series] : area.series) {
        out += " " + indicator + "(" + series.unit + ")@" + place(series.where);
        for (const auto& [year, observation] : series.values)
            out += " " + std::to_string(year) + "=" + std::to_string(observation.value) + "@" +
                   place(observation.where);
        for (const auto& [year, observation] : series.indices)
            out += " i" + std::to_string(year) + "=" + std::to_string(observation.value);
    }
    out += " zones " + std::to_string(area.zones.size());
    return out;
}

// Records every area inspected since the last restart, and the messages at the end.
struct DumpSink : AreaSink {
    std::vector<std::string> areas;
    std::vector<std::string> messages;
    int restarts = 0;
    void begin(const TargetSet&, int) override {}
    void inspect(const AreaData& area) override { areas.push_back(dump(area)); }
    void area(const Evaluation&) override {}
    void finish(const PipelineDiagnostics& diagnostics) override {
        const Diagnostics all = diagnostics.all();
        for (const Diagnostic& d : all.items()) messages.push_back(format_diagnostic(d));
    }
    void restart() override {
        areas.clear();
        ++restarts;
    }
};

TargetSet no_targets() {
    TargetSet set;
    set.id = "test";
    set.base_year = 2020;
    set.end_year = 2025;
    return set;
}

// `areas` areas over three years, rows sorted by year: no area's rows together. Series y is a
// level in 2020 and yearly indices after it, unless `anchored` is false (indices only).
std::string by_year(int areas, const std::string& extra_rows = "", bool anchored = true) {
    std::string text = "area,indicator,year,value,unit,source,measure\n";
    for (int year = 2020; year <= 2022; ++year)
        for (int a = 0; a < areas; ++a) {
            const std::string name = "Xã " + std::to_string(a);
            text += name + ",x," + std::to_string(year) + "," + std::to_string(100 + a + year % 10) +
                    ",ha,NSO,\n";
            const bool level = anchored && year == 2020;
            text += name + ",y," + std::to_string(year) + "," + std::to_string(100 + year % 10) + ",,," +
                    (level ? "level" : "index") + "\n";
        }
    return text + extra_rows;
}

struct Run {
    DumpSink sink;
    std::size_t passes = 0;  // the reading's total over one pass's bytes, when it reads in passes
};

void run(const std::vector<std::string>& paths, Run& out, const char* delimiter = "") {
    const TargetSet set = no_targets();
    InputOptions inputs;
    inputs.paths = paths;
    inputs.delimiter = delimiter;
    PipelineRequest request{set, inputs, 2022, {}, false, {}, {}, {}};
    std::size_t first = 0;
    request.progress = [&](std::size_t done, std::size_t total, bool bytes) {
        if (!bytes) return;
        if (first == 0) first = done;
        out.passes = total / first;
    };
    run_pipeline(request, out.sink);
}

// The whole reading of the same inputs, as the loaded source hands it out.
std::vector<std::string> whole(const std::vector<std::string>& paths, std::vector<std::string>& messages,
                               const char* delimiter = "") {
    InputOptions inputs;
    inputs.paths = paths;
    inputs.delimiter = delimiter;
    Diagnostics diagnostics;
    const Dataset data = load_inputs(inputs, diagnostics);
    for (const Diagnostic& d : diagnostics.items()) messages.push_back(format_diagnostic(d));
    std::vector<std::string> areas;
    for (const AreaData& area : data.areas) areas.push_back(dump(area));
    return areas;
}

}  // namespace

TEST_CASE("ungrouped source: the same areas in the same order as the whole reading, in passes") {
    ScratchDir dir("ungrouped-same");
    const std::string csv = (dir.path / "by-year.csv").string();
    const std::string zones = (dir.path / "zones.csv").string();
    spill(csv, by_year(40));
    // One area the table has, one it has not (last, in the zones table's order).
    spill(zones, "area,name,kind\nXã 7,KCN A,park\nXã 99,CCN B,cluster\nXã 3,KCN C,park\n");
    Run run_;
    run({csv, zones}, run_);
    std::vector<std::string> messages;
    const std::vector<std::string> expected = whole({csv, zones}, messages);
    CHECK(messages.empty());
    CHECK(run_.sink.messages == std::vector<std::string>{});
    CHECK(run_.sink.restarts == 0);
    CHECK(run_.passes > 3);  // the first pass and several groups
    REQUIRE(run_.sink.areas.size() == 41);
    CHECK(run_.sink.areas == expected);
    CHECK(run_.sink.areas.back().starts_with("Xã 99 []"));
}

TEST_CASE("ungrouped source: an area that comes back past the first rows: streamed, restarted, in passes") {
    ScratchDir dir("ungrouped-late");
    const std::string csv = (dir.path / "late.csv").string();
    // Grouped for the probe's 50,000 rows and more, then the first area again.
    std::string text = "area,indicator,year,value\n";
    for (int a = 0; a < 26'000; ++a)
        text += "A" + std::to_string(a) + ",x,2020,1\nA" + std::to_string(a) + ",x,2021,2\n";
    spill(csv, text + "A0,x,2022,3\n");
    Run run_;
    run({csv}, run_);
    std::vector<std::string> messages;
    const std::vector<std::string> expected = whole({csv}, messages);
    CHECK(messages.empty());
    CHECK(run_.sink.restarts == 1);  // the streamed areas, taken back
    CHECK(run_.passes > 3);
    CHECK(run_.sink.areas == expected);
}

TEST_CASE("ungrouped source: a file with a problem anywhere is read whole, with its messages") {
    ScratchDir dir("ungrouped-fallback");
    struct Case {
        const char* name;
        std::string text;
        const char* delimiter;
    };
    const std::vector<Case> cases = {
        // A year given twice, in the last group's area: noticed after areas went out.
        {"twice.csv", by_year(40, "Xã 39,x,2021,5,ha,NSO,\n"), ""},
        // Another unit for a series, in the first area.
        {"unit.csv", by_year(40, "Xã 0,x,2019,5,t,NSO,\n"), ""},
        // Indices that cannot be chained, said of each area by chain_indices.
        {"unchained.csv", by_year(40, "", false), ""},
        // The decimal-comma hint, said once by the whole reading.
        {"hint.csv", "area;indicator;year;value\nA;x;2020;1\nB;x;2020;16.143\nA;x;2021;2\nB;x;2021;16.5\n",
         ";"},
    };
    for (const Case& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        const std::string csv = (dir.path / c.name).string();
        spill(csv, c.text);
        Run run_;
        run({csv}, run_, c.delimiter);
        std::vector<std::string> messages;
        const std::vector<std::string> expected = whole({csv}, messages, c.delimiter);
        CHECK(!messages.empty());
        CHECK(run_.sink.messages == messages);
        CHECK(run_.sink.areas == expected);  // inspected as the whole reading hands them out
    }
}

TEST_CASE("ungrouped source: past the row limit, every pass stops at the same row as the whole reading") {
    // Not run at 5,000,000 rows: the rule (every pass reports what the first pass reported) is
    // the same for any message the file's bytes give, such as a quote left open at the end.
    ScratchDir dir("ungrouped-open-quote");
    const std::string csv = (dir.path / "open.csv").string();
    spill(csv, by_year(20, "\"Xã 1,x,2019,5\n"));
    Run run_;
    run({csv}, run_);
    std::vector<std::string> messages;
    const std::vector<std::string> expected = whole({csv}, messages);
    CHECK(!messages.empty());
    CHECK(run_.sink.messages == messages);
    CHECK(run_.sink.areas == expected);
}
