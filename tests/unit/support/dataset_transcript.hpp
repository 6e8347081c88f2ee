// Test support: everything a statistics loader yields, as one text to compare whole.
#pragma once

#include <charconv>
#include <optional>
#include <string>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"

namespace chitieu::test {

// A double in its shortest exact form: two transcripts agree only when the values do.
inline std::string exact(double value) {
    char text[32];
    return std::string(text, std::to_chars(text, text + sizeof text, value).ptr);
}

inline std::string place(const SourceLocation& where) {
    return where.file.str() + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

// Each area with its source, series (unit, values and indices with their places) and zones
// (every field, with its place), then each message.
inline std::string transcript(const Dataset& dataset, const Diagnostics& diagnostics) {
    const auto optional = [](const auto& value) {
        if (!value) return std::string("-");
        if constexpr (std::is_same_v<std::decay_t<decltype(*value)>, double>)
            return exact(*value);
        else
            return std::to_string(*value);
    };
    std::string out;
    for (const AreaData& area : dataset.areas) {
        out += "area [" + area.name + "] source [" + area.source + "]\n";
        for (const auto& [name, series] : area.series) {
            out += "  series " + name + " [" + series.unit + "] @" + place(series.where) + "\n   ";
            for (const auto& [year, observation] : series.values)
                out += " " + std::to_string(year) + "=" + exact(observation.value) + "@" +
                       place(observation.where);
            out += "\n    indices";
            for (const auto& [year, observation] : series.indices)
                out += " " + std::to_string(year) + "=" + exact(observation.value) + "@" +
                       place(observation.where);
            out += "\n";
        }
        for (const Zone& zone : area.zones)
            out += "  zone [" + zone.name + "] " + zone_kind_name(zone.kind) + " [" + zone.district + "] " +
                   optional(zone.established) + " " + optional(zone.expanded) + " " + optional(zone.year) +
                   " " + optional(zone.leasable_ha) + " " + optional(zone.leased_ha) + " @" +
                   place(zone.where) + "\n";
    }
    for (const Diagnostic& diagnostic : diagnostics.items()) out += format_diagnostic(diagnostic) + "\n";
    return out;
}

}  // namespace chitieu::test
