// The report language: --lang, else the environment (LC_ALL, LC_MESSAGES, LANG = vi_* -> vi).
#pragma once

#include <string>

#include "chitieu/model/text.hpp"

namespace chitieu::cli {

Lang resolve_language(const std::string& option);

}  // namespace chitieu::cli
