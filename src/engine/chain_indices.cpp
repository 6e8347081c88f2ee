#include "chitieu/engine/chain_indices.hpp"

#include <charconv>
#include <cmath>
#include <string>

namespace chitieu {

namespace {

std::string plain(double value) {
    // Messages only: enough digits to recognise the figure; reports format numbers elsewhere.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    return std::string(buffer, result.ptr);
}

void chain_series(Series& series, Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    for (const auto& [year, index] : series.indices) {
        if (!(index.value > 0)) {
            diagnostics.error(
                index.where,
                "index " + plain(index.value) + " for " + std::to_string(year) +
                    " is not above zero; an index is this year's level as a "
                    "percentage of last year's (e.g. 116.8)",
                "chỉ số phát triển " + plain(index.value) + " năm " + std::to_string(year) +
                    " không lớn hơn 0; chỉ số phát triển là mức của năm nay tính bằng phần trăm "
                    "so với năm trước (ví dụ 116.8)");
        }
    }
    if (diagnostics.error_count() > errors_before) return;

    bool changed = true;
    while (changed) {
        changed = false;
        for (const auto& [year, index] : series.indices) {
            const bool has_current = series.values.count(year) > 0;
            const bool has_previous = series.values.count(year - 1) > 0;
            if (has_previous && !has_current) {
                series.values[year] = {series.values[year - 1].value * index.value / 100.0, index.where};
                changed = true;
            } else if (has_current && !has_previous && year - 1 >= kMinYear) {
                series.values[year - 1] = {series.values[year].value * 100.0 / index.value, index.where};
                changed = true;
            }
        }
    }
    // A derived level satisfies its own index exactly, so a disagreement left after chaining is
    // where two given levels, or a chain and a given level, meet.
    for (const auto& [year, index] : series.indices) {
        const auto current = series.values.find(year);
        const auto previous = series.values.find(year - 1);
        if (current == series.values.end() || previous == series.values.end() ||
            !(previous->second.value > 0))
            continue;
        const double implied = current->second.value / previous->second.value * 100.0;
        if (std::fabs(implied - index.value) > kIndexTolerance) {
            diagnostics.warning(index.where,
                                "index " + plain(index.value) + " for " + std::to_string(year) +
                                    " disagrees with the levels " + plain(previous->second.value) + " (" +
                                    std::to_string(year - 1) + ") and " + plain(current->second.value) +
                                    " (" + std::to_string(year) + "), which imply " + plain(implied) +
                                    "; the levels are used — check which figure is right",
                                "chỉ số phát triển " + plain(index.value) + " năm " + std::to_string(year) +
                                    " không khớp với các mức " + plain(previous->second.value) + " (" +
                                    std::to_string(year - 1) + ") và " + plain(current->second.value) + " (" +
                                    std::to_string(year) + "), vốn cho chỉ số " + plain(implied) +
                                    "; chitieu dùng các mức — hãy kiểm tra số liệu nào đúng");
        }
    }

    for (const auto& [year, index] : series.indices) {
        if (series.values.count(year) == 0) {
            diagnostics.warning(
                index.where,
                "index for " + std::to_string(year) + " of '" + series.indicator +
                    "' cannot be chained: no level is given in its run of "
                    "years; give at least one level (values:) to anchor it",
                "chỉ số phát triển năm " + std::to_string(year) + " của '" + series.indicator +
                    "' không tính nối được: không có mức nào trong dãy năm liền của nó; hãy ghi ít "
                    "nhất một mức (values:) làm gốc");
            break;
        }
    }
}

}  // namespace

void chain_indices(Dataset& data, Diagnostics& diagnostics) {
    for (AreaData& area : data.areas)
        for (auto& [name, series] : area.series)
            if (!series.indices.empty()) chain_series(series, diagnostics);
}

}  // namespace chitieu
