// libFuzzer target: the XLSX reader (libzip, expat) on any bytes, with limits small enough that
// one input stays fast; a workbook that reads is then read again sheet by sheet. The streamed
// reading (read_xlsx_tables) is held to its plain twin (read_xlsx, then read_grid_table on each
// grid): the same messages in the same order, or the target aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "chitieu/load/xlsx.hpp"

namespace {

std::string said(const chitieu::Diagnostics& diagnostics) {
    std::string out;
    for (const chitieu::Diagnostic& d : diagnostics.items()) out += chitieu::format_diagnostic(d) + "\n";
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    chitieu::XlsxLimits limits;
    limits.max_uncompressed_bytes = std::size_t{16} << 20;
    limits.max_cells = 1'000'000;
    chitieu::Diagnostics diagnostics;
    const auto grids = chitieu::read_xlsx(bytes, "fuzz.xlsx", "", diagnostics, limits);
    if (!grids.empty()) {
        chitieu::Diagnostics again;
        chitieu::read_xlsx(bytes, "fuzz.xlsx", "Sheet1", again, limits);
    }
    const chitieu::GridOptions options;
    for (const chitieu::CellGrid& grid : grids) chitieu::read_grid_table(grid, options, nullptr, diagnostics);
    chitieu::Diagnostics streamed;
    for (chitieu::XlsxTable& table :
         chitieu::read_xlsx_tables(bytes, "fuzz.xlsx", "", options, nullptr, streamed, limits)) {
        if (table.grid) {
            chitieu::read_grid_table(*table.grid, options, nullptr, streamed);
            continue;
        }
        for (const chitieu::Diagnostic& diagnostic : table.said) streamed.add(diagnostic);
    }
    if (said(streamed) != said(diagnostics)) std::abort();
    return 0;
}
