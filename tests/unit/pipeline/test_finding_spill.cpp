#include "pipeline/finding_spill.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace chitieu;

namespace {

Finding finding(Severity severity, const std::string& message) {
    return {"series-gap", {severity, {"data.csv", 7, 3}, message}};
}

std::vector<std::string> messages(const FindingList& list) {
    std::vector<std::string> out;
    list.for_each([&out](const Finding& one) { out.push_back(one.diagnostic.message); });
    return out;
}

}  // namespace

TEST_CASE("finding spill: the findings come back in order, kept ones around the spilled ones") {
    FindingSpill spill;
    spill.before.push_back(finding(Severity::error, "first"));
    spill.add(finding(Severity::warning, "Nhữ Khê"));
    spill.add(finding(Severity::note, ""));
    spill.after.push_back(finding(Severity::warning, "last"));
    CHECK(spill.size() == 4);
    CHECK(messages(spill) == std::vector<std::string>{"first", "Nhữ Khê", "", "last"});
    CHECK(messages(spill) == messages(spill));  // a second pass reads the file again from its start
    spill.for_each([](const Finding& one) {
        CHECK(one.diagnostic.where.file == "data.csv");
        CHECK(one.diagnostic.where.line == 7);
    });
}

TEST_CASE("finding spill: its severity counts, kept as it adds, agree with a count of every finding") {
    FindingSpill spill;
    spill.before.push_back(finding(Severity::note, "a"));
    for (int i = 0; i < 5; ++i) spill.add(finding(i % 2 == 0 ? Severity::warning : Severity::error, "x"));
    spill.after.push_back(finding(Severity::error, "b"));
    // 1 note before; warnings at i = 0, 2, 4 and errors at 1, 3; one error after.
    const std::array<std::size_t, 3> expected{3, 3, 1};  // error, warning, note
    CHECK(spill.severity_counts() == expected);
    CHECK(spill.FindingList::severity_counts() == expected);  // the count by going through them
    spill.clear();
    CHECK(spill.severity_counts() == std::array<std::size_t, 3>{});
    CHECK(spill.empty());
}
