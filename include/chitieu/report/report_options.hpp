// Options shared by every report writer.
#pragma once

#include "chitieu/model/text.hpp"

namespace chitieu {

struct ReportOptions {
    Lang lang = Lang::en;
};

}  // namespace chitieu
