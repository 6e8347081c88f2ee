// The unit rule: before an area is judged, each series a target reads is brought to the target's
// unit (model/units.hpp), or refused. It needs the target set and the area's series, so the
// pipeline calls it per area, after the sources have merged and chained (pipeline.cpp's Evaluator:
// streamed, ungrouped and loaded areas alike). Pure; no I/O.
#pragma once

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"
#include "chitieu/model/units.hpp"

#include <vector>

namespace chitieu {

// For each level target with a unit: its series' unit, when the series gives one, must be read by
// the vocabulary (else an error with "did you mean"), have the target's quantity (persons, money
// in VND, ...) and, when both state one, its price basis (else an error at the series' unit);
// in another scale ("triệu đồng" for "billion VND") its values are converted and
// `converted_from` keeps the unit given. For each share: numerator and denominator with units
// must share a quantity and basis, and a part in another scale is brought to the other's (the one
// a level target has not already fixed). A series without a unit is left as it is. Each error is
// said once per series.
void convert_units(const TargetSet& targets, AreaData& area, UnitCache& cache, Diagnostics& diagnostics);

// The inputs already told that their unit-less series are read in the targets' units: a pass
// over the inputs keeps one, so that each input is told once.
struct AssumedUnitNotes {
    std::vector<FileName> inputs;
};

// A series that a level (or cumulative) target with a unit reads, and that gives no unit, is read
// in the target's unit: a note, once per input, at its first such series, naming each series of
// that input in the area and the unit assumed.
void note_assumed_units(const TargetSet& targets, const AreaData& area, AssumedUnitNotes& said,
                        Diagnostics& diagnostics);

}  // namespace chitieu
