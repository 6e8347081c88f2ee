// year -> value, ascending: the series a judge works on. Private to src/engine.
#pragma once

#include "chitieu/model/year_map.hpp"

namespace chitieu {

// A sorted vector (model/year_map.hpp): a judge's series holds a handful of years, built in
// ascending order, so one allocation serves where a std::map took a node per year.
using YearValues = YearMap<double>;

}  // namespace chitieu
