// Reading one target of a target-set YAML file (private to the target-set loader).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "chitieu/model/targets.hpp"
#include "yaml_support.hpp"

namespace chitieu::yaml_support {

// Reads the items of `targets:` one by one, resolving each target's defaults from the set's
// period and remembering ids so that a repeated one is reported with a note at the first.
class TargetReader {
public:
    // `base_year`/`end_year` come from `period:`; 0 when it was missing or invalid (then nothing
    // is checked against them).
    // `by_area` receives the targets' `by_area:` entries.
    TargetReader(YamlFile& file, int base_year, int end_year, AreaValues& by_area)
        : file_(file), base_year_(base_year), end_year_(end_year), by_area_(by_area) {}

    // The target in `item`, complete and with defaults resolved; nullopt when it has an error
    // (every error found is reported).
    std::optional<Target> read(const YAML::Node& item);

private:
    void read_unit(Target& target);
    void read_ratio_unit(Target& target);
    void read_band(const Field& value, bool band, Target& target);
    void read_by_area(const Field& field, const Target& target);
    void read_every_year(const Mapping& fields, Target& target);
    void read_sum_from(const Mapping& fields, Target& target);
    bool read_id(const Mapping& fields, Target& target);
    void read_condition(const Mapping& fields, Target& target);
    void read_years(const Mapping& fields, Target& target);
    void read_kind_keys(const Mapping& fields, Target& target);
    void read_zone_kinds(const Field& field, Target& target);
    void read_established(const Field& field, Target& target);
    void read_zone_names(const Field& field, Target& target);
    std::optional<std::string> read_indicator(const Mapping& fields, std::string_view key,
                                              const Target& target);

    YamlFile& file_;
    int base_year_;
    int end_year_;
    AreaValues& by_area_;
    std::map<std::string, SourceLocation> ids_;  // id -> where it was first given
};

}  // namespace chitieu::yaml_support
