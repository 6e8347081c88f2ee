// Names that match nothing, for `chitieu check`: an input indicator that no target uses but that
// is one typo away from a series a target needs, a series a target needs that no input has, a
// set none of whose series is in the inputs, and the same for the zones milestone targets name.
// Pure functions over the model; no I/O.
//
// "Near" (names_near): the two names' fold_name keys (case, diacritics and normalisation set
// aside) are equal, or within an edit distance (util/edit_distance) that grows with the shorter
// key: 0 below 4 characters ("gdp" and "gnp" are different series), 1 for 4 or 5, 2 from 6 on.
// Two names whose digits differ are never near: "pop_2019" beside "pop_2020", "Sơn Nam 2" beside
// "Sơn Nam" are different by intent.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "chitieu/model/finding.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

inline constexpr const char* kRuleUnknownIndicator = "unknown-indicator";
inline constexpr const char* kRuleMissingSeries = "missing-series";
inline constexpr const char* kRuleNoMatchingSeries = "no-matching-series";
inline constexpr const char* kRuleUnknownZone = "unknown-zone";
inline constexpr const char* kRuleMissingZone = "missing-zone";

// The rules check_names applies, in the order it applies them.
const std::vector<std::string>& name_rules();

// Every indicator and zone name the inputs hold, each once, where it first appears. A
// commune-scale check adds 10,600 areas that share a dozen indicators: the set stays small.
class InputNames {
public:
    void add(const AreaData& area);
    void clear();

    struct Seen {
        std::string name;
        SourceLocation where;
    };
    const std::vector<Seen>& indicators() const { return indicators_; }  // in order of first appearance
    const std::vector<Seen>& zones() const { return zones_; }
    bool has_indicator(const std::string& name) const { return indicator_index_.count(name) > 0; }
    bool has_zone(const std::string& name) const { return zone_index_.count(name) > 0; }

private:
    std::vector<Seen> indicators_, zones_;
    std::map<std::string, std::size_t, std::less<>> indicator_index_, zone_index_;
};

// True when `a` and `b` are near in the sense above.
bool names_near(std::string_view a, std::string_view b);

// The name among `candidates` nearest to `name` in the sense above (the fewest edits, the first
// of those alike), or null when none is near: the "did you mean" of one unknown name.
const std::string* nearest_name(std::string_view name, const std::vector<std::string>& candidates);

// The findings, in this order:
//  unknown-indicator   error at an input indicator that no target uses and that is near a series
//                      a target needs: "did you mean ...?", naming the targets (with a note at
//                      the first target, when the set is a file)
//  no-matching-series  error when the inputs hold series but none that the target set needs
//  missing-series      for each series a target needs that no input has: an error with "did you
//                      mean" when an input indicator is near it (and unknown-indicator did not
//                      already pair the two), else a warning naming the targets that need it
//                      (not repeated when no-matching-series said it all)
//  unknown-zone        error at an input zone near a zone a milestone target names that no input
//                      has (only zones that are missing: near-identical Vietnamese names, "Tân
//                      Thành" and "Tân Thạnh", can be different places)
//  missing-zone        for each zone a milestone target names and no input has: an error with
//                      "did you mean" when an input zone is near, else a warning
// Series findings need inputs with series, zone findings inputs with zones: a zones-only or
// series-only input is not a typo.
std::vector<Finding> check_names(const TargetSet& targets, const InputNames& inputs);

}  // namespace chitieu
