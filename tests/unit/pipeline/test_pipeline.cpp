// The pipeline: the as-of year, the --area selection and its errors, both sources giving the same
// areas, restarts when a later year turns up, and the sinks' all-or-nothing batches.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/pipeline/markdown_sinks.hpp"
#include "chitieu/pipeline/pipeline.hpp"
#include "support/scratch.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

// Records what a sink is told, as text.
struct RecordingSink : AreaSink {
    std::vector<std::string> events;
    std::vector<std::string> errors;
    void begin(const TargetSet&, int as_of) override { events.push_back("begin " + std::to_string(as_of)); }
    void inspect(const AreaData& area) override { events.push_back("inspect " + area.name); }
    void area(const Evaluation& one) override {
        events.push_back("area " + one.areas.front().area + " " + std::to_string(one.as_of));
    }
    void finish(const PipelineDiagnostics& diagnostics) override {
        const Diagnostics all = diagnostics.all();
        for (const Diagnostic& d : all.items()) errors.push_back(d.message);
        events.push_back("finish");
    }
    void restart() override { events.push_back("restart"); }
};

TargetSet one_target() {
    TargetSet set;
    set.id = "test";
    Target target;
    target.id = "x_level";
    target.kind = TargetKind::level;
    target.series = "x";
    target.op = Op::gt;
    target.value = 200;
    target.year = 2025;
    target.base_year = 2020;
    set.base_year = 2020;
    set.end_year = 2025;
    set.targets.push_back(target);
    return set;
}

// "a | b | c": what doctest prints when a check fails.
std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : " | ") + item;
    return out;
}

std::string run(const TargetSet& set, const std::vector<std::string>& paths, std::optional<int> as_of,
                std::vector<std::string> areas, RecordingSink& sink) {
    InputOptions inputs;
    inputs.paths = paths;
    run_pipeline({set, inputs, as_of, std::move(areas), false, {}, {}, {}}, sink);
    return joined(sink.events);
}

const char* kGrouped =
    "area,indicator,year,value\n"
    "Na Hang,x,2020,100\nNa Hang,x,2022,121\n"
    "Sơn Dương,x,2020,100\nSơn Dương,x,2023,150\n";

}  // namespace

TEST_CASE("pipeline: a streamed file restarts when a later year turns up; read whole, it does not") {
    ScratchDir dir("pipeline-restart");
    spill(dir.path / "grouped.csv", kGrouped);
    const TargetSet set = one_target();
    RecordingSink streamed;
    // Na Hang is judged as of 2022 until Sơn Dương brings 2023: the areas come again.
    CHECK(run(set, {(dir.path / "grouped.csv").string()}, std::nullopt, {}, streamed) ==
          joined({"inspect Na Hang", "begin 2022", "area Na Hang 2022", "inspect Sơn Dương", "restart",
                  "inspect Na Hang", "begin 2023", "area Na Hang 2023", "inspect Sơn Dương",
                  "area Sơn Dương 2023", "finish"}));
    spill(dir.path / "grouped.yaml", "area: Na Hang\nseries:\n  x:\n    values: {2020: 100, 2022: 121}\n");
    RecordingSink whole;
    CHECK(
        run(set, {(dir.path / "grouped.csv").string(), (dir.path / "grouped.yaml").string()}, 2021, {}, whole)
            .ends_with("finish"));
}

TEST_CASE("pipeline: --as-of and --area, in the order given; an unknown area is an error") {
    ScratchDir dir("pipeline-areas");
    spill(dir.path / "a.csv", kGrouped);
    const TargetSet set = one_target();
    RecordingSink picked;
    CHECK(run(set, {(dir.path / "a.csv").string()}, 2021, {"Sơn Dương", "Na Hang"}, picked) ==
          joined({"inspect Sơn Dương", "begin 2021", "area Sơn Dương 2021", "inspect Na Hang",
                  "area Na Hang 2021", "finish"}));
    RecordingSink unknown;
    run(set, {(dir.path / "a.csv").string()}, std::nullopt, {"Hà Giang"}, unknown);
    CHECK(joined(unknown.errors) ==
          joined({"no area named 'Hà Giang' in the inputs; areas present: Na Hang, Sơn Dương"}));
}

TEST_CASE("pipeline: a file given twice, by its name or another, is refused once with both names") {
    ScratchDir dir("pipeline-twice");
    const std::filesystem::path file = dir.path / "tq.yaml";
    spill(file, "area: Tuyên Quang\nseries:\n  industrial_output: {values: {2020: 1}}\n");
    std::filesystem::create_symlink(file, dir.path / "link.yaml");
    const TargetSet set = one_target();
    RecordingSink twice;
    run(set, {file.string(), (dir.path / "link.yaml").string(), file.string()}, std::nullopt, {}, twice);
    CHECK(joined(twice.errors) ==
          joined({"this file is the same as '" + file.string() + "' (inputs 1 and 2); give each file once",
                  "this file is given twice (inputs 1 and 3); give each file once"}));
}

TEST_CASE("pipeline: inputs without a year need --as-of") {
    ScratchDir dir("pipeline-no-year");
    spill(dir.path / "empty.yaml", "area: Tuyên Quang\nzones:\n  - {name: KCN A, kind: park}\n");
    const TargetSet set = one_target();
    RecordingSink none;
    run(set, {(dir.path / "empty.yaml").string()}, std::nullopt, {}, none);
    CHECK(joined(none.errors) == "the input holds no yearly data; give --as-of YEAR or add values");
    RecordingSink given;
    CHECK(run(set, {(dir.path / "empty.yaml").string()}, 2023, {}, given) ==
          joined({"inspect Tuyên Quang", "begin 2023", "area Tuyên Quang 2023", "finish"}));
}

TEST_CASE("pipeline: a batch that cannot write one report leaves nothing, streamed or read whole") {
    const TargetSet set = one_target();
    for (const char* text : {kGrouped,
                             "area,indicator,year,value\nNa Hang,x,2020,100\nSơn Dương,x,2020,100\n"
                             "Na Hang,x,2022,121\nSơn Dương,x,2023,150\n"}) {
        ScratchDir dir("pipeline-blocked");
        spill(dir.path / "in.csv", text);
        std::filesystem::create_directories(dir.path / "out" / "Sơn-Dương.md");  // in the way
        InputOptions inputs;
        inputs.paths = {(dir.path / "in.csv").string()};
        {  // the sink's temporary files go with it, as when the command fails
            MarkdownBatchSink sink(dir.path / "out", false, ReportOptions{});
            CHECK_THROWS_AS(run_pipeline({set, inputs, std::nullopt, {}, false, {}, {}, {}}, sink),
                            InputError);
        }
        std::vector<std::string> left;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.path / "out"))
            left.push_back(entry.path().filename().string());
        CHECK(joined(left) == "Sơn-Dương.md");  // the folder in the way, nothing else
    }
}
