// libFuzzer target: the XLSX reader (libzip, expat) on any bytes, with limits small enough that
// one input stays fast; a workbook that reads is then read again sheet by sheet.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chitieu/load/xlsx.hpp"

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
    return 0;
}
