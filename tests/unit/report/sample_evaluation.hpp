// A small hand-built evaluation shared by the writer tests. The figures are made up but
// consistent (what the engine would give for output 14386.6 -> 18095 over 2020-2022); writers
// must print them as they are.
#pragma once

#include <memory>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu::test {

struct Sample {
    TargetSet targets;
    Evaluation evaluation;
};

inline std::unique_ptr<Sample> make_sample() {
    auto sample = std::make_unique<Sample>();
    TargetSet& set = sample->targets;
    set.id = "tq-industry-2021-2025";
    set.title = {"Tuyên Quang industrial development 2021–2025",
                 "Phát triển công nghiệp tỉnh Tuyên Quang giai đoạn 2021–2025"};
    set.base_year = 2020;
    set.end_year = 2025;

    Target output;
    output.id = "industrial_output";
    output.kind = TargetKind::level;
    output.title = {"Industrial output, 2010 prices", "Giá trị sản xuất công nghiệp (giá so sánh 2010)"};
    output.unit = "billion VND";
    output.op = Op::gt;
    output.value = 27700;
    output.base_year = 2020;
    output.year = 2025;

    Target growth;
    growth.id = "industrial_output_growth";
    growth.kind = TargetKind::growth;
    growth.title = {"Average growth | 2021–2025", "Tăng trưởng bình quân | 2021–2025"};
    growth.unit = "%/yr";
    growth.op = Op::gt;
    growth.value = 14;
    growth.base_year = 2020;
    growth.year = 2025;

    Target share;
    share.id = "industrial_labour_share";
    share.kind = TargetKind::share;
    share.title = {"Industry's share of employment", "Tỷ trọng lao động ngành công nghiệp"};
    share.unit = "%";
    share.op = Op::gt;
    share.value = 25.8;
    share.base_year = 2020;
    share.year = 2025;

    Target parks;
    parks.id = "new_industrial_parks";
    parks.kind = TargetKind::milestones;
    parks.title = {"New industrial parks", "Thành lập mới khu công nghiệp"};
    parks.zones = {"Nam Sơn Dương", "Tam Đa", "Nhữ Khê"};
    parks.base_year = 2020;
    parks.year = 2025;

    set.targets = {output, growth, share, parks};
    const Target* t = set.targets.data();

    Evaluation& evaluation = sample->evaluation;
    evaluation.targets = &set;
    evaluation.as_of = 2022;

    AreaEvaluation province;
    province.area = "Tuyên Quang";
    province.source = "Niên giám thống kê 2022";

    TargetResult r0;
    r0.target = &t[0];
    r0.status = Status::at_risk;
    r0.actual_value = 18095;
    r0.actual_year = 2022;
    r0.base_year = 2020;
    r0.base_value = 14386.6;
    r0.gap = -9605;
    r0.achievement_pct = 65.32490974729242;
    r0.actual_rate_pct = 12.15806;
    r0.required_rate_pct = 14.0000001;
    r0.remaining_rate_pct = 15.33333;
    r0.projected_value = 25034.21;
    r0.progress_ratio = 0.868432;
    r0.trajectory = {{2020, 14386.6}, {2021, 16143}, {2022, 18095}};

    TargetResult r1;
    r1.target = &t[1];
    r1.status = Status::at_risk;
    r1.actual_value = 12.15806;
    r1.actual_year = 2022;
    r1.base_year = 2020;
    r1.base_value = 14386.6;
    r1.gap = -1.84194;
    r1.actual_rate_pct = 12.15806;
    r1.required_rate_pct = 14;
    r1.projected_value = 25034.21;
    r1.progress_ratio = 0.868432;
    r1.notes = {Note{NoteCode::growth_mean, 0, 0, 0, {"compound"}}};

    TargetResult r2;
    r2.target = &t[2];
    r2.status = Status::on_track;
    r2.actual_value = 22.49;
    r2.actual_year = 2022;
    r2.base_year = 2021;
    r2.base_value = 21.0;
    r2.gap = -3.31;
    r2.achievement_pct = 87.17054263565892;
    r2.progress_ratio = 1.02;
    r2.trajectory = {{2021, 21.0}, {2022, 22.49}};
    r2.notes = {Note{NoteCode::base_year_fallback, 2020, 2021, 0, {}}};

    TargetResult r3;
    r3.target = &t[3];
    r3.status = Status::off_track;
    r3.actual_value = 1;
    r3.actual_year = 2022;
    r3.notes = {Note{NoteCode::milestones_reached, 0, 0, 0, {"Tam Đa"}},
                Note{NoteCode::milestones_missing, 0, 0, 0, {"Nam Sơn Dương", "Nhữ Khê"}}};

    province.results = {r0, r1, r2, r3};

    // A second area with no data at all, and a name a spreadsheet would run as a formula.
    AreaEvaluation other;
    other.area = "=cmd";
    for (const Target& target : set.targets) {
        TargetResult empty;
        empty.target = &target;
        empty.notes = {Note{NoteCode::no_observation, 0, 0, 0, {}}};
        other.results.push_back(empty);
    }
    evaluation.areas = {province, other};
    return sample;
}

}  // namespace chitieu::test
