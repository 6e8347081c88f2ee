// The words of a final review (báo cáo tổng kết) and of a target met early: the outcome with its
// margin, the change over the period, and the one-paragraph summary at the top of a report, in
// English and Vietnamese. Every figure is the engine's (TargetResult::stage, margin_pct,
// period_multiple, ...); this file only picks words and formats. Private to src/report.
#pragma once

#include <string>
#include <string_view>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/text.hpp"

namespace chitieu {

// Percent-valued targets (growth, share, occupancy, a unit starting with "%"): their gaps and
// margins are in percentage points.
bool percent_valued(const Target& target);

// The status with what the stage adds: "✅ met — exceeded by 3.2 %", "❌ not met — 98.0 % of the
// target", "✅ met early (since 2023) — to be held until 2025"; otherwise the status as it is.
std::string stage_status(const TargetResult& result, Lang lang);
// The summary table's shorter form: "✅ met early" for a target met before its year.
std::string stage_status_short(const TargetResult& result, Lang lang);

// The change over the period of an outcome: "2.09 times the 2020 value; average 15.9 %/yr in
// 2021–2025" ("gấp 2,09 lần năm 2020; ..."); "" where the engine has no change.
std::string period_change_text(const TargetResult& result, Lang lang);

// Text as the caller's document needs it (markdown_escape for Markdown); names and titles only.
using EscapeText = std::string (*)(std::string_view);

// One paragraph, paste-ready into a review: as of the period's end or later, how many targets
// were met and which were not, by how much; before it, how many are met early, on track, at risk
// or off track, and how far along the ones behind are. "" for an area without targets.
std::string summary_paragraph(const AreaEvaluation& area, int as_of, int period_base, int period_end,
                              Lang lang, EscapeText escape);

}  // namespace chitieu
