#include "chitieu/util/edit_distance.hpp"

#include <doctest/doctest.h>

using namespace chitieu;

// Each distance counted by hand: the edits are named in the comment.
TEST_CASE("edit_distance counts insertions, deletions and substitutions") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "abc") == 0);
    CHECK(edit_distance("", "abc") == 3);                                    // three insertions
    CHECK(edit_distance("employment_industy", "employment_industry") == 1);  // insert r
    CHECK(edit_distance("employment_industry", "employment_industy") == 1);  // delete r
    CHECK(edit_distance("grdp_total", "grdp_totel") == 1);                   // a -> e
    CHECK(edit_distance("kitten", "sitting") == 3);                          // k->s, e->i, insert g
}

TEST_CASE("edit_distance counts a swap of two adjacent characters as one edit") {
    CHECK(edit_distance("grdp_total", "gdrp_total") == 1);  // rd <-> dr
    CHECK(edit_distance("ab", "ba") == 1);
    // The restricted form: "ca" -> "ac" is one swap, then inserting b between them would edit a
    // swapped character again, so "ca" -> "abc" is 3 (delete c, insert b, insert c), not 2.
    CHECK(edit_distance("ca", "abc") == 3);
}

TEST_CASE("edit_distance counts code points, not bytes") {
    // "Nhữ Khê" and "Nhu Khe": ữ -> u and ê -> e, two substitutions (ữ is three bytes, ê two).
    CHECK(edit_distance("Nh\xE1\xBB\xAF Kh\xC3\xAA", "Nhu Khe") == 2);
    CHECK(edit_distance("\xC4\x91", "d") == 1);  // đ -> d
}

TEST_CASE("edit_distance stops at limit + 1") {
    CHECK(edit_distance("employment_total", "villages_on_grid", 2) == 3);
    CHECK(edit_distance("abc", "abcdefgh", 2) == 3);  // five insertions, cut at 3
    CHECK(edit_distance("kitten", "sitting", 3) == 3);
    CHECK(edit_distance("kitten", "sitting", 2) == 3);
}
