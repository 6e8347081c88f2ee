// The JSON Schemas of chitieu's input formats (schemas/*.schema.json), embedded at build time.
#pragma once

#include <string_view>
#include <vector>

#include "chitieu/util/embedded_file.hpp"

namespace chitieu {

const std::vector<EmbeddedFile>& json_schemas();  // name: "statistics", "targets", ...
const EmbeddedFile* find_json_schema(std::string_view name);

}  // namespace chitieu
