// The no_observation sentence names the series the engine found missing, in both languages.
#include <doctest/doctest.h>

#include "report/labels.hpp"

using namespace chitieu;

namespace {

Note missing(std::vector<std::string> names, long count) {
    Note note{NoteCode::no_observation, 0, 0, 0, {}};
    note.names = std::move(names);
    note.count = count;
    return note;
}

}  // namespace

TEST_CASE("no_observation without names keeps the general sentence") {
    CHECK(note_sentence(missing({}, 0), Lang::en) == "No observation for this target.");
    CHECK(note_sentence(missing({}, 0), Lang::vi) == "Chưa có số liệu cho chỉ tiêu này.");
}

TEST_CASE("no_observation names the series, and a share's role") {
    CHECK(note_sentence(missing({"employment_industry"}, 0), Lang::en) ==
          "No observation of employment_industry, the series this target needs.");
    CHECK(note_sentence(missing({"employment_industry"}, 0), Lang::vi) ==
          "Chưa có số liệu employment_industry, chuỗi số liệu chỉ tiêu này cần.");
    CHECK(note_sentence(missing({"employment_industry"}, 1), Lang::en) ==
          "No observation of employment_industry (the numerator), a series this target needs.");
    CHECK(note_sentence(missing({"employment_total"}, 2), Lang::vi) ==
          "Chưa có số liệu employment_total (mẫu số), một chuỗi số liệu chỉ tiêu này cần.");
    CHECK(note_sentence(missing({"grdp_industry", "grdp_total"}, 3), Lang::en) ==
          "No observation of grdp_industry (the numerator) or grdp_total (the denominator), the series "
          "this target needs.");
    CHECK(note_sentence(missing({"grdp_industry", "grdp_total"}, 3), Lang::vi) ==
          "Chưa có số liệu grdp_industry (tử số) và grdp_total (mẫu số), các chuỗi số liệu chỉ tiêu này "
          "cần.");
}
