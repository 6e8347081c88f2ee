// --roll-up: every parent area evaluated from its children (communes -> district -> province).
//
// Each series adds up as the target set's `series:` block says (model/targets.hpp: sum, none,
// weighted_mean); shares, ratios and occupancy are then computed by the judges from the summed
// parts and the union of the children's zones, never averaged. A parent-year with a child
// missing is not summed (a note names the children); a parent that gives figures of its own
// keeps them, and `children-sum` compares them with its children's sum. Pure computation over
// the model: the pipeline hands the areas in and evaluates what comes out.
//
// Memory: only sums are kept, per parent (and the parents' own figures until the end), never a
// child's series; of the children's zones, only what the target set's zone targets read
// (engine/held_zones.hpp).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "chitieu/engine/consistency.hpp"  // NumberText
#include "chitieu/engine/held_zones.hpp"
#include "chitieu/model/crosswalk.hpp"
#include "chitieu/model/finding.hpp"
#include "chitieu/model/hierarchy.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

inline constexpr const char* kRuleChildrenSum = "children-sum";
// A parent's own figure agrees with its children's sum when they differ by at most this fraction
// of the own figure (0.1 %: districts' figures rounded to whole billions still add up to a
// province's within it). Stated in the message.
inline constexpr double kChildrenSumTolerance = 0.001;

// A series that is a rate by its unit (%, ‰, one with "/" or " per ") or its name (*_pct, *_rate):
// never summed by default.
bool is_rate_series(const std::string& indicator, const std::string& unit);

// The target set's readiness for rolling up: an error at each target that reads a series the
// `series:` block does not declare, unless its name or the target's unit says it is a rate (then it
// is not rolled up, like `aggregate: none`), saying what to write. An undeclared series no target
// reads is not rolled up, and finish() notes it once. So nothing is summed that was not declared.
void check_roll_up_rules(const TargetSet& targets, Diagnostics& diagnostics);

class RollUp {
public:
    RollUp(const TargetSet& targets, const Hierarchy& tree);
    // --crosswalk: the same aggregation, weighted by the shares, one level: each new unit made from
    // its old units' figures (a share of each sum series; weight x share for weighted_mean; `none`
    // and undeclared series left out with a note, except for a rename, which carries every series
    // whole). The old units are replaced: the caller hands them to add() and not to the report;
    // finish() hands out the new units and does not add them to anything.
    RollUp(const TargetSet& targets, const Crosswalk& crosswalk);

    // True for an area the roll-up makes from its children: its own figures are kept (keep_own)
    // until finish().
    bool is_parent(const std::string& area) const { return open_.count(area) != 0; }
    // True for a child (an old unit of a crosswalk): add() takes its figures.
    bool is_part(const std::string& area) const { return place_.count(area) != 0; }
    // A totals row's area ("Tổng cộng", "Toàn tỉnh": is_totals_name) is the roll-up's top area
    // when it has exactly one: renamed to it, with a note, and then held like its own figures.
    // With several top areas it cannot say whose total it is: a warning, and it stays an area.
    void name_total(AreaData& area, Diagnostics& notes) const;
    // (Given twice, as a totals row beside the area's own name: merged, a value in both an error.)
    void keep_own(AreaData area, Diagnostics& diagnostics);
    // An area handed out: when it is a child, its figures join its parent's sums, and its zones
    // move to its parent (the caller is done with the area). One the roll-up does not name is
    // remembered by name: finish() lists them in a note, and offers the closest as "did you
    // mean" for a child that has no figures.
    void add(AreaData& area);

    // The parents, each after its descendants: own figures kept, every other series from the
    // children's sums, zones the union of the children's (unless it lists its own). Each is handed
    // to `take`, then added to its own parent. The notes (years not summed, children with no data,
    // series left out) go to `notes`; children-sum to `findings`.
    void finish(const std::function<void(AreaData&)>& take, Diagnostics& notes,
                std::vector<Finding>& findings, const NumberText& number);

private:
    struct Sum {
        double value = 0.0;     // sum of values, or of weight x value
        double weight = 0.0;    // weighted_mean: sum of the weights
        std::uint32_t row = 0;  // the year's row of bits in Part::from
        Standing standing = Standing::normal;
    };
    struct Part {
        std::string unit;
        bool started = false;
        bool units_differ = false;
        Aggregate aggregate = Aggregate::sum;
        SourceLocation unit_where;
        YearMap<Sum> years;
        // Per year (Sum::row), a bit per child: the children that gave it. One block per series,
        // not a vector per year (at commune scale that was a third of the sums' memory).
        std::vector<std::uint64_t> from;
    };
    struct Open {
        std::vector<std::string> children;
        std::vector<bool> seen;
        std::map<std::string, Part> series;
        HeldZones zones;  // the children's, as far as the targets read them
        std::optional<AreaData> own;
        std::vector<std::string> sources;  // crosswalk: by child index, the old units' sources
    };
    struct Place {
        std::string parent;
        std::size_t index = 0;
        double share = 1.0;  // the fraction of the child's sums that goes to this parent
        bool whole = false;  // a crosswalk's rename: every series carried as it is
        bool zones = true;   // the child's zones go to this parent (its largest share)
    };

    SourceLocation where(const std::string& area) const;
    AreaData make_parent(const std::string& name, Open& open, Diagnostics& notes,
                         std::vector<Finding>& findings, const NumberText& number);

    const TargetSet& targets_;
    ZoneNeed zone_need_;                    // what a parent keeps of its children's zones
    const Hierarchy* tree_ = nullptr;       // --roll-up
    const Crosswalk* crosswalk_ = nullptr;  // --crosswalk
    std::vector<std::string> order_;        // the parents, each after its descendants
    std::map<std::string, SourceLocation> where_;
    FileName file_;
    std::map<std::string, Open> open_;
    std::map<std::string, std::vector<Place>> place_;
    std::map<std::string, std::set<std::string>> none_left_;  // crosswalk: parent -> `none` series left out
    std::map<std::string, std::string> left_out_;             // undeclared series not rolled up -> why
    std::vector<std::string> outside_;                        // areas with figures the roll-up does not name
};

}  // namespace chitieu
