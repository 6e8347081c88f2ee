// Lookup in the embedded built-in target sets and JSON Schemas (the data is generated at build time).
#include "chitieu/load/builtin_targets.hpp"
#include "chitieu/load/json_schemas.hpp"

namespace chitieu {

static const EmbeddedFile* find_in(const std::vector<EmbeddedFile>& files, std::string_view name) {
    for (const EmbeddedFile& file : files)
        if (file.name == name) return &file;
    return nullptr;
}

const EmbeddedFile* find_builtin_target_set(std::string_view name) {
    return find_in(builtin_target_sets(), name);
}

const EmbeddedFile* find_json_schema(std::string_view name) {
    return find_in(json_schemas(), name);
}

}  // namespace chitieu
