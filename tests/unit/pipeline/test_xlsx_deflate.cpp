// The Excel report's deflate level (pipeline/xlsx_deflate.hpp): the workbook written at level 1
// through the override holds the same bytes in every part as the plain twin's, deflated at
// libxlsxwriter's own level, and the override is what libxlsxwriter called.
#include "pipeline/xlsx_deflate.hpp"

#include <doctest/doctest.h>

#include <string>

#include "chitieu/pipeline/pipeline.hpp"
#include "chitieu/pipeline/xlsx_sink.hpp"
#include "load/zip_archive.hpp"
#include "support/scratch.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

TargetSet two_targets() {
    TargetSet set;
    set.id = "test";
    set.base_year = 2020;
    set.end_year = 2025;
    Target level;
    level.id = "x_level";
    level.kind = TargetKind::level;
    level.series = "x";
    level.op = Op::gt;
    level.value = 200;
    level.year = 2025;
    level.base_year = 2020;
    set.targets.push_back(level);
    Target growth = level;
    growth.id = "x_growth";
    growth.kind = TargetKind::growth;
    growth.value = 8;
    set.targets.push_back(growth);
    return set;
}

// 400 areas, six years each: sheets of some tens of KB, where the two levels deflate differently.
std::string series_csv() {
    std::string csv = "area,indicator,year,value\n";
    for (int area = 0; area < 400; ++area)
        for (int year = 2020; year <= 2025; ++year)
            csv += "Xã " + std::to_string(1000 + area) + ",x," + std::to_string(year) + "," +
                   std::to_string(100 + (area * 37 + year * 11) % 157) + "." + std::to_string(area % 10) +
                   "\n";
    return csv;
}

std::string part(ZipArchive& archive, const std::string& name) {
    std::string out, chunk;
    archive.read_into(
        name,
        [&](std::size_t size) {
            chunk.resize(size);
            return chunk.data();
        },
        [&](std::size_t filled, bool) { out.append(chunk.data(), filled); });
    return out;
}

void write_workbook(const std::string& series, const std::string& out, bool plain) {
    InputOptions inputs;
    inputs.paths = {series};
    XlsxSink sink(out, {}, plain);
    run_pipeline({two_targets(), inputs, 2025, {}, false, {}, {}, {}}, sink);
}

}  // namespace

TEST_CASE("xlsx deflate: level 1 through the override, the same parts as libxlsxwriter's own level") {
    ScratchDir dir("xlsx-deflate");
    spill(dir.path / "series.csv", series_csv());
    const std::string fast_path = (dir.path / "fast.xlsx").string();
    const std::string plain_path = (dir.path / "plain.xlsx").string();

    const long before = xlsx_deflate_overrides();
    write_workbook((dir.path / "series.csv").string(), plain_path, true);
    CHECK(xlsx_deflate_overrides() > before);  // libxlsxwriter's calls come here, level kept
    write_workbook((dir.path / "series.csv").string(), fast_path, false);
    CHECK(xlsx_deflate_level() == kXlsxDeflateLevel);

    const std::string fast_bytes = slurp(fast_path);
    const std::string plain_bytes = slurp(plain_path);
    CHECK(fast_bytes.size() > plain_bytes.size());  // level 1 deflates less tightly: it was used
    const ZipLimits limits{1u << 30, 10000, 1u << 20};
    ZipArchive fast(fast_bytes, FileName(fast_path), limits);
    ZipArchive plain(plain_bytes, FileName(plain_path), limits);
    // Every part but docProps/core.xml (the time the workbook was made).
    for (const std::string name :
         {"[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml", "xl/styles.xml",
          "xl/theme/theme1.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
          "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
          "xl/worksheets/_rels/sheet2.xml.rels", "xl/drawings/drawing1.xml", "xl/charts/chart1.xml",
          "xl/charts/chart24.xml"}) {
        INFO(name);
        REQUIRE(fast.has(name));
        REQUIRE(plain.has(name));
        CHECK(part(fast, name) == part(plain, name));
    }
    CHECK(part(fast, "xl/worksheets/sheet1.xml").size() > 50000);
}
