// builtin:tuyen-quang-2026-2030 against the figures its source lines report (TTXVN, 1 December
// 2025, on resolution 01-NQ/ĐH of the province's first Party Congress 2025–2030): GRDP growth
// 10.5 %/yr on average; GRDP per person 95 million VND by 2030; the digital economy at least 20 %
// of GRDP; state budget revenue 12,000 billion VND; total social investment over 75,000 billion
// VND. The test reads the embedded YAML, as `chitieu report -t builtin:…` does.
#include <doctest/doctest.h>

#include <string>

#include "chitieu/load/builtin_targets.hpp"
#include "chitieu/load/targets_yaml.hpp"

using namespace chitieu;

TEST_CASE("builtin tuyen-quang-2026-2030: the five reported targets, as the source lines give them") {
    const EmbeddedFile* file = find_builtin_target_set("tuyen-quang-2026-2030");
    REQUIRE(file != nullptr);
    const std::string text(file->text);
    Diagnostics diagnostics;
    const TargetSet set = load_targets_yaml(text, "builtin:tuyen-quang-2026-2030", diagnostics);
    CHECK(diagnostics.error_count() == 0);
    CHECK(set.base_year == 2025);
    CHECK(set.end_year == 2030);
    REQUIRE(set.targets.size() == 5);
    for (const Target& target : set.targets) {
        CHECK_FALSE(target.title.vi.empty());
        CHECK(target.title.vi != target.title.en);  // both languages written
        // Each target carries its source line in a comment above it.
        CHECK(text.find("# Source: ", text.find("id: " + target.id) - 400) != std::string::npos);
    }
    const Target* growth = set.find("grdp_growth");
    REQUIRE(growth);
    CHECK(growth->kind == TargetKind::growth);
    CHECK(growth->value == 10.5);
    CHECK(growth->op == Op::ge);
    const Target* per_person = set.find("grdp_per_person");
    REQUIRE(per_person);
    CHECK(per_person->kind == TargetKind::ratio);
    CHECK(per_person->value == 95.0);
    CHECK(per_person->scale == 1000.0);  // tỷ đồng ÷ người → triệu đồng/người
    const Target* digital = set.find("digital_economy_share");
    REQUIRE(digital);
    CHECK(digital->kind == TargetKind::share);
    CHECK(digital->value == 20.0);
    CHECK(digital->op == Op::ge);  // "ít nhất 20 %"
    const Target* budget = set.find("budget_revenue");
    REQUIRE(budget);
    CHECK(budget->value == 12000.0);
    CHECK(budget->year == 2030);
    const Target* investment = set.find("social_investment_total");
    REQUIRE(investment);
    CHECK(investment->kind == TargetKind::cumulative);
    CHECK(investment->value == 75000.0);
    CHECK(investment->op == Op::gt);  // "trên 75.000 tỷ đồng"
    CHECK(investment->sum_from == 2026);
}
