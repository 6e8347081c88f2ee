#include <doctest/doctest.h>

#include "report/labels.hpp"

using namespace chitieu;

namespace {

Target count_target() {
    Target target;
    target.kind = TargetKind::count;
    target.op = Op::ge;
    target.value = 5;
    target.zone_kind = ZoneKind::cluster;
    target.established_from = 2021;
    target.established_to = 2025;
    target.year = 2025;
    return target;
}

}  // namespace

TEST_CASE("status names and markers in both languages") {
    CHECK(std::string(status_label(Status::met, Lang::en)) == "met");
    CHECK(std::string(status_label(Status::not_met, Lang::en)) == "not met");
    CHECK(std::string(status_label(Status::insufficient_data, Lang::en)) == "insufficient data");
    CHECK(std::string(status_label(Status::met, Lang::vi)) == "đạt");
    CHECK(std::string(status_label(Status::not_met, Lang::vi)) == "không đạt");
    CHECK(std::string(status_label(Status::on_track, Lang::vi)) == "đúng tiến độ");
    CHECK(std::string(status_label(Status::at_risk, Lang::vi)) == "có nguy cơ không đạt");
    CHECK(std::string(status_label(Status::off_track, Lang::vi)) == "chệch hướng");
    CHECK(std::string(status_label(Status::insufficient_data, Lang::vi)) == "chưa đủ dữ liệu");
    CHECK(status_with_marker(Status::met, Lang::en) == "✅ met");
    CHECK(status_with_marker(Status::not_met, Lang::vi) == "❌ không đạt");
    CHECK(status_with_marker(Status::off_track, Lang::en) == "🔴 off track");
    CHECK(std::string(kind_label(TargetKind::occupancy, Lang::vi)) == "tỷ lệ lấp đầy");
    CHECK(std::string(op_display(Op::ge)) == "≥");
    CHECK(std::string(op_display(Op::le)) == "≤");
}

TEST_CASE("known units are translated for Vietnamese readers, others print as written") {
    CHECK(unit_label("billion VND", Lang::vi) == "tỷ đồng");
    CHECK(unit_label("%/yr", Lang::vi) == "%/năm");
    CHECK(unit_label("%/yr", Lang::en) == "%/yr");
    CHECK(unit_label("MWh", Lang::vi) == "MWh");
}

TEST_CASE("goals in a few words") {
    Target level;
    level.kind = TargetKind::level;
    level.op = Op::gt;
    level.value = 138700;
    level.unit = "workers";
    level.year = 2025;
    CHECK(goal_text(level, Lang::en) == "> 138,700 workers in 2025");
    CHECK(goal_text(level, Lang::vi) == "> 138.700 lao động năm 2025");
    level.unit.clear();
    level.value = 0.125;
    CHECK(goal_text(level, Lang::en) == "> 0.125 in 2025");  // a target prints as written

    Target count = count_target();
    CHECK(goal_text(count, Lang::en) == "≥ 5 clusters established in 2021–2025");
    CHECK(goal_text(count, Lang::vi) == "≥ 5 cụm công nghiệp thành lập mới giai đoạn 2021–2025");
    count.zone_kind.reset();
    CHECK(goal_text(count, Lang::vi) == "≥ 5 khu, cụm công nghiệp thành lập mới giai đoạn 2021–2025");

    Target milestone;
    milestone.kind = TargetKind::milestones;
    milestone.zones = {"Long Bình An"};
    milestone.require = MilestoneRequire::expanded;
    milestone.year = 2025;
    CHECK(goal_text(milestone, Lang::en) == "expanded by 2025");
    CHECK(goal_text(milestone, Lang::vi) == "được mở rộng đến năm 2025");
    milestone.zones = {"Nam Sơn Dương", "Tam Đa", "Nhữ Khê"};
    milestone.require = MilestoneRequire::established;
    CHECK(goal_text(milestone, Lang::vi) == "thành lập đủ 3 khu, cụm công nghiệp đến năm 2025");
}

TEST_CASE("note sentences") {
    const Note fallback{NoteCode::base_year_fallback, 2020, 2021, 0, {}};
    CHECK(note_sentence(fallback, Lang::en) == "No value for the base year 2020; 2021 is used as the base.");
    CHECK(note_sentence(fallback, Lang::vi) == "Không có số liệu năm gốc 2020; dùng năm 2021 làm gốc.");

    const Note left_out{NoteCode::zones_left_out, 0, 0, 2, {}};
    CHECK(note_sentence(left_out, Lang::en) ==
          "2 zones without land figures were left out of the occupancy rate.");
    CHECK(note_sentence({NoteCode::zones_left_out, 0, 0, 1, {}}, Lang::en) ==
          "1 zone without land figures was left out of the occupancy rate.");
    CHECK(note_sentence(left_out, Lang::vi) ==
          "2 khu, cụm công nghiệp chưa có số liệu diện tích nên không được tính vào tỷ lệ lấp đầy.");

    const Note counted{NoteCode::counted_zones, 0, 0, 0, {"Thắng Quân", "Sơn Nam"}};
    CHECK(note_sentence(counted, Lang::en) == "Zones counted: Thắng Quân, Sơn Nam.");
    CHECK(note_sentence({NoteCode::counted_zones, 0, 0, 0, {}}, Lang::vi) ==
          "Chưa có khu, cụm nào được tính.");
    CHECK(note_sentence({NoteCode::occupancy_method, 0, 0, 0, {"mean"}}, Lang::en) ==
          "Occupancy is the mean of each zone's leased ÷ leasable rate.");
    CHECK(note_sentence({NoteCode::years_failing, 0, 0, 0, {"2022", "2023"}}, Lang::vi) ==
          "Các năm không đạt chỉ tiêu: 2022, 2023.");
    CHECK(note_sentence({NoteCode::target_year_missing, 2025, 0, 0, {}}, Lang::en) ==
          "No value for the target year 2025: the target cannot be judged met or not met.");

    // Every code has a sentence in both languages, ending with a full stop.
    for (int code = 0; code <= static_cast<int>(NoteCode::years_missing); ++code) {
        const Note note{static_cast<NoteCode>(code), 2020, 2021, 3, {"weighted"}};
        for (const Lang lang : {Lang::en, Lang::vi}) {
            const std::string sentence = note_sentence(note, lang);
            CHECK_MESSAGE(!sentence.empty(), code);
            CHECK_MESSAGE(sentence.back() == '.', sentence);
            CHECK_MESSAGE(sentence.find("{}") == std::string::npos, sentence);
        }
    }
}

TEST_CASE("phrases with figures") {
    CHECK(achievement_text(Lang::vi, "65,3 %") == "đạt 65,3 % kế hoạch");
    CHECK(achievement_text(Lang::en, "65.3 %") == "65.3 % of the target");
    CHECK(source_sentence(Lang::vi, "Niên giám") == "Nguồn số liệu: Niên giám.");
    CHECK(tally_item(Lang::en, Status::on_track, 2) == "🟢 2 on track");
    const auto points = method_points(Lang::vi, "0,95", "0,6");
    REQUIRE(points.size() == 7);
    CHECK(points[5] ==
          "Phương pháp: đánh giá tiến độ thực hiện SDG của Eurostat (tỷ số giữa tốc độ tăng trưởng "
          "thực tế và tốc độ cần thiết, cũng được Cơ quan Thống kê Canada và Open SDG sử dụng), với "
          "các ngưỡng 0,95 và 0,6.");
}

TEST_CASE("labels: a figure not yet final, in both languages") {
    const Note preliminary{NoteCode::figure_standing, 2024, 0, 0, {"preliminary"}};
    CHECK(note_sentence(preliminary, Lang::en) ==
          "2024 figure preliminary: the status may change with the final figure.");
    CHECK(note_sentence(preliminary, Lang::vi) ==
          "Số liệu năm 2024 là số sơ bộ: kết quả đánh giá có thể thay đổi khi có số liệu chính thức.");
    const Note estimated{NoteCode::figure_standing, 2023, 0, 0, {"estimated"}};
    CHECK(note_sentence(estimated, Lang::en) ==
          "2023 figure estimated: the status may change with the final figure.");
    CHECK(note_sentence(estimated, Lang::vi) ==
          "Số liệu năm 2023 là số ước tính: kết quả đánh giá có thể thay đổi khi có số liệu chính thức.");
}

TEST_CASE("unit labels: the vocabulary's English words in Vietnamese, scale, unit and per person") {
    CHECK(unit_label("million kWh", Lang::vi) == "triệu kWh");
    CHECK(unit_label("thousand persons", Lang::vi) == "nghìn người");
    CHECK(unit_label("million VND per person", Lang::vi) == "triệu đồng/người");
    CHECK(unit_label("billion VND, current prices", Lang::vi) == "tỷ đồng, giá hiện hành");
    CHECK(unit_label("trillion VND, 2010 prices", Lang::vi) == "nghìn tỷ đồng, giá so sánh 2010");
    CHECK(unit_label("hectares", Lang::vi) == "ha");
    CHECK(unit_label("households", Lang::vi) == "hộ");
    CHECK(unit_label("widgets", Lang::vi) == "widgets");  // not in the vocabulary: as written
    CHECK(unit_label("million kWh", Lang::en) == "million kWh");
}

// The text is case-folded and compared with the tables' Vietnamese words folded too: the words
// with capitals of their own (USD, kWh) match whatever the case written.
TEST_CASE("unit labels: Vietnamese words in any case, the tables' own capitals included") {
    CHECK(unit_label("Triệu USD", Lang::en) == "million USD");
    CHECK(unit_label("nghìn KWH", Lang::en) == "thousand kWh");
    CHECK(unit_label("NGHÌN TỶ ĐỒNG/NGƯỜI", Lang::en) == "trillion VND per person");
    CHECK(unit_label("Lao Động", Lang::en) == "workers");
    CHECK(unit_label("", Lang::en) == "");
    CHECK(unit_label("", Lang::vi) == "");
}

TEST_CASE("unit labels: a Vietnamese unit in an English report, never mixed") {
    CHECK(unit_label("tỷ đồng, giá so sánh 2010", Lang::en) == "billion VND, 2010 prices");
    CHECK(unit_label("Tỷ đồng, giá hiện hành", Lang::en) == "billion VND, current prices");  // any case
    CHECK(unit_label("nghìn tỷ đồng", Lang::en) == "trillion VND");  // "nghìn tỷ" before "nghìn"
    CHECK(unit_label("nghìn người", Lang::en) == "thousand persons");
    CHECK(unit_label("triệu đồng/người", Lang::en) == "million VND per person");
    CHECK(unit_label("lao động", Lang::en) == "workers");
    CHECK(unit_label("triệu kWh", Lang::en) == "million kWh");
    CHECK(unit_label("cụm công nghiệp", Lang::en) == "clusters");
    CHECK(unit_label("%", Lang::en) == "%");  // a symbol stays one
    CHECK(unit_label("%", Lang::vi) == "%");
    CHECK(unit_label("ha", Lang::en) == "ha");  // English already
    CHECK(unit_label("%/năm", Lang::en) == "%/yr");
    CHECK(unit_label("cái", Lang::en) == "cái");  // not in the vocabulary: as written
    // Already Vietnamese under vi: as written.
    CHECK(unit_label("tỷ đồng, giá so sánh 2010", Lang::vi) == "tỷ đồng, giá so sánh 2010");
}

TEST_CASE("unit labels: a conversion's factor and the Method section's list") {
    CHECK(conversion_factor_text(1000.0, Lang::en) == "× 1,000");
    CHECK(conversion_factor_text(0.001, Lang::vi) == "÷ 1.000");  // 1 ÷ 0.001 is 1000 in a double
    AreaEvaluation area;
    TargetResult result;
    Note converted{NoteCode::unit_converted, 2024, 0, 0, {"employment_industry", "nghìn người", "workers"}};
    converted.figures = {1000.0, 129.6, 129600.0};
    result.notes.push_back(converted);
    area.results.push_back(result);
    const auto as_is = [](std::string_view text) { return std::string(text); };
    CHECK(conversions_point(area, Lang::en, as_is) ==
          "Units converted before judging: employment_industry: 129.6 thousand persons × 1,000 → 129,600 "
          "workers (2024).");
    CHECK(conversions_point(area, Lang::vi, as_is) ==
          "Đơn vị đã quy đổi trước khi đánh giá: employment_industry: 129,6 nghìn người × 1.000 → 129.600 "
          "lao động (2024).");
    CHECK(conversions_point(AreaEvaluation{}, Lang::en, as_is).empty());
}
