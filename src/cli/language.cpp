#include "cli/language.hpp"

#include <cstdlib>

namespace chitieu::cli {

Lang resolve_language(const std::string& option) {
    if (option == "vi") return Lang::vi;
    if (option == "en") return Lang::en;
    // POSIX precedence: the first of these that is set and non-empty decides.
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value && *value) return std::string(value).rfind("vi", 0) == 0 ? Lang::vi : Lang::en;
    }
    return Lang::en;
}

}  // namespace chitieu::cli
